"""One shared aiwarden stack for the proxy integration tests (its own policy, every vendor → the fake).

Both ``test_proxy_*`` modules use the same process: ``shared_stack`` memoises it for the session.
"""

import atexit
import shutil
from pathlib import Path

import anthropic
import httpx2
import openai
from sqlmodel import Session, create_engine, select

from inventory.models import UsageEvent
from tests.conftest import Stack, free_port, launch_stack, stop_stack, take, the_fake_llm, wait_for

NAME, EMAIL = "John Smith", "john.smith@example.com"
PROMPT = f"Hello, my name is {NAME}. Please email {EMAIL} about the renewal."
POLICY = """
name: Proxy Test Policy
version: proxy-test-1
defaults: {unknown_ai_service: coach, sanctioned_action: scrub, unsanctioned_action: scrub}
services:
  openai-api: {sanctioned: true, action: scrub}
  anthropic-api: {sanctioned: true, action: scrub}
  google-gemini-api: {sanctioned: true, action: scrub}
  azure-openai: {sanctioned: true, action: scrub}
  chatgpt-web: {action: coach, coaching: "Please use the company assistant for customer data."}
  claude-web: {action: scrub}
  deepseek-api: {action: block, reason: "Data may leave the EU"}
  groq-api: {action: redirect, redirect_to: "https://acme.openai.azure.com/openai/v1"}
  mistral-api: {action: allow}
entities: {DEFAULT: pseudonymize}
"""
KEY_SECRET = "test-fingerprint-secret"
CORP_KEY = "sk-corporate-key-1"
AZURE_KEY = "corp-azure-key-123"
UNKNOWN_HOST = "llm.unknown-vendor.test"
HOSTS = [
    "api.openai.com",
    "api.anthropic.com",
    "generativelanguage.googleapis.com",
    "chatgpt.com",
    "claude.ai",
    "api.deepseek.com",
    "api.groq.com",
    "acme.openai.azure.com",
    "api.mistral.ai",
    UNKNOWN_HOST,
]


def fingerprint(key: str) -> str:
    from proxy.accounts import fingerprint as fp

    return fp(key, KEY_SECRET.encode())


_STACK: list[Stack] = []


def launch_shared(factory) -> Stack:
    """Start the proxy stack of these tests (``tests.conftest.launch_stack``: returns at once)."""
    tmp: Path = factory.mktemp("proxy-stack")
    (tmp / "policy.yaml").write_text(POLICY)
    fake = the_fake_llm()
    overrides = ",".join(f"{h}={fake.url}" for h in HOSTS)
    overrides += f",api.together.xyz=http://127.0.0.1:{free_port()}"  # nothing listens there
    env = {
        "AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml"),
        "AIWARDEN_UPSTREAM_OVERRIDES": overrides,
        "AIWARDEN_REDIRECT_CREDENTIALS": "acme.openai.azure.com=api-key:TEST_AZURE_KEY",
        "TEST_AZURE_KEY": AZURE_KEY,
        "AIWARDEN_KEY_SECRET": KEY_SECRET,
        "AIWARDEN_CORPORATE_KEYS": fingerprint(CORP_KEY),
        "AIWARDEN_CORPORATE_ORGS": "org-acme",
        "AIWARDEN_MAX_BODY_MB": "1",
    }
    return launch_stack(tmp, fake, env)


def shared_stack(tmp_path_factory, fake_llm) -> Stack:
    """The proxy stack for these tests, started once per session (stopped at exit); the fixtures that call
    this are marked ``@started_ahead(launch_shared)``."""
    if _STACK:
        return _STACK[0]
    s = take(launch_shared, tmp_path_factory)
    tmp = s.log.parent
    s.db = create_engine(f"sqlite:///{tmp / 'aiwarden.db'}")  # type: ignore[attr-defined]
    _STACK.append(s)

    def stop() -> None:
        stop_stack(s)
        s.db.dispose()  # type: ignore[attr-defined]
        shutil.rmtree(tmp, ignore_errors=True)

    atexit.register(stop)
    return s


def events(px, **where) -> list[UsageEvent]:
    with Session(px.db) as session:
        rows = session.exec(select(UsageEvent).order_by(UsageEvent.id)).all()
    return [r for r in rows if all(getattr(r, k) == v for k, v in where.items())]


def last_event(px, **where) -> UsageEvent:
    found = wait_for(lambda: events(px, **where))
    assert found, f"no event recorded for {where}"
    return found[-1]


def sent_since(px, before: int) -> str:
    sent = "\n".join(r.body.decode("utf-8", "replace") for r in px.fake.received[before:])
    assert sent, "the fake vendor received nothing"
    assert NAME not in sent and EMAIL not in sent, "personal data reached the vendor"
    assert "<PERSON_1>" in sent and "<EMAIL_ADDRESS_1>" in sent
    return sent


def oa(px, user: str = "alice", key: str = "sk-test-not-real", **kw) -> openai.OpenAI:
    return openai.OpenAI(api_key=key, http_client=px.client(user, **kw), max_retries=0)


def ant(px, user: str = "bob") -> anthropic.Anthropic:
    http_client = httpx2.Client(proxy=px.proxy_url(user), verify=px.ssl_context(), timeout=30)
    return anthropic.Anthropic(api_key="sk-ant-test-not-real", http_client=http_client, max_retries=0)


def restored(text: str | None) -> None:
    assert text and NAME in text and EMAIL in text, text
    assert "<PERSON" not in text and "<EMAIL" not in text


