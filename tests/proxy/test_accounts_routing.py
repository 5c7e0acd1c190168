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


def test_tenant_headers():
    spec = "chatgpt-web=ChatGPT-Allowed-Workspace-Id:ws-1;claude-web=anthropic-allowed-org-ids:a,b"
    parsed = accounts.parse_tenant_headers(spec)
    assert accounts.tenant_headers("claude-web", parsed) == [("anthropic-allowed-org-ids", "a,b")]
    assert accounts.tenant_headers("x", parsed, {"H": "v"}) == [("H", "v")]
    with pytest.raises(ValueError, match="expected service=Header-Name:value"):
        accounts.parse_tenant_headers("chatgpt-web=no value")


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
