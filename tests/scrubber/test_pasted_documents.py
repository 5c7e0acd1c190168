"""Session 19 (the lead's own examples): documents pasted from PDFs and scans, and places that are words.

Text copied out of a PDF keeps the page's line breaks: names and addresses broken by a hyphen or wrapped
across lines must still be found whole (``scrubber.normalize``), and the span must cover the original text,
break included, so nothing of the value reaches the vendor.
"""

import pytest

from scrubber.engine import Scrubber
from scrubber.normalize import normalize
from scrubber.recognizers.places import PlaceNameRecognizer
from tests.scrubber.masking import covered

WRAPPED_MINUTES = (
    "Please tidy these minutes.\n\n"
    "Present: Ngozi Eze (Chair), Radoslav Petrović (Treasurer), Kalani Akana, Wiremu\n"
    "Parata, Ingrid Solheim and the new member from the allotment society\n"
    "Apologies: none\n\n"
    "2. Treasurer's report. Radoslav reported a balance of 3,210.00 and asked everyone\n"
    "to pay their subscriptions before the end of the quarter, as agreed in March.\n"
)


def _found(scrubber: Scrubber, text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)}


@pytest.mark.parametrize("text,value", [
    ("We have known the applicant since 2019, when she moved into Flat 8, 86 Coronation\n"
     "Street with her spouse, Aleksandra Wiśniewska-Grabowska and their son, Beata\n"
     "Grabowski. Nwosu has been employed throughout by Amberline Foods and earns well\n"
     "above the financial requirement for the visa; her spouse works for the council.",
     "Beata\nGrabowski"),
    ("Signed on behalf of the tenants by Fiona MacKinnon and Mere Ngata, who both confirm\n"
     "that they have read the whole agreement, received a copy of the inventory and of\n"
     "the deposit certificate, and agree to the terms above. Witnessed by Hemi\n"
     "Walker, solicitor, on the date below.", "Hemi\nWalker"),
])
def test_a_name_wrapped_across_lines_is_masked_whole(scrubber: Scrubber, text: str, value: str) -> None:
    assert covered(scrubber, text, value)


@pytest.mark.parametrize("text,value", [
    ("VOLUNTEER FORM\n\nSurname: CONTI            First name(s): Ales-\nsandro\nDate of birth: 11/11/1970",
     "Ales-\nsandro"),
    ("Signed for the Consultant\nBy: Kittisak Srisawat                          By: HAYLEY PEM-\nBERTON\n"
     "Title: Chief Operating Officer", "HAYLEY PEM-\nBERTON"),
    ("The tenant, who has lived at the flat since 2019 with her partner Nurul bin Ha-\nmzah, has always "
     "paid the rent on time and kept the property in good order.", "Nurul bin Ha-\nmzah"),
])
def test_a_name_hyphenated_at_a_line_end_is_masked_whole(scrubber: Scrubber, text: str, value: str) -> None:
    assert covered(scrubber, text, value)


def test_an_address_wrapped_in_a_letter_is_masked_whole(scrubber: Scrubber) -> None:
    text = ("The landlord's address for notices under this agreement is 19 Byron\n"
            "Gardens, Aberdeen, AB52 4SK, or any other address in the United Kingdom\n"
            "the landlord gives the tenant in writing at any time during the tenancy.")
    assert covered(scrubber, text, "19 Byron\nGardens, Aberdeen, AB52 4SK")


def test_the_copy_joins_broken_words_and_wrapped_lines_and_maps_back() -> None:
    text = "Surname: CONTI  First name(s): Ales-\nsandro\nDate of birth: 11/11/1970"
    copy = normalize(text)
    at = copy.text.index("Alessandro")
    assert text[slice(*copy.span(at, at + len("Alessandro")))] == "Ales-\nsandro"
    hyphenated = normalize("Dear Anne-\nSophie, thank you")
    assert "Anne-Sophie" in hyphenated.text  # a hyphen between a small letter and a capital is the name's own
    wrapped = normalize(WRAPPED_MINUTES)
    assert "Wiremu Parata" in wrapped.text and "everyone to pay" in wrapped.text
    assert "society\nApologies: none" in wrapped.text  # a "Label:" line starts a line of its own


@pytest.mark.parametrize("text", [
    # a table's rows, code and a config keep their lines
    "name,city,plan\nravi kumar,pune,basic-tier-with-add-ons-for-the-whole-team\nanita rao,delhi,pro\n",
    "def handler(event, context):\n    result = compute_the_totals_for_every_region(event)\n"
    "    return format_the_answer_for_the_dashboard(result)\n",
    "| name | role | notes that are long enough to look like a wrapped line |\n| Ana | lead | "
    "owns the rollout and the follow-up for the whole quarter |\n",
    # a notebook's output: columns aligned with spaces
    "Out[7]:\npayee                iban                              amount\n"
    "Borja Goikoetxea     DE79 8799 3015 9297 8521 89       1240.00 paid in full\n"
    "Ingrid Solheim       NO93 8601 1117 947                 310.50 paid in part\n"
    "Name: amount, dtype: float64\n",
    # a ticket's history: lines of many lengths, each its own entry
    "2024-03-01 09:12 Ticket opened by Hamid Rezaei from the Leeds office about the printer\n"
    "2024-03-01 10:40 Assigned to Lucía Fernández\n"
    "2024-03-02 08:05 Customer called back and asked for an update on the replacement part\n"
    "2024-03-02 16:30 Closed\n",
    # a chat's lines, each a speaker's ("name [time]: …")
    "can someone summarise this for me\nthanh [14:02]: did anyone restart the endpoint\n"
    "oluwadamilare [14:03]: yes, restarted it on main\nthanh [14:04]: thanks\n",
    # one long line before a short one is no wrapped page
    "Thanks again for all of your help with the office move last week,\nPriya\n",
])
def test_text_that_is_not_a_wrapped_page_keeps_its_lines(text: str) -> None:
    assert normalize(text).text == text


def test_an_email_at_a_school_domain_is_found(scrubber: Scrubber) -> None:
    # the public suffix list makes every *.sch.uk domain a suffix of its own, with no registrable part
    text = "If you would like to discuss this report please email santosoa@lumenfield.sch.uk."
    assert ("EMAIL_ADDRESS", "santosoa@lumenfield.sch.uk") in _found(scrubber, text)


@pytest.mark.parametrize("text", [
    "Mejora la redacción de este correo comercial para un cliente nuevo.",
    "Reescreva o texto como se fosse para toda a equipe.",
])
def test_a_function_word_of_another_language_is_no_lower_case_place(text: str) -> None:
    assert not PlaceNameRecognizer().analyze(text, ["LOCATION"])


def test_a_lower_case_city_after_a_place_word_is_still_a_place() -> None:
    text = "she is moving to lille next month"  # "lille" is Danish for "small", and a city
    found = [text[r.start:r.end] for r in PlaceNameRecognizer().analyze(text, ["LOCATION"])]
    assert found == ["lille"]


def test_a_tables_header_cells_are_no_places() -> None:
    text = "codice;descrizione;marca;prezzo_netto;iva\nSRT-8919;Caffè in grani;Lavazza;12,50;22\n"
    assert not PlaceNameRecognizer().analyze(text, ["LOCATION"])
    rows = "ravi kumar,pune,basic\nanita rao,delhi,pro\n"  # no header: the cells are the data
    found = {rows[r.start:r.end] for r in PlaceNameRecognizer().analyze(rows, ["LOCATION"])}
    assert found == {"pune", "delhi"}


@pytest.mark.parametrize("text,word", [
    ("2026 Q2 Satış Raporu\nToplam ciro: 38.804,67 TL\nGeçen yıla göre artış: %17,7", "Toplam"),
    ("[16:30] Säljchef: Kunden (Scania) vill ha demon före fredag", "Kunden"),
])
def test_an_ordinary_word_of_another_language_is_no_place(scrubber: Scrubber, text: str, word: str) -> None:
    assert not any(text[s.start:s.end] == word for s in scrubber.analyze(text))


def test_a_word_the_model_reads_as_a_place_mid_sentence_stays_masked(scrubber: Scrubber) -> None:
    # (only a word first in its line, after a label or in a cell is taken for the ordinary word it also is)
    text = ("Sayın İlgili,\n\nFiruze Hançer adına düzenlenen çalışma belgesi ekte sunulmuştur.\n"
            "Sorularınız için Alpin Hanım'a 0569 953 27 21 numarasından ulaşabilirsiniz.")
    assert any(text[s.start:s.end] == "Alpin" for s in scrubber.analyze(text))


def test_a_stock_lines_cells_are_not_one_address(scrubber: Scrubber) -> None:
    text = ("Confere o stock.\n\nsku\tproduto\tstock\tminimo\tarmazem\n"
            "TCC-6023\tCafé moído 250 g\t150\t25\tMaia\nFMA-6824\tVinho verde\t80\t30\tPorto\n")
    spans = scrubber.analyze(text)
    assert not any("\t" in text[s.start:s.end] for s in spans)


@pytest.mark.parametrize("text,value", [
    # a form's answer after its blank line
    ("VOLUNTEER APPLICATION FORM\n\nSurname: ____ KOWALCZYK            First name(s): ____ Zuzanna\n"
     "Date of birth: 11/11/1970", "KOWALCZYK"),
    # the signature line of a form, the next field after a wide gap
    ("I declare the information above is true and complete.\nSignature: Senthil Ilango"
     "                  Date: October 12, 2025", "Senthil Ilango"),
])
def test_a_forms_filled_in_name_is_masked(scrubber: Scrubber, text: str, value: str) -> None:
    assert covered(scrubber, text, value)


def test_an_address_after_a_portuguese_address_label_is_masked_whole(scrubber: Scrubber) -> None:
    text = ("TOMADOR DO SEGURO\nNome: Inês Carvalho\n"
            "Morada: Rua do Almada, n.º 31, 5.º Esq., 8800-679 Tavira\n"
            "Data de nascimento: 23 de março de 1975")
    assert covered(scrubber, text, "Rua do Almada, n.º 31, 5.º Esq., 8800-679 Tavira")


def test_a_blank_in_code_is_left_alone() -> None:
    assert normalize("def f(__x, y): return __x").text == "def f(__x, y): return __x"
