"""The scrubber's fast paths give what the plain path gives: the pattern process detecting each text's
language while the model runs, the NER artifacts built before that answer for a guessed language (and rebuilt
when the guess was wrong), and the tokenizer's warmed cache."""

from benchmarks import corpus
from scrubber.engine import Scrubber
from scrubber.types import ScrubOptions

# English, German, French, Spanish and Italian prompts: the last four are foreign to the English model, so
# their artifacts are built for English first and again once the pattern process names their language.
TEXTS = [
    "Please call Maria Garcia at +1 415 555 0134 or write to maria.garcia@example.com today.",
    "Kontaktdaten von Hans Meier: Lindenstraße 12, 10115 Berlin, Telefon 030 1234567.",
    "Bonjour, je suis Camille Durand et j'habite 14 rue des Lilas à Lyon. Mon numéro est le 06 12 34 56 78.",
    "El clima está muy agradable hoy; Lucía Fernández vive en la Calle de Alcalá 45 de Madrid.",
    "Contatto di Marco Rossi: marco.rossi@example.it, nato il 12/03/1985 a Torino, via Roma 3.",
    # the model's entities here differ with the foreign-text rules (ner_spans.tidy) and without
    "Bitte fasse zusammen: Giorgio Bellini übernimmt ab Juni das Projekt, Nguyễn Văn An wechselt nach "
    "Bergen.",
    "Résume les nouveautés de Kindle Paperwhite pour l'équipe Support Niveau 2.",
]


def _plain(scrubber: Scrubber, text: str):
    """What the scrubber found before its fast paths: language detected here, the model through Presidio's
    process_batch with the foreign flag set, the recognizers run here."""
    lang = scrubber._detector.detect(text)
    nlp = scrubber.analyzer.nlp_engine
    nlp.foreign = lang != scrubber.language
    try:
        with scrubber._pipelines[0].memory_zone():
            (_, artifacts), = nlp.process_batch([text], scrubber.language)
            more = scrubber._second_look([text], scrubber.language)[0]
            scrubber._precomputed.results = scrubber._local_patterns([text])[0]
            try:
                spans = scrubber._analyze_one(text, ScrubOptions(), artifacts, more)
            finally:
                scrubber._precomputed.results = None
    finally:
        nlp.foreign = False
    return lang, spans


def test_languages_and_spans_from_the_pattern_process_match_the_plain_path(scrubber: Scrubber) -> None:
    assert scrubber.pattern_process_alive
    texts = TEXTS + corpus.prompts(6, 700, seed=29)
    assert len({scrubber._detector.detect(t) for t in TEXTS}) >= 4  # the foreign path is taken
    nlp = scrubber.analyzer.nlp_engine
    with scrubber._pipelines[0].memory_zone():  # and the rebuilt artifacts matter for some texts
        docs = [scrubber._pipelines[0](t) for t in TEXTS]
        assert any([e.start for e in nlp.artifacts(d, "en", True).entities]
                   != [e.start for e in nlp.artifacts(d, "en", False).entities] for d in docs)
    plain = [_plain(scrubber, t) for t in texts]
    scrubber._cache.clear()
    one_by_one = [scrubber.analyze_many([t])[0] for t in texts]
    scrubber._cache.clear()
    together = scrubber.analyze_many(texts)  # one request: one answer for all, artifacts per text
    assert one_by_one == plain
    assert together == plain


def test_ner_results_are_built_after_the_stealing_while_the_second_process_ends(scrubber: Scrubber,
                                                                               monkeypatch) -> None:
    assert scrubber.pattern_process_alive
    calls: list[str] = []
    nlp, process = scrubber.analyzer.nlp_engine, scrubber._pattern_process

    def recorded(name: str, f):
        return lambda *args: calls.append(name) or f(*args)

    monkeypatch.setattr(scrubber, "_steal", recorded("steal", scrubber._steal))
    monkeypatch.setattr(nlp, "artifacts", recorded("artifacts", nlp.artifacts))
    monkeypatch.setattr(process, "collect", recorded("collect", process.collect))
    found = scrubber.analyze("Ask Jane Doe in Paris (card 4111 1111 1111 1111), said Tom Orvis.")
    assert calls == ["steal", "artifacts", "collect"]
    assert {s.type for s in found} == {"PERSON", "LOCATION", "CREDIT_CARD"}


def test_without_the_pattern_process_the_language_is_detected_here(scrubber: Scrubber, monkeypatch) -> None:
    monkeypatch.setattr(scrubber, "_pattern_process", None)
    scrubber._cache.clear()
    assert scrubber.analyze_many(TEXTS) == [_plain(scrubber, t) for t in TEXTS]
    scrubber._cache.clear()


def test_the_warmed_tokenizer_splits_as_a_cold_one(scrubber: Scrubber) -> None:
    from spacy.tokenizer import Tokenizer

    pipeline = scrubber._pipelines[0]
    cold = Tokenizer(pipeline.vocab)
    cold.from_bytes(pipeline.tokenizer.to_bytes())  # the same rules and special cases, nothing cached
    texts = TEXTS + corpus.prompts(8, 1000, seed=31) + [
        "Hello, world! (it's 42.) Don't: e-mail me @ 9:30?",
        "Due FRIDAY, Sept. 05/2024 (0815-0930), PIN 0042; mar 3rd.",  # (words of dates and numbers warmed)
    ]
    for text in texts:
        with pipeline.memory_zone():  # as the scrubber runs: the cold twin caches nothing either
            assert [t.text for t in pipeline.make_doc(text)] == [t.text for t in cold(text)]
    assert pipeline.tokenizer.max_cache_size > 10_000  # the warm-up grew the cache to hold its words


def test_lexemes_skip_only_attributes_nothing_reads_and_the_entities_stay(scrubber: Scrubber) -> None:
    import spacy
    from spacy import attrs
    from spacy.attrs import LIKE_NUM, LIKE_URL

    from scrubber.engine import _lean_lexemes

    pipeline = scrubber._pipelines[0]
    getters = pipeline.vocab.lex_attr_getters
    assert LIKE_URL not in getters and LIKE_NUM not in getters  # not computed for a request's new words
    # the features and the flags read
    kept = ("NORM", "PREFIX", "SUFFIX", "SHAPE", "LOWER", "IS_PUNCT", "IS_STOP", "IS_SPACE")
    assert {attrs.IDS[name] for name in kept} <= set(getters)
    # a model whose config names one of them as a feature keeps computing it
    other = spacy.blank("en")
    other.add_pipe("tok2vec", config={"model": {"@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 8, "rows": [10, 10],
                  "attrs": ["NORM", "LIKE_NUM"], "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 8, "depth": 1,
                   "window_size": 1, "maxout_pieces": 2}}})
    _lean_lexemes(other)
    assert LIKE_NUM in other.vocab.lex_attr_getters and LIKE_URL not in other.vocab.lex_attr_getters
    # the same entities as a pipeline computing every attribute, on words new to the vocabulary
    text = ("Zbigniew Kwiatkowski-Ołdak sent 4,812 units to Tórshavn via https://q7.example/zz and "
            "Aoife Ní Bhriain.")
    with pipeline.memory_zone():
        lean = [(e.text, e.label_) for e in pipeline(text).ents]
    pipeline.vocab.lex_attr_getters = {**spacy.blank("en").vocab.lex_attr_getters, **getters}
    try:
        with pipeline.memory_zone():
            full = [(e.text, e.label_) for e in pipeline(text).ents]
    finally:
        pipeline.vocab.lex_attr_getters = getters
    assert lean == full and any(label == "PERSON" for _, label in lean)


def test_artifacts_of_wanted_entities_alone_give_the_ner_recognizer_its_results(scrubber: Scrubber) -> None:
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    nlp = scrubber.analyzer.nlp_engine
    ner = next(r for r in scrubber.analyzer.registry.recognizers if isinstance(r, SpacyRecognizer))
    wanted = nlp._wanted
    assert wanted == frozenset(scrubber.supported)
    texts = TEXTS + corpus.prompts(6, 1000, seed=37) + [
        "Invoice from Acme Corp: Ryan P Costa paid $5,000 on 3 May 2024 for 12 units (40%), see the GDPR.",
    ]
    fewer = 0

    def found(text: str, artifacts) -> list[tuple]:
        results = ner.analyze(text, scrubber.supported, artifacts)
        return [(r.entity_type, r.start, r.end, r.score) for r in results]

    with scrubber._pipelines[0].memory_zone():
        for text in texts:
            doc = scrubber._pipelines[0](text)
            lean = nlp.artifacts(doc, "en", False)
            nlp._wanted = None
            try:
                full = nlp.artifacts(doc, "en", False)
            finally:
                nlp._wanted = wanted
            fewer += len(lean.entities) < len(full.entities)
            assert found(text, lean) == found(text, full)
    assert fewer >= len(texts) // 2  # (numbers, dates and money are no longer tidied)


def test_the_parse_leaves_dropout_rates_alone_once_they_are_zero(scrubber: Scrubber) -> None:
    import spacy.pipeline.transition_parser as parser

    model = scrubber._pipelines[0].get_pipe("ner").model
    nodes = [n for n in model.walk() if "dropout_rate" in n.attrs]

    def rates() -> set[float]:
        return {n.attrs["dropout_rate"] for n in nodes}

    assert rates() == {0.0}
    try:
        nodes[0].attrs["dropout_rate"] = 0.5
        scrubber.analyze("Ask Jane Doe in Paris.")  # the parse sets 0.0 again: skipped, the model is marked
        assert rates() == {0.0, 0.5}
        parser.set_dropout_rate(model, 0.1)  # another rate (training) is set, and unmarks the model
        assert rates() == {0.1}
        parser.set_dropout_rate(model, 0.0)  # so 0.0 is set again, walking the model
        assert rates() == {0.0}
    finally:
        from scrubber.engine import _skip_dropout_resets

        _skip_dropout_resets(scrubber._pipelines[0])
    assert rates() == {0.0}


def test_remembered_recognizers_are_presidios_own_answer_and_see_a_new_recognizer(scrubber: Scrubber) -> None:
    from presidio_analyzer import Pattern, PatternRecognizer

    registry = scrubber.analyzer.registry
    ask = type(registry).get_recognizers.__get__(registry)  # Presidio's own, not the remembered one
    assert registry.get_recognizers("en", scrubber.supported) == ask("en", scrubber.supported)
    assert registry.get_recognizers("en", ["EMAIL_ADDRESS"]) == ask("en", ["EMAIL_ADDRESS"])
    extra = PatternRecognizer("EMAIL_ADDRESS", name="Probe", patterns=[Pattern("probe", r"probe@x", 0.5)])
    registry.add_recognizer(extra)
    try:
        assert extra in registry.get_recognizers("en", ["EMAIL_ADDRESS"])
    finally:
        registry.remove_recognizer("Probe")
    assert extra not in registry.get_recognizers("en", ["EMAIL_ADDRESS"])


def test_seed_phrases_are_found_exactly_where_the_word_by_word_search_finds_them() -> None:
    import random

    from scrubber.recognizers import high_entropy as he

    def word_by_word(text: str) -> list[tuple[int, int]]:  # the finder before its whole-chunk shortcut
        words, out, run = he._bip39_words(), [], []
        for m in he._LOWER_WORD.finditer(text):
            if m.group() in words and (not run or text[run[-1].end():m.start()].strip(" \t") == ""):
                run.append(m)
                continue
            out += he._phrase_in(run)
            run = [m] if m.group() in words else []
        return out + he._phrase_in(run)

    listed, rng, found = sorted(he._bip39_words()), random.Random(3), 0
    for _ in range(3000):
        text = "".join(rng.choice(listed) + rng.choice([" "] * 12 + ["\t", "\n", ", ", " The ", "X", " x9 "])
                       for _ in range(rng.randint(8, 30)))
        assert he.seed_phrases(text) == word_by_word(text)
        found += bool(word_by_word(text))
    assert found > 100  # phrases were there to find


def test_the_pattern_answer_keeps_explanations_only_where_the_context_enhancer_may_boost() -> None:
    from presidio_analyzer import AnalysisExplanation, RecognizerResult

    from scrubber.engine import CONTEXT_BOOST_BELOW
    from scrubber.pattern_process import without_explanations

    def result(score: float) -> RecognizerResult:
        return RecognizerResult("PHONE_NUMBER", 0, 5, score, AnalysisExplanation("R", score))

    weak, strong = result(CONTEXT_BOOST_BELOW - 0.05), result(CONTEXT_BOOST_BELOW)
    without_explanations([{"R": [weak, strong]}], CONTEXT_BOOST_BELOW)
    assert weak.analysis_explanation is not None and strong.analysis_explanation is None
    kept = result(1.0)
    without_explanations([{"R": [kept]}], None)
    assert kept.analysis_explanation is not None


def test_the_firm_regex_grouped_by_first_letter_finds_what_one_alternative_per_firm_finds() -> None:
    import random
    import re

    from scrubber import name_filters as nf
    from scrubber.words import firm_names

    # the regex before it was grouped: one alternative per firm, the longest first
    alternatives = [re.escape(f.lower()).replace(r"\ and\ ", r"\s*&\s*").replace(r"\ ", r"[\s-]+")
                    for f in sorted(firm_names(), key=len, reverse=True)]
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")
    firms, rng, found = sorted(firm_names()), random.Random(5), 0
    texts = corpus.prompts(20, 700, seed=31)
    for _ in range(400):  # firms side by side, in any case, joined every way the regex allows
        text = "".join(rng.choice(["", "Ask ", "x", "-"]) + rng.choice(firms).replace(" ", rng.choice(
            [" ", "-", "  ", "\n"])).replace(" and ", rng.choice([" & ", "&", " and "])) + rng.choice(
            [" ", ", ", "s ", "-x "]) for _ in range(rng.randint(1, 6)))
        texts += [text, text.upper(), text.title()]
    for text in texts:
        low = text.lower()
        assert [m.span() for m in nf._FIRMS.finditer(low)] == [m.span() for m in plain.finditer(low)]
        assert [m.span() for m in nf._FIRMS_ANY_CASE.finditer(text)] == [
            m.span() for m in re.compile(plain.pattern, re.IGNORECASE).finditer(text)]
        found += bool(plain.search(low))
    assert found > 300  # firms were there to find


# The hints these recognizers had as one regex, before their plain words became HINT_WORDS.
_ONE_REGEX_HINTS = {
    "CredentialAssignmentRecognizer":
        r"(?i)pass|pwd|pw|secret|token|key|auth|cred|login|pat|psk|sessid|sessionid|sid\b|session[_-]id|sig"
        r"|clé|chiave|clave|llave|chave|sleutel|klucz|anahtar|jeton|schlüssel|segreto|secreto|segredo|geheimnis"
        r"|sekret|nøgle|nøkkel|nyckel|avain",
    "LoginPairRecognizer":
        r"(?i)ssh|sftp|rdp|vpn|log[ \t]?in|logon|sign|cred|user|account|wi-?fi|wlan|ssid|zugang|benutzer"
        r"|anmeldung|identifiant|connexion|usu[aá]rio|utente|access|gebruiker|inlog|acce?s|@|admin|root|\bsa\b"
        r"|postgres|ubuntu|\bpi\b|guest|elastic|oracle|superuser|operator|support|service|\bpw?[ \t]*:",
    "DateOfBirthRecognizer":
        r"(?i:birth|born|dob|d\.o\.b|geb|naiss|\bn(?:ée?|ee)\b|nac[ií]|nac\.|nat[oa]|nasc|[(\[,;][ \t]?b\.)"
        r"|(?i:född|født|fødd|fødsel|födelse|syntyn|syntymä|\bur\.|urodz|doğum|naroz|janam|janm|paida)"
        r"|(?<![^\W_])TTL(?![^\W_])",  # (Indonesian forms' "TTL", a word of its own, in capitals)
    "PasswordShapeRecognizer":
        r"[!@\#\$%\^\&\*\?\~]|(?i:log[ \t-]?in|sign[ \t-]?in"
        r"|(?:logged|logging|signed|signing|logs|signs)[ \t]in"
        r"|account|creds|credentials|access|changed|reset"
        r"|current[ \t]+one|new[ \t]+one|vpn|wi-?fi|router|portal|mailbox)",
}


def test_hint_words_and_the_rest_of_the_hint_find_what_the_one_regex_found() -> None:
    import regex

    from scrubber.recognizers.credential_assignment import CredentialAssignmentRecognizer
    from scrubber.recognizers.date_of_birth import DateOfBirthRecognizer
    from scrubber.recognizers.login_pair import LoginPairRecognizer
    from scrubber.recognizers.password_shape import PasswordShapeRecognizer

    pieces = ["log in", "LOG\tIN", "Wi-Fi", "WIFI", "usuÁrio", "sa", "pi", "SID", "sid1", "D.O.B", "née",
              "nací", "(b.", "FØDT", "syntymä", "ur.", "DOĞUM", "current  one", "New one", "İD", "ſign",
              "\u212aey", "x@y", "?", "~", "plain words only", "accs", "acces", "naci", "nato", "Paida"]
    pieces += [w for hint in _ONE_REGEX_HINTS.values() for w in regex.findall(r"\w+", hint)]  # every word
    texts = corpus.prompts(30, 400, seed=37) + [f"and {p} here" for p in pieces] + pieces
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]
    for cls in (CredentialAssignmentRecognizer, LoginPairRecognizer, DateOfBirthRecognizer,
                PasswordShapeRecognizer):
        recognizer, one_regex = cls(), regex.compile(_ONE_REGEX_HINTS[cls.__name__])
        answers = [recognizer.hinted(t) for t in texts]
        assert answers == [one_regex.search(t) is not None for t in texts], cls.__name__
        assert any(answers) and not all(answers)


def test_a_gate_shared_by_patterns_is_searched_again_for_each_new_text() -> None:
    from scrubber.recognizers.date_of_birth import DateOfBirthRecognizer

    texts = ["Date of birth: 12/03/1985, thanks.", "Meeting on 12/03/1985 at noon.", "DOB 04.11.1990",
             "no dates here", "Date of birth: 12/03/1985, thanks."]
    shared = DateOfBirthRecognizer()  # one recognizer, one text after another, as the scrubber runs them
    for text in texts + texts[::-1]:
        assert [(r.start, r.end) for r in shared.analyze(text, ["DATE_OF_BIRTH"])] == [
            (r.start, r.end) for r in DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])]
    assert shared.analyze(texts[0], ["DATE_OF_BIRTH"]) and not shared.analyze(texts[1], ["DATE_OF_BIRTH"])


def test_patterns_tried_only_where_their_cue_words_start_find_what_a_scan_finds():
    """PasswordInProseRecognizer tries a pattern that starts on a cue word only where one starts: the same
    matches it accepts as scanning the whole text, on texts with cue words inside other cue words' matches
    too (a start finder may also skip words its checks turn down: lower-case words for a generated value)."""
    import regex

    from scrubber.recognizers._base import matches_at
    from scrubber.recognizers.password_prose import PasswordInProseRecognizer

    rec = PasswordInProseRecognizer()
    texts = [*corpus.prompts(40), "wifi password key is Tr0ub4dor&3 and the door code is 4471#",
             "Portkoden är 71*55, lösen: Falcon55!, kod do domofonu to *6628\nAna: the safe?\nBo: 2837",
             "the wifi in room 4 says the key is K9lmQ2x!, pinul e 1182, heslo na wifi 2zqltra6j0"]
    assert rec._starts, "no pattern is tried at its cue words"
    for name, starts in rec._starts.items():
        pattern = next(p for p in rec.patterns if p.name == name)
        compiled = regex.compile(pattern.regex, rec.global_regex_flags)
        for text in texts:
            scanned = [m.span() for m in compiled.finditer(text) if rec.accept_match(m)]
            tried = [m.span() for m in matches_at(compiled, text, 0, starts(text)) if rec.accept_match(m)]
            assert tried == scanned, (name, text[:60])


# Texts for the recognizers' shortcuts below: each shortcut's own cases, then whole prompts of three sources.
_SHORTCUT_CASES = [
    "ship to 8272 oak ridge dr apt 36, boise, id 60540 please", "14 elm grove, leeds, ls6 2ab",
    "flat 3, 22 mill lane, bristol bs1 4dj", "Furustigen 5\n85979 Örebro", "Szegedi utca 16.\nH-2390 Eger",
    "ul. Miła 53, 13-375 Śrem", "Ερμού 12,\nΤΚ 105 63 Αθήνα", "Lindenstraße 12, 10115 Berlin",
    "HAUPTSTR. 5, 80331 München", "Hauptstrasse 12", "hauptstrasse 12, 10115 berlin",
    "storgatan 5, 114 55 stockholm", "bagdat caddesi no 15, kadikoy",
    "42, 3rd Cross, Indiranagar, Bengaluru 560038",
    "12 Gandhi Road, Vellore-453840", "Flat 4, Chinsurah 363953", "12 rue de la Paix, 75002 Paris",
    "5 bis avenue Foch", "Strada Mihai Eminescu nr. 12", "Aleea Rozelor, 400001 Cluj-Napoca",
    "Carrera 7 # 71-21", "Số 12 Nguyễn Huệ, Quận 1", "1-2-3 Jingumae, Shibuya-ku", "London SW1A 1AA",
    "Sydney NSW 2000", "Toronto ON M5V 3L9", "R. Augusta, S/N", "Baker Street 221",
    "Rue Morel\n65361 Rousset",
    "Am Markt 3, 10115 Berlin", "12 Main Street, Springfield, IL 62704", "Atatürk Caddesi No: 12",
    # (a digit beyond U+FFFF: the standard library does not read it as one)
    "Baker Street \U00010d41\U00010d42",
    "8272 oak ridge dr, boise, id \U00010d41\U00010d42\U00010d43\U00010d44\U00010d45",
    "mail ..a.b@example.com, x@@y.com, (bob@ex.co.uk), postgres://u:PASS@db.example.com, git@github.com:o/r",
    "é@example.com ünïcödé.name@exämple.de a@b.c",
    "key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY and a_wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY/x",
    "date of birth: 12/03/1985; DOB 04.11.1990 / 05.12.1991, birth date 1990-01-01, born on 3 May 1980",
    "dob changed from 1987-03-14 to 1987-04-13\n\"dob\": [\"1987-03-14\", \"1987-04-13\"]",
    "DNI 12345678Z NIE X1234567L TCKN 10000000146 CPF 123.456.789-09 CUIL 20-12345678-9 AB 12 34 56 C",
    "1 85 05 78 006 084 36, 19850514-1234, 140585-1234, 131052-308T, 85.05.14-123.45, 756.1234.5678.97",
    "11010519491231002X GODE561231HDFRRN09 RSSMRA85T10A562S 44051401359 | 44051401359 | x",
    "name: x\nemail: a@b.co\ndob=1990-01-01 \"phone\": \"+1 415 555 0134\"  city :Lyon",
]


def _shortcut_texts() -> list[str]:
    from benchmarks import format_battery, secrets_corpus

    texts = _SHORTCUT_CASES + [t.upper() for t in _SHORTCUT_CASES] + [t.lower() for t in _SHORTCUT_CASES]
    texts += corpus.prompts(40, 1000, seed=41) + [r["text"] for r in format_battery.generate("tuning")[:300]]
    return texts + [r["text"] for r in secrets_corpus.generate("dev")[:150]]


def test_patterns_skipped_or_tried_at_their_starts_find_what_a_scan_finds():
    """Addresses (the needs and gates), high-entropy literals, e-mails and dates of birth skip a pattern on a
    text without what it needs, or try it only where it can start: the matches of a scan of the whole text
    that their checks keep (a start finder may skip a match its checks turn down: a generated value's)."""
    from scrubber.recognizers._base import matches_at
    from scrubber.recognizers.address import StreetAddressRecognizer
    from scrubber.recognizers.date_of_birth import DateOfBirthRecognizer
    from scrubber.recognizers.email import EmailAddressRecognizer
    from scrubber.recognizers.high_entropy import HighEntropyLiteralRecognizer

    texts = _shortcut_texts()
    for rec in (StreetAddressRecognizer(), HighEntropyLiteralRecognizer(), EmailAddressRecognizer(),
                DateOfBirthRecognizer()):
        found = 0
        for pattern, regex, _, starts in rec._plan(rec.global_regex_flags):
            for text in texts:
                scanned = [m.span() for m in regex.finditer(text) if rec.accept_match(m)]
                pos = rec.start_of(pattern, text)
                matches = () if pos is None else regex.finditer(text, pos) if starts is None \
                    else matches_at(regex, text, pos, starts(text))
                tried = [m.span() for m in matches if rec.accept_match(m)]
                assert tried == scanned, (pattern.name, text[:60])
                found += len(scanned)
        assert found, rec.name


def test_table_keys_and_national_id_digit_runs_give_what_the_scans_give():
    import regex

    from scrubber.recognizers import national_ids, table_columns

    texts = _shortcut_texts()
    for text in texts:
        assert [(m.group("key"), m.group("op"), m.end()) for m in table_columns._keys(text)] == [
            (m.group("key"), m.group("op"), m.end()) for m in table_columns._KEY.finditer(text)]
    skipped = 0
    for name, pattern, _ in national_ids._FORMATS:
        need = national_ids._RUNS_NEEDED.get(name)
        for text in texts + ["\U00010d41" * 8 + "Z", "1234\U00010d415678Z"]:
            if need is not None and not need({len(r) for r in regex.findall(r"\d+", text)}):
                assert not pattern.search(text), (name, text[:60])
                skipped += 1
    assert skipped


def test_the_name_a_value_is_assigned_to_is_what_the_one_pattern_found():
    import regex

    from scrubber.recognizers import high_entropy

    one = regex.compile(high_entropy._ASSIGNED_NAME.pattern + "|" + high_entropy._NAME_VALUE_FIELDS.pattern)
    heads = ["x = 'y', api_key=", "- name: ALGOLIA\n  value: \"", "name = TOKEN, value=", "éname: K\nvalue: ",
             "cfg.db_pass := ", "\"stripe\"]: '", "a b c", "value: name: x\nvalue:"]
    for text in _shortcut_texts() + heads:
        for end in range(0, len(text), 7):
            head = text[max(0, end - 200):end]
            mine, old = high_entropy._name_assigned(head), one.search(head)
            assert (mine and (mine.span(), mine.group("name"))) == (old and (old.span(), old.group("name")))


def test_start_up_leaves_no_list_or_pattern_for_the_first_request_that_needs_it(scrubber: Scrubber) -> None:
    """Built, the scrubber has read every argument-less cached list and compiled every recognizer's
    patterns, those whose hint the warm-up text lacks included (a first request with a person field paid
    40-100 ms for its labels; ``benchmarks.scrub_speed``'s first vs tenth request)."""
    import inspect
    import sys

    lazy = [f"{name}.{value.__name__}" for name, module in list(sys.modules.items())
            if name.startswith("scrubber.")
            for value in list(vars(module).values())
            if hasattr(value, "cache_info") and getattr(value, "__module__", None) == name
            and not inspect.signature(value).parameters and value.cache_info().currsize == 0]
    assert lazy == []
    assert "scrubber.name_filters" in sys.modules and "scrubber.recognizers.name_likeness" in sys.modules
    uncompiled = [(r.name, p.name) for r in scrubber._text_recognizers for p in getattr(r, "patterns", ())
                  if p.compiled_regex is None]
    assert uncompiled == []
    hinted = [r for r in scrubber._text_recognizers if getattr(r, "HINT_WORDS", None)]
    assert hinted and all(r._plans for r in hinted if hasattr(r, "_plans"))


def test_the_second_process_warms_the_modules_its_recognizers_import_on_first_use() -> None:
    """The pattern process imports only what building the recognizers imports; ``warm.read_lists`` imports
    the rest (``name_filters``, imported inside a name-cue function) and reads their lists, as it does."""
    import subprocess
    import sys

    state = "'scrubber.name_filters' in sys.modules, name_cues._person_field_words.cache_info().currsize"
    code = ("import sys\n"
            "from scrubber.offline import use_bundled_suffix_list\n"
            "use_bundled_suffix_list()\n"
            "from scrubber.pattern_process import build_registry\n"
            "build_registry('en', ['PERSON', 'LOCATION', 'PHONE_NUMBER', 'SECRET'])\n"
            "from scrubber.recognizers import name_cues\n"
            f"before = {state}\n"
            "from scrubber import warm\n"
            "warm.read_lists()\n"
            f"print(before, ({state}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[0] == "(False, 0) (True, 1)"
