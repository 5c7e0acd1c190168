"""Detection rules added for issue 3's quality goals: tables of positives and negatives side by side."""

import pytest
from presidio_analyzer.nlp_engine import NlpArtifacts

from scrubber.name_filters import COMMON_WORDS, plausible
from scrubber.recognizers.address import StreetAddressRecognizer
from scrubber.recognizers.credit_card import issued_prefix, luhn_ok
from scrubber.recognizers.iban import CaseInsensitiveIbanRecognizer
from scrubber.recognizers.login_pair import LoginPairRecognizer
from scrubber.recognizers.name_cues import NameCueRecognizer
from scrubber.recognizers.us_ssn import UsSocialSecurityRecognizer
from scrubber.types import Span


def found(recognizer, text: str, entity: str) -> list[str]:
    return sorted(text[r.start:r.end] for r in recognizer.analyze(text, [entity], None) if r.score >= 0.5)


@pytest.mark.parametrize(("text", "expected"), [
    ("went to IBAN ES78 3038 1448 5287 2118 4181 instead of mine", ["ES78 3038 1448 5287 2118 4181"]),
    ("my iban is gb42nawi04454264788619", ["gb42nawi04454264788619"]),
    ("IBAN: DE89 3704 0044 0532 0130 00.", ["DE89 3704 0044 0532 0130 00"]),
    ("deposit in DE89370400440532013000 2 days from today", ["DE89370400440532013000"]),
    ("iban de89-3704-0044-0532-0130-00 and GB42NAWI04454264788619",
     ["GB42NAWI04454264788619", "de89-3704-0044-0532-0130-00"]),
    ("de89370400440532013001 (bad checksum), Gb42NaWI04454264788619 (mixed case)", []),
    ("ticket AB12 3456 7890 1234 5678", []),
])
def test_iban_any_case_trimmed_to_the_valid_part(text, expected):
    assert found(CaseInsensitiveIbanRecognizer(), text, "IBAN_CODE") == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("SSN is 089-74-3547 and my spouse Fiona Kelly's is 857 91 6646.", ["089-74-3547", "857 91 6646"]),
    ("social security numbers on file: 536 22 5476", ["536 22 5476"]),
    ("call 857 91 6646 tomorrow", []),
    # a text that speaks of SSNs: a number of their make on another line is one too (recall first)
    ("SSN 123-45-6789\nroom 857 91 6646", ["123-45-6789", "857 91 6646"]),
    ("SSNs below, please check:\n2. Ann Lee, 679325108, Austin TX", ["679325108"]),
    ("Order 679325108 shipped to Austin.", []),
])
def test_spaced_ssn_on_a_keyword_line(text, expected):
    assert found(UsSocialSecurityRecognizer(), text, "US_SSN") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("[10:03] Zoé: ssh in with root / Tiger196.XxS\n[10:04] Bo: ok", ["Tiger196.XxS"]),
    ("ssh in with root / VpO-wOjPauH_xL.", ["VpO-wOjPauH_xL"]),
    ("login: admin / Summer1032-Z2dA", ["Summer1032-Z2dA"]),
    ("user can read / write files", []),
    ("login / logout buttons", []),
    ("account TCP / IP settings", []),
    ("ssh with root / yourpassword", []),
    ('curl -X POST --user "$(cat ./login.txt):$(cat ./password.txt)"', []),
    ("user home dir / usr/local/bin2", []),
])
def test_login_pairs(text, expected):
    assert found(LoginPairRecognizer(), text, "SECRET") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Translate: "Dear Crystal Jackson, we have updated', ["Crystal Jackson"]),
    ("Cardholder Janice Salazar, card ending 1234", ["Janice Salazar"]),
    ('Test fixture: customer="Amy Hanna", email=...', ["Amy Hanna"]),
    ("[10:03] Rodrigo: ssh in", ["Rodrigo"]),
    ("Dear Daniel Q. Bell, thanks", ["Daniel Q. Bell"]),
    ("Dr. Maaike van der Berg said", ["Maaike van der Berg"]),
    ("My mother Wolf-Dieter Fröhlich was born", ["Wolf-Dieter Fröhlich"]),
    ("Dear Team, hi All, Dear Customer, Hello World", []),
    ("customer Support tickets; patient ID 42; hello.Bob", []),
    ("Hi @Anna, see the thread", ["Anna"]),  # a mention names a person
    ("[10:03] Summary: all good", []),
])
def test_names_after_cue_words(text, expected):
    assert found(NameCueRecognizer(), text, "PERSON") == expected


@pytest.mark.parametrize("address", [
    "4319 Gilbert Loop Apt. 454, Bitterfeld, CT 92289",
    "602 Mary Estate Suite 170, LefèvreBourg, KY 71439",
    "1600 Pennsylvania Avenue NW, Washington, DC 20500",
    "6556 106 Rue Ettatawer Apt. 409\nSOUTH NEWDEGATE, WA 16469",
    "PSC 1437, Box 3833\nAPO AA 66791",
    "USNV Vincent\nFPO AA 68422",
])
def test_us_address_blocks(address):
    assert found(StreetAddressRecognizer(), f"She lives at {address}. Call her.", "LOCATION") == [address]


def test_no_address_block_without_one():
    assert found(StreetAddressRecognizer(), "We shipped 3 Boxes, version 2.4, build 12345", "LOCATION") == []


@pytest.mark.parametrize(("number", "card"), [
    ("3598899323053410", True),  # JCB-shaped 35xx, as test-data generators make them
    ("3528000000000007", True),
    ("38134375577528", True),  # 14-digit Carte Blanche / Diners 38
    ("3598899323053411", False),  # Luhn fails
    ("3798899323053410", False),  # 37 is Amex: 15 digits only
])
def test_card_prefixes(number, card):
    assert (luhn_ok(number) and issued_prefix(number)) is card


@pytest.mark.parametrize(("text", "kind", "kept"), [
    ("Summarise this ticket", "PERSON", False),
    ("Merge the branch", "PERSON", False),
    ("Personalise this e-mail", "LOCATION", False),
    ("Grace called", "PERSON", True),  # a word and a name: names win
    ("Will called", "PERSON", True),
    ("Paris office", "LOCATION", True),
    ("Metallica rocks", "PERSON", True),  # not an English dictionary word
])
def test_single_ordinary_words_are_not_names(text, kind, kept):
    word = text.split()[0]
    assert plausible(Span(kind, 0, len(word), 0.85), text) is kept
    assert len(COMMON_WORDS) > 10_000


@pytest.mark.parametrize(("text", "expected"), [
    ("we have updated the phone number on file to 894-823-6563 and", [("PHONE_NUMBER", "894-823-6563")]),
    ("NHS number 943 476 5919 for the patient", [("UK_NHS", "943 476 5919")]),
])
def test_nhs_number_yields_to_a_phone_number(scrubber, text, expected):
    assert [(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)] == expected


def test_prepare_warms_the_cache_for_a_later_scrub(scrubber):
    answer = "Sure - I wrote to John Smith at crystal@example.org about the refund."
    scrubber.prepare([answer])
    key_count = len(scrubber._cache)
    r = scrubber.scrub(["Thanks", answer])
    assert len(scrubber._cache) == key_count + 1  # only "Thanks" was new
    assert "John Smith" not in r.texts[1] and "crystal@example.org" not in r.texts[1]


def test_lazy_keywords_equal_presidio_keywords(scrubber):
    nlp = scrubber.analyzer.nlp_engine
    text = "The Password: is HERE, Be quick. I'm at key:value pairs; Über straße and THE end."
    _, artifacts = next(iter(nlp.process_batch([text], "en")))
    assert artifacts.keywords == NlpArtifacts.set_keywords(nlp, artifacts.lemmas, "en")


@pytest.mark.parametrize(("text", "kept"), [
    ("Translate this invitation into German and French.\n\nHello everyone,", []),
    ("Customer: Hi, my order BE-570965 says delivered", []),
    ("[14:30] Helpdesk: Hi! How can we help today?", []),
    ("Hi Jessica, call Mr French tomorrow", ["Jessica", "French"]),  # a title before it: a name
    ("Tom French will join", ["Tom French"]),
])
def test_languages_greetings_and_chat_roles_are_no_names_alone(scrubber, text, kept):
    assert [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "PERSON"] == kept


@pytest.mark.parametrize(("text", "name"), [
    # (without the rule, the second "Kit" reached the vendor)
    ("Summarise this thread for Kit, who was away:\nÞóra: anyone seen the budget file?\n"
     "Иван Орлов: Kit had it last, I think", "Kit"),
])
def test_a_name_found_once_is_masked_wherever_it_stands(scrubber, text, name):
    out = scrubber.scrub([text]).texts[0]
    assert name not in out


@pytest.mark.parametrize(("text", "kept"), [
    ("O cliente pediu a entrega em sessenta dias, com a fatura e o recibo de pagamento.", []),
    ("Por favor, llama a maria gonzalez mañana por la tarde para confirmar la entrega.", ["maria gonzalez"]),
])
def test_lower_case_words_of_another_language_are_no_names(scrubber, text, kept):
    assert [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "PERSON"] == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("Gesprächsnotiz\nVorname: Jonas\nMit freundlichen Grüßen\nAnna Berger", ["Jonas", "Anna Berger"]),
    ("Utente: Joana Cruz\nVertretung: Hulda", ["Joana Cruz", "Hulda"]),
])
def test_the_words_of_a_cue_are_no_name(scrubber, text, kept):
    names = [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "PERSON"]
    assert not {"Vorname", "Grüßen", "Utente", "Vertretung"} & set(names)
    assert all(k in names for k in kept)
