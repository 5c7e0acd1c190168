"""Known detection bugs of session 21, each with what must be found and what must not: an Indian address stops
at a sentence's end, a contact field or a phone; a blank line ends an address block; Japan's address forms
live in one recognizer; a label glued by a (full-width) colon is no part of a password-shaped word; a South
African id number is no card without a card word; password hashes are one span; a Wi-Fi network's name is no
secret; a given name that is a word as a chat's speaker; a lower-case name as a person key's value; a name in
capitals wrapped onto the next line; a bare id's checks run once; the CJK id cue hint. Texts are written for
this test."""

import pytest

from scrubber.recognizers import national_ids
from scrubber.recognizers.address import StreetAddressRecognizer
from scrubber.recognizers.world_addresses import WorldAddressRecognizer
from tests.scrubber.masking import covered, people, person_covers


def spans(scrubber, text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == kind]


def found(recognizer, text: str) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, recognizer.supported_entities)]


# ---- 1. the Indian address pattern stops at a sentence's end, a contact field, a phone ---------------------

@pytest.mark.parametrize(("text", "address"), [
    ("Office at 42, 3rd Cross, Indiranagar. Our order number is 560038 for the record.", None),
    ("Visit 42 MG Road, Indiranagar, Ph: 080 23456789, Bengaluru 560038", None),
    ("Stay at 15, Park Street, Kolkata, Mobile 9830012345, ref 700016", None),
    ("Delivery: 221, Shanti Kunj, Sector 15\nMobile 9876543210 pin 201301", None),
    # (still whole: lines, an abbreviation's full stop, "Ph." of a phase)
    ("64/28\nLal Road\nSerampore 411001", "64/28\nLal Road\nSerampore 411001"),
    ("Send to 7, Gandhi Road, Dist. Pune 411001", "7, Gandhi Road, Dist. Pune 411001"),
    ("12, Sector 5, Ph. 2, Mohali 160055", "12, Sector 5, Ph. 2, Mohali 160055"),
    ("Please ship to Flat 12, MG Road, Bangalore 560001. Thanks, we will confirm soon.",
     "12, MG Road, Bangalore 560001"),
])
def test_indian_address_stops_at_a_sentence_end_a_contact_field_or_a_phone(text, address):
    results = found(StreetAddressRecognizer(), text)
    if address is not None:
        assert address in results
    for value in results:
        assert ". Our" not in value and "Ph:" not in value and "Mobile" not in value, value


def test_an_address_after_its_cue_ends_before_a_contact_field():
    text = "Address: 12 Gandhi Nagar, Near Bus Stand, Pune 411001 Ph: 9876543210 for details"
    assert "12 Gandhi Nagar, Near Bus Stand, Pune 411001" in found(StreetAddressRecognizer(), text)
    assert not any("Ph" in v for v in found(StreetAddressRecognizer(), text))


# ---- 2. a blank line ends an address block ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ship to:\n12 Park Street\n\nManchester",
    "Ship to: 12 Park Street, Leeds LS1 4AP\n\nHarrogate is where we meet.",
    "Customer 4412\n\nBristol BS1 5TR",
    "Ship to: 12 Park Street\n\nLS1 4AP",
    "42, 3rd Cross, Indiranagar\n\nBengaluru 560038",
])
def test_a_blank_line_ends_an_address_block(scrubber, text):
    assert not any("\n\n" in v for v in spans(scrubber, text, "LOCATION"))
    assert not any("Customer" in v for v in spans(scrubber, text, "LOCATION"))


def test_an_address_block_without_a_blank_line_stays_whole(scrubber):
    text = "Ship to:\n12 Park Street\nLeeds\nLS1 4AP"
    assert "12 Park Street\nLeeds\nLS1 4AP" in spans(scrubber, text, "LOCATION")


# ---- 3. Japan's address forms in one place ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "address"), [
    ("Please ship to 2-14-7 Kitazawa, Setagaya-ku, Tokyo 155-0031.", "2-14-7 Kitazawa, Setagaya-ku"),
    ('"住所": "〒753-9351 金沢市桜新町2-16-2",', "〒753-9351 金沢市桜新町2-16-2"),
    ("東京都渋谷区渋谷2-21-1", "東京都渋谷区渋谷2-21-1"),
])
def test_japanese_addresses_in_one_recognizer(scrubber, text, address):
    assert any(address in v for v in found(WorldAddressRecognizer(), text))
    assert not any(p.name.startswith("japanese") for p in StreetAddressRecognizer().patterns)
    assert covered(scrubber, text, address)


def test_japanese_look_alikes_stay_unfound():
    assert found(WorldAddressRecognizer(), "Scores were 2-1-0, Arsenal and Chelsea drew.") == []
    assert found(WorldAddressRecognizer(), "〒 is the postal mark.") == []


# ---- 4. a label glued by a colon is no part of a password-shaped word --------------------------------------

@pytest.mark.parametrize(("text", "email"), [
    ("メール：taro1985@yahoo.co.jp", "taro1985@yahoo.co.jp"),
    ("お問い合わせ メール：k.tanaka77@gmail.com まで", "k.tanaka77@gmail.com"),
])
def test_an_email_after_a_japanese_label_is_an_email(scrubber, text, email):
    assert spans(scrubber, text, "EMAIL_ADDRESS") == [email]
    assert spans(scrubber, text, "SECRET") == []


def test_a_password_after_a_label_is_the_password_alone(scrubber):
    assert spans(scrubber, "パスワード：Sakura#2024", "SECRET") == ["Sakura#2024"]
    assert spans(scrubber, "電話：090-1234-5678", "SECRET") == []
    # a password with a colon of its own stays whole
    text = "the new one is Kx:9#mP2abc"
    assert covered(scrubber, text, "Kx:9#mP2abc")


# ---- 5. a South African id number is no card without a card word -------------------------------------------

@pytest.mark.parametrize("text", [
    "Applicant ID number: 6501015800080, please verify.",
    "Her SA ID is 4507230123085.",
    "Identity number 5803151234186",
    "Please check 6501015800080 against the register.",
    "Member 6909124567088 joined in 2019",
])
def test_a_south_african_id_is_a_national_id(scrubber, text):
    assert spans(scrubber, text, "NATIONAL_ID") and spans(scrubber, text, "CREDIT_CARD") == []


@pytest.mark.parametrize("text", [
    "Card number 4507230123085 expired.",
    "Pay with card 6501015800080 ok",
    "Visa 4111 1111 1111 1111 on file",
])
def test_a_card_word_keeps_a_card(scrubber, text):
    assert spans(scrubber, text, "CREDIT_CARD") and spans(scrubber, text, "NATIONAL_ID") == []


# ---- 6. a password hash is one span ------------------------------------------------------------------------

@pytest.mark.parametrize("hash_", [
    "$2b$12$KIXQJ7mN2u8vX3pYkZ1lUeWq9Rr0sT5vB6nC7dE8fG9hI0jK1lM2O",
    "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQxMjM0$RdescudvJCsgt3ub+b+dWRWJTmaaJObG",
    "$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E",
    "$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7",
])
def test_a_password_hash_is_one_secret(scrubber, hash_):
    text = f"The stored hash is {hash_} for that user."
    assert spans(scrubber, text, "SECRET") == [hash_]


def test_a_price_is_no_hash(scrubber):
    assert spans(scrubber, "The hash table costs $12 a month and $2 per extra user.", "SECRET") == []


# ---- 7. a Wi-Fi network's name is no secret, its password is -----------------------------------------------

@pytest.mark.parametrize(("text", "network", "password"), [
    ("Wi-Fi: OfficeGuest / password: Xyz!2024", "OfficeGuest", "Xyz!2024"),
    ("SSID: CafeNet5G\nPassword: Latte#889", "CafeNet5G", "Latte#889"),
    ("The network is HomeNet2024 and the wifi password is Banana!77", "HomeNet2024", "Banana!77"),
    ("Wi-Fi name: Guest_Lounge42, wifi pw: Tr0ub4dor&3", "Guest_Lounge42", "Tr0ub4dor&3"),
    ("Connect to network BlueFalcon24 with key Qz8#mPL2vx", "BlueFalcon24", "Qz8#mPL2vx"),
])
def test_a_network_name_is_no_secret(scrubber, text, network, password):
    secrets = spans(scrubber, text, "SECRET")
    assert secrets == [password]
    assert not any(network in s for s in secrets)


@pytest.mark.parametrize(("text", "password"), [
    ("Wi-Fi password: Kestrel_9902", "Kestrel_9902"),
    ("wifi pw Mango2025!", "Mango2025!"),
    ("network password: Lantern#4821", "Lantern#4821"),
])
def test_a_wifi_password_is_a_secret(scrubber, text, password):
    assert spans(scrubber, text, "SECRET") == [password]


# ---- 8. a given name that is a word, as a chat's speaker ---------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Will: can you send the deck before lunch?\nPriya: sure, uploading now\nWill: thanks, I'll review it",
     "Will"),
    ("Grace: did the client sign?\nWill: not yet, chasing today", "Will"),
    ("Mark: the build failed again\nSam: looking into it\nMark: ok ping me", "Mark"),
    ("Bill: invoice attached\nGrace: received, will pay Friday\nBill: great", "Bill"),
    ("Bill: invoice attached\nGrace: received, will pay Friday\nBill: great", "Grace"),
])
def test_a_word_name_speaking_in_a_chat_is_a_person(scrubber, text, name):
    assert person_covers(scrubber, text, name)


@pytest.mark.parametrize("text", [
    "Note: the meeting moved.\nWill: attend remotely.",
    "Will: this be ready by Monday?",
    "Will this be ready by Monday?\nRe: yes",
])
def test_will_as_a_word_is_no_person(scrubber, text):
    assert "Will" not in people(scrubber, text)


# ---- 9. a lower-case name as a person key's value ----------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ('"owner" = "burak yılmaz"', "burak yılmaz"),
    ('"owner" = "ahmet yılmaz"', "ahmet yılmaz"),
    ('"author" = "elif şahin"', "elif şahin"),
    ('{"name": "ayşe kaya", "role": "admin"}', "ayşe kaya"),
])
def test_a_lower_case_name_after_a_person_key(scrubber, text, name):
    assert person_covers(scrubber, text, name)


@pytest.mark.parametrize("text", [
    '"owner" = "veri ekibi"', '"name" = "günlük rapor"', '"contact" = "destek hattı"',
    'owner: "platform team"',
])
def test_ordinary_words_after_a_person_key_stay(scrubber, text):
    assert people(scrubber, text) == set()


# ---- 10. a name in capitals wrapped onto the next line -----------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Patient name: MARIE-CLAIRE\nDUBOIS\nDOB: 12/03/1980", "MARIE-CLAIRE\nDUBOIS"),
    ("Name: JOHN\nSMITH\nAddress: 12 Park Street", "JOHN\nSMITH"),
    ("Full name: ANNA\nKOWALSKA", "ANNA\nKOWALSKA"),
])
def test_a_name_in_capitals_wrapped_onto_the_next_line(scrubber, text, name):
    assert person_covers(scrubber, text, name)


@pytest.mark.parametrize(("text", "heading"), [
    ("Name: JOHN\nPLEASE SIGN BELOW", "PLEASE SIGN BELOW"),
    ("Name: ANNA KOWALSKA\nADDRESS", "ADDRESS"),
    ("Name: ANNA KOWALSKA\nDATE OF BIRTH", "DATE OF BIRTH"),
])
def test_a_heading_after_a_name_in_capitals_is_no_name(scrubber, text, heading):
    assert not any(heading in p for p in people(scrubber, text))


# ---- 11. a bare id's checks run once each; a check that raises is no failed analysis -----------------------

def test_a_bare_ids_checks_run_once_each(monkeypatch):
    calls: list[str] = []

    def check(value: str) -> bool:
        calls.append(value)
        return False

    monkeypatch.setattr(national_ids, "_ID_CHECKS", (check,))
    national_ids.NationalIdRecognizer()._bare_ids("Applicant ID 2719 4408 153 on file", {})
    assert calls == ["27194408153"]


def test_a_chinese_id_whose_region_has_no_counties_is_found():
    # (stdnum raised KeyError on this region code after the checksum passed: the analysis failed)
    for text in ("Customer ID 821040198703168258 please", "tracking 821040198703168258 ok"):
        assert found(national_ids.NationalIdRecognizer(), text) == ["821040198703168258"]


# ---- 12. the CJK id cue hint: the cues' first words, not single letters ------------------------------------

def test_the_cjk_cue_hint_finds_each_cue_and_no_lone_letter():
    for cue in ("身份证号码", "身分證號碼", "护照号码", "護照號碼", "居民身份", "주민등록번호",
                "외국인등록번호", "여권번호", "個人番号", "マイナンバー", "旅券番号", "在留カード番号",
                "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "บัตรประชาชน", "आधार संख्या", "पैन"):
        assert national_ids._CJK_HINT.search(f"x {cue}: 123") is not None, cue
    for text in ("เราเริ่มงานเวลาเก้าโมง", "บ้านหลังนี้", "我在北京工作", "マーケティング会議", "여기서 만나요"):
        assert national_ids._CJK_HINT.search(text) is None, text
