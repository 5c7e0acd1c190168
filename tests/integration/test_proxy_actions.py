"""The five policy actions, accounts, discovery and failures, through the real proxy and real clients."""

import html
import os
import re
import signal
from pathlib import Path

import openai
import pytest
from sqlmodel import Session, select

from inventory.models import Service
from proxy.discovery import unknown_service_id
from tests.conftest import child_pids, started_ahead, wait_for
from tests.proxy.stacks import (
    AZURE_KEY,
    CORP_KEY,
    PROMPT,
    UNKNOWN_HOST,
    events,
    fingerprint,
    last_event,
    launch_shared,
    oa,
    restored,
    sent_since,
    shared_stack,
)

BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
           "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0"}
MSGS = [{"role": "user", "content": PROMPT}]


@pytest.fixture(scope="module")
@started_ahead(launch_shared)
def px(tmp_path_factory, fake_llm):
    return shared_stack(tmp_path_factory, fake_llm)


def test_block_gives_sdk_readable_error_naming_policy_and_alternative(px):
    before = len(px.fake.received)
    client = oa(px, "blocked")
    client.base_url = "https://api.deepseek.com/v1"
    with pytest.raises(openai.PermissionDeniedError) as err:
        client.chat.completions.create(model="deepseek-chat", messages=MSGS)
    message = err.value.body["message"] if isinstance(err.value.body, dict) else str(err.value)
    assert "Proxy Test Policy" in message and "Data may leave the EU" in message
    assert "OpenAI API" in message  # a sanctioned alternative is named
    with px.client("blocked") as c:
        page = c.get("https://api.deepseek.com/", headers=BROWSER)
    assert page.status_code == 403 and page.headers["content-type"].startswith("text/html")
    assert "Data may leave the EU" in page.text
    assert len(px.fake.received) == before  # nothing reached the vendor
    ev = last_event(px, user="blocked")
    assert ev.action == "block" and ev.service_id == "deepseek-api" and ev.status == 403


def continue_url(page: str) -> str:
    """The continue button's target on a coaching page (what the browser POSTs to)."""
    action = re.search(r'<form method="post" action="([^"]+)"', page)
    assert action, "no continue form on the page"
    return "https://chatgpt.com" + html.unescape(action.group(1))


def test_coach_page_then_acknowledged_then_passes(px):
    with px.client("carol", follow_redirects=False) as c:
        first = c.get("https://chatgpt.com/c/abc", headers=BROWSER)
        assert first.status_code == 200 and "company assistant" in first.text
        assert first.headers["x-aiwarden-action"] == "coach" and "aiwarden-continue" in first.text
        before = len(px.fake.received)
        ack = c.post(continue_url(first.text))
        assert ack.status_code == 303 and ack.headers["location"] == "/c/abc"
        assert "HttpOnly" in ack.headers["set-cookie"] and "Secure" in ack.headers["set-cookie"]
        again = c.get("https://chatgpt.com/c/abc", headers=BROWSER)  # the browser sends the cookie back
        assert again.status_code == 200 and "the real app" in again.text
        assert len(px.fake.received) == before + 1
        assert "aiwarden_coach" not in px.fake.received[-1].headers.get("cookie", "")  # not for the vendor
        cookie = c.cookies.get("aiwarden_coach_chatgpt-web")
    with px.client("dave", follow_redirects=False) as c:  # another user still sees the page
        assert "aiwarden-continue" in c.get("https://chatgpt.com/c/abc", headers=BROWSER).text
        # carol's acknowledgement does not work for dave, even when he sends it
        sent = {**BROWSER, "cookie": f"aiwarden_coach_chatgpt-web={cookie}"}
        stolen = c.get("https://chatgpt.com/c/abc", headers=sent)
        assert "aiwarden-continue" in stolen.text
    ack_event = last_event(px, user="carol", action="coach_ack")
    assert ack_event.service_id == "chatgpt-web"


def test_coach_acknowledgement_needs_the_pages_own_token(px):
    """Another site cannot acknowledge for the employee (cross-site POST): the form token is required,
    and it is bound to the user who got the page."""
    with px.client("heidi", follow_redirects=False) as c:
        page = c.get("https://chatgpt.com/c/xyz", headers=BROWSER).text
        url = continue_url(page)
        forged = [url.split("&token=")[0], url.split("&token=")[0] + "&token=9999999999.deadbeef"]
        for target in forged:
            r = c.post(target)
            assert r.status_code == 403 and "set-cookie" not in r.headers
        assert "aiwarden-continue" in c.get("https://chatgpt.com/c/xyz", headers=BROWSER).text
    with px.client("ivan", follow_redirects=False) as c:  # heidi's token is not ivan's
        assert c.post(url).status_code == 403
    with px.client("heidi", follow_redirects=False) as c:
        assert c.post(url).status_code == 303


def test_coach_for_api_calls_is_allowed_with_advisory_header(px):
    before = len(px.fake.received)
    body = {"action": "next", "model": "auto", "messages": [
        {"id": "m1", "author": {"role": "user"}, "content": {"content_type": "text", "parts": [PROMPT]}}]}
    with px.client("erin") as c:
        r = c.post("https://chatgpt.com/backend-api/conversation", json=body,
                   headers={"accept": "text/event-stream"})
    assert r.status_code == 200 and "x-aiwarden-notice" in r.headers
    assert PROMPT in px.fake.received[before].body.decode()  # coach does not scrub
    ev = last_event(px, user="erin")
    assert ev.action == "coach" and ev.model == "auto"


def test_redirect_browser_302_and_api_rerouted_with_corporate_key(px):
    with px.client("frank", follow_redirects=False) as c:
        r = c.get("https://api.groq.com/", headers=BROWSER)
    assert r.status_code == 302 and r.headers["location"] == "https://acme.openai.azure.com/openai/v1"
    before = len(px.fake.received)
    client = oa(px, "frank", key="gsk-personal-key")
    client.base_url = "https://api.groq.com/openai/v1"
    answer = client.chat.completions.create(model="llama-3.3-70b", messages=MSGS)
    restored(answer.choices[0].message.content)
    got = px.fake.received[before]
    headers = {k.lower(): v for k, v in got.headers.items()}
    assert got.path == "/openai/v1/chat/completions"
    assert headers["api-key"] == AZURE_KEY and "authorization" not in headers
    assert headers["host"] == "acme.openai.azure.com"
    sent_since(px, before)  # the sanctioned endpoint gets the policy's sanctioned action: scrub
    ev = last_event(px, user="frank", method="POST")
    assert ev.action == "redirect" and ev.service_id == "groq-api"


def test_allow_records_model_tokens_and_accounts(px):
    before = len(px.fake.received)
    for user, key in (("gina", CORP_KEY), ("hank", "sk-personal-999")):
        client = oa(px, user, key=key)
        client.base_url = "https://api.mistral.ai/v1"
        client.chat.completions.create(model="mistral-large", messages=MSGS)
    assert PROMPT in px.fake.received[before].body.decode()  # allow: untouched
    corp, personal = last_event(px, user="gina"), last_event(px, user="hank")
    assert corp.action == "allow" and corp.model == "mistral-large" and corp.tokens_in == 11
    assert corp.key_fingerprint == fingerprint(CORP_KEY) and corp.personal_account is False
    assert personal.key_fingerprint == fingerprint("sk-personal-999") and personal.personal_account is True
    assert "sk-personal-999" not in (px.logs() + repr(events(px)))


def test_openai_org_header_marks_corporate_account(px):
    client = openai.OpenAI(api_key="sk-unregistered", organization="org-acme", http_client=px.client("ivan"),
                           max_retries=0)
    client.chat.completions.create(model="gpt-4o", messages=MSGS)
    assert last_event(px, user="ivan").personal_account is False


def test_unknown_openai_compatible_host_is_discovered(px):
    before = len(px.fake.received)
    with px.client("jane") as c:  # plain HTTP, so the proxy sees it without opening TLS
        r = c.post(f"http://{UNKNOWN_HOST}/v1/chat/completions",
                   json={"model": "llama3", "messages": MSGS})
    assert r.status_code == 200 and "x-aiwarden-notice" in r.headers  # the policy's default: coach
    assert len(px.fake.received) == before + 1
    ev = last_event(px, user="jane")
    assert ev.unknown_ai and ev.service_id == unknown_service_id(UNKNOWN_HOST) and ev.action == "coach"
    with Session(px.db) as session:
        svc = wait_for(lambda: session.exec(select(Service).where(Service.id == ev.service_id)).first())
    assert svc and svc.unknown


def test_non_ai_json_on_plain_http_is_not_discovered(px):
    with px.client("kim") as c:
        r = c.post(f"{px.fake.url}/echo", json={"hello": "world", "n": 1})
    assert r.status_code == 200 and r.json() == {"hello": "world", "n": 1}
    # Barrier: an AI request after it. The recorder writes in order, so once this one is in the database
    # an event for the JSON request before it would be too.
    oa(px, "kim").chat.completions.create(model="gpt-4o", messages=MSGS)
    last_event(px, user="kim", service_id="openai-api")
    assert [e.service_id for e in events(px, user="kim")] == ["openai-api"]


def test_upstream_down_gives_502_and_is_recorded(px):
    with px.client("leo") as c:
        r = c.post("https://api.together.xyz/v1/chat/completions", json={"model": "m", "messages": MSGS})
    assert r.status_code == 502
    ev = last_event(px, user="leo")
    assert ev.status == 502 and "could not be reached" in ev.reason


def _dead(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True  # reaped
    return state in ("Z", "X")


def test_scrubber_worker_death_fails_closed_then_recovers(px):
    kids = child_pids(px.proc.pid)
    workers = [k for k in kids if "multiprocessing" in Path(f"/proc/{k}/cmdline").read_text(errors="replace")
               and "resource_tracker" not in Path(f"/proc/{k}/cmdline").read_text(errors="replace")]
    assert workers, f"no scrubber worker among {kids}"
    for w in workers:
        os.kill(w, signal.SIGKILL)
    assert wait_for(lambda: all(map(_dead, workers)), timeout=10)  # SIGKILL is delivered asynchronously
    before = len(px.fake.received)
    with pytest.raises(openai.InternalServerError) as err:
        oa(px, "mike").chat.completions.create(model="gpt-4o", messages=MSGS)
    assert err.value.status_code == 503 and "not sent" in str(err.value)
    assert len(px.fake.received) == before

    def served():  # a new pool serves it once its model is loaded
        try:
            return oa(px, "mike").chat.completions.create(model="gpt-4o", messages=MSGS)
        except openai.InternalServerError:
            return None

    answer = wait_for(served, timeout=90, interval=1)
    assert answer, "the scrubber pool did not recover"
    restored(answer.choices[0].message.content)
    sent_since(px, before)
