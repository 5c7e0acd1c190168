"""Placeholder restore: whole texts, tolerance, and streaming over any chunking."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrubber.restore import StreamRestorer, restore
from scrubber.vault import Vault

MAPPING = {"<PERSON_1>": "Jane Doe", "<EMAIL_ADDRESS_1>": "jane@example.com", "<PERSON_12>": 'O"Brien\\'}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi <PERSON_1>!", "Hi Jane Doe!"),
        ("Hi <person_1>, mail <Email_Address_1>", "Hi Jane Doe, mail jane@example.com"),
        ("Hi < PERSON_1 >.", "Hi Jane Doe."),
        ("Hi `<PERSON_1>`", "Hi `Jane Doe`"),
        ("**<PERSON_1>**", "**Jane Doe**"),
        ("<PERSON_01>", "Jane Doe"),
        ("<PERSON_2> is unknown", "<PERSON_2> is unknown"),
        ("<PERSON_12><PERSON_1>", 'O"Brien\\Jane Doe'),
        ("a < b and c > d", "a < b and c > d"),
        ("<div>PERSON_1</div>", "<div>PERSON_1</div>"),
        ("", ""),
    ],
)
def test_restore_table(text, expected):
    assert restore(text, MAPPING) == expected


def test_restore_with_json_escape():
    import json

    out = restore('{"t": "<PERSON_12>"}', MAPPING, escape=lambda v: json.dumps(v)[1:-1])
    assert json.loads(out) == {"t": 'O"Brien\\'}


def test_stream_holds_back_only_a_placeholder_prefix():
    r = StreamRestorer(MAPPING)
    assert r.feed("Hello <PER") == "Hello "
    assert r.feed("SON_1") == ""
    assert r.feed("> and a < b") == "Jane Doe and a < b"
    assert r.feed(" <x") == " <x"  # cannot become a known placeholder: released at once
    assert r.feed(" <e") == " "  # may become <EMAIL_ADDRESS_1>
    assert r.feed("m") == ""
    assert r.feed("x") == "<emx"
    assert r.feed("<PERSON_1") == ""
    assert r.flush() == "<PERSON_1"


def test_stream_releases_long_angle_text():
    r = StreamRestorer(MAPPING)
    assert r.feed("<" + "a" * 100) == "<" + "a" * 100


fragments = st.sampled_from(
    ["<PERSON_1>", "<person_1>", "< PERSON_12 >", "<EMAIL_ADDRESS_1>", "<PERSON_2>", "<", ">", "_1", "PERSON",
     " ", "\n", "é", "日本", "<<", "text", "<PERSON_", "1>"]
)
texts = st.lists(st.one_of(fragments, st.text(max_size=5)), max_size=30).map("".join)


@given(text=texts, cuts=st.lists(st.integers(min_value=0, max_value=200), max_size=20))
def test_stream_equals_whole_restore_for_any_chunking(text, cuts):
    points = sorted({min(c, len(text)) for c in cuts})
    chunks = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
    r = StreamRestorer(MAPPING)
    out = "".join(r.feed(c) for c in chunks) + r.flush()
    assert out == restore(text, MAPPING)


@given(texts)
def test_vault_never_reuses_a_placeholder_already_in_the_input(text):
    v = Vault(reserved=Vault.reserved_in([text]))
    ph = v.placeholder("PERSON", "Jane Doe")
    assert restore(text, v.mapping) == text  # the user's own placeholder-like text is never rewritten
    assert v.mapping == {ph: "Jane Doe"}


def test_vault_same_value_same_placeholder():
    v = Vault()
    assert v.placeholder("PERSON", "A") == "<PERSON_1>"
    assert v.placeholder("EMAIL_ADDRESS", "a@x.io") == "<EMAIL_ADDRESS_1>"
    assert v.placeholder("PERSON", "B") == "<PERSON_2>"
    assert v.placeholder("PERSON", "A") == "<PERSON_1>"
    assert v.mapping == {"<PERSON_1>": "A", "<EMAIL_ADDRESS_1>": "a@x.io", "<PERSON_2>": "B"}
