"""Names that no list in scrubber/data holds (issue #19), found by the name-likeness model in combination
with their place in the sentence, next to look-alikes that must stay unmasked. The names are invented for this
test (synthetic); ``test_the_names_are_in_no_list`` keeps them out of every list: the model finds them."""

from pathlib import Path

import pytest

from scrubber.recognizers.name_likeness import NameLikenessRecognizer, likeness
from tests.scrubber.masking import covered

DATA = Path(__file__).parents[2] / "scrubber" / "data"
UNLISTED = ("torvald brekkestad ilsabe quenzler ottilie ifeoluwa gereon wolkenhauer brunnacker wendelgard "
            "liselotte")

CAUGHT = [
    # two capitalised name-like words inside a sentence
    ("Please loop in Ansgar Brekkestad before Friday.", ["Ansgar Brekkestad"]),
    # after a greeting word that is no name: the name is found from the next word on
    ("Dear Torvald Quenzler, thanks for the quick reply.", ["Torvald Quenzler"]),
    # at a sentence's start only before a person's verb
    ("Liselotte Brunnacker says the parcel never came.", ["Liselotte Brunnacker"]),
    # two names joined by "and"
    ("Last quarter she mentored Ottilie and Ilsabe on the billing service.", ["Ilsabe", "Ottilie"]),
    # a name alone as a clause's subject
    ("Action items: update the FAQ; Ifeoluwa owns the vendor contract.", ["Ifeoluwa"]),
    # lower case after a cue
    ("Ticket #4411 opened by gereon wolkenhauer (gw@example.org): the export fails", ["gereon wolkenhauer"]),
    ("my colleague ilsabe von brunnacker keeps parking in front of my garage", ["ilsabe von brunnacker"]),
    # lower case before "to" in minutes
    ("Action items: ottilie quenzler to fix the onboarding doc", ["ottilie quenzler"]),
    # a name alone after a verb whose object is a person
    ("Can you ping Ottilie about the invoice?", ["Ottilie"]),
    ("I will loop in Ifeoluwa tomorrow.", ["Ifeoluwa"]),
    # chat nicks at a line's start
    ("<gereon> the build is red again\n<ilsabe_q> on it\n<dependabot> bump lodash", ["gereon", "ilsabe_q"]),
    # a found name's part again
    ("Please greet our new intern Torvald Brekkestad — later Torvald joins the Lisbon office.",
     ["Torvald", "Torvald Brekkestad"]),
]

NOT_NAMES = [
    "## Quarterly Revenue Summary",
    "We compared the Kindle Paperwhite with the Kobo Clara for the team.",
    "Acme Holdings signed with Globex Industries.",
    "Why does self.userName = getValue() fail in OrderService?",
    "Die Rechnung Nummer 5 ist offen. Bitte prüfen Sie den Vertrag.",
    "Deploy Grafana Loki behind Traefik Ingress today.",
    "Migrate the Zendesk Guide to the Confluence Wiki.",
    "Deliveries go to 4410 Westbrook Crossing, Dallas.",
    "Born in South Juliaton, she moved to Lake Marvinfort.",
    "sehr geehrte damen und herren, mit freundlichen grüßen",
    "install it with pandas numpy and matplotlib",
    "from django.db import models\nclass OrderItem(models.Model): pass",
    "Ernst & Young audited Brekkestad & Quenzler last year.",
    "Please ask Zendesk support why the macro fails.",
    "Use List<String> items and Map<Key, Value> here.",
]


def found(text: str) -> list[str]:
    return sorted(text[r.start:r.end] for r in NameLikenessRecognizer().analyze(text, ["PERSON"]))


def test_the_names_are_in_no_list():
    listed = {w for path in DATA.glob("*.txt") for line in path.read_text("utf-8").lower().splitlines()
              for w in line.split()}
    assert not set(UNLISTED.split()) & listed


def test_model_tells_names_from_ordinary_words():
    assert all(likeness(w) > 0 for w in UNLISTED.split())
    assert all(likeness(w) < 0 for w in "refactor paperwhite airwrap rechnung".split())


@pytest.mark.parametrize(("text", "expected"), CAUGHT)
def test_unlisted_names_caught(text, expected):
    assert found(text) == sorted(expected)


@pytest.mark.parametrize("text", NOT_NAMES)
def test_look_alikes_not_names(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Ticket #4411 opened by gereon wolkenhauer (gw@example.org): the export fails", "gereon wolkenhauer"),
    ("Last quarter she mentored Ottilie and Ilsabe on the billing service.", "Ilsabe"),
])
def test_masked_by_the_whole_scrubber(scrubber, text, value):
    assert covered(scrubber, text, value)
