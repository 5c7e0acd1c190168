"""Accounts (keyed fingerprints, org ids), tenant headers, redirect credentials and targets, page helpers."""

import pytest

from proxy import accounts
from proxy.pages import safe_next
from proxy.routing import parse_credentials, redirect_target

SECRET = "s3cret"
REG = accounts.AccountRegistry.from_settings(
    SECRET, accounts.fingerprint("sk-corp", SECRET.encode()), "org-acme"
)


@pytest.mark.parametrize(
    "headers, path, query, personal",
    [
        ({"authorization": "Bearer sk-corp"}, "/v1/chat/completions", {}, False),
        ({"authorization": "Bearer sk-mine"}, "/v1/chat/completions", {}, True),
        ({"x-api-key": "sk-mine", "openai-organization": "org-acme"}, "/v1/messages", {}, False),
        ({}, "/v1beta/models/g:generateContent", {"key": "sk-corp"}, False),
        (
            {},
            "/api/organizations/0f0e0d0c-aaaa-bbbb-cccc-123456789abc/chat_conversations/c/completion",
            {},
            True,
        ),
        ({}, "/v1/chat/completions", {}, None),
    ],
)
def test_classify(headers, path, query, personal):
    acct = accounts.classify(headers, path, query, REG)
    assert acct.personal is personal
    key = accounts.api_key(headers, query)
    assert acct.key_fingerprint == (accounts.fingerprint(key, SECRET.encode()) if key else "")
    assert key not in acct.key_fingerprint or not key


def test_no_secret_means_no_fingerprint_and_unknown():
    acct = accounts.classify({"authorization": "Bearer sk-x"}, "/", {}, accounts.AccountRegistry())
    assert acct == accounts.Account("", None)


@pytest.mark.parametrize(
    "secret, keys, error",
    [
        ("s", "nothex", "64 hex digits"),
        ("", "a" * 64, "need the fingerprint secret"),
    ],
)
def test_registry_rejects_bad_settings(secret, keys, error):
    with pytest.raises(ValueError, match=error):
        accounts.AccountRegistry.from_settings(secret, keys, "")


def test_credentials_come_from_the_environment_and_never_show():
    creds = parse_credentials(
        "acme.openai.azure.com=api-key:AZ, gw.internal=Authorization:GW", {"AZ": "k1", "GW": "k2"}
    )
    assert creds["acme.openai.azure.com"].value == "k1" and creds["gw.internal"].value == "Bearer k2"
    assert "k1" not in repr(creds)
    with pytest.raises(ValueError, match="MISSING is not set") as err:
        parse_credentials("h.example=api-key:MISSING", {})
    assert "k1" not in str(err.value)
    with pytest.raises(ValueError, match="expected host=Header-Name:ENV_VAR"):
        parse_credentials("h.example=api-key", {})


@pytest.mark.parametrize(
    "redirect_to, path, expected",
    [
        ("https://acme.openai.azure.com/openai/v1", "/v1/chat/completions", "/openai/v1/chat/completions"),
        (
            "https://acme.openai.azure.com/openai/v1",
            "/openai/v1/chat/completions?a=1",
            "/openai/v1/chat/completions?a=1",
        ),
        (
            "https://acme.openai.azure.com/openai/v1?api-version=preview",
            "/v1/responses",
            "/openai/v1/responses?api-version=preview",
        ),
        ("https://gw.internal", "/v1/messages", "/v1/messages"),
    ],
)
def test_redirect_target(redirect_to, path, expected):
    target, new_path = redirect_target(redirect_to, path)
    assert new_path == expected and target.port == 443


def test_redirect_target_rejects_non_urls():
    with pytest.raises(ValueError):
        redirect_target("ai.example.internal", "/v1/x")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("/c/abc?x=1", "/c/abc?x=1"),
        ("//evil.example/", "/"),
        ("https://evil.example/", "/"),
        ("/\\evil", "/"),
        ("/a\nb", "/"),
    ],
)
def test_safe_next(value, expected):
    assert safe_next(value) == expected


# -- key schemes, response organisations (issue #17) -------------------------------------------------

@pytest.mark.parametrize(
    "headers",
    [
        {"authorization": "DeepL-Auth-Key 279a2e9d-83b3-c416:fx"},  # DeepL
        {"authorization": "Key fal-abc:def"},  # fal.ai
        {"xi-api-key": "el-key-1"},  # ElevenLabs
        {"authorization": "Token r8-key"},  # Replicate (older clients)
        {"api-subscription-key": "sv-key"},  # Sarvam
    ],
)
def test_vendor_key_schemes_are_fingerprinted(headers):
    key = next(iter(headers.values())).split(" ")[-1]
    assert accounts.api_key(headers) == key
    acct = accounts.classify(headers, "/v2/translate", {}, REG)
    assert acct.key_fingerprint == accounts.fingerprint(key, SECRET.encode())
    assert acct.personal is True  # a key, and not the registered corporate one
    corp = {name: value.replace(key, "sk-corp") for name, value in headers.items()}
    assert accounts.classify(corp, "/", {}, REG).personal is False


def test_basic_auth_is_not_an_api_key():
    assert accounts.api_key({"authorization": "Basic dXNlcjpwYXNz"}) == ""


def test_anthropic_organization_is_read_from_the_response_not_the_request():
    # In a request the header means nothing (Anthropic sends it in every response): no verdict from it.
    request = {"anthropic-organization-id": "org-acme"}
    assert accounts.classify(request, "/v1/messages", {}, REG).personal is None
    assert accounts.personal_from_response({"anthropic-organization-id": "org-acme"}, REG) is False
    assert accounts.personal_from_response({"anthropic-organization-id": "0f0e-other"}, REG) is True
    assert accounts.personal_from_response({"content-type": "application/json"}, REG) is None
    no_orgs = accounts.AccountRegistry.from_settings(SECRET, "", "")
    assert accounts.personal_from_response({"anthropic-organization-id": "x"}, no_orgs) is None


# -- tenant restrictions: documented header format, host set, overwrite --------------------------------

UUID1, UUID2 = "550e8400-e29b-41d4-a716-446655440000", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"


@pytest.mark.parametrize(
    "spec, host, expected",
    [
        # Anthropic: comma list, no spaces, on the API, claude.ai, claude.com and anthropic.com
        (f"anthropic-allowed-org-ids:{UUID1}, {UUID2}", "api.anthropic.com",
         [("anthropic-allowed-org-ids", f"{UUID1},{UUID2}")]),
        (f"anthropic-allowed-org-ids:{UUID1}", "claude.ai", [("anthropic-allowed-org-ids", UUID1)]),
        (f"anthropic-allowed-org-ids:{UUID1}", "claude.com", [("anthropic-allowed-org-ids", UUID1)]),
        (f"anthropic-allowed-org-ids:{UUID1}", "console.anthropic.com",
         [("anthropic-allowed-org-ids", UUID1)]),
        # the older service= form of a known header: the same documented hosts
        (f"claude-web=anthropic-allowed-org-ids:{UUID1}", "api.anthropic.com",
         [("anthropic-allowed-org-ids", UUID1)]),
        # Google: every google.com host, sign-in included, not only Gemini
        ("X-GoogApps-Allowed-Domains:acme.com,acme.de", "accounts.google.com",
         [("X-GoogApps-Allowed-Domains", "acme.com,acme.de")]),
        ("X-GoogApps-Allowed-Domains:acme.com", "gemini.google.com",
         [("X-GoogApps-Allowed-Domains", "acme.com")]),
        ("X-GoogApps-Allowed-Domains:acme.com", "google.com", [("X-GoogApps-Allowed-Domains", "acme.com")]),
        # consumer Microsoft accounts: restrict-msa on login.live.com
        ("sec-Restrict-Tenant-Access-Policy:restrict-msa", "login.live.com",
         [("sec-Restrict-Tenant-Access-Policy", "restrict-msa")]),
        ("OpenAI-Allowed-Organization-Ids:org-A,org-B", "api.openai.com",
         [("OpenAI-Allowed-Organization-Ids", "org-A,org-B")]),
        ("ChatGPT-Allowed-Workspace-Id:ws-1", "chatgpt.com", [("ChatGPT-Allowed-Workspace-Id", "ws-1")]),
        ("sec-GitHub-allowed-enterprise:111,222", "api.individual.githubcopilot.com",
         [("sec-GitHub-allowed-enterprise", "111, 222")]),
        ("sec-GitHub-allowed-enterprise:111", "github.com", [("sec-GitHub-allowed-enterprise", "111")]),
        ("X-GeminiCodeAssist-Allowed-Domains:acme.com", "cloudcode-pa.googleapis.com",
         [("X-GeminiCodeAssist-Allowed-Domains", "acme.com")]),
        # never on other hosts
        (f"anthropic-allowed-org-ids:{UUID1}", "evilclaude.ai", []),
        ("X-GoogApps-Allowed-Domains:acme.com", "google.com.evil.net", []),
        ("X-GoogApps-Allowed-Domains:acme.com", "generativelanguage.googleapis.com", []),
        ("OpenAI-Allowed-Organization-Ids:org-A", "chatgpt.com", []),
    ],
)
def test_tenant_header_format_and_hosts(spec, host, expected):
    restrictions = accounts.parse_tenant_restrictions(spec)
    assert restrictions.headers_for(host) == expected
    if expected:
        assert any(host == h or host.endswith(h.lstrip("*")) for h in restrictions.hosts())


def test_sign_in_hosts_need_tls_opened():
    r = accounts.parse_tenant_restrictions(
        "X-GoogApps-Allowed-Domains:acme.com;sec-Restrict-Tenant-Access-Policy:restrict-msa")
    assert {"*.google.com", "login.live.com"} <= set(r.hosts())


def test_long_anthropic_list_is_split_into_numbered_headers():
    ids = [f"{i:08x}-e29b-41d4-a716-446655440000" for i in range(300)]  # ~11 KB as one list
    r = accounts.parse_tenant_restrictions("anthropic-allowed-org-ids:" + ",".join(ids))
    found = r.headers_for("api.anthropic.com")
    names = [n for n, _ in found]
    k = len(found)
    assert k > 1
    assert names == ["anthropic-allowed-org-ids"] + [f"anthropic-allowed-org-ids{i}" for i in range(1, k)]
    first = found[0][1]
    assert first.endswith(f";n={k}")
    joined = ",".join([first.rsplit(";n=", 1)[0]] + [v for _, v in found[1:]])
    assert joined.split(",") == ids  # every id once, in order
    assert all(len(v) <= accounts.ANTHROPIC_MAX_VALUE for _, v in found)


def test_apply_overwrites_never_appends():
    from mitmproxy.http import Headers

    r = accounts.parse_tenant_restrictions(f"anthropic-allowed-org-ids:{UUID1};chatgpt-web=X-Extra:1")
    headers = Headers([(b"anthropic-allowed-org-ids", b"attacker-org"), (b"Anthropic-Allowed-Org-Ids", b"x"),
                       (b"anthropic-allowed-org-ids1", b"widening"), (b"content-type", b"application/json")])
    assert r.apply(headers, "API.Anthropic.com.") == ["anthropic-allowed-org-ids"]
    assert headers.get_all("anthropic-allowed-org-ids") == [UUID1]
    assert "anthropic-allowed-org-ids1" not in headers
    assert headers["content-type"] == "application/json"
    other = Headers([(b"anthropic-allowed-org-ids1", b"kept")])
    assert r.apply(other, "example.com") == [] and other["anthropic-allowed-org-ids1"] == "kept"
    per_service = Headers()
    assert r.apply(per_service, "chatgpt.com", "chatgpt-web") == ["X-Extra"]


def test_policy_values_join_the_configured_ones():
    r = accounts.parse_tenant_restrictions("X-GoogApps-Allowed-Domains:acme.com")
    policy = {"X-GoogApps-Allowed-Domains": "acme.com,acme.de", "X-Other": "v"}
    assert r.headers_for("mail.google.com", "", policy) == [
        ("X-GoogApps-Allowed-Domains", "acme.com,acme.de"), ("X-Other", "v")]


@pytest.mark.parametrize(
    "spec, error",
    [
        ("X-Unknown:1", "not a known tenant restriction"),
        ("sec-Restrict-Tenant-Access-Policy:allow-all", "only documented value is 'restrict-msa'"),
        ("sec-GitHub-allowed-enterprise:" + ",".join(str(i) for i in range(21)), "at most 20"),
        ("anthropic-allowed-org-ids:a b", "separated by commas"),
        ("=X-Custom:1", "expected Header-Name:value"),
        ("anthropic-allowed-org-ids", "expected Header-Name:value"),
    ],
)
def test_bad_tenant_spec_is_one_clear_line(spec, error):
    with pytest.raises(ValueError, match=error) as info:
        accounts.parse_tenant_restrictions(spec)
    assert "\n" not in str(info.value)
