"""Secrets recall (sec29b, issue #19): a password of words and a number typed with its spaces after a
password word and its link, in several languages ("password: My Otter 1987", "Kennwort ist tanne und birke
4"), or before it with a mark or a link between ("My Otter 1987 est mon mot de passe"); the Polish cases of
the password word ("hasłem"); recovery codes in a row split by a middle dot or "and"; a Wi-Fi key of digits
after its label; a PIN before a CJK code word ("6083 は暗証番号です"). Nearby texts (prose about a password, a
heading with a number, a date) stay clean. Texts written for this test."""


import pytest

from tests.scrubber.masking import secret_covers as found
from tests.scrubber.masking import secrets


@pytest.mark.parametrize("text, value", [
    ("pass = My Walrus 1974", "My Walrus 1974"),
    ("new pw: My Beacon 2003 (dont share)", "My Beacon 2003"),
    ("Password for the tablet is Gravel Orchid 41! thanks", "Gravel Orchid 41"),
    ("Das neue Kennwort für den Drucker ist tanne und birke 4", "tanne und birke 4"),
    ("Mot de passe temporaire : My Cobalt 1999", "My Cobalt 1999"),
    ("La clave del wifi: mango and cactus 6", "mango and cactus 6"),
    ("Neno la siri: My Simba 1988", "My Simba 1988"),
    ("Sandi baru: Kopi Hujan 57*", "Kopi Hujan 57"),
    # ... before the password word, a mark or a link between
    ("My Beacon 1977 est mon mot de passe", "My Beacon 1977"),
    ("mango and cactus 6 is the wifi password", "mango and cactus 6"),
    ("Gravel Orchid 41! <- that's the root password", "Gravel Orchid 41"),
    # Polish and Czech cases of the password word: "… jest hasłem", "heslem je …"
    ("Mój login to ewa, Tr4mwaj_81 jest hasłem.", "Tr4mwaj_81"),
    # recovery codes in a row, a middle dot or "and" between them; a Wi-Fi key of digits
    ("Códigos de respaldo: 5170 2934 · 8842 1067 · 3395 7021", "5170 2934"),
    ("Códigos de respaldo: 5170 2934 · 8842 1067 · 3395 7021", "3395 7021"),
    ("my 2FA backup codes are 6013 7724 and 2289 4150, keep them", "2289 4150"),
    ("Wifi: 52719384", "52719384"),
    # a PIN before a strong CJK code word, no lock's word
    ("6083 は暗証番号です", "6083"),
])
def test_words_and_a_number_after_a_password_word(scrubber, text, value):
    assert found(scrubber, text, value)


@pytest.mark.parametrize("text", [
    "Password Reset 2",
    "The password must be changed every 90 days.",
    "Your password was reset on May 5.",
    "See the Password Manager Guide 3.",
    "password expires in 30 days",
    "Windows Server 2019 password policy",
    "Chapter Seven 3 covers the password rules",
    "Release Notes 12 - password hashing is stronger now",
    "Wifi: 20240115",
])
def test_prose_about_a_password_with_a_number_stays_clean(scrubber, text):
    assert secrets(scrubber, text) == []
