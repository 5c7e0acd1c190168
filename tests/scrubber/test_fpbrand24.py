"""False detections on brands, products, firms and drugs (fpbrand24, issue #19): each rule of
scrubber/name_filters.py and each list entry removes a class of text, and the people named like a brand beside
it stay found. Texts written for this test."""

import pytest

from scrubber.name_filters import _a_brand, _a_brand_model, _brands_only, _listed_with_firms, _names_a_product
from scrubber.types import Span
from tests.scrubber.masking import covered


def overlaps(scrubber, text: str, value: str) -> bool:
    """Some detection overlaps ``value`` (its first occurrence)."""
    start = text.index(value)
    return any(s.start < start + len(value) and start < s.end for s in scrubber.analyze(text))


def _span(text: str, value: str, kind: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(kind, start, start + len(value), 0.85)


@pytest.mark.parametrize("text, value", [
    # a brand that is a given or family name, listed beside a brand or a firm
    ("Compare Gaviscon and Rennie for heartburn relief.", "Rennie"),
    ("A tasting of Jack Daniel's, Johnnie Walker and Jameson for the bar menu.", "Jameson"),
    ("Rank Glenfiddich, Talisker and Jameson by price.", "Jameson"),
    ("Assistants such as Siri, Cortana and Bixby read the calendar.", "Cortana"),
    ("Return rates for Wendy's and Arby's gift cards.", "Wendy's"),
    ("Return policies of Trader Joe's, Macy's and Kohl's.", "Macy's"),
    ("Fleet options: Chrysler, Dodge and Cadillac.", "Dodge"),
    # person-named brands listed beside brands
    ("Shelf plan for Estée Lauder, Elizabeth Arden and Charlotte Tilbury.", "Elizabeth Arden"),
    ("Shelf plan for Estée Lauder, Elizabeth Arden and Charlotte Tilbury.", "Charlotte Tilbury"),
    ("Stock Bobbi Brown, Max Factor and Laura Mercier in the new store.", "Max Factor"),
    ("Stock Bobbi Brown, Max Factor and Laura Mercier in the new store.", "Laura Mercier"),
    ("Bar list: Captain Morgan, Jose Cuervo and Bacardi.", "Jose Cuervo"),
    ("Window displays for Harvey Nichols, Selfridges and Harrods.", "Harvey Nichols"),
    ("Fast food survey: McDonald's, Wendy's and Burger King.", "Burger King"),
    ("Cake mixes by Betty Crocker, Duncan Hines and Sara Lee.", "Duncan Hines"),
    ("Wholesale from Albert Heijn and Orlen this quarter.", "Albert Heijn"),
    ("Biscuits: LU (Mondelez), Bonne Maman, St Michel.", "St Michel"),
    # a list of brands the model took as one name
    ("Polo shirts by Lacoste, Ralph Lauren and Fred Perry.", "Lacoste"),
    # a brand written with a hyphen or an apostrophe, listed whole
    ("Coffee machines: De'Longhi Magnifica and Philips 3200.", "De'Longhi"),
    ("The jacket has a Gore-Tex lining.", "Gore-Tex"),
    # a brand before a model's code or number
    ("Is the Mercedes GLC 300 worth it over the Audi Q5?", "Mercedes"),
    ("Write a tweet for Chanel No. 5.", "Chanel"),
    ("The Bosch Serie 6 dishwasher is loud.", "Bosch"),
    # a firm's word ends the name
    ("Letting agent: Harrington Lettings (the Kingsway branch).", "Harrington"),
    ("The deal with logistics provider Stratus Mobility closed.", "Stratus"),
    # firms and brands of firm_names.txt
    ("Paint from Farrow & Ball and Dulux.", "Farrow"),
    ("La campaña se activa en El Corte Inglés en junio.", "El Corte"),
    ("Evita parecidos con la campaña de Estrella Damm.", "Estrella Damm"),
    ("Quiz questions about Super Mario for the trivia night.", "Super Mario"),
])
def test_not_found(scrubber, text, value):
    assert not overlaps(scrubber, text, value)


@pytest.mark.parametrize("text, value", [
    # people named like a brand, where the text treats them as people
    ("Mercedes said she would call back tomorrow.", "Mercedes"),
    ("Mercedes Q3 figures are in; please send them to Mercedes.", "Mercedes"),
    ("Please ask Mercedes Lopez and Apple support to join.", "Mercedes Lopez"),
    ("Wendy called about the invoice; Wendy's laptop is broken.", "Wendy"),
    ("Watson sent the report to Lee and Hobbs.", "Lee"),
    ("Watson sent the report to Lee and Hobbs.", "Hobbs"),
    ("Meeting with Jameson, Tariq and Priya at 10.", "Jameson"),
    ("Rennie Walker booked the room.", "Rennie Walker"),
    ("Send it to Karen Millen, our new HR lead, by Friday.", "Karen Millen"),
    ("Thanks, Valentino", "Valentino"),
    ("The patient, Allegra Watson, takes Claritin 10 mg daily.", "Allegra Watson"),
    ("My son Levi and his friend Dodge went to the Nike store.", "Dodge"),
    ("Our landlord, Mr Bentley, lives at 4 Hobbs Lane, Lincoln LN1 3AB.", "Bentley"),
    ("Harvey Nichols the plumber fixed the sink.", "Harvey Nichols"),
    ("Charlotte Tilbury emailed me yesterday about the rent.", "Charlotte Tilbury"),
    ("Gordon and Apple's team met in London.", "Gordon"),
])
def test_stays_found(scrubber, text, value):
    assert covered(scrubber, text, value)


def test_named_brands_need_a_brand_beside_them():
    """A name alone of _NAMED_BRANDS is no neighbour that makes another one a brand: "Lee and Hobbs"."""
    text = "Watson sent the report to Lee and Hobbs."
    assert not _listed_with_firms(text, _span(text, "Lee"))
    text = "Compare Gaviscon and Rennie."
    assert _listed_with_firms(text, _span(text, "Rennie"))


def test_brands_only():
    assert _brands_only("Lacoste, Ralph Lauren")
    assert _brands_only("Harvey Nichols, Selfridges")
    assert not _brands_only("Lee, Hobbs")  # names alone, both
    assert not _brands_only("Lacoste")


@pytest.mark.parametrize("text, value, found", [
    ("The Galaxy S24 and the Pixel 8 compared.", "Galaxy", True),
    ("Is the Mercedes GLC 300 worth it?", "Mercedes", True),
    ("Chanel No. 5 sells well.", "Chanel No", True),
    # a quarter, a postcode, a number plate after a name: no model
    ("Mercedes Q3 figures are in.", "Mercedes", False),
    ("Mercedes SW1A 1AA", "Mercedes", False),
    ("Mercedes AB12 CDE parked outside.", "Mercedes", False),
    ("Mercedes said so.", "Mercedes", False),
])
def test_brand_model(text, value, found):
    assert _a_brand_model(text, _span(text, value), value) is found


def test_joined_brand_words():
    """A brand written with a hyphen or an apostrophe is listed whole."""
    assert _a_brand("Gore-Tex")
    assert _a_brand("De'Longhi Magnifica")
    assert not _a_brand("Wendy's")  # a given name's possessive


def test_firm_words():
    text = "Our letting agent is Harrington Lettings."
    assert _names_a_product(text, _span(text, "Harrington Lettings"))
    text = "Stratus Mobility runs the depot."
    assert _names_a_product(text, _span(text, "Stratus Mobility"))
