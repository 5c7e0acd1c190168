"""The fourteenth corpus (whole documents, PDF and OCR layouts): deterministic, halves apart by template and
name, every span is its value (also over a line break or a hyphenated break), every occurrence of a labelled
value is labelled, values valid, a quarter negatives without personal data, a fifth in six other languages,
37 hand-written cultures, no Faker, the command line writes JSONL."""

import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import corpus14
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    same_in_fresh_processes,
    seeded_like_the_others,
)


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus14.generate(half) for half in corpus14.HALVES}


def _spans(records: list[dict], kind: str | None = None) -> list[str]:
    return [s["value"] for r in records for s in r["spans"] if kind is None or s["type"] == kind]


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus14, halves)
    assert corpus14.generate("test", n=25) == corpus14.generate("test", n=25)


def test_same_records_across_processes():
    same_in_fresh_processes("corpus14", "dev", 50, ("5", "77"))


def test_offsets_match_values_and_every_occurrence_is_labelled(halves):
    for records in halves.values():
        for r in records:
            assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
            spans = checked_spans(r)
            for s in spans:
                assert set(s) == {"type", "start", "end", "value"} and s["type"] in corpus14.TYPES, r["id"]
                text = r["text"]
                assert not text[s["start"] - 1:s["start"]].isalnum(), (r["id"], s["value"])
                assert not text[s["end"]:s["end"] + 1].isalnum(), (r["id"], s["value"])
            for a, b in zip(spans, spans[1:], strict=False):  # one name is one span
                assert {a["type"], b["type"]} != {"PERSON"} or r["text"][a["end"]:b["start"]].strip(), r["id"]
            every_occurrence_labelled(r, str.lower)


def test_well_labelled_on_own_examples():
    text = "Tenant: Rose Adeyemi. Rose pays. The rose garden is shared."
    spans = [{"type": "PERSON", "start": 8, "end": 20, "value": "Rose Adeyemi"},
             {"type": "PERSON", "start": 22, "end": 26, "value": "Rose"}]
    assert not corpus14.well_labelled(text, spans)  # "rose garden" would be an unlabelled occurrence
    assert corpus14.well_labelled(text.replace("rose garden", "garden"), spans)
    touching = [{"type": "PERSON", "start": 0, "end": 5, "value": "Ifeka"},
                {"type": "PERSON", "start": 6, "end": 11, "value": "Odili"}]
    assert not corpus14.well_labelled("Ifeka\nOdili", touching)


def _doc(*parts: tuple[str, str | None]) -> corpus14.Doc:
    doc = corpus14.Doc()
    for text, kind in parts:
        doc.add(text, kind)
    return doc


def test_a_hyphenated_break_inside_a_name_stays_one_span():
    doc = _doc(("Signed on behalf of the landlord by ", None), ("Wenceslas Bartholomew", "PERSON"),
               (" today.", None))
    corpus14._wrap(doc, 40, hyphen=True)
    [span] = doc.spans()
    assert "-\n" in span["value"] and span["value"].replace("-\n", "") == "Wenceslas Bartholomew"
    assert doc.text()[span["start"]:span["end"]] == span["value"]


def test_a_plain_break_goes_inside_an_address_but_never_inside_an_email_or_iban():
    doc = _doc(("Home: ", None), ("27 Larchwood Gardens, Dunmore Road", "LOCATION"), (" and mail ", None),
               ("okwudili.nnaji@mailbox.org", "EMAIL_ADDRESS"), (" IBAN ", None),
               ("GB82 WEST 1234 5698 7654 32", "IBAN_CODE"))
    corpus14._wrap(doc, 24, hyphen=False)
    values = {s["type"]: s["value"] for s in doc.spans()}
    assert "\n" in values["LOCATION"] and values["LOCATION"].replace("\n", " ").count(" ") == 4
    assert values["EMAIL_ADDRESS"] == "okwudili.nnaji@mailbox.org"
    assert values["IBAN_CODE"] == "GB82 WEST 1234 5698 7654 32"


def test_page_footers_and_columns_never_split_a_value():
    rng = random.Random(3)
    body = [(f"Clause {i}. The tenant ", None) for i in range(30)]
    doc = _doc(*body[:12], ("Oyinkansola Adebanjo-Whyte", "PERSON"), ("\n", None), *body[12:])
    for i in range(len(doc.chars)):
        if doc.chars[i] == " " and doc.owner[i] == -1 and i % 5 == 0:
            doc.chars[i] = "\n"
    corpus14._pages(doc, rng, "en", "GB")
    corpus14._columns(doc, rng)
    [span] = doc.spans()
    assert span["value"] == "Oyinkansola Adebanjo-Whyte"


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_values_are_valid(halves):
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                v, t = s["value"], s["type"]
                if t == "CREDIT_CARD":
                    digits = re.sub(r"[ -]", "", v)
                    assert digits.isdigit() and len(digits) in (15, 16) and _luhn(digits), r["id"]
                elif t == "IBAN_CODE":
                    raw = v.replace(" ", "")
                    assert len(raw) == 4 + len(corpus14.IBAN_BODY[raw[:2]]), r["id"]
                    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1, r["id"]
                elif t == "US_SSN":
                    digits = re.sub(r"[ -]", "", v)
                    assert len(digits) == 9 and digits[:3] not in ("000", "666") and digits[0] != "9", r["id"]
                    assert digits[3:5] != "00" and digits[5:] != "0000", r["id"]
                elif t == "EMAIL_ADDRESS":
                    assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v), r["id"]
                    assert "example." not in v, r["id"]
                elif t == "IP_ADDRESS":
                    if ":" in v:
                        assert not v.lower().startswith("2001:db8"), r["id"]
                    else:
                        a, b, *_ = (int(x) for x in v.split("."))
                        assert a not in (0, 10, 127) and a < 224 and not (a == 192 and b == 168), r["id"]
                        assert not (a == 172 and 16 <= b <= 31), r["id"]
                elif t == "PHONE_NUMBER":
                    assert 9 <= len(re.sub(r"\D", "", v)) <= 14 and "555" not in v, r["id"]
                elif t == "DATE_OF_BIRTH":
                    year = int(re.findall(r"\d{4}", v)[0])
                    assert 1946 <= year <= 2019, r["id"]
                    before = r["text"][max(0, s["start"] - 40):s["start"]].lower()
                    column = re.search(r"\bDOB\b", r["text"])  # a table column, maybe read across
                    assert column or re.search(r"birth|dob|born|\bnée?\b|né\(e\)|geb|nacimiento|nacido|"
                                               r"geboorte|nascimento|\bur\.", before), (r["id"], before)


def test_negatives_are_a_quarter_and_clean(halves):
    for half, records in halves.items():
        assert len(records) == corpus14.SIZES[half] and len({r["id"] for r in records}) == len(records)
        kinds = Counter(r["meta"]["kind"] for r in records)
        assert kinds["negative"] == len(records) // 4
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["template"].startswith(f"c14-{half}-") and meta["genre"]
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["neg_class"] in corpus14.NEG_CLASSES, r["id"]
                for mail in re.findall(r"[\w.]+@[\w-]+(?:\.[\w-]+)+", r["text"]):
                    assert mail.endswith("@example.com"), r["id"]
            else:
                assert len({s["value"] for s in r["spans"]}) >= 4 and "neg_class" not in meta, r["id"]
        classes = {r["meta"]["neg_class"] for r in records if r["meta"]["kind"] == "negative"}
        assert classes == set(corpus14.NEG_CLASSES)


def test_languages_regions_genres_and_types_in_proportion(halves):
    for records in halves.values():
        langs = Counter(r["meta"]["lang"] for r in records)
        assert set(langs) == set(corpus14.LANGS) and langs["en"] / len(records) == 0.8, langs
        assert {r["meta"]["region"] for r in records if r["meta"]["lang"] == "en"} == set(corpus14.EN_REGIONS)
        assert len({r["meta"]["genre"] for r in records}) >= 16
        assert {s["type"] for r in records for s in r["spans"]} == set(corpus14.TYPES)
        assert len(_spans(records, "US_SSN")) >= 8 and len(_spans(records, "CREDIT_CARD")) >= 8


def test_layouts_as_pdf_and_ocr_leave_text(halves):
    for records in halves.values():
        layouts = Counter(part for r in records for part in r["meta"]["layout"].split("+"))
        assert set(layouts) == set(corpus14.LAYOUTS), layouts
        persons, locations = _spans(records, "PERSON"), _spans(records, "LOCATION")
        assert sum("-\n" in v for v in persons + locations) >= 5  # Fitz-\ngerald
        assert sum("\n" in v and "-\n" not in v for v in persons) >= 10  # a name over a line break
        assert any("\n" in v for v in locations)
        assert any(" " in v and v.isupper() for v in persons)  # BETWEEN: KWAME MENSAH
        texts = [r["text"] for r in records if r["meta"]["kind"] == "positive"]
        assert any(re.search(r"(?i)page \d+ of \d+", t) for t in texts)
        assert any("____ " in t for t in texts) and any("\t" in t for t in texts)


def test_halves_share_no_template_and_no_name(halves):
    names = {h: {t.name for t in corpus14.TEMPLATES[h]} for h in corpus14.HALVES}
    texts = {h: {t.text for t in corpus14.TEMPLATES[h]} for h in corpus14.HALVES}
    assert not names["dev"] & names["test"] and not texts["dev"] & texts["test"]
    for half, records in halves.items():
        assert {r["meta"]["template"] for r in records} == names[half]
    persons = {h: {v.lower() for v in _spans(rs, "PERSON")} for h, rs in halves.items()}
    assert not persons["dev"] & persons["test"]
    pools = {h: {x for g, s in corpus14.people(h).values() for x in g + s} for h in corpus14.HALVES}
    assert not pools["dev"] & pools["test"]
    for region in corpus14.PLACES:
        assert not set(corpus14.towns(region, "dev")) & set(corpus14.towns(region, "test"))
        assert not set(corpus14.streets(region, "dev")) & set(corpus14.streets(region, "test"))


def test_at_least_thirty_cultures_and_no_faker():
    assert len(corpus14.CULTURES) >= 30
    assert all(len(g.split("|")) >= 8 and len(s.split("|")) >= 8 for g, s in corpus14.CULTURES.values())
    source = Path(corpus14.__file__).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(import|from)\s+faker\b", source, re.M | re.I)
    assert not any(name.lower().startswith("faker") for name in vars(corpus14))


def test_the_command_line_writes_jsonl():
    done = subprocess.run([sys.executable, "-m", "benchmarks.corpus14", "--half", "test", "--n", "4"],
                          cwd=Path(__file__).parents[2], capture_output=True, text=True, check=True,
                          timeout=60)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 4 and all(r["id"].startswith("c14-test-") for r in rows)
    assert rows == corpus14.generate("test", n=4)
