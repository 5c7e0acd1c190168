"""Dates of birth, addresses and phones in documents and forms pasted from PDFs (session 20): an address stops
at a form's next labelled line and at a gap between columns, never swallowing the date of birth or phone
after it; a field's value in a two-cell row stops at the next field on its line; a UK postcode may wrap onto
the next line; a street word may start the next line; a place of birth after "geboren am: <date> in".
Names, places and numbers are written for this test."""

import pytest

from scrubber.addresses import _column_gap
from scrubber.recognizers.table_columns import _ALIGNED_DATE, _NEXT_FIELD, _header
from scrubber.types import Span

from .masking import covered


def spans(scrubber, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)]


def typed(scrubber, text: str, type_: str) -> list[str]:
    return [v for t, v in spans(scrubber, text) if t == type_]


FORM = ("Section A – Person involved\nFull name: Farhad Okonjo\n"
        "Home address: Flat 2, 38 Larkspur Street, Sheffield, S7 7EQ\nDate of birth: 10 October 1996\n"
        "Contact number: +44 (0)161 975 8025\nEmployee / visitor / contractor: Employee\n")
FORM_IN = ("Full name: Juliana Mendes\nHome address: Flat 206, Ashok Vihar Phase 2, Bhopal\n462045\n"
           "Date of birth: 01-07-1999\nContact number: +91-80-2300-0020\n")


def test_address_stops_before_the_next_labelled_line(scrubber):
    assert typed(scrubber, FORM, "LOCATION") == ["Flat 2, 38 Larkspur Street, Sheffield, S7 7EQ"]
    assert typed(scrubber, FORM, "DATE_OF_BIRTH") == ["10 October 1996"]
    assert typed(scrubber, FORM, "PHONE_NUMBER") == ["+44 (0)161 975 8025"]


def test_address_with_pin_stops_before_the_next_labelled_line(scrubber):
    assert typed(scrubber, FORM_IN, "LOCATION") == ["Flat 206, Ashok Vihar Phase 2, Bhopal\n462045"]
    assert typed(scrubber, FORM_IN, "DATE_OF_BIRTH") == ["01-07-1999"]


def test_indian_address_over_lines_still_found(scrubber):
    text = "Please courier it to:\n64/28\nLal Road\nSerampore 411001\nThanks"
    assert covered(scrubber, text, "64/28\nLal Road\nSerampore 411001")


def test_address_after_cue_stops_at_the_next_field(scrubber):
    text = ("Patient: Ana Lima   DOB: June 9, 1994\n"
            "Address:\t8582 Tamarack Crescent, Apt 39, Red Deer, AB T6A 2P5   Tel: 514-618-1660\n\nThanks.")
    assert typed(scrubber, text, "LOCATION") == ["8582 Tamarack Crescent, Apt 39, Red Deer, AB T6A 2P5"]
    assert typed(scrubber, text, "PHONE_NUMBER") == ["514-618-1660"]


def test_address_after_cue_on_one_line_keeps_its_parts(scrubber):
    text = "Address: 12 Birch Road, Leeds LS6 2AB\nThanks"
    assert covered(scrubber, text, "12 Birch Road, Leeds LS6 2AB")


def test_address_stops_at_a_gap_between_columns(scrubber):
    text = ("From:\t\tTo:\nFaisal Mirza                             Greyfold Lettings\n"
            "21 Chestnut Avenue, Luton, LU3 7TF                         Accounts Payable\n"
            "faisal.mirza@example.com\n")
    assert typed(scrubber, text, "LOCATION") == ["21 Chestnut Avenue, Luton, LU3 7TF"]


def test_address_stops_before_another_columns_line(scrubber):
    text = ("From:\tTo:\nZanele Dube\nLumenfield Academy\nFlat 2, 83 Foxhall Lane, Reading, RG3 0TL     \n"
            "                   Accounts Payable\nzanele@example.com\n")
    assert typed(scrubber, text, "LOCATION") == ["Flat 2, 83 Foxhall Lane, Reading, RG3 0TL"]


def test_indented_address_block_stays_whole(scrubber):
    text = "Ship to:\n    Flat 2, 83 Foxhall Lane\n    Reading\n    RG3 0TL\n"
    assert typed(scrubber, text, "LOCATION") == ["Flat 2, 83 Foxhall Lane\n    Reading\n    RG3 0TL"]


def test_address_takes_no_line_of_another_column_before_it(scrubber):
    text = ("Naam:\t\tBram Hoekstra         Dijkzicht\nAdres:\t\t2016 – 2020      Medewerker\n"
            "Dorpsstraat 19-3, 6852 CL Arnhem     klantcontact\n"
            "Telefoon:        06-20950125         Opleiding\n")
    assert "Dorpsstraat 19-3, 6852 CL Arnhem" in typed(scrubber, text, "LOCATION")
    assert typed(scrubber, text, "PHONE_NUMBER") == ["06-20950125"]


def test_phone_before_a_columns_gap_is_no_postcode(scrubber):
    text = "Telefoon:        06-20950125         Opleiding\n"
    assert spans(scrubber, text) == [("PHONE_NUMBER", "06-20950125")]


def test_brazilian_postcode_and_town_still_found(scrubber):
    text = "Entregar em Rua das Acácias, 45\n92174-218 Peixoto / MG\nObrigado"
    assert covered(scrubber, text, "92174-218 Peixoto / MG")


@pytest.mark.parametrize("text, date, other", [
    ("Telemóvel:\t+351 917 611 308\nData de nascimento: \t15/03/1972   Naturalidade: Guimarães\n\nOutros",
     "15/03/1972", "Guimarães"),
    ("APPLICATION – MHAIRI\nMACFARLANE\nDate of birth: \t13/01/1963      Nationality: as\nstated",
     "13/01/1963", None),
    ("Pupil:\t\tChiamaka Obi          Date of\nbirth:\t16/07/2018          Form: 8R\nTutor: \tNnamdi Eze\n",
     "16/07/2018", None),
])
def test_date_of_birth_stops_at_the_next_field(scrubber, text, date, other):
    assert date in typed(scrubber, text, "DATE_OF_BIRTH")
    if other:
        assert other in typed(scrubber, text, "LOCATION")


def test_two_cell_row_value_with_spaces_kept(scrubber):
    text = "Name\tAmara Okafor\nAddress\t14 Elm Grove, Bath BA1 2QT\n"
    assert covered(scrubber, text, "14 Elm Grove, Bath BA1 2QT")
    assert covered(scrubber, text, "Amara Okafor")


def test_keyed_german_date_of_birth_ends_at_the_date(scrubber):
    text = ("Herrn Jürgen Adler\nwohnhaft: Am Stadtgraben 3a, 69179 Heidelberg\n"
            "geboren am: 28. Januar 1976 in Mannheim\n")
    assert typed(scrubber, text, "DATE_OF_BIRTH") == ["28. Januar 1976"]
    assert "Mannheim" in typed(scrubber, text, "LOCATION")


def test_sentence_before_a_line_is_no_table_header(scrubber):
    text = ("wir überweisen Ihnen Jürgen Adler, geb.\n28. Juni 1994, wohnhaft Ahornweg 31, 44178 Dortmund,\n"
            "Tel. 030 7361012, zur weiteren Abklärung\n")
    assert typed(scrubber, text, "DATE_OF_BIRTH") == ["28. Juni 1994"]
    assert "Ahornweg 31, 44178 Dortmund" in typed(scrubber, text, "LOCATION")


def test_uk_postcode_wrapped_onto_the_next_line(scrubber):
    text = "Please post it to 5 Queen's Parade, Sheffield, S1\n7WM by Friday."
    assert covered(scrubber, text, "5 Queen's Parade, Sheffield, S1\n7WM")
    text = "He lives at 21 Chestnut Avenue, Luton LU3\n4KY now."
    assert covered(scrubber, text, "21 Chestnut Avenue, Luton LU3\n4KY")


def test_code_then_number_on_the_next_line_is_no_postcode(scrubber):
    text = "Use the Model A1\n2BC adapter for the router"
    assert not typed(scrubber, text, "LOCATION")


@pytest.mark.parametrize("text, value", [
    ("and Nomvula Dube, an individual residing at 3/87 Kookaburra\nClose, Toowoomba QLD 4350 (\"Client\").",
     "3/87 Kookaburra\nClose, Toowoomba QLD 4350"),
    ("Parent/carer: Uchenna Obi, 43 Adeola Odeku\nStreet, Ibadan, Oyo State. If you would like to",
     "43 Adeola Odeku\nStreet, Ibadan, Oyo State"),
])
def test_street_word_wrapped_onto_the_next_line(scrubber, text, value):
    assert covered(scrubber, text, value)
    assert value in typed(scrubber, text, "LOCATION")


def test_next_line_starting_with_a_street_word_in_prose_is_no_address(scrubber):
    text = "We ordered 12 Chairs\nClose to the window we put the table."
    assert not typed(scrubber, text, "LOCATION")


def test_place_of_birth_after_a_labelled_date(scrubber):
    text = ("Arbeitnehmer: Saurabh Mehta wohnhaft: Hauptstraße 62, 68130\n"
            "Mannheim geboren am: 21. Januar 2000 in Augsburg\n")
    assert "Augsburg" in typed(scrubber, text, "LOCATION")


# ---- pure helpers ----

def test_column_gap():
    text = "21 Chestnut Avenue, Luton, LU3 7TF                         Accounts Payable"
    s = Span("LOCATION", 0, text.index(",", 20) + 1, 0.9)
    assert _column_gap(text, s, len(text)) == text.index("LU3 7TF") + len("LU3 7TF")
    text = "    Flat 2, 83 Foxhall Lane\n    Reading"
    s = Span("LOCATION", 4, text.index("\n"), 0.9)
    assert _column_gap(text, s, len(text)) is None
    text = "Flat 2, 83 Foxhall Lane     \n                   Accounts"
    s = Span("LOCATION", 0, text.index("Lane") + 4, 0.9)
    assert _column_gap(text, s, len(text)) == s.end


def test_next_field():
    assert _NEXT_FIELD.search("15/03/1972   Naturalidade: Guimarães").start() == 10
    assert _NEXT_FIELD.search("13/01/1963      Nationality: as").start() == 10
    assert _NEXT_FIELD.search("Flat 2   Leeds") is None  # no label after the gap
    assert _NEXT_FIELD.search("14/03/1987   10:30") is None


def test_aligned_date_forms():
    assert _ALIGNED_DATE.match("28. Januar 1976 in Mannheim").group() == "28. Januar 1976"
    assert _ALIGNED_DATE.match("3rd May 1980").group() == "3rd May 1980"
    assert _ALIGNED_DATE.match("14/03/1987").group() == "14/03/1987"


def test_prose_pronouns_make_no_header():
    assert _header("wir überweisen Ihnen Jürgen Adler, geb.") is None
    assert _header("Name, Geburtsdatum") is not None


def test_roster_name_ending_in_a_street_word_keeps_its_date(scrubber):
    text = ("Player              DOB            Position\nJi-ho Park          1999-04-12     Midfield\n"
            "Tomasz Lis          2001-11-30     Defence\n")
    assert "1999-04-12" in typed(scrubber, text, "DATE_OF_BIRTH")
    assert not any("1999" in v for v in typed(scrubber, text, "LOCATION"))


def test_street_then_house_number_still_found(scrubber):
    text = "Send it to Baker Street 221, thanks"
    assert covered(scrubber, text, "Baker Street 221")


def test_date_of_birth_wrapped_before_its_year(scrubber):
    text = "The member was born on 14 March\n1987 in a small town near the coast, she said."
    assert typed(scrubber, text, "DATE_OF_BIRTH") == ["14 March\n1987"]
    text = "She was born on 14 March\n12 people came to the party."
    assert "12" not in "".join(typed(scrubber, text, "DATE_OF_BIRTH"))


def test_rows_of_a_wrapped_table(scrubber):
    text = ("Name                      | Town            | Email    \n                         | Gift\n"
            "Dorota Zielińska          | Sheffield      |\ndorota.z@example.com           | 4,004.99\n"
            "Beata Wrona               | Luton      |\nbeata.w@example.com           | 7,701.50\n")
    assert {"Sheffield", "Luton"} <= set(typed(scrubber, text, "LOCATION"))
    text = ("Name | Town | Email | Gift\nBrandon Ashby              | Madison      |\n"
            "brandon.a@example.com           | 5,292.00\n")
    assert "Madison" in typed(scrubber, text, "LOCATION")


def test_row_of_fewer_cells_ends_a_table(scrubber):
    text = "Name | Town | Email\nAmy Lee | Leeds | amy@example.com\nTotal | 1\nBest wishes | the team\n"
    assert "the team" not in typed(scrubber, text, "EMAIL_ADDRESS")
    assert "Leeds" in typed(scrubber, text, "LOCATION")


def test_field_after_a_wide_gap_takes_its_labels_type(scrubber):
    text = ("Nom : Dupont              Prénom : Marie\n"
            "Date de naissance : 03/04/1985      Lieu de naissance : Lyon\n")
    assert "Lyon" in typed(scrubber, text, "LOCATION")
    assert "03/04/1985" in typed(scrubber, text, "DATE_OF_BIRTH")


def test_aligned_register_with_a_dotted_birth_header(scrubber):
    text = ("MEMBERSHIP LIST\nNo.  Name                    D.O.B.        Joined\n"
            "1    Aleksandra Nowak        14/03/1987    2019\n"
            "2    Kwame Boateng           02/11/1975    2021\n")
    assert {"14/03/1987", "02/11/1975"} <= set(typed(scrubber, text, "DATE_OF_BIRTH"))


def test_form_labels_over_their_values(scrubber):
    text = ("Name:              Date of birth:          Nationality:\n"
            "Oliver Grant       22/06/1979              British\n")
    assert "22/06/1979" in typed(scrubber, text, "DATE_OF_BIRTH")
    text = "Meeting:           Start:                  Room:\nBudget review      10:30                   4B\n"
    assert not typed(scrubber, text, "DATE_OF_BIRTH")
