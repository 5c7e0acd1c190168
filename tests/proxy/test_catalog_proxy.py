"""Issue #17 through the real proxy (a real ``aiwarden run``, real SDK, the fake vendor on 127.0.0.1):
a local catalog extension (AIWARDEN_CATALOG_EXTRA) is merged at start and its service is classified and
scrubbed with its dialect; vendor key schemes are fingerprinted; catalog paths match without case or a
final slash."""

import shutil

import openai
import pytest
from sqlmodel import Session, create_engine, select

from inventory.models import UsageEvent
from tests.conftest import Stack, launch_stack, started_ahead, stop_stack, take, the_fake_llm, wait_for

NAME, EMAIL = "John Smith", "john.smith@example.com"
PROMPT = f"Hello, my name is {NAME}. Please email {EMAIL} about the renewal."
KEY_SECRET = "catalog-test-secret"
POLICY = """
name: Catalog Test Policy
version: catalog-test-1
defaults: {unknown_ai_service: allow, sanctioned_action: scrub, unsanctioned_action: allow}
services:
  internal-gateway: {sanctioned: true, action: scrub}
entities: {DEFAULT: pseudonymize}
"""
EXTRA = """
services:
  - id: internal-gateway
    name: Internal LLM gateway
    vendor: ACME IT
    category: api
    hosts: [llm.corp.test]
    dialect: openai
    sources: [https://wiki.example.test/llm-gateway]
    checked: 2026-12-04
"""
HOSTS = ["llm.corp.test", "api-free.deepl.com", "api.elevenlabs.io", "queue.fal.run", "www.notion.so",
         "api.anthropic.com"]
ORG = "550e8400-e29b-41d4-a716-446655440000"


def launch_catalog(factory) -> Stack:
    tmp = factory.mktemp("catalog-stack")
    fake_llm = the_fake_llm()
    (tmp / "policy.yaml").write_text(POLICY)
    (tmp / "catalog-local.yaml").write_text(EXTRA)
    from proxy.accounts import fingerprint

    env = {
        "AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml"),
        "AIWARDEN_CATALOG_EXTRA": str(tmp / "catalog-local.yaml"),
        "AIWARDEN_UPSTREAM_OVERRIDES": ",".join(f"{h}={fake_llm.url}" for h in HOSTS),
        "AIWARDEN_KEY_SECRET": KEY_SECRET,
        "AIWARDEN_CORPORATE_KEYS": fingerprint("corp-deepl-key", KEY_SECRET.encode()),
        "AIWARDEN_TENANT_HEADERS": f"claude-web=anthropic-allowed-org-ids:{ORG}",
    }
    return launch_stack(tmp, fake_llm, env)


@pytest.fixture(scope="module")
@started_ahead(launch_catalog)
def px(tmp_path_factory, fake_llm):
    s = take(launch_catalog, tmp_path_factory)
    tmp = s.log.parent
    s.db = create_engine(f"sqlite:///{tmp / 'aiwarden.db'}")  # type: ignore[attr-defined]
    yield s
    stop_stack(s)
    s.db.dispose()  # type: ignore[attr-defined]
    shutil.rmtree(tmp, ignore_errors=True)


def _event(px, **where) -> UsageEvent:
    def find():
        with Session(px.db) as session:
            rows = session.exec(select(UsageEvent).order_by(UsageEvent.id)).all()
        return [r for r in rows if all(getattr(r, k) == v for k, v in where.items())]

    found = wait_for(find)
    assert found, f"no event recorded for {where}"
    return found[-1]


def test_extension_service_is_classified_and_scrubbed_with_its_dialect(px, fake_llm) -> None:
    before = len(fake_llm.received)
    client = openai.OpenAI(api_key="sk-internal", base_url="https://llm.corp.test/v1",
                           http_client=px.client("alice"), max_retries=0)
    answer = client.chat.completions.create(model="gpt-4o-mini",
                                            messages=[{"role": "user", "content": PROMPT}])
    assert answer.choices[0].message.content is not None
    sent = "\n".join(r.body.decode("utf-8", "replace") for r in fake_llm.received[before:])
    assert sent and NAME not in sent and EMAIL not in sent  # read with the openai dialect, scrubbed
    event = _event(px, service_id="internal-gateway")
    assert event.user == "alice"


@pytest.mark.parametrize(("url", "headers", "service", "key"), [
    ("https://api-free.deepl.com/v2/translate", {"Authorization": "DeepL-Auth-Key corp-deepl-key"}, "deepl",
     "corp-deepl-key"),
    ("https://api-free.deepl.com/v2/translate", {"Authorization": "DeepL-Auth-Key mine:fx"}, "deepl",
     "mine:fx"),
    ("https://api.elevenlabs.io/v1/text-to-speech/voice1", {"xi-api-key": "el-personal"}, "elevenlabs-api",
     "el-personal"),
    ("https://queue.fal.run/fal-ai/flux/dev", {"Authorization": "Key fal-id:fal-secret"}, "fal-api",
     "fal-id:fal-secret"),
])
def test_vendor_keys_are_fingerprinted_through_the_proxy(px, url, headers, service, key) -> None:
    from proxy.accounts import fingerprint

    with px.client("carol") as client:
        client.post(url, headers=headers, json={"text": ["hello"], "target_lang": "DE"})
    fp = fingerprint(key, KEY_SECRET.encode())
    event = _event(px, service_id=service, key_fingerprint=fp)
    assert event.personal_account is (key != "corp-deepl-key")
    assert key not in px.logs()


def test_catalog_paths_match_without_case_or_final_slash(px) -> None:
    with px.client("dave") as client:
        client.post("https://www.notion.so/api/v3/getCompletion/", json={"prompt": "hi"})
    assert _event(px, service_id="notion-ai", user="dave")


def test_anthropic_tenant_header_reaches_the_api_host(px, fake_llm) -> None:
    before = len(fake_llm.received)
    with px.client("erin") as client:
        client.post("https://api.anthropic.com/v1/messages",
                    headers={"x-api-key": "sk-ant-x", "anthropic-version": "2023-06-01",
                             "anthropic-allowed-org-ids": "attacker-org"},
                    json={"model": "claude-x", "max_tokens": 5,
                          "messages": [{"role": "user", "content": "hi"}]})
    got = [r.headers for r in fake_llm.received[before:]]
    values = [v for h in got for k, v in h.items() if k.lower() == "anthropic-allowed-org-ids"]
    assert values == [ORG]



def test_pac_file_sends_extension_and_tenant_restriction_hosts_to_the_proxy(px) -> None:
    """/proxy.pac covers the local catalog extension and the hosts where tenant headers are set (Anthropic's
    documented set includes anthropic.com, which no AI service of the catalog lists)."""
    import httpx

    pac = httpx.get(f"{px.admin_url}/proxy.pac").text
    assert 'if (host == "llm.corp.test") return proxy;' in pac
    assert 'if (host == "anthropic.com") return proxy;' in pac
