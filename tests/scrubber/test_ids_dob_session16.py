"""Session 16 (issue 19): an acronym right before a colon, "=" or "(" (``RG: …``); Spanish and Portuguese
generic id words (``documento``, ``identidad``, ``afiliación``); a pandas frame whose index names have a line
of their own under the header, or a header wider than its rows.

Values here are made up for these tests (none comes from a corpus or fixture).
"""

import pytest

from scrubber.recognizers.national_ids import NationalIdRecognizer
from scrubber.recognizers.table_columns import TableColumnRecognizer


@pytest.fixture(scope="module")
def ids() -> NationalIdRecognizer:
    return NationalIdRecognizer()


@pytest.fixture(scope="module")
def tables() -> TableColumnRecognizer:
    return TableColumnRecognizer()


def values(recognizer, text: str) -> list[str]:
    return [text[r.start:r.end] for r in sorted(recognizer.analyze(text, []), key=lambda r: r.start)]


@pytest.mark.parametrize("text", [
    "RG: 12.345.678-9",
    "RG 12.345.678-9",
    "RG=12.345.678-9",
    "RG(12.345.678-9)",
    "Meu RG: 12.345.678-9, expedido em SP",
    "RG:\n12.345.678-9",
])
def test_an_acronym_before_any_sign_of_the_gap(ids, text):
    assert values(ids, text) == ["12.345.678-9"]


@pytest.mark.parametrize("text, expected", [
    ("El arrendatario, con documento 48291037561, domiciliado en Cuenca.", ["48291037561"]),
    ("Documento: 73920184\nTeléfono: 600 123 456", ["73920184"]),
    ("número de documento 30.482.917, mayor de edad", ["30.482.917"]),
    ("Don Ramiro Ortiz, mayor de edad, e identidad 0801199012345, vecino de Tegucigalpa", ["0801199012345"]),
    ("Identidad: 1708-1985-04412", ["1708-1985-04412"]),
    ("Nº afiliación 281234567840, régimen general", ["281234567840"]),
    ("número de afiliado 5520193847, plan básico", ["5520193847"]),
    ("O locatário, portador do documento 48.291.037-5, residente em Campinas", ["48.291.037-5"]),
    ("portador da identidade 14.829.103-2, residente em Santos", ["14.829.103-2"]),
])
def test_spanish_and_portuguese_generic_id_words(ids, text, expected):
    assert values(ids, text) == expected


@pytest.mark.parametrize("text", [
    "Ver el documento 3 de 5 adjunto.",
    "documento del 2024-11-05 firmado",
    "Pedido documento 48291037561",  # a business word right before the generic word
    "documento de 2 páginas, versión 3.1.4",
])
def test_generic_id_words_leave_look_alikes(ids, text):
    assert values(ids, text) == []


FRAMES = [
    pytest.param(
        "In [5]: users.set_index('user_id')[['phone', 'dob']]\nOut[5]:\n"
        "              phone         dob\n"
        "user_id                        \n"
        "101      4155550123  1984-03-12\n"
        "102             NaN  1990-11-02\n",
        ["4155550123", "1984-03-12", "1990-11-02"], id="named index"),
    pytest.param(
        "                    mobile  birth_date\n"
        "branch  customer                      \n"
        "north   17        0612771934  1977-06-30\n"
        "south   18               NaN  2001-01-09\n",
        ["0612771934", "1977-06-30", "2001-01-09"], id="two index levels"),
    pytest.param(
        "   customer_id       phone         dob\n"
        "0          101  4155550123  1984-03-12\n"
        "1          102         NaN  1990-11-02\n",
        ["4155550123", "1984-03-12", "1990-11-02"], id="default index"),
    pytest.param(  # the header padded wider than its rows: each value by its place, counted from the right
        # (since session 28, t22, every personal column of a space-aligned table is read, not only these two)
        "   user_id          name              email           phone           dob\n"
        "0  17  Ana Ruiz  ana@example.org  4155550123  1977-06-30\n"
        "1  18  Li Wei  li.wei@example.net  NaN  2001-01-09\n",
        ["Ana Ruiz", "ana@example.org", "4155550123", "1977-06-30",
         "Li Wei", "li.wei@example.net", "2001-01-09"],
        id="header wider than its rows"),
]


@pytest.mark.parametrize("text, expected", FRAMES)
def test_a_frames_index_names_line_is_skipped(tables, text, expected):
    assert values(tables, text) == expected


def test_a_row_of_another_count_is_not_placed(tables):
    text = ("   user_id          name                      dob\n"
            "0  17  Ana Ruiz  signed up 2023-01-05  extra\n")
    assert values(tables, text) == []


def test_a_first_row_of_numbers_is_still_a_row(tables):
    text = ("   id         dob\n"
            "0   1  1984-03-12\n")
    assert values(tables, text) == ["1984-03-12"]
