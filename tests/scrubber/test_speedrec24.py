"""speedrec24: cheaper pattern recognizers with the same spans; each shortcut pinned to what the work it skips
would have found (the plain definition, on texts written to trip it)."""

import random

from benchmarks import corpus

# Birth words of every kind the keyword regex takes, glued to what may stand around them
_BIRTH_PIECES = [
    "date of birth", "Date-Of-Birth", "DATEOFBIRTH", "DOB", "d.o.b", "D/O/B", "do.b", "(b. ", ", b. ",
    "birthday", "BORN", "bday", "b-day", "geboren", "Geb.", "gebdat", "née le", "nee le", "ne_le",
    "né(e) le", "naissance", "ddn", "f_nac", "fnac", "fecnac", "fecha_nac", "dt_nasc", "data_ur", "nacido",
    "nació", "nac.", "nato il", "nata a", "nascita", "nasci", "född", "født", "fødselsdato", "syntynyt",
    "syntymäaika", "ur. 3", "data ur.", "urodzony", "doğum", "narozena", "datum narození", "născut",
    "nascut", "data nașterii", "született", "szül.", "sinh ngày", "ngày sinh", "lahir", "janam tithi",
    "janm tithi", "paidaish", "paida hua", "kaarawan", "ipinanganak", "isinilang", "γέννησης", "рождения",
    "родился", "дата народження", "роден", "rođen", "תאריך לידה", "נולדה", "năm sinh", "TTL: Jakarta, 1",
    "ttl", "تاريخ الميلاد", "مواليد", "ولد في 3",
    "生年月日", "の生年月日", "出生日期", "誕生日", "생년월일", "생일", "출생",
    "วันเกิด", "ปีเกิด", "เกิดวันที่ 3", "जन्म", "İsinilang", "ſyntynyt", "\u212aaarawan", "user_", "DOBs",
    "Born2", "x", "2", "²",
]
_GLUE = ["", " ", "_", "2", "x", "é", "-", ".", "²", "\u0301", "\n", "(", "\u0308"]


def _birth_texts() -> list[str]:
    rnd = random.Random(24)
    made = ["".join(rnd.choice(_BIRTH_PIECES) + rnd.choice(_GLUE) for _ in range(rnd.randint(1, 6)))
            for _ in range(20_000)]
    return made + [t.upper() for t in made[:2000]] + corpus.prompts(60, 1000, seed=24)


def test_birth_words_found_at_word_starts_are_those_the_regex_finds_anywhere() -> None:
    """``_BIRTH_WORDS`` tries the keyword regex only where a word that may begin a birth word starts (and
    scans a text holding an unspaced script's birth word whole): the same places as an overlapped scan."""
    from scrubber.recognizers import date_of_birth as dob

    for text in _birth_texts():
        want = [m.start() for m in dob._KEYWORD_GATE.finditer(text, overlapped=True)]
        assert dob._BIRTH_WORDS(text) == want, text
        first = dob._BIRTH_WORDS.search(text)
        assert (first.start() if first else None) == (want[0] if want else None)


def test_dates_of_birth_are_found_after_words_of_every_script() -> None:
    from scrubber.recognizers.date_of_birth import DateOfBirthRecognizer

    r = DateOfBirthRecognizer()
    for text, value in (("Patient dob: 14/03/1987, seen today", "14/03/1987"),
                        ("user_dob = 1987-03-14", "1987-03-14"),
                        ("患者の生年月日：1987年3月14日", "1987年3月14日"),
                        ("Дата рождения: 14.03.1987", "14.03.1987"),
                        ("she was BORN ON 3 March 1987 in Lyon", "3 March 1987")):
        assert value in [text[x.start:x.end] for x in r.analyze(text, ["DATE_OF_BIRTH"])], text


_LOGIN_PIECES = [
    "ssh", "SFTP", "rdp", "VPN", "log in", "Log\tin", "login", "logon", "sign in", "SignIn", "credentials",
    "Credential", "creds", "user", "Username", "account", "wi-fi", "WiFi", "wlan", "SSID", "Zugangsdaten",
    "zugang", "Benutzername", "anmeldung", "identifiants", "connexion", "usuario", "usuário", "credenciales",
    "credenciais", "utente", "accesso", "credenziali", "gebruikersnaam", "inloggegevens", "acceso", "acesso",
    "admin", "Administrator", "root", "sa", "postgres", "ubuntu", "pi", "guest", "elastic", "oracle",
    "sysadmin", "superuser", "ec2-user", "centos", "operator", "support", "service", "ana@example.com",
    "me@host", "ſsh", "İdentifiants", "userX", "root2", "-u root", "--user=admin", "x.user", "²user",
    " / ", "/", ":", " : ", " and ", " & ", " with ", " using ", " pw ", " pass ", "Tiger196.XxS", "hunter2!",
    "toor", "Pa55word", "s3cr3t-Key", "\n", ". ", ", ", " ", "é", "\u0301",
]


def _login_texts() -> list[str]:
    rnd = random.Random(2024)
    made = ["".join(rnd.choice(_LOGIN_PIECES) + rnd.choice(["", " ", ""]) for _ in range(rnd.randint(2, 9)))
            for _ in range(20_000)]
    return made + corpus.prompts(60, 1000, seed=2024)


def test_login_pairs_tried_at_their_words_are_those_a_scan_finds() -> None:
    """"login pair" and "account and password" are tried only where a login word, an account name or an "@"
    starts (``STARTS``): the same matches as a scan of the whole text."""
    from scrubber.recognizers._base import matches_at
    from scrubber.recognizers.login_pair import LoginPairRecognizer

    r = LoginPairRecognizer()
    plan = {p.name: (rx, starts) for p, rx, _, starts in r._plan(r.global_regex_flags)}
    for name in ("login pair", "account and password"):
        rx, starts = plan[name]
        assert starts is not None
        for text in _login_texts():
            assert [m.span() for m in matches_at(rx, text, 0, starts(text))] == \
                [m.span() for m in rx.finditer(text)], (name, text)


def test_a_login_pair_is_still_found() -> None:
    from scrubber.recognizers.login_pair import LoginPairRecognizer

    r = LoginPairRecognizer()
    for text, value in (("ssh in with root / Tiger196.XxS please", "Tiger196.XxS"),
                        ("the box: admin:Pa55word!x", "Pa55word!x"),
                        ("Zugangsdaten: mmeier / Sommer2024!", "Sommer2024")):
        assert value in [text[x.start:x.end] for x in r.analyze(text, ["SECRET"])], text
