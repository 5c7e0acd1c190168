"""Secrets recall (sec29, issue #19), from probes written by hand in many languages and registers: a
passphrase before a CJK password word, a Wi-Fi label's passphrase, "It's X for the router", "the new one is X"
after a password earlier in a chat, a sentence's article before a passphrase, words around a number, a CJK
password of its own script's letters and a number, and lists of backup codes under headings of more languages
(CJK, Russian, Hindi, Arabic, Indonesian, Vietnamese, Swahili), split by "/" or glued to a colon, each code
covered; a password dictated piece by piece; an authenticator's setup key in groups. Nearby texts that hold
no secret (a password manager's version, a network's name, prose about keys and codes) stay clean. Texts
written for this test."""

import pytest

from tests.scrubber.masking import secret_covers as found
from tests.scrubber.masking import secrets


@pytest.mark.parametrize("text, value", [
    # a passphrase of Latin words before a CJK password word
    ("tundra quartz orbit 是 WiFi 密码", "tundra quartz orbit"),
    ("maple cobalt river がWi-Fiのパスワードです", "maple cobalt river"),
    # a Wi-Fi's label and a passphrase of joined words with a number
    ("无线网：tundra-quartz-77", "tundra-quartz-77"),
    ("WiFi：maple-cobalt-93，随便用", "maple-cobalt-93"),
    # a chosen password said to be for the router, no password word
    ("It's Copperfield1987 for the router", "Copperfield1987"),
    ("just use Harbourlight42 on the wifi, it works", "Harbourlight42"),
    # "the new one is X" after a password earlier in the chat
    ("A: what's the password for the staging box?\nB: they rotated it yesterday\n"
     "B: the new one is Violet Harbor Morning", "Violet Harbor Morning"),
    ("Ticket 311: password reset done for the kiosk.\nThe new one is Tern7harbor, please log in today.",
     "Tern7harbor"),
    # a sentence's article before the passphrase
    ("Mot de passe : le chat noir dort", "le chat noir dort"),
    ("the password is the purple monkey dishwasher", "purple monkey dishwasher"),
    # words around a number
    ("Passwort fürs Gäste-WLAN: Sonnenblume 42 Garten", "Sonnenblume 42 Garten"),
    # a network's key and its passphrase with no link
    ('Our Wi-Fi: network "Kestrel-Home", key silver falcon river', "silver falcon river"),
    # a CJK password of its own script's letters and a number
    ("パスワードはさくら2024です", "さくら2024"),
    ("密码是熊猫2024，别告诉别人", "熊猫2024"),
    ("비밀번호는 사랑해2024입니다", "사랑해2024"),
    # a word that starts like "now" of another language is the passphrase's ("nu", "ora")
    ("la password è nuvola rossa balla", "nuvola rossa balla"),
    ("the password is orange kite river", "orange kite river"),
    # a password dictated: digits and symbols by their names, a case's word before letters spelled, a letter
    # by a word, a letter and its case in French, a case's word in German
    ("the password is capital T, i, g, e, r, seven, seven, exclamation mark",
     "capital T, i, g, e, r, seven, seven, exclamation mark"),
    ("password: uppercase M, lowercase a-r-l-i-n, number 8, number 3, hash",
     "uppercase M, lowercase a-r-l-i-n, number 8, number 3, hash"),
    ("ok the wifi password: P as in Peter, e, l, i, c, a, n, then 2 0 2 4",
     "P as in Peter, e, l, i, c, a, n, then 2 0 2 4"),
    ("le mot de passe : M majuscule, a, r, i, n, e, deux, zéro", "M majuscule, a, r, i, n, e, deux, zéro"),
    ("Das Passwort ist: großes K, a, t, z, e, eins, neun", "großes K, a, t, z, e, eins, neun"),
    # an authenticator's setup key in groups of four after a two-factor word on its line
    ("Enter this key in your authenticator app: KRSX G5CT MVRX EZLU", "KRSX G5CT MVRX EZLU"),
    ("2FA secret for the admin account: jbsw y3dp ehpk 3pxp", "jbsw y3dp ehpk 3pxp"),
    # a code given in the next turn, dashed, after a few words of chat
    ("hey whats the door code again??\nur joking, its 4-8-2-7", "4-8-2-7"),
    # a password everybody tries right after the password word
    ("Grafana: user admin, pass qwerty", "qwerty"),
])
def test_secret_found(scrubber, text, value):
    assert found(scrubber, text, value)


_CODES = ("4821 0937", "5512 7730", "6604 1298")


@pytest.mark.parametrize("text, codes", [
    ("8 backup codes: 4821-0937 5512-7730 6604-1298 3379-4410 9081-2256 7723-6641 1150-8897 2468-1357",
     ("4821-0937", "5512-7730", "6604-1298", "3379-4410", "9081-2256", "7723-6641", "1150-8897",
      "2468-1357")),
    ("我的备用码：4821-0937、5512-7730、6604-1298", ("4821-0937", "5512-7730", "6604-1298")),
    ("备用码 4821-0937 5512-7730 6604-1298", ("4821-0937", "5512-7730", "6604-1298")),
    ("恢复码：4821 0937 5512 7730 6604 1298", _CODES),
    ("バックアップコード：4821 0937、5512 7730、6604 1298", _CODES),
    ("Коды восстановления: 4821 0937 5512 7730 6604 1298", _CODES),
    ("रिकवरी कोड: 4821 0937 5512 7730 6604 1298", _CODES),
    ("رموز الاسترداد: 4821 0937 5512 7730 6604 1298", _CODES),
    ("Kode pemulihan: 4821 0937 5512 7730 6604 1298", _CODES),
    ("Mã khôi phục: 4821 0937 5512 7730 6604 1298", _CODES),
    ("Misimbo ya kurejesha: 4821 0937 5512 7730 6604 1298", _CODES),
    ("Codes de récupération (à garder) : 4821 0937 / 5512 7730 / 6604 1298", _CODES),
    ("backup codes 482-109-376 551-277-301 660-412-988", ("482-109-376", "551-277-301", "660-412-988")),
])
def test_each_backup_code_covered(scrubber, text, codes):
    assert all(found(scrubber, text, code, any_type=True) for code in codes)
    assert secrets(scrubber, text)


@pytest.mark.parametrize("text", [
    "version 1password: 8.10",
    "Installed 1Password 8.10.4 and Bitwarden 2024.6 on the new laptops.",
    "LastPass: 4.120 is the version we run",
    "WLAN: fritz-box-7590",
    "WiFi: home-office-net",
    "router key management uses rotating keys.",
    "We bought a new router. The new one is Netgear Nighthawk AX12.",
    "The new one is faster than the old router, honestly.",
    "Use Ubuntu22 for the router firmware build.",
    "Use WPA2-PSK for the wifi security mode.",
    "Mot de passe : le même que d'habitude",
    "password: the same one as last week",
    "密码长度为12位",
    "パスワードは8文字以上にしてください",
    "恢复码只能使用一次",
    "Order numbers: 4821-0937 5512-7730 6604-1298",
    "The grades were A, B, C, then D for the last group.",
    "Use capital letters, numbers and a symbol for your password.",
    "gpg secret key fingerprint: 4F9A 2C7E 1B3D 5F8A 0C2E 4B6D 8F1A 3C5E 7B9D 0F2A",
    "MFA rollout: THIS WEEK WILL BE BUSY for the team",
    "what is the wifi code?\nlol no idea, its on the router",
    "never use password qwerty or anything like it",
])
def test_look_alikes_stay_clean(scrubber, text):
    assert secrets(scrubber, text) == []
