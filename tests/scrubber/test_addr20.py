"""Street addresses in local formats of Asia, Africa, the Gulf and Latin America (session 20): each found as
one LOCATION span from its first element to its postcode or town, never past its line. Addresses and texts are
written for this test."""

import pytest

from scrubber.normalize import normalize
from scrubber.recognizers.world_addresses import WorldAddressRecognizer

# (text, the address in it)
ADDRESSES = [
    ("Unit: Blk 518 Tampines Ave 5, #09-112, Singapore 520518\nRent: S$3,100",
     "Blk 518 Tampines Ave 5, #09-112, Singapore 520518"),
    ("She moved to Blk 7 Lot 22, Phase 3, Brgy. Mambugan, Antipolo, Rizal.\nNew phone next week.",
     "Blk 7 Lot 22, Phase 3, Brgy. Mambugan, Antipolo, Rizal"),
    ("Lumipat po ako sa Purok 4, Brgy. Lapasan, Cagayan de Oro.\nSalamat po",
     "Purok 4, Brgy. Lapasan, Cagayan de Oro"),
    ("Địa chỉ: Số 17 Ngõ 42 Phố Kim Mã, Ba Đình, Hà Nội\nGhi chú: giao giờ hành chính",
     "Số 17 Ngõ 42 Phố Kim Mã, Ba Đình, Hà Nội"),
    ("Giao tới 214 Nguyễn Trãi, Phường 7, Quận 5, TP. Hồ Chí Minh\nGhi chú: gọi trước",
     "214 Nguyễn Trãi, Phường 7, Quận 5, TP. Hồ Chí Minh"),
    ("收货地址：广东省深圳市南山区科技园路18号3栋502室\n备注：工作日送货",
     "广东省深圳市南山区科技园路18号3栋502室"),
    ("寄件地址：台北市大安區忠孝東路四段216號\n謝謝", "台北市大安區忠孝東路四段216號"),
    ("住所：大阪府大阪市北区梅田3-1-3\n電話は後で", "大阪府大阪市北区梅田3-1-3"),
    ("배송지: 경기도 성남시 분당구 판교역로 166, 7층\n요청사항: 부재 시 경비실",
     "경기도 성남시 분당구 판교역로 166, 7층"),
    ("Please deliver to 55/2 Ratchadaphisek Soi 7, Din Daeng, Bangkok 10400. Thanks!",
     "55/2 Ratchadaphisek Soi 7, Din Daeng, Bangkok 10400"),
    ("ที่อยู่ 88/9 หมู่ 3 ตำบลสุเทพ อำเภอเมือง จังหวัดเชียงใหม่ 50200\nโทรกลับด้วย",
     "88/9 หมู่ 3 ตำบลสุเทพ อำเภอเมือง จังหวัดเชียงใหม่ 50200"),
    ("Our flat: Villa 31, Street 14, Al Wasl 1, Dubai\nCall me after six.",
     "Villa 31, Street 14, Al Wasl 1, Dubai"),
    ("Post to P.O. Box 4512-00200, Kenyatta Avenue, Nairobi. Regards",
     "P.O. Box 4512-00200, Kenyatta Avenue, Nairobi"),
    ("Alamat: Jl. Kenanga No. 9 RT 04/RW 11, Kel. Sukajadi, Kec. Sukasari, Bandung 40164, kirim sore ya.",
     "Jl. Kenanga No. 9 RT 04/RW 11, Kel. Sukajadi, Kec. Sukasari, Bandung 40164"),
    ("Adres: Yıldız Mah. Çırağan Cad. No: 21 D: 3, 34349 Beşiktaş/İstanbul\nTel sonra",
     "Yıldız Mah. Çırağan Cad. No: 21 D: 3, 34349 Beşiktaş/İstanbul"),
    ("Nueva dirección: Bv. Pellegrini 1820, S3000 Santa Fe; gracias", "Bv. Pellegrini 1820, S3000 Santa Fe"),
    ("العنوان: شارع الجمهورية 27، المنشية، الإسكندرية\nشكرا", "شارع الجمهورية 27، المنشية، الإسكندرية"),
    ("כתובת: רחוב ביאליק 8, רמת גן\nתודה", "רחוב ביאליק 8, רמת גן"),
    ("כתובת: ז'בוטינסקי 33 דירה 4, פתח תקווה\nתודה", "ז'בוטינסקי 33 דירה 4, פתח תקווה"),
    ("العنوان: جدة، حي الروضة، شارع الأمير سلطان 42\nشكرا", "جدة، حي الروضة، شارع الأمير سلطان 42"),
]

# Look-alikes: the family's words in texts that hold no address (nothing in them is a place)
NOT_PLACES = [
    "Block 12 of the report is done; see Street View for the photo.",
    "We shipped 3 lots to the team, Phase 2 starts Monday.",
    "Sprint 12 review, Team Alpha, room B.",
    "Chị Lan gọi lúc 10 giờ, Anh Minh chưa trả lời.",
    "订单号 JD12345 已发货，预计3天到达。",
    "第3号文件已经发出。",
    "회의는 3층 회의실에서 10시에 합니다.",
    "Ticket S2000, priority high, Rosario reported it.",
    "The inbox holds 120 messages, checkbox 4 is ticked.",
    "Version 2.3, Build 17, Release Candidate",
    "Jalan-jalan ke pantai minggu depan, kak.",
    "Gang of Four, Design Patterns, 1994 edition.",
    "אני בן 12, אבל אחי גדול ממני.",
    "قال محمد، شارع طويل جدا",
]
# and for this recognizer alone (the model reads "Thai" as a place; "9, Street" is the street pattern's)
NOT_ADDRESSES = NOT_PLACES + [
    "Soi is a word in Thai; moo means pig.",
    "Call centre opens at 9, Street team at 10.",
    "Sprint 12 review, Team Alpha, Berlin office.",
]


@pytest.fixture(scope="module")
def recognizer() -> WorldAddressRecognizer:
    return WorldAddressRecognizer()


def found(recognizer: WorldAddressRecognizer, text: str) -> list[str]:
    copy = normalize(text).text  # what the recognizers see (CJK digits spaced apart)
    return [copy[r.start:r.end] for r in recognizer.analyze(copy, ["LOCATION"])]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_the_recognizer_finds_the_whole_address(recognizer, text, address):
    assert [normalize(f).text for f in found(recognizer, text)] == [normalize(address).text]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_the_recognizer_leaves_look_alikes(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_the_scrubber_masks_the_address_as_one_location(scrubber, text, address):
    start = text.index(address)
    end = start + len(address)
    spans = [s for s in scrubber.analyze(text) if s.start < end and start < s.end]
    assert len(spans) == 1
    assert spans[0].type == "LOCATION"
    assert spans[0].start <= start and end <= spans[0].end
    assert "\n" not in text[spans[0].start:spans[0].end]  # never the next line's label


@pytest.mark.parametrize("text", NOT_PLACES)
def test_the_scrubber_finds_no_place_in_look_alikes(scrubber, text):
    assert not [s for s in scrubber.analyze(text) if s.type == "LOCATION"]


def test_an_ascii_text_skips_the_script_families(recognizer):
    assert recognizer.start_of(next(p for p in recognizer.patterns if p.name == "chinese street address"),
                               "Plain English text, 12 lines.") is None


def test_a_vietnamese_address_needs_a_vietnamese_letter(recognizer):
    # the shape alone (number, name, two places) is no address without a letter only Vietnamese writes
    assert found(recognizer, "Lưu ý: 12 Main Road, Park Hill, Springfield") == []
