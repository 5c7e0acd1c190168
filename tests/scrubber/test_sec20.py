"""Secrets in prose and config (session 20): a made-up password right after its word where a language leaves
the link out ("a wifi jelszó ebkycaeest."), a password after what it is for ("parola la contul comun
maple06"), a safe's three-digit combination after its label, a lock's code that is shaped like a year too far
ahead to be one, password and code words of scripts without case (Hindi, Arabic, Hebrew, Russian), Swahili's
and Indonesian's password words; and an AWS key id of mask letters that is no secret (AKIAXXXXXXXXXXXXXXXX).
Texts are written for this test."""

import pytest

from scrubber.recognizers.password_prose import _made_up_word
from tests.scrubber.masking import covered, masked_share

SECRETS = [
    # a made-up token right after the password word, at the clause's end
    ("Szia Noor! A wifi jelszó ebkycaeest. A kulcsdoboz kódja 8114.", "ebkycaeest"),
    ("A jelszavam napraforgo.", "napraforgo"),
    ("ok so the router password qwzmeflak, thanks", "qwzmeflak"),
    # after what it is for, no link
    ("salut, pinul e 6752. parola la contul comun maple06", "maple06"),
    ("heslo k účtu banky kocour77", "kocour77"),
    ("password for the shared drive tulip2024, don't lose it", "tulip2024"),
    # a safe's or a padlock's three digits after its label and a colon
    ("Předávací protokol – recepce\ntrezor v kanceláři B105: 392\nalarm: 6402", "392"),
    ("Tresor im Büro: 517", "517"),
    ("cifrul de la lacăt: 283", "283"),
    # a code near a lock, shaped like a year no one talks of a lock with
    ("landlord: gate code changed its 6873# now\nlandlord: garage same as b4 2033", "2033"),
    # other scripts
    ("पासवर्ड है surajmukhi", "surajmukhi"),
    ("код от домофона 4512, квартира 12", "4512"),
    ("пин-код 4471", "4471"),
    ("סיסמה: hamania", "hamania"),
    ("كلمة المرور abbadshams", "abbadshams"),
    # Swahili, Indonesian, Malay, Slovene, Estonian, Latvian, Lithuanian and Bulgarian password words,
    # Croatian "šifra" for a code, Greek's link
    ("nenosiri ni alizeti22", "alizeti22"),
    ("kata sandinya melati99", "melati99"),
    ("Hai! Kod pintu 4471, kata laluan wifi kpqzrt52mx.", "kpqzrt52mx"),
    ("Živjo! Koda za vrata je 4471, geslo za wifi kpqzrt52mx.", "kpqzrt52mx"),
    ("Tere! Ukse kood on 4471, wifi parool kpqzrt52mx.", "kpqzrt52mx"),
    ("Sveiki! Durvju kods ir 4471, wifi parole kpqzrt52mx.", "kpqzrt52mx"),
    ("Labas! Durų kodas yra 4471, wifi slaptažodis kpqzrt52mx.", "kpqzrt52mx"),
    ("Здравейте! Кодът на вратата е 4471, паролата за wifi е kpqzrt52mx.", "4471"),
    ("Здравейте! Кодът на вратата е 4471, паролата за wifi е kpqzrt52mx.", "kpqzrt52mx"),
    ("Bok! Šifra za ulazna vrata je 4471, lozinka za wifi kpqzrt52mx.", "4471"),
    ("Γεια σου! Ο κωδικός της πόρτας είναι 4471.", "4471"),
    # a follow-up question in a chat about codes, answered with a number
    ("Tom: what's the alarm code again?\nAna: 2837\nTom: and the shed?\nAna: same as before, 2675", "2675"),
    ("Tom: wie war der Code vom Tor nochmal?\nAna: 2837\nTom: und der Keller?\nAna: wie immer, 2675", "2675"),
    # a URL's password stays masked, a word or not
    ("postgres://admin:password@db.internal/app", "password"),
    ("DATABASE_URL=postgres://user:password@localhost:5432/app", "password"),
    ("DATABASE_URL=postgres://user:S3cretPw99@db.internal:5432/app", "S3cretPw99"),
    # key ids of one placeholder letter other than X keep the key's exact format
    ("aws_access_key_id = AKIAZZZZZZZZZZZZZZZZ", "AKIAZZZZZZZZZZZZZZZZ"),
    ("aws_access_key_id = AKIA4QX7RT2MBN6KLP3W", "AKIA4QX7RT2MBN6KLP3W"),
]


@pytest.mark.parametrize(("text", "value"), SECRETS)
def test_secret_is_masked(scrubber, text, value):
    assert covered(scrubber, text, value), value


NOT_SECRETS = [
    # a state or an ordinary word after the password word
    ("A jelszó helyes.", "helyes"),
    ("Please change your password immediately.", "immediately"),
    ("Mein Passwort vergessen.", "vergessen"),
    ("the password manager, and the password reset", "reset"),
    # after what it is for: a version, a file, an id in capitals
    ("password for release v2.3.1", "v2.3.1"),
    ("heslo k souboru report2024.pdf", "report2024.pdf"),
    ("password for account ADMIN01", "ADMIN01"),
    # three digits after a door's or an alarm's label: a room, not a combination
    ("Door: 214", "214"),
    # a year near a lock
    ("the garage was built in 2019", "2019"),
    # other scripts: a postal code ("PIN code" in India), an error's code
    ("पिन कोड 110001 है", "110001"),
    ("код ошибки 4512", "4512"),
    # a follow-up question in a chat with no code asked for, or answered with a time or a year
    ("Tom: what time is the meeting?\nAna: 10am\nTom: and the room?\nAna: same as before, 4120", "4120"),
    ("Tom: what's the alarm code again?\nAna: 2837\nTom: and the party?\nAna: at 1930", "1930"),
]


@pytest.mark.parametrize(("text", "value"), NOT_SECRETS)
def test_look_alike_is_left(scrubber, text, value):
    assert masked_share(scrubber, text, value) == 0.0, value


@pytest.mark.parametrize("word", ["ebkycaeest", "napraforgo", "qwzmeflak"])
def test_made_up_word(word):
    assert _made_up_word(word)


@pytest.mark.parametrize("word", ["immediately", "vergessen", "reset", "helyes", "changed", "sunflower",
                                  "aaaaaa"])
def test_not_made_up_word(word):
    assert not _made_up_word(word)


def test_aws_key_id_of_mask_letters_is_no_secret(scrubber):
    text = "export API_KEY=AKIAXXXXXXXXXXXXXXXX"
    assert not [s for s in scrubber.analyze(text) if s.type == "SECRET"]
