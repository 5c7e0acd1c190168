"""Public figures of every region and field named as topics (session 22's additions to
``scrubber/data/public_figures.txt``): no placeholder in a prompt about them; a namesake after a title or a
field's label, and a private person beside them, stay found."""

import pytest


def _people(scrubber, text: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "PERSON"]


@pytest.mark.parametrize("text", [
    "Write a short essay on how Annalena Baerbock and Matteo Salvini handled the crisis.",
    "Compare Karim Benzema and Romelu Lukaku as strikers in three bullet points.",
    "Summarise Wole Soyinka's Death and the King's Horseman for a book club.",
    "What did Haile Selassie and Jomo Kenyatta agree on in 1963?",
    "Give me a timeline of Aung San Suu Kyi's years in office.",
    "Explain Ibn Khaldun's theory of asabiyyah in plain words.",
    "Who won more finals, Daniil Medvedev or Stefanos Tsitsipas?",
    "Draft a quiz question about Jasprit Bumrah's best bowling figures.",
    "Is Özlem Türeci still at BioNTech?",
])
def test_public_figures_as_topics_are_not_people(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize("text, name", [
    ("Patient: Annalena Baerbock, DOB 1990-01-02", "Annalena Baerbock"),  # a field's label: a namesake
    ("Dr. Karim Benzema will see you at 3pm.", "Karim Benzema"),  # a title of address
    ("Compare Romelu Lukaku with our coach Anja Lindqvist.", "Anja Lindqvist"),  # a private person beside
])
def test_namesakes_and_private_people_stay(scrubber, text, name):
    assert any(name in v for v in _people(scrubber, text))


def test_no_common_name_is_a_public_figure():
    """The list's own rule: a one-word entry is nobody's given name, a whole name not a common pair."""
    from scrubber.words import public_figures

    whole, alone = public_figures()
    for common in ("Homer", "Virgil", "Kabir", "Neymar", "Thomas Müller", "Andy Murray", "Wang Yi",
                   "John Adams", "Sanna Marin", "Mahmoud Abbas"):
        assert common not in whole and common not in alone


@pytest.mark.parametrize("text, name", [
    ("Send the invoice to Annalena Baerbock at a.baerbock@corp.de", "Annalena Baerbock"),
    ("Callback: Karim Benzema, +33 6 12 34 56 78, re: order 5512", "Karim Benzema"),
    ("Contact: Wole Soyinka <w.soyinka@mail.ng>", "Wole Soyinka"),
])
def test_a_figures_name_with_contact_data_on_its_line_is_a_namesake(scrubber, text, name):
    assert name in _people(scrubber, text)


@pytest.mark.parametrize("text", [
    "Nelson Mandela (1918-2013) spent 27 years in prison.",  # a life's years are no phone number
    "Quote Annalena Baerbock on the 2020 budget.\nQuestions to press@example.org",  # contact on another line
])
def test_a_figures_name_without_contact_data_on_its_line_stays_a_topic(scrubber, text):
    assert _people(scrubber, text) == []
