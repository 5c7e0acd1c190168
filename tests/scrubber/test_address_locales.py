"""Addresses and towns in the formats of countries the scrubber used to leak: Mexico, Romania, India, Greece
(and their romanised forms), Indonesia, Turkey, Czechia, and towns named in prose. Values written for these
tests from each country's address grammar; look-alikes must stay undetected."""

import pytest

from scrubber.recognizers.address import StreetAddressRecognizer
from tests.scrubber.masking import masked_share

# (text, the address in it): every letter and digit of the address must be masked
ADDRESSES = [
    # Mexico: street kind first (INEGI's list), number, interior, colonia, C.P., town, state
    ("Envíelo a Calzada de Tlalpan 1450 Int. 3, Col. Portales, C.P. 03300 Ciudad de México, CDMX.",
     "Calzada de Tlalpan 1450 Int. 3, Col. Portales, C.P. 03300 Ciudad de México, CDMX"),
    ("Mi dirección: Privada Juárez 14, Fracc. Las Palmas, 62450 Cuernavaca, Mor.",
     "Privada Juárez 14, Fracc. Las Palmas, 62450 Cuernavaca"),
    ("Entregar en Eje vial 5 Sur 120 Edif. B Depto. 302\nIztapalapa, CDMX 09000",
     "Eje vial 5 Sur 120 Edif. B Depto. 302\nIztapalapa, CDMX 09000"),
    ("Ship to Circunvalación Poniente 88 Interior 12\nSanta Rosa de las Flores, TAMPS 87120 please.",
     "Circunvalación Poniente 88 Interior 12\nSanta Rosa de las Flores, TAMPS 87120"),
    ("Address: Periférico Sur 4020 Edif. 2 , Depto. 115\nVilla Nueva del Monte, Q. ROO 77500-1234",
     "Periférico Sur 4020 Edif. 2 , Depto. 115\nVilla Nueva del Monte, Q. ROO 77500-1234"),
    # Romania: street kind, name, nr., block, staircase, floor, flat, postcode, town, county or sector
    ("Adresa mea: Str. Mihai Eminescu nr. 12, bl. 3, sc. B, et. 2, ap. 45, 400123 Cluj-Napoca, jud. Cluj",
     "Str. Mihai Eminescu nr. 12, bl. 3, sc. B, et. 2, ap. 45, 400123 Cluj-Napoca, jud. Cluj"),
    ("Livrare la Bulevardul Unirii nr. 7, Sector 3, 030833 București, vă rog.",
     "Bulevardul Unirii nr. 7, Sector 3, 030833 București"),
    ("Sediul este pe Calea Victoriei 155, 010073 București.", "Calea Victoriei 155, 010073 București"),
    ("Please ship to Soseaua Nordului Nr. 61 Bl. 12  Sc. 4 Ap. 88\nTurnu Magurele, 145200 today.",
     "Soseaua Nordului Nr. 61 Bl. 12  Sc. 4 Ap. 88\nTurnu Magurele, 145200"),
    ("Send it to Aleea Rozelor\nTurda, 401123 please.", "Aleea Rozelor\nTurda, 401123"),
    # India: house number (alone on its line too), road, locality, town and PIN
    ("Deliver to H.No. 12/34, Shanti Nagar, Hubli-580020 tomorrow.",
     "H.No. 12/34, Shanti Nagar, Hubli-580020"),
    ("Address:\n221\nNehru Road\nNashik 422001\n\nThanks", "221\nNehru Road\nNashik 422001"),
    ("Please courier it to 48/112\nTilak Circle, Mysuru 570001.", "48/112\nTilak Circle, Mysuru 570001"),
    ("Please courier it to 17/3, Pawar\nSatara-415001.", "17/3, Pawar\nSatara-415001"),
    # Greece: street (its word or none), number or range, ΤΚ, postcode in two groups, town; romanised too
    ("Η διεύθυνσή μου είναι Οδός Ερμού 12, 105 63 Αθήνα.", "Οδός Ερμού 12, 105 63 Αθήνα"),
    ("Στείλτε το στη Λεωφόρος Κηφισίας 44,\nΤΚ 151 25 Μαρούσι", "Λεωφόρος Κηφισίας 44,\nΤΚ 151 25 Μαρούσι"),
    ("Νέα διεύθυνση: Αριστοτέλους 18-20,\n54623 Θεσσαλονίκη, ευχαριστώ.",
     "Αριστοτέλους 18-20,\n54623 Θεσσαλονίκη"),
    ("Please send it to Odos Ermou 12, 105 63 Athina.", "Odos Ermou 12, 105 63 Athina"),
    ("Ship to Tsimiski 45-47,\nT.K. 546 23 Thessaloniki", "Tsimiski 45-47,\nT.K. 546 23 Thessaloniki"),
    # Indonesia and Turkey: the number after "No."
    ("Kirim ke Jl. Merdeka No. 17\nBandung, JB 40111 ya.", "Jl. Merdeka No. 17\nBandung, JB 40111"),
    ("Adres: Atatürk Caddesi No: 45/3, 06420 Çankaya/Ankara",
     "Atatürk Caddesi No: 45/3, 06420 Çankaya/Ankara"),
    # Czechia: towns with their particles after the postcode
    ("Doručte na Husova 12\n530 02 Ústí nad Orlicí prosím.", "Husova 12\n530 02 Ústí nad Orlicí"),
    ("Address:\nNádražní 487\n634 06 Stráž pod Ralskem\n\nRegards", "Nádražní 487\n634 06 Stráž pod Ralskem"),
    # Portugal and Brazil: "R." with "sem número"; a street line without a number before a postcode block
    ("Please ship it to R. Augusta, S/N\n1100-053 Lisboa.", "R. Augusta, S/N\n1100-053 Lisboa"),
    ("Update the address to Distrito Vale Verde\nBairro Novo\n70040-010 Brasília in the CRM",
     "Distrito Vale Verde\nBairro Novo\n70040-010 Brasília"),
    # Switzerland: the town's second word after the postcode is no ordinary word ("Privet", "Pierre")
    ("Can you update it to avenue Ruchonnet 12\n1003 Sainte Pierre in the CRM?",
     "avenue Ruchonnet 12\n1003 Sainte Pierre"),
    # Japan (romanised), Colombia, Vietnam, Poland's flat number, a district's number after the town
    ("Please ship to 2-14-7 Kitazawa, Setagaya-ku, Tokyo 155-0031, Japan.",
     "2-14-7 Kitazawa, Setagaya-ku, Tokyo 155-0031, Japan"),
    ("Dirección: Carrera 15 # 93-47, Bogotá, Colombia", "Carrera 15 # 93-47, Bogotá, Colombia"),
    ("Gửi đến Số 45 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
     "Số 45 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh"),
    ("Wyślij na ul. Piękna 24/26 m. 7, 00-549 Warszawa", "ul. Piękna 24/26 m. 7, 00-549 Warszawa"),
    ("Adresa: Národní 37, 110 00 Praha 1", "Národní 37, 110 00 Praha 1"),
    # a building's name before the street, not the addressee before it
    ("Envoyez à Mme Dupont, Résidence Les Pins, Bât. C, 4 allée des Tilleuls, 69008 Lyon",
     "Résidence Les Pins, Bât. C, 4 allée des Tilleuls, 69008 Lyon"),
    # a postcode alone after its word
    ("The form says zip code 94107, is that right?", "94107"),
    ("Bitte die Postleitzahl: 80331 eintragen.", "80331"),
    ("Il CAP 00184 non è corretto.", "00184"),
    ("Pin it to Zip code: 560 001 for Bengaluru.", "560 001"),
    # a house number and street ending a sentence, the town and postcode on the next line
    ("Can you change the address to 8/432 Quarry Part\nBellbird Flats, NT, 0872 in the CRM?",
     "8/432 Quarry Part\nBellbird Flats, NT, 0872"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_address_masked(scrubber, text, address):
    assert masked_share(scrubber, text, address) == 1.0


def test_addressee_stays_a_person(scrubber):
    text = "Envoyez à Mme Dupont, Résidence Les Pins, Bât. C, 4 allée des Tilleuls, 69008 Lyon"
    spans = scrubber.analyze(text)
    assert any(s.type == "PERSON" and "Dupont" in text[s.start:s.end] for s in spans)
    assert not any(s.type == "LOCATION" and "Dupont" in text[s.start:s.end] for s in spans)


# Towns in prose: small towns (GeoNames, 1,000 people or more) after a place word or before a site's noun,
# towns with particles, Spanish and Portuguese towns named after a saint or as new.
TOWNS = [
    ("Her new flat in San Juan de los Lagos is ready Monday.", "San Juan de los Lagos"),
    ("She moved to Santa María del Tule last year.", "Santa María del Tule"),
    ("The courier is based in Nuevo Progreso now.", "Nuevo Progreso"),
    ("Ship it to the Stadtsteinach warehouse.", "Stadtsteinach"),
    ("Her cottage in Ruokolahti is closed for the winter.", "Ruokolahti"),  # (a firm's office: no one's)
    ("Customer from Toholampi complains about delays.", "Toholampi"),
    ("She recently moved to Rtyně v Podkrkonoší with her family.", "Rtyně v Podkrkonoší"),
    ("Neustadt am Rübenberge is where we met.", "Neustadt am Rübenberge"),
    ("Her new flat in San Andrés Tuxtla de los Altos is ready.", "San Andrés Tuxtla de los Altos"),
    ("She moved to Châtillon-sur-Seine last year.", "Châtillon-sur-Seine"),
    ("Customer from Solvåg complains about delays.", "Solvåg"),
    ("His new flat in Nordvik is ready next week.", "Nordvik"),
]


@pytest.mark.parametrize(("text", "town"), TOWNS)
def test_town_masked(scrubber, text, town):
    assert masked_share(scrubber, text, town) == 1.0


# No address, no place: street-like words in prose, product names, order ids, versions.
NEGATIVES = [
    "Diagonal 3 layers of the matrix were zeroed.",
    "Gang Beasts 2 is a party game.",
    "Windows 10, 2024 Edition is out.",
    "The Circuito 2024 results: Team 7 won.",
    "Eje 3 of the chart shows revenue.",
    "Version 3\n2019 Update",
    "We ordered 12 units, 4500 more next quarter.",
    "Retorno 5 items to the vendor.",
    "Order No. 48213 ships with invoice No. 5512.",
    "Build 1021 failed, see run 8812 for details.",
    "Sprint 14, 2025 planning: Calea team owns item 7.",
    "Thanks, R. Smith, 2 days ago we spoke.",
    "Please zip 3 files and unzip 12345.zip later.",
    "Scores were 2-1-0, Arsenal and Chelsea drew.",
    "Cap 5000 requests per minute.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_street_look_alikes(text):
    found = [text[r.start:r.end] for r in StreetAddressRecognizer().analyze(text, ["LOCATION"])]
    assert found == []


@pytest.mark.parametrize("text", [
    "Ship it to the Phoenix dashboard team.",
    "Send the Santa Claus letter to the printer.",  # a saint's word before no place
    "Move the ticket to the Villa Premium plan.",  # ordinary word after "Villa"
    "Deploy it to the Kafka cluster.",
])
def test_town_look_alikes(scrubber, text):
    assert [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "LOCATION"] == []


@pytest.mark.parametrize("text, address", [
    ('"住所": "〒753-9351 金沢市桜新町2-16-2",', "〒753-9351 金沢市桜新町2-16-2"),
    ("送付先：〒100-0001 東京都千代田区千代田1丁目1番1号 山田 花子 様",
     "〒100-0001 東京都千代田区千代田1丁目1番1号"),
])
def test_japanese_address_after_the_postal_mark(scrubber, text, address):
    """The postal mark, the postcode and the address after it, not read as a phone (session 14)."""
    start = text.index(address)
    assert any(s.type == "LOCATION" and s.start <= start and start + len(address) <= s.end
               for s in scrubber.analyze(text))
