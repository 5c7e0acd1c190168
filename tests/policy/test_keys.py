"""One API-key fingerprint function for the proxy and the admin API's key registry."""

from fastapi.testclient import TestClient

from admin.app import create_app
from admin.deps import AdminDeps
from policy.keys import key_fingerprint
from policy.model import load_policy
from proxy import accounts
from tests.policy.conftest import auth

SECRET = "installation-secret-0123456789"


def test_the_proxy_uses_the_registry_function():
    assert accounts.fingerprint is key_fingerprint


def test_white_space_around_a_key_is_not_part_of_it():
    fp = key_fingerprint("sk-corp-123", SECRET)
    assert key_fingerprint(" sk-corp-123\n", SECRET) == fp
    assert key_fingerprint("\tsk-corp-123 ", SECRET.encode()) == fp  # the proxy holds the secret as bytes
    assert key_fingerprint("sk-corp-124", SECRET) != fp


def test_a_key_registered_through_the_api_is_recognised_by_the_proxy(engine, tokens):
    base = load_policy(None)
    app = create_app(AdminDeps(engine, lambda: base, fingerprint_secret=SECRET))
    with TestClient(app) as c:
        r = c.post("/api/v1/keys", headers=auth(tokens["admin"]),
                   json={"key": "  sk-corp-123\n", "label": "pasted with white space"})
    assert r.status_code == 201, r.text
    registry = accounts.AccountRegistry.from_settings(SECRET, r.json()["fingerprint"], "")
    corporate = accounts.classify({"authorization": "Bearer sk-corp-123"}, "/v1/chat", None, registry)
    personal = accounts.classify({"x-api-key": "sk-mine"}, "/v1/messages", None, registry)
    assert (corporate.personal, personal.personal) == (False, True)
    assert corporate.key_fingerprint == r.json()["fingerprint"]
