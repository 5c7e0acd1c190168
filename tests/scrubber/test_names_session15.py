"""Names the scrubber missed in forms written for session 15 (issue #19): names in Devanagari, Thai and
Georgian, Hebrew names whose family name no list holds, Chinese names after a verb of contacting, Japanese
names before a particle, a family name alone in capitals after a field or an honorific, a passport's
machine-readable zone, a lower-case initial and family name, a nickname inside a name, given names that are
words joined by "and". Each rule with a look-alike it leaves alone."""

import pytest

from scrubber.engine import Scrubber
from tests.scrubber.masking import covered, people


@pytest.mark.parametrize(("text", "names"), [
    # Hindi by the lists: a listed given name with the word after it, a listed family name with the word
    # before it
    ("Translate to English: «राहुल शर्मा ने चालान के बारे में फ़ोन किया, कृपया गुरुवार से पहले सुनीता वर्मा को "
     "जवाब भेजें।»", ["राहुल शर्मा", "सुनीता वर्मा"]),
    ("«अनीता देसाई अगले सप्ताह की बैठक में नहीं आ पाएंगी। कृपया विकास मल्होत्रा से संपर्क करें।»",
     ["अनीता देसाई", "विकास मल्होत्रा"]),
    ("श्रीमती कमलेश्वरी ने फ़ाइल भेजी।", ["कमलेश्वरी"]),  # after a title, unlisted
    # words of these scripts spaced apart inside Latin-script text
    ("Please translate the note from राहुल शर्मा about the shipment.", ["राहुल शर्मा"]),
    ("Send the invoice to สมชาย ใจดี before Friday.", ["สมชาย ใจดี"]),
    ("Thanks to தமிழ் செல்வன் for the help.", ["தமிழ் செல்வன்"]),
    # Thai after the polite title, Georgian by the family name's ending
    ("«คุณวิภา ศรีสุข โทรมาเรื่องใบแจ้งหนี้»", ["วิภา ศรีสุข"]),
    ("«გიორგი ბერიძე დარეკა, გთხოვთ, პასუხი გაუგზავნოთ ნინო კაპანაძეს.»", ["გიორგი ბერიძე", "ნინო კაპანაძე"]),
    # Hebrew: a listed given name and an unlisted family name; a verb of calling first; a subject before "not"
    ("«מיכל אברמוביץ לא תוכל להגיע לפגישה בשבוע הבא.»", ["מיכל אברמוביץ"]),
    ("«התקשר אלעזר ויינברג בנוגע לחשבונית.»", ["אלעזר ויינברג"]),
    ("«ליאורה אבוטבול לא תוכל להשתתף בישיבה.»", ["ליאורה אבוטבול"]),
    ("«אסנת ברזילי שלחה את הדוח.»", ["אסנת ברזילי"]),
    # Chinese after a verb of sending or contacting, before a time or a call; Japanese before a particle
    ("请把报告发给张伟。", ["张伟"]),
    ("「经理说，陈静下周休假。」", ["陈静"]),
    ("「今天，黄伟打电话来了。」", ["黄伟"]),
    ("「来週の会議について、佐藤花子が資料を準備します。」", ["佐藤花子"]),
    # a family name alone in capitals after a field, a role, an honorific or "held by"
    ("SURNAME: ADEYEMI   FIRST NAME: Tolu", ["ADEYEMI"]),
    ("Defendant: OKAFOR", ["OKAFOR"]),
    ("The account is held by PETERSEN, not by the company.", ["PETERSEN"]),
    ("Meeting notes\nMRS. NAKAMURA disagreed.", ["NAKAMURA"]),
    # a passport's machine-readable zone
    ("Please check this MRZ:\nP<GBROKAFOR<<CHUKWUEMEKA<<<<<<<<<<<<<<<<<<<<<", ["OKAFOR", "CHUKWUEMEKA"]),
    # a lower-case initial and family name; a nickname in quotes inside the name
    ("The ticket was opened by t. okonkwo and closed by r. haddad.", ["t. okonkwo", "r. haddad"]),
    ('Robert "Bobby" Kaminski asked for a refund on order 55123.', ['Robert "Bobby" Kaminski']),
    # given names that are words, joined by "and": mid-sentence, or first before a person's verb
    ("Please book a table for Will and Faith at 7pm.", ["Will", "Faith"]),
    ("Last week Precious and Blessing handed in their notice.", ["Precious", "Blessing"]),
    ("Summer and Autumn will present at the offsite.", ["Summer", "Autumn"]),
    # short lines of a transcript written all in lower case are judged with the whole text
    ("ok everyone lets start\nanil can you hear me\nyes i can hear you\nsofia you're on mute\n"
     "sorry about that", ["anil", "sofia"]),
    # a WhatsApp export as Android writes it: a time and a dash before the speaker
    ("03/10/2026, 15:02 - bisi.adeyemi: the flat viewing is at 6\n03/10/2026, 15:03 - chuks_99: ok",
     ["bisi.adeyemi", "chuks_99"]),
])
def test_names_are_covered(scrubber: Scrubber, text: str, names: list[str]) -> None:
    for name in names:
        assert covered(scrubber, text, name), name


@pytest.mark.parametrize("text", [
    "कृपया कल तक रिपोर्ट भेजें। बैठक अगले सप्ताह होगी।",
    "«הפגישה נדחתה ליום ראשון. נא לעדכן את כולם.»",
    "«הפגישה לא תתקיים.»",
    "กรุณาส่งรายงานภายในวันศุกร์",
    "今天天气很好，明天开会。",
    "中村区の天気は晴れ。山田電機の新店舗が森ビルに入ります。",
    "Plan the rota between April and May.",
    "Summer and Autumn are the busiest seasons.",
    "The form has fields: Surname: N/A",
    "Reply to HR and call IT about the laptop.",
    "The report was prepared by FINANCE.",
    "Confirmed by email on Monday.",
    "The ticket was opened by a. user in the portal.",
    "Build log: artifact<<cache<<<<<<< merged",
    # a lower-case text whose lines are short, with no name in it
    "ok everyone lets start\ncan you hear me\nyes i can hear you\nyou're on mute\nsorry about that",
    "15:02 - build: started\n15:03 - build: finished",
])
def test_look_alikes_are_no_people(scrubber: Scrubber, text: str) -> None:
    assert people(scrubber, text) == set()


def test_a_town_after_a_capitalised_place_word_at_a_sentence_start(scrubber: Scrubber) -> None:
    text = "Born in Limerick, she moved to Cork in 2010."
    places = {text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "LOCATION"}
    assert places == {"Limerick", "Cork"}


def test_a_field_label_in_another_script_after_a_cue_is_no_name(scrubber: Scrubber) -> None:
    assert people(scrubber, "Customer 생년월일: 1990년 3월 5일") == set()
    assert people(scrubber, "Customer 김민수 called about the refund.") == {"김민수"}


def test_speakers_with_a_bracketed_time_after_their_name(scrubber: Scrubber) -> None:
    """A chat pasted as "name [14:02]: text": every speaker, in lower case and unlisted too."""
    text = ("can someone summarise this for me\nthanh [14:02]: did anyone restart the endpoint\n"
            "oluwadamilare [14:03]: yes, restarted it on main\nthanh [14:04]: thanks")
    assert people(scrubber, text) == {"thanh", "oluwadamilare"}
    assert people(scrubber, "build [14:02]: started\nbuild [14:03]: finished") == set()
