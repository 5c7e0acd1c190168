"""Secrets by class (issue 19, session 17): the other codes of a list that holds a code found ("Front door: …
/ Bike room: …", "Door 4471, garage 8812", "celui de la porte de derrière 7746"); a comma and "it's" as a
code's link ("the code, it's 9182", "le code, c'est 2297"); a code typed to open something ("Type 7720 when
the keypad beeps", "tape 5619 pour ouvrir"); what is unlocked between the verb and "with" ("Unlock my iPad
with 4682"); combinations with slashes ("12/34/56") or without a link ("combination 3390"), and a lock's code
read digit by digit ("0 4 7 1"); passphrases of joined words in CamelCase or with "_" or "." wherever a
joined one counts, and in a text about keys, vaults or encryption ("encrypted with river-falcon-pine-ember");
four plain words after a key's or a wallet's word; two capitalised words after a password word; a code said
to work or not ("The code 4471 doesn't work"), shown by an authenticator, typed in vain, or asked for by a key
box or an intercom; a chosen password with "%" and two hex digits ("Cedar%0512" is no URL escape). And the
look-alikes that must stay: a number given as one not to pick, times after an alarm or a gate, an HTTP status,
a network's name, a postal code, dates, identifiers in CamelCase or snake_case.
"""

import pytest

from scrubber.recognizers.password_shape import password_shaped
from tests.scrubber.masking import masked_share

# (text, the secret that must be covered whole)
CAUGHT = [
    # the other codes of a list with a code found
    ("Turn this into a checklist:\n\nLaptop login: jdoe / Welcome2024!\nFront door after 7pm: 48213\n"
     "Bike room: 7735\nAlarm (back office): 9021", "7735"),
    ("Welcome!\n- Building entrance: *4471\n- Printer PIN 3318\n- Stationery cupboard 12 34 56", "12 34 56"),
    ("Welcome!\n- Building entrance: *4471\n- Printer PIN 3318\n- Stationery cupboard 12*34", "12*34"),
    ("Codes for the sites:\n- Lyon: 4471\n- Nantes: 8812", "8812"),
    ("Office door 71930, server room 55218.", "55218"),
    ("Door 4471 / garage 8812 / alarm 5520", "8812"),
    ("Le code de l'alarme est 3391 et celui de la porte de derrière 7746.", "7746"),
    ("El código es 4471 y el del garaje 7781.", "7781"),
    # a comma and "it's"
    ("Tell her the code, it's 9182.", "9182"),
    ("Le code, c'est 2297.", "2297"),
    # typed to open; what is unlocked between the verb and "with"
    ("Type 7720 when the keypad beeps.", "7720"),
    ("Tape 5619 pour ouvrir la porte.", "5619"),
    ("Call the intercom and press 24*3391 to open.", "24*3391"),
    ("Unlock my iPad with 4682 if it asks.", "4682"),
    # combinations and codes read digit by digit
    ("Locker 12, combination 3390.", "3390"),
    ("The lockbox combination is 12/34/56.", "12/34/56"),
    ("Il codice delle consegne è 12/34/56.", "12/34/56"),
    ("kinko no bangou wa 12/34/56 desu", "12/34/56"),
    ("The padlock on the shed is 0 4 7 1.", "0 4 7 1"),
    ("Ana: how do I get into the server room after hours?\nBen: 8 8 2 1 on the keypad", "8 8 2 1"),
    # passphrases of joined words
    ("The vault phrase is trumpet_wagon_pumpkin_saddle_cherry", "trumpet_wagon_pumpkin_saddle_cherry"),
    ("The drive is encrypted with TrumpetWagonPumpkinSaddle.", "TrumpetWagonPumpkinSaddle"),
    ("The key for the encrypted USB stick is maple_lantern_orbit_copper.", "maple_lantern_orbit_copper"),
    ("The backup archive is encrypted with river-falcon-pine-ember-glass.", "river-falcon-pine-ember-glass"),
    ("I changed my password; the new one is OrangeTigerLantern, don't tell anyone.", "OrangeTigerLantern"),
    # plain words after a key's or a wallet's word; two capitalised words after a password word
    ("Unlock the wallet with trumpet wagon pumpkin saddle cherry envelope.",
     "trumpet wagon pumpkin saddle cherry envelope"),
    ("The key is harbor willow pepper canyon quartz, it's for the USB stick.",
     "harbor willow pepper canyon quartz"),
    ("The passphrase for the backup is Trumpet Wagon", "Trumpet Wagon"),
    ("Password: Trumpet Wagon", "Trumpet Wagon"),
    # a code said to work or not, one an authenticator shows, one typed that failed
    ("The code 4471 doesn't work anymore, can you reset it?", "4471"),
    ("Le code 4471 ne marche plus.", "4471"),
    ("My authenticator shows 482913, is that right?", "482913"),
    ("J'ai tapé 4471 mais la porte ne s'ouvre pas.", "4471"),
    # a key box or an intercom asked about, the next speaker's number
    ("Priya: what's the lockbox number?\nOlu: 4827", "4827"),
    ("Priya: what do I press on the intercom?\nOlu: *4471", "*4471"),
    # a "%" and two hex digits inside a chosen password is no URL escape
    ("Explain to Ana why this is risky: I changed it from Osprey2019! to Cedar%0512 yesterday", "Cedar%0512"),
]

LOOK_ALIKES = [
    "Don't use 1234 as your PIN.",
    "Use 1234 as an example of a weak PIN.",
    "Avoid codes like 1234 for your PIN.",
    "Set alarm 0630, gate 1845 on the schedule.",
    "the code is 200 OK when it works",
    "the wifi network is HomeNet5G",
    "Le code postal est 75011.",
    "The safe was serviced on 12/04/24 by the vendor.",
    "The code is in PR 4471 on GitHub.",
    "The key class is UserAccountServiceBuilder in the vault module.",
    "The secret is stored by load_user_config_file in the vault.",
    "The key takeaway is that we improved onboarding drastically.",
    "Password: Not Set",
    'Keep the placeholders: "Dear <your-password>, your card xxxx-xxxx-xxxx-xxxx ships today."',
    "Door code is 4471; meeting room 12 at 1430.",
    "the code 4411 in the ticket is wrong",
    "the code 2024 works in the new release",
    "I typed 2024 but the total is off",
    "Open https://example.com/search?q=hello%20world1 in the portal",
    "Priya: when does the intercom get fixed?\nOlu: at 1430",
]


@pytest.mark.parametrize("text,secret", CAUGHT)
def test_secret_covered(scrubber, text, secret):
    assert masked_share(scrubber, text, secret) == 1.0


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_left_alone(scrubber, text):
    scrubbed = scrubber.scrub([text]).texts[0]
    if text.startswith("Door code is 4471"):  # the code goes, the room and the time stay
        assert "4471" not in scrubbed and "12" in scrubbed and "1430" in scrubbed
    else:
        assert "<SECRET_" not in scrubbed


@pytest.mark.parametrize("value", ["Cedar%0512", "P4nth3r%42", "T1g3rm34d0w80%"])
def test_percent_in_a_password_is_no_escape(value):
    assert password_shaped(value)


@pytest.mark.parametrize("value", ["hello%20world1", "a%2Fb1c2", "caf%C3%A9x1", "line1%0Aline2"])
def test_url_escapes_are_no_password(value):
    assert not password_shaped(value)
