"""loc23: places and addresses the scrubber cut short or missed: landmark addresses under an address key, unit
and plot words before a house number, a town alone on a signature's last line, a region's code after a town,
Vietnamese towns with their diacritics, Korean building names before the floor, Turkish case endings after a
town, and a town after a school's name."""

import pytest


def _covered(scrubber, text: str, value: str) -> bool:
    """Whether detections of any type cover every letter and digit of ``value`` in ``text``."""
    start = text.index(value)
    marks = [False] * len(text)
    for s in scrubber.analyze(text):
        for k in range(s.start, s.end):
            marks[k] = True
    return all(marks[k] for k in range(start, start + len(value)) if text[k].isalnum())


def _places(scrubber, text: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "LOCATION"]


@pytest.mark.parametrize("text, address", [
    ("Customer record\nAddress: C/O Mama Ngozi, Opposite First Bank, Ogui Road, Enugu\nPhone: 0803 412 7781",
     "C/O Mama Ngozi, Opposite First Bank, Ogui Road, Enugu"),
    ("Home address: Near Total Filling Station, Ashaiman, Tema",
     "Near Total Filling Station, Ashaiman, Tema"),
    ("Residential address: Behind the Methodist Church, Adum, Kumasi",
     "Behind the Methodist Church, Adum, Kumasi"),
])
def test_a_landmark_address_under_an_address_key_is_whole(scrubber, text, address):
    assert address in _places(scrubber, text)


@pytest.mark.parametrize("text, address", [
    ("Our office is at Plot 5, Kampala Road, Kampala.", "Plot 5, Kampala Road, Kampala"),
    ("Please courier to Stand 4471, Extension 3, Tembisa, 1632", "Stand 4471, Extension 3, Tembisa, 1632"),
    ("The delivery address is H.No. 4-5-112/A, Road No. 12, Banjara Hills, Hyderabad 500034",
     "H.No. 4-5-112/A, Road No. 12, Banjara Hills, Hyderabad 500034"),
    ("Send the lease to Lot 12, 45 Acacia Avenue, Windhoek", "Lot 12, 45 Acacia Avenue, Windhoek"),
])
def test_a_plot_or_unit_word_before_the_number_is_the_addresss(scrubber, text, address):
    assert _covered(scrubber, text, address)


@pytest.mark.parametrize("text, place", [
    ("Thanks,\nJohan\nWarehouse Supervisor, Capitec\nMontague Gardens\n\nThanks!", "Montague Gardens"),
    ("Please advise.\n\nJane Doe\nSenior Buyer\nParramatta NSW", "Parramatta NSW"),
    ("Regards,\nTom Price\nSales Director, Acme\nHove", "Hove"),
    ("Cảm ơn,\nNguyễn Văn An\nSales Manager\nCần Thơ", "Cần Thơ"),
])
def test_a_town_alone_on_a_signatures_last_line(scrubber, text, place):
    assert _covered(scrubber, text, place)


@pytest.mark.parametrize("text", [
    "Best,\nJohn\nSenior Engineer\nPlatform Team",
    "Thanks,\nMaria Lopez\nProduct Manager\nGrowth",
    "Cheers,\nSam\nHead of Design\nBrand Studio",
])
def test_a_team_on_a_signatures_last_line_is_no_place(scrubber, text):
    assert _places(scrubber, text) == []


@pytest.mark.parametrize("text, place", [
    ("Pupil: Yaw Amoako\nPrevious school: Riverside Primary, Reading\nParent: Kwame Osei", "Reading"),
    ("Müşteri şu anda Zamboanga'da yaşıyor.", "Zamboanga"),
    ("주소: 경기도 성남시 분당구 판교역로 235, 에이치스퀘어 N동 7층",
     "경기도 성남시 분당구 판교역로 235, 에이치스퀘어 N동 7층"),
])
def test_towns_after_a_school_before_a_case_ending_and_korean_floors(scrubber, text, place):
    assert _covered(scrubber, text, place)


@pytest.mark.parametrize("text", [
    "Address: Please Fill In Later, Once We Know, Thanks Everyone",
    "O'Brien's report is late again.",
    "Location: Not Known Yet, Ask The Client, Then Update",
    "Gelecek yıl Zamboanga'da satış ekibini büyütmeyi planlıyoruz.",
])
def test_look_alikes_stay_no_place(scrubber, text):
    assert _places(scrubber, text) == []
