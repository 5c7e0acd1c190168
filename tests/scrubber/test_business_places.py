"""Places named as a firm's context are no one's personal data (issue #19: <= 0.2 false detections per prompt
without personal data): a firm's new office or depot (not a person's office), its market, where it sells or
opens, its figures per city, a route, a firm's own town; references read as postcodes and field labels read as
places. Beside them, the places that tie to a person must stay found: where someone lives, works, was born or
gets a parcel."""

import pytest

# (text, a place that must not be detected)
NOT_PERSONAL = [
    ("Draft a memo on opening a sales office in Porto vs Malmö.", "Malmö"),
    ("Das neue Büro in Leipzig öffnet im Mai.", "Leipzig"),
    ("Nous vendons déjà à Nantes et Bordeaux, faut-il ouvrir Marseille en 2027 ?", "Bordeaux"),
    ("Nous vendons déjà à Nantes et Bordeaux, faut-il ouvrir Marseille en 2027 ?", "Marseille"),
    ("We already sell in Oslo and Bergen; expansion to Tromsø is next.", "Bergen"),
    ("The parcel went back to your depot in Antwerp, says the tracking page.", "Antwerp"),
    ("Revenue Q3: Lyon +8 %, Nice −2 %, Lille flat.", "Nice"),
    ("Revenue Q3: Lyon +8 %, Nice −2 %, Lille flat.", "Lyon"),
    ("Die Route Hamburg – Bremen übernimmt ab Juli ein neuer Spediteur.", "Bremen"),
    ("From: Kessler & Söhne, Stuttgart\nBill to: accounts payable", "Stuttgart"),
    ("Acme Logistics, Rotterdam confirmed the pallet count.", "Rotterdam"),
    ("Summarise this ticket:\nTicket CS-650742 — opened via web form", "650742"),
    ("Check this invoice.\nINVOICE INV-507374 — 2026-09-12", "507374"),
    ("Fecha de nacimiento: 10/9/88", "nacimiento"),
]

# (text, the place that must stay covered)
PERSONAL = [
    ("Candidate lives in Valencia and works from home.", "Valencia"),
    ("He moved to Bergen last spring; send the contract there.", "Bergen"),
    ("Ship the replacement to Antwerp, Meir 12, for Ms Peeters.", "Antwerp"),
    ("She works in the Vienna office and lives in Baden.", "Vienna"),
    # a person's office ties the person to a place (recall first: other authors' corpora label these)
    ("Ana Duarte has led the Vienna office since 2019 and owns the migration.", "Vienna"),
    ("Please greet our new intern Femi Adeyemi, who joins the Tampere office next week.", "Tampere"),
    ("chelsea kisa,chelsea42@copperleaf.co,Bilbao,+685 7227330", "Bilbao"),
    ("nuno.vandenbroek@fernhill.school,Brno,+685 7297146", "Brno"),
    ("geboren 03.04.1979 in Leipzig, wohnhaft in Halle", "Leipzig"),
    ("Address: 12, MG Road, Camp\nPUNE-411001", "PUNE-411001"),
    ("H.No 4, Sector 2, Vellore-632001", "Vellore-632001"),
    ("lugar de nacimiento: sevilla", "sevilla"),
    ("Book flights from Dublin to Boston for Ana Duarte on 3 May.", "Dublin"),
    # cities whose names are ordinary English words, after a place word
    ("Lourdes joins from home in Cork, please keep it under an hour.", "Cork"),
    ("He flew in from Split on Monday with his family.", "Split"),
    ("She moved to Tours in 2019.", "Tours"),
]

# Those words elsewhere are words
NOT_PLACES = [
    "We split the bill and the cork broke.",
    "The guided Tours start at noon; Cork boards are in the store room.",
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_an_ordinary_word_that_names_a_city_is_a_word(scrubber, text):
    assert not [s for s in scrubber.analyze(text) if s.type == "LOCATION"]


def _covered(spans, text: str, value: str) -> bool:
    start = text.index(value)
    return any(s.start <= start and start + len(value) <= s.end for s in spans)


def _touched(spans, text: str, value: str) -> bool:
    start = text.index(value)
    return any(s.start < start + len(value) and start < s.end for s in spans)


@pytest.mark.parametrize(("text", "place"), NOT_PERSONAL)
def test_a_firms_place_or_a_reference_is_not_a_location(scrubber, text, place):
    found = [s for s in scrubber.analyze(text) if s.type == "LOCATION"]
    assert not _touched(found, text, place), [text[s.start:s.end] for s in found]


@pytest.mark.parametrize(("text", "place"), PERSONAL)
def test_a_persons_place_stays_found(scrubber, text, place):
    assert _covered(scrubber.analyze(text), text, place)


# A place alone is still detected: third parties label a meeting's city as personal data (PasteGuard: "The
# conference is in New York next week"), so a text's places are not dropped for want of a person beside them.
PLACES_ALONE = [
    ("Our annual sales kickoff will be held in Barcelona this year; draft the invitation.", "Barcelona"),
    ("La conférence aura lieu à Annecy la semaine prochaine.", "Annecy"),
]


@pytest.mark.parametrize(("text", "place"), PLACES_ALONE)
def test_a_place_alone_stays(scrubber, text, place):
    assert _covered(scrubber.analyze(text), text, place)


def test_an_address_ends_before_the_next_lines_label(scrubber):
    text = "Morada: Rua do Comércio, 19, apto 36\nObservações: entregar de manhã"
    found = [s for s in scrubber.analyze(text) if s.type == "LOCATION"]
    assert _covered(found, text, "Rua do Comércio, 19, apto 36")
    assert not _touched(found, text, "Observações")
