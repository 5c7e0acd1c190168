"""Session 17's classes of text that reads as a person and is no one (``scrubber.not_people``,
``scrubber.name_filters``, the brand, figure and product-noun lists): brands and bots alone or beside a firm,
brands that are a person's whole name listed beside brands or before a garment, characters and titles of
works, titles listed without quotes under a noun of works, eponyms' nouns, teams and roles of other
languages, Hinglish function words, word names used as words, a function word of another language at a
name's end. Each class has a text where the false person is no longer found, and the same frame with a real
person who stays found."""

import pytest

from tests.scrubber.masking import person_covers, person_over

# (text, a value no PERSON may overlap)
NOT_PEOPLE = [
    # brands and bots alone, or joined to a firm
    ("Context: the buyer uses Siri and Salesforce internally.", "Siri"),
    ("Our two biggest customers are Ford and Wells Fargo.", "Ford"),
    ("Disney y Wells Fargo anuncian una alianza en Chicago.", "Disney"),
    ("Kellogg's y Ben & Jerry's anuncian una alianza.", "Kellogg's"),
    ("Dependabot bumped these; anything risky?", "Dependabot"),
    ("Partner summit hosted together with Kellogg's and Lavazza.", "Lavazza"),
    ("Lunch order: Greggs sausage rolls and Pret wraps for Friday.", "Greggs"),
    # a brand that is a person's whole name: listed beside brands, or before a garment after "the"
    ("We stock Hugo Boss, Calvin Klein and Tommy Hilfiger at the outlet.", "Calvin Klein"),
    ("THE CALVIN KLEIN BELT WAS THE WRONG SIZE!!! REFUND ME", "CALVIN KLEIN"),
    # characters and titles of works, quoted or not
    ("We watched Forrest Gump and then Harry Potter last night.", "Harry Potter"),
    ("Write a blog post comparing Sherlock Holmes and Hercule Poirot as detectives.", "Hercule Poirot"),
    ("Summarise the plot of Romeo and Juliet for a 10-year-old.", "Juliet"),
    ("Filmabend: Toni Erdmann oder Lola rennt?", "Toni Erdmann"),
    ("Seriale na weekend: Ranczo, Ojciec Mateusz, Rojst, Wiedźmin", "Ranczo"),
    ("Playlist: Bohemian Rhapsody, Billie Jean, Jolene, Roxanne, Layla", "Jolene"),
    # eponyms' nouns
    ("Explain Markov chains and Huffman coding; compare with Morse code.", "Markov"),
    ("Explain Crohn's disease and Raynaud's phenomenon in plain words.", "Raynaud"),
    ("# Levenshtein and Damerau-Levenshtein distance for the fuzzy match", "Damerau"),
    ("# Rabin-Karp rolling hash, then Knuth-Morris-Pratt for the fallback", "Knuth"),
    ("// Bresenham's line algorithm for the cursor", "Bresenham"),
    # teams and roles of other languages
    ("Proje Kartal ekibi ve Aslan takımı bu hafta birleşiyor.", "Kartal"),
    ("[18:00] Vardiya Amiri: Sabah sevkiyatı 30 dk gecikecek\n[18:00] Depo: Tamam", "Vardiya Amiri"),
    # Hinglish function words; word names used as words
    ("guys Bangalore office ka wifi phir se down hai, Mumbai team ne ticket raise kiya hai", "hai"),
    ("Frank advice from the garden centre: prune the rose in March, move the holly.", "Frank"),
    ("Frank advice from the garden centre: prune the rose in March, move the holly.", "holly"),
    ("mamma: hai comprato la rosa per la nonna? io: sì, e anche una gemma per il braccialetto.", "gemma"),
    # a function word of another language is no part of a name
    ("Wir schauen heute Forrest Gump und morgen Pippi Langstrumpf mit den Kindern", "Kindern"),
]

# (text, a person that must stay found)
PEOPLE = [
    ("Context: the buyer Siri Hansen uses Salesforce internally.", "Siri Hansen"),
    ("Our new hire Ford Mensah starts Monday.", "Ford Mensah"),
    ("Customer: John Lewis, 12 Park Road, phone 07700 900123", "John Lewis"),
    ("Ask Calvin Okafor about the belt order.", "Calvin Okafor"),
    ("the Calvin Klein belt was bought by Sarah Lindqvist", "Sarah Lindqvist"),
    ("Patient: Charles Darwin, DOB 03/04/1960", "Charles Darwin"),
    ("Book club hosted by Emma Watts; we read Jane Eyre.", "Emma Watts"),
    ("Podcast guests: Anna Schmidt, Ben Okafor, Carla Diaz", "Ben Okafor"),
    ("Film crew: Anna Schmidt, Ben Okafor, Carla Diaz", "Carla Diaz"),
    ("Maria's code review is due; Tom's score was 9.", "Maria"),
    ("Anna and Bob's test results are in.", "Anna"),
    ("Dyrektor Anna Nowak zatwierdza budżet.", "Anna Nowak"),
    ("Satış Müdürü Ayşe Yılmaz onayladı.", "Ayşe Yılmaz"),
    ("Kartal ekibi lideri Mehmet Demir.", "Mehmet Demir"),
    ("Mumbai team ne Rahul Sharma ko ticket diya hai", "Rahul Sharma"),
    ("Frank reviews the budget with Hope Ramirez tomorrow", "Frank"),
    ("oi, aqui é a luz, tudo bem? me liga amanhã", "luz"),
    ("Anna ist heute krank, Jonas Weber mit den Kindern im Park", "Jonas Weber"),
]


@pytest.mark.parametrize("text, value", NOT_PEOPLE)
def test_no_person_found(scrubber, text, value):
    assert not person_over(scrubber, text, value), value


@pytest.mark.parametrize("text, name", PEOPLE)
def test_person_stays_found(scrubber, text, name):
    assert person_covers(scrubber, text, name), name
