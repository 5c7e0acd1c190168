"""fpfig24: fictional characters (``scrubber/data/fictional_characters.txt``), a list of public figures, and
a figure's birth are topics, not personal data (``scrubber/not_people.py``); the private people beside them
and the namesakes a text treats privately stay found."""

import pytest


def _found(scrubber, text: str, kind: str = "PERSON") -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == kind]


# ---- fictional characters ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Write a picture-book story where the Gruffalo meets a fox at the river.",
    "Draft a party invitation themed on Paddington Bear and his marmalade sandwiches.",
    "Make six trivia questions about Super Mario and Princess Peach for the games club.",
    "Compare Bilbo Baggins with Don Quixote as reluctant heroes in 300 words.",
    "Resume el argumento de Madame Bovary en cinco frases.",
    "Plan a lesson on Winnie-the-Pooh and friendship for Year 2.",
    "Write a scene where Katniss Everdeen meets Lisbeth Salander on a train.",
    "Explain why Raskolnikov confesses, in plain words for a book club.",
])
def test_a_listed_character_alone_is_no_person(scrubber, text):
    assert _found(scrubber, text) == []


@pytest.mark.parametrize("text", [
    # a title and an ordinary word as the name, beside another character of the same book
    "Write a story about Matilda Wormwood and her teacher Miss Honey at the summer fair.",
    # a common given name beside the cartoon's heroine
    "A short rhyme about Peppa Pig and George jumping in muddy puddles, please.",
    # a title and a common family name, beside the detective
    "Could Sherlock Holmes have solved it without Dr Watson taking notes? Discuss.",
    # the possessive, and a name inside a longer one ("St John Rivers'")
    "Discussion points on Jane Eyre: Mr Rochester's attic, St John Rivers' offer and Bertha Mason.",
])
def test_a_characters_common_name_beside_its_work_is_no_person(scrubber, text):
    assert _found(scrubber, text) == []


def test_a_story_place_beside_its_work_is_no_place(scrubber):
    text = "Was Sherlock Holmes, of 221B Baker Street, a good neighbour? Answer in a paragraph."
    assert _found(scrubber, text, "LOCATION") == []


@pytest.mark.parametrize("text, name", [
    # the speaker's own child, named like a character of the show the child likes
    ("My son George loves Peppa Pig, can you suggest a cake design?", "George"),
    # a greeting: a real doctor named like the detective's friend
    ("Dear Dr Watson, my Sherlock Holmes box set is on loan; my appointment is on Monday.", "Watson"),
    # a person's label and contact data: a customer named like a character
    ("Customer: Harry Potter, harry.p88@gmail.com, order 5512 is late", "Harry Potter"),
    ("Dear Harry Potter, thank you for your order.", "Harry Potter"),
    # no other name of the book in the text: a common name stays anyone's
    ("Mr Rochester will visit the branch on Monday to sign the lease.", "Rochester"),
    ("Dr Watson will see you at 3pm on Monday.", "Watson"),
    ("George will bring the slides on Monday.", "George"),
])
def test_a_namesake_treated_privately_stays(scrubber, text, name):
    assert any(name in v for v in _found(scrubber, text))


def test_a_common_word_or_place_of_a_work_needs_the_work():
    """A one-word name the lists hold as a name, a place or a word needs its work's company ("Berlin" of a
    heist series is a city; "Ariel" is a given name)."""
    from scrubber.not_people import _characters

    alone, marked, _ = _characters()
    for word in ("Berlin", "Tokyo", "Ariel", "Mole", "George", "Miss Honey", "Michael Scott", "Data"):
        assert word not in alone
    for name in ("Gruffalo", "Paddington Bear", "Harry Potter", "Sherlock Holmes", "Peppa Pig"):
        assert name in alone


def test_a_city_named_like_a_character_stays_a_place(scrubber):
    text = "I moved to Berlin last spring and my flat is near Tokyo Sushi on Oranienstraße."
    assert "Berlin" in _found(scrubber, text, "LOCATION")


# ---- a list of public figures ------------------------------------------------------------------------------
def test_a_name_among_listed_figures_is_a_topic(scrubber):
    text = ("Write short profiles for a school display. Include: Ada Lovelace, Yannick Okonta, Wole Soyinka, "
            "Greta Thunberg, Marie Curie, Frida Kahlo, Tomasz Wróblewski and Jacinda Ardern. Keep it short.")
    assert _found(scrubber, text) == []


@pytest.mark.parametrize("text, name", [
    # two figures only: too few to make a list of topics
    ("Invite Marie Curie, Yannick Okonta and our intern to the panel.", "Yannick Okonta"),
    # a person's label before the list
    ("Attendees: Yannick Okonta, Marie Curie, Frida Kahlo, Winston Churchill", "Yannick Okonta"),
    # contact data on the line
    ("Marie Curie, Frida Kahlo, Ada Lovelace and Yannick Okonta (y.okonta@mail.com)", "Yannick Okonta"),
])
def test_a_private_person_beside_figures_stays(scrubber, text, name):
    assert any(name in v for v in _found(scrubber, text))


# ---- a figure's birth --------------------------------------------------------------------------------------
def test_a_figures_birth_date_and_place_are_a_topic(scrubber):
    text = ("Plan a history essay on Emmeline Pankhurst. Facts: Emmeline Pankhurst was born 15 July 1858 in "
            "Moss Side, Manchester. Focus on her early life.")
    found = scrubber.analyze(text)
    assert not [s for s in found if s.type in ("PERSON", "DATE_OF_BIRTH")]
    assert not [s for s in found if text[s.start:s.end].startswith("Moss Side")]


@pytest.mark.parametrize("text, kept", [
    # a private person beside the figure: the birth stays (whose it is, the rule cannot tell)
    ("Emmeline Pankhurst was born 15 July 1858; my client Dana Whitfield wants the essay by Monday.",
     "15 July 1858"),
    # a namesake after a person's label, with contact data
    ("Patient: Nelson Mandela, born 18 July 1978 in Leeds, tel. 07700 900123", "18 July 1978"),
    # an unlisted person's birth
    ("Dana Whitfield was born 3 March 1990 in Leeds.", "3 March 1990"),
])
def test_a_private_birth_stays(scrubber, text, kept):
    assert any(kept in text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "DATE_OF_BIRTH")
