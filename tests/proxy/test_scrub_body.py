"""The scrub-by-default walker (pure logic): what is content, what is protocol, what is refused."""

import base64
import json

import pytest

from proxy.dialects import dialect
from proxy.scrub_body import UNCHECKED, AttachmentPolicy, Box, Collector, Refusal

DEFAULT = AttachmentPolicy()  # a scrubbed service's defaults: attachments scrubbed, images refused


def walk(body, name="openai", policy=DEFAULT):
    c = Collector(dialect(name).protocol, policy)
    box = Box(body)
    c.json(box)
    return c, box


def scrub_all(c, box, mapping):
    c.walk.apply([mapping.get(t, t) for t in c.walk.texts])
    return box.value


def test_unknown_and_free_text_fields_are_content_protocol_is_not():
    body = {"model": "gpt-4o", "user": "maria@example.com", "metadata": {"customer": "Maria Gonzalez"},
            "messages": [{"role": "user", "name": "Maria", "content": "hi"}],
            "tools": [{"type": "function", "function": {"name": "lookup", "description": "find Maria"}}],
            "brand_new_field": {"deep": ["x", {"y": "z"}]}}
    c, _ = walk(body)
    assert set(c.walk.texts) == {"maria@example.com", "Maria Gonzalez", "Maria", "hi", "find Maria", "x", "z"}


def test_a_protocol_position_that_does_not_look_like_protocol_is_scrubbed():
    c, _ = walk({"model": "Maria Gonzalez", "messages": [{"role": "maria@example.com"}]})
    assert set(c.walk.texts) == {"Maria Gonzalez", "maria@example.com"}


def test_json_in_strings_and_object_keys():
    args = json.dumps({"who": "Maria Gonzalez", "maria@example.com": 1})
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": args}}
    body = {"messages": [{"role": "assistant", "tool_calls": [call]}]}
    c, box = walk(body)
    assert set(c.walk.texts) == {"Maria Gonzalez", "maria@example.com"}
    out = scrub_all(c, box, {"Maria Gonzalez": "<PERSON_1>", "maria@example.com": "<EMAIL_ADDRESS_1>"})
    inner = json.loads(out["messages"][0]["tool_calls"][0]["function"]["arguments"])
    assert inner == {"who": "<PERSON_1>", "<EMAIL_ADDRESS_1>": 1}


def test_keys_that_collide_after_scrubbing_are_refused():
    c, box = walk({"metadata": {"a b": 1, "c d": 2}})
    with pytest.raises(Refusal):
        c.walk.apply(["<X>"] * len(c.walk.texts))


def test_text_attachment_rewritten_in_its_encoding():
    note = "Kunde: Jörg Müller".encode("latin-1")
    url = "data:text/plain;charset=iso-8859-1;base64," + base64.b64encode(note).decode()
    c, box = walk({"messages": [{"role": "user", "content": [{"type": "file", "file": {"file_data": url}}]}]})
    assert "Kunde: Jörg Müller" in c.walk.texts
    out = scrub_all(c, box, {"Kunde: Jörg Müller": "Kunde: <PERSON_1>"})
    data = out["messages"][0]["content"][0]["file"]["file_data"]
    assert base64.b64decode(data.split(",", 1)[1]).decode("latin-1") == "Kunde: <PERSON_1>"


def test_images_refused_unless_allowed_and_unchecked_traffic_is_never_opened():
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 64).decode()
    body = {"contents": [{"parts": [{"inlineData": {"mimeType": "image/png", "data": png}}]}]}
    with pytest.raises(Refusal):
        walk(body, "gemini")
    walk(body, "gemini", AttachmentPolicy(images="allow"))
    c, _ = walk({"x": "data:application/pdf;base64,!!!not base64"}, "generic", UNCHECKED)
    assert c.walk.texts == []


def test_long_opaque_base64_tokens_pass_but_base64_text_is_scrubbed():
    token = base64.b64encode(bytes(range(256)) * 2).decode()
    text = base64.b64encode(("Customer Maria Gonzalez, maria@example.com. " * 4).encode()).decode()
    c, _ = walk({"signature_blob": token, "note": text}, "generic")
    assert c.walk.texts == ["Customer Maria Gonzalez, maria@example.com. " * 4]


def test_links_are_decoded_before_they_are_scrubbed():
    c, box = walk({"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {
        "url": "https://x.example/p/Maria%20Gonzalez.png?mail=maria%40example.com"}}]}]},
        policy=AttachmentPolicy(images="allow"))
    assert {"Maria Gonzalez.png", "maria@example.com"} <= set(c.walk.texts)
    mapping = {"Maria Gonzalez.png": "<PERSON_1>.png", "maria@example.com": "<EMAIL_ADDRESS_1>"}
    out = scrub_all(c, box, mapping)
    url = out["messages"][0]["content"][0]["image_url"]["url"]
    assert url == "https://x.example/p/%3CPERSON_1%3E.png?mail=%3CEMAIL_ADDRESS_1%3E"


def test_form_and_text_bodies():
    c = Collector(dialect("generic").protocol, AttachmentPolicy())
    build = c.form("q=Maria+Gonzalez&lang=en")
    c.walk.apply([{"Maria Gonzalez": "<PERSON_1>"}.get(t, t) for t in c.walk.texts])
    assert build() == b"q=%3CPERSON_1%3E&lang=en"


def test_long_numbers_are_checked_with_their_key_and_counts_are_not():
    body = {"record": {"ssn": 536228471, "created": 1733312345, "amount": 120}, "seed": 12345678}
    c, box = walk(body, "generic")
    assert c.walk.texts == ["ssn: 536228471"]
    out = scrub_all(c, box, {"ssn: 536228471": "ssn: <US_SSN_1>"})
    assert out["record"] == {"ssn": "<US_SSN_1>", "created": 1733312345, "amount": 120}
