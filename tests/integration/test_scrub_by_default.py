"""Scrub by default through the real proxy: fields, URLs and attachments no dialect lists are scrubbed too.

(The wide leak battery is tests/reliability/test_leak_battery.py; these are the design's own cases.)
"""

import base64
import json
from urllib.parse import quote

import pytest

from tests.conftest import started_ahead
from tests.proxy.stacks import (
    EMAIL,
    NAME,
    PROMPT,
    events,
    last_event,
    launch_shared,
    oa,
    restored,
    shared_stack,
)

SSN = "078-05-1120"


@pytest.fixture(scope="module")
@started_ahead(launch_shared)
def px(tmp_path_factory, fake_llm):
    return shared_stack(tmp_path_factory, fake_llm)


def wire(px, before: int) -> str:
    """Everything the vendor got since ``before``: request lines and bodies (decoded), as text."""
    got = px.fake.received[before:]
    assert got, "the fake vendor received nothing"
    return "\n".join(f"{r.method} {r.path}\n{r.body.decode('utf-8', 'replace')}" for r in got)


def no_leak(text: str) -> None:
    for value in (NAME, EMAIL, quote(EMAIL), "john.smith\\u0040example.com"):
        assert value not in text, "personal data reached the vendor"


def test_fields_no_dialect_lists_are_scrubbed_and_the_answer_restored(px):
    before = len(px.fake.received)
    reply = oa(px, "sbd-fields").chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT, "name": "John_Smith"}],
        user=EMAIL,
        metadata={"customer": NAME, "contact": EMAIL},
        prediction={"type": "content", "content": f"Dear {NAME},"},
        tools=[{"type": "function", "function": {"name": "crm_lookup",
                                                 "description": f"Look up {NAME} by {EMAIL}",
                                                 "parameters": {"type": "object", "properties": {}}}}],
        extra_query={"note": EMAIL},
    )
    sent = wire(px, before)
    no_leak(sent)
    body = json.loads(px.fake.received[-1].body)
    assert body["model"] == "gpt-4o-mini" and body["tools"][0]["function"]["name"] == "crm_lookup"  # protocol
    assert body["user"] == "<EMAIL_ADDRESS_1>" and "<PERSON_1>" in body["metadata"]["customer"]
    assert "note=%3CEMAIL_ADDRESS_1%3E" in px.fake.received[-1].path
    restored(reply.choices[0].message.tool_calls[0].function.arguments)  # the fake echoes into a tool call


def test_json_escaped_and_json_in_strings(px):
    before = len(px.fake.received)
    args = json.dumps({"who": NAME, "mail": EMAIL.replace("@", "\u0040")}, ensure_ascii=True)
    raw = ('{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Write to john.smith\\u0040example.com'
           ' about ' + NAME.replace(" ", "\\u0020") + '"},{"role":"assistant","content":null,"tool_calls":['
           '{"id":"c1","type":"function","function":{"name":"f","arguments":' + json.dumps(args) + '}}]}]}')
    with px.client("sbd-escaped") as c:
        r = c.post("https://api.openai.com/v1/chat/completions", content=raw,
                   headers={"content-type": "application/json", "authorization": "Bearer sk-x"})
    assert r.status_code == 200
    no_leak(wire(px, before))


def test_text_attachment_is_rewritten_and_an_image_refused(px):
    before = len(px.fake.received)
    note = f"Customer: {NAME}\nE-mail: {EMAIL}\nSSN: {SSN}\n"
    file_part = {"type": "file", "file": {"filename": "note.txt",
                 "file_data": "data:text/plain;base64," + base64.b64encode(note.encode()).decode()}}
    oa(px, "sbd-attach").chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": [{"type": "text", "text": "Summarise"},
                                                                    file_part]}])
    body = json.loads(px.fake.received[-1].body)
    data_url = body["messages"][0]["content"][1]["file"]["file_data"]
    sent = base64.b64decode(data_url.split(",", 1)[1]).decode()
    assert NAME not in sent and EMAIL not in sent and SSN not in sent and "<EMAIL_ADDRESS_1>" in sent
    no_leak(wire(px, before))

    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 64).decode()
    before = len(px.fake.received)
    with px.client("sbd-image") as c:
        r = c.post("https://api.openai.com/v1/chat/completions", json={
            "model": "gpt-4o-mini", "messages": [{"role": "user", "content": [
                {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{png}"}}]}]},
            headers={"authorization": "Bearer sk-x"})
    assert r.status_code == 403 and "image" in r.json()["error"]["message"]
    assert len(px.fake.received) == before  # nothing went out
    ev = last_event(px, user="sbd-image")
    assert ev.action == "block" and "image" in ev.reason


def test_url_free_text_is_scrubbed_and_the_inventory_keeps_a_route(px):
    before = len(px.fake.received)
    with px.client("sbd-url") as c:
        r = c.get(f"https://api.openai.com/v1/files/{quote(NAME)}/content",
                  params={"note": f"call {NAME} at {EMAIL}"}, headers={"authorization": "Bearer sk-x"})
    assert r.status_code < 500
    no_leak(wire(px, before))
    ev = last_event(px, user="sbd-url")
    assert ev.path == "/v1/files/{text}/content"
    for e in events(px):
        assert NAME not in e.path and EMAIL not in e.path and "?" not in e.path


def test_fragment_and_dot_segments_are_normalised_before_matching(px):
    before = len(px.fake.received)
    with px.client("sbd-dots") as c:
        r = c.post("https://api.openai.com/v1/x/../chat//completions", json={
            "model": "gpt-4o-mini", "messages": [{"role": "user", "content": PROMPT}]},
            headers={"authorization": "Bearer sk-x"})
        assert r.status_code == 200
        assert px.fake.received[-1].path == "/v1/chat/completions"
        r = c.post("https://api.openai.com/v1%2Fchat/completions", json={"messages": []},
                   headers={"authorization": "Bearer sk-x"})
        assert r.status_code == 400
    no_leak(wire(px, before))
