"""Tables aligned with spaces and name columns (session 29, t29b): a header's "ADDRESS 1" is no street, a
street ends at a column's gap, a cell running into the next column is cut at that column's start, a name
column's family name is kept, a birth date in words is no street line."""


def _found(scrubber, text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == kind]


def test_a_headers_address_number_is_no_street(scrubber):
    text = ("CLIENT            ADDRESS 1            TOWN        PIN\n"
            "Oksana Terlecka   27 Pinfold Walk      Kendal      5093\n"
            "Rufus Ambrose     8 Cooper Row         Penrith     6614\n")
    places = _found(scrubber, text, "LOCATION")
    assert "1" not in places
    assert "27 Pinfold Walk" in places and "Kendal" in places and "8 Cooper Row" in places
    assert "Oksana Terlecka" in _found(scrubber, text, "PERSON")
    assert "5093" in _found(scrubber, text, "SECRET")


def test_a_headers_address_number_is_no_street_in_a_table_two_spaces_apart(scrubber):
    text = ("NAME             ADDRESS 1        TOWN    PIN\n"
            "Oksana Terlecka  27 Pinfold Walk  Kendal  5093\n"
            "Rufus Ambrose    8 Cooper Row     Appleby  6614\n")
    places = _found(scrubber, text, "LOCATION")
    assert not any(p.startswith("1") for p in places)
    assert "27 Pinfold Walk" in places and "Kendal" in places


def test_a_cell_running_into_the_next_column_is_cut_where_that_column_starts(scrubber):
    text = ("Name                 Address 1               City\n"
            "Maarten van Hulzen   3 Anchor Street         Whitby\n"
            "Pernille Aasgaard   65 Brook Terrace         Ripon\n"
            "Gijsbert van Oosten 12 Foundry Lane          Selby\n")
    people = _found(scrubber, text, "PERSON")
    places = _found(scrubber, text, "LOCATION")
    assert "Gijsbert van Oosten" in people
    assert "12 Foundry Lane" in places
    assert not any("Gijsbert" in p for p in places)


def test_a_name_columns_family_name_after_its_particle_is_kept(scrubber):
    text = ("Voornaam  Tussenvoegsel  Achternaam  Woonplaats  Telefoon\n"
            "Gerrit    van der        Meulen      Assen       06-31427765\n"
            "Ineke     de             Graaf       Emmen       06-58820413\n")
    people = _found(scrubber, text, "PERSON")
    assert "Meulen" in people and "Graaf" in people


def test_a_birth_date_in_words_in_an_aligned_row_is_no_street_line(scrubber):
    text = ("NAME            DATE OF BIRTH      CITY\n"
            "Tamsin Keogh    June 14, 1979      Hull\n"
            "Ruairi Dunne    2 Feb 83           York\n")
    births = _found(scrubber, text, "DATE_OF_BIRTH")
    assert "June 14, 1979" in births and "2 Feb 83" in births
    assert "Tamsin Keogh" in _found(scrubber, text, "PERSON")
    assert "Hull" in _found(scrubber, text, "LOCATION")


def test_a_street_line_then_postcode_and_town_in_prose_stays(scrubber):
    text = "Send the parcel to Lindengracht 48, 1015 KK Amsterdam please."
    assert any("Lindengracht 48" in p for p in _found(scrubber, text, "LOCATION"))
