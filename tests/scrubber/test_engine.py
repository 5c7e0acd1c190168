"""The scrubber on the real spaCy model: replace, restore, stable placeholders, term lists."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrubber.engine import resolve_overlaps
from scrubber.errors import ScrubberError
from scrubber.restore import restore
from scrubber.types import ScrubOptions, Span

PROMPT = "Please write to John Smith at john.smith@example.com; his card is 4111 1111 1111 1111."


def test_scrub_replaces_and_restores(scrubber):
    r = scrubber.scrub([PROMPT])
    out = r.texts[0]
    for value in ("John Smith", "john.smith@example.com", "4111 1111 1111 1111"):
        assert value not in out
    assert {"<PERSON_1>", "<EMAIL_ADDRESS_1>", "<CREDIT_CARD_1>"} <= set(r.mapping)
    assert restore(out, r.mapping) == PROMPT
    assert r.counts["EMAIL_ADDRESS"] == 1
    ent = next(e for e in r.entities[0] if e.type == "EMAIL_ADDRESS")
    assert PROMPT[ent.start:ent.end] == "john.smith@example.com" and ent.placeholder == "<EMAIL_ADDRESS_1>"


def test_same_value_same_placeholder_across_turns(scrubber):
    # Each turn re-sends the history; the client saw restored answers, so history holds original values.
    turn1 = ["Summarise the complaint from jane.roe@example.org."]
    turn2 = [*turn1, "Done: jane.roe@example.org is upset.",
             "Now reply to jane.roe@example.org and bob@example.net."]
    r1, r2 = scrubber.scrub(turn1), scrubber.scrub(turn2)
    assert r1.texts[0] == r2.texts[0]  # history scrubs identically on every turn
    assert r2.texts[1] == "Done: <EMAIL_ADDRESS_1> is upset."
    assert r2.texts[2] == "Now reply to <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>."
    assert r2.mapping == {"<EMAIL_ADDRESS_1>": "jane.roe@example.org", "<EMAIL_ADDRESS_2>": "bob@example.net"}


def test_placeholder_typed_by_the_user_is_never_reused(scrubber):
    text = "Template uses <EMAIL_ADDRESS_1>; real one is bob@example.net."
    r = scrubber.scrub([text])
    assert r.texts[0] == "Template uses <EMAIL_ADDRESS_1>; real one is <EMAIL_ADDRESS_2>."
    assert restore(r.texts[0], r.mapping) == text


def test_allow_and_deny_terms(scrubber):
    text = "Acme Corp works on Project Falcon with John Smith."
    r = scrubber.scrub([text], ScrubOptions(allow_terms=("John Smith",), deny_terms=("project falcon",)))
    assert "Project Falcon" not in r.texts[0] and "<CONFIDENTIAL_1>" in r.texts[0]
    assert "John Smith" in r.texts[0]


def test_entity_actions(scrubber):
    opts = ScrubOptions(entity_actions={"EMAIL_ADDRESS": "mask", "CREDIT_CARD": "block", "DEFAULT": "allow"})
    r = scrubber.scrub([PROMPT], opts)
    assert "<EMAIL_ADDRESS>" in r.texts[0] and "John Smith" in r.texts[0]
    assert r.blocked_types == {"CREDIT_CARD"}
    assert "<EMAIL_ADDRESS>" not in r.mapping  # masked values are not restorable


def test_empty_and_whitespace_texts(scrubber):
    r = scrubber.scrub(["", "   ", "\n"])
    assert r.texts == ["", "   ", "\n"] and r.mapping == {}


def test_resolve_overlaps_covers_every_overlapping_span_whole():
    spans = [Span("PERSON", 0, 10, 0.6), Span("EMAIL_ADDRESS", 5, 20, 1.0), Span("LOCATION", 25, 30, 0.5)]
    assert resolve_overlaps(spans) == [Span("EMAIL_ADDRESS", 0, 20, 1.0), Span("LOCATION", 25, 30, 0.5)]
    # a better-scored span inside a longer one: the longer one's type, nothing of it left out
    spans = [Span("LOCATION", 7, 14, 0.9), Span("PERSON", 0, 14, 0.85)]
    assert resolve_overlaps(spans) == [Span("PERSON", 0, 14, 0.9)]
    # a chain of overlaps is one span; equal spans are one
    spans = [Span("PHONE_NUMBER", 0, 5, 0.5), Span("US_SSN", 4, 9, 0.9), Span("PERSON", 8, 12, 0.7),
             Span("IP_ADDRESS", 20, 25, 0.6), Span("IP_ADDRESS", 20, 25, 0.6)]
    assert resolve_overlaps(spans) == [Span("US_SSN", 0, 12, 0.9), Span("IP_ADDRESS", 20, 25, 0.6)]
    assert resolve_overlaps([]) == []


def test_a_name_partly_under_a_better_scored_place_does_not_leak(scrubber):
    text = "Please book a room for Camila Barbosa next week."
    out = scrubber.scrub([text]).texts[0]
    assert "Camila" not in out and "Barbosa" not in out


pieces = st.sampled_from([
    "John Smith", "jane@example.com", "4111 1111 1111 1111", "<PERSON_1>", "<person_2>", " ", ", ", ". ",
    "Call me", "at", "about the invoice", "Maria García", "192.168.0.12", "\n", "<", ">", "é",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(pieces, max_size=12).map("".join), min_size=1, max_size=3))
def test_restore_of_scrub_is_identity(scrubber, texts):
    r = scrubber.scrub(texts)
    assert [restore(t, r.mapping) for t in r.texts] == texts


def test_windows_cover_text_with_overlap():
    from scrubber.engine import windows

    text = ("word " * 50_000).strip()
    bounds = windows(len(text), text, window=10_000, overlap=500)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    for (_, b1), (a2, _) in zip(bounds, bounds[1:], strict=False):
        assert a2 < b1 and b1 - a2 >= 400  # consecutive windows overlap
        assert text[b1 - 1] != " " or b1 == len(text)


def test_long_text_is_scrubbed_across_windows(scrubber, monkeypatch):
    import scrubber.engine as eng

    monkeypatch.setattr(eng, "WINDOW", 2_000)
    monkeypatch.setattr(eng, "OVERLAP", 300)
    filler = "The quarterly numbers look fine and nothing else is noteworthy here. " * 60
    text = filler + "Contact mary.major@example.com today. " + filler + "Or write to ann.lee@example.org."
    r = scrubber.scrub([text])
    assert "mary.major@example.com" not in r.texts[0] and "ann.lee@example.org" not in r.texts[0]
    assert restore(r.texts[0], r.mapping) == text
    assert r.counts["EMAIL_ADDRESS"] == 2  # found once each, not once per overlapping window


def test_language_without_model_gets_default_ner_and_is_reported(scrubber):
    german = "Bitte schicke die Rechnung an Hans Müller, hans.mueller@example.de, Telefon +49 30 1234567."
    r = scrubber.scrub([german, "Please ask Maria Garcia about the renewal of the contract."])
    assert r.languages == ["de", "en"]
    assert r.unmodelled_languages == {"de"}
    assert "hans.mueller@example.de" not in r.texts[0] and "+49 30 1234567" not in r.texts[0]
    assert "Hans Müller" not in r.texts[0]  # the default model's NER runs on every language
    assert "Rechnung" in r.texts[0]  # a noun after an article is no name (English NER tags German nouns)
    assert "Maria Garcia" not in r.texts[1]


def test_no_word_of_a_request_stays_in_spacy_vocabularies(scrubber):
    """spaCy keeps every new word it tokenizes for the life of the process: names in memory forever, and
    tens of MB per thousand requests. Analysis runs in memory zones, so nothing of a prompt is kept."""
    words = ["Zorblaxian", "Quentworth", "qx77zzticket", "Hulzmeyerin", "Kleinsteinbachhausen"]
    result = scrubber.scrub(["Please email Mr Zorblaxian Quentworth about ticket qx77zzticket.",
                             "Bitte rufen Sie Frau Hulzmeyerin an, sie wohnt in Kleinsteinbachhausen."])
    assert result.languages == ["en", "de"]  # both ran through the English model
    assert "<PERSON_1>" in result.texts[0]
    for pipeline in scrubber._pipelines:
        assert not [w for w in words if w in pipeline.vocab.strings]


def test_known_analyses_are_used_instead_of_analysing_again(scrubber):
    """What one worker analysed (``ScrubResult.analyses`` / ``prepare``) serves another: the known analysis is
    taken as is (here a made-up one, so the test sees it was not re-analysed)."""
    from scrubber.engine import cache_key
    from scrubber.types import ScrubOptions, Span

    options = ScrubOptions()
    text = "Acme shipped the order on time for Zelda Quorrington."
    made_up = {cache_key(text, options): ("en", [Span("PERSON", 0, 4, 0.99)])}
    r = scrubber.scrub([text], options, known=made_up)
    assert r.texts == ["<PERSON_1> shipped the order on time for Zelda Quorrington."]
    assert r.analyses == made_up  # handed back, so the caller can share it further

    fresh = "Please call Maria Garcia about the invoice today."
    prepared = scrubber.prepare([fresh, "  "], options)
    assert list(prepared) == [cache_key(fresh, options)]  # blank texts are not analysed or shared
    assert [s.type for s in prepared[cache_key(fresh, options)][1]] == ["PERSON"]
    assert scrubber.scrub([fresh], options).analyses == prepared


def test_pattern_thread_gives_the_same_results_as_analysing_in_line(scrubber):
    """Pattern recognizers run on a second thread while spaCy works; Presidio then uses their results.
    The outcome must be exactly what Presidio finds calling every recognizer itself."""
    from benchmarks import corpus

    texts = corpus.prompts(12, 700, seed=5) + ["Call Maria Garcia at +1 415 555 0134 or maria@example.com."]
    texts = [t for t in texts if scrubber._detector.detect(t) == "en"]  # the English model's path
    assert len(texts) >= 10
    nlp = scrubber.analyzer.nlp_engine
    for text in texts:
        scrubber._cache.clear()
        threaded = scrubber.analyze(text)
        with scrubber._pipelines[0].memory_zone():
            (_, artifacts), = nlp.process_batch([text], "en")
            in_line = scrubber._analyze_one(text, ScrubOptions(), artifacts)  # no precomputed results
        assert threaded == in_line


def test_a_failing_pattern_recognizer_fails_the_scrub_closed(scrubber, monkeypatch):
    recognizer = scrubber._text_recognizers[0]

    def broken(*args, **kwargs):
        raise RuntimeError("boom with secret-ish details")

    monkeypatch.setattr(recognizer, "find", broken)
    monkeypatch.setattr(scrubber, "_pattern_process", None)  # the recognizers run here, as after a fallback
    scrubber._cache.clear()
    with pytest.raises(ScrubberError) as err:
        scrubber.scrub(["Please email Jane Doe at jane@example.com about order 4411."])
    assert "Jane" not in str(err.value) and "boom" not in str(err.value)


def test_groups_bound_the_characters_analysed_together():
    from scrubber.engine import _groups

    assert _groups(["a", "b", "c", "d"], [5, 5, 5, 20], 10) == [["a", "b"], ["c"], ["d"]]
    assert _groups(["big"], [50], 10) == [["big"]]  # one text larger than the limit is its own group
    assert _groups([], [], 10) == []


def test_pattern_recognizers_run_once_per_text_on_the_pattern_thread(scrubber, monkeypatch):
    import threading

    recognizer = next(r for r in scrubber._text_recognizers if type(r).__name__ == "EmailAddressRecognizer")
    calls: list[str] = []
    find = recognizer.find

    def spy(*args, **kwargs):
        calls.append(threading.current_thread().name)
        return find(*args, **kwargs)

    monkeypatch.setattr(recognizer, "find", spy)
    monkeypatch.setattr(scrubber, "_pattern_process", None)  # in-process (see test_pattern_process.py)
    scrubber._cache.clear()
    texts = ["Mail jane@example.com today.", "And bob@example.org tomorrow, please."]
    result = scrubber.scrub(texts)
    assert result.counts["EMAIL_ADDRESS"] == 2
    assert len(calls) == 2 and all(name.startswith("aiwarden-patterns") for name in calls)


def test_a_name_never_runs_across_a_line_break(scrubber):
    text = ("assignees:\n  - name: Małgorzata Novák\n    city: Sacramento\n"
            "  - name: Camila Barbosa\n    city: Porto Alegre")
    out = scrubber.scrub([text]).texts[0]
    assert "Camila" not in out and "Barbosa" not in out and "Porto Alegre" not in out
    # the YAML keeps its shape: every line break and indent is still there
    assert [line.split(":")[0] for line in out.splitlines()] == [
        "assignees", "  - name", "    city", "  - name", "    city"]


@pytest.mark.parametrize("text, kept", [
    ("Dear Khoa, thanks for the call.", "Dear "), ("Ms Tran called twice.", "Ms "),
    ("Hi Jessica,\nthe report is late.", "Hi "), ("Dear Mr. Okonkwo, thanks", "Dear Mr. "),
])
def test_greetings_and_honorifics_stay_outside_the_placeholder(scrubber, text, kept):
    out = scrubber.scrub([text]).texts[0]
    assert out.startswith(kept + "<PERSON_")  # the model answers "Dear <PERSON_1>", not "<PERSON_1>"


@pytest.mark.parametrize("text, kept", [
    # the sentence is no address line
    ("He lives at 221B Baker Street, London NW1 6XE.", "He lives at <LOCATION_"),
    ("I live at 4 Rue de la Paix, 75002 Paris", "I live at <LOCATION_"),
    ("Hola, soy Lucía Fernández de Madrid.", "Hola, soy <"),  # a greeting before a comma is no CSV cell
    # Best (a Dutch town) only after a place word
    ("Best regards,\nAnna Lindqvist", "Best regards,\n<PERSON_"),
])
def test_the_words_around_personal_data_stay(scrubber, text, kept):
    out = scrubber.scrub([text]).texts[0]
    assert out.startswith(kept)
    assert not any(v in out for v in ("Baker", "Paix", "Lucía", "Anna"))


@pytest.mark.parametrize("text, names", [
    ("We bank with Goldman Sachs and Wells Fargo.", []),
    ("Merrill Lynch analysts and Baker McKenzie lawyers agreed.", []),
    ("Jane Smith of Goldman Sachs called about Marks & Spencer.", ["Jane Smith"]),
    ("Call Morgan Stanley-Wright at 415-555-0199.", ["Morgan Stanley-Wright"]),  # a person, not the bank
    ("Dear Anna Goldman, Sachs called.", ["Anna Goldman", "Sachs"]),
    ("Our 3 founders: Gerste, Johnson and Johnson.", ["Gerste", "Johnson"]),  # people; the firm is "J & J"
])
def test_firms_named_like_people_are_not_people(scrubber, text, names):
    out = scrubber.scrub([text]).texts[0]
    assert ("<PERSON_" in out) == bool(names)
    for name in names:
        assert name not in out


@pytest.mark.parametrize(("text", "part", "whole"), [
    ("Dong-hyun will reset it", "Dong", "Dong-hyun"),
    ("Ask Marie-Claire today", "Claire", "Marie-Claire"),
    ("Ask Marie-Claire today", "Marie", "Marie-Claire"),
    ("see O'Rourke's note", "Rourke", "O'Rourke's"),
    ("ask Aleksandra now", "Aleks", "Aleksandra"),
])
def test_names_grow_to_whole_words(text, part, whole):
    from scrubber.name_filters import whole_words

    start = text.index(part)
    [grown] = whole_words(text, [Span("PERSON", start, start + len(part), 0.8)])
    assert text[grown.start:grown.end] == whole


def test_whole_words_leaves_other_types_and_word_edges_alone():
    from scrubber.name_filters import whole_words

    text = "call 555-0100-22 or Anna, then x"
    spans = [Span("PHONE_NUMBER", 5, 13, 0.6), Span("PERSON", 20, 24, 0.8)]
    assert whole_words(text, spans) == spans


@pytest.mark.parametrize("text, value, grown", [
    # a secret cut short grows to its token's end ...
    ("SECRET_KEY = 'django-insecure-k2^&ab9p-=*u7'", "django-insecure-k2", "django-insecure-k2^&ab9p-=*u7"),
    ("key: AbCd12+/Ef34%2Bx==", "AbCd12", "AbCd12+/Ef34%2Bx=="),
    # ... but not over the next parameter of a query or form body: what follows is protocol, not the key
    ("/token?client_secret=Zx81kQm2Lp0vR7tY3wE9&grant_type=client_credentials", "Zx81kQm2Lp0vR7tY3wE9",
     "Zx81kQm2Lp0vR7tY3wE9"),
    ('-d "client_secret=Zx81kQm2Lp0vR7tY3wE9&scope=read"', "Zx81kQm2Lp0vR7tY3wE9", "Zx81kQm2Lp0vR7tY3wE9"),
])
def test_secrets_grow_to_their_token_end_not_past_a_query_parameter(text, value, grown):
    from scrubber.name_filters import whole_words

    start = text.index(value)
    [span] = whole_words(text, [Span("SECRET", start, start + len(value), 0.7)])
    assert text[span.start:span.end] == grown


def test_whole_words_never_cross_a_line_break():
    from scrubber.name_filters import whole_words

    text = "name,email,city\nTara Hill,t@example.org,Cork"
    start = text.index("Tara")
    [grown] = whole_words(text, [Span("PERSON", start, start + 9, 0.9)])
    assert text[grown.start:grown.end] == "Tara Hill"


def test_an_address_block_stops_at_a_name_a_column_vouches_for():
    from scrubber.addresses import COLUMN_SCORE, assemble

    text = "name,city\nPina Zarlino,Cork\nZarlino, Pina,Lucca"
    cork, guess = text.index("Cork"), text.index("Zarlino, Pina")
    spans = [Span("LOCATION", cork, cork + 4, COLUMN_SCORE), Span("LOCATION", guess, guess + 7, 0.85),
             Span("PERSON", guess, guess + 13, COLUMN_SCORE)]
    places = [text[s.start:s.end] for s in assemble(text, spans) if s.type == "LOCATION"]
    assert "Cork" in places and not any("\n" in p for p in places)


@pytest.mark.parametrize(("text", "name"), [
    ("Patient: Quintero, Oleksandra | DOB 1990-01-01", "Quintero, Oleksandra"),
    ("Mein Name ist Bożena, ich wohne in Izmir", "Bożena"),
])
def test_a_name_a_cue_vouches_for_is_no_pair_of_places(scrubber, text, name):
    start = text.index(name)
    assert any(s.type == "PERSON" and (s.start, s.end) == (start, start + len(name))
               for s in scrubber.analyze(text))


def test_the_rest_of_a_list_of_names_are_names(scrubber):
    text = "The founders: Quillfeather, Maria and John met in 2019."
    start = text.index("Quillfeather")
    assert any(s.type == "PERSON" and s.start <= start and start + 12 <= s.end
               for s in scrubber.analyze(text))
    assert scrubber.analyze("We support Python, Java, Go and Rust.") == []


def test_a_name_joined_to_a_found_one_is_a_name(scrubber):
    text = "Invite Anna & Ben to the call."
    start = text.index("Ben")
    assert any(s.type == "PERSON" and s.start <= start and start + 3 <= s.end for s in scrubber.analyze(text))
    other = "Ask Maria and Kubernetes to agree"
    assert not any("Kubernetes" in other[s.start:s.end] for s in scrubber.analyze(other))
