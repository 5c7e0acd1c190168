"""Dates of birth as developers and their tools write them (issue 19): SQL dumps, COPY blocks, CSV and
aligned tables, notebook output, code literals, records (HL7, DICOM), fixtures in other languages; and the
dates beside them that are no one's birth (created_at, release dates, build dates).

Values here are made up for these tests (none comes from a corpus or fixture).
"""

import pytest

from scrubber.recognizers.date_of_birth import DateOfBirthRecognizer
from scrubber.recognizers.table_columns import TableColumnRecognizer, column_kind


@pytest.fixture(scope="module")
def recognizers() -> tuple[TableColumnRecognizer, DateOfBirthRecognizer]:
    table = TableColumnRecognizer()
    table.load()
    return table, DateOfBirthRecognizer()


def births(recognizers, text: str) -> set[str]:
    """The dates of birth either recognizer reports in ``text``."""
    table, dob = recognizers
    spans = [*table.analyze(text, ["DATE_OF_BIRTH"]), *dob.analyze(text, ["DATE_OF_BIRTH"])]
    return {text[r.start:r.end] for r in spans if r.entity_type == "DATE_OF_BIRTH"}


CASES = [
    # SQL: a value's column by its place in the column list, or in the table's CREATE TABLE
    pytest.param(
        "INSERT INTO members (member_id, dob, joined) VALUES (4411, TO_DATE('03/14/1987','MM/DD/YYYY'), "
        "'2020-06-01');",
        {"03/14/1987"}, {"2020-06-01"}, id="sql-to-date"),
    pytest.param(
        "INSERT INTO users (id, name, birth_date) VALUES (1, 'Nia Brandt', '1987-03-14'::date),\n"
        "  (2, 'Sam Ortega', CAST('1990-01-02' AS DATE));",
        {"1987-03-14", "1990-01-02"}, set(), id="sql-casts"),
    pytest.param(
        "INSERT INTO users (id, name, dob, created_at) VALUES\n"
        "  (3, 'Ivo Horvat', make_date(1987, 3, 14), now());",
        {"make_date(1987, 3, 14)"}, {"now()"}, id="sql-make-date"),
    pytest.param(
        "CREATE TABLE patients (\n  id INTEGER PRIMARY KEY,\n  last_name TEXT,\n  dob DATE,\n"
        "  admitted DATE,\n"
        "  CONSTRAINT pk PRIMARY KEY (id)\n);\n"
        "INSERT INTO patients VALUES(12,'Okafor','1968-05-30','2023-02-01');\n"
        "INSERT INTO \"patients\" VALUES(13,'Berg','1971-01-19','2023-02-02');",
        {"1968-05-30", "1971-01-19"}, {"2023-02-01", "2023-02-02"}, id="sql-create-then-insert"),
    pytest.param(
        "CREATE TABLE public.users (\n    id integer NOT NULL,\n    name text,\n    birth_date date,\n"
        "    created_at timestamp\n);\n\n"
        "COPY public.users (id, name, birth_date, created_at) FROM stdin;\n"
        "1\tJonas Weber\t1984-02-29\t2023-05-01 12:00:00\n2\tPriya Nair\t1992-08-17\t\\N\n\\.\n",
        {"1984-02-29", "1992-08-17"}, {"2023-05-01 12:00:00"}, id="pg-dump-copy"),
    # tables: the mysql client's borders, pandas and sqlite aligned with spaces, a notebook's JSON, HTML
    pytest.param(
        "+----+-------------+------------+------------+\n| id | name        | dob        | created_at |\n"
        "+----+-------------+------------+------------+\n|  1 | Aiko Mori   | 1983-09-09 | 2024-01-01 |\n"
        "+----+-------------+------------+------------+",
        {"1983-09-09"}, {"2024-01-01"}, id="mysql-client-table"),
    pytest.param(
        "   user_id           name  birth_date   created_at\n"
        "0        1   Maria Garcia  1984-05-06   2023-01-01\n"
        "1        2    Kenji Sato  1979-12-24   2023-01-02\n\n[2 rows x 4 columns]",
        {"1984-05-06", "1979-12-24"}, {"2023-01-01", "2023-01-02"}, id="pandas-right-aligned"),
    pytest.param(
        "      name         dob  ...  city \\\n0  Ana Lee  1987-03-14  ...  Lyon\n"
        "1  Bo Chen  1990-07-02  ...  Oslo\n\n[2 rows x 9 columns]",
        {"1987-03-14", "1990-07-02"}, set(), id="pandas-wide-frame"),
    pytest.param(
        "id  name     birthdate   signup\n--  -------  ----------  ----------\n"
        "1   Ana Lee  1987-03-14  2023-01-01\n"
        "2   Bo Chen  1990-07-02  2023-01-02",
        {"1987-03-14", "1990-07-02"}, {"2023-01-01", "2023-01-02"}, id="sqlite-column-mode"),
    pytest.param(
        '      "text/plain": [\n       "   first_name   birth_date\\n",\n'
        '       "0       Maria   1984-05-06\\n",\n'
        '       "1       Kenji   1979-12-24"\n      ]',
        {"1984-05-06", "1979-12-24"}, set(), id="notebook-json-output"),
    pytest.param(
        "shape: (2, 3)\n┌─────────┬────────────┬────────────┐\n│ name    ┆ dob        ┆ created    │\n"
        "│ ---     ┆ ---        ┆ ---        │\n│ str     ┆ date       ┆ date       │\n"
        "╞═════════╪════════════╪════════════╡\n│ Ana Lee ┆ 1987-03-14 ┆ 2024-01-01 │\n"
        "│ Bo Chen ┆ 1990-07-02 ┆ 2024-01-02 │\n└─────────┴────────────┴────────────┘",
        {"1987-03-14", "1990-07-02"}, {"2024-01-01", "2024-01-02"}, id="polars-box-table"),
    pytest.param(
        "+---------+------------+\n| name    | dob        |\n+=========+============+\n"
        "| Ana Lee | 1987-03-14 |\n+---------+------------+\n"
        "| Bo Chen | 1990-07-02 |\n+---------+------------+",
        {"1987-03-14", "1990-07-02"}, set(), id="grid-table-rules-between-rows"),
    pytest.param(
        "<tr><th></th><th>name</th><th>dob</th><th>joined</th></tr>\n"
        "<tr><th>0</th><td>Ana Lee</td><td>1987-03-14</td><td>2021-04-04</td></tr>",
        {"1987-03-14"}, {"2021-04-04"}, id="html-table"),
    # headers and keys as developers shorten them and in other languages
    pytest.param("氏名,メール,生年月日,登録日\n山田 太郎,taro@example.jp,1985-04-01,2024-04-01\n",
                 {"1985-04-01"}, {"2024-04-01"}, id="csv-japanese-header"),
    pytest.param("nombre;fecha_nac;alta\nLucía Pérez;14/03/1987;01/02/2024\n", {"14/03/1987"}, {"01/02/2024"},
                 id="csv-fecha-nac"),
    pytest.param("nome,dt_nasc,cadastro\nJoão Lima,14/03/1987,01/02/2024\n", {"14/03/1987"}, {"01/02/2024"},
                 id="csv-dt-nasc"),
    pytest.param("naam,geboren_op,aangemaakt\nDaan de Vries,14-03-1987,01-02-2024\n", {"14-03-1987"},
                 {"01-02-2024"}, id="csv-geboren-op"),
    pytest.param('{"gebdat": "14.03.1987", "bday": "1990-07-02", "aktualisiert": "2024-02-02"}',
                 {"14.03.1987", "1990-07-02"}, {"2024-02-02"}, id="json-gebdat-bday"),
    pytest.param('{"birth_year": 1987, "release_year": 2024}', {"1987"}, {"2024"}, id="json-birth-year"),
    pytest.param("env:\n  - name: TEST_USER_DOB\n    value: \"1987-03-14\"\n  - name: BUILD_DATE\n"
                 "    value: \"2024-01-01\"", {"1987-03-14"}, {"2024-01-01"}, id="k8s-env-name-value"),
    # code literals
    pytest.param('u := User{Name: "Ines", BirthDate: time.Date(1987, time.March, 14, 0, 0, 0, 0, time.UTC)}',
                 {"time.Date(1987, time.March, 14, 0, 0, 0, 0, time.UTC)"}, set(), id="go-time-date"),
    pytest.param("val p = Person(name = \"Eva\", birthDate = LocalDate.of(1987, Month.MARCH, 14))",
                 {"LocalDate.of(1987, Month.MARCH, 14)"}, set(), id="kotlin-month-constant"),
    pytest.param("Calendar dob = new GregorianCalendar(1987, Calendar.MARCH, 14);",
                 {"new GregorianCalendar(1987, Calendar.MARCH, 14)"}, set(), id="java-gregorian-calendar"),
    pytest.param("const patient = { dob: new Date(Date.UTC(1987, 2, 14)) };", {"Date.UTC(1987, 2, 14)"},
                 set(), id="js-date-utc"),
    pytest.param("let dob = NaiveDate::from_ymd_opt(1990, 7, 2).unwrap();",
                 {"NaiveDate::from_ymd_opt(1990, 7, 2)"}, set(), id="rust-naive-date"),
    pytest.param("user = User.create!(name: 'Greta', dob: Date.new(1987,3,14), confirmed_at: Time.now)",
                 {"Date.new(1987,3,14)"}, set(), id="ruby-date-new"),
    pytest.param('person {\n  birth_date {\n    year: 1987\n    month: 3\n    day: 14\n  }\n}',
                 {"year: 1987\n    month: 3\n    day: 14"}, set(), id="protobuf-google-type-date"),
    pytest.param('"individual": {\n  "dob": {\n    "day": 14,\n    "month": 3,\n    "year": 1987\n  },',
                 {'day": 14,\n    "month": 3,\n    "year": 1987'}, set(), id="stripe-dob-object"),
    pytest.param('Parameters: {"user"=>{"date_of_birth(1i)"=>"1987", "date_of_birth(2i)"=>"3"}}', {"1987"},
                 set(), id="rails-date-select"),
    # records whose field says it: HL7 PID-7, DICOM (0010,0030); a two-digit year after a birth key
    pytest.param("PID|1||123456^^^HOSP^MR||MBEKI^THABO^^^^^L||19870314|M|||12 Main St^^Durban",
                 {"19870314"}, set(), id="hl7-pid-7"),
    pytest.param("(0010,0030) DA [19870314]        #   8, 1 PatientBirthDate\n"
                 "(0008,0020) DA [20240101]        #   8, 1 StudyDate",
                 {"19870314"}, {"20240101"}, id="dicom-dump"),
    pytest.param("DOB: 031487, member since 2011", {"031487"}, set(), id="six-digit-dob"),
    # a format in the header; rows as JSON arrays under a header array
    pytest.param("name,DOB (YYYY-MM-DD),email\nAna Lee,1987-03-14,ana@lee.example\n", {"1987-03-14"}, set(),
                 id="csv-header-with-format"),
    pytest.param('{"range": "Sheet1!A1:C3", "values": [["Name", "DOB", "Joined"], ["Ana Lee", "1987-03-14", '
                 '"2020-01-01"], ["Bo Chen", "1990-07-02", "2021-01-01"]]}',
                 {"1987-03-14", "1990-07-02"}, {"2020-01-01", "2021-01-01"}, id="sheets-values"),
    pytest.param('{"columns": ["name", "birth_date"], "data": [["Ana Lee", "1987-03-14"], ["Bo", null]]}',
                 {"1987-03-14"}, set(), id="pandas-split-orient"),
    # validation errors quoting the value; a change from one date to another; an ISO date with its time
    pytest.param("1 validation error for User\ndob\n  Input should be a valid date or datetime, invalid date "
                 "separator [type=date_from_datetime_parsing, input_value='14/03/1987', input_type=str]",
                 {"14/03/1987"}, set(), id="pydantic-error"),
    pytest.param('{"detail":[{"type":"date_from_datetime_parsing","loc":["body","dob"],"msg":"Input should '
                 'be a valid date","input":"14/03/1987"}]}', {"14/03/1987"}, set(), id="fastapi-422"),
    pytest.param('  File "app/importer.py", line 42, in parse_row\n    dob = datetime.strptime(row["dob"], '
                 '"%Y-%m-%d")\nValueError: time data \'14/03/1987\' does not match format \'%Y-%m-%d\'',
                 {"14/03/1987"}, set(), id="python-strptime-traceback"),
    pytest.param("ERROR 1292 (22007): Incorrect date value: '14/03/1987' for column 'dob' at row 1",
                 {"14/03/1987"}, set(), id="mysql-incorrect-date-value"),
    pytest.param("ERROR 1292 (22007): Incorrect date value: '2024-01-15' for column 'created_at' at row 1",
                 set(), {"2024-01-15"}, id="mysql-error-other-column"),
    pytest.param("birthDate: java.time.format.DateTimeParseException: Text '14/03/1987' could not be parsed "
                 "at index 0", {"14/03/1987"}, set(), id="java-parse-exception"),
    pytest.param('{"item_type": "User", "changes": {"dob": ["1987-03-14", "1987-04-13"], "updated_at": '
                 '["2024-01-01", "2024-01-02"]}}', {"1987-03-14", "1987-04-13"}, {"2024-01-01", "2024-01-02"},
                 id="audit-changes-pair"),
    pytest.param('{"field": "dob", "old": "1987-03-14", "new": "1987-04-13", "at": "2024-01-02"}',
                 {"1987-03-14", "1987-04-13"}, {"2024-01-02"}, id="audit-old-new"),
    pytest.param("AssertionError: DOB mismatch: expected 1987-03-14, got 1987-04-13 (run 2024-01-02)",
                 {"1987-03-14", "1987-04-13"}, {"2024-01-02"}, id="expected-got"),
    pytest.param("audit: user 42 dob changed from 1987-03-14 to 1987-04-13", {"1987-03-14", "1987-04-13"},
                 set(), id="changed-from-to"),
    pytest.param("{ _id: ObjectId('65a1f0c2e4b0a1b2c3d4e5f6'), dob: ISODate('1987-03-14T00:00:00.000Z') }",
                 {"1987-03-14T00:00:00.000Z"}, set(), id="mongo-isodate-with-time"),
    pytest.param('Content-Disposition: form-data; name="dob"\r\n\r\n1987-03-14\r\n--boundary\r\n'
                 'Content-Disposition: form-data; name="submitted"\r\n\r\n2024-01-01\r\n',
                 {"1987-03-14"}, {"2024-01-01"}, id="multipart-form-data"),
    pytest.param("Ticket: customer says her DOB is 14/03/1987 not 03/14/1987 (opened 2024-01-02)",
                 {"14/03/1987", "03/14/1987"}, {"2024-01-02"}, id="corrected-date"),
    pytest.param('@pytest.mark.parametrize("name,dob,adult", [\n    ("Ana Lee", "1987-03-14", True),\n'
                 "    ('Bo Chen', '2010-01-02', False),\n])\ndef test_adult(name, dob, adult):",
                 {"1987-03-14", "2010-01-02"}, set(), id="pytest-parametrize"),
    # other languages' shortened headers and words
    pytest.param("Nombre;F. Nac.;Alta\nLucía Pérez;14/03/1987;01/02/2024\n", {"14/03/1987"}, {"01/02/2024"},
                 id="csv-abbreviated-header"),
    pytest.param("Imię;Data ur.;Utworzono\nJan Kowalski;14.03.1987;01.02.2024\n", {"14.03.1987"},
                 {"01.02.2024"}, id="csv-polish-data-ur"),
    pytest.param("Patient,DOB/Age,Visit\nAna Lee,03/14/1987 (37),01/02/2024\n", {"03/14/1987 (37)"},
                 {"01/02/2024"}, id="csv-dob-age"),
    pytest.param("patient: Dupont Marie, DDN: 14/03/1987, admission 02/01/2024", {"14/03/1987"},
                 {"02/01/2024"}, id="french-ddn"),
    pytest.param("会員: 山田 花子（1987年3月14日生まれ）", {"1987年3月14日"}, set(), id="japanese-umare"),
    pytest.param("会員: 山田 花子（1987年3月14日生）、2024年4月1日生産開始", {"1987年3月14日"},
                 {"2024年4月1日"}, id="japanese-sei"),
    pytest.param("WARN importar cliente fechaNacimiento 14/03/1987 inválida (alta 2024-01-02)",
                 {"14/03/1987"}, {"2024-01-02"}, id="camel-fecha-nacimiento-in-log"),
    pytest.param("<dateNaissance>14/03/1987</dateNaissance><dateCreation>02/01/2024</dateCreation>",
                 {"14/03/1987"}, {"02/01/2024"}, id="camel-date-naissance-xml"),
    pytest.param("WARN Zeile 12: geb_datum 14.03.1987 ungültig", {"14.03.1987"}, set(),
                 id="geb-datum-in-log"),
    pytest.param("erro: dt_nasc 14/03/1987 inválida; f_nac 14/03/1987; data_ur 14.03.1987",
                 {"14/03/1987", "14.03.1987"}, set(), id="shortened-keys-in-prose"),
    pytest.param("NAC policy 2024-01-02 applied to the snack bar's network", set(), {"2024-01-02"},
                 id="nac-is-no-birth-word"),
    # look-alikes: other dates beside a birth word
    pytest.param("Name;Birth Date (MM/DD/YYYY);Joined\nAna Lee;03/14/1987;01/01/2020\n", {"03/14/1987"},
                 {"01/01/2020"}, id="csv-next-cell-is-another-column"),
    pytest.param("<patient><dob>1987-03-14</dob><admitted>2024-01-01</admitted></patient>", {"1987-03-14"},
                 {"2024-01-01"}, id="xml-closing-tag"),
    pytest.param("   id  release_date  created_at\n0   1    2023-05-06  2023-01-01\n", set(),
                 {"2023-05-06", "2023-01-01"}, id="aligned-without-birth-column"),
    pytest.param("CREATE TABLE builds (id serial, created_at date, released date);\n"
                 "INSERT INTO builds VALUES (1, '2020-01-01', '2021-01-01');", set(),
                 {"2020-01-01", "2021-01-01"}, id="sql-create-without-birth-column"),
    pytest.param("PID|1||123456||DOE^JANE||||F\nOBR|1||20240101", set(), {"20240101"}, id="hl7-empty-pid-7"),
    pytest.param("Please check the dob  column and its format  today\nversion  1.2.0  2024-03-14  build",
                 set(), {"2024-03-14"}, id="prose-not-a-header"),
]


@pytest.mark.parametrize(("text", "wanted", "left"), CASES)
def test_dates_of_birth_in_developer_forms(recognizers, text: str, wanted: set[str], left: set[str]) -> None:
    got = births(recognizers, text)
    assert wanted <= got
    assert not {g for g in got if any(v in g for v in left)}


@pytest.mark.parametrize("key", ["bday", "ne_le", "fecha_nac", "FechaNac", "dt_nasc", "dt_naiss", "gebdat",
                                 "geboren_op", "urodzony", "birth_year", "yob", "生年月日", "생년월일"])
def test_birth_keys_developers_write(key: str) -> None:
    assert column_kind(key) == ("DATE_OF_BIRTH", "strong")


@pytest.mark.parametrize("key", ["release_year", "year", "age", "nac_code", "created_at", "gebruiker"])
def test_keys_that_are_no_birth(key: str) -> None:
    assert column_kind(key) is None or column_kind(key)[0] != "DATE_OF_BIRTH"


def test_phones_in_a_table_aligned_with_spaces(recognizers) -> None:
    """A phone column of a pandas frame: each cell under it, spaces inside a number kept; not the age."""
    table, _ = recognizers
    text = (">>> df.head()\n"
            "   name             phone            age\n"
            "0  Maria Lopez      +4915112345678   34\n"
            "1  Kenji Sato       090-123 45 67    41\n"
            "2  Tom Berg         0612 345678      52\n")
    phones = {text[r.start:r.end] for r in table.analyze(text, ["PHONE_NUMBER"])
              if r.entity_type == "PHONE_NUMBER"}
    assert {"+4915112345678", "090-123 45 67", "0612 345678"} <= phones
    assert not any("34" == p or "41" == p for p in phones)
    # a frame without a phone column gives none
    other = ">>> df\n   name        team      score\n0  Maria       blue      4915112\n"
    assert not [r for r in table.analyze(other, ["PHONE_NUMBER"]) if r.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("agent: can i get your date of birth please\ncaller: yeah sure, 12/03/1987\nagent: thanks",
     {"12/03/1987"}),
    ("[10:02] anna: whats ur birthday again\n[10:03] ben: lol march, 12/03/1987", {"12/03/1987"}),
    # not a heading or a field's remark: no speaker asked, so no turn answers
    ("Birthday party planning\nNotes: venue booked for 12/03/2026", set()),
    ("dob field is missing in the export\nstatus: fixed on 12/03/2025", set()),
])
def test_a_date_of_birth_answered_in_the_next_turn(recognizers, text: str, wanted: set[str]) -> None:
    """Asked without a question mark in one speaker's turn, answered in the next speaker's."""
    assert births(recognizers, text) == wanted
