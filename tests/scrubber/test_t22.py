"""Personal data in tables (session 28, t22): a column list in a sentence over header-less rows, tables
aligned with spaces (fixed-width reports, pandas), HTML tables, column words of other languages, India's PAN
under a "pan" column, and a PIN or password among the keys of records of people."""

import pytest

from scrubber.recognizers.table_columns import TableColumnRecognizer, column_kind, value_entity


def _found(scrubber, text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == kind]


def _raw(text: str) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start:r.end]) for r in TableColumnRecognizer().analyze(text, [])}


@pytest.mark.parametrize("label, kind", [
    ("fname", "PERSON"), ("lname", "PERSON"), ("Imię i nazwisko", "PERSON"), ("Nombre completo", "PERSON"),
    ("NOME PRÓPRIO", "PERSON"), ("Adı Soyadı", "PERSON"), ("Nato il", "DATE_OF_BIRTH"),
    ("parola_d_ordine", "SECRET"), ("palavra_passe", "SECRET"), ("steuerliche_id", "NATIONAL_ID"),
    ("Nr telefonu", "PHONE_NUMBER"), ("MOBIEL", "PHONE_NUMBER"), ("Localidade", "LOCATION"),
    ("PLAATS", "LOCATION"), ("c/o", "PERSON"), ("P/A", "PERSON"), ("E-MAILADRES", "EMAIL_ADDRESS"),
])
def test_column_words_of_other_languages(label, kind):
    assert column_kind(label)[0] == kind


def test_indias_pan_under_a_pan_column_is_an_id_and_a_card_number_a_card():
    assert value_entity("CREDIT_CARD", "strong", "ABCPK1234Q", True) == "NATIONAL_ID"
    assert value_entity("CREDIT_CARD", "strong", "4929 5213 0713 5021", True) == "CREDIT_CARD"


def test_a_column_list_in_a_sentence_heads_header_less_rows():
    text = ("Please dedupe this export.\n\n"
            "(no header row; columns are id, customer_name, card_number, total)\n\n"
            '10021,"Hartley, Morwenna",4929 5213 0713 5021,"1,200.50"\n'
            "10022,Chidi Okafor,5425-2334-3010-9903,88.10\n")
    got = _raw(text)
    assert ("PERSON", "Hartley, Morwenna") in got and ("PERSON", "Chidi Okafor") in got
    assert ("CREDIT_CARD", "5425-2334-3010-9903") in got
    listed = ("Fields in order: cust_id, name, e_mail, birth_date, national_id\n"
              "7781,Ana Vidal,av@x.org,14/07/1971,K9\n")
    assert ("DATE_OF_BIRTH", "14/07/1971") in _raw(listed)


def test_a_list_in_the_instruction_does_not_hide_the_tables_own_header():
    text = ('Retype it as "SURNAME/GIVEN MR|MRS, DOB, passport".\n\n| Name | Date of birth | Passport |\n'
            "|---|---|---|\n| OKAFOR, CHIDI | 24/12/1985 | 590642486 |\n")
    assert ("PERSON", "OKAFOR, CHIDI") in _raw(text)


def test_a_list_of_things_over_rows_is_no_header():
    text = "columns are sku, price, colour\n\nA-1,9.99,red\nB-2,4.50,blue\n"
    assert _raw(text) == set()


def test_headers_with_abbreviations_and_a_lower_case_and():
    text = ("N.,Cognome,Nome,Nato il,Alla c.a.\n1,Bellucci,Ottavio,03/05/1979,Rosa Conti\n"
            "\n| Lp. | Imię i nazwisko | Kod PIN |\n| 1 | Halina Nowakowska | 482913 |\n")
    got = _raw(text)
    assert {("DATE_OF_BIRTH", "03/05/1979"), ("PERSON", "Rosa Conti"), ("PERSON", "Halina Nowakowska"),
            ("SECRET", "482913")} <= got


def test_a_fixed_width_report_and_a_pandas_print():
    report = ("CLIENT LISTING                       RUN DATE 2026-01-09   PAGE 1\n\n"
              "CUST_ID   FIRST_NAME   SURNAME      GEB. DATUM   PHONE\n"
              "=======   ==========   ==========   ==========   ===============\n"
              "16070     Morwenna     Hartley      14-07-1971   (310) 555-9556\n"
              "8383      Chidi        Okafor                    600-519-3408\n\n*** 2 RECORDS ***\n")
    got = _raw(report)
    assert {("PERSON", "Morwenna"), ("PERSON", "Hartley"), ("DATE_OF_BIRTH", "14-07-1971"),
            ("PERSON", "Okafor"), ("PHONE_NUMBER", "600-519-3408")} <= got
    frame = (">>> print(df)\n     N.º               Nome  Data de nascimento   Card PIN\n"
             "0  79109   Ottavio Bellucci          22/02/1971     863594\n"
             "1   5996  Halina Nowakowska          13/06/1953       9896\n")
    got = _raw(frame)
    assert {("PERSON", "Halina Nowakowska"), ("DATE_OF_BIRTH", "22/02/1971"), ("SECRET", "9896")} <= got


def test_an_aligned_table_of_metrics_is_no_table_of_people():
    text = ">>> df.head()\n   region  revenue  churn_pct\n0  North   1200.5   2.1\n1  South   900.0    3.3\n"
    assert _raw(text) == set()


def test_an_html_table_reads_every_personal_column():
    text = ("<table><tr><th>id</th><th>fname</th><th>surname</th><th>Mobile</th><th>Card PIN</th></tr>\n"
            "<tr><td>1</td><td>Jun</td><td>El-Amin</td><td>0496 555 738</td><td>4821</td></tr></table>")
    got = _raw(text)
    assert {("PERSON", "Jun"), ("PERSON", "El-Amin"), ("PHONE_NUMBER", "0496 555 738"),
            ("SECRET", "4821")} <= got


def test_a_pin_or_password_key_in_records_of_people(scrubber):
    text = ('[\n  {\n    "nome_e_cognome": "Ottavio Bellucci",\n    "citta": "Parma",\n'
            '    "codice_pin": "686158"\n  }\n]')
    assert "686158" in _found(scrubber, text, "SECRET")
    yaml = ("people:\n  - nome_e_cognome: Bellucci, Ottavio\n    email: ob@example.it\n"
            "    palavra_passe: Xq7!vB2#pLm\n")
    assert "Xq7!vB2#pLm" in _found(scrubber, yaml, "SECRET")
    assert ("SECRET", "1234") not in _raw('{"service": "billing", "pin": "1234"}')
