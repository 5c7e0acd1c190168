"""Word lists shipped as data files (see scrubber/data/make_common_words.py and the lists' own headers)."""

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
    "selenium cypress playwright".split()
)


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
    frequent nouns of other languages' prompts that the model takes for names ("Bonjour", "Rückruf")."""
    return _words("common_words.txt") | _words("foreign_common_words.txt")


@cache
def census_given() -> frozenset[str]:
    """US Census given names (``census_given.txt``), lower case. Holds ordinary words too ("will", "rose"):
    a signal for entities already found, never a finder on its own."""
    return _words("census_given.txt")


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
