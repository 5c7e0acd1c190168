"""Names and places of every class issue #19 lists, each in a realistic sentence, next to look-alikes that
must stay unmasked. Values are synthetic (written for this test; not from any fixture or corpus)."""

import pytest

from scrubber.recognizers.name_cues import NameCueRecognizer
from scrubber.recognizers.name_shapes import NameShapeRecognizer
from scrubber.recognizers.places import PlaceNameRecognizer
from tests.scrubber.masking import covered


def found(recognizer, text: str, entity: str) -> list[str]:
    return sorted(text[r.start:r.end] for r in recognizer.analyze(text, [entity], None) if r.score >= 0.5)


@pytest.mark.parametrize(("text", "expected"), [
    ("please call back anneliese brandauer about the invoice", ["anneliese brandauer"]),
    ("LEAD: WOLFGANG KESSELRING / ACME", ["WOLFGANG KESSELRING"]),
    ("Escalated by Vandermeer, Pieter last night.", ["Vandermeer, Pieter"]),
    ("Refund for Öztürk, Büşra; shipped to Berlin, Germany and Jackson, Mississippi", ["Öztürk, Büşra"]),
    ("Reviewer: Anne-Sophie Lambert; approver Carla Ortega-Ruiz",
     ["Anne-Sophie Lambert", "Carla Ortega-Ruiz"]),
    ("Forward it to Femke van der Berg and Luis de la Fuente.", ["Femke van der Berg", "Luis de la Fuente"]),
    ("paweł wójcik and Hélène Chevalier signed.", ["Hélène Chevalier", "paweł wójcik"]),
    ("Contract owner: Nguyễn Văn Bình (Hanoi office)", ["Nguyễn Văn Bình"]),
    ("Ask Tran Thi Huong or Le Minh Quan about it", ["Le Minh Quan", "Tran Thi Huong"]),
    ("Interview with Takahashi Ren and Wei Zhang went well", ["Takahashi Ren", "Wei Zhang"]),
    ("New hire Park Min-seo starts Monday", ["Park Min-seo"]),
    ("Payment from Chukwudi Okafor and Akua Boateng arrived", ["Akua Boateng", "Chukwudi Okafor"]),
    ("Renewal signed by Gustavo Pereira from the São Paulo team", ["Gustavo Pereira"]),
    ("Ticket from Ragnar Lindberg; Ragnar says it is urgent", ["Ragnar", "Ragnar Lindberg"]),
    ("Spoke to Mehmet Yılmaz. Yılmaz wants a refund.", ["Mehmet Yılmaz", "Yılmaz"]),
    ("Summarise the complaint. Okonkwo says the parcel never came.", ["Okonkwo"]),
    ("Status: Weber will send the contract on Monday.", ["Weber"]),
    ("I want to add Edvard Petrussen and Jarmila Fiedlerová as beneficiaries", ["Edvard Petrussen",
                                                                              "Jarmila Fiedlerová"]),
    ("They had 3: Romi, Amy Larsen and Kristen.", ["Amy Larsen", "Kristen", "Romi"]),
    ("Please contact Дмитрий Орлов today", ["Дмитрий Орлов"]),
    ("Summarise the complaint. de Villiers says the box was wet.", ["de Villiers"]),
    ("1. Budget — Jiří to circulate the dashboard.\n2. Marketing to review the copy.", ["Jiří"]),
    ("my neighbour kristoffer eriksen keeps parking in front of my garage", ["kristoffer eriksen"]),
])
def test_names_by_their_make_up(text, expected):
    assert found(NameShapeRecognizer(), text, "PERSON") == sorted(expected)


@pytest.mark.parametrize("text", [
    "Compare Microsoft Teams and Google Sheets for a team of 40.",
    "We retained Ernst & Young and Procter & Gamble for the audit.",
    "Deutsche Bank Group and Allianz Insurance signed the deal.",
    "Das Wetter ist heute sehr schön, der caffè italiano auch.",
    "The job failed at Jan 08 05:39:49 on cache-2.",
    "Why does user.first_name return None in OrderService?",
    "Flights from Ho Chi Minh City to San Jose are cheap in May.",
    "Python is great. Docker will restart it. Hill was steep.",
    "We use Python, Java and Rust; the Pacific and Atlantic routes.",
])
def test_look_alikes_are_no_names(text):
    assert found(NameShapeRecognizer(), text, "PERSON") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Hallo Annegret, Frau Vu aus Lagos hat angerufen.", ["Annegret", "Vu"]),
    ("Met Ms Tran and Mr O'Rourke at the fair.", ["O'Rourke", "Tran"]),
    ("la Sra. Yılmaz llega mañana", ["Yılmaz"]),
    ("il dottor de la Torre mi ha detto", ["de la Torre"]),
    ("Dear Ms McKenna, thanks", ["McKenna"]),
    ("Hi Siyu, I'm out from Monday", ["Siyu"]),
    ("hi, this is serkan avcı, my parcel never came", ["serkan avcı"]),
    ("M. Dupont est arrivé; the M. Sc. thesis is due", ["Dupont"]),
    ("Full name: ÇAĞLA ARSLAN\nNationality: Türkiye", ["ÇAĞLA ARSLAN"]),
    ("From: IT SUPPORT\nName: ACME CORP LTD, ok", []),
])
def test_names_after_honorifics_and_greetings(text, expected):
    assert found(NameCueRecognizer(), text, "PERSON") == sorted(expected)


def test_honorific_and_greeting_names_outscore_the_model():
    results = NameCueRecognizer().analyze("Hola Rémi, la Sra. Rinaldi llega mañana.", ["PERSON"], None)
    assert sorted((r.score for r in results), reverse=True)[:2] == [0.9, 0.86]


@pytest.mark.parametrize(("text", "expected"), [
    ("Customer is based in eindhoven and moving to porto alegre", ["eindhoven", "porto alegre"]),
    ("The Kraków office and the Hanoi team", ["Hanoi", "Kraków"]),
    ("Nos vemos en Medellín", ["Medellín"]),
    ("name,city,plan\nnguyễn văn mai,Bergen,pro", ["Bergen"]),
])
def test_places_in_any_case(text, expected):
    assert found(PlaceNameRecognizer(), text, "LOCATION") == sorted(expected)


@pytest.mark.parametrize("text", [
    "Please ask Nadia about it.",  # a given name that is also a town
    "my colleague Kenji Ishikawa will call",  # a family name that is also a prefecture
    "Date of issue: 04/05/2021",  # a word that is also a town
    "name,tier\nTrần Thị Trang,Gold",  # the last word of a Vietnamese name
    "we are going to nice weather, reading the news",  # lower-case words that are towns too
])
def test_names_and_words_are_no_places(text):
    assert found(PlaceNameRecognizer(), text, "LOCATION") == []


def test_a_place_nobody_is_named_after_outscores_the_models_person():
    (result,) = PlaceNameRecognizer().analyze("Shipping to the Kraków warehouse.", ["LOCATION"], None)
    assert result.score > 0.85


@pytest.mark.parametrize(("text", "value"), [
    ("Bitte fasse zusammen: Joost Visser übernimmt ab Mai das Projekt.", "Joost Visser"),
    ("Bonjour, je m'appelle Aurore Delmas et j'habite à Rennes.", "Aurore Delmas"),
    ("name,city\nHaruki Matsuda,Sapporo\nfenna de boer,utrecht", "Haruki Matsuda"),
    ("Full name: OLUWASEGUN ADEBAYO\nNationality: Nigeria", "OLUWASEGUN ADEBAYO"),
    ("Translate: Дмитрий Орлов приедет завтра.", "Дмитрий Орлов"),
])
def test_the_scrubber_masks_names_in_every_setting(scrubber, text, value):
    assert covered(scrubber, text, value)


@pytest.mark.parametrize(("text", "value"), [
    ("Me: my name's Kayleigh Pemberton btw\nRohan: see you sat kayleigh", "kayleigh"),
    ("Booked for Kayleigh Pemberton.\nok so pemberton arrives friday", "pemberton"),
])
def test_a_found_name_is_masked_again_in_any_case(scrubber, text, value):
    assert covered(scrubber, text, value)


def test_a_short_or_foreign_word_name_is_masked_again_only_as_written(scrubber):
    text = "Bonjour, je suis Thi Le de Hanoi. Le dossier de Le est prêt, le client attend."
    masked = {text[s.start:s.end] for s in scrubber.analyze(text)}
    assert not any(m == "le" for m in masked), masked
