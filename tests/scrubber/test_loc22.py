"""Places and addresses of every culture (session 22): Japanese ward addresses without their prefecture,
Chinese buildings and estates, Vietnamese addresses in one recognizer (also typed without diacritics), India's
landmark addresses, an address that stops before its contact field, German back buildings and floors,
Portugal's "n.º", Indonesian housing estates, lines that wrapped inside an address, Tagalog's "pa-"/"taga-"
before a town. Addresses and texts are written for this test."""

import pytest

from scrubber.normalize import normalize
from scrubber.recognizers.address import StreetAddressRecognizer
from scrubber.recognizers.world_addresses import WorldAddressRecognizer

# (text, the address in it): the scrubber covers it with one LOCATION span that ends where it ends
ADDRESSES = [
    ("住所：大阪市北区梅田3-1-3\n電話は後で", "大阪市北区梅田3-1-3"),
    ("お届け先: 名古屋市中区栄3丁目5-12", "名古屋市中区栄3丁目5-12"),
    ("住所 札幌市中央区北1条西2丁目", "札幌市中央区北1条西2丁目"),
    ("彼女は神戸市中央区三宮町1-5-1に住んでいます。", "神戸市中央区三宮町1-5-1"),
    ("收货地址：广州市天河区天河路385号太古汇2座1501室", "广州市天河区天河路385号太古汇2座1501室"),
    ("他住在深圳市南山区科技园南区8栋", "深圳市南山区科技园南区8栋"),
    ("寄到杭州市西湖区文三路90号东部软件园1号楼302室", "杭州市西湖区文三路90号东部软件园1号楼302室"),
    ("Dia chi: 45 Ly Tu Trong, Phuong Ben Nghe, Quan 1, TP HCM\nCam on",
     "45 Ly Tu Trong, Phuong Ben Nghe, Quan 1, TP HCM"),
    ("Số 12 Nguyễn Huệ là địa chỉ mới của chị Lan.", "Số 12 Nguyễn Huệ"),
    ("Deliver to: Near Hanuman Mandir, Opp. SBI Bank, Station Road, Jaipur 302006",
     "Near Hanuman Mandir, Opp. SBI Bank, Station Road, Jaipur 302006"),
    ("Address: Flat 12, Shanti Apartments, FC Road, Shivajinagar, Pune 411001 Ph: 9812345678",
     "Flat 12, Shanti Apartments, FC Road, Shivajinagar, Pune 411001"),
    ("Address: 45, Laxmi Road, Pune 411030 Mob: 98220 12345", "45, Laxmi Road, Pune 411030"),
    ("Wohnhaft: Am Mühlbach 57, Hinterhaus, 3. OG, 99042 Erfurt\nTelefon folgt",
     "Am Mühlbach 57, Hinterhaus, 3. OG, 99042 Erfurt"),
    ("Anschrift: Hauptstraße 5, Hinterhaus, 2. OG, 10115 Berlin",
     "Hauptstraße 5, Hinterhaus, 2. OG, 10115 Berlin"),
    ("Morada:\nRua do Almada, n.º 24, 2.º Dto., 4800-182 Guimarães",
     "Rua do Almada, n.º 24, 2.º Dto., 4800-182 Guimarães"),
    ("Alamat: Perumahan Griya Asri Blok C2 No. 14, Bekasi 17510",
     "Perumahan Griya Asri Blok C2 No. 14, Bekasi 17510"),
    ("Ship to:\nPriya Sharma\nB-204, Sea View Apartments\nJuhu Tara Road\nMumbai 400049",
     "B-204, Sea View Apartments\nJuhu Tara Road\nMumbai 400049"),
    ("Parent/carer: \tFernanda Costa, 78 Ahmadu\nBello Way, Ikeja, Lagos State. If you would like",
     "78 Ahmadu\nBello Way, Ikeja, Lagos State"),
    ("RESIDENTIAL ADDRESS: 38 Ahmadu Bello Way, Owerri, Imo\nState\nPHONE: +234 (0) 813 355 8307",
     "38 Ahmadu Bello Way, Owerri, Imo\nState"),
    ("Zgłosiła przeciek pod lokalem przy ul. Kwiatowa 75 m.\n29, 60-842 Poznań, pilne",
     "ul. Kwiatowa 75 m.\n29, 60-842 Poznań"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_the_scrubber_finds_the_address_whole(scrubber, text, address):
    start = text.index(address)
    end = start + len(address)
    spans = [s for s in scrubber.analyze(text) if s.start < end and start < s.end]
    assert [s.type for s in spans] == ["LOCATION"]
    assert spans[0].start <= start and end <= spans[0].end
    # no more than a closing mark after it: never the contact field or the next line's label
    assert len(text[end:spans[0].end].strip(" .,")) == 0


def test_the_address_stops_before_its_phone_field_and_the_phone_is_found(scrubber):
    text = "Address: 14, MG Road, Pune 411001 Ph: 98234 56712"
    spans = {(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)}
    assert ("LOCATION", "14, MG Road, Pune 411001") in spans
    assert any(t == "PHONE_NUMBER" and "56712" in v for t, v in spans)


@pytest.mark.parametrize(("text", "town"), [
    ("Marites: hahaha ok ate ingat sa biyahe pa-Pasig!", "Pasig"),
    ("taga-Iloilo siya, sabi ni ate", "Iloilo"),
])
def test_a_town_after_tagalog_pa_or_taga(scrubber, text, town):
    # (the span may take in the prefix, the word's whole: "pa-Pasig")
    assert any(s.type == "LOCATION" and text[s.start:s.end].endswith(town) for s in scrubber.analyze(text))


# The new families' words in texts that hold no address
NOT_WORLD_ADDRESSES = [
    "上海市浦东区5-6月的销售额增长了3%。",  # a range of months, no block numbers
    "深圳市南山区有3座公园，北京市朝阳区共有12栋楼。",  # a count of parks and buildings
    "Meeting 3 Team A, Quan Le, Minh Do joined.",  # Vietnamese given names after a comma
    "Room 12 Alpha Wing, Phuong Nguyen, Tuan Pham",
    "Komplek Alpha is our codename for the sprint.",  # an estate's word without a block or number
]


@pytest.mark.parametrize("text", NOT_WORLD_ADDRESSES)
def test_the_world_recognizer_leaves_look_alikes(text):
    copy = normalize(text).text
    assert WorldAddressRecognizer().analyze(copy, ["LOCATION"]) == []


@pytest.mark.parametrize("text", [
    "We are near Gartner's estimate, revenue 150 000 this year.",
    "Opposite view, the team thinks the budget of 250000 is fine.",
])
def test_no_landmark_address_without_a_town_before_the_pin(text):
    found = StreetAddressRecognizer().analyze(text, ["LOCATION"])
    assert not [r for r in found if "landmark" in r.analysis_explanation.pattern_name]


@pytest.mark.parametrize("text", [
    "Ship to 12 Main Street, Springfield\nState the reason below.",  # an ordinary line after the town
    "ok pa-check naman ng file, pa-Ready na kami",  # no town after "pa-"
])
def test_no_region_word_or_town_taken_from_an_ordinary_word(scrubber, text):
    values = [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "LOCATION"]
    assert not any("State" in v or "Ready" in v or "check" in v for v in values)


def test_vietnam_is_recognised_in_one_place_only():
    # (the numbered street moved from address.py to world_addresses.py: one fact, one place)
    assert not [p for p in StreetAddressRecognizer().patterns if "vietnam" in p.name]
    names = [p.name for p in WorldAddressRecognizer().patterns]
    assert "vietnamese numbered street" in names and "vietnamese street address" in names


@pytest.mark.parametrize(("text", "town"), [
    ("Mr Adeyemi works in Owerri as a pharmacist.", "Owerri"),
    ("She was posted to Kisumu last year.", "Kisumu"),
    ("He comes from Kiribathgoda, near Colombo.", "Kiribathgoda"),
    ("Si Ate Joy ay nakatira sa Marikina ngayon.", "Marikina"),
])
def test_a_town_where_someone_works_comes_from_or_lives(scrubber, text, town):
    start = text.index(town)
    assert any(s.start <= start and start + len(town) <= s.end for s in scrubber.analyze(text))


@pytest.mark.parametrize("text", [
    "This works in Chrome but not in Safari.",
    "The fix works in Production and Staging.",
    "The request came from Legal.",
    "She works in Finance.",
    "It works in Python 3.12 and Node 20.",
])
def test_a_work_verb_before_an_ordinary_or_tech_word_is_no_place(scrubber, text):
    assert not [s for s in scrubber.analyze(text) if s.type == "LOCATION"]
