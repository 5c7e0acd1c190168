"""Secrets by class (issue 19, session 16): codes after "passcode" or a plain "code" that ends its clause,
with an article after the link ("est le 4821") or words between ("passcode for the kiosk 904821"); a second
code after "and" in the clause; a word in capitals and digits after a code's link ("KATZE4471"); a voice
note's filler after the link ("ist äh TIGER58291"); Danish, Norwegian and Swedish network keys; a Japanese
safe's number; passphrases of words in capitals, answered in a chat, or used to sign in. And the look-alikes
that must stay: what a line says of a password ("Passwort: vergessen."), a shell command substitution, a rule
about a PIN, prose after the same cues; "here" inside a password ("Start!Here7") is no placeholder mark.
"""

import pytest

from scrubber.recognizers._base import looks_like_placeholder
from tests.scrubber.masking import masked_share

# (text, the secret that must be covered whole)
CAUGHT = [
    # a plain "code" or "passcode" and its number, unlinked, at the clause's end or after a few words
    ("Astreinte : code 4821, badge dans le tiroir", "4821"),
    ("passcode for the kiosk 904821, do not share", "904821"),
    ("The passcode to the old phone 229184 still works", "229184"),
    # an article after the link
    ("Le code de l'astreinte est le 4821", "4821"),
    ("El código del trastero es el 5920", "5920"),
    # a second code after "and"
    ("PIN 5500 and 6396 for the second card", "6396"),
    ("the locker is 2291 and the cabinet is 8832", "8832"),
    ("New starters: the front door code is 4826 and the stationery cupboard is 1192.", "1192"),
    # capitals and digits after a code's link; a voice note's filler
    ("Sprachnachricht (0:42): hallo also der Code für die Tür ist KATZE4471 ne und dann", "KATZE4471"),
    ("Ayomide: the code is BLUE7429 for the gate", "BLUE7429"),
    ("Sprachnachricht: also äh das Passwort ist äh TIGER58291 und der Name ist Gast", "TIGER58291"),
    ("bon alors le mot de passe c'est euh Lavande!2291", "Lavande!2291"),
    # network keys in Danish, Norwegian and Swedish
    ("Netværksnøgle: blomst4471", "blomst4471"),
    ("Router: netværksnøgle 83920174", "83920174"),
    ("Wi-Fi-nøkkelen er Fjord!2291", "Fjord!2291"),
    ("nätverksnyckel: Gran!2291", "Gran!2291"),
    # a Japanese safe's, key box's or locker's number
    ("金庫の番号は 4821 です", "4821"),
    ("ロッカーの番号は 3917 です", "3917"),
    # passphrases: capitalised, answered in a chat, used to sign in
    ("das Passwort lautet Bleistift Tasche Leiter Gelb", "Bleistift Tasche Leiter Gelb"),
    ("the wifi password is Pencil Pocket Ladder Yellow", "Pencil Pocket Ladder Yellow"),
    ("Kenji: what's the wifi password?\nHannah: pencil pocket ladder yellow", "pencil pocket ladder yellow"),
    ("Kenji: qual é a palavra-passe do portal?\nHannah: nuvem coelho jardim escada",
     "nuvem coelho jardim escada"),
    ("use pencil pocket ladder yellow to get in to the old wiki", "pencil pocket ladder yellow"),
    ("log in with pencil pocket ladder yellow, it still works", "pencil pocket ladder yellow"),
    ("sign in using harbor velvet pickle canyon.", "harbor velvet pickle canyon"),
    # a code given in the next turn of a Teams export, what to do next after it; a Japanese safe in romaji
    ("[10:02 AM] Priya Sharma\nanyone know the code for the print room?\n[10:03 AM] Olu Adeyemi\n"
     "4827, then press enter", "4827"),
    ("kinko no bangou wa 48 21 93 desu", "48 21 93"),
    ("Tanaka: kinko no bangou nan datta kke?\nSuzuki: 4821 da yo", "4821"),
    # words and a number in guillemets; a Wi-Fi's password a few words after it
    ("Le mot de passe du coffre est « pomme verte 42 »", "pomme verte 42"),
    ("le wifi du coworking c'est COWORK2291 btw", "COWORK2291"),
    ("o wifi do airbnb é PRAIA2291 y la puerta 4821", "PRAIA2291"),
    # a PIN it was changed to, in a text about codes; a VNC password on the command line
    ("SIM card PIN: the default is 0000 but I changed it to 6142", "6142"),
    ("I reset the alarm and set it to 7391.", "7391"),
    ("x11vnc -storepasswd KioskPw ~/.vnc/passwd", "KioskPw"),
    ("run `x11vnc -storepasswd Marigold ~/.vnc/passwd` on the kiosk", "Marigold"),
    ("vncpasswd -f <<< Marigold > ~/.vnc/passwd", "Marigold"),
    # "here" inside a password
    ("my password is Start!Here7", "Start!Here7"),
    ("the wifi password is Where2Go!now", "Where2Go!now"),
]

LOOK_ALIKES = [
    "Passwort: vergessen.",
    "Passwort: vergessen? Dann klicken Sie auf den Link.",
    "mot de passe : oublié",
    "password: expired",
    "pass=$(cat /run/secrets/db)",
    "password=$(vault kv get -field=pw secret/db)",
    'export DB_PASS="$(cat /run/secrets/db_pass)"',
    "the PIN must not be 1234.",
    "the code 4411 in the ticket is wrong",
    "error code 4031, then it restarts",
    "the passphrase must be at least four words long",
    "Kenji: what's the wifi password?\nHannah: ask the front desk please",
    "log in with your company account, then open settings",
    "use the side entrance to get in after six",
    "the locker is 2 metres tall and the cabinet is 90 cm wide",
    "Meeting ID 812 3345 6789",
    "電話番号は 0312345678 です",
    "Your PIN must be 4-8 digits and cannot be 1234 or 0000.",
    "the code review for PR 4821, then merge",
    "Passcodes must be at least 6 digits, so not 123456.",
    "If you forget your passcode, call 5550199.",
    "the wifi name is Office5G",
    "the wifi at the office is great",
    "Le réseau Wi-Fi invité est VANDELAY-GUEST et le mot de passe est affiché à l'accueil.",
    "the budget was 3000 and we changed it to 4500.",
    "the PIN policy is strict; I changed it to 2025.",
    "x11vnc -storepasswd /etc/x11vnc.pass",
]


@pytest.mark.parametrize("text,secret", CAUGHT)
def test_secret_covered(scrubber, text, secret):
    assert masked_share(scrubber, text, secret) == 1.0


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_left_alone(scrubber, text):
    assert "<SECRET_" not in scrubber.scrub([text]).texts[0]


@pytest.mark.parametrize("value", ["<your key here>", "PASTE_HERE", "token-here", "your-key-here", "here"])
def test_here_as_a_word_is_a_placeholder(value):
    assert looks_like_placeholder(value)


@pytest.mark.parametrize("value", ["Start!Here7", "Where2Go!now", "Sphere#2291"])
def test_here_inside_a_password_is_not(value):
    assert not looks_like_placeholder(value)
