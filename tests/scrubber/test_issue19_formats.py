"""The formats issue #19 lists as leaking, through the whole scrubber: each value must end up masked.

A value counts as masked when detections (of any type) cover at least 80% of it, the rule the third-party
scorer uses; the look-alikes at the end must come through untouched.
"""

import pytest

from tests.scrubber.masking import masked_share

NAMES = [
    ("I met Anna Porsche, then Bosch and Maria left.", "Bosch"),
    # a word of an e-mail address's local part said elsewhere; voice notes and Spanish introductions
    ("so erdem from the landlord side emailed\nit's in the email from erdem.elif4@outlook.com", "erdem"),
    ("ok and krawczyk is still the other tenant right, see krawczyk.maja9@icloud.com", "krawczyk"),
    ("transcripción de audio de whatsapp: oye wouter soy taras oye te paso los datos", "wouter"),
    ("de mi prima para lo del seguro se llama wayan kusuma nació el 19 de marzo de 1950", "wayan kusuma"),
    ("Voice note transcript (auto): hey it's dewi um quick one so the new starter", "dewi"),
    ("[07:15] Customer: hi its arnel dela cruz, my payment keeps failing", "arnel dela cruz"),
    # mixed-case airline names after a passengers' label, an introduction after "its", a customer field, a
    # quoted reply's signature, a name after "Thanks," at a message's end
    ("Passengers: O'Sullivan/Róisín, AGNIESZKA ZIELIŃSKI", "O'Sullivan/Róisín"),
    ("Passengers: Xu/Lin, OLGA SMIRNOVA", "Xu/Lin"),
    ("[16:00] Customer: hi its rohan deshpande, my payment keeps failing", "rohan deshpande"),
    ("Cliente: Montserrat Barrientos · DNI en expediente", "Montserrat Barrientos"),
    ("> Best,\n> Efua Sow\n> Security Analyst", "Efua Sow"),
    ("Please refund asap.\nThanks, Lovely", "Lovely"),
    # an ordinary word as a name right after an honorific or a greeting with a comma; a signature's name line
    ("> Hi Lei,\n> Following up on the renewal.", "Lei"),
    ("Badge à demander à Mme Sow.", "Sow"),
    ("Dear Lovely, thanks for the update.", "Lovely"),
    ("See the thread.\n\n--\nHuang Lei\nTalent Acquisition Partner\n", "Huang Lei"),
    ("Call me on 1-888-950-9247 tonight, I'm Tom.", "1-888-950-9247"),
    # a name before a noun that is a verb too, without "the": a person ("Did Anna launch the campaign?")
    ("Did Anna launch the campaign?", "Anna"),
    ("Maria Garcia reports to Tom Becker; Tom hosts the call.", "Maria Garcia"),
    ("Please ask maria gonzalez to sign the lease.", "maria gonzalez"),
    ("NOTE FROM DAVID OKAFOR: SHIP IT TODAY", "DAVID OKAFOR"),
    ("Reviewer: Gonzalez, Maria (team lead)", "Gonzalez, Maria"),
    ("Anne-Sophie Lambert will present the results.", "Anne-Sophie Lambert"),
    ("Invoice approved by Carla Ortega-Ruiz yesterday.", "Carla Ortega-Ruiz"),
    ("The contract was signed by Pieter van der Berg.", "Pieter van der Berg"),
    ("Hélène Chevalier-Roux sent the file.", "Hélène Chevalier-Roux"),
    ("talk to paweł wójcik about the budget", "paweł wójcik"),
    ("Письмо от Иван Петров пришло вчера.", "Иван Петров"),
    ("Contact 王伟 about the shipment.", "王伟"),
    ("Chukwuemeka Obi joined the call late.", "Chukwuemeka Obi"),
    ("Nguyễn Văn Minh is the new supplier contact.", "Nguyễn Văn Minh"),
    ("Forward this to João Pedro Nascimento please.", "João Pedro Nascimento"),
    ("Ask Sigrún Ólafsdóttir to review.", "Sigrún Ólafsdóttir"),
    ("Mehmet Yılmaz approved the expense.", "Mehmet Yılmaz"),
    ("Hi Jessica, can you resend the deck?", "Jessica"),
    ("Please tell Mr Carter the car is ready.", "Carter"),
    ("Kannst du Frau Schneider morgen anrufen?", "Schneider"),
    ("Pouvez-vous envoyer le dossier à Camille Dubois ?", "Camille Dubois"),
    ("Por favor, llama a Lucía Fernández mañana.", "Lucía Fernández"),
    ("Puoi inoltrare la mail a Giulia Romano?", "Giulia Romano"),
    ("Meeting mit Max Müller morgen um 10 Uhr", "Max Müller"),
    ("Paul Dyson called about the Kindle order.", "Paul Dyson"),  # a brand's word in a person's name
    ("# owner: Océane Leclerc <o@acme-logistics.com>", "Océane Leclerc"),  # a brand that is a family name
    # Cyrillic or Greek in lower case inside a Latin-script text
    ("Please reply to остап гнатюк about the delivery.", "остап гнатюк"),
    ("Escalated by ξενοφών μαυρίδης (customer since 2019).", "ξενοφών μαυρίδης"),
]
CONTACT = [
    ("Call me at 615-382-4471 tomorrow.", "615-382-4471"),
    ("Office: (312) 874-2290", "(312) 874-2290"),
    ("Reach me at +1 (415) 693-2218.", "+1 (415) 693-2218"),
    ("my number is 206 481 7739", "206 481 7739"),
    ("Mobile +44 7700 912345", "+44 7700 912345"),
    ("WhatsApp +91-9845012345", "+91-9845012345"),
    ("Appelle-moi au 06 71 45 32 18", "06 71 45 32 18"),
    ("phone: 555-010-4477", "555-010-4477"),
    # CSV cells: a phone right after a comma
    ("id,name,phone\n17,Okoro,459 305 2706\n", "459 305 2706"),
    ("Lund,+33 6 28 00 21 40,Lyon", "+33 6 28 00 21 40"),
    ("4471,Kaur,385.355.6251", "385.355.6251"),
    # ten digits run together; a sentence's full stop after a number; a number in brackets
    ("(I'm Ada, reachable at ada@example.org or 4504218787, if needed)", "4504218787"),
    ("--\nAda Obi\nAcme Corp\n7623325025 | ada@example.org", "7623325025"),
    ("--\nAda Obi\nAcme Corp\n9281122302 | ada@example.org", "9281122302"),  # no valid exchange: still typed
    ("CV: Ada Obi, ada@example.org, 860 414 5925. 8 years at Initech", "860 414 5925"),
    ("Groet, Senna (020 890 0714)", "020 890 0714"),
    ("(37) 788-063-Office, 07700 063 966-Fax", "07700 063 966"),  # a label glued on with a dash
    ("SSN 123456789 on file", "123456789"),
    ("social security number: 219 09 9999", "219 09 9999"),
    ("Date of birth: 23 March 1979", "23 March 1979"),
    ("DOB 11/4/63", "11/4/63"),
    ("born 1984-02-29", "1984-02-29"),
    ("Geburtsdatum: 02.11.1968", "02.11.1968"),
    ("nya hyresgästen heter Lasse, född 1974-07-07, flyttar in", "1974-07-07"),
    ("Doğum tarihi: 12.03.1988", "12.03.1988"),
    ("y para el bizum de la cena mandadlo a 637973252", "637973252"),
    ("a minha chave pix é o email joao ponto silva arroba gmail ponto com tá",
     "joao ponto silva arroba gmail ponto com"),
    ("meri janam tithi 12/03/1990 hai", "12/03/1990"),
    ("her personal email is kayleigh dot thornton at aol dot com and she",
     "kayleigh dot thornton at aol dot com"),
]
PLACES = [
    ("She works at our office in Seattle and lives in Tacoma.", "Seattle"),
    ("Pode confirmar a morada?\nRua de Santa Catarina 174, 4.º Dto., 3515-843 Viseu",
     "Rua de Santa Catarina 174, 4.º Dto., 3515-843 Viseu"),
    ("Send it to 10 Downing Street, London SW1A 2AA", "10 Downing Street, London SW1A 2AA"),
    ("Adresse: Hauptstraße 12, 10115 Berlin", "Hauptstraße 12, 10115 Berlin"),
    ("J'habite au 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris"),
    ("Mijn adres is Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam"),
    ("Address: 42, 3rd Cross, Indiranagar, Bengaluru 560038", "42, 3rd Cross, Indiranagar, Bengaluru 560038"),
    ("Rua Augusta, 1500 - São Paulo, CEP 01304-001", "Rua Augusta, 1500 - São Paulo, CEP 01304-001"),
    ("Ship to:\n28245 Puruntie 82\nApt. 595\nLAPPEENRANTA\nFinland 53650",
     "28245 Puruntie 82\nApt. 595\nLAPPEENRANTA\nFinland 53650"),
    ("She lives in Tampere now.", "Tampere"),
    # a place before a thing's noun stays a place after a cue of living, working or sending
    ("She lives in the Lyon region and works at our Berlin branch.", "Lyon"),
    ("She lives in the Lyon region and works at our Berlin branch.", "Berlin"),
    ("Ship it to the Albacete warehouse.", "Albacete"),
    # towns of 5,000 to 15,000 people, after a place word
    ("Er wohnt in Wennigsen und arbeitet in Hannover.", "Wennigsen"),
    ("She moved to Market Warsop last spring.", "Market Warsop"),
    ("New hire: desk at our Sheffield office from Monday.", "Sheffield"),  # where a person works
    # made like an English town's name, no place word needed
    ("South Wexlerland is where the conference takes place.", "South Wexlerland"),
    ("Ship it to the Pembertonshire warehouse.", "Pembertonshire"),
    # a street line ending in its number, then postcode and town: the form most of Europe shares
    ("Skickas till Lindvägen 12\n41319 Göteborg i morgon", "Lindvägen 12\n41319 Göteborg"),
    ("Adresse: Storgata 5, 0155 Oslo", "Storgata 5, 0155 Oslo"),
    ("Levél: Petőfi utca 3.\nH-1052 Budapest", "Petőfi utca 3.\nH-1052 Budapest"),
    ("Adres: ul. Lipowa 7\n31-042 Kraków", "ul. Lipowa 7\n31-042 Kraków"),
    ("Adresa: Na Příkopě 9\n110 00 Praha", "Na Příkopě 9\n110 00 Praha"),
    ("Update it to 12 Kauri Road\nRD 2\nWhakatane 3192 in the CRM", "12 Kauri Road\nRD 2\nWhakatane 3192"),
    ("Update it to Tulpstraat 8\n1234 AB\nZwolle in the CRM", "Tulpstraat 8\n1234 AB\nZwolle"),
    # Australia Post street types
    ("Address on file: 124 Wattle Subway, East Bonnie NSW 2917. Draft it.",
     "124 Wattle Subway, East Bonnie NSW 2917"),
    ("residing at 57 Banksia Steps, Port Samuel WA 2665.", "57 Banksia Steps, Port Samuel WA 2665"),
    # a postcode and a town with the sentence going on (the town an ordinary English word)
    ("La consegna è presso Lindenweg 8, 52062 Cork giovedì.", "Lindenweg 8, 52062 Cork"),
    ("Ship the parts to Rue Haute 3, 1000 Bruxelles before Friday", "Rue Haute 3, 1000 Bruxelles"),
    ("endereço Pátio Ribeiro, 167 - Centro, Lages - SC, 88501-010, desde 2019",
     "Pátio Ribeiro, 167 - Centro, Lages - SC, 88501-010"),
    ("Die Lieferung geht an Laimerstr. 12, 6528 Ybbs an der Donau am Montag.",
     "Laimerstr. 12, 6528 Ybbs an der Donau"),
    # a province code in brackets is not an obfuscated "@" ("jane (at) example (dot) com")
    ("Indirizzo: Piazza Murialdo, 1, 41055 Pescara (AT).", "Piazza Murialdo, 1, 41055 Pescara (AT)"),
    ("La conférence aura lieu à Lyon la semaine prochaine", "Lyon"),
    # a US address in lower case, as speech recognition writes it
    ("were moving to 14 elm grove, leeds, ls6 2ab next month", "14 elm grove, leeds, ls6 2ab"),
    ("the one about the flat on 8272 oak ridge dr apt 36, boise, id 60540",
     "8272 oak ridge dr apt 36, boise, id 60540"),
]
SECRETS = [
    ("wifi in meeting room says the key is saddle bramble pebble?? thanks", "saddle bramble pebble"),
    # the value before its word with a product's name among the kinds; a yes before the next turn's answer;
    # "the other one" later in the sentence
    ("ninja1967 ← that's the new Zabbix admin password, pls update the sticky", "ninja1967"),
    ("Miłosz: wysłałeś klientowi hasło do panelu?\nBorys: tak, kedi43Sommer, ale poprosiłem o zmianę",
     "kedi43Sommer"),
    ("my old password was Dolphin.8098 and the temp one Rowena gave me on the phone is Tesoro_1009 but no",
     "Tesoro_1009"),
    # a Wi-Fi key named after its network earlier in the sentence
    ("wifi in room 4 says the key is walnut_sonnet_saddle_raven?? thanks", "walnut_sonnet_saddle_raven"),
    ("Le wifi invité s'appelle Bureau-Invites, la clé est cobalt-copper-pepper-pebble. Merci",
     "cobalt-copper-pepper-pebble"),
    ("la clé wifi est cobalt.sonnet.badger.", "cobalt.sonnet.badger"),
    ("my password is Spring2021! don't share", "Spring2021!"),
    ("password: copper-lantern-river-seven", "copper-lantern-river-seven"),
    ("The wifi passphrase is correct-horse-battery-staple", "correct-horse-battery-staple"),
    ("aws key AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
    ("SESSION_SECRET=longsessionsecretvalue", "longsessionsecretvalue"),
    ("mysql://root:p@ssw0rd@db.host.com:3306/appdb", "p@ssw0rd"),
]
# Numbers read out digit by digit in a call or voice-note transcript, in several languages.
SPOKEN = [
    ("caller: four nine three seven oh five eight two six five",
     "four nine three seven oh five eight two six five"),
    ("caller: uh yeah four five ... zero four eight zero ... five oh oh ... seven two five five",
     "four five ... zero four eight zero ... five oh oh ... seven two five five"),
    ("cliente: cinco dois três sete sete três três dois sete um quatro nove",
     "cinco dois três sete sete três três dois sete um quatro nove"),
    ("my card number is four five one two nine nine three eight one two three four",
     "four five one two nine nine three eight one two three four"),
    ("and the alarm code changed to *21253 dont lose it", "*21253"),
    ("agent: and a mobile number in case we get cut off\ncaller: six one five nine four one six oh one two",
     "six one five nine four one six oh one two"),
    ("social is three nine six, five six, nine seven three three",
     "three nine six, five six, nine seven three three"),
    ("yeni şifre beş sekiz dört altı beş sıfır unutma", "beş sekiz dört altı beş sıfır"),
    ("the door code is four four one two, ok?", "four four one two"),
]
# Values written against Chinese, Japanese, Korean or Thai letters, with no space between (issue #19):
# those letters are word characters, so the copy patterns read gets a space at each such edge.
UNSPACED = [
    ("「近藤さんは出席できません。電話は+61 451 760 960です。」", "+61 451 760 960"),
    ("電話は(718) 555-0155です。", "(718) 555-0155"),
    ("メールはtaro.yamada@example.jpまでお願いします。", "taro.yamada@example.jp"),
    ("연락처는 010-1234-5678입니다.", "010-1234-5678"),
    ("이메일은 kim.minji@example.kr입니다.", "kim.minji@example.kr"),
    ("电话：13812345678，邮箱zhang.wei@example.cn", "13812345678"),
    ("电话：13812345678，邮箱zhang.wei@example.cn", "zhang.wei@example.cn"),
    ("手机号码 139 1234 5678", "139 1234 5678"),
    ("携帯：090-1234-5678", "090-1234-5678"),
    ("カード4111 1111 1111 1111で払います", "4111 1111 1111 1111"),
    ("APIキーはsk-proj-Xi8tdMjHV6pmbBbwilTeT4BlbkFJ3UDnpdEwNNm6wVBpYM0oです",
     "sk-proj-Xi8tdMjHV6pmbBbwilTeT4BlbkFJ3UDnpdEwNNm6wVBpYM0o"),
    ("เบอร์โทร 081-234-5678ครับ", "081-234-5678"),
    ("Телефон: 8 (916) 123-45-67", "8 (916) 123-45-67"),
    ("טלפון: 052-123-4567", "052-123-4567"),
]
# Separators people paste (issue #13): detection runs on a normalised copy, offsets map back.
PASTED = [
    ("card 4111\u00a01111\u00a01111\u00a01111", "4111\u00a01111\u00a01111\u00a01111"),
    ("card 4111\u20111111\u20111111\u20111111", "4111\u20111111\u20111111\u20111111"),
    ("card 4111\u00ad1111\u00ad1111\u00ad1111", "4111\u00ad1111\u00ad1111\u00ad1111"),
    ("ssn 078\u201305\u20131120", "078\u201305\u20131120"),
    ("mail jane.doe\u200b@example.com", "jane.doe\u200b@example.com"),
    ("write to jane [at] example [dot] com", "jane [at] example [dot] com"),
    ("key sk-proj-\u2060Xi8tdMjHV6pmbBbwilTeT4BlbkFJ3UDnpdEwNNm6wVBpYM0o",
     "sk-proj-\u2060Xi8tdMjHV6pmbBbwilTeT4BlbkFJ3UDnpdEwNNm6wVBpYM0o"),
]
LOOK_ALIKES = [
    "Version 2.14.3 was released with commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b.",
    "Order ORD-20240611 and ticket 55120984 are still open; request id 3f2b8c1e-7a4d-4e9b-9c2f-1d5e6a7b8c9d.",
    "Bump numpy to 1.26.4 and rerun the tests on build 4412.",
    "Revenue grew from 1,234,567 to 12,345,678,901 over the period.",
    "The job ran at epoch 1701234567 and again at 1701238167.",
    "id,status\n94919043-ae04-4f1b-9c2e-0b6a1d2e3f40,active\n",
    "Windows 10, 2024 Edition is out; see Version 3\n2019 Update notes.",
    "The Report on Transport was filed; Passport renewals follow.",
    "Tracking number 6201680821 for order ORD-2024-390236; booking 4504218787 confirmed.",
    # products named after places and people, firms, amounts, a launch date
    "Write release notes: Phoenix dashboard 8.12.14 fixes the login bug.",
    "The Austin load balancer ships on March 3; the Orion 4 firmware follows.",
    "Compare pricing for Wayne Capital and Stark Logistics.",
    "Project Phoenix kicks off Monday; the Jordan service is slow since the Atlas CRM update.",
    "Compare the Dyson Airwrap and the Kindle Paperwhite; we already pay for Microsoft Teams.",
    "Compare the Toyota Corolla and the Honda Civic for the fleet.",
    'Translate to English: "Доброе утро, как дела?"',
    "Give me talking points for the Madrid sales kickoff and the Everest project.",
    "Our wifi is great. The key is patience; the wifi router key is in the drawer.",
    # a firm's hotline, template values, eponyms, family firms, a German request
    "For billing call the Stellaris customer hotline on 1-888-950-9247 or the priority line 0800 509 4402.",
    "A linha de apoio da Ironbridge Components (800 923 304) funciona de segunda a sexta.",
    "API_KEY=TODO_SET_ME\nDB_PASSWORD=REPLACE_ME\nWEBHOOK_SECRET=%API_TOKEN%\nSTRIPE_KEY=xxxx-xxxx-xxxx\n",
    "Explain the Venn diagram, the Nash equilibrium and Bézier curves in our churn model.",
    "Compare quotes from Brume & Fils, Martin & Söhne GmbH and Rossi e Figli.",
    "Compara las políticas de devolución de Siemens, Porsche y Fernhill Dental Group.",
    "For billing issues call the Tidewater Marine customer hotline.",
    "Quote, 36-month warranty, rep office in Seattle; 24 months, dealer network across Warsaw and Berlin.",
    "Die Rechnung RE-2048230 fehlt. Bitte Gutschrift bis 20.05.2025.",
    "The password policy changed, and the new one is stricter since v2.14.3 shipped.",
    "Kubernetes is the Default Cluster password store.",
    "The password is hashed server side. The password is sixteen characters long, and case sensitive.",
    "Hi Team, Dear Valued Customer, Hello World! Hi there, Hey Good Morning!",
    "Passengers: Adult/Child. Read/Write access, Input/Output, Yes/No.",
    "its really cold, it's getting late.",
    "hey it's me um quick one. soy muy feliz, oye mira esto. se llama como el otro. this is amazing.",
    "The temperature was 4° C and 30°F; la 2ª edición.",
    "We'll get back to you within two business days.\n\nKind regards,\nSupplier Management\n",
    "Format this agenda:\nLunch And Networking\nJordan Valley Water Report\n",
    # a thing's noun after the name, with modifiers, after "and <Name>", after "the" for nouns that are verbs
    "Release notes: the Lincoln scheduler handles 400 jobs; the Montgomery billing engine replaces it.",
    "The Georgia data lake migration slipped; Sydney mobile app 2.1 fixes login; the Jackson ETL job is ok.",
    "Merge the Sierra and Tango branches, then tag v5.0.0 for the Aspen launch.",
    "The Victoria search index rebuild takes 4 hours; our Florence knowledge base has 1,200 articles.",
    "Cost 17089.19 USD; qty 78 439.92 €; refund 92999.44 € approved.",
    "Born in 2027-07-11 (the release date), the build agent now serves 500 teams.",
    "Das Wetter ist heute sehr schön",
    "El clima está muy agradable hoy",
    "Merge branch main into release and rebase; the PaymentService pod is in CrashLoopBackOff on Kubernetes.",
    "Set the password policy to require 12 characters and rotate the token every 90 days.",
    "one by one, two by two; one two three go! I have one or two ideas and three or four questions.",
    "agent: ok and whats the order number\ncaller: um its two five ... four two two ... one two ... oh nine",
    "Hej, zamówienie 4344240379 doszło, ale faktura ma złą datę",
    "Le stand arrive de l'entrepôt, commande 4126475608. Merci!",
    "le point de vente et le point com", "run 3 times on the main road, then 5 laps",
]


@pytest.mark.parametrize(("text", "value"), NAMES + CONTACT + PLACES + SECRETS + SPOKEN + UNSPACED
                         + PASTED)
def test_value_is_masked(scrubber, text, value):
    assert masked_share(scrubber, text, value) >= 0.8


@pytest.mark.parametrize(("text", "value"), PASTED)
def test_pasted_separators_are_replaced_in_the_original_text(scrubber, text, value):
    """The placeholder replaces the value as pasted (odd characters included); restoring gives it back."""
    from scrubber.restore import restore

    result = scrubber.scrub([text])
    assert value not in result.texts[0]
    assert restore(result.texts[0], result.mapping) == text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_left_alone(scrubber, text):
    assert scrubber.analyze(text) == []


def test_role_mailboxes_name_nobody(scrubber):
    """The words of support@ and sales@ are no person's names elsewhere in the text."""
    text = "write to support@acme.com or sales@acme.com for support and sales"
    assert [s.type for s in scrubber.analyze(text)] == ["EMAIL_ADDRESS", "EMAIL_ADDRESS"]


@pytest.mark.parametrize(("text", "value"), [
    ("She was born in Bilbao on 12 May 1980.", "12 May 1980"),
    ("Date of birth (dd/mm/yyyy): 02/11/1968", "02/11/1968"),
    ("Born: 23-Mar-1979", "23-Mar-1979"),
    ("Attestation pour M. Remi Caron, né(e) le 5 mai 1957, domicilié(e) à Lille", "5 mai 1957"),
    ("Vivo en Sevilla. Nací el 18-1-1950.", "18-1-1950"),
    ("Eu nasci em 3 de março de 1980 no Porto.", "3 de março de 1980"),
    ("Contraente: Amico Fieramosca\nNato/a il: 21/09/1999\nResidenza: Canale", "21/09/1999"),
    ("[00:00:09] Agent: And your date of birth, please?\n[00:00:11] Caller: 3 July 1963.", "3 July 1963"),
    ("Passenger DOB (required by airline): 17/04/1978 / 08/12/1955", "08/12/1955"),
    ("Passenger DOB (required by airline): February 9, 1973 / June 28, 1979", "June 28, 1979"),
    # month names and birth words of more languages (written for this test)
    ("informuję, że uczeń Jan Kowalski (ur. 1 czerwca 1975) nie pojawił się", "1 czerwca 1975"),
    ("Hon är född 3 augusti 1980 i Umeå.", "3 augusti 1980"),
    ("Müşteri doğum tarihi 12 Mart 1990 olarak kayıtlı.", "12 Mart 1990"),
    ("Subsemnatul, născut la 5 martie 1971 în Cluj.", "5 martie 1971"),
    ("Pan Novák, narozen 14. června 1965, bytem Brno.", "14. června 1965"),
    ("Hakija syntynyt 2. toukokuuta 1977 Tampereella.", "2. toukokuuta 1977"),
    ("Kovács Anna, született 1980. március 3., Szeged.", "1980. március 3."),
    ("Nama: Budi Santoso, tanggal lahir: 12-08-1979", "12-08-1979"),
    # asked for in a call, answered on the next line, as a request too; day, month and year run together
    ("Agent: Sir, verification ke liye aapki date of birth bata dijiye.\nCustomer: haan, 14/02/1991 hai.",
     "14/02/1991"),
    ("Agent: Can I have your date of birth please?\nCaller: 14021991", "14021991"),
    # a key in snake case of another language; Japanese, Chinese and Korean birth words and dates (session 14)
    ('{"nom": "Colin", "ne_le": "24/11/2005"}', "24/11/2005"),
    ('{"氏名": "山田太郎", "生年月日": "1986年4月16日"}', "1986年4月16日"),
    ("山田さんの生年月日は1986年4月16日です。", "1986年4月16日"),
    ("出生日期：1985年7月9日", "1985年7月9日"),
    ("생년월일: 1990년 3월 5일", "1990년 3월 5일"),
    # a date built in code after a birth key; "bday"
    ('user = User(name="Ana Costa", birth_date=date(1987, 3, 14))', "date(1987, 3, 14)"),
    ("customer.setDateOfBirth(LocalDate.of(1987, 3, 14));", "LocalDate.of(1987, 3, 14)"),
    ("const dob = new Date(1987, 2, 14);", "new Date(1987, 2, 14)"),
    ("bday=03/14/1987", "03/14/1987"),
])
def test_date_of_birth_near_its_cue(scrubber, text, value):
    spans = scrubber.analyze(text)
    start = text.index(value)
    assert any(s.type == "DATE_OF_BIRTH" and s.start <= start and start + len(value) <= s.end for s in spans)


@pytest.mark.parametrize("text, value", [
    ("Mail ｍａｒｉａ＠ｅｘａｍｐｌｅ．ｃｏｍ please", "ｍａｒｉａ＠ｅｘａｍｐｌｅ．ｃｏｍ"),
    ("<p>Contact maria.gonzalez&#64;example.com</p>", "maria.gonzalez&#64;example.com"),
    ("<p>Contact maria.gonzalez&#x40;example&period;com</p>", "maria.gonzalez&#x40;example&period;com"),
])
def test_fullwidth_and_html_referenced_values_are_masked(scrubber, text, value):
    out = scrubber.scrub([text]).texts[0]
    assert value not in out and "<EMAIL_ADDRESS_1>" in out


@pytest.mark.parametrize("text", [
    "Why a 404? https://crm.example.net/contacts?who=maria.gonzalez%40example.com&ref=mail",
    "https://crm.example.net/contacts?who=maria.gonzalez@example.com&ref=mail",
])
def test_an_email_inside_a_link_is_masked(scrubber, text):
    out = scrubber.scrub([text]).texts[0]
    assert "maria.gonzalez" not in out and "https://crm.example.net/contacts?who=<EMAIL_ADDRESS_1>" in out


@pytest.mark.parametrize(("text", "address"), [
    ("Envoyez-le au 3 rue Victor Hugo, 69002 Lyon. Tél. portable : 06 12 34 56 78.",
     "3 rue Victor Hugo, 69002 Lyon"),
    ("Ship to 12 Main Street, 63101 St. Louis, MO", "12 Main Street, 63101 St. Louis, MO"),
])
def test_address_ends_with_its_town_not_the_next_sentence(scrubber, text, address):
    start = text.index(address)
    end = start + len(address)
    assert any(s.start <= start and s.end == end for s in scrubber.analyze(text))


@pytest.mark.parametrize("text", [
    "created_at = datetime(2024, 3, 14); release = date(2025, 1, 2)",
    "She was born in 1987, 3 kids later she moved.",
    "The bday party budget is 300 EUR, due 2026-03-14.",
])
def test_dates_in_code_or_prose_without_a_birth_date_are_left(scrubber, text):
    assert not [s for s in scrubber.analyze(text) if s.type == "DATE_OF_BIRTH"]
