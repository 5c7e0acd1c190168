"""cuespeed23: cheaper name cues, national ids and generated values, and a leaner answer from the second
process; every shortcut pinned to what the work it skips would have found."""

import pytest
import regex

from benchmarks import corpus

# Prompts of the kinds the shortcuts are about, then generated ones
_PROBES = [
    "Dear Ms Okafor,\nthe landlord \nMarisol called again. Thanks,\nbest, tendai\n",
    "kind regards, siobhan o'neill\nCheers, Nilu",
    "Rigoberto, age 7, is allergic to nuts.\n- Tavita, 12 years old\n- Sina, 9yo",
    "Robert \"Bobby\" Kaminski will join. Ask (Babak set it up) or 'Sam' Lee.",
    "ana.li  [9:14 AM]\nhey can you check the deploy\nAna Li\n9:14 AM\nsure\nmeet at 10:30 tomorrow",
    "giuseppe92  10.30pm \nsent the logs",
    "présents جوليا التوتنجي, reply to зорян михайличенко about the note from राहुल शर्मा",
    "Ирина Hanım iadeyi istiyor; José and Zoë met Ms Núñez in Málaga.",
    "owner: emilie - on-call: priya\noncall = jorge\nOwner: ana ruiz\ncreated by: kemal",
    "The reviewer commented: looks good. tomasz replied \"ok\".\nJanet commented on the PR",
    "Il codice fiscale è RSSMRA85T10A562S, il mio rssmra85t10a562s; ſTRANGE12A34B567C",
    "my token is aB3dE5fG7hJ9kL1mN3pQ and the build id build-2024-ABCdef and café1234567ABcd",
    "Table 2: Oksana, Bogdan, Joy, Will\n- 18:00 Hope (yes, +1)\n- 18:30 Faith (maybe)\n\tWed: Faith\n",
    "pls ask the \tlandlord and my  neighbour  Odhiambo",
    "ping j.smith and priya.k; see ünal.öz or config.yaml. Okafor’s laptop died, Ngozi is out today.",
    "Anna will cover Monday and Joy's shift; (ask Tendai) or 'Bo' Lee",
]


def _texts() -> list[str]:
    return _PROBES + [t.lower() for t in _PROBES] + corpus.prompts(60, 1000, seed=23)


def _all_characters() -> str:
    return "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))


def test_no_letter_of_the_other_scripts_comes_before_the_greek_block() -> None:
    """``_other_script`` skips texts whose characters all come before U+0370."""
    from scrubber.recognizers import name_cues

    assert name_cues._RTL.search("".join(map(chr, range(ord(name_cues._RTL_FLOOR))))) is None
    assert name_cues._other_script("Hi Ωmega") and name_cues._other_script("ok Сергей")
    assert not name_cues._other_script("José Müller, Ærø, Łódź")


def test_the_codice_fiscale_hint_takes_every_character_the_format_takes() -> None:
    """The hint's classes hold whatever the format's (?i) classes match: "ſ" and the Kelvin sign too."""
    from scrubber.recognizers import national_ids

    every = _all_characters()
    for theirs, mine in (("[A-Z]", national_ids._CF_LETTER), ("[0-9LMNPQRSTUV]", national_ids._CF_OMO),
                         ("[ABCDEHLMPRST]", national_ids._CF_MONTH)):
        assert set(regex.findall(f"(?i:{theirs})", every)) <= set(regex.findall(mine, every)), theirs
    cf = national_ids._FORMATS[0][1]
    for text in _texts():
        if cf.search(text):
            assert national_ids._CF_HINT.search(text), text[:60]


@pytest.mark.parametrize("text", ["Il mio codice fiscale è RSSMRA85T10A562S, grazie.",
                                  "codice fiscale: rssmra85t10a562s"])
def test_a_codice_fiscale_is_still_found(scrubber, text) -> None:
    found = [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "NATIONAL_ID"]
    assert found and found[0].upper() == "RSSMRA85T10A562S"


def test_a_word_shaped_like_a_codice_fiscale_is_no_id(scrubber) -> None:
    text = "The PROJECTNAME85T10A562 build failed again on the release branch."
    assert [s for s in scrubber.analyze(text) if s.type == "NATIONAL_ID"] == []


def test_gates_find_every_text_their_patterns_match() -> None:
    """Each gate is a part of every match of the pattern it guards."""
    from scrubber.recognizers import name_cues as m

    pairs = [(m._AGED_COMMA, m._AGED_GATE.search), (m._EXPORT_HEADER, m._TIME_ENDS_LINE.search),
             (m._SIGNED_LOWER, m._SIGNED_LOWER_TAIL.search), (m._NICKNAME, m._NICKNAME_GATE.search),
             (m._DOTTED, m._DOTTED_GATE.search),
             (m._SLOT_AFTER, lambda text: any(w in text for w in m._SLOT_AFTER_NEEDS))]
    for pattern, gate in pairs:
        hits = 0
        for text in _texts():
            if pattern.search(text):
                hits += 1
                assert gate(text), (pattern.pattern[:40], text[:60])
        assert hits, pattern.pattern[:40]


def test_the_determiner_before_a_cue_is_read_as_the_regex_reads_it() -> None:
    """``_with_determiner`` reads the regex only after a space, tab or newline: the same start elsewhere."""
    from scrubber.recognizers import name_cues as m

    for text in _texts():
        for start in range(len(text)):
            before = text[max(0, start - 7):start]
            found = m._DETERMINER_BEFORE.search(before)
            assert m._with_determiner(text, start) == (start - len(found.group()) if found else start)


def test_a_plain_gap_has_its_own_shape() -> None:
    from scrubber.recognizers import name_cues as m

    def slow(gap: str) -> str:
        gap = m._GAP_DIGITS.sub("9", m._GAP_NOTE.sub("()", gap))
        return m._GAP_SPACE.sub(" ", m._GAP_WORDS.sub("a", gap))

    gaps = [", ", " / ", " - ", "\t", "  ", ", and ", " (yes, +1), ", " x4 ", ": ", " – ", "é", " | ", "->",
            "·", " [", "] ", "; ", "_", " ", ""]
    for text in _texts():
        gaps += [text[i:i + n] for i in range(0, len(text), 5) for n in (1, 2, 3, 6)]
    for gap in gaps:
        assert m._shape(gap) == slow(gap), repr(gap)


def test_name_cue_patterns_tried_at_their_words_or_gated_find_what_a_scan_finds() -> None:
    from scrubber.recognizers._base import matches_at
    from scrubber.recognizers.name_cues import NameCueRecognizer

    rec = NameCueRecognizer()
    for name in ("lower-case field value", "commenter"):
        pattern = next(p for p in rec.patterns if p.name == name)
        compiled = regex.compile(pattern.regex, rec.global_regex_flags)
        starts = rec._starts.get(name)
        found = 0
        for text in _texts():
            scanned = [m.span() for m in compiled.finditer(text)]
            pos = rec.start_of(pattern, text)
            matches = () if pos is None else compiled.finditer(text, pos) if starts is None \
                else matches_at(compiled, text, pos, starts(text))
            assert [m.span() for m in matches] == scanned, (name, text[:60])
            found += len(scanned)
        assert found, name


@pytest.mark.parametrize("text, name", [
    ("# owner: emilie - migrations", "emilie"),
    ("on-call: priya\nthe pager is quiet", "priya"),
    ("Janet commented: the fix looks right", "Janet"),
    ("[9:14] Rostami, Babak 10:02\nwe should ship\n[9:20] Ana Li 10:05\nok", "Babak"),
    ("Hi team, pls review.\nthanks, siobhan", "siobhan"),
    ("Rigoberto, age 7, is allergic to nuts", "Rigoberto"),
])
def test_people_the_shortcuts_let_through_are_found(scrubber, text, name) -> None:
    people = [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "PERSON"]
    assert any(name in p for p in people), people


@pytest.mark.parametrize("text", [
    "owner: platform team\nstatus: open",
    "The build commented out the flaky test.",
    "Total, 12 years of data; regards, the team",
])
def test_look_alikes_stay_untouched(scrubber, text) -> None:
    assert [s for s in scrubber.analyze(text) if s.type == "PERSON"] == []


def test_generated_values_tried_at_mixed_runs_are_those_a_scan_accepts() -> None:
    from scrubber.recognizers._base import matches_at
    from scrubber.recognizers.high_entropy import HighEntropyLiteralRecognizer

    rec = HighEntropyLiteralRecognizer()
    pattern = next(p for p in rec.patterns if p.name == "generated value after a name")
    compiled = regex.compile(pattern.regex, rec.global_regex_flags)
    odd = ["x=aB3dE5fG7hJ9kL1mN3pQ==", "é aB3dE5fG7hJ9kL1mN3pQ@x", "éaB3dE5fG7hJ9kL1mN3pQ",
           "aB3dE5fG7hJ9kL1mN3pQé", "k=" + "aB3dE5" * 50, "cloudflare: q8Vz3LmN0pR7sT2uW5xY",
           "OKTA=00aBcD3fGhIjK"]
    accepted = 0
    for text in _texts() + odd:
        scanned = [m.span() for m in compiled.finditer(text) if rec.accept_match(m)]
        tried = [m.span() for m in matches_at(compiled, text, 0, rec._starts[pattern.name](text))
                 if rec.accept_match(m)]
        assert tried == scanned, text[:60]
        accepted += len(scanned)
    assert accepted


def test_a_generated_key_is_still_found_and_a_word_is_not(scrubber) -> None:
    text = "cloudflare: q8Vz3LmN0pR7sT2uW5xYa1B\nconfiguration management documentation"
    secrets = [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "SECRET"]
    assert secrets == ["q8Vz3LmN0pR7sT2uW5xYa1B"]


def test_results_cross_the_pipe_unchanged() -> None:
    from presidio_analyzer import AnalysisExplanation, RecognizerResult

    from scrubber.pattern_process import packed, unpacked

    class Odd(RecognizerResult):
        pass

    explained = RecognizerResult("PERSON", 3, 9, 0.4, AnalysisExplanation("R", 0.4), {"recognizer_name": "R"})
    plain = RecognizerResult("EMAIL_ADDRESS", 10, 30, 0.9, None, {"recognizer_name": "E"})
    extra = RecognizerResult("PERSON", 1, 2, 0.5, None, {})
    extra.note = "kept"
    found = [{"R": [explained, plain], "E": [], "O": [Odd("X", 0, 1, 1.0, None, {}), extra]}]
    back = unpacked(packed(found))
    assert [list(back[0])] == [["R", "E", "O"]]
    for mine, theirs in zip(back[0]["R"] + back[0]["O"], found[0]["R"] + found[0]["O"], strict=True):
        assert type(mine) is type(theirs) and vars(mine) == vars(theirs)
    assert packed(found)[0]["R"][1] == ("EMAIL_ADDRESS", 10, 30, 0.9, None, {"recognizer_name": "E"})
