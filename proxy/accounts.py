"""Personal versus corporate accounts: keyed fingerprints of API keys, organisation ids, tenant headers.

Raw API keys never leave this module: ``fingerprint`` (``policy.keys.key_fingerprint``, the one
fingerprint function, shared with the admin API's key registry) is an HMAC-SHA256 with a secret from the
settings, so the inventory can tell "the same key again" and "a registered corporate key" without
being able to recover or brute-force a key from what it stores.

Tenant-restriction headers (injected on a web app's requests when configured; values are the
organisation's own ids):

- chatgpt-web: ``ChatGPT-Allowed-Workspace-Id`` (ChatGPT Enterprise/Edu workspace allow-list);
- claude-web: ``anthropic-allowed-org-ids`` (Claude for Work/Enterprise; comma list of org UUIDs);
- gemini-web and other Google apps: ``X-GoogApps-Allowed-Domains`` (Google Workspace domains);
- Microsoft Copilot (via login.microsoftonline.com): ``Restrict-Access-To-Tenants`` and
  ``Restrict-Access-Context`` (Entra tenant restrictions v1).

Vendors change these; check their admin documentation before relying on one.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from policy.keys import key_fingerprint as fingerprint

# Where SDKs and apps put the API key.
_KEY_HEADERS = ("x-api-key", "api-key", "x-goog-api-key")
# Where they name the organisation / project / workspace the call is billed to.
_ORG_HEADERS = ("openai-organization", "openai-project", "chatgpt-account-id", "anthropic-organization-id")
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
    """The API key a request carries (Bearer token, x-api-key, api-key, x-goog-api-key, ?key=), or ""."""
    auth = headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
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


def parse_tenant_headers(spec: str) -> dict[str, list[tuple[str, str]]]:
    """``service=Header:value;service=Header:value`` → headers to add per service id; ValueError if bad."""
    out: dict[str, list[tuple[str, str]]] = {}
    for item in filter(None, (p.strip() for p in spec.split(";"))):
        service, sep, rest = item.partition("=")
        header, sep2, value = rest.partition(":")
        if not (sep and sep2 and service.strip() and re.fullmatch(r"[A-Za-z0-9-]+", header.strip())
                and value.strip()):
            raise ValueError(f"tenant header {item.split('=', 1)[0]!r}: expected service=Header-Name:value")
        out.setdefault(service.strip(), []).append((header.strip(), value.strip()))
    return out


def tenant_headers(service_id: str, configured: Mapping[str, list[tuple[str, str]]],
                   from_policy: Iterable[tuple[str, str]] | Mapping[str, str] | None = None,
                   ) -> list[tuple[str, str]]:
    """The tenant-restriction headers for a service: settings first, then the policy's, if any."""
    found = list(configured.get(service_id, ()))
    if isinstance(from_policy, Mapping):
        found += [(str(k), str(v)) for k, v in from_policy.items()]
    elif from_policy:
        found += [(str(k), str(v)) for k, v in from_policy]
    return found
