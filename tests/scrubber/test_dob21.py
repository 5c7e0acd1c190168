"""Session 21: dates of birth in many languages' and calendars' date formats after their birth words:
Indonesian and Malay, Tagalog, Vietnamese, Greek, Russian, Arabic, Thai (Buddhist-era years), Hindi, Korean,
Chinese and Japanese (era years); the month's name in the middle of a year-first date; spaced numeric dates.
Delivery, order, meeting and issue dates in the same languages stay unmasked as dates of birth.

Values here are made up for these tests (none comes from a corpus or fixture).
"""

import pytest

from scrubber.recognizers.date_of_birth import _ALL_MONTHS, MONTH_NAMES, DateOfBirthRecognizer


def births(scrubber, text: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "DATE_OF_BIRTH"]


def dob_covers(scrubber, text: str, value: str) -> bool:
    """Every letter and digit of ``value`` lies inside a DATE_OF_BIRTH detection."""
    start = text.index(value)
    spans = [s for s in scrubber.analyze(text) if s.type == "DATE_OF_BIRTH"]
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value))
               if text[i].isalnum())


@pytest.mark.parametrize("text, value", [
    # Indonesian, Malay, Tagalog month names and birth words
    ("Tanggal lahir: 17 Agustus 1984", "17 Agustus 1984"),
    ("tgl lahir 9 Desember 1979", "9 Desember 1979"),
    ("Tarikh lahir: 4 Ogos 1988", "4 Ogos 1988"),
    ("Tarikh lahir: 21 Disember 1991", "21 Disember 1991"),
    ("Kaarawan: Hunyo 12, 1993", "Hunyo 12, 1993"),
    ("Ipinanganak noong 5 Setyembre 1980", "5 Setyembre 1980"),
    # Vietnamese: ngày … tháng … năm …
    ("Ngày sinh: ngày 14 tháng 3 năm 1987", "ngày 14 tháng 3 năm 1987"),
    ("Anh ấy sinh ngày 2 tháng 11 năm 1975 tại Huế", "2 tháng 11 năm 1975"),
    # Greek: birth words, genitive months, numeric dates
    ("Ημερομηνία γέννησης: 14 Μαρτίου 1987", "14 Μαρτίου 1987"),
    ("ημερομηνία γέννησης: 03/11/1979", "03/11/1979"),
    ("Γεννήθηκε στις 8 Αυγούστου 1969 στην Πάτρα", "8 Αυγούστου 1969"),
    # Russian: birth words, genitive months
    ("Дата рождения: 14 марта 1987 г.", "14 марта 1987"),
    ("дата рождения 03.11.1979", "03.11.1979"),
    ("Родилась 2 декабря 1990 года в Казани", "2 декабря 1990"),
    # Arabic: Gregorian and Levantine month names
    ("تاريخ الميلاد: 14 مارس 1987", "14 مارس 1987"),
    ("تاريخ الميلاد: 03/11/1979", "03/11/1979"),
    ("تاريخ الولادة: 9 تشرين الأول 1982", "9 تشرين الأول 1982"),
    ("ولد في 5 أيار 1970 في بيروت", "5 أيار 1970"),
    # Thai: Buddhist-era years, full and abbreviated months, the era word
    ("วันเกิด: 12/07/2505", "12/07/2505"),
    ("วันเกิด 12 กรกฎาคม 2505", "12 กรกฎาคม 2505"),
    ("เกิดวันที่ 3 ก.ค. 2530", "3 ก.ค. 2530"),
    ("วันเกิด: 1 มกราคม พ.ศ. 2520", "1 มกราคม พ.ศ. 2520"),
    # Hindi
    ("जन्म तिथि: 14/03/1987", "14/03/1987"),
    ("जन्मतिथि 3 मई 1990", "3 मई 1990"),
    # Korean, Chinese and Japanese
    ("출생: 1987년 3월 14일", "1987년 3월 14일"),
    ("생년월일: 1987. 3. 14.", "1987. 3. 14."),
    ("她出生于1987年3月14日。", "1987年3月14日"),
    ("生年月日：平成2年5月3日", "平成2年5月3日"),
    # Hungarian
    ("Születési dátum: 1987. március 14.", "1987. március 14."),
    # spaced numeric dates, the month's name in the middle of a year-first date
    ("Datum narození: 14. 3. 1987", "14. 3. 1987"),
    ("DOB: 1987-Mar-14", "1987-Mar-14"),
    ("date of birth\t1987/MAR/14", "1987/MAR/14"),
    # a blank line between the birth word and the date
    ("Date of Birth:\n\n14/03/1987", "14/03/1987"),
    # Ukrainian, Bulgarian, Croatian, Hebrew, Vietnamese birth year words, Indonesian TTL
    ("Дата народження: 14.03.1987", "14.03.1987"),
    ("Народилася 14 березня 1987 року", "14 березня 1987"),
    ("Дата на раждане: 14.03.1987", "14.03.1987"),
    ("Datum rođenja: 14. ožujka 1987.", "14. ožujka 1987"),
    ("תאריך לידה: 14/03/1987", "14/03/1987"),
    ("Ngày tháng năm sinh: 14/03/1987", "14/03/1987"),
    ("TTL: Surabaya, 14 Maret 1987", "14 Maret 1987"),
    ("วันเดือนปีเกิด: 14 มีนาคม 2530", "14 มีนาคม 2530"),
    # CJK partial dates
    ("出生年月：1987年3月", "1987年3月"),
    ("他的生日是3月14日", "3月14日"),
    ("생일: 3월 14일", "3월 14일"),
    # a date broken by a PDF's wrapped line
    ("Date of birth: 14\nMarch 1987", "14\nMarch 1987"),
    ("She was born on March\n14, 1987 in Leeds.", "March\n14, 1987"),
])
def test_birth_date_in_many_formats(scrubber, text, value):
    assert dob_covers(scrubber, text, value)


@pytest.mark.parametrize("text", [
    # the same formats after other dates' words
    "Tanggal pengiriman: 17 Agustus 2024",
    "Ngày giao hàng: ngày 14 tháng 3 năm 2024",
    "Ημερομηνία παράδοσης: 14 Μαρτίου 2024",
    "Дата доставки: 14 марта 2024 г.",
    "تاريخ التسليم: 14 مارس 2024",
    "วันส่งของ 12 กรกฎาคม 2567",
    "配送日：2024年3月14日",
    "배송일: 2024년 3월 14일",
    "Order date: 2024-Mar-14, meeting on 2024. 3. 15.",
    "Cache TTL: 3600 s, last flush 2024-03-14",
    "会议日期：3月14日，交货：2024年3月",
    "Date of birth: see the form.\nMarch\n2024 minutes",
    "Passport issued 14. 3. 2015, expires 14. 3. 2025",
    # words that are birth words only sometimes: Thai เกิด (to happen), Arabic ولد (generated, boy)
    "เกิดข้อผิดพลาดเมื่อ 12/07/2024 ระหว่างการชำระเงิน",
    "ولد الفريق أفكارا جديدة في الاجتماع بتاريخ 14 مارس 2024",
])
def test_other_dates_stay_unmasked_as_birth(scrubber, text):
    assert births(scrubber, text) == []


def test_buddhist_era_year_not_taken_for_a_future_year():
    # 2505 BE is 1962: not rejected as a year after this one
    r = DateOfBirthRecognizer()
    assert [x.entity_type for x in r.analyze("วันเกิด: 12/07/2505", ["DATE_OF_BIRTH"])] == ["DATE_OF_BIRTH"]
    assert r.analyze("DOB: 12/07/2099", ["DATE_OF_BIRTH"]) == []


def test_more_months_stay_out_of_the_shared_month_words():
    # other recognizers read MONTH_NAMES as words that name no place or person: the added months stay apart
    assert "ogos" in _ALL_MONTHS and "ogos" not in MONTH_NAMES
    assert "мая" in _ALL_MONTHS and "มกราคม" in _ALL_MONTHS
    assert MONTH_NAMES <= _ALL_MONTHS
