"""Tokens and webhooks of SaaS products: Slack, Stripe, SendGrid, Twilio, Shopify, Discord, Telegram, …"""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import looks_like_placeholder, only_template_marks
from scrubber.recognizers._gated import GatedPatternRecognizer

# Not followed by more token characters, nor by the #### or **** of a masked example.
_END = r"(?![A-Za-z0-9_#*-])"
_START = r"(?<![A-Za-z0-9_.-])"


class SaasTokenRecognizer(GatedPatternRecognizer):
    """Prefixed SaaS tokens and secret-bearing webhook URLs (the URL is the credential)."""

    PATTERNS = [
        Pattern(
            "slack token",
            _START
            + r"(?:xox[abposer]|xoxe\.xox[bp])-(?=[A-Za-z0-9-]*[0-9])(?=[0-9-]*[A-Za-z])[A-Za-z0-9-]{10,250}"
            + _END,
            0.9,
        ),
        Pattern("slack app token", _START + r"xapp-\d-[A-Z0-9]+-\d+-[A-Za-z0-9]+" + _END, 1.0),
        Pattern(
            "slack webhook",
            r"(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,}",
            1.0,
        ),
        # SoftLayer (IBM Cloud classic) API URLs carry the 64-character API key in the path
        Pattern(
            "softlayer api url",
            r"(?i:\bapi\.softlayer\.com/(?:soap|rest|xmlrpc)/v3(?:\.1)?/)(?P<value>[a-z0-9]{64})(?![A-Za-z0-9])",
            0.9,
        ),
        # Teams and Office 365 connectors, old host and new: the whole path is the credential
        Pattern(
            "teams webhook",
            r"(?i:https://(?:[a-z0-9-]+\.webhook\.office\.com/webhookb2|outlook\.office(?:365)?\.com/webhook)"
            r"/[a-z0-9@/_-]{40,})",
            1.0,
        ),
        Pattern(
            "discord webhook",
            r"(?i:https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/(?:v\d+/)?webhooks/\d{15,20}"
            r"/[A-Za-z0-9_-]{30,100})",
            1.0,
        ),
        # automation and chat webhooks whose URL is the credential: Zapier catch hooks, Google Chat spaces
        # (key and token in the query), IFTTT Maker keys, Make (Integromat) and Pipedream endpoints
        Pattern(
            "automation webhook",
            r"(?i:https://(?:hooks\.zapier\.com/hooks/catch/\d+/[a-z0-9]+/?"
            r"|chat\.googleapis\.com/v1/spaces/[\w-]+/messages\?[\w=&%.-]*(?:key|token)=[\w%.-]{20,}[\w=&%.-]*"
            r"|maker\.ifttt\.com/(?:trigger/[\w-]+/(?:json/)?with/)?(?:use/|key/)[\w-]{16,}"
            r"|hook\.(?:[a-z0-9]+\.)?(?:make|integromat)\.com/[a-z0-9]{20,}"
            r"|[a-z0-9]{16,}\.m\.pipedream\.net))",
            0.9,
        ),
        # a self-hosted chat's incoming webhook (Mattermost, Rocket.Chat, Gitea, Zulip…): the URL is the
        # credential when its path ends in a generated id after /hooks/ or /webhooks/
        Pattern(
            "self-hosted webhook",
            r"(?i:https?://[\w.-]+(?::\d{2,5})?/(?:[\w.-]+/){0,3}(?:hooks|webhooks?|incoming-webhooks?)/)"
            r"(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{20,}(?:/[A-Za-z0-9_-]{10,}){0,2}(?![\w-])",
            0.85,
        ),
        Pattern("stripe", _START + r"(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,247}" + _END, 1.0),
        Pattern("sendgrid", _START + r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}" + _END, 1.0),
        Pattern("sendinblue", _START + r"xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}" + _END, 1.0),
        # API key (SK…) and account SID (AC…): 32 hex digits, or the 32 x's of Twilio's own examples
        Pattern(
            "twilio api key", _START + r"(?:SK[0-9a-fA-F]{32}|(?:SK|AC)x{32}|AC[0-9a-f]{32})" + _END, 0.8
        ),
        # the auth token beside its account id, as Client(sid, token) takes them
        Pattern("twilio auth token after its sid",
                r"\bAC[0-9a-f]{32}[\"']?[ \t]*,[ \t]*[\"']?(?P<value>[0-9a-f]{32})(?![0-9a-zA-Z])", 0.9),
        Pattern("mailchimp", _START + r"[0-9a-f]{32}-us\d{1,2}" + _END, 0.9),
        Pattern(
            "mailgun",
            _START + r"(?:key-[0-9a-f]{32}|pubkey-[0-9a-f]{32}|[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8})" + _END,
            0.8,
        ),
        Pattern("shopify", _START + r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}" + _END, 1.0),
        Pattern(
            "discord bot token",
            _START + r"[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}" + _END,
            0.9,
        ),
        # (in the API's URLs right after "/bot": api.telegram.org/bot<token>/sendMessage)
        Pattern("telegram bot token",
                r"(?:(?<=/bot)|(?<![A-Za-z0-9_:-]))\d{5,16}:A[A-Za-z0-9_-]{32,40}" + _END, 0.9),
        Pattern(
            "square",
            _START + r"(?:sq0(?:atp|csp|idp)-[A-Za-z0-9_\\-]{22,60}|EAAA[A-Za-z0-9_+=-]{60})" + _END,
            1.0,  # an exact prefix; 1.0 also keeps the whole token when a digit run in it looks like an id
        ),
        Pattern(
            "facebook",
            _START + r"(?:EAA[MC][A-Za-z0-9]{100,}|\d{15,16}(?:\||%7C)[A-Za-z0-9_-]{27})" + _END,
            0.9,
        ),
        # (twenty A's or more: app-only tokens start with 21 or 22 of them; its %2B and %3D read as + and =)
        Pattern("twitter bearer", _START + r"A{20}[A-Za-z0-9%+/=]{80,122}" + _END, 0.9),
        Pattern("notion", _START + r"(?:ntn_\d{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})" + _END, 0.9),
        Pattern("sentry", _START + r"(?:sntrys_eyJ[A-Za-z0-9+/=_-]{80,}|sntryu_[a-f0-9]{64})" + _END, 1.0),
        Pattern(
            "grafana",
            _START + r"(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"
            r"|eyJrIjoi[A-Za-z0-9]{70,400}={0,2})" + _END,
            0.9,
        ),
        Pattern(
            "new relic",
            _START + r"(?:NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_-]{32}"
            r"|[a-f0-9]{32}FFFFNRAL|NRAA-[a-f0-9]{27})" + _END,
            1.0,
        ),
        Pattern("dynatrace", _START + r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}" + _END, 1.0),
        Pattern("fly.io", _START + r"(?:fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3})", 1.0),
        Pattern("planetscale", _START + r"pscale_(?:tkn|oauth|pw)_[A-Za-z0-9=._-]{32,64}" + _END, 1.0),
        Pattern(
            "payments",
            _START + r"(?:shippo_(?:live|test)_[a-fA-F0-9]{40}|duffel_(?:test|live)_[A-Za-z0-9_=-]{43}"
            r"|EZ[AT]K[A-Za-z0-9]{54}|FLW(?:PUBK|SECK)_TEST-[a-h0-9]{32}-X|FLWSECK_TEST-[a-h0-9]{12}"
            r"|(?:live|test)_(?:pub_)?[a-f0-9]{31,35}"
            # (Razorpay's key id, the user half of its key pair: "rzp_live_ILgsfZCZoFIKMb")
            r"|rzp_(?:live|test)_[A-Za-z0-9]{14})" + _END,
            0.9,
        ),
        Pattern(
            "misc saas",
            _START + r"(?:fio-u-[A-Za-z0-9_=-]{64}|s-s4t2(?:ud|af)-[a-f0-9]{64}"
            r"|pk\.[a-z0-9]{60}\.[a-z0-9]{22}|sk\.[a-z0-9]{60}\.[a-z0-9]{22}|tfp_[A-Za-z0-9_.=-]{59}"
            r"|p8e-[A-Za-z0-9]{32}|pat[A-Za-z0-9]{14}\.[a-f0-9]{64}|b_[a-z0-9=_-]{44}"
            r"|v1\.0-[a-f0-9]{24}-[a-f0-9]{146}|(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}"
            r"\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120})" + _END,
            0.9,
        ),
        # More vendors' prefixed secrets (issue #19): Stripe webhook signing secrets, Supabase, Dropbox
        # short-lived, Google OAuth access and refresh tokens, Firebase Cloud Messaging server keys, Mapbox
        # tokens of any length, Plaid access tokens, Braintree access tokens, Asana personal access tokens
        Pattern(
            "more prefixed vendor secrets",
            _START + r"(?:whsec_[A-Za-z0-9+/=]{24,}|sbp_[a-f0-9]{40}|sl\.[A-Za-z0-9_-]{100,}"
            r"|ya29\.[A-Za-z0-9_-]{40,}|1//0[A-Za-z0-9_-]{30,}|AAAA[A-Za-z0-9_-]{7}:[A-Za-z0-9_-]{100,}"
            r"|[ps]k\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{16,}"
            r"|access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            r"|access_token\$(?:production|sandbox|development)\$[0-9a-z]{16}\$[0-9a-f]{32}"
            r"|[0-9]/[0-9]{10,20}/[0-9]{10,20}:[0-9a-f]{32}"
            r"|sntrys_[A-Za-z0-9+/=_-]{60,}|figd_[A-Za-z0-9_-]{40,})" + _END,
            0.9,
        ),
        # PostHog personal keys, Contentful, Resend, Intercom (base64 of "tok:"), ClickUp, Flutterwave secret
        # keys, Adafruit IO, Supabase's new secret keys (each prefix is its vendor's; PostHog's phc_ project
        # keys are public and left alone)
        Pattern(
            "saas keys with a vendor prefix",
            _START + r"(?:phx_[A-Za-z0-9]{40,50}|CFPAT-[A-Za-z0-9_-]{43}|re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}"
            r"|dG9rOj[A-Za-z0-9+/]{40,120}={0,2}|pk_\d{6,10}_[A-Z0-9]{32}|FLWSECK(?:_TEST)?-[0-9a-f]{32}-X"
            r"|aio_[A-Za-z0-9]{28}|sb_secret_[A-Za-z0-9_-]{20,60})" + _END,
            0.9,
        ),
        # Password hashes (bcrypt, sha-crypt, md5-crypt/htpasswd, argon2, scrypt, yescrypt): offline cracking
        # material (one span, the whole hash), and
        # BitLocker recovery keys (eight groups of six digits)
        Pattern(
            "password hash or recovery key",
            r"(?<![\w$])(?:\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}"
            r"|\$[56]\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}"
            r"|\$(?:apr1|1)\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}"
            r"|\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]{8,}\$[A-Za-z0-9+/]{16,}"
            # scrypt (passlib's and the PHC string: "$scrypt$ln=16,r=8,p=1$salt$hash"), yescrypt ("$y$j9T$…")
            r"|\$scrypt\$(?:ln|N)=\d+,r=\d+,p=\d+\$[A-Za-z0-9+/.]{8,}={0,2}\$[A-Za-z0-9+/.]{16,}={0,2}"
            r"|\$g?y\$[./A-Za-z0-9]{3,}\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43}"
            # libsodium's scrypt ("$7$" N r p, a salt, the hash), Django's and passlib's PBKDF2 and others
            # ("pbkdf2_sha256$260000$salt$hash", "$pbkdf2-sha512$25000$salt$hash"), an LDAP userPassword
            # ("{SSHA}W6ph5Mm5…="), Windows LM:NT hashes as dumps print them
            r"|\$7\$[./A-Za-z0-9]{11}[^$\s]{0,64}\$[./A-Za-z0-9]{43}"
            r"|(?:\$pbkdf2(?:-sha\d+)?|pbkdf2_sha\d+|sha1|md5|bcrypt_sha256|scrypt)\$\d{3,9}\$[./A-Za-z0-9+]{4,64}"
            r"\$[./A-Za-z0-9+]{16,128}={0,2}"
            r"|\{(?i:s?sha(?:256|384|512)?|s?md5|crypt|pbkdf2[-\w]*|argon2\w*)\}[./A-Za-z0-9+$=,-]{12,200}"
            r"|(?<![0-9a-fA-F])[0-9a-fA-F]{32}:[0-9a-fA-F]{32}(?![0-9a-fA-F])"
            r"|\d{6}(?:-\d{6}){7})(?![\w$])",
            0.8,
        ),
        # A Sentry DSN's key (https://<key>@o123.ingest.sentry.io/456): it lets anyone send events
        Pattern(
            "sentry dsn key",
            r"\bhttps?://(?P<value>[0-9a-f]{32})(?::[0-9a-f]{32})?@[\w.-]{0,60}(?:sentry\.io|ingest\.[\w.-]+)\b",
            0.8,
        ),
        # A software product key of five groups of five capitals and digits (Microsoft's, and many vendors'
        # since): "P6HDH-89TQW-MBMWC-9MHFV-WQWD6". The shape is the evidence wherever it stands (activating a
        # copy needs nothing else); both letters and digits, so not a word list or a number's groups.
        Pattern(
            "product key of five by five",
            r"(?<![\w-])(?=[A-Z0-9-]{29}(?![\w-]))(?=[A-Z-]*\d)(?=[\d-]*[A-Z])[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}"
            r"(?![\w-])",
            0.8,
        ),
        Pattern(
            "sidekiq enterprise credentials",
            r"BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM[\"']?[ \t]*[:=][ \t]*"
            r"[\"']?(?P<value>[a-f0-9]{8}:[a-f0-9]{8})",
            1.0,
        ),
    ]
    CONTEXT = ["token", "key", "slack", "stripe", "webhook", "secret", "credential"]
    # Each pattern needs one of its prefixes (found in any case: a superset of what the pattern takes).
    GATES = {
        "saas keys with a vendor prefix": ("phx_", "cfpat-", "re_", "dg9roj", "pk_", "flwseck", "aio_",
                                           "sb_secret_"),
        "slack token": ("xox",),
        "slack app token": ("xapp-",),
        "slack webhook": ("hooks.slack.com/",),
        "softlayer api url": ("api.softlayer.com/",),
        "teams webhook": (".webhook.office.com/webhookb2/", "outlook.office.com/webhook/",
                          "outlook.office365.com/webhook/"),
        "discord webhook": ("/webhooks/",),
        "self-hosted webhook": ("/hooks/", "/webhook"),
        "automation webhook": ("hooks.zapier.com", "chat.googleapis.com", "maker.ifttt.com", "make.com",
                               "integromat.com", "pipedream.net"),
        "stripe": ("sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_"),
        "sendgrid": ("sg.",),
        "sendinblue": ("xkeysib-",),
        "mailchimp": ("-us",),
        "twilio auth token after its sid": re.compile(r"AC[0-9a-f]{32}"),
        "mailgun": ("key-", re.compile(r"-[a-h0-9]{8}-")),
        "shopify": ("shpat_", "shpca_", "shppa_", "shpss_"),
        "telegram bot token": (":a",),
        "square": ("sq0", "eaaa"),
        "facebook": ("eaam", "eaac", "|", "%7c"),
        "twitter bearer": ("a" * 20,),
        "notion": ("ntn_", "secret_"),
        "sentry": ("sntry",),
        "grafana": ("glc_", "glsa_", "eyjrijoi"),
        "new relic": ("nrak-", "nrjs-", "nrii-", "ffffnral", "nraa-"),
        "dynatrace": ("dt0c01.",),
        "fly.io": ("fo1_", "fm1", "fm2"),
        "planetscale": ("pscale_",),
        "payments": ("shippo_", "duffel_", "ezak", "eztk", "flwpubk_", "flwseck_", "live_", "test_"),
        "more prefixed vendor secrets": (
            "whsec_", "sbp_", "sl.", "ya29.", "1//0", "aaaa", "k.eyj", "access-", "access_token$", "sntrys_",
            "figd_", re.compile(r"[0-9]/[0-9]{10}")),
        "password hash or recovery key": ("$", re.compile(r"\d{6}-\d{6}"), re.compile(r"\{[A-Za-z]"),
                                          re.compile(r"[0-9a-fA-F]{32}:")),
        "sentry dsn key": ("sentry.io", "ingest."),
        "sidekiq enterprise credentials": ("__contribsys__com",),
        "product key of five by five": re.compile(r"-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-"),
    }

    def invalidate_result(self, pattern_text: str) -> bool:
        """Template marks are not tokens; ``xoxb-…`` shaped values are, example or not."""
        # Twitter bearer tokens really start with 21 or 22 'A's; judge only the rest.
        if _FILL_IN_COUNTS.match(pattern_text):
            return only_template_marks(pattern_text)  # Slack webhook or Twilio id with x's: the format is all
        if _WORDS_FOR_A_TOKEN.search(pattern_text):
            return True  # xoxe.xoxp-1-RANDOMSTRINGHERE: the words say where the token goes
        if pattern_text.startswith("$"):  # a crypt hash: its cost and salt may be dots ("$7$CU..../....")
            pattern_text = pattern_text.rpartition("$")[2]
        if pattern_text.startswith("A" * 20):  # (a run of A's inside is the token's too: "MLheAAAAAAA0%2B")
            pattern_text = re.sub("A{4,}", "", pattern_text)
        return looks_like_placeholder(pattern_text, shaped=True)


# Formats whose fill-in examples are masked like keys (see _fill_in): the URL or prefix alone says what it is.
# A token spelled out in words where the real one goes: …TokenHere, …STRINGHERE, …YourToken.
_WORDS_FOR_A_TOKEN = re.compile(r"(?i)(?:token|string|key|secret)here$")
_FILL_IN_COUNTS = re.compile(r"(?:https?://)?hooks\.slack\.com/|(?:SK|AC)x{32}$")
