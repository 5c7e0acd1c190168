"""The password recognizer made faster must find what it found: its cue words placed at the words that may
start one (``_cue_starts``) rather than by scanning the text, the words its "anywhere" patterns always turn
down skipped (``_token_starts``), its patterns tried at lines' starts and at their code words, its gates
reordered."""

import random
import re as stdlib_re

import pytest
import regex

from benchmarks import corpus
from scrubber.recognizers import _base
from scrubber.recognizers import password_prose as pp

# Texts where a cue may start in an unusual way: any case, the long s, the Kelvin sign and the dotted I (which
# a case-insensitive match takes for ASCII letters), a digit, an underscore or a dash glued to the word,
# compounds, other scripts, a mark before the word, the cue as the text's last word.
EDGE_TEXTS = [
    "", "pw", "PASSWORD", "my Password is Spring2021!", "WLAN2Passwort: Sommer24", "x_kennwort: abc123",
    "Initialkennwort Sommer2024#", "Druckerpasswort ist Hallo99", "2-passwort: x", "abc-passwort: y",
    "ſecret word", "\u212aennwort: k9", "PİN: 4471", "the 1Password entry says Tr0ub4dor", "p/w: Hibiscus22",
    "P/W - Hibiscus22", "pass word is hunter22", "mot de passe : Soleil2024", "contraseña: Gato1234",
    "contrasena: gato1234", "clé wifi: Maison2024", "cle WPA: maison2024", "wi-fi code 4471",
    "Wi-Fi key X12", "the wifi in room 4 says the key is Otter88", "lösenord: Sommar2024", "Lösenordet är x",
    "şifre: abc123", "hasło: Kot12345", "пароль: Zima2024", "κωδικός wifi: 12345678", "mật khẩu: abc12345",
    "kata sandi abc123", "e\u0301password: x1", "x\u00a0pwd\u00a0= abc123", "2fa code 123456",
    "2FA codes: 1234 5678", "c0de 4471", "P1N 4471", "door code 4471", "Türcode 4471",
    "código de acceso 4471", "kapı kodu 7781", "KAPI KODU 7781", "PUK2 12345678",
    "recovery codes:\n1234-5678\n2345-6789", "backup-codes: a1b2-c3d4 e5f6-g7h8", "2-step codes: 12345678",
    "TAN-Liste: 123456", "iTAN 123456", "log in with Harbor2031", "LOGGED-IN as admin", "ssh'd into the box",
    "get in with 4471", "unlock it with 2291", "creds: admin/Summer24", "is Mapleleaf4 strong enough?",
    "the svc account uses X", "Password:\n    Velvet89\n", "__password__:\nVelvet89",
    "- **Passwort**:\n x1y2z3w4", "code\n4471", "Code: 4471 and combinación 12-34-56, combinação 1-2-3",
    "KOD 4471", "kod: 12-34-56",
]


def _random_texts(words, n=400, seed=23):
    """Texts of the lists' words in random case, glued to random neighbours and signs."""
    rng = random.Random(seed)
    glue = [" ", " ", "  ", "\t", "-", "_", ".", ",", ":", "\n", "2", "²", "é", "'", "’", "(", "/", "", "1",
            "\u0301"]
    fillers = ["the", "is", "code", "x", "ı", "İ", "ſ", "\u212a", "ПИН", "código", "4471", "12-34-56", "word",
               "key", "in", "on", "wifi", "Spring2021!", "phrase"]
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            w = rng.choice(words + fillers)
            w = rng.choice([w, w.upper(), w.title(), w.lower()])
            parts += [rng.choice(glue), w]
        texts.append("".join(parts[rng.randint(0, 1):]))
    return texts


_PROMPTS = corpus.prompts(150, 1000, 23)
_CUE_WORDS = [*pp._WORD_STRINGS, *pp._CODE_STRINGS, "kennwort", "Passwort", "wachtwoord", "salasana",
              "passord", "1password", "p/w", "pass word", "secret word", "code word", "network key", "wpa2",
              "cle", "clé", "parool", "parola", "PAROLASI", "KAPI", "kullanımlık",
              "mot de passe", "recovery code", "door code", "pin code", "kapı kodu", "2fa", "c0de", "p1n",
              "recovery codes", "backup codes", "2-step codes", "2sv codes", "tan", "itans", "codici",
              "transaktionsnummern", "log in", "logged on", "signing into", "ssh'd in", "get in", "unlock",
              "creds", "credentials", "strong enough", "guessable", "admin account"]
_CUES = [("word", pp._WORD_LEAD, pp._WORD_STARTS), ("code", pp._CODE_LEAD, pp._CODE_STARTS),
         ("codes heading", rf"(?i:\b(?:{pp._CODES_WORD})\b)", pp._CODES_HEADING_STARTS),
         ("sign-in cue", pp._SIGN_IN_CUE.pattern, pp._SIGN_IN_STARTS),
         ("sign-in word", pp._FIRST_SIGN_IN_WORD.pattern, pp._SIGN_IN_WORD_STARTS)]


@pytest.mark.parametrize("name,lead,starts", _CUES, ids=[name for name, _, _ in _CUES])
def test_cue_starts_are_where_the_lead_matches(name, lead, starts):
    rx = regex.compile(lead)
    texts = EDGE_TEXTS + _random_texts(_CUE_WORDS) + _PROMPTS
    for text in texts:
        assert starts(text) == [m.start() for m in rx.finditer(text, overlapped=True)], text
    assert sum(bool(starts(text)) for text in texts) > 50  # (the texts do hold cues)


def test_the_first_password_and_code_words_are_the_scans():
    for text in EDGE_TEXTS + _random_texts(_CUE_WORDS, seed=5) + _PROMPTS:
        word, code = pp._FIRST_WORD.search(text), regex.compile(pp._CODE_LEAD).search(text)
        assert pp._first_password_word(text) == (word.start() if word and _base.holds_any(
            text, pp._WORD_STRINGS) else None), text
        assert pp._first_code_word(text) == (code.start() if code and _base.holds_any(
            text, pp._CODE_STRINGS) else None), text
        # (the value-first pattern's gate: 130 characters before the first password word or sign-in)
        cues = [m.start() for m in (word, pp._SIGN_IN_CUE.search(text)) if m]
        expected = max(0, min(cues) - 130) if cues and _base.holds_any(text, pp._VALUE_CUE_STRINGS) else None
        assert pp._before_password_word(text) == expected, text


def _plan():
    rec = pp.PasswordInProseRecognizer()
    return rec, {p.name: (rx, starts) for p, rx, _, starts in rec._plan(rec.global_regex_flags)}


@pytest.mark.parametrize("name", ["password on the line after its label", "number after a code word",
                                  "codes after codes heading", "password after password word"])
def test_patterns_tried_at_their_starts_find_what_the_scan_finds(name):
    _, plan = _plan()
    rx, starts = plan[name]
    assert starts is not None
    words = _CUE_WORDS + [":\n", "\n  ", ": 4471", " is 12-34-56"]
    texts = EDGE_TEXTS + _random_texts(words, seed=7) + _PROMPTS
    for text in texts:
        expected = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in _base.matches_at(rx, text, 0, starts(text))] == expected, text


# Words the "anywhere" patterns take: tokens of every make, glued to the marks around them
_TOKENS = ["Information", "deployment", "Deployment.", "important!", "Hello?", "2024-01-15", "10.0.0.1:8080",
           "$(cat /run/pw)", "Spring2021!", "fFXtNL@*~=m&h#", "eNC9H2mVbt", "TrumpetWagonPumpkin",
           "Über1234x", "copper-lantern-river-seven", "maple.river.stone.lantern", "a@b.example",
           "trumpet_wagon_pumpkin_saddle", "kTvQmXpLwRz", "Größenordnung", "ÉCOLE2024!", "x\u0301abcdefgh9",
           "ABCDEFGHIJ", "123456789012", "iPhone15Pro", "__init__.py", "Informations:", "Information.!",
           "deploy=Abc12345x", "'Quoted99x'", "ABCD-EFGH-IJKL-MNOP", "Wonderful!!", "Hello:world99"]


def test_the_words_skipped_are_words_the_anywhere_patterns_turn_down():
    rec, plan = _plan()
    glue = [" ", "\n", ":", "=", ">", "(", "\"", "'", ", ", ". ", "! ", ") ", "“", "]", ""]
    rng = random.Random(11)
    texts = [" ".join(rng.choice(glue) + rng.choice(_TOKENS) + rng.choice(glue)
                      for _ in range(rng.randint(1, 8))) for _ in range(400)] + _PROMPTS
    for name, least, before in (("password-like word in a text about passwords", 8, ":=>"),
                                ("generated value in a text about secrets", 9, ":>")):
        rx, starts = plan[name]
        every = stdlib_re.compile(rf"(?:\A|(?<=[\s\"'`“‘(\[{before}]))"
                                  rf"(?=[^\s\"'`<>(){{}}\[\]\\,;|“”‘’]{{{least}}})")
        found = 0
        for text in texts:
            skipped = {m.start() for m in every.finditer(text)} - set(starts(text))
            for at in skipped:  # (each word skipped would have been turned down)
                match = rx.match(text, at)
                assert match is None or not rec.accept_match(match), (name, text[at:at + 40])
            found += sum(rec.accept_match(m) for m in _base.matches_at(rx, text, 0, starts(text)))
        assert found > 20


def test_the_hints_looked_for_first_are_hints():
    assert set(pp._COMMON_HINTS) <= set(pp.PasswordInProseRecognizer.HINT_WORDS)


def test_each_sign_in_string_holds_a_string_its_gate_looks_for_first():
    first = ("log", "sign", "get in", "get\tin", "unlock", "ssh")
    assert all(any(f in s for f in first) for s in pp._SIGN_IN_STRINGS)


@pytest.mark.parametrize("text,value", [
    ("The new hire's initial password is Welcome2024! and must be changed.", "Welcome2024!"),
    ("Druckerkennwort: Hallo99x", "Hallo99x"),
    ("WLAN2Passwort: Sommer24x", "Sommer24x"),
    ("Can you check why login fails? p/w: Hibiscus22", "Hibiscus22"),
    ("the 1Password entry for the router says Otter-88-Lamp", "Otter-88-Lamp"),
    ("Our 2FA code is 482913, it expires in 5 minutes", "482913"),
    ("Recovery codes:\n8472-1930\n5561-0284\n9913-4470", "8472-1930"),
    ("Note to self, the alarm code is 4471", "4471"),
    ("I ssh'd in with Cobalt2022 yesterday and it worked", "Cobalt2022"),
    ("Password:\n    Velvet89x\n", "Velvet89x"),
    ("The vault rotation for the firewall reads fFXtNL@*~=m&h# now", "fFXtNL@*~=m&h#"),
])
def test_the_recognizer_still_finds_them(text, value):
    rec = pp.PasswordInProseRecognizer()
    assert value in [text[r.start:r.end] for r in rec.analyze(text, ["SECRET"])]


@pytest.mark.parametrize("text", [
    "Information about the deployment pipeline is in the wiki; the password policy is documented there.",
    "Please summarise this passage about the Deployment of 10.0.0.1:8080 services on 2024-01-15.",
    "The error code is 4031 and the zip code is 10115.",
    "Can you rewrite this sentence: the quick brown fox jumps over the lazy dog.",
])
def test_look_alikes_stay_untouched(text):
    assert pp.PasswordInProseRecognizer().analyze(text, ["SECRET"]) == []


# The shapes' gates as they were: a run of letters and digits tried at every character
_OLD_GATES = {"_FOUR_FOUR_GATE": r"[a-z0-9]{4}-[a-z0-9]{4}[ \t,;\r\n]",
              "_MIXED_CODE_GATE": r"[a-z0-9]{3,6}-[a-z0-9]{3,6}[ \t,;\r\n&]",
              "_JOINED_PHRASE_GATE": r"[a-z]{3,12}([-._])[a-z]{3,12}(?:\1[a-z]{3,12}){3}",
              "_GROUPED_KEY_GATE": r"[A-Za-z0-9]{4,8}-[A-Za-z0-9]{4,8}-[A-Za-z0-9]{4,8}|\d{6} \d{6} \d{6}"}


@pytest.mark.parametrize("name", sorted(_OLD_GATES))
def test_the_gates_found_by_their_dash_find_what_the_scans_find(name):
    old, new = stdlib_re.compile(_OLD_GATES[name]), getattr(pp, name)
    rng = random.Random(3)
    parts = ["ab12", "x7k", "QW3R", "abc", "copper", "river", "7", "123456", "12345", "", "A1B2C3D4E"]
    seps = ["-", "_", ".", " ", ",", "\n", "&", "", "--"]
    texts = ["".join(rng.choice(parts) + rng.choice(seps) for _ in range(rng.randint(1, 9)))
             for _ in range(3000)]
    words = ["copper", "river", "abc", "lantern", "Stone", "ab12", "QW3R", "x7k", "123456"]
    texts += [rng.choice(seps).join(rng.choice(words) for _ in range(rng.randint(2, 7))) + rng.choice(seps)
              for _ in range(3000)]
    texts += EDGE_TEXTS + _PROMPTS
    for text in texts:
        assert (old.search(text) is None) == (new.search(text) is None), text
    assert sum(new.search(text) is not None for text in texts) > 10  # (the texts do hold some)


def test_the_secret_talk_found_at_its_words_is_the_scan():
    words = [*pp._SECRET_TALK_STRINGS, "key points", "keys", "wi-fi", "no longer works", "jump host",
             "locked me out",
             "rotated", "encrypted", "no", "not", "keyring", "sudoers"]
    texts = [t for t in EDGE_TEXTS + _random_texts(words, seed=13) + _PROMPTS if t.isascii()]
    for text in texts:
        assert pp._secret_talk(text) == (pp._SECRET_TALK.search(text) is not None), text
    assert sum(map(pp._secret_talk, texts)) > 50


# Secrets by other cues: a security answer without "security" or without a link, a value typed when asked, a
# session's id, a combination written spaced out
@pytest.mark.parametrize("text,value", [
    ("For the bank call I answered 'Rover' to the pet question, can you remind me what else they asked?",
     "Rover"),
    ("I answered Rover to the first pet question when I set up the account.", "Rover"),
    ("For the security question 'name of your first pet' I put Ostrowski. Can you suggest a better approach?",
     "Ostrowski"),
    ("Just enter Sunflower88 when asked and you're in.", "Sunflower88"),
    ("type Harbor-2031 when it prompts you for the vault", "Harbor-2031"),
    ("Support asked for my session id: Qm9vdHN0cmFwU2Vzc2lvbjEyMzQ1Njc4OQ, is that safe to send?",
     "Qm9vdHN0cmFwU2Vzc2lvbjEyMzQ1Njc4OQ"),
    ("Here's the session id: a8f3k2m9x7q1w5e6r4t0yb in case you need to debug.", "a8f3k2m9x7q1w5e6r4t0yb"),
    ("The locker combination is 24 - 11 - 36.", "24 - 11 - 36"),
    ("Safe combo: 12 - 34 - 56", "12 - 34 - 56"),
])
def test_secrets_by_other_cues(text, value):
    assert value in [text[r.start:r.end] for r in pp.PasswordInProseRecognizer().analyze(text, ["SECRET"])]


@pytest.mark.parametrize("text", [
    "I put the same answer for every question, is that bad?",
    "I answered all the questions for the survey yesterday.",
    "Please enter your email address when asked by the form.",
    "Use Python3 when asked which interpreter to pick.",
    "Type Ctrl+C when prompted to stop the server.",
    "What is a session id and how is it stored?",
    "The session id: 2024-01-15-meeting-notes is in the folder.",
    "Write a poem about the number 24 - 11 - 36 in a lottery.",
])
def test_their_look_alikes_stay_untouched(text):
    found = [text[r.start:r.end] for r in pp.PasswordInProseRecognizer().analyze(text, ["SECRET"])]
    assert found == [], found
