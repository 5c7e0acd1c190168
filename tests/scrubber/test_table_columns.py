"""Personal data in tables and keyed fields (issue #19): the column or key name says what a value is.

Values here are made up for these tests (none comes from a corpus or fixture).
"""

import pytest

from scrubber.recognizers.table_columns import TableColumnRecognizer, column_kind, value_entity


@pytest.fixture(scope="module")
def recognizer() -> TableColumnRecognizer:
    return TableColumnRecognizer()


def found(recognizer: TableColumnRecognizer, text: str) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start:r.end]) for r in recognizer.analyze(text, [])}


TABLES = [
    pytest.param(
        "ref,full_name,mobile,town\n"
        "7f3c2a10-5b8e-4d21-9c44-0e6f1a2b3c4d,Okonkwo, Adaeze,+44 7911 123456,Leeds\n"
        "0b9e4c1d-2a3f-4e5d-8c7b-6a5f4e3d2c1b,Tremblay-Ouellet, Maude,0612 771 934,Gent\n",
        {("PERSON", "Okonkwo, Adaeze"), ("PHONE_NUMBER", "+44 7911 123456"), ("LOCATION", "Leeds"),
         ("PERSON", "Tremblay-Ouellet, Maude"), ("PHONE_NUMBER", "0612 771 934"), ("LOCATION", "Gent")},
        id="csv-unquoted-comma-in-name",
    ),
    pytest.param(
        'id,name,email\n118,"Brandvold, Sigrid",s.brandvold@example.org\n',
        {("PERSON", "Brandvold, Sigrid"), ("EMAIL_ADDRESS", "s.brandvold@example.org")},
        id="csv-quoted",
    ),
    pytest.param(
        "Kunde;E-Mail;Geburtsdatum\nHeinrich Wolkenstein;h.wolken@example.net;14.07.1972\n"
        "Zsófia Halmágyi;zs.halmagyi@example.net;March 3, 1969\n",
        {("PERSON", "Heinrich Wolkenstein"), ("EMAIL_ADDRESS", "h.wolken@example.net"),
         ("DATE_OF_BIRTH", "14.07.1972"), ("PERSON", "Zsófia Halmágyi"),
         ("EMAIL_ADDRESS", "zs.halmagyi@example.net"), ("DATE_OF_BIRTH", "March 3, 1969")},
        id="semicolon-csv-german-header",
    ),
    pytest.param(
        "First Name\tLast Name\tPhone\tSSN\nMarisol\tQuintanilla\t(503) 555-0142\t512-44-9031\n",
        {("PERSON", "Marisol"), ("PERSON", "Quintanilla"), ("PHONE_NUMBER", "(503) 555-0142"),
         ("US_SSN", "512-44-9031")},
        id="tsv",
    ),
    pytest.param(
        "| Patient | DOB | Street address |\n|---|:---:|---|\n"
        "| Ingeborg Aasland | 1958-11-02 | Storgata 14, 0155 Oslo |\n"
        "| tiago carvalhal | 7/22/81 | 88 Rua do Norte |\n",
        {("PERSON", "Ingeborg Aasland"), ("DATE_OF_BIRTH", "1958-11-02"),
         ("LOCATION", "Storgata 14, 0155 Oslo"), ("PERSON", "tiago carvalhal"), ("DATE_OF_BIRTH", "7/22/81"),
         ("LOCATION", "88 Rua do Norte")},
        id="markdown",
    ),
    pytest.param(
        "nom,prénom,téléphone,ville\nLefebvre-Marchand,Océane,06 44 18 27 90,Besançon\n",
        {("PERSON", "Lefebvre-Marchand"), ("PERSON", "Océane"), ("PHONE_NUMBER", "06 44 18 27 90"),
         ("LOCATION", "Besançon")},
        id="french-header",
    ),
    pytest.param(
        "customer,date_of_birth,iban,card\nRuairí Mac Giolla,September 9, 1977,"
        "DE44 5001 0517 5407 3249 31,4929 1234 5678 9012\n",
        {("PERSON", "Ruairí Mac Giolla"), ("DATE_OF_BIRTH", "September 9, 1977"),
         ("IBAN_CODE", "DE44 5001 0517 5407 3249 31"), ("CREDIT_CARD", "4929 1234 5678 9012")},
        id="extra-cell-in-a-date",
    ),
    pytest.param(
        "| Field | Value |\n|---|---|\n| Name | Ekaterina Volkova |\n| Date of birth | 14 March 1986 |\n"
        "| Mobile | +7 912 345 67 89 |\n| Status | active |\n",
        {("PERSON", "Ekaterina Volkova"), ("DATE_OF_BIRTH", "14 March 1986"),
         ("PHONE_NUMBER", "+7 912 345 67 89")},
        id="field-value-table",
    ),
    pytest.param("Name\tWerner Haubold\nTelefon\t0171 2345678\n",
                 {("PERSON", "Werner Haubold"), ("PHONE_NUMBER", "0171 2345678")}, id="field-value-tsv"),
    pytest.param(
        "name,address,phone\nQuispe, Yupanqui,Calle Los Olivos 112, Arequipa,+51 954 112 870\n",
        {("PERSON", "Quispe, Yupanqui"), ("LOCATION", "Calle Los Olivos 112, Arequipa"),
         ("PHONE_NUMBER", "+51 954 112 870")},
        id="extra-cells-in-two-columns",
    ),
    pytest.param(  # psql's output: no pipe at the ends, a +-joined rule under the header
        " id   | name              | phone           | dob\n"
        "------+-------------------+-----------------+------\n"
        " 93145 | Roisin Kinnerk  | +353 85 745 8196  | 1988-04-02\n",
        {("PERSON", "Roisin Kinnerk"), ("PHONE_NUMBER", "+353 85 745 8196"), ("DATE_OF_BIRTH", "1988-04-02")},
        id="psql-output",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_table_cells_take_their_columns_type(recognizer, text, expected):
    assert found(recognizer, text) == expected


KEYED = [
    pytest.param('[{"customer_name": "wojciech zabłocki", "phone": "604.218.7733"},\n'
                 ' {"customer_name": "Efua Asantewaa", "phone": "+233 24 555 0192"}]',
                 {("PERSON", "wojciech zabłocki"), ("PHONE_NUMBER", "604.218.7733"),
                  ("PERSON", "Efua Asantewaa"), ("PHONE_NUMBER", "+233 24 555 0192")}, id="json-records"),
    pytest.param("patient: henrike albrechtsen\ndob: 1990-06-17\nhome_address: Lindenweg 7, 24103 Kiel\n",
                 {("PERSON", "henrike albrechtsen"), ("DATE_OF_BIRTH", "1990-06-17"),
                  ("LOCATION", "Lindenweg 7, 24103 Kiel")}, id="yaml"),
    pytest.param("{'emergencyContact': 'Baptiste Rochereau', 'billingPhone': '0033 1 44 55 66 77'}",
                 {("PERSON", "Baptiste Rochereau"), ("PHONE_NUMBER", "0033 1 44 55 66 77")},
                 id="python-dict"),
    pytest.param('2026-05-02T10:14:03Z WARN checkout user="Priyanka Venkataraman" dob=1979-12-30 '
                 "guest_email=pv.1979@example.com status=declined",
                 {("PERSON", "Priyanka Venkataraman"), ("DATE_OF_BIRTH", "1979-12-30"),
                  ("EMAIL_ADDRESS", "pv.1979@example.com")}, id="log-key-value"),
    pytest.param("GET /signup?first_name=Anouk&last_name=Verhaegen&tel=0470123456&plan=pro",
                 {("PERSON", "Anouk"), ("PERSON", "Verhaegen"), ("PHONE_NUMBER", "0470123456")},
                 id="query-string"),
    pytest.param("owner => 'Kwabena Ofori-Atta'", {("PERSON", "Kwabena Ofori-Atta")}, id="ruby-hash"),
    pytest.param("ERROR charge failed user=t.lindqvist@example.se card=4556 0192 8811 2034 ip=10.20.30.40 "
                 "attempt=3",
                 {("EMAIL_ADDRESS", "t.lindqvist@example.se"), ("CREDIT_CARD", "4556 0192 8811 2034"),
                  ("IP_ADDRESS", "10.20.30.40")}, id="log-digit-groups"),
    pytest.param("INSERT INTO patients (id, full_name, date_of_birth, ssn) VALUES\n"
                 "  (17, 'Oisín O''Driscoll', '1971-09-14', '623-18-4470'),\n"
                 "  (18, 'Runa Eikeland', NULL, NULL);",
                 {("PERSON", "Oisín O''Driscoll"), ("DATE_OF_BIRTH", "1971-09-14"), ("US_SSN", "623-18-4470"),
                  ("PERSON", "Runa Eikeland")}, id="sql-insert"),
]


@pytest.mark.parametrize(("text", "expected"), KEYED)
def test_keyed_values_take_their_keys_type(recognizer, text, expected):
    assert found(recognizer, text) == expected


NEGATIVES = [
    pytest.param("product,price,qty\nOak Desk,249.00,3\nLinen Lamp,39.90,12\n", id="products-and-prices"),
    pytest.param("```\nname,version\nflask,3.0.2\nrequests,2.32.3\nuvicorn,0.30.1\n```", id="name-version"),
    pytest.param("name,license\nLeaflet Maps,BSD-2-Clause\n", id="name-license"),
    pytest.param("Name, phone\n\nWe will get back to you within two business days, promise.",
                 id="header-prose"),
    pytest.param("name,email\nThanks for the list, I will check it tomorrow.\n", id="header-then-sentence"),
    pytest.param("customer,phone,city\n9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b,N/A,-\nCUST-00412,null,true\n"
                 "7741,,\n", id="ids-and-nulls-only"),
    pytest.param("def greet(name, phone):\n    return f'{name}: {phone}'\n", id="code-signature"),
    pytest.param('{"filename": "report.pdf", "hostname": "db-01", "rename": "final_v2", "type": "name"}',
                 id="name-inside-other-words"),
    pytest.param("user=root pid=4121 cmd=/usr/sbin/sshd\nuser=admin action=login", id="system-users"),
    pytest.param('{"name": "aiwarden", "version": "0.4.1", "token_count": 5120, "max_tokens": 800}',
                 id="package-json"),
    pytest.param("INSERT INTO products (name, price, sku) VALUES ('Walnut Shelf', 89.5, 'WS-01');",
                 id="sql-products"),
    pytest.param("steps:\n  - name: Set up Python\n  - name: Run tests\n", id="ci-steps"),
    pytest.param("driver: org.h2.Driver\nbind_address: 0.0.0.0:8080\naddress: string\ncity: str\n"
                 "wallet_address: 0x52908400098527886E0F7030069857D2E4169EE7\nmanager: npm",
                 id="config-types"),
    pytest.param("customer: Northwind Traders Ltd\nowner: platform-team\npassword: ${DB_PASSWORD}",
                 id="firms-teams-references"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_yield_nothing(recognizer, text):
    assert found(recognizer, text) == set()


def test_the_table_ends_at_a_line_of_another_shape(recognizer):
    text = ("name,phone,city\nMalgorzata Kędzierska,+48 512 334 901,Gdańsk\n\n"
            "Nikodem Wierzbicki,+48 600 100 200,Łódź\n")
    got = found(recognizer, text)
    assert ("PERSON", "Malgorzata Kędzierska") in got
    assert not any(v.startswith("Nikodem") or v == "Łódź" for _, v in got)


def test_prose_in_a_name_column_is_no_person(recognizer):
    text = "contact,notes\nSee the attached spreadsheet for everyone on the list,urgent\n"
    assert found(recognizer, text) == set()


def test_contact_column_reports_what_the_value_is(recognizer):
    text = "contact,city\nsolveig.h@example.no,Tromsø\n+47 412 88 301,Bodø\nSolveig Hanssen,Alta\n"
    got = found(recognizer, text)
    assert {("EMAIL_ADDRESS", "solveig.h@example.no"), ("PHONE_NUMBER", "+47 412 88 301"),
            ("PERSON", "Solveig Hanssen")} <= got


@pytest.mark.parametrize(("label", "entity"), [
    ("name", "PERSON"), ("full_name", "PERSON"), ("First Name", "PERSON"), ("customerName", "PERSON"),
    ("CUSTOMER", "PERSON"), ("patient", "PERSON"), ("Nachname", "PERSON"), ("cognome", "PERSON"),
    ("billing_phone", "PHONE_NUMBER"), ("Tel.", "PHONE_NUMBER"), ("cell", "PHONE_NUMBER"),
    ("phone_number", "PHONE_NUMBER"), ("numéro de téléphone", "PHONE_NUMBER"),
    ("dob", "DATE_OF_BIRTH"), ("date_of_birth", "DATE_OF_BIRTH"), ("Birth Date", "DATE_OF_BIRTH"),
    ("Geburtsdatum", "DATE_OF_BIRTH"), ("date de naissance", "DATE_OF_BIRTH"),
    ("fecha de nacimiento", "DATE_OF_BIRTH"), ("place of birth", "LOCATION"),
    ("guest_email", "EMAIL_ADDRESS"), ("E-Mail", "EMAIL_ADDRESS"), ("street", "LOCATION"),
    ("shippingAddress", "LOCATION"), ("town", "LOCATION"), ("ssn", "US_SSN"), ("iban", "IBAN_CODE"),
    ("card_number", "CREDIT_CARD"), ("client_ip", "IP_ADDRESS"), ("api_key", "SECRET"),
    ("password", "SECRET"), ("username", "PERSON"), ("card_holder", "PERSON"), ("Kod", "SECRET"),
    ("Jelszó", "SECRET"), ("hasło", "SECRET"),
])
def test_column_names_of_personal_data(label, entity):
    kind = column_kind(label)
    assert kind is not None and kind[0] == entity


@pytest.mark.parametrize("label", [
    "filename", "hostname", "rename", "customer_id", "customer_since", "user_agent", "email_verified",
    "phone_type", "birth_year_count", "token_count", "max_tokens", "company_name", "product name", "date",
    "created_at", "account_number", "status", "password_policy", "file_name", "data", "bayi_kodu",
    "kod produktu", "kod pocztowy",
])
def test_other_column_names(label):
    assert column_kind(label) is None


def test_usernames_count_system_accounts_do_not():
    assert value_entity("PERSON", "user", "ingrid.solberg", False) == "PERSON"
    assert value_entity("PERSON", "user", "root", False) is None
    assert value_entity("PERSON", "user", "www-data", False) is None


def test_issue_examples_through_the_scrubber(scrubber):
    text = ("id,name,phone,city\n"
            "c0ffee00-1111-4222-8333-444455556666,Haldorsen,312 555 0198,Bergen\n"
            "deadbeef-7777-4888-9999-aaaabbbbcccc,Szczepańska, Hanna,312-555-0177,Poznań\n\n"
            "customer;email;dob\nAbernathy;r.abernathy@example.com;October 12, 1983")
    spans = scrubber.analyze(text)

    def covered(value: str) -> bool:
        start = text.index(value)
        return any(s.start <= start and start + len(value) <= s.end for s in spans)

    for value in ("Haldorsen", "Szczepańska, Hanna", "Abernathy", "October 12, 1983", "Bergen", "Poznań"):
        assert covered(value), value
    assert not any(s.start < text.index("-4222-") < s.end for s in spans)


def test_password_column_but_not_a_reference(recognizer):
    text = "login,password,city\njkowalczyk,Tr0ub4dor&3x,Opole\nsvc-backup,${BACKUP_PW},Opole\n"
    got = found(recognizer, text)
    assert ("SECRET", "Tr0ub4dor&3x") in got and ("PERSON", "jkowalczyk") in got
    assert not any("BACKUP_PW" in v or v == "svc-backup" for _, v in got)


@pytest.mark.parametrize("text", ["ssid,pass\nCorpGuest,Sunflower2024\n",
                                  "| user | pw |\n|---|---|\n| ana | Sunflower2024 |\n",
                                  "ssid;wachtwoord\nCorpGuest;Sunflower2024\n"])
def test_short_and_foreign_password_columns(recognizer, text):
    assert ("SECRET", "Sunflower2024") in found(recognizer, text)


def test_a_pin_of_three_kinds_of_digit_is_a_secret_in_its_column(recognizer):
    text = "| System | User | Password |\n|---|---|---|\n| Alarm panel | – | 5852 |\n| Safe | – | 7-9-9-1 |"
    found = {text[r.start:r.end] for r in recognizer.analyze(text, ["SECRET"], None)}
    assert {"5852", "7-9-9-1"} <= found


def test_a_family_name_first_in_a_people_table_and_sql_missing_a_comma(scrubber):
    csv = "employee_id,name,email,mobile\nE136,\"Castro, Precious\",precious@example.com,(872) 786-8768"
    assert any(csv[s.start:s.end] == "Castro, Precious" for s in scrubber.analyze(csv))
    sql = ("INSERT INTO payroll (emp_no, full_name, ssn, iban)\nVALUES\n"
           "  (109, 'BÜŞRA DEMIR', '679325108' 'GB21UPZF80280698812733');")
    masked = {sql[s.start:s.end] for s in scrubber.analyze(sql)}
    assert {"679325108", "GB21UPZF80280698812733"} <= masked and any("DEMIR" in m for m in masked)
