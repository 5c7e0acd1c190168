"""Address formats found whole (session 26, rec26l): a building and room after Japanese block numbers and
after a Chinese building's letter, Hong Kong's flat and floor, Pakistan's sectors, a town's postal district
("Colombo 04"), Polish "Aleje"/"osiedle" streets, Korean lot (jibun) addresses, Devanagari house numbers and
directions by landmarks. Addresses and texts are written for this test."""

import pytest

# (text, the address in it)
FOUND_WHOLE = [
    ("送り先：〒150-0042 東京都渋谷区宇田川町21-6 サクラハイツ203\nよろしく",
     "〒150-0042 東京都渋谷区宇田川町21-6 サクラハイツ203"),
    ("住所は京都府京都市左京区吉田本町1-5 グランメゾン 402号室 です。",
     "京都府京都市左京区吉田本町1-5 グランメゾン 402号室"),
    ("收件地址：杭州市西湖区文三路88号华星大厦C座903室，谢谢", "杭州市西湖区文三路88号华星大厦C座903室"),
    ("Tenant Wong Siu Ming lives at Flat D, 22/F, Block 5, Taikoo Shing, 18 Tai Yue Avenue, Quarry Bay.",
     "Flat D, 22/F, Block 5, Taikoo Shing, 18 Tai Yue Avenue"),
    ("Patient Bilal Qureshi, House 87, Street 22, Sector F-7/3, Islamabad",
     "House 87, Street 22, Sector F-7/3, Islamabad"),
    ("Please courier it to No. 112/4, Havelock Road, Colombo 05, attn. Ruwan Silva.",
     "No. 112/4, Havelock Road, Colombo 05"),
    ("Dostawa: Aleje Ujazdowskie 17 lok. 4, 00-567 Warszawa", "Aleje Ujazdowskie 17 lok. 4, 00-567 Warszawa"),
    ("주소: 경기도 수원시 영통구 매탄동 412-7 그린빌 102동 805호",
     "경기도 수원시 영통구 매탄동 412-7 그린빌 102동 805호"),
    ("पता: मकान नं. 17, गली नं. 9, करोल बाग, नई दिल्ली 110005",
     "मकान नं. 17, गली नं. 9, करोल बाग, नई दिल्ली 110005"),
    ("Send the phone to Ms. Achieng at Ngong Road, off Argwings Kodhek Road, near Adams Arcade, Nairobi.",
     "Ngong Road, off Argwings Kodhek Road, near Adams Arcade, Nairobi"),
    ("The rider says: opposite Total filling station, behind Kisumu Girls School, Kisumu.",
     "opposite Total filling station, behind Kisumu Girls School, Kisumu"),
]


@pytest.mark.parametrize(("text", "address"), FOUND_WHOLE)
def test_address_found_whole(scrubber, text, address):
    start = text.index(address)
    end = start + len(address)
    spans = scrubber.analyze(text)
    covered = [i for i in range(start, end) if text[i].isalnum() and any(s.start <= i < s.end for s in spans)]
    assert len(covered) == sum(c.isalnum() for c in address), [(s.type, text[s.start:s.end]) for s in spans]


# (text, what no LOCATION may cover)
NOT_ADDRESSES = [
    ("会議は東京都港区芝公園4-2-8で、3月5日 10時から。", "3月5日"),
    ("We met near the station, behind schedule, as usual.", "behind schedule"),
    ("The shop is near completion, opposite what we planned, so expect delays.", "opposite what we planned"),
    ("Sector G-7 results improved by 4%, Sector F-2 fell.", "Sector F-2"),
    ("Revenue at Colombo 04 branch grew.", "branch"),
]


@pytest.mark.parametrize(("text", "words"), NOT_ADDRESSES)
def test_no_address(scrubber, text, words):
    start = text.index(words)
    end = start + len(words)
    spans = [s for s in scrubber.analyze(text) if s.type == "LOCATION"]
    assert not any(s.start < end and start < s.end for s in spans), [text[s.start:s.end] for s in spans]
