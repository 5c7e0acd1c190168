"""Session 30 (loc30): cities in their own script (Cyrillic, Greek, kanji, Hanzi, Hangul, Arabic…) and the
local address formats of Russia, Greece, Turkey and Spain (a floor word inside the street line)."""

import pytest

from scrubber.recognizers.places import PlaceNameRecognizer, places
from scrubber.recognizers.world_addresses import WorldAddressRecognizer


def _places(text: str) -> set[str]:
    return {text[r.start:r.end] for r in PlaceNameRecognizer().analyze(text, ["LOCATION"]) if r.score > 0}


def _addresses(text: str) -> set[str]:
    return {text[r.start:r.end] for r in WorldAddressRecognizer().analyze(text, ["LOCATION"])}


@pytest.mark.parametrize("name", ["казань", "томск", "тверь", "πάτρα", "ιωάννινα", "金沢市", "札幌市", "静岡",
                                  "广州市", "서울"])
def test_cities_are_listed_in_their_own_script(name: str) -> None:
    assert name in places()


@pytest.mark.parametrize("text,place", [
    ("| Людмила Морозова | +7 980 341-28-64 | 16.10.1954 | Казань |", "Казань"),
    ("| Евгения Зайцева | 03.11.1996 | Томск |", "Томск"),
    ("| Κατερίνα Παπαδοπούλου | 17/03/1960 | Ιωάννινα |", "Ιωάννινα"),
    ("Η Ελένη μετακόμισε στην πόλη Πάτρα, ενημερώστε.", "Πάτρα"),
    ("| 佐藤 由美 | 1986年1月9日 | 金沢市 |", "金沢市"),
    ("| 中村 陽子 | 1998-11-27 | 静岡市葵区 |", "静岡市葵区"),
    ("| 渡辺 恵子 | 札幌市中央区 |", "札幌市中央区"),
    ("実家は北海道札幌市にあります。", "北海道札幌市"),
    ("我住在广州，工作在深圳。", "广州"),
    ("| 김민수 | 서울특별시 |", "서울특별시"),
])
def test_a_city_in_its_own_script_is_a_place(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize("text", [
    "Пушкин написал много стихов. Орёл летит над полем.",  # a poet, a bird: towns too
    "Антон Павлович Чехов родился давно.",
    "| 松本 陽子 | 090-0881-0626 |",  # Matsumoto: a family name here
    "今日は金沢に行きました。",  # (inside a longer run of kanji and kana, no suffix, no cue)
    "大阪市場で魚を買った。",  # a market, not Osaka city
    "这个中山路的东西很好吃。",
])
def test_ordinary_words_and_names_in_those_scripts_are_no_places(text: str) -> None:
    assert _places(text) == set()


@pytest.mark.parametrize("text,address", [
    ("<p>420111, г. Казань, ул. Садовая, д. 119, кв. 14</p>",
     "420111, г. Казань, ул. Садовая, д. 119, кв. 14"),
    ("<p>634050, г. Томск, пер. Липовый, д. 125</p>", "634050, г. Томск, пер. Липовый, д. 125"),
    ("Διεύθυνση: Οδός Αγίου Δημητρίου 125, 262 21 Πάτρα", "Οδός Αγίου Δημητρίου 125, 262 21 Πάτρα"),
    ("Gül Mahallesi 153. Sokak, 06690 Çankaya/Ankara", "Gül Mahallesi 153. Sokak, 06690 Çankaya/Ankara"),
    ("| Ayşegül Güneş | 27.09.1960 | Kadıköy/İstanbul |", "Kadıköy/İstanbul"),
    ('532,Ramón,Arrieta,+34 694 874 926,"Calle Jazmín 7, bajo, 30008 Murcia"',
     "Calle Jazmín 7, bajo, 30008 Murcia"),
    ("origin=Calle Mayor 22, 4º izq., 30008 Murcia", "Calle Mayor 22, 4º izq., 30008 Murcia"),
    ("Calle del Almendro 136, 2º B, 50009 Zaragoza", "Calle del Almendro 136, 2º B, 50009 Zaragoza"),
])
def test_local_address_formats_are_found_whole(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize("text", [
    "Я живу в доме 5 на этой улице. Мы купили д. 5 в деревне.",
    "Ο καιρός είναι καλός. Το δωμάτιο 125, 262 21 άτομα.",
    "input/output 2024/Ankara rapor",
    "Nos vemos el bajo de la calle 7, a las 30008 horas.",
])
def test_prose_in_those_languages_is_no_address(text: str) -> None:
    assert _addresses(text) == set()
