"""Names in office and customer-operations text of many regions (session 21): Malay and Arabic patronymics
(bin, binti, bte, ibn) are part of a name, never a noun that cuts it short; a list item's name before a
family relation in brackets ("3) Bilal (son/daughter) dob …"), in Arabic or Hebrew letters too; a timestamped
chat speaker whose given name is an ordinary word; a Cyrillic or Greek name before a Turkish title; a name
before a romanised Japanese honorific ("Mori-san"); a name after an Arabic, Persian or Hebrew form's name
label. Look-alikes stay as they were. Names and texts are written for this test."""

import pytest

from scrubber.recognizers.name_cues import (
    _AGED_ITEM,
    _aged_name,
    _speaker_full_name,
    names_before_japanese_suffix,
    names_before_titles,
)
from scrubber.recognizers.name_shapes import _PARTICLES
from tests.scrubber.masking import covered, people, person_covers

PATIENT = "Klinik appointment request\nPatient: AHMAD BIN ISMAIL RAZAK\nIC/NRIC: T1234567J\n"
AGENT = "Agent: Nurul binti Abdul Rahman (CEA reg R000001A) – 8123 4567"
FAMILY = ("details:\n1) KHALID BIN OMAR AL-RASHIDI dob 01/02/1990 ID 784-1990-1234567-1\n"
          "2) NADIA QURESHI dob 12-Mar-1985\n3) Bilal (son/daughter) dob 02/02/2015")
FAMILY_AR = "details:\n1) NADIA QURESHI dob 12-Mar-1985\n3) يوسف (son/daughter) dob 13 September 2014"
FAMILY_CY = "details:\n2) Алексей (son/daughter) dob 13/02/2019"
DEPENDANTS = "Family on the form:\n- Mehmet Kaya (husband)\n- Elif (daughter, 9)"
CHAT = ("[20/06/2026, 08:12] Yaw Osei: Good morning all.\n"
        "[20/06/2026, 08:14] Abena Mensah: Noted, thanks.")
TURKISH = "Ирина Hanım/Bey iadenin yukarıdaki hesaba yapılmasını istiyor."
TURKISH_GREEK = "Σοφία Hanım aradı, yarın tekrar arayacak."
JAPANESE = "Hi team.\nYamada-san says manager Mori-san approved temporary password reset."
JAPANESE_HAN = '{"agent_note": "伊藤-san asked for a callback after 6pm"}'
ARABIC = ("ترجم هذه الشكوى إلى الإنجليزية ولخصها في ثلاث نقاط.\n\n"
          "الاسم: هند المنصوري\nرقم الهوية: 1555535572")
ARABIC_CLIENT = "اسم العميل: سعاد الحربي\nالمدينة: جدة"
HEBREW = "שם מלא: דנה לוי\nטלפון: 050-1234567"

PEOPLE = [
    (PATIENT, "AHMAD BIN ISMAIL RAZAK"), (AGENT, "Nurul binti Abdul Rahman"),
    (FAMILY, "KHALID BIN OMAR AL-RASHIDI"), (FAMILY, "Bilal"), (FAMILY_AR, "يوسف"), (FAMILY_CY, "Алексей"),
    (DEPENDANTS, "Elif"),
    (CHAT, "Yaw Osei"), (CHAT, "Abena Mensah"),
    (TURKISH, "Ирина"), (TURKISH_GREEK, "Σοφία"),
    (JAPANESE, "Yamada"), (JAPANESE, "Mori"), (JAPANESE_HAN, "伊藤"),
    (ARABIC, "هند المنصوري"), (ARABIC_CLIENT, "سعاد الحربي"), (HEBREW, "דנה לוי"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_names_are_found(scrubber, text, name):
    assert covered(scrubber, text, name), name


@pytest.mark.parametrize(("text", "name"), [(PATIENT, "AHMAD BIN ISMAIL RAZAK"),
                                            (AGENT, "Nurul binti Abdul Rahman"),
                                            (FAMILY, "KHALID BIN OMAR AL-RASHIDI")])
def test_a_patronymic_is_one_name(scrubber, text, name):
    assert person_covers(scrubber, text, name)
    assert any(name in p for p in people(scrubber, text))


NOT_PEOPLE = [
    "Please empty the Recycle Bin Daily before the audit.",
    "Drop the files in the Bin Folder and ping me.",
    "Sort by Bin Number then Shelf Code.",
    "Items:\n- Bread (daughter's favourite)\n- Sales (son/daughter plan)",
    "[08:12] Support Team: ticket closed\n[08:13] Release Bot: deployed v2",
    "Check the e-san dashboard, Data-san pipeline and the Build-kun bot.",
    "الاسم: غير متوفر",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_look_alikes_are_no_people(scrubber, text):
    assert not people(scrubber, text), text


def test_patronymic_particles_join_names():
    assert {"bin", "binti", "bte", "ibn"} <= _PARTICLES


def test_relation_in_brackets_after_a_list_item():
    assert [m.group("v") for m in _AGED_ITEM.finditer("3) Bilal (son/daughter) dob 1")] == ["Bilal"]
    assert [m.group("v") for m in _AGED_ITEM.finditer("3) يوسف (son) dob 1")] == ["يوسف"]
    assert _aged_name("يوسف") and _aged_name("Bilal") and not _aged_name("Bread")


def test_chat_speaker_full_name():
    assert _speaker_full_name(["yaw", "osei"])
    assert not _speaker_full_name(["support", "team"]) and not _speaker_full_name(["yaw"])


def test_japanese_suffix_and_turkish_title_helpers():
    text = "Yamada-san and 伊藤-san; the e-san board"
    assert [text[a:b] for a, b, _ in names_before_japanese_suffix(text)] == ["Yamada", "伊藤"]
    assert names_before_japanese_suffix("no honorific here") == []
    assert [TURKISH[a:b] for a, b, _ in names_before_titles(TURKISH)] == ["Ирина"]
    assert names_before_titles("Ирина Hanımeli çayı içti") == []  # no title: a word goes on
