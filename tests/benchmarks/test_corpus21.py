"""corpus21: shape, exact spans, determinism, split discipline, mail and chat formats, negatives without
private people (fast, no scrubber)."""

import re
from collections import Counter

import pytest

from benchmarks import corpus21 as c21
from tests.benchmarks.corpora import (
    fast_and_seeded,
    same_in_fresh_processes,
    similar_type_mix,
    spans_exact_and_judged,
    values_disjoint_between_halves,
)

MAIN = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION")


@pytest.fixture(scope="module")
def halves():
    return {h: c21.generate(h) for h in c21.HALVES}


def test_sizes_ids_and_meta(halves):
    for h, recs in halves.items():
        assert len(recs) == c21.SIZES[h] == 300
        for i, r in enumerate(recs):
            assert r["id"] == f"c21-{h}-{i}"
            m = r["meta"]
            assert m["kind"] in ("positive", "negative") and m["lang"] in c21.LANGS
            assert m["family"] in c21.FAMILIES
            assert (m["kind"] == "negative") == ("neg_class" in m)
            assert (m["lang"] == "en") == (m.get("variant") in c21.EN_VARIANTS)
            if m["kind"] == "negative":
                assert m["neg_class"] in c21.NEG_CLASSES and not r["spans"]
            else:
                assert 1 <= len(r["spans"]) <= 16, r["id"]
            first = r["text"].split("\n")[0]
            assert 10 < len(first) < 200, r["id"]  # an instruction first
            assert all(s["start"] > len(first) for s in r["spans"]), r["id"]


def test_fast_deterministic_and_seeded(halves):
    fast_and_seeded(c21, halves)


def test_same_records_across_processes():
    same_in_fresh_processes("corpus21", "test", 40)
    same_in_fresh_processes("corpus21", "dev", 25)


def test_spans_exact_and_every_occurrence_labelled(halves):
    spans_exact_and_judged(c21, halves)


def test_negative_share_languages_and_families(halves):
    for recs in halves.values():
        kinds = Counter(r["meta"]["kind"] for r in recs)
        assert kinds["negative"] == 105 and kinds["positive"] == 195  # 35 % negatives
        langs = Counter(r["meta"]["lang"] for r in recs)
        assert langs["en"] == 210 and set(langs) == set(c21.LANGS)  # 70 % English
        assert all(12 <= langs[x] <= 14 for x in c21.LANGS[1:]), langs
        for kind in ("negative", "positive"):
            sub = [r for r in recs if r["meta"]["kind"] == kind]
            assert {r["meta"]["family"] for r in sub} == set(c21.FAMILIES)
            assert {r["meta"]["lang"] for r in sub} == set(c21.LANGS)
        variants = Counter(r["meta"].get("variant") for r in recs if r["meta"]["lang"] == "en")
        assert all(variants[v] >= 45 for v in c21.EN_VARIANTS), variants
        classes = Counter(r["meta"].get("neg_class") for r in recs if r["meta"]["kind"] == "negative")
        assert set(classes) == set(c21.NEG_CLASSES) and min(classes.values()) >= 5, classes


def test_formats_of_mail_and_chat_tools(halves):
    needles = {"dev": ("-----Original Message-----", "wrote:", "\n> ", "Passcode:", "Meeting ID:",
                       "Organizer:", "Requester:", "Assignee:", "[mailto:", "linkedin.com/in/", "Cc:",
                       "Automatic reply", "Phone conference ID:", "Schrieb", "a écrit :"),
            "test": ("Forwarded message", "wrote:", "\n>> ", "Join by phone", "Guests", "WhatsApp Chat with",
                     "#proj-", "Caller:", "Freshdesk export", "Associated contact:", "________________",
                     "Automatic reply", "Sent from my iPhone", "ha scritto:")}
    for h, recs in halves.items():
        text = "\n".join(r["text"] for r in recs)
        for needle in needles[h]:
            assert needle.lower() in text.lower(), (h, needle)


def test_negatives_hold_no_private_person(halves):
    toks = c21.name_tokens("dev") | c21.name_tokens("test")
    towns = c21.town_pool("dev") | c21.town_pool("test")
    streets = c21.street_pool("dev") | c21.street_pool("test")
    generic = re.compile(r"^(agent|support|noreply|news|accounts|info|service|kontakt|office|room-[\w.-]+|"
                         + "|".join(c21.ROLE_BOXES) + r")@")
    for recs in halves.values():
        for r in recs:
            if r["meta"]["kind"] != "negative":
                continue
            text = r["text"]
            assert not set(re.findall(r"[\w'-]+", text)) & toks, r["id"]
            assert not any(re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text) for t in towns | streets), \
                r["id"]
            for mail in re.findall(r"[\w.+-]+@[\w.-]+", text):
                assert generic.match(mail.lower()), (r["id"], mail)


def test_negatives_hold_placeholders_roles_public_figures_and_switchboards(halves):
    negs = "\n".join(r["text"] for recs in halves.values() for r in recs if r["meta"]["kind"] == "negative")
    for needle in ("{{first_name}}", "[Name]", "<Customer Name>", "noreply@", "support@", "The Payroll Team",
                   "Boardroom", "Jira Cloud", "GitHub", "Unsubscribe"):
        assert needle in negs, needle
    assert sum(f in negs for f in c21.PUBLIC_FIGURES) >= 6
    assert sum(c[2] in negs for c in c21.COMPANIES) >= 10  # switchboards, not labelled


def test_templates_pools_and_instructions_disjoint(halves):
    used = {h: {r["meta"]["template"] for r in recs} for h, recs in halves.items()}
    assert not used["dev"] & used["test"]
    for h in c21.HALVES:
        assert used[h] == {t.name for t in c21.TEMPLATES if t.half == h}
        assert {t.family for t in c21.TEMPLATES if t.half == h} == set(c21.FAMILIES)
    instr = {h: {r["text"].split("\n")[0] for r in recs} for h, recs in halves.items()}
    assert not instr["dev"] & instr["test"]
    assert not c21.name_tokens("dev") & c21.name_tokens("test")
    assert not c21.town_pool("dev") & c21.town_pool("test")
    assert not c21.street_pool("dev") & c21.street_pool("test")
    comps = {h: {r["text"] for r in recs} for h, recs in halves.items()}
    for i, co in enumerate(c21.COMPANIES):  # each company in one half only
        other = "test" if i % 2 == 0 else "dev"
        assert not any(co[1] in t for t in comps[other]), co[0]


def test_labelled_values_disjoint_between_halves(halves):
    values_disjoint_between_halves(halves, c21.TYPES)


def test_every_type_in_both_halves_mostly_people_and_contacts(halves):
    counts = similar_type_mix(halves, c21.TYPES, 4)
    for h in c21.HALVES:
        total = sum(counts[h].values())
        assert sum(counts[h][t] for t in MAIN) >= 0.8 * total


def test_people_written_as_mail_and_chat_tools_write_them(halves):
    for recs in halves.values():
        people = [(r["text"], s) for r in recs for s in r["spans"] if s["type"] == "PERSON"]
        values = [s["value"] for _, s in people]
        assert any(" " not in v and v[0].isupper() for v in values)  # a first name alone
        assert any(re.fullmatch(r"[a-z-]+\.[a-z-]+", v) for v in values)  # a chat handle
        assert any(re.fullmatch(r"[\w'-]+( [\w'-]+)*, [\w'-]+( [\w'-]+)*", v) for v in values)  # Last, First
        assert any(v.isupper() for v in values)
        assert any(re.search(r"[À-žİı]", v) for v in values)
        # a work e-mail of a named person is labelled, generic mailboxes are not
        mails = [s["value"] for r in recs for s in r["spans"] if s["type"] == "EMAIL_ADDRESS"]
        assert any(m.split("@")[1] in {c[1] for c in c21.COMPANIES} for m in mails)
        assert not any(re.match(r"(support|noreply|news|accounts)@", m) for m in mails)


def test_birth_dates_near_a_birth_cue(halves):
    cue = re.compile(r"(birth|DOB|Geburtsdatum|naissance|nacimiento|nascita|Geboortedatum|nascimento|"
                     r"urodzenia)", re.I)
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "DATE_OF_BIRTH":
                    assert cue.search(r["text"][max(0, s["start"] - 60):s["start"]]), r["id"]


def test_passcodes_are_not_secrets_but_passwords_are(halves):
    for recs in halves.values():
        for r in recs:
            text = r["text"]
            labelled = {s["value"] for s in r["spans"]}
            for m in re.finditer(r"(Passcode|Meeting ID|conference ID|PIN): ([\w ]+?)#?$", text, re.M):
                if "phone" in text[max(0, m.start() - 40):m.start()].lower() or m.group(1) != "PIN":
                    assert m.group(2) not in labelled, r["id"]
            for s in r["spans"]:
                if s["type"] == "SECRET":
                    before = text[max(0, s["start"] - 45):s["start"]].lower()
                    assert re.search(r"password|pw|pin|token|key|bearer", before), r["id"]


def test_value_shapes(halves):
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                v = s["value"]
                if s["type"] == "CREDIT_CARD":
                    digits = [int(c) for c in re.sub(r"\D", "", v)][::-1]
                    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
                                for i, d in enumerate(digits))
                    assert total % 10 == 0 and len(digits) in (15, 16), v
                if s["type"] == "IBAN_CODE":
                    raw = v.replace(" ", "")
                    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1, v
                if s["type"] == "US_SSN":
                    assert re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and not v.startswith(("000", "666", "9"))
                if s["type"] == "EMAIL_ADDRESS":
                    assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", v), v
                if s["type"] == "PHONE_NUMBER":
                    assert 9 <= len(re.sub(r"\D", "", v)) <= 13, v
                    assert v not in {c[2] for c in c21.COMPANIES}
                if s["type"] == "IP_ADDRESS":
                    assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, v


def test_cli_writes_jsonl(capsys):
    assert c21.main(["--half", "test", "--n", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all(re.match(r'\{"id": "c21-test-\d"', x) for x in lines)
