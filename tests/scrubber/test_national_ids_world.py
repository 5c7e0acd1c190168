"""National ids of Asia, Africa, the Middle East and Latin America (session 20): after their words in the
local languages, by checked format, and after a bare "ID" when a country's check vouches for the value."""

import pytest

from scrubber.recognizers import national_ids as n

from .masking import covered


def _luhn_complete(body: str) -> str:
    """``body`` with the Luhn check digit appended."""
    for d in "0123456789":
        if n._luhn(body + d):
            return body + d
    raise AssertionError


def _nric(prefix: str, digits: str) -> str:
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if n._sg_nric(prefix + digits + c):
            return prefix + digits + c
    raise AssertionError


SAUDI = _luhn_complete("104857362")          # ten digits, 1 first
EMIRATES = _luhn_complete("78419880462913")  # 784-YYYY-NNNNNNN-C
SA_ID = _luhn_complete("650315508208")       # 1965-03-15, citizen, Luhn (65…: a card prefix too)
NRIC = _nric("S", "8812345")
_C = _luhn_complete("611014033336")  # (61…: a Maestro prefix, and Luhn-valid: a card's checks pass)
CNIC = f"{_C[:5]}-{_C[5:12]}-{_C[12]}"
FIN = _nric("G", "7654321")


def test_check_functions():
    assert n._sg_nric(NRIC) and not n._sg_nric(NRIC[:-1] + ("A" if NRIC[-1] != "A" else "B"))
    assert n._saudi_id(SAUDI) and not n._saudi_id("3" + SAUDI[1:])
    assert not n._saudi_id(SAUDI[:-1] + str((int(SAUDI[-1]) + 1) % 10))
    assert n._emirates_id(EMIRATES)
    assert n._emirates_id(f"{EMIRATES[:3]}-{EMIRATES[3:7]}-{EMIRATES[7:14]}-{EMIRATES[14]}")
    assert n._sa_id(SA_ID) and n._sa_id(f"{SA_ID[:6]} {SA_ID[6:10]} {SA_ID[10:]}")
    assert n._hkid("A123456(3)") and not n._hkid("A123456(4)")
    assert n._tw_id("A123456789") and not n._tw_id("A123456788")


@pytest.mark.parametrize("text, value", [
    ("Tenant: I. Rao, NRIC {v}, works at a bank".format(v=NRIC), NRIC),
    ("Work pass holder, FIN {v}, starts Monday".format(v=FIN), FIN),
    ("IC/NRIC: 850412-10-5523\nDOB: 12/04/1985", "850412-10-5523"),
    ("Ngày sinh: 12/03/1990\nCCCD: 079190004512\nSĐT: 0903 111 222", "079190004512"),
    ("Số CMND: 023456789, cấp ngày 2015", "023456789"),
    ("BVN: 22190045871     NIN: 70231945567", "22190045871"),
    ("BVN: 22190045871     NIN: 70231945567", "70231945567"),
    ("Name: Ayesha Malik   CNIC: 35202-7712093-4", "35202-7712093-4"),
    ("SSS ko po ay 33-4567891-2 at bago na ang address ko", "33-4567891-2"),
    ("NIK: 3171234506880002\nTanggal lahir: 6 Juni 1988", "3171234506880002"),
    ("주민등록번호: 880615-1234567\n연락처: 010-1234-5678", "880615-1234567"),
    ("個人番号：1234-5678-9012\n内容：返品", "1234-5678-9012"),
    ("رقم الهوية: {v}\nرقم الجوال: +966 50 111 2222".format(v=SAUDI), SAUDI),
    ("Passenger 2 dob 03/02/1979 ID {v}".format(v=SAUDI), SAUDI),
    ("Emirates ID 784-1988-0462913-{c} on file".format(c=EMIRATES[-1]), f"784-1988-0462913-{EMIRATES[-1]}"),
    ("Employee no. EMP11223, ID {v}. Please call me".format(v=SA_ID), SA_ID),
    ("Hong Kong resident, HKID A123456(3), applying for the lease", "A123456(3)"),
    ("申請人身分證字號 A123456789，電話", "A123456789"),
    ("Ghana Card GHA-715294836-2 attached", "GHA-715294836-2"),
    ("תעודת זהות: 039337423", "039337423"),
])
def test_ids_are_found(scrubber, text, value):
    assert covered(scrubber, text, value), text


@pytest.mark.parametrize("text", [
    "Order ID 1234567891 shipped yesterday",  # a bare ID whose value no country's check vouches for
    "Open orders: SO5481461 (57,071.29, refunded), SO5481462",  # sales orders shaped like an HKID
    "Ticket ID 4455667788 is closed",
    "Flight SQ 322 departs at 12:40, seat 14C",
    "Build 2024-11-05 passed 1,234 tests in 12.5 s",
    "The invoice INV-20231104 totals 4,250.00 SGD",
])
def test_look_alikes_stay(scrubber, text):
    assert not [s for s in scrubber.analyze(text) if s.type == "NATIONAL_ID"], text


@pytest.mark.parametrize("text, value", [
    (f"Name: Ayesha Malik   CNIC: {CNIC}", CNIC),  # 5-7-1 grouped: no card
    ("Payroll query, ID {a} {b} {c}.".format(a=SA_ID[:6], b=SA_ID[6:10], c=SA_ID[10:]),
     f"{SA_ID[:6]} {SA_ID[6:10]} {SA_ID[10:]}"),
])
def test_id_groupings_are_no_card(scrubber, text, value):
    start = text.index(value)
    types = {s.type for s in scrubber.analyze(text) if s.start < start + len(value) and start < s.end}
    assert "NATIONAL_ID" in types and "CREDIT_CARD" not in types, types
