"""Names standing alone in lists, rosters and exports (session 19): a column of people is read as one. In a
seating plan, a rota, a booking list, an RSVP list or a stand-up, the same place in lines of one shape holds
the same kind of thing, so when most of a place's items are names no ordinary word spells, its names that are
also words ("Joy", "Will", "Hope", "Faith", "Sunny") and its rarer names are people too. A table's name
column takes a capitalised name that is a word, and name and guest headers in more languages count. Lists of
things (menus, agendas, stacks, rooms, sprint items, cities, fruit) stay as they were. Names and texts are
written for this test."""

import pytest

from scrubber.recognizers.name_cues import people_in_columns
from scrubber.recognizers.table_columns import column_kind

SEATING = ("Seating plan\nTable 1: Eleni, Dmitri, Chiamaka, Kwame\nTable 2: Oksana, Bogdan, Joy, Will\n"
           "Table 3: Nguyen Van An, Ji-woo, Priya, Faith")
RSVP = "RSVP list:\n- Priya (yes, +1)\n- Kwabena (no)\n- Thanh (yes)\n- Joy (maybe)\n- Siobhan (yes, +2)"
ROTA = "Rota\nMon: Oksana / Tue: Kwame / Wed: Faith / Thu: Sven"
ON_CALL = "On-call rota\nMonday - Tariq\nTuesday - Ingrid\nWednesday - Sunny\nThursday - Bao"
BOOKINGS = ("Bookings tonight\n19:30 x4 Okafor\n20:00 x2 Papadopoulos\n20:15 x6 Nowak (birthday)\n"
            "21:00 x3 Van der Berg")
BOOKINGS_DASHED = ("Bookings Fri\n- 18:00 Nakamura x2\n- 18:30 Brennan x4 (window)\n- 19:00 Rossi x6\n"
                   "- 19:45 Hope x2")
SANTA = "Secret santa: Lars -> Annelies, Annelies -> Pieter, Pieter -> Saoirse, Saoirse -> Lars"
CLEANING = "Cleaning rota: week 1 Grace, week 2 Kemal, week 3 Mariam, week 4 Rustam"
TABLE_9 = "Table 9\nKofi\nAma\nEsi\nFaith\nYaa"
SEATING_2 = ("Seating – Table 6 (bride's family): Theodora, Spyros, Grace, Nikolaos, Sunny\n"
             "Table 7 (uni friends): Will, Amaka, Rafał, Hoang")
RSVP_CSV = ("First Name,Last Name,Attending,Guests,Dietary\nJoy,Mensah,Yes,2,Vegetarian\nWill,Okonkwo,No,0,\n"
            "Hope,Nakamura,Yes,1,Gluten-free\nMarisol,Reyes,Yes,3,")
CYRILLIC_CSV = "Имя;Фамилия;Стол\nSvetlana;Ivanova;2\nYevgeny;Smirnov;3"
GREEK_CSV = "Όνομα,Επώνυμο\nKonstantinos,Papadopoulos\nEleftheria,Georgiou"
GUEST_DE = "Gast;Tisch;Menü\nHope;3;vegan\nAnnegret;4;Fisch"

PEOPLE = [
    (SEATING, "Joy"), (SEATING, "Will"), (SEATING, "Faith"), (SEATING, "Chiamaka"),
    (RSVP, "Joy"), (RSVP, "Kwabena"),
    (ROTA, "Faith"), (ROTA, "Oksana"),
    (ON_CALL, "Sunny"), (ON_CALL, "Bao"),
    (BOOKINGS, "Okafor"), (BOOKINGS, "Papadopoulos"),
    (BOOKINGS_DASHED, "Hope"), (BOOKINGS_DASHED, "Rossi"), (BOOKINGS_DASHED, "Nakamura"),
    (SANTA, "Annelies"), (SANTA, "Saoirse"),
    (CLEANING, "Grace"), (CLEANING, "Kemal"),
    (TABLE_9, "Esi"), (TABLE_9, "Faith"),
    (SEATING_2, "Sunny"), (SEATING_2, "Amaka"),
    (RSVP_CSV, "Will"), (RSVP_CSV, "Joy"), (RSVP_CSV, "Hope"),
    (CYRILLIC_CSV, "Yevgeny"), (CYRILLIC_CSV, "Ivanova"),
    (GREEK_CSV, "Eleftheria"), (GREEK_CSV, "Georgiou"),
    (GUEST_DE, "Hope"), (GUEST_DE, "Annegret"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_names_in_columns_of_people_are_found(scrubber, text, name):
    at = text.rindex(name)
    spans = scrubber.analyze(text)
    assert any(s.start <= at and at + len(name) <= s.end for s in spans), name


@pytest.mark.parametrize(("text", "name"), [(SEATING, "Will"), (RSVP, "Joy"), (ROTA, "Faith"),
                                            (ON_CALL, "Sunny"), (BOOKINGS, "Okafor"), (SANTA, "Saoirse"),
                                            (CLEANING, "Grace"), (TABLE_9, "Faith")])
def test_the_column_finds_the_word_names(text, name):
    at = text.rindex(name)
    assert (at, at + len(name)) in {(a, b) for a, b, _ in people_in_columns(text)}


# Lists and columns of things: no item is taken for a person by the column's signal.
THINGS = [
    "Table 1: Apples, Bananas, Oranges, Pears\nTable 2: Plums, Cherries, Lemons, Limes",
    "Agenda: Budget, Hiring, Roadmap, Security",
    "Stack: Python, Django, Postgres, Redis, Celery",
    "Cities: Lisbon, Porto, Madrid, Seville\nAlso: Lyon, Nantes, Bordeaux",
    "Menu\n- Soup (vegan)\n- Salad (yes)\n- Risotto (no)\n- Tiramisu (maybe)",
    "Mon: Standup / Tue: Planning / Wed: Review / Thu: Retro",
    "Teams: Red, Blue, Green, Yellow",
    "Products: Widget, Gadget, Sprocket, Gizmo",
    "Monday - Backlog\nTuesday - Testing\nWednesday - Deploy\nThursday - Demo",
    "Room bookings\n10:00 x4 Boardroom\n11:00 x2 Library\n14:00 x8 Atrium",
    "Sprint board\n- Login (done)\n- Search (in progress)\n- Export (blocked)\n- Billing (todo)",
    "Who's bringing what\nDrinks: cooler\nSalad: bowl\nDessert: tray",
    "Regions: Lombardy, Bavaria, Catalonia, Flanders",
    "Dependencies: Numpy, Pandas, Scipy, Matplotlib",
    "Stand-up\nBackend: finished the auth migration\nFrontend: blocked on review\nInfra: out",
    "Sizes: Small, Medium, Large, Jumbo\nColours: Black, White, Navy",
]


@pytest.mark.parametrize("text", THINGS)
def test_columns_of_things_hold_no_people(text):
    assert people_in_columns(text) == []


def test_a_column_of_names_with_ordinary_words_takes_only_the_names():
    text = "Top table: Bride, Groom, Ifeoma, Tunde, Faith, Joy"
    taken = {text[a:b] for a, b, _ in people_in_columns(text)}
    assert {"Ifeoma", "Tunde", "Faith", "Joy"} <= taken
    assert not taken & {"Top", "Bride", "Groom"}


@pytest.mark.parametrize(("label", "kind"), [
    ("Имя", ("PERSON", "strong")), ("Фамилия", ("PERSON", "strong")), ("Όνομα", ("PERSON", "strong")),
    ("Họ và tên", ("PERSON", "strong")), ("Příjmení", ("PERSON", "strong")), ("Gast", ("PERSON", "role")),
    ("Invitado", ("PERSON", "role")), ("Hostname", None), ("Host", None)])
def test_name_and_guest_headers_in_more_languages(label, kind):
    assert column_kind(label) == kind


def test_a_name_column_takes_names_that_are_words_but_not_other_words(scrubber):
    text = "First Name,Last Name,Notes\nJoy,Mensah,Yes\nWill,Okafor,Maybe"
    found = {text[s.start:s.end] for s in scrubber.analyze(text)}
    assert {"Joy", "Will"} <= found
    assert "Yes" not in found and "Maybe" not in found


TRAILERS = ("Fix the retry loop\n\nCo-authored-by: Will <will@users.noreply.github.com>\n"
            "Reported-by: Sunny Nair\nTested-by: Joy\nSigned-off-by: dependabot[bot] <support@github.com>\n"
            "Reviewed-by: Security Team\nCo-authored-by: github-actions <actions@github.com>")


@pytest.mark.parametrize("name", ["Sunny Nair", "Joy", "Will"])
def test_commit_trailers_name_people(scrubber, name):
    at = TRAILERS.index(name)
    assert any(s.start <= at and at + len(name) <= s.end for s in scrubber.analyze(TRAILERS)), name


@pytest.mark.parametrize("word", ["dependabot", "Security Team", "github-actions"])
def test_commit_trailers_of_bots_and_teams_are_no_people(scrubber, word):
    at = TRAILERS.index(word)
    assert not any(s.type == "PERSON" and s.start <= at < s.end for s in scrubber.analyze(TRAILERS)), word


CODE_OWNERS = ("# TODO(@sunny) flaky on CI\n# FIXME(will): n+1 query\n# TODO(june): after the freeze\n"
               "# TODO(later)")


@pytest.mark.parametrize(("word", "person"),
                         [("sunny", True), ("will", True), ("june", False), ("later", False)])
def test_code_comment_owners_that_are_words(scrubber, word, person):
    at = CODE_OWNERS.index(word)
    found = any(s.start <= at < s.end for s in scrubber.analyze(CODE_OWNERS))
    assert found == person, word


def test_notes_in_brackets_do_not_break_a_list_of_people():
    text = ("Report card comments for: Ingeborg (reading improved a lot), Kwabena (needs to hand homework "
            "in on time), Will (great in maths), Oksana (chatty in class)")
    taken = {text[a:b] for a, b, _ in people_in_columns(text)}
    assert {"Ingeborg", "Kwabena", "Will", "Oksana"} <= taken
    things = "Sprint: Login (done), Search (in progress), Export (blocked), Billing (todo)"
    assert people_in_columns(things) == []
