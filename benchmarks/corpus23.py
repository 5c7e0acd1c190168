"""corpus23: personal data in what coding agents and tool-using assistants send (twenty-third author, s. 30).

Written by an author who never read the scrubber.

Each record's ``text`` is ONE string as the proxy sees it inside an agent's request to a model: a tool call's
``arguments`` (JSON text, one line or pretty, nested objects and arrays, keys in snake_case, camelCase and
other languages' words), a tool result the agent pastes back (a CRM/HR/billing/helpdesk API response, a SQL
tool's rows, a ``grep``/``cat``/``tail`` of a file, an HTTP exchange with headers, a search tool's snippets,
mail and calendar items), JSON inside a string (an MCP ``content[].text`` or a chat ``tool`` message whose
JSON is itself a string: ``\\"`` quotes, ``\\n`` newlines and non-ASCII as ``\\u00e9`` escapes, sometimes
escaped twice), URL-encoded values in a logged URL or a form body
(``name=Jos%C3%A9+Garc%C3%ADa&phone=%2B34...``), HTML-escaped text (``O&#39;Brien``, ``&amp;``, ``&#233;``),
Markdown the agent wrote (a table of the people it found, a report) and a plan or scratchpad with names ("Step
2: e-mail Priya ..."). Ten languages inside English-keyed JSON (English 49 %; German, French, Spanish,
Brazilian Portuguese, Polish, Turkish, Russian, Greek and Japanese 17 records each per half; Cyrillic, Greek
and Japanese scripts), notes and some keys in the record's language.

35 % NEGATIVES (``neg_class``): ``tool_schema`` (function definitions and input schemas: field names, no
values), ``api_error`` (error and status payloads), ``service_account`` (bots, system accounts, role
mailboxes), ``placeholder`` (John Doe, user@example.com, 555-0100 and the other languages' dummies),
``public_record`` (companies, offices with switchboards, products, public figures), ``metrics_logs`` (metrics
and logs without personal data) and ``config_ref`` (config whose secrets are referenced, ``${VAR}``, never
given).

Labelling rules (a private person's data only), AS THE VALUE APPEARS IN THE STRING: a span covers the escaped
form, never a decoded one. ``Ren\\u00e9e Dub\\u00f6is`` is one PERSON span covering the escapes; a URL-encoded
``Jos%C3%A9+Garc%C3%ADa`` is one PERSON span, ``%2B34+612+...`` one PHONE_NUMBER span, ``ana%40mail.es`` one
EMAIL_ADDRESS span; ``O&#39;Brien`` is labelled with its entity. Quotes around a JSON value are not in the
span.
- PERSON: a private person's name as written (full name one span; a first name alone, or first and last in
  their own JSON fields, each its own span; "Surname, First" one span). Names in notes, mail headers,
  attendee lists, Markdown tables and plans are labelled like the fields. User names, handles and ids are not
  labelled; the corpus never makes a user name equal to a labelled name.
- EMAIL_ADDRESS: a person's mailbox (private or work); role and system mailboxes (noreply@, support@,
  billing@ ...) are not labelled.
- PHONE_NUMBER: a person's phone, national or international; company switchboards are not.
- LOCATION: a person's home address: a one-string address (street, postcode and town) is one span; in an
  address object the street value and the town value are each a span, a postcode or country alone is not
  labelled; a town is labelled alone when the text says the person lives there. Office addresses are not.
- DATE_OF_BIRTH: a date under a birth key or after a birth word; other dates (created, due, meeting) are not.
- NATIONAL_ID (Steuer-ID, NIR, DNI, CPF, PESEL, TC Kimlik, SNILS, AMKA, My Number, NINO, PPSN; valid check
  digits where the scheme has one), US_SSN, IBAN_CODE (valid check digits), CREDIT_CARD (Luhn-valid) and
  IP_ADDRESS (the address a person's request or login came from; servers' addresses are not labelled).
- SECRET: a password, PIN, API key, bearer token or session cookie value that is given; a reference
  (``${DB_PASSWORD}``, ``{{ secrets.X }}``, ``<redacted>``) is not.
- Placeholders (John/Jane Doe, Max Mustermann, Jean Dupont, Juan Pérez, Jan Kowalski, Fulano de Tal, Иван
  Иванов, 山田 太郎, example.com mail, 555-01xx) appear only in negatives and are not labelled; public figures
  and companies are not labelled.

Two halves with disjoint templates (twelve format families, each rendered differently in dev and test), tool
names, most field names, notes and value pools (even pool entries dev, odd test; birth years even in dev, odd
in test; phone, SSN and IP last digits by parity): ``python -m benchmarks.corpus23 --half dev|test [--n N]
[--seed S]`` prints JSONL.
"""

import json
import random
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, quote_plus

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 2323
TYPES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "LOCATION",
    "DATE_OF_BIRTH",
    "NATIONAL_ID",
    "US_SSN",
    "IBAN_CODE",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "SECRET",
)
LANGS = ("en", "de", "fr", "es", "pt", "pl", "tr", "ru", "el", "ja")
FAMILIES = (
    "tool_args",
    "api_result",
    "json_in_string",
    "sql_rows",
    "shell_output",
    "http_exchange",
    "search_snippets",
    "mail_calendar",
    "html_escaped",
    "markdown_summary",
    "scratchpad",
    "url_encoded",
)
NEG_CLASSES = (
    "tool_schema",
    "api_error",
    "service_account",
    "placeholder",
    "public_record",
    "metrics_logs",
    "config_ref",
)

# ---------------------------------------------------------------------------------------------------------
# Value pools, hand-typed. Even entries belong to dev, odd entries to test.

NAMES = {  # culture -> (first names, last names)
    "us": (
        (
            "Darnell",
            "Marisol",
            "Travis",
            "Keisha",
            "Colton",
            "Jolene",
            "Deshawn",
            "Lorena",
            "Rhett",
            "Tamika",
        ),
        (
            "Whitaker",
            "Abernathy",
            "Castellanos",
            "Dunleavy",
            "Okonkwo",
            "Barksdale",
            "Lindqvist",
            "Hargrove",
            "Villanueva",
            "Stallworth",
        ),
    ),
    "uk": (
        ("Eilidh", "Fergus", "Saoirse", "Rory", "Bronwen", "Tobias", "Orla", "Lachlan", "Philippa", "Cormac"),
        (
            "O'Brien",
            "Haverford",
            "MacLennan",
            "Ellingham",
            "O'Donoghue",
            "Pemberton",
            "Quigley",
            "O'Callaghan",
            "Ashdown",
            "Blackwood",
        ),
    ),
    "in": (
        (
            "Priya",
            "Arjun",
            "Kavya",
            "Siddharth",
            "Meenakshi",
            "Rohan",
            "Lakshmi",
            "Vikram",
            "Ananya",
            "Harish",
        ),
        (
            "Raghunathan",
            "Bhattacharya",
            "Iyer",
            "Chaudhary",
            "Venkatesan",
            "Mukherjee",
            "Pillai",
            "Deshpande",
            "Nair",
            "Kulkarni",
        ),
    ),
    "de": (
        (
            "Renate",
            "Gunther",
            "Liesel",
            "Björn",
            "Margarete",
            "Henrik",
            "Gesine",
            "Ansgar",
            "Roswitha",
            "Lennart",
        ),
        (
            "Dübbers",
            "Kleinschmidt",
            "Wöhrle",
            "Baumgärtner",
            "Tiedemann",
            "Überall",
            "Hasenkamp",
            "Rößler",
            "Vogelsang",
            "Eckhardt",
        ),
    ),
    "fr": (
        (
            "Renée",
            "Gaëtan",
            "Solène",
            "Aurélien",
            "Éloïse",
            "Baptiste",
            "Océane",
            "Grégoire",
            "Héloïse",
            "Timothée",
        ),
        (
            "Duböis",
            "Lacroix-Vidal",
            "Bérenger",
            "Fauchère",
            "Delaunay",
            "Rochefort",
            "Mérieux",
            "Castaing",
            "Vaillancourt",
            "D'Aubigné",
        ),
    ),
    "es": (
        ("José", "Nuria", "Íñigo", "Montserrat", "Álvaro", "Begoña", "Joaquín", "Itziar", "Ramón", "Lucía"),
        (
            "García Ibáñez",
            "Etxeberria",
            "Núñez",
            "Castañeda",
            "Olazábal",
            "Peñalosa",
            "Quintana",
            "Saldaña",
            "Arrieta",
            "Villalobos",
        ),
    ),
    "pt": (
        ("João", "Luana", "Thiago", "Jéssica", "Caio", "Fernanda", "Rafael", "Tainá", "Leandro", "Bruna"),
        (
            "Gonçalves",
            "Albuquerque",
            "Magalhães",
            "Figueiredo",
            "Brandão",
            "Nascimento",
            "Araújo",
            "Quaresma",
            "Sampaio",
            "Teixeira",
        ),
    ),
    "pl": (
        (
            "Małgorzata",
            "Grzegorz",
            "Agnieszka",
            "Przemysław",
            "Jadwiga",
            "Wojciech",
            "Bożena",
            "Zbigniew",
            "Dorota",
            "Łukasz",
        ),
        (
            "Wiśniewska",
            "Szczepański",
            "Zielińska",
            "Kaczmarek",
            "Wróblewska",
            "Pawłowski",
            "Dąbrowska",
            "Jabłoński",
            "Sobczak",
            "Michalak",
        ),
    ),
    "tr": (
        ("Ayşegül", "Emre", "Gülşen", "Oğuzhan", "Zeynep", "Barış", "Elif", "Serkan", "Hülya", "Tuncay"),
        (
            "Yıldırım",
            "Karaağaç",
            "Öztürk",
            "Çelikkaya",
            "Aydoğan",
            "Şahin",
            "Kocabaş",
            "Ertuğrul",
            "Güneş",
            "Tekin",
        ),
    ),
    "ru": (
        (
            "Светлана",
            "Дмитрий",
            "Ольга",
            "Аркадий",
            "Наталья",
            "Виктор",
            "Людмила",
            "Григорий",
            "Евгения",
            "Станислав",
        ),
        (
            "Кузнецова",
            "Волков",
            "Лебедева",
            "Соколов",
            "Морозова",
            "Белоусов",
            "Орлова",
            "Тихонов",
            "Зайцева",
            "Гришин",
        ),
    ),
    "el": (
        (
            "Ελένη",
            "Γιώργος",
            "Κατερίνα",
            "Νικόλαος",
            "Δέσποινα",
            "Σπύρος",
            "Αναστασία",
            "Θανάσης",
            "Βασιλική",
            "Χρήστος",
        ),
        (
            "Παπαδοπούλου",
            "Κωνσταντίνου",
            "Οικονόμου",
            "Δημητρίου",
            "Αλεξίου",
            "Μαυρίδης",
            "Καραγιάννη",
            "Σταθόπουλος",
            "Βλάχου",
            "Λαμπράκης",
        ),
    ),
    "ja": (
        ("美咲", "健太", "陽子", "翔太", "由美", "大輔", "恵子", "拓也", "真由美", "直樹"),
        ("佐藤", "高橋", "渡辺", "伊藤", "中村", "小林", "加藤", "吉田", "松本", "井上"),
    ),
}
LATIN_OF = {  # romanised mail local parts for the non-Latin pools (never shown as names)
    "ru": "svetlana dmitry olga arkady natalya viktor lyudmila grigory evgenia stanislav",
    "el": "eleni giorgos katerina nikolaos despoina spyros anastasia thanasis vasiliki christos",
    "ja": "misaki kenta yoko shota yumi daisuke keiko takuya mayumi naoki",
}
LATIN_LAST = {
    "ru": "kuznetsova volkov lebedeva sokolov morozova belousov orlova tikhonov zaytseva grishin",
    "el": "papadopoulou konstantinou oikonomou dimitriou alexiou mavridis karagianni stathopoulos vlachou "
    "lamprakis",
    "ja": "sato takahashi watanabe ito nakamura kobayashi kato yoshida matsumoto inoue",
}

COUNTRY_OF_LANG = {
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "pt": "BR",
    "pl": "PL",
    "tr": "TR",
    "ru": "RU",
    "el": "GR",
    "ja": "JP",
}
EN_COUNTRIES = ("US", "US", "UK", "IE")  # the US twice: its SSNs
CULTURES_OF = {
    "US": ("us", "in"),
    "UK": ("uk", "in"),
    "IE": ("uk",),
    "DE": ("de",),
    "FR": ("fr",),
    "ES": ("es",),
    "BR": ("pt",),
    "PL": ("pl",),
    "TR": ("tr",),
    "RU": ("ru",),
    "GR": ("el",),
    "JP": ("ja",),
}

# country -> (street templates, (postcode, town) pairs, mail domains, address order)
PLACES = {
    "US": (
        (
            "{n} Juniper Hollow Rd",
            "{n} W Magnolia Ave",
            "{n} Bramblewood Ct",
            "{n} Old Sawmill Ln",
            "{n} Larkspur Dr Apt 3B",
            "{n} N Cottonwood St",
        ),
        (
            ("Tulsa, OK", "74105"),
            ("Boise, ID", "83706"),
            ("Dayton, OH", "45409"),
            ("Fresno, CA", "93704"),
            ("Knoxville, TN", "37917"),
            ("Spokane, WA", "99203"),
        ),
        ("gmail.com", "yahoo.com", "outlook.com", "icloud.com"),
    ),
    "UK": (
        (
            "{n} Wisteria Gardens",
            "Flat {n}, Coldharbour Lane",
            "{n} Pennyroyal Close",
            "{n} Abbotsford Road",
            "{n} Kestrel Rise",
            "{n} Mulberry Terrace",
        ),
        (
            ("Leeds", "LS6 2QF"),
            ("Norwich", "NR2 3HT"),
            ("Cardiff", "CF24 4AZ"),
            ("Derby", "DE22 1EJ"),
            ("Exeter", "EX4 6PX"),
            ("Preston", "PR1 7XS"),
        ),
        ("btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"),
    ),
    "IE": (
        ("{n} Ashgrove Park", "{n} Knocklyon Road", "Apt {n}, Harbour Mews", "{n} Sycamore Crescent"),
        (("Galway", "H91 X2C7"), ("Cork", "T12 K8AF"), ("Limerick", "V94 T9PX"), ("Sligo", "F91 E7W4")),
        ("eircom.net", "gmail.com", "outlook.ie"),
    ),
    "DE": (
        (
            "Kastanienallee {n}",
            "Am Lerchenfeld {n}",
            "Brunnenstraße {n}a",
            "Holunderweg {n}",
            "Zur Alten Mühle {n}",
            "Eichendorffstraße {n}",
        ),
        (
            ("Kassel", "34119"),
            ("Würzburg", "97072"),
            ("Oldenburg", "26122"),
            ("Regensburg", "93049"),
            ("Göttingen", "37083"),
            ("Koblenz", "56068"),
        ),
        ("web.de", "gmx.de", "t-online.de", "posteo.de"),
    ),
    "FR": (
        (
            "{n} rue des Tanneurs",
            "{n} impasse des Lilas",
            "{n} avenue Jean-Jaurès",
            "{n} chemin du Moulin",
            "{n} allée des Peupliers",
            "{n} rue de la Chênaie",
        ),
        (
            ("Rennes", "35000"),
            ("Besançon", "25000"),
            ("Nîmes", "30900"),
            ("Angers", "49100"),
            ("Limoges", "87000"),
            ("Reims", "51100"),
        ),
        ("orange.fr", "free.fr", "laposte.net", "sfr.fr"),
    ),
    "ES": (
        (
            "Calle del Almendro {n}, 2º B",
            "Avenida de los Naranjos {n}",
            "Calle Mayor {n}, 4º izq.",
            "Paseo de la Alameda {n}",
            "Calle Jazmín {n}, bajo",
            "Travesía del Pozo {n}",
        ),
        (
            ("Zaragoza", "50009"),
            ("Valladolid", "47014"),
            ("Murcia", "30008"),
            ("Córdoba", "14005"),
            ("Salamanca", "37007"),
            ("Pamplona", "31008"),
        ),
        ("telefonica.net", "gmail.com", "hotmail.es", "yahoo.es"),
    ),
    "BR": (
        (
            "Rua das Acácias, {n}",
            "Avenida Getúlio Vargas, {n}, apto 12",
            "Rua Sete de Setembro, {n}",
            "Travessa dos Ipês, {n}",
            "Rua Padre Anchieta, {n}",
            "Alameda dos Jacarandás, {n}",
        ),
        (
            ("Curitiba - PR", "80230-010"),
            ("Recife - PE", "50070-120"),
            ("Campinas - SP", "13015-904"),
            ("Belém - PA", "66035-000"),
            ("Goiânia - GO", "74120-040"),
            ("Natal - RN", "59020-300"),
        ),
        ("uol.com.br", "gmail.com", "bol.com.br", "terra.com.br"),
    ),
    "PL": (
        (
            "ul. Jaśminowa {n}/4",
            "ul. Słoneczna {n}",
            "al. Niepodległości {n}/12",
            "ul. Wrzosowa {n}",
            "ul. Piastowska {n}/2",
            "os. Leśne {n}",
        ),
        (
            ("Lublin", "20-093"),
            ("Gdynia", "81-364"),
            ("Toruń", "87-100"),
            ("Rzeszów", "35-061"),
            ("Opole", "45-011"),
            ("Białystok", "15-277"),
        ),
        ("wp.pl", "onet.pl", "interia.pl", "o2.pl"),
    ),
    "TR": (
        (
            "Lale Sokak No: {n} D: 5",
            "Atatürk Cad. No: {n}",
            "Menekşe Sk. No: {n} Kat 2",
            "Çınar Sokak No: {n}",
            "Gül Mahallesi {n}. Sokak",
            "Papatya Cad. No: {n} D: 8",
        ),
        (
            ("Kadıköy/İstanbul", "34710"),
            ("Bornova/İzmir", "35040"),
            ("Çankaya/Ankara", "06690"),
            ("Nilüfer/Bursa", "16110"),
            ("Muratpaşa/Antalya", "07100"),
            ("Tepebaşı/Eskişehir", "26130"),
        ),
        ("gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"),
    ),
    "RU": (
        (
            "ул. Садовая, д. {n}, кв. 14",
            "пр-т Мира, д. {n}, кв. 7",
            "ул. Лесная, д. {n}",
            "ул. Гагарина, д. {n}, кв. 31",
            "пер. Липовый, д. {n}",
            "ул. Речная, д. {n}, кв. 2",
        ),
        (
            ("Казань", "420111"),
            ("Самара", "443010"),
            ("Томск", "634050"),
            ("Пермь", "614000"),
            ("Тверь", "170100"),
            ("Омск", "644024"),
        ),
        ("mail.ru", "yandex.ru", "rambler.ru", "bk.ru"),
    ),
    "GR": (
        (
            "Οδός Ερμού {n}",
            "Λεωφόρος Κηφισίας {n}",
            "Οδός Αγίου Δημητρίου {n}",
            "Οδός Ακακιών {n}",
            "Οδός Πλαστήρα {n}",
            "Οδός Ελευθερίας {n}",
        ),
        (
            ("Πάτρα", "262 21"),
            ("Λάρισα", "412 22"),
            ("Ηράκλειο", "712 01"),
            ("Βόλος", "382 21"),
            ("Ιωάννινα", "453 32"),
            ("Καβάλα", "654 03"),
        ),
        ("gmail.com", "yahoo.gr", "otenet.gr", "hotmail.gr"),
    ),
    "JP": (
        (
            "桜町{n}-4-2",
            "緑が丘{n}-1-15",
            "本町{n}-7-3 メゾン101",
            "旭町{n}-2-8",
            "栄町{n}-9-1",
            "若葉台{n}-3-6",
        ),
        (
            ("札幌市中央区", "060-0042"),
            ("仙台市青葉区", "980-0811"),
            ("金沢市", "920-0853"),
            ("福岡市博多区", "812-0011"),
            ("静岡市葵区", "420-0852"),
            ("広島市中区", "730-0011"),
        ),
        ("docomo.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"),
    ),
}

# Notes a CRM, ticket or HR record carries, per language and half: {name} a PERSON span, {city} the town the
# person lives in (LOCATION).
NOTES = {
    "en": (
        (
            "Customer {name} asked for a callback after 5pm about the refund.",
            "{name} moved to {city} last month, update the delivery address.",
            "Spoke with {name}: wants the invoice re-sent to her private mailbox.",
        ),
        (
            "{name} called twice about the late parcel, very polite.",
            "Per {name}, she now lives in {city}; ship to the new flat.",
            "Escalated by {name} on the phone; promised an answer by Friday.",
        ),
    ),
    "de": (
        (
            "Kunde {name} bittet um Rückruf wegen der Gutschrift.",
            "{name} ist nach {city} umgezogen, Lieferadresse anpassen.",
        ),
        (
            "Rückfrage von {name} zur Jahresabrechnung, bitte per Mail antworten.",
            "Laut {name} wohnt sie jetzt in {city}.",
        ),
    ),
    "fr": (
        (
            "{name} demande un rappel concernant le remboursement.",
            "{name} a déménagé à {city}, mettre à jour l'adresse de livraison.",
        ),
        ("Appel de {name} au sujet du colis en retard.", "D'après {name}, elle habite désormais à {city}."),
    ),
    "es": (
        (
            "{name} pide que le devolvamos la llamada por la factura.",
            "{name} se ha mudado a {city}, actualizar la dirección.",
        ),
        ("Reclamación de {name} por el pedido incompleto.", "Según {name}, ahora vive en {city}."),
    ),
    "pt": (
        (
            "{name} pediu retorno sobre o reembolso.",
            "{name} mudou-se para {city}, atualizar o endereço de entrega.",
        ),
        ("Contato de {name} sobre a fatura em atraso.", "Segundo {name}, agora mora em {city}."),
    ),
    "pl": (
        (
            "{name} prosi o oddzwonienie w sprawie zwrotu.",
            "{name} przeprowadziła się do miasta {city}, zaktualizować adres.",
        ),
        (
            "Reklamacja od {name} dotycząca opóźnionej paczki.",
            "Według {name} mieszka teraz w mieście {city}.",
        ),
    ),
    "tr": (
        (
            "{name} iade konusunda geri aranmak istiyor.",
            "{name} {city} şehrine taşındı, teslimat adresini güncelleyin.",
        ),
        ("{name} geciken kargo için iki kez aradı.", "{name} artık {city} şehrinde oturuyor."),
    ),
    "ru": (
        (
            "{name} просит перезвонить по поводу возврата.",
            "{name} переехала в город {city}, обновите адрес доставки.",
        ),
        (
            "{name} дважды звонила насчёт задержки посылки.",
            "По словам {name}, она теперь живёт в городе {city}.",
        ),
    ),
    "el": (
        (
            "Ο πελάτης {name} ζητά να τον καλέσουμε για την επιστροφή.",
            "Η {name} μετακόμισε στην πόλη {city}, ενημερώστε τη διεύθυνση.",
        ),
        (
            "Παράπονο από {name} για την καθυστερημένη παραγγελία.",
            "Σύμφωνα με {name}, μένει πλέον στην πόλη {city}.",
        ),
    ),
    "ja": (
        (
            "{name}様より返金について折り返し電話の依頼あり。",
            "{name}様は{city}に転居されたため、配送先を更新してください。",
        ),
        (
            "{name}様から配送遅延について2回問い合わせあり。",
            "{name}様によると、現在は{city}にお住まいとのこと。",
        ),
    ),
}

# Keys of the JSON fields, per concept and half: "dev spellings|test spellings" (snake, camel, odd).
KEYS = {
    "name": (
        "full_name@customer_name@contact_name@displayName@nom_complet|fullName@requesterName@holder_name@nombre_completo"
    ),
    "first": ("first_name@given_name@firstName|givenName@fname@first"),
    "last": ("last_name@family_name@lastName|familyName@surname@lname"),
    "email": ("email@email_address@contactEmail|emailAddress@mail@e_mail"),
    "phone": ("phone@mobile@phoneNumber@telefone|tel@mobile_phone@contactPhone"),
    "address": ("home_address@address@postal_address|homeAddress@residence@mailing_address"),
    "street": ("street@line1@street_address@rua|addressLine1@strasse_hausnr@addr_1"),
    "city": ("city@town@locality|cityName@ort@municipality"),
    "postcode": ("postal_code@zip@postcode|zipCode@plz@cp"),
    "country": ("country@country_code|countryCode@pais"),
    "dob": ("date_of_birth@dob@birth_date@fecha_nacimiento|birthDate@dateOfBirth@geburtsdatum"),
    "natid": ("national_id@tax_id@id_number|nationalId@document_number@taxNumber"),
    "ssn": ("ssn@social_security_number|ssnFull@taxpayer_ssn"),
    "iban": ("iban@bank_iban@payout_iban|ibanNumber@sepa_iban@account_iban"),
    "card": ("card_number@pan@cc_number|cardNumber@card_pan@creditCard"),
    "ip": ("last_login_ip@client_ip@ip_address|remoteAddr@sourceIp@lastSeenIp"),
    "password": ("temp_password@password@initial_password|newPassword@passwd@pwd"),
    "api_key": ("api_key@personal_token@access_token|apiKey@accessToken@pat"),
    "note": ("note@comment@internal_note|notes@remark@agentComment"),
}
BIRTH_WORDS = {  # a birth word in a note or header, per language
    "en": "born",
    "de": "geboren am",
    "fr": "née le",
    "es": "nacida el",
    "pt": "nascida em",
    "pl": "urodzona",
    "tr": "doğum tarihi",
    "ru": "дата рождения",
    "el": "ημερομηνία γέννησης",
    "ja": "生年月日",
}
NATID_NAME = {
    "DE": "Steuer-ID",
    "FR": "NIR",
    "ES": "DNI",
    "BR": "CPF",
    "PL": "PESEL",
    "TR": "TC Kimlik",
    "RU": "SNILS",
    "GR": "AMKA",
    "JP": "My Number",
    "UK": "NINO",
    "IE": "PPSN",
    "US": "SSN",
}
PASSWORD_WORDS = (
    "Lighthouse",
    "Marmalade",
    "Tangerine",
    "Porcupine",
    "Wanderlust",
    "Gooseberry",
    "Kingfisher",
    "Snapdragon",
    "Saltmarsh",
    "Blueberry",
)
STATUSES = ("active", "pending", "on_hold", "verified", "churned", "trial")


def _half_pool(pool, half):
    return tuple(pool[0::2] if half == "dev" else pool[1::2])


def name_tokens(half: str) -> set[str]:
    """Every word of ``half``'s name pools (the other half's must never appear in a record of this one)."""
    out = set()
    for firsts, lasts in NAMES.values():
        for v in _half_pool(firsts, half) + _half_pool(lasts, half):
            out |= set(re.findall(r"[\w'-]+", v))
    return out


def town_pool(half: str) -> set[str]:
    return {t for c in PLACES.values() for t, _pc in _half_pool(c[1], half)}


def street_pool(half: str) -> set[str]:
    return {s.replace("{n}", "").strip(" ,") for c in PLACES.values() for s in _half_pool(c[0], half)}


# ---------------------------------------------------------------------------------------------------------
# Value makers.


def _ascii(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("'", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _par(rng, half):
    return rng.choice("02468" if half == "dev" else "13579")


def _phone(rng, country, half):
    d = lambda n: _digits(rng, n)  # noqa: E731
    z = _par(rng, half)
    c = rng.randrange(3)
    forms = {
        "US": lambda: (
            f"({rng.randint(2, 9)}{d(2)}) {rng.randint(2, 9)}{d(2)}-{d(3)}{z}",
            f"+1 {rng.randint(2, 9)}{d(2)} {rng.randint(2, 9)}{d(2)} {d(3)}{z}",
            f"{rng.randint(2, 9)}{d(2)}.{rng.randint(2, 9)}{d(2)}.{d(3)}{z}",
        ),
        "UK": lambda: (f"07{d(3)} {d(5)}{z}", f"+44 7{d(3)} {d(5)}{z}", f"+447{d(8)}{z}"),
        "IE": lambda: (
            f"08{rng.choice('3567')} {d(3)} {d(3)}{z}",
            f"+353 8{rng.choice('3567')} {d(3)} {d(3)}{z}",
            f"0{rng.choice('12')}{d(1)} {d(3)} {d(3)}{z}",
        ),
        "DE": lambda: (
            f"01{rng.choice('567')}{d(1)} {d(7)}{z}",
            f"+49 1{rng.choice('567')}{d(1)} {d(6)}{z}",
            f"+49 (0){d(3)} {d(5)}{z}",
        ),
        "FR": lambda: (
            f"0{rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(1)}{z}",
            f"+33 {rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(1)}{z}",
            f"+33{rng.choice('67')}{d(7)}{z}",
        ),
        "ES": lambda: (f"6{d(2)} {d(3)} {d(2)}{z}", f"+34 6{d(2)} {d(3)} {d(2)}{z}", f"+34 7{d(7)}{z}"),
        "BR": lambda: (
            f"(11) 9{d(4)}-{d(3)}{z}",
            f"+55 21 9{d(4)}-{d(3)}{z}",
            f"+55{rng.choice('13468')}{d(1)}9{d(7)}{z}",
        ),
        "PL": lambda: (
            f"{rng.choice('5678')}{d(2)} {d(3)} {d(2)}{z}",
            f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(2)}{z}",
            f"+48{rng.choice('5678')}{d(7)}{z}",
        ),
        "TR": lambda: (
            f"0 (5{d(2)}) {d(3)} {d(2)} {d(1)}{z}",
            f"+90 5{d(2)} {d(3)} {d(2)} {d(1)}{z}",
            f"05{d(8)}{z}",
        ),
        "RU": lambda: (
            f"+7 9{d(2)} {d(3)}-{d(2)}-{d(1)}{z}",
            f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(1)}{z}",
            f"+79{d(8)}{z}",
        ),
        "GR": lambda: (
            f"69{d(1)} {d(3)} {d(3)}{z}",
            f"+30 69{d(1)} {d(3)} {d(3)}{z}",
            f"+30 2{d(2)} {d(3)} {d(3)}{z}",
        ),
        "JP": lambda: (f"090-{d(4)}-{d(3)}{z}", f"080-{d(4)}-{d(3)}{z}", f"+81 90-{d(4)}-{d(3)}{z}"),
    }
    return forms[country]()[c]


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x = x * 2 - 9 if x > 4 else x * 2
        total += x
    return body + str((10 - total % 10) % 10)


def _card(rng):
    kind = rng.randrange(4)
    if kind == 3:
        num = _luhn_complete(rng.choice(("34", "37")) + _digits(rng, 12))
        return rng.choice((f"{num[:4]} {num[4:10]} {num[10:]}", num))
    prefix = ("4", f"5{rng.randint(1, 5)}", f"22{rng.randint(21, 99)}")[kind]
    num = _luhn_complete(prefix + _digits(rng, 15 - len(prefix)))
    groups = [num[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice((" ".join(groups), num, "-".join(groups)))


IBAN_BBAN = {
    "DE": "n18",
    "FR": "n23",
    "ES": "n20",
    "PL": "n24",
    "TR": "n22",
    "GR": "n23",
    "BR": "n23A1A1",
    "UK": "A4n14",
    "IE": "A4n14",
}


def _iban(rng, country):
    spec = IBAN_BBAN[country]
    code = "GB" if country == "UK" else country
    bban = ""
    for kind, count in re.findall(r"([nA])(\d+)", spec):
        for _ in range(int(count)):
            bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "A" else rng.choice("0123456789")
    if country == "TR":
        bban = bban[:5] + "0" + bban[6:]
    num = int("".join(str(int(c, 36)) for c in bban + code + "00"))
    iban = f"{code}{98 - num % 97:02d}{bban}"
    if rng.random() < 0.5:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _natid(rng, country, dob, half):
    """A national id of ``country`` with valid check digits (dob as (y, m, d) where the scheme holds it)."""
    y, m, d = dob
    if country == "DE":  # Steuer-ID, ISO 7064 MOD 11,10
        while True:
            digits = rng.sample("0123456789", 9)
            digits.append(rng.choice(digits))
            rng.shuffle(digits)
            if digits[0] != "0":
                break
        product = 10
        for ch in digits:
            s = (int(ch) + product) % 10 or 10
            product = s * 2 % 11
        v = "".join(digits) + str((11 - product) % 10)
        return rng.choice((v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"))
    if country == "FR":  # NIR
        body = f"{rng.randint(1, 2)}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{_digits(rng, 6)}"
        return f"{body}{97 - int(body) % 97:02d}"
    if country == "ES":  # DNI
        n = rng.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if country == "BR":  # CPF
        ds = [int(c) for c in _digits(rng, 9)]
        for k in (10, 11):
            r = sum(x * w for x, w in zip(ds, range(k, 1, -1), strict=True)) * 10 % 11
            ds.append(0 if r == 10 else r)
        v = "".join(map(str, ds))
        return rng.choice((f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", v))
    if country == "PL":  # PESEL
        body = f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}{_digits(rng, 4)}"
        s = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
        return body + str((10 - s % 10) % 10)
    if country == "TR":  # TC Kimlik
        ds = [rng.randint(1, 9)] + [int(c) for c in _digits(rng, 8)]
        d10 = ((ds[0] + ds[2] + ds[4] + ds[6] + ds[8]) * 7 - (ds[1] + ds[3] + ds[5] + ds[7])) % 10
        return "".join(map(str, ds)) + f"{d10}{(sum(ds) + d10) % 10}"
    if country == "RU":  # SNILS
        ds = _digits(rng, 9)
        s = sum(int(c) * w for c, w in zip(ds, range(9, 0, -1), strict=True))
        s = s % 101 if s > 101 else s
        ctl = 0 if s in (100, 101) else s
        return f"{ds[:3]}-{ds[3:6]}-{ds[6:]} {ctl:02d}"
    if country == "GR":  # AMKA: DDMMYY + 4 digits + Luhn
        return _luhn_complete(f"{d:02d}{m:02d}{y % 100:02d}{_digits(rng, 4)}")
    if country == "JP":  # My Number
        ds = _digits(rng, 11)
        s = sum(int(ds[10 - (n - 1)]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
        r = s % 11
        v = ds + str(0 if r <= 1 else 11 - r)
        return rng.choice((v, f"{v[:4]} {v[4:8]} {v[8:]}"))
    if country == "UK":  # NINO
        n = _digits(rng, 6)
        p = rng.choice(("AB", "CE", "JG", "KL", "NP", "PR", "SJ", "TW", "WL", "ZS"))
        return rng.choice(
            (f"{p} {n[:2]} {n[2:4]} {n[4:]} {rng.choice('ABCD')}", f"{p}{n}{rng.choice('ABCD')}")
        )
    if country == "IE":  # PPSN
        ds = _digits(rng, 7)
        s = sum(int(c) * w for c, w in zip(ds, range(8, 1, -1), strict=True))
        return ds + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + rng.choice(("", "A"))
    area = rng.choice([a for a in range(1, 900) if a != 666])  # US SSN
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(100, 999):03d}{_par(rng, half)}"


def _dob(rng, half):
    years = [y for y in range(1950, 2006) if (y % 2 == 0) == (half == "dev")]
    return rng.choice(years), rng.randint(1, 12), rng.randint(1, 28)


def _fmt_dob(ymd, country, rng):
    y, m, d = ymd
    if rng.random() < 0.4:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if country == "US":
        return f"{m:02d}/{d:02d}/{y:04d}"
    if country in ("DE", "PL", "TR", "RU"):
        return f"{d:02d}.{m:02d}.{y:04d}"
    if country == "JP":
        return f"{y}年{m}月{d}日"
    return f"{d:02d}/{m:02d}/{y:04d}"


def _password(rng, half):
    if rng.random() < 0.5:
        return f"{rng.choice(_half_pool(PASSWORD_WORDS, half))}{rng.randint(10, 9999)}{rng.choice('!?#$%*')}"
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!$%&*+=?"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(12, 18)))


def _token(rng):
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    kind = rng.randrange(4)
    if kind == 0:
        return "".join(rng.choice("0123456789abcdef") for _ in range(40))
    if kind == 1:
        return "pk_" + "".join(rng.choice(alnum) for _ in range(30))
    if kind == 2:  # a JWT-looking bearer
        part = lambda n: "".join(rng.choice(alnum + "-_") for _ in range(n))  # noqa: E731
        return f"eyJhbGciOiJIUzI1NiJ9.{part(42)}.{part(43)}"
    return "sess_" + "".join(rng.choice(alnum) for _ in range(26))


def _ip(rng, half):
    if rng.random() < 0.15:
        last = rng.randint(1, 0xFFF) * 2 + (0 if half == "dev" else 1)
        return f"2a02:{rng.randint(0x1000, 0xFFFF):x}:{rng.randint(0x100, 0xFFFF):x}::{last:x}"
    first = rng.choice((24, 41, 47, 68, 73, 79, 82, 86, 89, 91, 98, 104, 142, 174, 186, 190, 201, 203))
    last = rng.randint(1, 126) * 2 - (0 if half == "dev" else 1)
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(1, 254)}.{last}"


@dataclass
class Person:
    first: str
    last: str
    email: str
    phone: str
    street: str
    postcode: str
    town: str
    country: str
    dob: tuple
    natid: str | None
    iban: str | None
    card: str
    ip: str
    user: str
    password: str
    token: str

    @property
    def full(self) -> str:
        return f"{self.last} {self.first}" if self.country == "JP" else f"{self.first} {self.last}"

    def address(self) -> str:
        s, pc, t = self.street, self.postcode, self.town
        return {
            "US": f"{s}, {t} {pc}",
            "UK": f"{s}, {t} {pc}",
            "IE": f"{s}, {t}, {pc}",
            "BR": f"{s}, {t}, {pc}",
            "TR": f"{s}, {pc} {t}",
            "RU": f"{pc}, г. {t}, {s}",
            "GR": f"{s}, {pc} {t}",
            "JP": f"〒{pc} {t}{s}",
        }.get(self.country, f"{s}, {pc} {t}")


def _person(rng, half, country):
    culture = rng.choice(CULTURES_OF[country])
    firsts, lasts = NAMES[culture]
    fi, li = rng.randrange(len(firsts) // 2), rng.randrange(len(lasts) // 2)
    first, last = _half_pool(firsts, half)[fi], _half_pool(lasts, half)[li]
    if culture in LATIN_OF:
        a_first = _half_pool(LATIN_OF[culture].split(), half)[fi]
        a_last = _half_pool(LATIN_LAST[culture].split(), half)[li]
    else:
        a_first = _ascii(first).lower().replace(" ", "")
        a_last = _ascii(last).lower().replace(" ", "").replace("-", "")
    local = rng.choice(
        (
            f"{a_first}.{a_last}",
            f"{a_first[0]}{a_last}",
            f"{a_first}{a_last}{rng.randint(2, 98)}",
            f"{a_last}.{a_first[0]}",
            f"{a_first}_{a_last}",
        )
    )
    streets, towns, domains = PLACES[country]
    town, postcode = rng.choice(_half_pool(towns, half))
    street = rng.choice(_half_pool(streets, half)).replace("{n}", str(rng.randint(2, 160)))
    dob = _dob(rng, half)
    return Person(
        first,
        last,
        f"{local}@{rng.choice(domains)}",
        _phone(rng, country, half),
        street,
        postcode,
        town,
        country,
        dob,
        _natid(rng, country, dob, half) if country != "US" else None,
        _iban(rng, country) if country in IBAN_BBAN else None,
        _card(rng),
        _ip(rng, half),
        rng.choice((f"{a_first[:1]}{a_last[:6]}{rng.randint(1, 99)}", f"u{rng.randint(10000, 99999)}")),
        _password(rng, half),
        _token(rng),
    )


# ---------------------------------------------------------------------------------------------------------
# Text built from pieces: each piece keeps its type, so an encoding (JSON string, URL, HTML) applied piece by
# piece keeps the spans on the encoded text.


class V:
    """A labelled leaf value of a JSON object (``typ`` None: unlabelled)."""

    def __init__(self, s, typ=None):
        self.s, self.typ = s, typ


class Parts:
    def __init__(self):
        self.items: list[tuple[str, str | None]] = []

    def add(self, s, typ=None):
        if s:
            self.items.append((s, typ))
        return self

    def extend(self, other: "Parts"):
        self.items.extend(other.items)
        return self

    def encoded(self, fn) -> "Parts":
        out = Parts()
        for s, typ in self.items:
            out.add(fn(s), typ)
        return out

    def text(self) -> str:
        return "".join(s for s, _ in self.items)

    def spans(self) -> list[dict]:
        out, n = [], 0
        for s, typ in self.items:
            if typ:
                out.append({"type": typ, "start": n, "end": n + len(s), "value": s})
            n += len(s)
        return out


def j_esc(s: str, ascii_only: bool = False) -> str:
    """``s`` as it stands inside a JSON string's quotes."""
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def h_esc(s: str, numeric: bool = False) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    s = s.replace("'", "&#39;")
    if numeric:
        s = "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in s)
    return s


def u_esc(s: str, plus: bool = True) -> str:
    return quote_plus(s, safe="") if plus else quote(s, safe="")


def text_parts(template: str, fills: dict) -> Parts:
    """``template`` with ``{key}`` replaced by ``fills[key]`` = (value, type)."""
    p = Parts()
    for chunk in re.split(r"(\{\w+\})", template):
        if chunk.startswith("{") and chunk[1:-1] in fills:
            p.add(*fills[chunk[1:-1]])
        else:
            p.add(chunk)
    return p


def _key(rng, concept, half):
    dev, test = KEYS[concept].split("|")
    return rng.choice((dev if half == "dev" else test).split("@"))


def _note(rng, p: Person, lang, half, full=True) -> Parts:
    tpl = rng.choice(NOTES[lang][0 if half == "dev" else 1])
    return text_parts(tpl, {"name": (p.full if full else p.first, "PERSON"), "city": (p.town, "LOCATION")})


def _note_v(rng, p, lang, half):
    """A note as a JSON leaf: a list of V pieces written into one string."""
    return NoteV(_note(rng, p, lang, half, full=rng.random() < 0.6))


class NoteV(V):
    def __init__(self, parts: Parts):
        super().__init__(parts.text())
        self.parts = parts


def emit(p: Parts, obj, indent=None, ascii_only=False, compact=False) -> Parts:
    """``obj`` written as JSON into ``p`` (dict, list, V, NoteV piece by piece, str, number, bool, None)."""

    def walk(o, level):
        nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
        end = "" if indent is None else "\n" + " " * (indent * level)
        sep = ("," if compact else ", ") if indent is None else ","
        colon = ":" if compact else ": "
        if isinstance(o, dict):
            if not o:
                p.add("{}")
                return
            p.add("{")
            for i, (k, v) in enumerate(o.items()):
                p.add((sep if i else "") + nl + json.dumps(k, ensure_ascii=ascii_only) + colon)
                walk(v, level + 1)
            p.add(end + "}")
        elif isinstance(o, list):
            if not o:
                p.add("[]")
                return
            p.add("[")
            for i, v in enumerate(o):
                p.add((sep if i else "") + nl)
                walk(v, level + 1)
            p.add(end + "]")
        elif isinstance(o, NoteV):
            p.add('"').extend(o.parts.encoded(lambda s: j_esc(s, ascii_only))).add('"')
        elif isinstance(o, V):
            p.add('"').add(j_esc(o.s, ascii_only), o.typ).add('"')
        else:
            p.add(json.dumps(o, ensure_ascii=ascii_only))

    walk(obj, 0)
    return p


# ---------------------------------------------------------------------------------------------------------
# The person objects an agent sends or receives.

DOMAINS = ("crm", "hr", "billing", "auth")


def _obj(rng, p: Person, half, lang, domain, split_name=None, addr_obj=None, with_note=True) -> dict:
    k = lambda c: _key(rng, c, half)  # noqa: E731
    o: dict = {"id": rng.choice((rng.randint(1000, 99999), f"{domain[:3]}_{rng.randint(100000, 999999)}"))}
    split_name = rng.random() < 0.4 if split_name is None else split_name
    if split_name:
        o[k("first")] = V(p.first, "PERSON")
        o[k("last")] = V(p.last, "PERSON")
    else:
        o[k("name")] = V(p.full, "PERSON")
    o[k("email")] = V(p.email, "EMAIL_ADDRESS")
    if domain != "auth" or rng.random() < 0.5:
        o[k("phone")] = V(p.phone, "PHONE_NUMBER")
    if domain in ("hr", "billing", "crm") and rng.random() < 0.8:
        addr_obj = rng.random() < 0.5 if addr_obj is None else addr_obj
        if addr_obj:
            o[k("address")] = {
                k("street"): V(p.street, "LOCATION"),
                k("postcode"): p.postcode,
                k("city"): V(p.town, "LOCATION"),
                k("country"): p.country,
            }
        else:
            o[k("address")] = V(p.address(), "LOCATION")
    if domain == "hr":
        o[k("dob")] = V(_fmt_dob(p.dob, p.country, rng), "DATE_OF_BIRTH")
        if p.natid:
            o[k("natid")] = V(p.natid, "NATIONAL_ID")
        else:
            o[k("ssn")] = V(_natid(rng, "US", p.dob, half), "US_SSN")
        if p.iban:
            o[k("iban")] = V(p.iban, "IBAN_CODE")
    if domain == "billing":
        if p.iban and rng.random() < 0.5:
            o[k("iban")] = V(p.iban, "IBAN_CODE")
        else:
            o[k("card")] = V(p.card, "CREDIT_CARD")
        o["plan"] = rng.choice(("pro_monthly", "team_annual", "starter"))
    if domain == "auth":
        o["username"] = p.user
        o[k("ip")] = V(p.ip, "IP_ADDRESS")
        if rng.random() < 0.5:
            o[k("password")] = V(p.password, "SECRET")
        else:
            o[k("api_key")] = V(p.token, "SECRET")
    o["status"] = rng.choice(STATUSES)
    if with_note and rng.random() < 0.6:
        o[k("note")] = _note_v(rng, p, lang, half)
    return o


def _country(rng, lang):
    return rng.choice(EN_COUNTRIES) if lang == "en" else COUNTRY_OF_LANG[lang]


def _people(rng, half, lang, lo=1, hi=3):
    out, seen = [], set()
    country = _country(rng, lang)
    while len(out) < rng.randint(lo, hi) or not out:
        p = _person(rng, half, country)
        if p.first not in seen and p.last not in seen:
            seen |= {p.first, p.last}
            out.append(p)
    return out


def _tool(rng, half, dev, test):
    return rng.choice(dev if half == "dev" else test)


# ---------------------------------------------------------------------------------------------------------
# Format families: each renders a positive record, differently in dev and in test.


def f_tool_args(rng, half, lang):
    people = _people(rng, half, lang, 1, 2)
    p = people[0]
    if half == "dev":
        tool = rng.choice(("crm.create_contact", "upsert_customer", "hubspot_create_contact"))
        obj = {
            "contact": _obj(rng, p, half, lang, rng.choice(("crm", "billing")), split_name=False),
            "tags": ["agent-created", lang],
            "notify": False,
        }
        if len(people) > 1:
            obj["related_contacts"] = [
                {"name": V(q.full, "PERSON"), "email": V(q.email, "EMAIL_ADDRESS")} for q in people[1:]
            ]
        out = emit(Parts(), obj, None, ascii_only=rng.random() < 0.3, compact=rng.random() < 0.5)
    else:
        tool = rng.choice(("zendesk_update_ticket", "updateTicket", "freshdesk.tickets.update"))
        obj = {
            "ticketId": rng.randint(40000, 99999),
            "requester": _obj(rng, p, half, lang, "crm", split_name=True),
            "comment": {"public": False, "body": _note_v(rng, p, lang, half)},
            "ccEmails": [V(q.email, "EMAIL_ADDRESS") for q in people[1:]],
        }
        out = emit(Parts(), obj, 2, ascii_only=rng.random() < 0.3)
    return out, tool


def f_api_result(rng, half, lang):
    people = _people(rng, half, lang, 1, 2)
    if half == "dev":
        tool = rng.choice(("bamboohr_get_employee", "personio.employees.get", "workday_lookup_worker"))
        emps = [_obj(rng, q, half, lang, "hr", addr_obj=True) for q in people]
        obj = {
            "data": {"employees": emps} if len(emps) > 1 else {"employee": emps[0]},
            "meta": {"request_id": f"req_{rng.randint(10**9, 10**10)}", "took_ms": rng.randint(8, 400)},
        }
        out = emit(Parts(), obj, 2, ascii_only=rng.random() < 0.35)
    else:
        tool = rng.choice(("stripe_retrieve_customer", "chargebee.customer.list", "billing_get_account"))
        obj = {
            "object": "list",
            "has_more": False,
            "data": [
                dict(_obj(rng, q, half, lang, rng.choice(("billing", "auth"))), object="customer")
                for q in people
            ],
        }
        out = emit(Parts(), obj, None, ascii_only=rng.random() < 0.35, compact=True)
    return out, tool


def f_json_in_string(rng, half, lang):
    people = _people(rng, half, lang, 1, 2)
    inner_ascii = rng.random() < 0.3
    if half == "dev":
        tool = rng.choice(
            ("mcp:crm-server/get_contact", "mcp:people-db/search_people", "mcp:helpdesk/get_user")
        )
        inner = emit(
            Parts(),
            {"results": [_obj(rng, q, half, lang, rng.choice(DOMAINS)) for q in people]},
            2 if rng.random() < 0.6 else None,
            ascii_only=inner_ascii,
        )
        out = Parts().add(
            '{"jsonrpc": "2.0", "id": %d, "result": {"content": [{"type": "text", "text": "'
            % rng.randint(2, 90)
        )
        out.extend(inner.encoded(lambda s: j_esc(s, True))).add('"}], "isError": false}}')
    else:
        tool = rng.choice(("lookup_customer", "get_applicant", "fetch_member_profile"))
        inner = emit(
            Parts(),
            {"ok": True, "rows": [_obj(rng, q, half, lang, rng.choice(DOMAINS)) for q in people]},
            None,
            ascii_only=inner_ascii,
        )
        out = Parts().add(
            '{"role": "tool", "tool_call_id": "call_%s", "name": "%s", "content": "'
            % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(24)), tool)
        )
        out.extend(inner.encoded(lambda s: j_esc(s, True))).add('"}')
    return out, tool


def f_sql_rows(rng, half, lang):
    people = _people(rng, half, lang, 2, 4)
    out = Parts()
    if half == "dev":
        tool = rng.choice(("run_sql", "postgres_query", "db.execute"))
        us = people[0].country == "US"
        cols = ["id", "full_name", "email", "phone", "dob", "ssn" if us else "national_id", "city", "last_ip"]
        out.add(f"query: SELECT {', '.join(cols)} FROM customers WHERE status = 'overdue' LIMIT 50;\n")
        rows = [
            [
                (str(rng.randint(100, 9999)), None),
                (q.full, "PERSON"),
                (q.email, "EMAIL_ADDRESS"),
                (q.phone, "PHONE_NUMBER"),
                (f"{q.dob[0]:04d}-{q.dob[1]:02d}-{q.dob[2]:02d}", "DATE_OF_BIRTH"),
                (_natid(rng, "US", q.dob, half), "US_SSN") if us else (q.natid or "", "NATIONAL_ID"),
                (q.town, "LOCATION"),
                (q.ip, "IP_ADDRESS"),
            ]
            for q in people
        ]
        w = [max(len(c), *(len(r[i][0]) for r in rows)) for i, c in enumerate(cols)]
        out.add(" " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cols)).rstrip() + "\n")
        out.add("-" + "-+-".join("-" * x for x in w) + "-\n")
        for r in rows:
            out.add(" ")
            for i, (v, typ) in enumerate(r):
                out.add(" | " if i else "").add(v, typ).add(" " * (w[i] - len(v)) if i < len(r) - 1 else "")
            out.add("\n")
        out.add(f"({len(rows)} rows)")
    else:
        tool = rng.choice(("sqlite_query", "bigquery.run", "mysql_select"))
        cols = ["member_id", "surname", "given_name", "birth_date", "iban", "signup_ip"]
        rows = []
        for q in people:
            rows.append(
                [
                    rng.randint(1, 5000),
                    V(q.last, "PERSON"),
                    V(q.first, "PERSON"),
                    V(f"{q.dob[0]:04d}-{q.dob[1]:02d}-{q.dob[2]:02d}", "DATE_OF_BIRTH"),
                    V(q.iban, "IBAN_CODE") if q.iban else None,
                    V(q.ip, "IP_ADDRESS"),
                ]
            )
        emit(
            out,
            {"columns": cols, "rows": rows, "rowCount": len(rows), "truncated": False},
            None,
            ascii_only=rng.random() < 0.3,
        )
    return out, tool


def f_shell_output(rng, half, lang):
    people = _people(rng, half, lang, 1, 3)
    out = Parts()
    if half == "dev":
        tool = "bash"
        path = rng.choice(("exports/contacts_2025.csv", "data/leads.csv", "tmp/import_batch.csv"))
        out.add(f'$ grep -n -i "{rng.choice(("gmail", "@", "phone", "overdue"))}" {path}\n')
        for q in people:
            out.add(f"{path}:{rng.randint(2, 900)}:{rng.randint(100, 999)},").add(q.first, "PERSON").add(",")
            out.add(q.last, "PERSON").add(",").add(q.email, "EMAIL_ADDRESS").add(",")
            out.add(q.phone, "PHONE_NUMBER").add(',"').add(q.address(), "LOCATION").add('"\n')
        out.add('$ sqlite3 app.db "select email, api_token from users where id in (7, 19)"\n')
        for q in people[:2]:
            out.add(q.email, "EMAIL_ADDRESS").add("|").add(q.token, "SECRET").add("\n")
        out = _strip_end(out)
    else:
        tool = rng.choice(("shell", "terminal.run"))
        q = people[0]
        out.add("$ cat ~/deploy/.env.local\n# personal dev settings\nAPP_ENV=development\n")
        out.add("ADMIN_EMAIL=").add(q.email, "EMAIL_ADDRESS").add("\n")
        out.add("ADMIN_PASSWORD=").add(q.password, "SECRET").add("\n")
        out.add("PAYMENTS_API_KEY=").add(q.token, "SECRET").add("\n")
        out.add("SUPPORT_PHONE_FORWARD=").add(q.phone, "PHONE_NUMBER").add("\n")
        out.add("$ tail -n 2 logs/auth.log\n")
        for r in people:
            out.add(
                f"2026-11-{rng.randint(10, 28)}T0{rng.randint(0, 9)}:{rng.randint(10, 59)}:12Z login ok "
                f"user={r.user} src="
            ).add(r.ip, "IP_ADDRESS").add(' name="').add(r.full, "PERSON").add('"\n')
        out = _strip_end(out)
    return out, tool


def _strip_end(p: Parts) -> Parts:
    if p.items and p.items[-1][1] is None:
        s = p.items[-1][0].rstrip("\n")
        p.items[-1] = (s, None)
    return p


def f_http_exchange(rng, half, lang):
    people = _people(rng, half, lang, 1, 2)
    q = people[0]
    out = Parts()
    if half == "dev":
        tool = rng.choice(("http_request", "fetch", "curl"))
        out.add(
            f"HTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\nX-Request-Id: "
            f"{rng.randint(10**11, 10**12):x}\nSet-Cookie: sid="
        ).add(q.token, "SECRET")
        out.add("; Path=/; HttpOnly\nX-Forwarded-For: ").add(q.ip, "IP_ADDRESS").add("\n\n")
        emit(
            out,
            {"user": _obj(rng, q, half, lang, rng.choice(("crm", "hr")))},
            2,
            ascii_only=rng.random() < 0.5,
        )
    else:
        tool = rng.choice(("browser.network_log", "har_entry"))
        out.add(
            "POST /api/v2/applications HTTP/1.1\nHost: portal."
            f"{rng.choice(('lendwise', 'rentfair', 'kita-plus'))}"
            ".io\nAuthorization: Bearer "
        ).add(q.token, "SECRET")
        out.add("\nContent-Type: application/json\n\n")
        emit(
            out,
            {
                "applicant": _obj(rng, q, half, lang, "hr", split_name=True),
                "coApplicants": [
                    {"name": V(r.full, "PERSON"), "mobile": V(r.phone, "PHONE_NUMBER")} for r in people[1:]
                ],
            },
            None,
            ascii_only=rng.random() < 0.5,
        )
        out.add(f"\n\nHTTP/1.1 201 Created\nLocation: /api/v2/applications/{rng.randint(10**5, 10**6)}")
    return out, tool


def f_search_snippets(rng, half, lang):
    people = _people(rng, half, lang, 1, 3)
    out = Parts()
    if half == "dev":
        tool = rng.choice(("web_search", "brave_search", "bing.search"))
        res = []
        for q in people:
            snip = Parts().add("Contact ").add(q.full, "PERSON").add(" on ").add(q.phone, "PHONE_NUMBER")
            snip.add(" or ").add(q.email, "EMAIL_ADDRESS").add(" for the allotment waiting list.")
            res.append(
                {
                    "title": f"Allotment society – committee {rng.randint(2019, 2025)}",
                    "url": f"https://allotments-{rng.randint(10, 99)}.org/committee",
                    "snippet": NoteV(snip),
                }
            )
        emit(out, {"query": "allotment committee contact", "results": res}, 2 if rng.random() < 0.5 else None)
    else:
        tool = rng.choice(("kb_search", "confluence_search", "notion.search"))
        for i, q in enumerate(people, 1):
            out.add(
                f"[{i}] Onboarding checklist ({rng.choice(('HR', 'People Ops', 'Payroll'))}) – score "
                f"0.{rng.randint(40, 99)}\n    ...new starter "
            ).add(q.full, "PERSON").add(", home ")
            out.add(q.address(), "LOCATION").add(", ").add(BIRTH_WORDS[lang]).add(" ")
            out.add(_fmt_dob(q.dob, q.country, rng), "DATE_OF_BIRTH").add(", payroll IBAN ")
            if q.iban:
                out.add(q.iban, "IBAN_CODE")
            else:
                out.add("pending")
            out.add("...\n")
        out = _strip_end(out)
    return out, tool


def f_mail_calendar(rng, half, lang):
    people = _people(rng, half, lang, 1, 3)
    out = Parts()
    if half == "dev":
        tool = rng.choice(("gmail_list_messages", "outlook.search_mail", "imap_fetch"))
        items = []
        for q in people:
            frm = Parts().add('"').add(q.full, "PERSON").add('" <').add(q.email, "EMAIL_ADDRESS").add(">")
            body = Parts().add("Hi, this is ").add(q.first, "PERSON").add(" - my new number is ")
            body.add(q.phone, "PHONE_NUMBER").add(".")
            if rng.random() < 0.6:
                body.add(" Please charge the renewal to my card ").add(q.card, "CREDIT_CARD").add(".")
            body.add(" Thanks!")
            items.append(
                {
                    "id": f"18c{rng.randint(10**8, 10**9):x}",
                    "from": NoteV(frm),
                    "subject": rng.choice(("Re: order", "Change of details", "Question about my plan")),
                    "snippet": NoteV(body),
                    "unread": True,
                }
            )
        emit(out, {"messages": items, "nextPageToken": None}, 2, ascii_only=rng.random() < 0.4)
    else:
        tool = rng.choice(("google_calendar.list_events", "calendar_agenda"))
        for q in people:
            h = rng.randint(8, 17)
            out.add(f"- {h:02d}:00–{h:02d}:45  Home visit: ").add(q.full, "PERSON").add("\n  Where: ")
            out.add(q.address(), "LOCATION").add("\n  Attendees: nurse.rota@clinic-team.org, ")
            out.add(q.email, "EMAIL_ADDRESS").add("\n  Notes: call ").add(q.phone, "PHONE_NUMBER")
            out.add(" on arrival\n")
        out = _strip_end(out)
    return out, tool


def f_html_escaped(rng, half, lang):
    people = _people(rng, half, lang, 1, 2)
    numeric = rng.random() < 0.5
    he = lambda s: h_esc(s, numeric)  # noqa: E731
    inner = Parts()
    for q in people:
        if half == "dev":
            inner.add('<div class="card"><h3>').add(q.full, "PERSON").add("</h3><p>Tel: ")
            inner.add(q.phone, "PHONE_NUMBER").add(' &amp; mail: <a href="mailto:')
            inner.add(q.email, "EMAIL_ADDRESS").add('">').add(q.email, "EMAIL_ADDRESS").add("</a></p>")
            inner.add("<p>").add(q.address(), "LOCATION").add("</p></div>\n")
        else:
            inner.add("<tr><td>").add(q.full, "PERSON").add("</td><td>").add(q.card, "CREDIT_CARD")
            inner.add("</td><td>").add(q.email, "EMAIL_ADDRESS").add("</td></tr>\n")
    inner = _strip_end(inner)
    if half == "dev":
        tool = rng.choice(("fetch_url", "browser.get_page_text"))
        out = Parts().add("Fetched https://intranet.local/team (200, text/html):\n")
        # the page itself: names with quotes and accents entity-escaped by the CMS
        for s, typ in inner.items:
            out.add(s if typ is None else he(s), typ)
    else:
        tool = rng.choice(("read_email_html", "gmail_get_message_body"))
        enc = (
            Parts()
            .add("<table>\n<caption>Members & guests</caption>\n")
            .extend(inner)
            .add("\n</table>")
            .encoded(he)
        )
        out = Parts().add('{"mime": "text/html", "escaped": true, "body_html": "')
        out.extend(enc.encoded(lambda s: j_esc(s))).add('"}')
    return out, tool


def f_markdown_summary(rng, half, lang):
    people = _people(rng, half, lang, 2, 4)
    out = Parts()
    if half == "dev":
        tool = "assistant_summary"
        out.add(
            f"I found {len(people)} matching customers:\n\n"
            "| Name | E-mail | Phone | Born | Lives in |\n|---|---|---|---|---|\n"
        )
        for q in people:
            out.add("| ").add(q.full, "PERSON").add(" | ").add(q.email, "EMAIL_ADDRESS").add(" | ")
            out.add(q.phone, "PHONE_NUMBER").add(" | ").add(_fmt_dob(q.dob, q.country, rng), "DATE_OF_BIRTH")
            out.add(" | ").add(q.town, "LOCATION").add(" |\n")
        out.add("\nShall I send them the renewal reminder?")
    else:
        tool = "final_report"
        out.add("## Verification results\n\n")
        for q in people:
            out.add("- **").add(q.full, "PERSON").add("** — ").add(NATID_NAME[q.country]).add(" `")
            out.add(q.natid or _natid(rng, "US", q.dob, half), "NATIONAL_ID" if q.natid else "US_SSN").add(
                "`, "
            )
            out.add(BIRTH_WORDS[lang]).add(" ").add(_fmt_dob(q.dob, q.country, rng), "DATE_OF_BIRTH")
            out.add(f", status: {rng.choice(('match', 'mismatch', 'manual review'))}\n")
        out.add("\n_All checks ran against the registry sandbox._")
    return out, tool


def f_scratchpad(rng, half, lang):
    people = _people(rng, half, lang, 2, 3)
    a, b = people[0], people[1]
    out = Parts()
    if half == "dev":
        tool = "agent_scratchpad"
        out.add("Thought: the refund request needs the account holder's details first.\nStep 1: look up ")
        out.add(a.full, "PERSON").add(" in the CRM (").add(a.email, "EMAIL_ADDRESS").add(
            ").\nStep 2: e-mail "
        )
        out.add(b.first, "PERSON").add(" to confirm the IBAN ending, full value on file: ")
        if b.iban:
            out.add(b.iban, "IBAN_CODE")
        else:
            out.add(b.card, "CREDIT_CARD")
        out.add(".\nStep 3: if no answer, call ").add(b.phone, "PHONE_NUMBER").add(" before 6pm.")
        out.add("\nStep 4: the locked login came from ").add(a.ip, "IP_ADDRESS").add(
            "; unlock it with the temporary password "
        )
        out.add(a.password, "SECRET").add(" and tell ").add(a.first, "PERSON").add(" to change it.")
    else:
        tool = "planner"
        out.add("Plan:\n1. Verify identity of ").add(a.full, "PERSON").add(" (").add(BIRTH_WORDS[lang]).add(
            " "
        )
        out.add(_fmt_dob(a.dob, a.country, rng), "DATE_OF_BIRTH").add(
            ").\n2. Reset the portal login; temporary password will be "
        )
        out.add(a.password, "SECRET").add("\n3. Text ").add(a.phone, "PHONE_NUMBER").add(" and cc ")
        out.add(b.full, "PERSON").add(" <").add(b.email, "EMAIL_ADDRESS").add(">.\n- [ ] check login from ")
        out.add(a.ip, "IP_ADDRESS").add(" is really theirs")
    return out, tool


def f_url_encoded(rng, half, lang):
    people = _people(rng, half, lang, 1, 2)
    q = people[0]
    plus = rng.random() < 0.7
    ue = lambda s: u_esc(s, plus)  # noqa: E731

    def pairs(fields):
        p = Parts()
        for i, (k, v, typ) in enumerate(fields):
            p.add(("&" if i else "") + k + "=").add(ue(v), typ)
        return p

    if half == "dev":
        tool = rng.choice(("browser.history", "navigate"))
        qs = pairs(
            [
                ("name", q.full, "PERSON"),
                ("phone", q.phone, "PHONE_NUMBER"),
                ("email", q.email, "EMAIL_ADDRESS"),
                ("birthdate", _fmt_dob(q.dob, q.country, rng), "DATE_OF_BIRTH"),
                ("ref", f"ad{rng.randint(10, 99)}", None),
            ]
        )
        out = Parts().add(
            '{"visited": [{"ts": "2026-11-%02dT1%d:%02d:00Z", "url": "https://book.salon-termine.net/confirm?'
            % (rng.randint(1, 28), rng.randint(0, 9), rng.randint(0, 59))
        )
        out.extend(qs).add('", "status": 200}')
        for r in people[1:]:
            out.add(', {"url": "https://maps.app/dir/?origin=').add(ue(r.address()), "LOCATION").add('"}')
        out.add("]}")
    else:
        tool = rng.choice(("webhook_inspector", "requestbin.get"))
        fields = [
            ("first_name", q.first, "PERSON"),
            ("last_name", q.last, "PERSON"),
            ("dob", _fmt_dob(q.dob, q.country, rng), "DATE_OF_BIRTH"),
            ("street", q.street, "LOCATION"),
            ("city", q.town, "LOCATION"),
            ("mobile", q.phone, "PHONE_NUMBER"),
            ("email", q.email, "EMAIL_ADDRESS"),
            ("zip", q.postcode, None),
        ]
        if rng.random() < 0.5:
            fields.append(("card", q.card, "CREDIT_CARD"))
        out = Parts().add(
            "POST /hooks/form-submit\nContent-Type: application/x-www-form-urlencoded\nX-Real-IP: "
        )
        out.add(q.ip, "IP_ADDRESS").add("\n\n").extend(pairs(fields))
    return out, tool


RENDER = {
    "tool_args": f_tool_args,
    "api_result": f_api_result,
    "json_in_string": f_json_in_string,
    "sql_rows": f_sql_rows,
    "shell_output": f_shell_output,
    "http_exchange": f_http_exchange,
    "search_snippets": f_search_snippets,
    "mail_calendar": f_mail_calendar,
    "html_escaped": f_html_escaped,
    "markdown_summary": f_markdown_summary,
    "scratchpad": f_scratchpad,
    "url_encoded": f_url_encoded,
}


# ---------------------------------------------------------------------------------------------------------
# Negatives: the same kinds of strings without a private person's data.

NEG_DESC = {  # a tool description and an error message in the record's language: (dev, test)
    "en": ("Look up a customer record by id.", "The requested resource was not found."),
    "de": ("Sucht einen Kundendatensatz anhand der ID.", "Die angeforderte Ressource wurde nicht gefunden."),
    "fr": ("Recherche une fiche client par identifiant.", "La ressource demandée est introuvable."),
    "es": ("Busca un registro de cliente por su id.", "No se encontró el recurso solicitado."),
    "pt": ("Busca o cadastro de um cliente pelo id.", "O recurso solicitado não foi encontrado."),
    "pl": ("Wyszukuje rekord klienta po identyfikatorze.", "Nie znaleziono żądanego zasobu."),
    "tr": ("Kimliğe göre müşteri kaydını arar.", "İstenen kaynak bulunamadı."),
    "ru": ("Ищет карточку клиента по идентификатору.", "Запрошенный ресурс не найден."),
    "el": ("Αναζητά εγγραφή πελάτη με βάση το αναγνωριστικό.", "Ο πόρος που ζητήθηκε δεν βρέθηκε."),
    "ja": ("IDで顧客レコードを検索します。", "指定されたリソースが見つかりません。"),
}
PLACEHOLDERS = {  # (name, mail, phone, address) dummies per language
    "en": (
        ("John Doe", "john.doe@example.com", "555-0100", "123 Main St, Anytown"),
        ("Jane Doe", "jane@example.org", "(555) 010-0199", "1 Example Road, Springfield"),
    ),
    "de": (
        ("Max Mustermann", "max.mustermann@example.de", "0000 000000", "Musterstraße 1, 12345 Musterstadt"),
        ("Erika Mustermann", "erika@example.com", "+49 000 0000000", "Musterweg 2, 12345 Musterhausen"),
    ),
    "fr": (("Jean Dupont", "jean.dupont@example.fr", "01 00 00 00 00", "1 rue de l'Exemple, 75000 Paris"),),
    "es": (
        ("Juan Pérez", "juan.perez@example.es", "600 000 000", "Calle Falsa 123"),
        ("Fulano de Tal", "fulano@example.com", "000 000 000", "Calle Ejemplo 1"),
    ),
    "pt": (("Fulano de Tal", "fulano@exemplo.com.br", "(00) 00000-0000", "Rua Exemplo, 0"),),
    "pl": (("Jan Kowalski", "jan.kowalski@example.pl", "000 000 000", "ul. Przykładowa 1, 00-000 Warszawa"),),
    "tr": (("Ali Veli", "ali.veli@example.com.tr", "0 (500) 000 00 00", "Örnek Mah. 1. Sokak No: 1"),),
    "ru": (("Иван Иванов", "ivanov@example.ru", "+7 000 000-00-00", "ул. Примерная, д. 1"),),
    "el": (("John Doe", "user@example.gr", "210 000 0000", "Οδός Παραδείγματος 1"),),
    "ja": (("山田 太郎", "taro.yamada@example.jp", "000-0000-0000", "東京都千代田区1-1-1"),),
}
PUBLIC = (  # (name, role) public figures
    ("Angela Merkel", "former Chancellor of Germany"),
    ("Kylian Mbappé", "footballer"),
    ("Christine Lagarde", "President of the ECB"),
    ("Iga Świątek", "tennis player"),
    ("Luiz Inácio Lula da Silva", "President of Brazil"),
    ("Shohei Ohtani", "baseball player"),
    ("Novak Djokovic", "tennis player"),
    ("Ursula von der Leyen", "President of the European Commission"),
    ("Satya Nadella", "CEO of Microsoft"),
    ("Lewis Hamilton", "racing driver"),
    ("Kyriakos Mitsotakis", "Prime Minister of Greece"),
    ("Pedro Sánchez", "Prime Minister of Spain"),
)
COMPANIES = (  # (company, office address, switchboard, role mailbox)
    ("Siemens AG", "Werner-von-Siemens-Straße 1, 80333 München", "+49 89 636 00", "contact@siemens.com"),
    ("Airbus SE", "2 rond-point Émile Dewoitine, 31700 Blagnac", "+33 5 61 93 33 33", "media@airbus.com"),
    ("Banco Santander", "Paseo de Pereda 9-12, 39004 Santander", "+34 942 20 61 00", "info@santander.es"),
    (
        "Petrobras",
        "Avenida Henrique Valadares 28, Rio de Janeiro",
        "+55 21 3224 4477",
        "sac@petrobras.com.br",
    ),
    ("Allegro", "ul. Grunwaldzka 182, 60-166 Poznań", "+48 61 271 00 00", "biuro@allegro.pl"),
    (
        "Turkcell",
        "Aydınevler Mah. İnönü Cad. No: 20, Maltepe/İstanbul",
        "+90 212 313 10 00",
        "info@turkcell.com.tr",
    ),
    ("Yandex", "ul. Lva Tolstogo 16, Moscow", "+7 495 739 70 00", "pr@yandex-team.ru"),
    ("OTE Group", "Leoforos Kifisias 99, 151 24 Marousi", "+30 210 611 1000", "ir@ote.gr"),
    ("Sony Group", "1-7-1 Konan, Minato-ku, Tokyo", "+81 3 6748 2111", "press@sony.co.jp"),
    ("Unilever", "100 Victoria Embankment, London EC4Y 0DY", "+44 20 7822 5252", "press-office@unilever.com"),
)
BOTS = (
    ("deploy-bot", "Deploy Bot", "deploy-bot@ci.internal"),
    ("dependabot[bot]", "Dependabot", "49699333+dependabot[bot]@users.noreply.github.com"),
    ("svc-backup", "Backup Service", "svc-backup@corp.internal"),
    ("renovate[bot]", "Renovate", "bot@renovateapp.com"),
    ("github-actions[bot]", "GitHub Actions", "41898282+github-actions[bot]@users.noreply.github.com"),
    ("noreply", "Billing System", "noreply@billing.internal"),
    ("jira-automation", "Automation for Jira", "automation@atlassian.net"),
    ("pagerduty", "PagerDuty", "alerts@pagerduty.com"),
)
SCHEMA_FIELDS = (
    ("full_name", "string", "Customer's full name"),
    ("email", "string", "E-mail address"),
    ("phone", "string", "Phone in E.164"),
    ("date_of_birth", "string", "ISO date"),
    ("iban", "string", "Payout account"),
    ("home_address", "object", "Street, postcode, town"),
    ("national_id", "string", "Tax or citizen number"),
    ("card_number", "string", "PAN, tokenised"),
    ("password", "string", "At least 12 characters"),
    ("ip", "string", "Client address"),
)


def neg_tool_schema(rng, half, lang):
    fields = rng.sample(SCHEMA_FIELDS, rng.randint(4, 7))
    props = {f: {"type": t, "description": d} for f, t, d in fields}
    if half == "dev":
        obj = {
            "type": "function",
            "function": {
                "name": rng.choice(("create_contact", "update_employee", "add_payee")),
                "description": NEG_DESC[lang][0],
                "parameters": {
                    "type": "object",
                    "properties": props,
                    "required": [fields[0][0], fields[1][0]],
                },
            },
        }
        return emit(Parts(), obj, 2), "tool_args"
    obj = {
        "tools": [
            {
                "name": rng.choice(("lookupMember", "submit_application", "verifyIdentity")),
                "description": NEG_DESC[lang][0],
                "inputSchema": {"type": "object", "properties": props},
            }
        ]
    }
    inner = emit(Parts(), obj, None, ascii_only=True)
    return (
        Parts()
        .add('{"jsonrpc": "2.0", "id": 1, "result": {"content": [{"type": "text", "text": "')
        .extend(inner.encoded(lambda s: j_esc(s, True)))
        .add('"}]}}')
    ), "json_in_string"


REASONS = {
    404: "Not Found",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    503: "Service Unavailable",
}


def neg_api_error(rng, half, lang):
    if half == "dev":
        obj = {
            "error": {
                "type": "invalid_request_error",
                "code": rng.choice(("email_invalid", "phone_too_short", "iban_checksum")),
                "message": NEG_DESC[lang][1],
                "param": rng.choice(("email", "phone", "iban")),
            },
            "request_id": f"req_{rng.randint(10**11, 10**12):x}",
        }
        return emit(Parts(), obj, None), "api_result"
    code = rng.choice((404, 422, 429, 503))
    out = Parts().add(
        f"HTTP/1.1 {code} {REASONS[code]}\n"
        f"Content-Type: application/problem+json\nRetry-After: {rng.randint(5, 120)}\n"
        f"X-Trace-Id: {rng.randint(10**15, 10**16):x}\n\n"
    )
    emit(
        out,
        {
            "status": code,
            "title": NEG_DESC[lang][1],
            "errors": [{"field": "phone", "rule": "e164"}, {"field": "date_of_birth", "rule": "past"}],
        },
        2,
    )
    return out, "http_exchange"


def neg_service_account(rng, half, lang):
    bots = rng.sample(BOTS, rng.randint(3, 5))
    if half == "dev":
        obj = {
            "members": [
                {"name": b[0], "real_name": b[1], "email": b[2], "is_bot": True, "tz": "UTC"} for b in bots
            ],
            "ok": True,
        }
        return emit(Parts(), obj, 2), "api_result"
    out = Parts().add("$ git log --format='%h %an <%ae> %s' -n 5\n")
    for b in bots:
        out.add(
            f"{rng.randint(16**6, 16**7):07x} {b[0]} <{b[2]}> chore(deps): bump "
            f"{rng.choice(('lodash', 'urllib3', 'serde', 'pytest'))} "
            f"to {rng.randint(1, 9)}.{rng.randint(0, 30)}\n"
        )
    return _strip_end(out), "shell_output"


def neg_placeholder(rng, half, lang):
    rows = list(PLACEHOLDERS[lang]) + (list(PLACEHOLDERS["en"]) if lang != "en" else [])
    rows = rng.sample(rows, min(len(rows), 2))
    if half == "dev":
        obj = {
            "fixtures": [{"name": n, "email": m, "phone": ph, "address": a} for n, m, ph, a in rows],
            "seed": rng.randint(1, 99),
        }
        return emit(Parts(), obj, 2, ascii_only=rng.random() < 0.4), "tool_args"
    out = Parts().add(
        "Example rows for the import template:\n\n| Name | E-mail | Phone | Address |\n|---|---|---|---|\n"
    )
    for n, m, ph, a in rows:
        out.add(f"| {n} | {m} | {ph} | {a} |\n")
    out.add("\nReplace these with the real records before running the import.")
    return out, "markdown_summary"


def neg_public_record(rng, half, lang):
    if half == "dev":
        figs = rng.sample(PUBLIC, rng.randint(2, 4))
        res = [
            {
                "title": f"{n} – {r}",
                "url": f"https://en.wikipedia.org/wiki/{n.replace(' ', '_')}",
                "snippet": f"{n} is a {r}.",
            }
            for n, r in figs
        ]
        return emit(Parts(), {"query": "who attended the summit", "results": res}, 2), "search_snippets"
    cos = rng.sample(COMPANIES, rng.randint(2, 3))
    out = Parts().add("Found the registered offices:\n\n")
    for c, a, ph, m in cos:
        out.add(f"- **{c}** — {a}; switchboard {ph}; {m}\n")
    return _strip_end(out), "markdown_summary"


def neg_metrics_logs(rng, half, lang):
    if half == "dev":
        obj = {
            "service": rng.choice(("checkout-api", "search", "notifications")),
            "window": "5m",
            "p50_ms": rng.randint(10, 90),
            "p95_ms": rng.randint(100, 900),
            "rps": rng.randint(20, 4000),
            "errors_5xx": rng.randint(0, 40),
            "hosts": [f"ip-10-0-{rng.randint(1, 9)}-{rng.randint(2, 250)}.ec2.internal" for _ in range(2)],
        }
        return emit(Parts(), obj, None), "api_result"
    out = Parts().add("$ kubectl logs deploy/orders --tail=4\n")
    for _ in range(4):
        out.add(
            f"2026-11-{rng.randint(10, 28)}T1{rng.randint(0, 9)}:{rng.randint(10, 59)}:0{rng.randint(0, 9)}Z "
            f"INFO request_id={rng.randint(10**9, 10**10):x} method=GET "
            f"path=/v1/orders/{rng.randint(1000, 9999)} "
            f"status={rng.choice((200, 200, 204, 304, 404))} dur={rng.randint(3, 400)}ms "
            f"upstream=10.{rng.randint(0, 9)}."
            f"{rng.randint(0, 9)}.{rng.randint(2, 99)}:8080\n"
        )
    return _strip_end(out), "shell_output"


def neg_config_ref(rng, half, lang):
    if half == "dev":
        out = Parts().add(
            "$ cat config/settings.yaml\ndatabase:\n  host: db.internal\n  user: app\n"
            "  password: ${DB_PASSWORD}\nsmtp:\n  username: ${SMTP_USER}\n  password: ${SMTP_PASSWORD}\n"
            f"payments:\n  api_key: ${{STRIPE_SECRET_KEY}}\n  timeout_s: {rng.randint(5, 30)}"
        )
        return out, "shell_output"
    obj = {
        "env": [
            {"name": "SLACK_TOKEN", "value": "{{ secrets.SLACK_TOKEN }}"},
            {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db-creds", "key": "password"}}},
            {"name": "API_KEY", "value": "<redacted>"},
            {"name": "LOG_LEVEL", "value": "info"},
        ],
        "replicas": rng.randint(1, 6),
    }
    return emit(Parts(), obj, 2), "api_result"


NEG_RENDER = {
    "tool_schema": neg_tool_schema,
    "api_error": neg_api_error,
    "service_account": neg_service_account,
    "placeholder": neg_placeholder,
    "public_record": neg_public_record,
    "metrics_logs": neg_metrics_logs,
    "config_ref": neg_config_ref,
}


# ---------------------------------------------------------------------------------------------------------
# Slots and records.


def _slots(half: str, seed: int) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, lang, family, neg_class) for each of the 300 records, in a seeded order."""
    rng = random.Random(f"{seed}-{half}-slots")
    pos_langs = ["en"] * 96 + [x for x in LANGS[1:] for _ in range(11)]
    neg_langs = ["en"] * 51 + [x for x in LANGS[1:] for _ in range(6)]
    rng.shuffle(pos_langs)
    rng.shuffle(neg_langs)
    slots: list[tuple[str, str, str | None, str | None]]
    slots = [("positive", lang, FAMILIES[i % len(FAMILIES)], None) for i, lang in enumerate(pos_langs)]
    slots += [("negative", lang, None, NEG_CLASSES[i % len(NEG_CLASSES)]) for i, lang in enumerate(neg_langs)]
    rng.shuffle(slots)
    return slots


def _word(ch):
    return ch.isalnum() or ch == "_"


def _uncovered(text, spans):
    """The first labelled value with a whole-word occurrence in ``text`` no span covers, or None."""
    covered = bytearray(len(text))
    for s in spans:
        covered[s["start"] : s["end"]] = b"\1" * (s["end"] - s["start"])
    for v in dict.fromkeys(s["value"] for s in spans):
        at = text.find(v)
        while at >= 0:
            end = at + len(v)
            whole = (at == 0 or not _word(text[at - 1]) or not _word(v[0])) and (
                end == len(text) or not _word(text[end]) or not _word(v[-1])
            )
            if whole and not all(covered[at:end]):
                return v
            at = text.find(v, at + 1)
    return None


def _record(kind, lang, family, neg_class, half, i, seed):
    rng = random.Random(f"{seed}-{half}-{i}")
    for _ in range(40):
        if kind == "positive":
            parts, tool = RENDER[family](rng, half, lang)
        else:
            parts, family = NEG_RENDER[neg_class](rng, half, lang)
            tool = f"{neg_class}-{half}"
        text, spans = parts.text(), parts.spans()
        if kind == "negative" or (spans and not problems(text, spans, half, False)):
            break
    meta = {"kind": kind, "lang": lang, "family": family, "template": f"{family}-{half}", "tool": tool}
    if kind == "negative":
        meta["neg_class"] = neg_class
    return {"id": f"c23-{half}-{i}", "text": text, "spans": spans, "meta": meta}


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default the whole half, 300) of ``half``; the first n of the full half when smaller."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    slots = _slots(half, seed)
    n = SIZES[half] if n is None else n
    out = []
    for i in range(n):
        kind, lang, family, neg_class = slots[i % len(slots)]
        out.append(_record(kind, lang, family, neg_class, half, i, seed))
    return out


_BIRTH_CUE = re.compile(
    r"(birth|born|dob|geburt|geboren|née|nacida|nacimiento|nascida|urodzona|doğum|рождения|γέννησης|生年月日)",
    re.I,
)


def problems(text: str, spans: list[dict], half: str, negative: bool) -> list[str]:
    """This author's own sanity checks of one record; an empty list when it is fine."""
    out = []
    if negative and spans:
        out.append("negative with spans")
    if not negative and not spans:
        out.append("positive without spans")
    prev = 0
    for s in spans:
        v = s["value"]
        if text[s["start"] : s["end"]] != v or v != v.strip() or "\n" in v or s["start"] < prev or not v:
            out.append(f"bad span {s}")
        prev = s["end"]
        if s["type"] not in TYPES:
            out.append(f"unknown type {s['type']}")
        if s["type"] == "DATE_OF_BIRTH" and not _BIRTH_CUE.search(text):
            out.append("a birth date with no birth cue")
        if s["type"] == "EMAIL_ADDRESS" and "example." in v:
            out.append(f"placeholder mail labelled {v}")
    for a, b in zip(spans, spans[1:], strict=False):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] in (" ", "+", "%20"):
            out.append("a name split in two spans")
    if _uncovered(text, spans):
        out.append(f"unlabelled occurrence of {_uncovered(text, spans)}")
    words = set(re.findall(r"[\w'-]+", text))
    if negative:
        toks = name_tokens("dev") | name_tokens("test")
        if words & toks:
            out.append(f"name token in a negative: {sorted(words & toks)}")
    elif words & name_tokens("test" if half == "dev" else "dev"):
        out.append("a name of the other half")
    return out


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv, SIZES["dev"])


if __name__ == "__main__":
    raise SystemExit(main())
