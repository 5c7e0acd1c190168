"""Word lists shipped as data files (see scrubber/data/make_common_words.py and the lists' own headers)."""

import re
from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data"


def _words(name: str) -> frozenset[str]:
    lines = (_DATA / name).read_text("utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


_TECH = frozenset(
    "kubernetes kafka docker redis nginx postgres postgresql mysql grafana prometheus terraform ansible "
    "jenkins github gitlab jira confluence slack stripe twilio openai anthropic gemini claude chatgpt "
    "copilot vercel netlify heroku azure lambda basic bearer kotlin java python ruby rust golang django "
    "flask react angular vue svelte node deno pandas numpy spark hadoop airflow celery helm istio envoy "
    "linux ubuntu debian windows macos android ios excel outlook teams zoom figma notion sentry datadog "
    "splunk okta auth0 cloudflare fastly akamai elasticsearch kibana logstash mongodb cassandra snowflake "
    "databricks bigquery tableau looker swagger postman webpack vite babel eslint prettier pytest junit "
    "selenium cypress playwright jinja jinja2 handlebars mustache "
    # password hashes (less their digits, as ``names_a_product`` reads them: argon2id, pbkdf2)
    "argonid argoni argond pbkdf bcrypt scrypt "
    # link schemes written before an address ("Send to mailto:ana@…"); bots that sign commits and PRs
    "mailto dependabot renovate renovatebot".split()
)


# A firm's legal forms as written after its name ("Pinecrest Biolabs LLC", "Ferrovia Digitale S.r.l.",
# "Maria Lopez GmbH"): a regular expression's alternatives
LEGAL_FORMS = (r"LLC|L\.L\.C\.|LLP|Inc\.?|Ltd\.?|GmbH|AG|KG|plc|PLC|S\.r\.l\.?|S\.p\.A\.?|S\.A\.?"
               r"|SA|SAS|SARL|B\.V\.?|BV|N\.V\.?|NV|S\.L\.?|Sp\.[ \t]z[ \t]o\.o\.?|Pty|Oy|AB|A/S")


# Words that end an organisation's name ("Wayne Capital", "Hoffmann Druckerei", "Nakamura Precision KK"):
# a name or place before one is the firm's. English and the legal forms and trades of other languages.
_ORG = frozenset(
    "inc inc. ltd ltd. llc llp plc corp corp. corporation company co co. group gmbh ag kg sa s.a. sas "
    "sarl srl spa s.p.a. nv bv ab oy kk pty pte bhd "
    "bank university college institute foundation association partners technologies technology solutions "
    "systems services labs lab software studios media holdings capital ventures consulting international "
    "global industries enterprises network networks hospital clinic school council agency ministry "
    "department committee club team store shop cafe restaurant hotel airlines motors pharma health "
    "insurance trust foods logistics roofing plumbing construction builders bakery realty properties "
    "dental legal attorneys advisors accountants engineering manufacturing supply supplies precision "
    "transport freight "
    # German, French, Spanish, Italian, Dutch, Portuguese trades and firm words
    "druckerei bäckerei baeckerei haustechnik logistik immobilien bau elektro spedition versicherung "
    "beratung steuerberatung rechtsanwälte kanzlei verlag werke immobilier avocats conseil transports "
    "boulangerie assurances abogados asesores construcciones transportes inmobiliaria seguros "
    "consultores avvocati costruzioni assicurazioni advocaten makelaars bouw verzekeringen advogados "
    "imobiliária".split())


# The English days and months, lower case: capitalised, never a person alone ("by Friday", "from May")
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split())

# How leetspeak writes a letter with digits and signs ("P@$$W0RD", "p4ss", "t0k3n"): each letter and the
# characters that stand for it, read back by the secret recognizers' labels (credential_assignment,
# password_prose)
LEET_OF = {"o": "0", "i": "1", "e": "3", "a": "4@", "s": "5$", "t": "7"}

# English weekdays and months with their short forms ("Wed", "Sept"), as dates and commit logs write them
ENGLISH_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat "
    "sun".split())
ENGLISH_MONTHS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split())

# The codes of the US's states (and DC) and of Canada's provinces and territories, as an address writes them
# after its town ("Boise, ID", "Toronto, ON")
US_STATE_CODES = tuple(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())
CA_PROVINCE_CODES = tuple("ON QC BC AB MB SK NS NB NL PE".split())
CA_TERRITORY_CODES = tuple("NT NU YT".split())

# Lower-case words inside names: "Femke van der Berg", "Ana dos Santos", "Omar ibn Said", "Ortega y Gasset".
NAME_PARTICLES = frozenset(
    "van von der den de del della di da du le la dos das ter ten bin ibn al el y e zu dela delos".split())


def org_words() -> frozenset[str]:
    """Words that end an organisation's name, lower case (``_ORG``)."""
    return _ORG


def tech_words() -> frozenset[str]:
    """Products and tools the model takes for people or places ("Kafka", "Kubernetes"): never a name alone."""
    return _TECH


@cache
def key_vendors() -> frozenset[str]:
    """Services whose keys are pasted under the service's own name ("cloudflare: …"), lower case."""
    return _words("key_vendors.txt")


@cache
def common_words() -> frozenset[str]:
    """Lower-case English words that are neither names nor places ("merge", "summarise"), and greetings and
    frequent nouns of other languages' prompts that the model takes for names ("Bonjour", "Rückruf").
    (Not ``foreign_words()``: many family names are words somewhere, "Cousin", "Branco", "Salz", and the
    filters that read this list would drop them: measured in docs/detection.md.)"""
    return (_words("common_words.txt") | _words("foreign_common_words.txt")) - _NAMES_NOT_WORDS


# Given names that are rare English words but names in nearly every prompt that holds them ("Yaw", the Akan
# name of a boy born on Thursday; the "yaw" of an aircraft is rare in prompts): no ordinary words here.
_NAMES_NOT_WORDS = frozenset({"yaw"})


def foreign_words(family: bool = False) -> frozenset[str]:
    """Ordinary words of German, French, Spanish, Italian, Portuguese, Dutch, Polish, the Nordic languages,
    Finnish, Turkish, Czech and Romanian (``foreign_words.txt``, made by ``make_foreign_words.py``), lower
    case: those that are no name or place of our lists, or with ``family`` those that are family names of our
    lists too ("costa", "dias", "sala": never given names)."""
    return _foreign()[family]


@cache
def _foreign() -> tuple[frozenset[str], frozenset[str]]:
    text = (_DATA / "foreign_words.txt").read_text("utf-8")
    body = text.find("\n", text.rfind("\n#", 0, 2000) + 1) + 1  # past the header's comment lines
    words, _, names = text[body:].partition("[family]\n")
    return frozenset(words.split()), frozenset(names.split())


@cache
def census_given() -> frozenset[str]:
    """US Census given names (``census_given.txt``), lower case. Holds ordinary words too ("will", "rose"):
    a signal for entities already found, never a finder on its own."""
    return _words("census_given.txt")


@cache
def surname_ranks() -> dict[str, int]:
    """US Census family names (``census_surnames.txt``, most frequent first) → rank from 0, lower case."""
    lines = (_DATA / "census_surnames.txt").read_text("ascii").splitlines()
    return {w: i for i, w in enumerate(w for w in lines if not w.startswith("#"))}


@cache
def name_words() -> frozenset[str]:
    """Lower-case given and family names of many cultures, three letters or more (``given_names.txt``,
    ``surnames.txt``), less ordinary English words: a lower-case word in this list is worth a second,
    case-normalised look."""
    names = _words("given_names.txt") | _words("surnames.txt")
    return frozenset(w for w in names if len(w) >= 3) - common_words()


@cache
def firm_names() -> tuple[str, ...]:
    """Companies and firms whose names read as people's (``firm_names.txt``), as written there."""
    lines = (_DATA / "firm_names.txt").read_text("utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def brands() -> frozenset[str]:
    """Brands and products named in prompts (``brands.txt``), lower case: a name holding one and no given name
    is a product's."""
    lines = (_DATA / "brands.txt").read_text("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def names_a_product(value: str) -> bool:
    """Whether ``value`` less its digits and joiners is a brand's or a tool's name: a product with its number
    (``Office365``, ``Windows11``, ``python3.12``), not a password made of a word and a number."""
    word = re.sub(r"[\d_.-]+", "", value).lower()
    return word in brands() or word in tech_words()


@cache
def product_nouns() -> dict[str, frozenset[str]]:
    """``product_nouns.txt``'s sections by name ("heads", "verb heads", "modifiers"), lower case."""
    sections: dict[str, list[str]] = {}
    words: list[str] = []
    for line in (_DATA / "product_nouns.txt").read_text("utf-8").splitlines():
        if line.endswith(":"):
            words = sections.setdefault(line[:-1], [])
        elif not line.startswith("#"):
            words.extend(line.split())
    return {name: frozenset(ws) for name, ws in sections.items()}


@cache
def countries() -> frozenset[str]:
    """Countries, continents and world regions named alone (``countries.txt``), lower case."""
    lines = (_DATA / "countries.txt").read_text("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def public_figures() -> tuple[frozenset[str], frozenset[str]]:
    """Widely known historical figures (``public_figures.txt``, as written): (whole names, family names that
    name the figure alone)."""
    lines = (_DATA / "public_figures.txt").read_text("utf-8").splitlines()
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    at = names.index("[alone]")
    return frozenset(names[:at]), frozenset(names[at + 1:])


# Password managers by name (a manager's version is no password: "1password: 8.10", "LastPass: 4.120")
PASSWORD_MANAGERS = r"1password|lastpass|keepass(?:xc)?|bitwarden|dashlane"
