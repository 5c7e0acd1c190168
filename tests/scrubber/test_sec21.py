"""Session 21: secrets as classes of phrasing and shape, from a probe written fresh (not from any corpus).

Each class has both sides: what must be masked and what must stay.
"""

import pytest

from tests.scrubber.masking import covered


def _secrets(scrubber, text: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "SECRET"]


SECRETS = [
    # "changed it to X" in other languages
    ("Je l'ai changé en Pivoine_Rose31 hier soir.", "Pivoine_Rose31"),
    ("Lo cambié a Cometa88, pruébalo ahora", "Cometa88"),
    ("L'ho cambiata in Girasole47 stamattina", "Girasole47"),
    ("Ik heb het veranderd in Kaasschaaf12", "Kaasschaaf12"),
    ("Mudei para Caramelo19 ontem à noite", "Caramelo19"),
    ("Zmieniłem je na Jaskolka55 wczoraj", "Jaskolka55"),
    ("Hab es geändert auf Tannenzapfen8, klappt jetzt", "Tannenzapfen8"),
    # one-time and confirmation codes named by a German or Dutch compound
    ("Ihr Bestätigungscode lautet 730194", "730194"),
    ("Uw verificatiecode is 615802", "615802"),
    ("Dein Freischaltcode: 208731", "208731"),
    # the password word as typed in a hurry
    ("my pasword is Lollipop42", "Lollipop42"),
    ("passwrd: Teapot#Green5", "Teapot#Green5"),
    ("pswd Walrus_Tusk9", "Walrus_Tusk9"),
    # signing in, in more forms
    ("you'll need Riverbend2025 to log into the kiosk", "Riverbend2025"),
    ("we still log into the old box with Granite2019", "Granite2019"),
    ("logging in as admin with Compass4488 works", "Compass4488"),
    ("ssh in as deploy with Thistle72moss and restart nginx", "Thistle72moss"),
    # a text in capitals
    ("MY PASSWORD IS HARBOUR2031 PLEASE RESET IT", "HARBOUR2031"),
    ("THE GATE CODE IS 6029 AND THE ALARM IS 8813", "8813"),
    # a key's word of another language before a key
    ("Chiave API: 3f9a0c7e21b84d56a0e9c3b7d2f18a64", "3f9a0c7e21b84d56a0e9c3b7d2f18a64"),
    ("Clé API : 7c21e9b04fa3d8665b1e0c92a7f4d3b8", "7c21e9b04fa3d8665b1e0c92a7f4d3b8"),
    ("Klucz API: 5b8e2d71c0a94f36e8d7b1c2a9f05e43", "5b8e2d71c0a94f36e8d7b1c2a9f05e43"),
    ("API anahtarı: 9d04b7e3a1c85f26d0e9b4a7c3f18e52", "9d04b7e3a1c85f26d0e9b4a7c3f18e52"),
    # labels cut to a letter
    ("u: helpdesk-07 p: Brambles44", "Brambles44"),
    # passwords by make
    ("She read it to me over the phone: Marmalade7Fox", "Marmalade7Fox"),
    ("Creds are tkato and Harbor!Lights, use them on the test wiki", "Harbor!Lights"),
    # a quoted word right after the password word
    ("During the audit we found the admin using password 'opensesame' on the NAS", "opensesame"),
    # a security question answered with "answer is"
    ("Security question for the pension portal: first street — answer is Willow Crescent", "Willow Crescent"),
    # a one-time code after "SMS:"
    ("Got the SMS: 729 304, can you type it in for me?", "729 304"),
    # a code in brackets, and a code said to be refused (no error's number)
    ("The key safe beside the back door (code 3081) holds the spare key.", "3081"),
    ("Résume ce ticket : l'utilisateur a reçu le code 603917 mais le site le refuse.", "603917"),
    # a session id in a cookie
    ("Cookie: _session_id=5e1d8a0c3f7b92e46d1a8c0b3e5f7a92; lang=en", "5e1d8a0c3f7b92e46d1a8c0b3e5f7a92"),
]


@pytest.mark.parametrize(("text", "value"), SECRETS)
def test_secret_is_masked(scrubber, text, value):
    assert covered(scrubber, text, value), value


NOT_SECRETS = [
    # changed-to phrasings with no password after them
    ("Je l'ai changé en vitesse avant la réunion.", "vitesse"),
    ("Lo cambié a las 10 de la mañana.", "las"),
    ("Lo cambié a Windows11 ayer.", "Windows11"),
    ("L'ho cambiata in Python3 ieri.", "Python3"),
    # a code compound that names no secret
    ("Der Fehlercode lautet 558301.", "558301"),
    # a product one signs in with
    ("He logged in with Office365 yesterday.", "Office365"),
    # what a password field is called, in quotes
    ("The password 'field' is empty on the form.", "field"),
    # a commit id in a text that mentions a login
    ("commit 9f2c7a1b3e4d5f60718293a4b5c6d7e8f9012345 fixed the login bug", "9f2c7a1b3e4d5f6071829"),
    # a password hash's name
    ("Passwords are hashed with argon2id before storage.", "argon2id"),
    # an error's number after a password error (a door's code in brackets stays masked, above)
    ("Error: invalid password (code 1045)", "1045"),
    # a call assigned to a token's name
    ("token = get_token(client_id, client_secret)", "get_token"),
    # a text in capitals that gives no password
    ("PASSWORD IS REQUIRED FOR ALL USERS", "REQUIRED"),
    # a session number in a log line
    ("request session_id=48213 for user", "48213"),
    # a key word of another language without a key
    ("La clé API sera envoyée par courrier.", "envoyée"),
]


@pytest.mark.parametrize(("text", "value"), NOT_SECRETS)
def test_not_a_secret(scrubber, text, value):
    assert not any(value in s or s in value for s in _secrets(scrubber, text)), value
