"""Personal data in tables and records (session 29, t29): national ids in a CSV cell right after a comma,
short and foreign keys of records of people ("ville", "il", "adi", "rue", "a_c", a bare "code"), postcodes
under "CAP"/"C.P." columns beside personal ones, a name that is a word too beside a name found in its row."""

import pytest

from scrubber.recognizers.table_columns import column_kind


def _found(scrubber, text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == kind]


def test_ids_by_format_alone_in_csv_cells_after_a_comma(scrubber):
    text = ("Merge the duplicates:\n"
            "2201,Pembrook,Alys,TW 48 29 13 C,Swansea\n"
            "2202,Okonjo,Ifeoma,ZR371946A,Leeds\n"
            "2203,Qureshi,Bilal,61101-7394528-3,Lahore\n")
    got = _found(scrubber, text, "NATIONAL_ID")
    assert "TW 48 29 13 C" in got and "ZR371946A" in got and "61101-7394528-3" in got


def test_a_numbers_group_after_a_comma_is_no_id(scrubber):
    # a Thai id's shape (its check passes) right after a number's comma: one number's groups, no id
    text = "Batch totals were 4,3-1049-58274-33-6 units across sites."
    assert _found(scrubber, text, "NATIONAL_ID") == []


def test_short_and_foreign_keys_of_records_of_people(scrubber):
    text = ('[\n  {\n    "nom_complet": "Delacroix, Ombeline",\n    "rue": "14 rue des Tanneurs",\n'
            '    "ville": "Angers",\n    "code": "730418"\n  },\n'
            '  {\n    "adi": "Ferhat",\n    "soyadi": "Karadağ",\n    "il": "Erzurum",\n'
            '    "telefon": "+90 532 418 27 90"\n  },\n'
            '  {\n    "a_c": "Joaquina Ventura",\n    "rua": "Rua do Almada 220",\n'
            '    "cidade": "Braga"\n  }\n]')
    places = _found(scrubber, text, "LOCATION")
    people = _found(scrubber, text, "PERSON")
    assert any("14 rue des Tanneurs" in p for p in places) and "Angers" in places and "Erzurum" in places
    assert "Ferhat" in people and "Joaquina Ventura" in people
    assert "730418" in _found(scrubber, text, "SECRET")


def test_a_bare_code_outside_records_of_people_is_no_secret(scrubber):
    text = '{"error": {"code": "404518", "message": "shipment not found"}, "retry": true}'
    assert _found(scrubber, text, "SECRET") == []


@pytest.mark.parametrize("text, postcode", [
    ("Cognome;Nome;CAP;Telefono\nBellandi;Ottavio;25121;+39 333 4417 208\n", "25121"),
    ("Apellidos;Nombre;C.P.;Móvil\nGarrido Ruiz;Inés;28014;+34 612 44 18 20\n", "28014"),
])
def test_cap_and_cp_columns_beside_personal_ones(scrubber, text, postcode):
    assert postcode in _found(scrubber, text, "LOCATION")


@pytest.mark.parametrize("text", [
    "Ticker,Cap,Price\nNVDX,1450200,12.75\nQRTA,980400,8.10\n",
    "Ad,Clicks,CTR\nWinter Promo,1840,2.9\nSpring Banner,920,1.4\n",
])
def test_short_column_names_alone_are_nobodys(scrubber, text):
    got = {s.type for s in scrubber.analyze(text)}
    assert not got & {"PERSON", "LOCATION"}


def test_a_family_name_that_is_a_word_beside_a_given_name_in_its_row(scrubber):
    text = ("Sort by surname please\n\n"
            "cust_id;surname;first_name;City\n"
            "4410;Shin;Ha-eun;Tacoma, WA\n"
            "4411;Quist;Delphine;Eugene, OR\n")
    people = _found(scrubber, text, "PERSON")
    assert "Shin" in people and "Ha-eun" in people


def test_rows_as_json_arrays_under_a_header_array_give_every_personal_column(scrubber):
    text = ('{"columns": ["id", "surname", "given_name", "dob", "city", "pin"],\n'
            ' "data": [[3301, "Quennell", "Tamsin", "1984-07-19", "Penzance", "4417"],\n'
            '          [3302, "Adeyemi", "Folake", "1991-02-08", "Stroud", "9052"]]}')
    assert {"Quennell", "Tamsin", "Adeyemi", "Folake"} <= set(_found(scrubber, text, "PERSON"))
    assert {"Penzance", "Stroud"} <= set(_found(scrubber, text, "LOCATION"))
    assert {"4417", "9052"} <= set(_found(scrubber, text, "SECRET"))


@pytest.mark.parametrize("sentence, row", [
    ("No header row; the columns are id, surname, given_name, town and pin.",
     "3301,Quennell,Tamsin,Penzance,4417"),
    ("Columns: id; surname; given_name; town; pin", "3301;Quennell;Tamsin;Penzance;4417"),
])
def test_a_column_list_with_and_or_semicolons_heads_the_rows(scrubber, sentence, row):
    text = f"{sentence}\n\n{row}\n"
    assert "Quennell" in _found(scrubber, text, "PERSON") and "4417" in _found(scrubber, text, "SECRET")


@pytest.mark.parametrize("label, kind", [
    ("Sozialversicherungsnummer", "NATIONAL_ID"), ("SV-Nummer", "NATIONAL_ID"),
    ("Burgerservicenummer", "NATIONAL_ID"),
    ("Nº contribuinte", "NATIONAL_ID"), ("Nr dowodu", "NATIONAL_ID"), ("Cartão de cidadão", "NATIONAL_ID"),
    ("N° de sécurité sociale", "NATIONAL_ID"), ("Carta d'identità", "NATIONAL_ID"),
    ("Kart numarası", "CREDIT_CARD"), ("Kreditkartennummer", "CREDIT_CARD"), ("Numer karty", "CREDIT_CARD"),
    ("Telemóvel", "PHONE_NUMBER"), ("Tél.", "PHONE_NUMBER"), ("Komórka", "PHONE_NUMBER"),
    ("Correio eletrónico", "EMAIL_ADDRESS"), ("Nom de famille", "PERSON"), ("Segundo apellido", "PERSON"),
    ("Nominativo", "PERSON"), ("Kontoinhaber", "PERSON"), ("Commune", "LOCATION"), ("Şehir", "LOCATION"),
    ("İlçe", "LOCATION"), ("Miasto", "LOCATION"), ("Ulica", "LOCATION"), ("Código postal", "LOCATION"),
    ("Code PIN", "SECRET"), ("Rekeningnummer", "IBAN_CODE"), ("Código de acceso", "SECRET"),
    ("Codice allarme", "SECRET"), ("Code d'accès", "SECRET"), ("Zugangscode", "SECRET"), ("Parola", "SECRET"),
    ("Chave API", "SECRET"), ("Carte vitale", "NATIONAL_ID"), ("N° INSEE", "NATIONAL_ID"),
    ("Nr paszportu", "NATIONAL_ID"), ("ID-nummer", "NATIONAL_ID"), ("Cod. fiscale", "NATIONAL_ID"),
])
def test_column_words_of_other_languages(label, kind):
    assert (column_kind(label) or ("",))[0] == kind


@pytest.mark.parametrize("label", ["Code", "Product code", "Country code", "Kod pocztowy", "Schlüssel"])
def test_a_code_alone_or_qualified_otherwise_is_no_secrets_column(label):
    assert (column_kind(label) or ("",))[0] != "SECRET"


def test_a_phone_under_a_turkish_cep_column_and_a_postcode_under_a_brazilian_one(scrubber):
    text = ("Soyadı;Adı;Cep\nAdeyemi;Folake;0532 418 27 90\n\n"
            "Nome;CEP;Cidade\nTamsin Quennell;01310-100;Santos\n")
    assert "0532 418 27 90" in _found(scrubber, text, "PHONE_NUMBER")
    assert "01310-100" not in _found(scrubber, text, "PHONE_NUMBER")


def test_birth_dates_in_header_less_rows_of_people_but_not_recent_dates(scrubber):
    text = ("Dedupe these please:\n\n"
            "5521,Tamsin Quennell,tquennell@example.net,19/07/1984,Penzance\n"
            "5522,Folake Adeyemi,f.adeyemi@example.net,1991-02-08,Stroud\n"
            "5523,Ines Garrido,igarrido@example.net,2024-03-11,Leeds\n")
    births = _found(scrubber, text, "DATE_OF_BIRTH")
    assert "19/07/1984" in births and "1991-02-08" in births and "2024-03-11" not in births
