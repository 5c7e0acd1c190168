"""Secrets recall (sec28, issue #19): a leetspeak label whose first letter is a digit or a sign ("5ecret:",
"$ecret =", "p@ss:"); a lock's, door's or alarm's code in Japanese, Chinese and Korean, before or after its
word; Arabic "كود"; a password before a password word of another script ("X 是 WiFi 密码"); a passphrase of
Latin words after a CJK password word; capitalised words joined by "_" with a glued number. Nearby texts
that hold no secret stay clean. Texts written for this test."""

import pytest

from tests.scrubber.masking import secret_covers as found
from tests.scrubber.masking import secrets


@pytest.mark.parametrize("text, value", [
    # a leetspeak label starting with a digit or a sign
    ("$ecret: quill-Ferry-83", "quill-Ferry-83"),
    ("5ecret: quill-Ferry-83", "quill-Ferry-83"),
    ("5ECRET = lanternfish61", "lanternfish61"),
    ("p@ss: Osprey_Nest_40", "Osprey_Nest_40"),
    # a lock's code in Japanese, Chinese and Korean, its word before or after
    ("アラームの解除コードは 6182 です", "6182"),
    ("裏口のドアのコード：7306", "7306"),
    ("警報コード：4093", "4093"),
    ("门禁码是 8154", "8154"),
    ("警报器的代码是 2976", "2976"),
    ("保险柜：5820", "5820"),
    ("6213 は門の暗証番号です", "6213"),
    ("9047 是门禁码", "9047"),
    # Arabic "كود" (code) before or after its code
    ("كود البوابة: 3928", "3928"),
    ("7350 هو كود الإنذار", "7350"),
    ("كلمة سر الإنذار 4618", "4618"),
    # a password before a password word of another script
    ("Lighthouse4417 是 WiFi 密码", "Lighthouse4417"),
    ("pebble-canyon-moss 是无线网络的密码", "pebble-canyon-moss"),
    ("Lighthouse4417 がWi-Fiのパスワードです", "Lighthouse4417"),
    # a passphrase of Latin words after a CJK password word, and a value before a full-width comma
    ("WiFi 密码是 walnut ember glacier", "walnut ember glacier"),
    ("无线网络密码 Lighthouse4417，请勿外传", "Lighthouse4417"),
    # capitalised words joined by "_" with the number glued to the last one, no cue word
    ("For the team inbox just use Pelican_Shore58 and the usual address.", "Pelican_Shore58"),
])
def test_secret_found(scrubber, text, value):
    assert found(scrubber, text, value)


@pytest.mark.parametrize("text", [
    "注文番号は 20240518 です",
    "ゲート番号は 112 です",
    "ロッカー番号 215",
    "邮政编码 100080",
    "股票代码 600519",
    "门牌号码 1203",
    "搭乗ゲート 23 番",
    "大门 2024年 翻新",
    "version 1.2: released",
    "3 token: none",
    "user@host: ok",
    "密码必须包含 8 个字符",
])
def test_no_secret(scrubber, text):
    assert secrets(scrubber, text) == []
