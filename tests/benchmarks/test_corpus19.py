"""corpus19: shape, exact spans, determinism, split discipline, address formats, mix (fast, no scrubber)."""

import re
from collections import Counter

import pytest

from benchmarks import corpus19 as c19
from tests.benchmarks.corpora import (
    fast_and_seeded,
    same_in_fresh_processes,
    similar_type_mix,
    spans_exact_and_judged,
    values_disjoint_between_halves,
)

EXTRAS = ("PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH")


@pytest.fixture(scope="module")
def halves():
    return {h: c19.generate(h) for h in c19.HALVES}


def test_sizes_ids_and_meta(halves):
    for h, recs in halves.items():
        assert len(recs) == c19.SIZES[h] == 300
        for i, r in enumerate(recs):
            assert r["id"] == f"c19-{h}-{i}"
            m = r["meta"]
            assert m["kind"] in ("positive", "negative") and m["lang"] in c19.LANGS
            assert (m["kind"] == "negative") == ("neg_class" in m)
            if m["kind"] == "positive":
                assert m["cls"] in c19.CLASSES and r["spans"]
            else:
                assert m["neg_class"] in c19.NEG_CLASSES and not r["spans"]
            first = r["text"].split("\n")[0]
            assert 10 < len(first) < 120, r["id"]  # an instruction first
            assert all(s["start"] > len(first) for s in r["spans"]), r["id"]


def test_fast_deterministic_and_seeded(halves):
    fast_and_seeded(c19, halves)


def test_same_records_across_processes():
    same_in_fresh_processes("corpus19", "test", 40)
    same_in_fresh_processes("corpus19", "dev", 25)


def test_spans_exact_and_every_occurrence_labelled(halves):
    spans_exact_and_judged(c19, halves)


def test_thirty_percent_negatives_of_every_class(halves):
    for recs in halves.values():
        negs = [r for r in recs if r["meta"]["kind"] == "negative"]
        assert len(negs) == 90
        classes = Counter(r["meta"]["neg_class"] for r in negs)
        assert set(classes) == set(c19.NEG_CLASSES) and min(classes.values()) >= 6, classes
        assert any(r["meta"]["lang"] != "en" for r in negs)


def test_negatives_hold_no_pool_name_or_contact(halves):
    toks = {t for h in c19.HALVES for t in c19.name_tokens(h) if len(t) > 3}
    for recs in halves.values():
        for r in recs:
            if r["meta"]["kind"] == "negative":
                words = set(re.findall(r"[\w'-]+", r["text"]))
                assert not words & toks, (r["id"], words & toks)
                assert "@" not in r["text"] and not re.search(r"\d{6,}", r["text"]), r["id"]


def test_negatives_tempt_a_place_or_person_detector(halves):
    # every negative names capitalised places, people or brands beyond its first word
    for recs in halves.values():
        for r in recs:
            if r["meta"]["kind"] == "negative":
                body = r["text"].split("\n", 2)[2]
                caps = re.findall(r"\b[A-ZÀ-Ž][\wÀ-ž'-]+", body)
                assert len(caps) >= 2, r["id"]


def test_languages_three_quarters_english_and_local_addresses(halves):
    for recs in halves.values():
        langs = Counter(r["meta"]["lang"] for r in recs)
        assert langs["en"] == 225 and set(langs) == set(c19.LANGS), langs
        for r in recs:
            lang = r["meta"]["lang"]
            if lang != "en" and r["meta"]["kind"] == "positive":
                assert set(r["meta"]["countries"]) <= set(c19.LANG_COUNTRIES[lang]), r["id"]


def test_templates_disjoint_and_every_class_in_both_halves(halves):
    used = {h: {r["meta"]["template"] for r in recs} for h, recs in halves.items()}
    assert not used["dev"] & used["test"]
    for h, recs in halves.items():
        assert used[h] == {t.name for t in c19.TEMPLATES if t.half == h}
        assert {r["meta"]["cls"] for r in recs if r["meta"]["kind"] == "positive"} == set(c19.CLASSES)
    instr = {h: {r["text"].split("\n")[0] for r in recs} for h, recs in halves.items()}
    assert not instr["dev"] & instr["test"]


def test_pools_disjoint_between_halves():
    assert not c19.name_tokens("dev") & c19.name_tokens("test")
    assert not set(c19.name_pool("dev")) & set(c19.name_pool("test"))
    assert not c19.town_pool("dev") & c19.town_pool("test")
    for c in c19.COUNTRIES.values():
        assert not set(c19._split(c.streets, "dev")) & set(c19._split(c.streets, "test"))
        for pool in (c.women, c.men, c.last, c.streets, c.towns):
            assert len(pool) >= 6 and len(set(pool)) == len(pool)
    every = [x for c in c19.COUNTRIES.values() for x in c.women + c.men + c.last]
    assert len(every) == len(set(every))


def test_labelled_values_disjoint_between_halves(halves):
    values_disjoint_between_halves(
        halves, ("PERSON", "LOCATION", "EMAIL_ADDRESS", "PHONE_NUMBER"),
        lambda v: v.lower() not in {n.removeprefix("the ").lower() for n in c19.COUNTRY_NAMES})


def test_every_type_in_both_halves_with_a_similar_mix(halves):
    counts = similar_type_mix(halves, c19.TYPES, 20)
    for h in c19.HALVES:
        assert counts[h]["LOCATION"] >= 400


def test_extras_in_about_a_third_of_positives(halves):
    for recs in halves.values():
        pos = [r for r in recs if r["meta"]["kind"] == "positive"]
        with_extras = [r for r in pos if any(s["type"] in EXTRAS for s in r["spans"])]
        assert 0.25 <= len(with_extras) / len(pos) <= 0.45
        assert all(r["meta"]["extras"] for r in with_extras)


def test_birth_dates_follow_a_birth_cue(halves):
    cue = re.compile(r"(birth|DOB|naissance|nascimento|Geburt|nacimiento|nascita|geboren|urodzenia)", re.I)
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "DATE_OF_BIRTH":
                    assert cue.search(r["text"][max(0, s["start"] - 40):s["start"]]), r["id"]


def test_address_formats_of_many_countries(halves):
    patterns = {
        "US": r", [A-Z]{2} \d{5}$",
        "GB": r"\b[A-Z]{1,2}\d \d[A-Z]{2}$",
        "IE": r"\b[A-Z]\d{2} [A-Z0-9]{4}$",
        "DE/AT/CH": r"(straße|strasse|gasse|weg|platz) \d+",
        "FR": r"^\d+( bis)? (rue|avenue|boulevard|impasse|chemin)",
        "ES": r"\d+º [A-D]",
        "IT": r"\d{5} \S.* \([A-Z]{2}\)$",
        "NL": r"\b\d{4} [A-Z]{2} [A-Z]",
        "BE": r" (bus|bte) \d",
        "SE": r"\b\d{3} \d{2} [A-ZÅÄÖ]",
        "DK": r"\d+\. (th|tv|mf)\.",
        "FI": r"katu \d+ [ABC] \d+",
        "PL": r"\b\d{2}-\d{3} ",
        "PT": r"\b\d{4}-\d{3} ",
        "BR": r"\d{5}-\d{3}",
        "MX": r"Col\. ",
        "IN": r"\b(Near|Opp\.|Opposite|Behind) ",
        "JP": r"\d-\d+-\d+ ",
        "KR": r"(-ro|-daero|-gil)\b",
        "AU": r" (VIC|NSW|QLD|WA|SA|TAS) \d{4}$",
        "NG": r"(Plot \d+|Lekki|Victoria Island|Wuse|State)",
        "KE": r"P\.O\. Box \d+-\d{5}",
        "ZA": r"\b(Menlo Park|Parktown North|Observatory|Morningside|Die Boord|Central)\b",
        "PH": r"\bBrgy\. ",
        "PO box": r"\bPO Box \d+",
        "flat/unit": r"\b(Flat|Apt|Unit|Apartment|apto|Depto\.|int\.|lgh)\b",
    }
    for recs in halves.values():
        locs = [s["value"] for r in recs for s in r["spans"] if s["type"] == "LOCATION"]
        missing = [k for k, p in patterns.items() if not any(re.search(p, v, re.M) for v in locs)]
        assert not missing, missing
        pos = [r for r in recs if r["meta"]["kind"] == "positive"]
        assert len({cc for r in pos for cc in r["meta"]["countries"]}) == len(c19.COUNTRIES)


def test_addresses_on_one_line_and_on_several(halves):
    for recs in halves.values():
        multi = one = 0
        for r in recs:
            locs = [s for s in r["spans"] if s["type"] == "LOCATION"]
            for a, b in zip(locs, locs[1:], strict=False):
                multi += r["text"][a["end"]:b["start"]] == "\n"
            one += sum("," in s["value"] and re.search(r"\d", s["value"]) is not None for s in locs)
        assert multi >= 15 and one >= 100, (multi, one)


def test_places_alone_tied_to_people(halves):
    cues = re.compile(r"(from|in|to|near|at|de|da|van|aus|a|em|w|z|à|ze)\s+$|\($|\| $|, $")
    for recs in halves.values():
        alone = [(r, s) for r in recs for s in r["spans"]
                 if s["type"] == "LOCATION" and not re.search(r"\d", s["value"])]
        assert len(alone) >= 150
        near = [1 for r, s in alone if cues.search(r["text"][max(0, s["start"] - 8):s["start"]])]
        assert len(near) >= 0.8 * len(alone)
        stations = [1 for r, s in alone if r["text"][s["end"]:s["end"] + 8] == " station"]
        assert stations


def test_people_written_many_ways(halves):
    for recs in halves.values():
        people = [(r["text"], s) for r in recs for s in r["spans"] if s["type"] == "PERSON"]
        values = [s["value"] for _, s in people]
        assert any(re.fullmatch(r"[^,]+, [^,]+", v) for v in values)  # Last, First
        assert any(" " not in v for v in values)  # a given name alone
        assert any(v.islower() for v in values)
        assert any(re.fullmatch(r"[A-ZÀ-Ž-]{2,} \S+", v) for v in values)  # SURNAME Given
        assert any(re.search(r"[À-ž]", v) for v in values)
        assert set(c19.NICKS) & set(values)
        before = {t[max(0, s["start"] - 8):s["start"]] for t, s in people}
        title = re.compile(r"\b(Mrs|Ms|Mr|Fr|Frau|Herrn?|Mme|M\.|Sra\.|Sr\.|Sig\.ra|Sig\.|mevrouw|meneer|D\.|"
                           r"Pani|Pan|ks\.) $")
        titles = {m[1] for b in before if (m := title.search(b))}
        assert len(titles) >= 6, titles


def test_cultures_of_the_names(halves):
    by_name = {}
    for cc, c in c19.COUNTRIES.items():
        for x in c.women + c.men + c.last:
            by_name[x] = cc
    for recs in halves.values():
        seen = {by_name[t] for r in recs for s in r["spans"] if s["type"] == "PERSON"
                for t in re.split(r", | ", s["value"]) if t in by_name}
        assert len(seen) == len(c19.COUNTRIES)


def test_phone_and_mail_shapes(halves):
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "PHONE_NUMBER":
                    assert 8 <= len(re.sub(r"\D", "", s["value"])) <= 13, s["value"]
                    assert re.fullmatch(r"[+\d(][\d ()-]+\d", s["value"]), s["value"]
                if s["type"] == "EMAIL_ADDRESS":
                    assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", s["value"]), s["value"]
        intl = [s for r in recs for s in r["spans"] if s["type"] == "PHONE_NUMBER" and s["value"][0] == "+"]
        assert len({s["value"].split()[0] for s in intl}) >= 10


def test_public_places_in_positives_are_not_labelled(halves):
    offices = set(c19.OFFICES)
    for recs in halves.values():
        labelled = {s["value"] for r in recs for s in r["spans"]}
        assert not labelled & offices
        assert not labelled & set(c19.COMPANIES)


def test_cli_writes_jsonl(capsys):
    assert c19.main(["--half", "test", "--n", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all(re.match(r'\{"id": "c19-test-\d"', x) for x in lines)
