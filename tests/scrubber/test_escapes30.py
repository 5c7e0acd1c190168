"""Text as agents and developers paste it escaped (session 30): JSON's \\uXXXX escapes (once or twice
escaped), letters beyond ASCII percent-encoded as UTF-8, and form values joined by "+". The detection copy
reads them; the spans map back to the escaped original, which is what gets replaced."""

import pytest

from scrubber.normalize import normalize


@pytest.mark.parametrize("text, copy", [
    (r'{"name":"Joaqu\u00edn Garc\u00eda"}', '{"name":"Joaquín García"}'),
    (r'{\"name\": \"\\u041e\\u043b\\u044c\\u0433\\u0430\"}', '{"name": "Ольга"}'),
    (r"smile \ud83d\ude00 ok", "smile \U0001F600 ok"),
    ("?origin=ul.+Ja%C5%9Bminowa+138%2F4%2C+87-100+Toru%C5%84", "?origin=ul. Jaśminowa 138/4, 87-100 Toruń"),
    ("confirm?name=Agnieszka+Sobczak&phone=%2B48+843+462+438",
     "confirm?name=Agnieszka Sobczak&phone=+48 843 462 438"),
    ("q=Calle+Mayor+22%2C+4%C2%BA+izq.", "q=Calle Mayor 22, 4º izq."),
    # quotes escaped in JSON held in a string: a key on a new line, an e-mail's display name
    (r'"{\n  \"family_name\": \"Y\u0131ld\u0131r\u0131m\",', r'"{\n  "family_name": "Yıldırım",'),
    (r'{"from": "\"Íñigo Núñez\" <inunez@hotmail.es>"}', '{"from": ""Íñigo Núñez" <inunez@hotmail.es>"}'),
    (r'pw: "Quo\"te9!x"', r'pw: "Quo\"te9!x"'),  # a quote inside a value stays
])
def test_the_copy_reads_escapes(text, copy):
    assert normalize(text).text == copy


@pytest.mark.parametrize("text", [
    "token=Zq3+Tk/9abc+DEF&x=1",  # a key's base64 keeps its "+"
    "key=AbCd+EfGh+IjKl",
    r"C:\users\u2kit\notes.txt",  # not four hex digits after \u: a path
    "pw=K7mp2%41",  # an escaped letter or digit is a password's "%" and two digits
    "price=%FF%FE",  # bytes that are no UTF-8 letter
])
def test_what_is_no_escape_stays(text):
    assert normalize(text).text == text


def test_a_span_in_the_copy_covers_the_escapes_in_the_original():
    text = r'{"customer_name":"Rafael Gon\u00e7alves","plan":"pro"}'
    copy = normalize(text)
    start = copy.text.index("Rafael")
    a, b = copy.span(start, start + len("Rafael Gonçalves"))
    assert text[a:b] == r"Rafael Gon\u00e7alves"


@pytest.mark.parametrize("text, value, kind", [
    (r'{"contact":{"customer_name":"Rafael Gon\u00e7alves","email":"rafael.g@bol.com.br"}}',
     r"Rafael Gon\u00e7alves", "PERSON"),
    (r'{"text": "{\"given_name\": \"Sol\u00e8ne\", \"family_name\": \"B\u00e9renger\", '
     r'\"email\": \"s@orange.fr\"}"}',
     r"B\u00e9renger", "PERSON"),
    (r'{"name": "\u041e\u043b\u044c\u0433\u0430 \u041b\u0435\u0431\u0435\u0434\u0435\u0432\u0430", '
     r'"email": "olga@bk.ru"}', r"\u041e\u043b\u044c\u0433\u0430", "PERSON"),
    (r'{"from": "\"Íñigo Núñez\" <inunez@hotmail.es>", "subject": "Change of details"}', "Núñez", "PERSON"),
    ("GET /book/confirm?name=Agnieszka+Sobczak&email=a.sobczak%40interia.pl HTTP/1.1", "Sobczak", "PERSON"),
    ("GET /dir/?origin=ul.+Ja%C5%9Bminowa+138%2F4%2C+87-100+Toru%C5%84 HTTP/1.1", "Ja%C5%9Bminowa+138",
     "LOCATION"),
])
def test_the_scrubber_finds_escaped_personal_data_whole(scrubber, text, value, kind):
    start = text.index(value)
    end = start + len(value)
    spans = scrubber.analyze(text)
    assert any(s.start <= start and end <= s.end for s in spans), [text[s.start:s.end] for s in spans]
    assert {s.type for s in spans if s.start <= start and end <= s.end} & {kind, "PERSON", "LOCATION"}
