"""Fewer false LOCATIONs and birth dates on prompts without personal data (fp27l, issue #19;
scrubber/topics.py, place_topics.py): a listed public figure's birthplace and birth date in a sentence naming
them, a law named after its place, a decade long past, a market's list price, a traffic
report's road, a hotel named after its town. A private person's birthplace and date, a
writer's own, and places after a person's cue stay. Texts written for this test."""

import pytest

from tests.scrubber.masking import overlapping as found


@pytest.mark.parametrize("text, value, type_", [
    # a public figure's birthplace and birth date, in a sentence naming them
    ("Turn this into a quiz.\n\nAngela Merkel, born in Hamburg on 17 July 1954, led Germany for 16 years.",
     "Hamburg", "LOCATION"),
    ("Turn this into a quiz.\n\nAngela Merkel, born in Hamburg on 17 July 1954, led Germany for 16 years.",
     "17 July 1954", "DATE_OF_BIRTH"),
    # a figure whose name holds a particle
    ("Résume : Ursula von der Leyen a présenté à Strasbourg le nouveau budget.", "Strasbourg", "LOCATION"),
    # a law named after its country or state
    ("Summarise the obligations of the Kenya Data Protection Act for a small shop.", "Kenya", "LOCATION"),
    # a decade long past
    ("Explain simply: the steam engine spread from Birmingham after the 1780s and changed industry.",
     "Birmingham", "LOCATION"),
    # a market's list price
    ("Headline ideas: the maker cut the list price of its inhaler in Mexico, rivals may follow.",
     "Mexico", "LOCATION"),
    # a traffic report's road
    ("Vertaal naar het Engels: Door ijzel is de A2 bij Utrecht vanochtend dicht.", "Utrecht", "LOCATION"),
    # a hotel named after its town
    ("Proofread the invite:\n\nTeam offsite, spring\nVenue: Grand Harbour Hotel Valletta, dinner on the "
     "terrace.", "Valletta", "LOCATION"),
])
def test_no_topic_place(scrubber, text, value, type_):
    assert not found(scrubber, text, value, type_)


@pytest.mark.parametrize("text, value, nth", [
    # a private person's birthplace and birth date stay
    ("Profile: Nadia Okafor, born in Enugu on 3 May 1990, joins the team.", "Enugu", 0),
    ("Profile: Nadia Okafor, born in Enugu on 3 May 1990, joins the team.", "3 May 1990", 0),
    # ... also beside a figure: the writer's own, another person's
    ("Fix my bio: I was born in Hamburg on 17 July 1994, the same city as Angela Merkel.", "Hamburg", 0),
    ("Fix my bio: I was born in Hamburg on 17 July 1994, the same city as Angela Merkel.", "17 July 1994", 0),
    ("Angela Merkel once met Lukas Brandt, born in Kiel on 2 June 1971, at a school fair.", "Kiel", 0),
    # ... and the same place named of a private person elsewhere keeps the figure's too
    ("Write a bio: Priya Nair lives in Delhi with her kids. Virat Kohli was born in Delhi as well.",
     "Delhi", 1),
    # a person's state beside a law's name
    ("Reply to Tomás Reyes, who lives in Nevada and asks whether the Nevada Privacy Act covers him.",
     "Nevada", 0),
    # a person's place beside the rules' words
    ("I'm staying at the Grand Harbour Hotel Valletta next week, can you plan my evenings?", "Valletta", 0),
    ("Rewrite: my grandmother moved to Birmingham in the 1940s and never left.", "Birmingham", 0),
    ("My brother is writing a novel and lives in Dublin now.", "Dublin", 0),
])
def test_persons_place_stays(scrubber, text, value, nth):
    assert found(scrubber, text, value, nth=nth)
