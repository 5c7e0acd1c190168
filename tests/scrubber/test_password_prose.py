"""Passwords, passphrases, seed phrases, PINs and codes people write in prose (issue #19: "passwords in prose
and config (`Spring2021!`, passphrases like `copper-lantern-river-seven`) after a password cue")."""

import pytest

CAUGHT = [
    ("the passphrase copper-lantern-river-seven unlocks it", "copper-lantern-river-seven"),
    ("the vault password Tr0ub4dor&3.", "Tr0ub4dor&3"),
    ("wifi passphrase is copper lantern river seven", "copper lantern river seven"),
    ("passphrase: correct horse battery staple", "correct horse battery staple"),
    ("My seed phrase: witch collapse practice feed shame open despair creek road again ice least",
     "witch collapse practice feed shame open despair creek road again ice least"),
    ("use the PIN 4471 for the door", "4471"),
    ("PIN-Code: 0815, bitte nicht weitergeben", "0815"),
    ("Your one-time code is 482913", "482913"),
    ("recovery code 7HJK-29XL-QQ3M (keep it safe)", "7HJK-29XL-QQ3M"),
    ("Bitte TAN 123456 eingeben", "123456"),
    ("the door code is 2580", "2580"),
    ("My password is Spring2021! please reset it", "Spring2021!"),
    # the password word after the value
    ("Use Herbst2019! as the temporary password; Ines will reset it.", "Herbst2019!"),
    ("use tulip-ferry-basalt-nine as the new wifi password", "tulip-ferry-basalt-nine"),
    ("'Qx7#mLp2Rv' is the admin password for the router", "Qx7#mLp2Rv"),
    # a card's security code
    ("card ending 1111, exp 08/27, CVV 392", "392"),
    ("CVC: 4417 (Amex)", "4417"),
]
LEFT_ALONE = [
    "password reset link expired", "the password policy requires 12 characters",
    "the passphrase is stored in the vault", "the passphrase is required for every login",
    "error code 404 on login", "status code 500", "the code 4411 in the ticket", "PIN since 2019",
    "pin the version to 1.2.3", "OTP expired", "password combination.\n\nR5: Regular expressions",
    "reset your password before 2025-01-01",
    "Use SHA-256 as the password hash.", "We moved to bcrypt-v2 for password hashing.",
    "See RFC-8018 for password rules", "Use this as the password for now",
    "the CVV field is required", "CVV 2024 rules changed",
]


@pytest.mark.parametrize("text, secret", CAUGHT)
def test_caught_whole(scrubber, text, secret):
    out = scrubber.scrub([text]).texts[0]
    assert secret not in out and "<SECRET_" in out
    for word in secret.replace("-", " ").split():
        assert word not in out.replace("passphrase", "")  # no part of it either


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_look_alikes_left_alone(scrubber, text):
    assert "<SECRET_" not in scrubber.scrub([text]).texts[0]
