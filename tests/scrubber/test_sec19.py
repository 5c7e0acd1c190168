"""Secrets people share in prose (sec19): software licence, product and recovery keys after their word, also
in a list under it ("Vendor keys:\n- Adobe: …"); a code given right after a question about it ("the code for
the side gate? 4471"); after "code's", "use the code", "mine is" and what a code was reset to; codes in a
table's code column ("Thiết bị\tMã\nCổng\t2291"); recovery codes of letters and digits in a row; passphrases
of five common words joined by "-", "_" or "."; short passwords of every class after their word. And the
look-alikes that must stay: orders, times, units, error codes, tables of product codes, parts lists, slugs.
"""

import pytest

from tests.scrubber.masking import masked_share

# (text, the secret that must be covered whole)
CAUGHT = [
    # licence, product and recovery keys
    ("licence key: QWKT-PLMZ-RXVB-NHTD", "QWKT-PLMZ-RXVB-NHTD"),
    ("Here's the license: AAPL-7QKX-3MMT-ZZ9W", "AAPL-7QKX-3MMT-ZZ9W"),
    ("Your recovery key: HTRW-KPLQ-MN4Z-XCVB", "HTRW-KPLQ-MN4Z-XCVB"),
    ("activation code QQWE-RRTY-UUIO-PPAS", "QQWE-RRTY-UUIO-PPAS"),
    ("the license code for Photoshop is 1045-1209-4382-9921-0043-2278", "1045-1209-4382-9921-0043-2278"),
    ("Your product key is below:\nXJ7KQ-TRWP9-MM2LB-ZZ4QN-HH8TR", "XJ7KQ-TRWP9-MM2LB-ZZ4QN-HH8TR"),
    ("Vendor keys:\n- Adobe: A12B-CDEF-GH3I-J4KL\n- Autodesk: QW9E-RT7Y-UIOP-AS2D", "QW9E-RT7Y-UIOP-AS2D"),
    # a code right after a question about it
    ("the code for the side gate? 4471", "4471"),
    ("front door? 8822", "8822"),
    ("Hey, what's your Netflix PIN? Mine is 8008 lol", "8008"),
    # "code's", "use the code", "mine is", reset to
    ("code's 3318", "3318"),
    ("Proofread: To get into the server closet use the code 2791 and sign the log.", "2791"),
    ("The printer asks for a user code; mine is 40918.", "40918"),
    ("Summarise: Jo reset the voicemail to 46213, please.", "46213"),
    ("For the staff room, dial 4471 on the pad.", "4471"),
    # codes in a table's code column
    ("Thiết bị\tMã số\nCổng\t2291\nTủ khóa\t7735", "7735"),
    ("Door,Code\nFront,4471\nBack,9920", "9920"),
    ("Location\tCode\nMain entrance\t4471\nStore room\t8812", "8812"),
    ("| Vị trí | Mã |\n|---|---|\n| Cửa sau | 3318 |\n| Két sắt | 902217 |", "902217"),
    # recovery codes of letters and digits in a row
    ("my GitHub recovery codes are f3k92-8m1qz, a77b1-90xkq and z2p44-1m0rt", "z2p44-1m0rt"),
    ("Keep these safe: k3921-0m2a9 q8817-2x9z1 p0041-7y3b2", "p0041-7y3b2"),
    # passphrases
    ("LUKS: copper.kettle.orbit.meadow.pickle.lamp", "copper.kettle.orbit.meadow.pickle.lamp"),
    ("She uses the passphrase gravel minnow tuxedo paprika for everything", "gravel minnow tuxedo paprika"),
    # a short password of every class
    ("my password is BaT7#", "BaT7#"),
]

LOOK_ALIKES = [
    "Licence renewal order 2024-5531-8812-0091 is attached.",
    "The product key format is XXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
    "Licensed under Apache-2.0; see the license file for pre-built binaries",
    "Can you set the alarm? 0630 please",
    "Any code changes? 4471 lines changed in the last release",
    "Is this code faster? 2300 ms vs 4100 ms",
    "What's the error code? 4031 again",
    "Where's the key box? Room 4417, next to the lift",
    "Did the gate open? 2024 was the year we fixed it",
    "Did anyone fix the door? 5551 was the ticket number",
    "Use code 5050 for 20% off at checkout",
    "I set the timer to 1530 and reset the counter to 5000",
    "Product,Code\nWidget,4471\nGadget,5582",
    "Name,Code,Price\nShoes,1234,49.99\nHat,5678,19.99",
    "Course,Code\nMaths,1010\nPhysics,2020",
    "Item | Code | Qty\nBolts | 4471 | 200",
    "Parts ab12-cd34, ef56-gh78 and ij90-kl12 are in stock",
    "Call 555-1234 or 555-9876 today",
    "Use the slug spring-garden-party-invite-card for the page",
    "The passphrase feature makes things easier for users",
]


@pytest.mark.parametrize("text,secret", CAUGHT)
def test_secret_covered(scrubber, text, secret):
    assert masked_share(scrubber, text, secret) == 1.0


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_left_alone(scrubber, text):
    assert not [s for s in scrubber.analyze(text) if s.type == "SECRET"]
