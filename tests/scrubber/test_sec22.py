"""Secrets (session 22): a list of backup codes reported code by code; crypt hashes of more kinds (scrypt
"$7$", Django's and passlib's PBKDF2, LDAP "{SSHA}", LM:NT pairs); capitalised words joined with a number
("Blue.Whale.93"); a word with a note on its letter case ("(case-sensitive)", "all lowercase"); common
passwords with a number; default passwords and accounts ("root and toor", "admin:12345"); session cookies;
a password whose strength is asked about ("How strong is hunter2?"); an authenticator's base32 seed.
Texts are written for this test."""

import pytest

from tests.scrubber.masking import covered, masked_share

SECRETS = [
    # crypt hashes whose cost and salt are dots, and other hash formats
    ("Is this crackable? $7$CU..../....ZtVcnT4VbGDjAnMq4dGk2.$wE0gOBBOt0qFfyUzp7o3mN09yJeSTXbU6HcRzFMp2P6",
     "$7$CU..../....ZtVcnT4VbGDjAnMq4dGk2.$wE0gOBBOt0qFfyUzp7o3mN09yJeSTXbU6HcRzFMp2P6"),
    ("password = pbkdf2_sha256$260000$Qz1xYw2v$Xk9mN3pL7qR2sT5vW8yZ1aB4cD6eF9gH2jK5lM8nP0q=",
     "pbkdf2_sha256$260000$Qz1xYw2v$Xk9mN3pL7qR2sT5vW8yZ1aB4cD6eF9gH2jK5lM8nP0q="),
    ("$pbkdf2-sha256$29000$N2GMsbbW2nv.gu7nJAxd5w$U8YhCCT0Q0Mn7sCjYhpNmKcY7Gmvw/sgsqK7OKPRuNo",
     "$pbkdf2-sha256$29000$N2GMsbbW2nv.gu7nJAxd5w$U8YhCCT0Q0Mn7sCjYhpNmKcY7Gmvw/sgsqK7OKPRuNo"),
    ("{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g= is the userPassword in LDAP", "{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g="),
    ("Administrator:500:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::",
     "aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0"),
    # capitalised words joined by ".", "-" or "_" with a number
    ("Hey, it's Blue.Whale.93 (case-sensitive) for the shared drive.", "Blue.Whale.93"),
    ("i think it was Mango-Sunset-42 for the nas", "Mango-Sunset-42"),
    ("try Jupiter.Moons.79 - that should work", "Jupiter.Moons.79"),
    ("Maple_Leaf_2027 works on the old wiki", "Maple_Leaf_2027"),
    # a note on the letter case
    ("it's tigerlily7, all lowercase", "tigerlily7"),
    ("the new one is purpleHaze (case sensitive)", "purpleHaze"),
    # common passwords with a number, default passwords, default accounts
    ("It still accepts Password123 for the kiosk account.", "Password123"),
    ("the kiosk still uses the factory default, welcome1, on every unit.", "welcome1"),
    ("The test box credentials are root and toor.", "toor"),
    ("default creds on these cameras are admin:12345", "12345"),
    ("Default login is pi / raspberry", "raspberry"),
    # a password whose strength is asked about, an authenticator's seed
    ("How strong is hunter2?", "hunter2"),
    ("Is 'qwertyuiop' an ok wifi password for the guest network?", "qwertyuiop"),
    ("How strong is Fido2009 really?", "Fido2009"),
    ("Explain: my TOTP seed is JBSWY3DPEHPK3PXP, can I add it to a second phone?", "JBSWY3DPEHPK3PXP"),
    # a session cookie
    ("Set-Cookie: session=9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d; Path=/", "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"),
]


@pytest.mark.parametrize(("text", "value"), SECRETS)
def test_secret_is_masked(scrubber, text, value):
    assert covered(scrubber, text, value), value


NOT_SECRETS = [
    # capitalised words with a year after "-" (a sale, a month range), a header's words
    ("Black-Friday-2024 sale starts on Monday", "Black-Friday-2024"),
    ("The Jan-Feb-2024 report is late", "Jan-Feb-2024"),
    # a case note about a word of the sentence, an acronym or a header
    ("File names are case-sensitive on Linux.", "are"),
    ("The header X-Api-Key is case-sensitive.", "X-Api-Key"),
    ("Use SHA256 (all caps) in the header", "SHA256"),
    ("the enum value is PENDING_REVIEW (all caps)", "PENDING_REVIEW"),
    # a constant's name, a file
    ("env PASSWORD1 var", "PASSWORD1"),
    ("see password2.txt", "password2.txt"),
    # defaults that are settings, accounts that are roles
    ("the default is 30 seconds", "30"),
    ("the default branch is main", "main"),
    ("The default timeout of 3000 ms", "3000"),
    ("the default value is 8080", "8080"),
    ("default: &default\n  adapter: postgresql", "&default"),
    ("enable admin and guest accounts", "guest"),
    ("admin/guest roles", "guest"),
    # a question about a product, an acronym, a room, a word in capitals
    ("How secure is AES256?", "AES256"),
    ("Is \"Kubernetes\" too complex?", "Kubernetes"),
    ("Is Python3 installed?", "Python3"),
    ("Where is room B12?", "B12"),
    ("the OTP key is REQUIRED", "REQUIRED"),
    # a session that is no value
    ("session: 30", "30"),
    ("SESSION_TIMEOUT=30", "30"),
    # hashes of files and ids
    ("sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  release.tar.gz",
     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("request 3f2b9c1e-7a4d-4e8b-9f0a-1c2d3e4f5a6b failed", "3f2b9c1e-7a4d-4e8b-9f0a-1c2d3e4f5a6b"),
]


@pytest.mark.parametrize(("text", "value"), NOT_SECRETS)
def test_look_alike_is_left(scrubber, text, value):
    assert masked_share(scrubber, text, value) == 0.0, value


CODE_LISTS = [
    ("Backup codes for my Google account:\nbl47-d43u\nhvs5-ticc\nhglc-vywx", "bl47-d43u hvs5-ticc hglc-vywx"),
    ("backup codes: 83920174, 55102938, 20193847", "83920174 55102938 20193847"),
    ("My 2FA backup codes:\n1. 7391 0284\n2. 5528 1937\n3. 0046 7712", "7391 0284|5528 1937|0046 7712"),
    ("Save these: 8472-1930 5561-0284 9913-4470 2287-6611", "8472-1930 5561-0284 9913-4470 2287-6611"),
    ("TAN list: 001: 482913, 002: 119384", "482913 119384"),
]


@pytest.mark.parametrize(("text", "codes"), CODE_LISTS)
def test_each_code_of_a_list_is_its_own_span(scrubber, text, codes):
    spans = sorted(text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "SECRET")
    assert spans == sorted(codes.split("|" if "|" in codes else " "))
