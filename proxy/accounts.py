"""Personal versus corporate accounts: keyed fingerprints of API keys, organisation ids, tenant headers.

Raw API keys never leave this module: ``fingerprint`` (``policy.keys.key_fingerprint``, the one
fingerprint function, shared with the admin API's key registry) is an HMAC-SHA256 with a secret from the
settings, so the inventory can tell "the same key again" and "a registered corporate key" without
being able to recover or brute-force a key from what it stores.

Tenant restrictions: headers a vendor reads to refuse every account but the organisation's own. Each
known header (``TENANT_SCHEMES``) has its documented format and the hosts it must be on, and is always
*overwritten* (a client's own copy, which could widen the list, is removed first; Anthropic answers 400
to a duplicate). ``TenantRestrictions`` holds the configured values and says, per request host, which
headers to set. Vendors change these; check their admin documentation before relying on one.

Some vendors name the organisation only in the *response* (Anthropic: ``anthropic-organization-id``
"in every response"), so ``personal_from_response`` reads the response headers.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from policy.keys import key_fingerprint as fingerprint

# Where SDKs and apps put the API key (ElevenLabs: xi-api-key; Sarvam: api-subscription-key).
_KEY_HEADERS = ("x-api-key", "api-key", "x-goog-api-key", "xi-api-key", "api-subscription-key")
# Authorization schemes that carry an API key: Bearer, DeepL's "DeepL-Auth-Key", fal's "Key", "Token".
_KEY_SCHEMES = frozenset({"bearer", "deepl-auth-key", "key", "token"})
# Where requests name the organisation / project / workspace the call is billed to.
_ORG_HEADERS = ("openai-organization", "openai-project", "chatgpt-account-id")
# Where responses name it (Anthropic sends its organisation id in every response, never in the request).
_RESPONSE_ORG_HEADERS = ("anthropic-organization-id",)
_CLAUDE_ORG = re.compile(r"^/api/organizations/([0-9a-fA-F-]{8,64})(?:/|$)")


@dataclass(frozen=True, slots=True)
class AccountRegistry:
    """The organisation's own credentials: fingerprints of corporate keys and organisation ids."""

    secret: bytes = b""
    corporate_keys: frozenset[str] = frozenset()
    corporate_orgs: frozenset[str] = frozenset()

    @classmethod
    def from_settings(cls, secret: str, keys: str, orgs: str) -> "AccountRegistry":
        """Parse comma-separated lists; raise ValueError on a fingerprint that is not 64 hex digits."""
        fps = frozenset(k.strip().lower() for k in keys.split(",") if k.strip())
        bad = [f for f in fps if not re.fullmatch(r"[0-9a-f]{64}", f)]
        if bad:
            raise ValueError(f"corporate key fingerprints must be 64 hex digits ({len(bad)} are not)")
        if fps and not secret:
            raise ValueError("corporate key fingerprints need the fingerprint secret that made them")
        return cls(secret.encode(), fps, frozenset(o.strip() for o in orgs.split(",") if o.strip()))


@dataclass(frozen=True, slots=True)
class Account:
    key_fingerprint: str  # "" when no key was sent or fingerprinting is off
    personal: bool | None  # None: cannot tell


def api_key(headers: Mapping[str, str], query: Mapping[str, str] | None = None) -> str:
    """The API key a request carries, or "".

    ``Authorization: Bearer|DeepL-Auth-Key|Key|Token <key>``, then x-api-key, api-key, x-goog-api-key,
    xi-api-key, api-subscription-key, then ``?key=``.
    """
    auth = headers.get("authorization", "")
    scheme, _, token = auth.strip().partition(" ")
    if scheme.lower() in _KEY_SCHEMES and token.strip():
        return token.strip()
    for h in _KEY_HEADERS:
        if headers.get(h, "").strip():
            return headers[h].strip()
    return (query or {}).get("key", "").strip()


def org_ids(headers: Mapping[str, str], path: str) -> list[str]:
    """Organisation / project / workspace ids named by the request (headers, claude.ai paths)."""
    out = [headers[h].strip() for h in _ORG_HEADERS if headers.get(h, "").strip()]
    if m := _CLAUDE_ORG.match(path):
        out.append(m.group(1).lower())
    return out


def classify(headers: Mapping[str, str], path: str, query: Mapping[str, str] | None,
             registry: AccountRegistry) -> Account:
    """Fingerprint the key and tell whether the request uses a corporate or a personal account."""
    key = api_key(headers, query)
    fp = fingerprint(key, registry.secret) if key and registry.secret else ""
    orgs = org_ids(headers, path)
    if (fp and fp in registry.corporate_keys) or any(o in registry.corporate_orgs for o in orgs):
        return Account(fp, False)
    if (fp and registry.corporate_keys) or (orgs and registry.corporate_orgs):
        return Account(fp, True)  # a credential, and it is none of ours
    return Account(fp, None)


def personal_from_response(headers: Mapping[str, str], registry: AccountRegistry) -> bool | None:
    """Whether a response names an organisation that is not ours (True), ours (False), or none/unknown (None).

    For vendors that name the account's organisation only in the response (``anthropic-organization-id``).
    None when the response names none or no corporate organisations are configured.
    """
    orgs = [headers[h].strip() for h in _RESPONSE_ORG_HEADERS if headers.get(h, "").strip()]
    if not orgs or not registry.corporate_orgs:
        return None
    return not any(o in registry.corporate_orgs or o.lower() in registry.corporate_orgs for o in orgs)


# -- tenant restrictions ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TenantScheme:
    """A vendor's tenant-restriction header: its documented name, host set and value format."""

    header: str  # as documented
    hosts: tuple[str, ...]  # exact hosts, or "*.example.com" for any sub-domain
    joiner: str = ","  # how several values are joined
    max_values: int = 0  # documented limit of values (0: none)
    fixed: str = ""  # the only documented value, if any
    split: bool = False  # long lists go to numbered headers (Anthropic)
    source: str = ""


_ENTRA_TR = "https://github.com/jpazureid/blog/blob/main/articles/azure-active-directory/tenant-restriction.md"
# Header name (lower case) -> scheme. Hosts are where the vendor says the header must be injected.
TENANT_SCHEMES: dict[str, TenantScheme] = {s.header.lower(): s for s in (
    TenantScheme("anthropic-allowed-org-ids",
                 ("api.anthropic.com", "claude.ai", "*.claude.ai", "claude.com", "*.claude.com",
                  "anthropic.com", "*.anthropic.com"), split=True,
                 source="https://support.claude.com/en/articles/13198485-enforce-network-level-access-control-with-tenant-restrictions"),
    TenantScheme("ChatGPT-Allowed-Workspace-Id", ("chatgpt.com", "*.chatgpt.com", "chat.openai.com"),
                 source="https://developers.cloudflare.com/cloudflare-one/policies/gateway/http-policies/tenant-control/"),
    TenantScheme("OpenAI-Allowed-Organization-Ids", ("api.openai.com",),
                 source="https://developers.openai.com/api/docs/guides/organization-blocking"),
    TenantScheme("X-GoogApps-Allowed-Domains", ("google.com", "*.google.com"),
                 source="https://support.google.com/a/answer/1668854"),
    TenantScheme("X-GeminiCodeAssist-Allowed-Domains",
                 ("cloudcode-pa.googleapis.com", "daily-cloudcode-pa.googleapis.com",
                  "cloudaicompanion.googleapis.com"),
                 source="https://developers.google.com/gemini-code-assist/docs/network-access"),
    TenantScheme("sec-GitHub-allowed-enterprise", ("github.com", "api.github.com", "*.githubcopilot.com"),
                 joiner=", ", max_values=20,
                 source="https://docs.github.com/enterprise-cloud@latest/admin/configuring-settings/"
                        "hardening-security-for-your-enterprise/restricting-access-to-githubcom-using-a-corporate-proxy"),
    TenantScheme("sec-Restrict-Tenant-Access-Policy", ("login.live.com",), fixed="restrict-msa",
                 source=_ENTRA_TR),
    TenantScheme("Restrict-Access-To-Tenants",
                 ("login.microsoftonline.com", "login.microsoft.com", "login.windows.net"),
                 source=_ENTRA_TR),
    TenantScheme("Restrict-Access-Context",
                 ("login.microsoftonline.com", "login.microsoft.com", "login.windows.net"),
                 source=_ENTRA_TR),
)}
# Longest value of one Anthropic header before the list is split (a header line well under proxies' 8 KiB).
ANTHROPIC_MAX_VALUE = 4000
_HEADER_NAME = re.compile(r"[A-Za-z0-9-]+")
_TENANT_VALUE = re.compile(r"[A-Za-z0-9._@:-]+")
_NUMBERED = re.compile(r"anthropic-allowed-org-ids\d+")


def _host_in(host: str, patterns: Iterable[str]) -> bool:
    return any(host == p or (p.startswith("*.") and host.endswith(p[1:])) for p in patterns)


def _anthropic_values(ids: list[str]) -> list[tuple[str, str]]:
    """``anthropic-allowed-org-ids``; a list longer than ANTHROPIC_MAX_VALUE as ``…;n=K`` + ids1..K-1.

    The split form follows issue #17; Anthropic's tenant-restriction article (checked 2026-12-04) documents
    only the single comma list.
    """
    chunks: list[list[str]] = [[]]
    for i in ids:
        if chunks[-1] and len(",".join([*chunks[-1], i])) > ANTHROPIC_MAX_VALUE - 8:  # room for ";n=KKK"
            chunks.append([])
        chunks[-1].append(i)
    if len(chunks) == 1:
        return [("anthropic-allowed-org-ids", ",".join(ids))]
    head = [("anthropic-allowed-org-ids", f"{','.join(chunks[0])};n={len(chunks)}")]
    return head + [(f"anthropic-allowed-org-ids{k}", ",".join(c)) for k, c in enumerate(chunks[1:], 1)]


@dataclass(frozen=True, slots=True)
class TenantRestrictions:
    """Configured tenant-restriction values, and which headers to set on a request to a given host.

    ``known``: values per known header (TENANT_SCHEMES), injected on that vendor's documented hosts;
    ``per_service``: any other header, injected on a catalog service's requests (``service=Header:value``).
    """

    known: dict[str, tuple[str, ...]]
    per_service: dict[str, list[tuple[str, str]]]

    def hosts(self) -> list[str]:
        """Host patterns whose TLS must be opened to inject the headers (sign-in hosts too, not only AI)."""
        return sorted({h for name in self.known for h in TENANT_SCHEMES[name].hosts})

    def headers_for(self, host: str, service_id: str = "",
                    from_policy: Iterable[tuple[str, str]] | Mapping[str, str] | None = None,
                    ) -> list[tuple[str, str]]:
        """The headers to set on a request to ``host`` (of catalog service ``service_id``, if any)."""
        host = host.lower().rstrip(".")
        values = {k: list(v) for k, v in self.known.items()}
        extra = list(self.per_service.get(service_id, ()))
        for name, value in (from_policy.items() if isinstance(from_policy, Mapping) else from_policy or ()):
            scheme = TENANT_SCHEMES.get(str(name).lower())
            if scheme is None:
                extra.append((str(name), str(value)))
            else:  # the policy's values for a known header join the configured ones
                got = values.setdefault(str(name).lower(), [])
                got += [v for v in _split_values(scheme, str(value)) if v not in got]
        out: list[tuple[str, str]] = []
        for name, vals in values.items():
            scheme = TENANT_SCHEMES[name]
            if not vals or not _host_in(host, scheme.hosts):
                continue
            if scheme.split:
                out += _anthropic_values(vals)
            else:
                out.append((scheme.header, scheme.joiner.join(vals)))
        return out + extra

    def apply(self, headers, host: str, service_id: str = "",
              from_policy: Iterable[tuple[str, str]] | Mapping[str, str] | None = None) -> list[str]:
        """Overwrite the tenant headers of a request (a mutable header mapping); return the names set.

        Every copy the client sent of a header we set is removed first, and for Anthropic also any
        numbered ``anthropic-allowed-org-idsN`` (never append: a second list could widen the first).
        """
        found = self.headers_for(host, service_id, from_policy)
        names = {n.lower() for n, _ in found}
        if "anthropic-allowed-org-ids" in names:
            for name in [k for k in headers.keys() if _NUMBERED.fullmatch(k.lower())]:
                del headers[name]
        for name in names:
            if name in headers:
                del headers[name]
        for name, value in found:
            headers[name] = value
        return [n for n, _ in found]


def _split_values(scheme: TenantScheme, raw: str) -> list[str]:
    values = [v.strip() for v in raw.split(",") if v.strip()]
    for v in values:
        if not _TENANT_VALUE.fullmatch(v):
            raise ValueError(f"tenant header {scheme.header}: values are ids or domains separated by commas")
        if scheme.fixed and v != scheme.fixed:
            raise ValueError(f"tenant header {scheme.header}: the only documented value is {scheme.fixed!r}")
    if scheme.max_values and len(values) > scheme.max_values:
        raise ValueError(f"tenant header {scheme.header}: at most {scheme.max_values} values are supported")
    return values


def parse_tenant_restrictions(spec: str) -> TenantRestrictions:
    """``Header:v1,v2;service=Header:value;…`` → TenantRestrictions; ValueError (one line) if bad.

    A known header (TENANT_SCHEMES) needs no service: it is injected on its vendor's documented hosts
    (a ``service=`` prefix before it is accepted and ignored). Any other header needs ``service=`` and is
    injected on that catalog service's requests.
    """
    known: dict[str, list[str]] = {}
    per_service: dict[str, list[tuple[str, str]]] = {}
    for item in filter(None, (p.strip() for p in spec.split(";"))):
        head, colon, value = item.partition(":")
        service, eq, header = head.rpartition("=") if "=" in head else ("", "", head)
        header, service = header.strip(), service.strip()
        if not (colon and value.strip() and _HEADER_NAME.fullmatch(header) and (service or not eq)):
            raise ValueError(f"tenant header {head.strip()[:60]!r}: expected Header-Name:value "
                             "or service=Header-Name:value")
        scheme = TENANT_SCHEMES.get(header.lower())
        if scheme is not None:
            got = known.setdefault(header.lower(), [])
            got += [v for v in _split_values(scheme, value) if v not in got]
            if scheme.max_values and len(got) > scheme.max_values:
                raise ValueError(f"tenant header {scheme.header}: at most {scheme.max_values} values")
        elif service:
            per_service.setdefault(service, []).append((header, value.strip()))
        else:
            raise ValueError(f"tenant header {header!r} is not a known tenant restriction "
                             f"({', '.join(s.header for s in TENANT_SCHEMES.values())}); "
                             "give service=Header-Name:value to inject it on one service")
    return TenantRestrictions({k: tuple(v) for k, v in known.items()}, per_service)
