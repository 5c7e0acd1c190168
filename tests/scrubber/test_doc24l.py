"""A place in a long pasted document's sentence on markets, a firm's operations, the news or sport is its
topic, not where a person lives (doc24l; scrubber/topics.py). A person's place in such a sentence stays.
Texts written for this test, each with a person named elsewhere (the rule does not need a text without
one)."""

import pytest

from tests.scrubber.masking import overlapping as found

_INTRO = "Minutes taken by Marguerite Oyelaran-Fitch. Attendees: Tobias Wrenfield, Ilse Vandermolen.\n\n"


@pytest.mark.parametrize("text, value", [
    # markets and a firm's figures
    (_INTRO + "Demand in Portugal cooled after the rate decision, and our margins held.", "Portugal"),
    (_INTRO + "Turnover grew 6% year on year in Stuttgart, helped by the spring promotion.", "Stuttgart"),
    (_INTRO + "The acquirer is weighing a sale of its Chile unit before the summer.", "Chile"),
    (_INTRO + "The supplier in Valencia confirmed the pallets for next Tuesday.", "Valencia"),
    (_INTRO + "The tender calendar in Denmark is back-loaded this year.", "Denmark"),
    # the firm's offices listed by town
    (_INTRO + "We welcomed four new starters across the Leipzig and Bologna offices.", "Leipzig"),
    # the news
    (_INTRO + "Flooding closed roads around Kumasi for a second day.", "Kumasi"),
    (_INTRO + "The minister promised more money for schools in a speech in Bordeaux.", "Bordeaux"),
    # sport
    (_INTRO + "The coach named a squad of 30 for the qualifiers in Abeokuta.", "Abeokuta"),
    (_INTRO + "The hosts sealed a tense win in Ranchi on the final day.", "Ranchi"),
    # German and French
    (_INTRO + "Die Schulungen zu SAP sind in Hannover und Bremen abgeschlossen.", "Bremen"),
    (_INTRO + "Le déploiement de Workday dans les agences de Nantes avance bien.", "Nantes"),
])
def test_a_place_in_a_topic_sentence_is_not_found(scrubber, text, value):
    assert not found(scrubber, text, value)


@pytest.mark.parametrize("text, value", [
    # a person's place: after their cue, with an address's number, right after their name
    (_INTRO + "Tobias lives in Valencia, where prices rose again this year.", "Valencia"),
    (_INTRO + "She moved to Kumasi just before the flooding started.", "Kumasi"),
    (_INTRO + "Send the sales contract to 14 Harrow Lane, Stuttgart, by Friday.", "Stuttgart"),
    (_INTRO + "My address for the supplier invoice is Rua das Flores 22, Porto.", "Porto"),
    ("Ticket from Renata Kowalczyk\nDept: Sales Planning, Gdansk office\nIssue: the VPN drops hourly.",
     "Gdansk"),
])
def test_a_persons_place_in_a_topic_sentence_stays(scrubber, text, value):
    assert found(scrubber, text, value)


@pytest.mark.parametrize("text, value", [
    ("Notas de Lucía Ferrándiz: el hotel está junto a la Universidad y cerca de la Catedral.", "Universidad"),
    ("Resumen de Lucía Ferrándiz: la plenaria será en el Palacio de Congresos.", "Palacio"),
])
def test_a_common_noun_typed_a_place_is_not_found(scrubber, text, value):
    assert not found(scrubber, text, value)
