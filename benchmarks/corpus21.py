"""corpus21: mail and chat-tool pastes (a twenty-first author, session 27, who never read the scrubber).

What people paste from their mail and collaboration tools into an AI assistant, an instruction line first
("summarise this thread", "draft a reply", "what did we agree?"): forwarded e-mail chains with header blocks
(From:/Sent:/To:/Cc:/Subject:, Gmail's "Forwarded message", "-----Original Message-----", Outlook's
"Von:/Gesendet:"), quoted replies ("On Tue, 3 Mar 2026 at 09:14, X wrote:" and ">" lines), full signatures
(name, job title, pronouns, company, direct line, mobile, office address, LinkedIn) with legal disclaimers,
calendar invites (organiser, attendees, dial-in numbers, meeting ids, passcodes), Teams, Slack and WhatsApp
chat exports (timestamps, display names, reactions), Zendesk, Freshdesk, Jira and ServiceNow exports
(requester, assignee, custom fields), CRM notes, out-of-office replies and forwarded vendor newsletters.
Writers are hurried (typos, missing capitals, emoji); 70 % English (US, UK, Indian, Australian), 30 % German,
French, Spanish, Italian, Dutch, Portuguese and Polish. Names of many cultures (South and East Asian, West
African, Arabic, Slavic, Latin American, Nordic, Turkish, European), written as mail and chat tools write
them: "Nguyen, Thi Lan", "lan.nguyen", "LAN NGUYEN", a first name alone in a greeting or sign-off.

35 % NEGATIVES, ``neg_class`` one of: ``role_mailboxes`` (chains between noreply@, support@, "The Payroll
Team"), ``newsletter`` (vendor newsletters with public figures and company addresses), ``system_notification``
(ticket and tracker automation), ``room_invite`` (meeting invites for rooms and teams), ``bot_chat`` (chat
channels of bots and integrations), ``placeholders`` ({{first_name}}, [Name], <Customer Name>).

Labelling rules:
- PERSON: a private person's name as written (full, "Last, First", a chat handle like "lan.nguyen", upper
  case, a first name alone); titles (Mr, Ms, Dr, Herr, Frau, Mme, Sr., Sra., Pan, Pani) outside the span.
  Public figures in newsletters and talks (CEOs of big firms, athletes, historic names) are not labelled.
- EMAIL_ADDRESS: a named person's address, their work address too; generic mailboxes (support@, noreply@,
  accounts@, a team's list) are not labelled.
- PHONE_NUMBER: a named person's phones, their work mobile and direct line in a signature too, and an unsaved
  number a chat export shows as a sender; a company's switchboard, a helpline, and conference dial-in
  numbers are not labelled.
- LOCATION: a private person's home address, one span per line, or the town a person lives in; office
  addresses, meeting rooms, venues and cities as markets are not labelled.
- DATE_OF_BIRTH: a birth date next to a birth cue; US_SSN; CREDIT_CARD (Luhn-valid); IBAN_CODE (valid check
  digits); IP_ADDRESS of a person's device.
- SECRET, the rule for credentials: a value called a password, PIN, token, API key or secret for an account,
  system, device or door is labelled wherever it appears (in an invite's notes too). A meeting's passcode,
  meeting id, conference id and dial-in PIN are shared with every invitee and are NOT labelled.
- LinkedIn profile addresses and pronouns are not labelled (no type for them); a name written in them is
  written in another form (a slug) than any labelled name.

Two halves with disjoint templates (one per family and half, 12 families), instruction lines, body lines,
disclaimers and pools (even pool entries dev, odd test): ``python -m benchmarks.corpus21 --half dev|test
[--n N] [--seed S]`` prints JSONL.
"""

import random
import re
import sys
import unicodedata
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 2121
TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "DATE_OF_BIRTH", "US_SSN", "CREDIT_CARD",
         "IBAN_CODE", "IP_ADDRESS", "SECRET")
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")
EN_VARIANTS = ("us", "gb", "in", "au")
NEG_CLASSES = ("role_mailboxes", "newsletter", "system_notification", "room_invite", "bot_chat",
               "placeholders")
FAMILIES = ("fwd_chain", "quoted_reply", "original_message", "signature", "calendar_invite", "team_chat",
            "whatsapp", "ticket", "issue_tracker", "crm_note", "out_of_office", "newsletter_fwd")

# (given, family, called, family name first)
NAMES = (
    ("Priyanka", "Raghunathan", "Priyanka", False), ("Arjun", "Mehrotra", "Arjun", False),
    ("Thi Lan", "Nguyen", "Lan", True), ("Wei", "Zhang", "Wei", True),
    ("Chidinma", "Okonkwo", "Chidinma", False), ("Kwame", "Asante", "Kwame", False),
    ("Youssef", "Bennani", "Youssef", False), ("Layla", "Haddad", "Layla", False),
    ("Katarzyna", "Wójcik", "Kasia", False), ("Dmytro", "Kovalenko", "Dmytro", False),
    ("Sofía", "Ramírez Ortega", "Sofía", False), ("Thiago", "Carvalho", "Thiago", False),
    ("Ingrid", "Solberg", "Ingrid", False), ("Mikkel", "Rasmussen", "Mikkel", False),
    ("Elif", "Yıldırım", "Elif", False), ("Mehmet", "Aydın", "Mehmet", False),
    ("Jonas", "Hartkopf", "Jonas", False), ("Sabine", "Kürschner", "Sabine", False),
    ("Camille", "Lefebvre", "Camille", False), ("Étienne", "Vasseur", "Étienne", False),
    ("Lucía", "Fernández Gil", "Lucía", False), ("Álvaro", "Bermejo", "Álvaro", False),
    ("Giulia", "Ferraro", "Giulia", False), ("Lorenzo", "Castellani", "Lorenzo", False),
    ("Sanne", "Visser", "Sanne", False), ("Bram", "Hoekstra", "Bram", False),
    ("João", "Tavares", "João", False), ("Inês", "Monteiro", "Inês", False),
    ("Min-jun", "Seo", "Min-jun", True), ("Haruto", "Sasaki", "Haruto", False),
    ("Megan", "O'Sullivan", "Megan", False), ("Tyler", "Brandt", "Tyler", False),
    ("Rebecca", "Whitfield", "Becky", False), ("Liam", "Fitzgerald", "Liam", False),
    ("Aroha", "Ngata", "Aroha", False), ("Siddharth", "Iyer", "Sid", False),
    ("Fatima Zahra", "Benali", "Fatima", False), ("Oluwaseun", "Adeyemi", "Seun", False),
    ("Aminata", "Diallo", "Aminata", False), ("Olena", "Petrenko", "Olena", False),
    ("Tomasz", "Zieliński", "Tomek", False), ("Björn", "Lindqvist", "Björn", False),
    ("Aisha", "Rahman", "Aisha", False), ("Deepak", "Venkataraman", "Deepak", False),
    ("Mei Ling", "Chua", "Mei Ling", True), ("Hiroko", "Tanabe", "Hiroko", False),
    ("Kofi", "Mensah", "Kofi", False), ("Nadia", "Farouk", "Nadia", False),
    ("Mateus", "Albuquerque", "Mateus", False), ("Valentina", "Rojas", "Vale", False),
    ("Rahul", "Bhattacharya", "Rahul", False), ("Ananya", "Krishnan", "Ananya", False),
    ("Sunil", "Wickramasinghe", "Sunil", False), ("Ji-woo", "Han", "Ji-woo", True),
    ("Xiaoyu", "Chen", "Xiaoyu", True), ("Tunde", "Bakare", "Tunde", False),
    ("Efua", "Owusu", "Efua", False), ("Omar", "Khalil", "Omar", False),
    ("Rania", "Saleh", "Rania", False), ("Pavel", "Novák", "Pavel", False),
    ("Zofia", "Kamińska", "Zosia", False), ("Astrid", "Halvorsen", "Astrid", False),
    ("Eero", "Virtanen", "Eero", False), ("Burak", "Şahin", "Burak", False),
    ("Zeynep", "Kaya", "Zeynep", False), ("Florian", "Weißenborn", "Florian", False),
    ("Anke", "Vogelsang", "Anke", False), ("Margaux", "Chevalier", "Margaux", False),
    ("Baptiste", "Moreau", "Baptiste", False), ("Nerea", "Etxeberria", "Nerea", False),
    ("Iñigo", "Larrañaga", "Iñigo", False), ("Chiara", "Lombardi", "Chiara", False),
    ("Matteo", "Pellegrini", "Matteo", False), ("Femke", "Jansen", "Femke", False),
    ("Joost", "Verbeek", "Joost", False), ("Beatriz", "Antunes", "Bia", False),
    ("Rui", "Magalhães", "Rui", False), ("Agnieszka", "Dąbrowska", "Aga", False),
    ("Marek", "Sobczak", "Marek", False), ("Hannah", "Pryce", "Hannah", False),
    ("Connor", "McAllister", "Connor", False), ("Shanice", "Robinson", "Shanice", False),
    ("Darnell", "Whitaker", "Darnell", False), ("Kirra", "Donovan", "Kirra", False),
    ("Rohan", "Deshpande", "Rohan", False), ("Kavya", "Nair", "Kavya", False),
    ("Minh Duc", "Tran", "Duc", True), ("Yuki", "Morimoto", "Yuki", False),
    ("Ifeoma", "Nwachukwu", "Ifeoma", False), ("Abena", "Boateng", "Abena", False),
    ("Hamza", "Al-Masri", "Hamza", False), ("Mariam", "Qureshi", "Mariam", False),
    ("Sergei", "Volkov", "Sergei", False), ("Jelena", "Marković", "Jelena", False),
    ("Freya", "Nyberg", "Freya", False), ("Gustavo", "Peña", "Gustavo", False),
)
TITLES = {"en": ("Mr", "Ms", "Dr"), "de": ("Herr", "Frau", "Dr."), "fr": ("M.", "Mme", "Dr"),
          "es": ("Sr.", "Sra.", "Dr."), "it": ("Sig.", "Sig.ra", "Dott."), "nl": ("dhr.", "mevr.", "dr."),
          "pt": ("Sr.", "Sra.", "Dr."), "pl": ("Pan", "Pani", "dr")}
JOB_TITLES = ("Senior Account Manager", "Head of Procurement", "Payroll Specialist", "Project Coordinator",
              "Solutions Architect", "Finance Business Partner", "Customer Success Lead", "Office Manager",
              "Regional Sales Director", "HR Generalist", "Supply Chain Analyst", "Legal Counsel",
              "Facilities Coordinator", "Product Owner", "Talent Acquisition Partner", "IT Support Engineer")
PRONOUNS = ("she/her", "he/him", "they/them")

# companies: (name, mail domain, switchboard, office address line, locale)
COMPANIES = (
    ("Brightwater Freight Ltd", "brightwaterfreight.co.uk", "+44 161 496 0300",
     "Unit 4, Trafford Wharf Road, Manchester M17 1AB", "gb"),
    ("Kestrel Analytics Inc.", "kestrelanalytics.com", "+1 (617) 555-0100",
     "200 Seaport Blvd, Suite 900, Boston, MA 02210", "us"),
    ("Nordhafen Maschinenbau GmbH", "nordhafen-mb.de", "+49 40 30 99 10-0",
     "Sandtorkai 12, 20457 Hamburg", "de"),
    ("Océalis SAS", "ocealis.fr", "+33 1 84 88 20 00", "42 quai de Jemmapes, 75010 Paris", "fr"),
    ("Alborán Renovables S.L.", "alboranrenovables.es", "+34 910 62 40 00",
     "Paseo de la Castellana 141, planta 8, 28046 Madrid", "es"),
    ("Tessitura Orobica S.p.A.", "tessituraorobica.it", "+39 035 421 1100",
     "Via Borgo Palazzo 90, 24125 Bergamo", "it"),
    ("Dijkstra Logistiek B.V.", "dijkstralogistiek.nl", "+31 10 808 2200",
     "Waalhaven Zuidzijde 19, 3089 JH Rotterdam", "nl"),
    ("Marés Digital Lda.", "maresdigital.pt", "+351 21 340 5500", "Avenida da Liberdade 110, 1269-046 Lisboa",
     "pt"),
    ("Wiślany Software sp. z o.o.", "wislany.pl", "+48 22 395 40 00", "ul. Prosta 51, 00-838 Warszawa", "pl"),
    ("Coraltide Consulting Pty Ltd", "coraltide.com.au", "+61 2 9055 1200",
     "Level 14, 88 Phillip Street, Sydney NSW 2000", "au"),
    ("Vardhan Techserve Pvt Ltd", "vardhantechserve.in", "+91 80 4710 2000",
     "Prestige Tech Park, Outer Ring Road, Bengaluru 560103", "in"),
    ("Harrowgate Medical Supplies", "harrowgatemed.co.uk", "+44 113 496 0750",
     "3 Wellington Place, Leeds LS1 4AP", "gb"),
    ("Pinecrest Biolabs LLC", "pinecrestbio.com", "+1 (919) 555-0142",
     "4800 Page Creek Lane, Durham, NC 27703", "us"),
    ("Lindholm Elektrotechnik AG", "lindholm-et.de", "+49 89 215 440-0", "Leopoldstraße 244, 80807 München",
     "de"),
    ("Atelier Verdier & Fils", "atelierverdier.fr", "+33 4 72 10 33 00",
        "18 rue de la République, 69002 Lyon",
     "fr"),
    ("Grupo Tramontana", "grupotramontana.es", "+34 933 01 77 00", "Carrer de Pallars 193, 08005 Barcelona",
     "es"),
    ("Ferrovia Digitale S.r.l.", "ferroviadigitale.it", "+39 02 8736 4400", "Viale Monza 259, 20126 Milano",
     "it"),
    ("Zeeland Fresh Produce B.V.", "zeelandfresh.nl", "+31 113 74 5000", "Havenweg 8, 4462 AB Goes", "nl"),
    ("Tejo Energia S.A.", "tejoenergia.pt", "+351 22 610 4000", "Rua de Serralves 50, 4150-706 Porto", "pt"),
    ("Bałtycka Spedycja S.A.", "baltyckaspedycja.pl", "+48 58 511 20 00", "ul. Heweliusza 11, 80-890 Gdańsk",
     "pl"),
    ("Southerly Outdoor Co.", "southerlyoutdoor.com.au", "+61 3 9070 4400",
     "Level 3, 120 Collins Street, Melbourne VIC 3000", "au"),
    ("Sahyadri Cloudworks Ltd", "sahyadricloud.in", "+91 20 6720 8800",
     "Panchshil Business Park, Baner Road, Pune 411045", "in"),
    ("Quillfeather Publishing", "quillfeather.co.uk", "+44 20 7946 0410",
     "27 Clerkenwell Green, London EC1R 0DE", "gb"),
    ("Redbarn Foods Inc.", "redbarnfoods.com", "+1 (312) 555-0178",
        "1 N Wacker Dr, Floor 30, Chicago, IL 60606",
     "us"),
)
PERSONAL_HOSTS = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me",
                  "gmx.net", "web.de", "laposte.net", "sfr.fr", "wp.pl", "libero.it", "ziggo.nl", "sapo.pt",
                  "rediffmail.com", "bigpond.com")

# home addresses per locale: (street, town, region-or-postcode builder key)
STREETS = {
    "us": ("Dogwood Trail", "Chestnut Hill Rd", "Prairie View Dr", "Juniper Ct", "Foxglove Ln",
        "Stonebridge Ave",
           "Magnolia Bend", "Pheasant Run"),
    "gb": ("Bramble Close", "Wentworth Road", "Foxhollow Drive", "St Aidan's Terrace", "Lime Tree Walk",
           "Cobden Street", "Honeysuckle Way", "Abbeyfield Gardens"),
    "in": ("12th Cross, Indiranagar", "Lokhandwala Complex Road", "Sector 21 Main Road",
        "Anna Nagar 3rd Avenue",
           "Koregaon Park Lane 7", "Salt Lake Block CD", "Jubilee Hills Road No 36", "Vasant Kunj Pocket B"),
    "au": ("Banksia Crescent", "Wattle Grove", "Currawong Street", "Jacaranda Avenue", "Ironbark Close",
           "Kookaburra Parade", "Tallowwood Drive", "Bottlebrush Way"),
    "de": ("Holunderweg", "Am Schlehenhang", "Fliederstraße", "Mörikestraße", "Zur Alten Ziegelei",
           "Wacholderweg", "Uhlandstraße", "Im Kirschgarten"),
    "fr": ("rue des Coquelicots", "allée des Marronniers", "rue Pasteur", "chemin de la Garenne",
           "impasse des Bleuets", "rue Jules Ferry", "avenue des Acacias", "rue du Lavoir"),
    "es": ("Calle de los Cipreses", "Calle Doctor Fleming", "Avenida de los Naranjos", "Calle Río Tajo",
           "Calle Azahar", "Calle Pintor Sorolla", "Calle de la Amapola", "Calle Virgen del Mar"),
    "it": ("Via dei Gelsi", "Via Giuseppe Verdi", "Via delle Ginestre", "Via Aurelio Saffi", "Via dei Mille",
           "Via delle Rose", "Viale dei Tigli", "Via Cesare Battisti"),
    "nl": ("Merelstraat", "Kastanjelaan", "Bloemgracht", "Populierendreef", "Zonnebloemstraat", "Vlierstraat",
           "Lijsterbeslaan", "Dotterbloemweg"),
    "pt": ("Rua das Camélias", "Rua Dom Dinis", "Travessa do Pinhal", "Rua Alves Redol", "Rua da Oliveira",
           "Avenida dos Bombeiros", "Rua das Papoilas", "Rua Padre Cruz"),
    "pl": ("Jaśminowa", "Kasztanowa", "Słoneczna", "Bzowa", "Leśna Polana", "Wrzosowa", "Modrzewiowa",
           "Kalinowa"),
}
TOWNS = {  # (town, postcode-ish, state/province or "")
    "us": (("Naperville", "60540", "IL"), ("Cary", "27519", "NC"), ("Plano", "75024", "TX"),
           ("Bothell", "98011", "WA"), ("Marietta", "30062", "GA"), ("Westerville", "43081", "OH"),
           ("Edison", "08817", "NJ"), ("Round Rock", "78664", "TX")),
    "gb": (("Macclesfield", "SK10 2PL", ""), ("Bishop's Stortford", "CM23 4DT", ""), ("Basingstoke",
        "RG21 5NQ", ""),
           ("Huddersfield", "HD3 4TR", ""), ("Maidenhead", "SL6 7JH", ""), ("Wakefield", "WF2 9QS", ""),
           ("Solihull", "B91 2EW", ""), ("Crawley", "RH10 6LZ", "")),
    "in": (("Mysuru", "570017", "Karnataka"), ("Mumbai", "400053", "Maharashtra"),
           ("Gurugram", "122016", "Haryana"), ("Chennai", "600040", "Tamil Nadu"),
           ("Nashik", "422005", "Maharashtra"), ("Kolkata", "700064", "West Bengal"),
           ("Hyderabad", "500033", "Telangana"), ("New Delhi", "110070", "Delhi")),
    "au": (("Parramatta", "2150", "NSW"), ("Chermside", "4032", "QLD"), ("Glen Waverley", "3150", "VIC"),
           ("Joondalup", "6027", "WA"), ("Hornsby", "2077", "NSW"), ("Mawson Lakes", "5095", "SA"),
           ("Frankston", "3199", "VIC"), ("Belconnen", "2617", "ACT")),
    "de": (("Sindelfingen", "71063", ""), ("Bergisch Gladbach", "51465", ""), ("Hildesheim", "31134", ""),
           ("Fürth", "90762", ""), ("Hanau", "63450", ""), ("Reutlingen", "72764", ""),
           ("Neuss", "41460", ""), ("Landshut", "84028", "")),
    "fr": (("Villejuif", "94800", ""), ("Bron", "69500", ""), ("Saint-Sébastien-sur-Loire", "44230", ""),
           ("Bègles", "33130", ""), ("Colombes", "92700", ""), ("Blagnac", "31700", ""),
           ("Illkirch-Graffenstaden", "67400", ""), ("Aubagne", "13400", "")),
    "es": (("Alcorcón", "28921", ""), ("Getxo", "48991", ""), ("Mislata", "46920", ""),
           ("Sant Cugat del Vallès", "08173", ""), ("Pozuelo de Alarcón", "28224", ""), ("Burjassot",
               "46100", ""),
           ("Majadahonda", "28220", ""), ("Mairena del Aljarafe", "41927", "")),
    "it": (("Sesto San Giovanni", "20099", "MI"), ("Moncalieri", "10024", "TO"), ("Casalecchio di Reno",
        "40033", "BO"),
           ("Pomezia", "00071", "RM"), ("Seriate", "24068", "BG"), ("Scandicci", "50018", "FI"),
           ("Mestre", "30174", "VE"), ("Portici", "80055", "NA")),
    "nl": (("Amersfoort", "3814 KL", ""), ("Zoetermeer", "2712 RB", ""), ("Houten", "3991 CE", ""),
           ("Haarlem", "2021 AB", ""), ("Nieuwegein", "3431 HX", ""), ("Leiden", "2316 VT", ""),
           ("Apeldoorn", "7311 GH", ""), ("Zwolle", "8021 BP", "")),
    "pt": (("Amadora", "2700-301", ""), ("Matosinhos", "4450-209", ""), ("Oeiras", "2780-154", ""),
           ("Vila Nova de Gaia", "4400-146", ""), ("Almada", "2800-087", ""), ("Maia", "4470-158", ""),
           ("Odivelas", "2675-330", ""), ("Barreiro", "2830-022", "")),
    "pl": (("Piaseczno", "05-500", ""), ("Wieliczka", "32-020", ""), ("Pruszków", "05-800", ""),
           ("Sopot", "81-712", ""), ("Marki", "05-270", ""), ("Skawina", "32-050", ""),
           ("Ząbki", "05-091", ""), ("Rumia", "84-230", "")),
}
PASSWORDS = ("Harbour#Tulip92", "w1nterMoss!44", "Qz7!rTv@2kLm", "Pelican_Sky_308", "Marmalade$2026",
             "kR9#vb!Xe4", "BlueFinch-7731", "Otter!Lamp55", "Saffron*River19", "jX2@pq9!Wn",
             "Copper.Kite.81", "Lilac#Storm06", "Nimbus_Walnut_3", "t0ffee!Ridge7", "Drift+Cedar2025",
             "Yx8$Lm3!qRt")
PUBLIC_FIGURES = ("Satya Nadella", "Christine Lagarde", "Jensen Huang", "Serena Williams", "Ada Lovelace",
                  "Tim Cook", "Sundar Pichai", "Marie Curie", "Lionel Messi", "Greta Thunberg",
                  "Mary Barra", "Roger Federer")
ROLES = {
    "en": ("The Payroll Team", "Accounts Payable", "IT Service Desk", "Customer Support", "Facilities",
           "Procurement Team", "HR Operations", "Travel Desk", "Credit Control", "Order Desk",
           "Compliance Office", "Shared Services"),
    "de": ("Lohnbuchhaltung", "Kreditorenbuchhaltung", "IT-Servicedesk", "Kundenservice", "Einkauf",
           "Personalabteilung"),
    "fr": ("Service Paie", "Comptabilité fournisseurs", "Support informatique", "Service client", "Achats",
           "Ressources humaines"),
    "es": ("Nóminas", "Cuentas a pagar", "Soporte IT", "Atención al cliente", "Compras", "Recursos Humanos"),
    "it": ("Ufficio Paghe", "Contabilità fornitori", "Help Desk IT", "Servizio Clienti", "Ufficio Acquisti",
           "Risorse Umane"),
    "nl": ("Salarisadministratie", "Crediteurenadministratie", "IT Servicedesk", "Klantenservice", "Inkoop",
           "HR-afdeling"),
    "pt": ("Processamento Salarial", "Contas a Pagar", "Suporte Informático", "Apoio ao Cliente", "Compras",
           "Recursos Humanos"),
    "pl": ("Dział Płac", "Księgowość", "Helpdesk IT", "Biuro Obsługi Klienta", "Dział Zakupów", "Dział Kadr"),
}
ROLE_BOXES = ("payroll", "ap", "servicedesk", "support", "facilities", "procurement", "hr-ops", "travel",
              "creditcontrol", "orders", "compliance", "sharedservices")
PLACEHOLDERS = (("{{first_name}}", "{{sender_name}}", "{{sender_email}}", "{{phone}}"),
                ("[Name]", "[Your Name]", "[email address]", "[phone number]"),
                ("<Customer Name>", "<Agent Name>", "<agent@company>", "<direct line>"),
                ("%FIRSTNAME%", "%SENDER%", "%SENDER_EMAIL%", "%PHONE%"))

L10N = {
    "en": dict(frm="From", sent="Sent", to="To", cc="Cc", subj="Subject", date="Date",
               fwd="---------- Forwarded message ---------", mob="M:", tel="D:", hi=("Hi", "Hey", "Hello",
                   "Morning"),
               bye=("Thanks,", "Cheers,", "Best,", "Kind regards,", "thx"), re="RE:", fw="FW:",
               wrote="On {d} at {t}, {n} <{e}> wrote:", dob="Date of birth", ooo="Automatic reply"),
    "de": dict(frm="Von", sent="Gesendet", to="An", cc="Cc", subj="Betreff", date="Datum",
               fwd="---------- Weitergeleitete Nachricht ---------", mob="Mobil:", tel="Tel.:",
               hi=("Hallo", "Hi", "Guten Morgen"), bye=("Viele Grüße", "VG", "Beste Grüße"), re="AW:",
                   fw="WG:",
               wrote="Am {d} um {t} schrieb {n} <{e}>:", dob="Geburtsdatum", ooo="Automatische Antwort"),
    "fr": dict(frm="De", sent="Envoyé", to="À", cc="Cc", subj="Objet", date="Date",
               fwd="---------- Message transféré ---------", mob="Portable :", tel="Tél. :",
               hi=("Bonjour", "Salut", "Hello"), bye=("Bien à vous,", "Cordialement,", "Bonne journée,"),
               re="RE :", fw="TR :", wrote="Le {d} à {t}, {n} <{e}> a écrit :", dob="Date de naissance",
               ooo="Réponse automatique"),
    "es": dict(frm="De", sent="Enviado", to="Para", cc="CC", subj="Asunto", date="Fecha",
               fwd="---------- Mensaje reenviado ---------", mob="Móvil:", tel="Tel.:",
               hi=("Hola", "Buenos días", "Buenas"), bye=("Un saludo,", "Saludos,", "Gracias,"), re="RE:",
               fw="RV:", wrote="El {d}, a las {t}, {n} (<{e}>) escribió:", dob="Fecha de nacimiento",
               ooo="Respuesta automática"),
    "it": dict(frm="Da", sent="Inviato", to="A", cc="Cc", subj="Oggetto", date="Data",
               fwd="---------- Messaggio inoltrato ---------", mob="Cell.:", tel="Tel.:",
               hi=("Ciao", "Buongiorno", "Salve"), bye=("Cordiali saluti,", "Grazie,", "Un saluto,"), re="R:",
               fw="I:", wrote="Il giorno {d} alle ore {t} {n} <{e}> ha scritto:", dob="Data di nascita",
               ooo="Risposta automatica"),
    "nl": dict(frm="Van", sent="Verzonden", to="Aan", cc="CC", subj="Onderwerp", date="Datum",
               fwd="---------- Doorgestuurd bericht ---------", mob="Mobiel:", tel="T:",
               hi=("Hoi", "Hallo", "Goedemorgen"), bye=("Met vriendelijke groet,", "Groetjes,", "Mvg,"),
               re="RE:", fw="FW:", wrote="Op {d} om {t} schreef {n} <{e}>:", dob="Geboortedatum",
               ooo="Automatisch antwoord"),
    "pt": dict(frm="De", sent="Enviado", to="Para", cc="Cc", subj="Assunto", date="Data",
               fwd="---------- Mensagem encaminhada ---------", mob="Telemóvel:", tel="Tel.:",
               hi=("Olá", "Bom dia", "Oi"), bye=("Cumprimentos,", "Obrigado,", "Abraço,"), re="RE:",
                   fw="ENC:",
               wrote="Em {d}, às {t}, {n} <{e}> escreveu:", dob="Data de nascimento",
                   ooo="Resposta automática"),
    "pl": dict(frm="Od", sent="Wysłano", to="Do", cc="DW", subj="Temat", date="Data",
               fwd="---------- Przekazana wiadomość ---------", mob="Tel. kom.:", tel="Tel.:",
               hi=("Cześć", "Dzień dobry", "Hej"), bye=("Pozdrawiam,", "Dzięki,", "Z poważaniem,"), re="Odp:",
               fw="PD:", wrote="W dniu {d} o {t} {n} <{e}> napisał(a):", dob="Data urodzenia",
               ooo="Odpowiedź automatyczna"),
}
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
    "it": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "pt": ("jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."),
    "pl": ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),
}
DAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri"), "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr."),
        "fr": ("lun.", "mar.", "mer.", "jeu.", "ven."), "es": ("lun", "mar", "mié", "jue", "vie"),
        "it": ("lun", "mar", "mer", "gio", "ven"), "nl": ("ma", "di", "wo", "do", "vr"),
        "pt": ("seg.", "ter.", "qua.", "qui.", "sex."), "pl": ("pon.", "wt.", "śr.", "czw.", "pt.")}

# instruction lines: even entries dev, odd test
INSTRUCTIONS = {
    "en": ("summarise this thread pls", "can you draft a reply to the last email below",
           "what did we actually agree in this chain?", "Summarize this for my manager in 3 bullets",
           "turn this into action items with owners and dates", "Who is waiting on whom here? short answer",
           "draft a polite chaser, they haven't answered in a week",
               "rewrite my reply so it sounds less annoyed",
           "Pls pull out every deadline mentioned below", "tl;dr this thread, I've been on leave",
           "what's the customer actually asking for? then draft a response",
               "can u make this into a status update",
           "Write a short reply accepting, but push the date by a week",
               "explain what went wrong here in plain English",
           "draft minutes from this chat export", "Give me the key decisions + open questions from below",
           "help me reply, I need to say no nicely", "list everyone involved and what they own",
           "Translate the non-English bits and summarise",
               "is there anything in here I need to act on today??",
           "Make this ticket history into a handover note", "what's the next step and who owns it",
           "Draft a follow-up email recapping the call below",
               "clean this up into a short update for the team"),
    "de": ("Fass bitte diesen Mailverlauf kurz zusammen",
        "Kannst du eine Antwort auf die letzte Mail entwerfen?",
           "Was haben wir hier eigentlich vereinbart?",
               "Bitte die offenen Punkte mit Verantwortlichen auflisten"),
    "fr": ("Tu peux résumer ce fil de mails stp", "Rédige une réponse polie au dernier message",
           "Qu'est-ce qu'on a décidé au final ?", "Fais-moi une liste des actions avec les responsables"),
    "es": ("Resúmeme este hilo de correos, porfa", "Redacta una respuesta al último correo",
           "¿Qué acordamos al final?", "Saca las tareas pendientes y quién se encarga de cada una"),
    "it": ("Mi fai un riassunto di questa conversazione?", "Scrivi una bozza di risposta all'ultima mail",
           "Cosa abbiamo deciso alla fine?", "Elenca le azioni da fare con i responsabili"),
    "nl": ("Kun je deze mailwisseling samenvatten?", "Schrijf een concept-antwoord op de laatste mail",
           "Wat hebben we nou eigenlijk afgesproken?", "Maak een lijstje met actiepunten en eigenaren"),
    "pt": ("Podes resumir esta troca de emails?", "Escreve uma resposta ao último email, por favor",
           "O que é que ficou combinado afinal?", "Lista as tarefas pendentes e quem é responsável"),
    "pl": ("Streść proszę ten wątek mailowy", "Napisz szkic odpowiedzi na ostatniego maila",
           "Co właściwie ustaliliśmy?", "Wypisz zadania i osoby odpowiedzialne"),
}
# body lines: even dev, odd test
BODIES = {
    "en": ("Just checking where we are with the revised quote for the Q3 pallets?",
           "following up on the invoice INV-20931 – finance says it's still unpaid",
           "we're fine with the new SLA wording but legal wants clause 7.2 looked at again",
           "Can we move the kickoff to Thursday? the Rotterdam shipment slipped",
           "attached the signed SOW, pls countersign by Friday",
           "sorry for the delay, was out sick most of last week",
           "the onboarding pack still has last year's holiday policy in it fyi",
           "Budget for the Lisbon offsite got approved, 40 people max",
           "I think we agreed net 45 on the call but the PO says 30",
           "system's been throwing timeouts since the 2.14 release, see ticket",
           "can someone confirm the delivery address for the Leeds office?",
           "client wants a walkthrough of the dashboard before renewal",
           "we need the W-9 / VAT certificate before we can set you up as a supplier",
           "Re the audit – the sample list goes out Monday, pls don't change anything before then",
           "the training room is double booked on the 14th, can we shift to the 15th",
           "pricing looks ok to me, only concern is the 12-month lock-in",
           "quick one: is the Salesforce export ready or still waiting on IT?",
           "We'll need a purchase order number on every invoice from April",
           "heads up, the courier is coming between 2 and 4 tomorrow",
           "they're asking for a 10% discount if we sign before quarter end"),
    "de": ("Kurze Rückfrage zum Angebot für die Ersatzteile – gilt der Preis noch?",
           "die Rechnung RE-4471 ist laut Buchhaltung noch offen",
           "Können wir den Termin auf Donnerstag verschieben? Die Lieferung hat sich verzögert",
           "anbei der unterschriebene Vertrag, bitte bis Freitag gegenzeichnen",
           "Das Budget für die Schulung ist freigegeben, max. 12 Personen",
           "wir brauchen noch die Bestellnummer auf der Rechnung",
           "sorry für die späte Antwort, war letzte Woche krank",
           "Der Kunde möchte vor der Verlängerung eine Demo vom Dashboard"),
    "fr": ("Petit rappel concernant le devis révisé pour les palettes",
           "la facture FA-2291 est toujours en attente de paiement d'après la compta",
           "On peut décaler la réunion de lancement à jeudi ? la livraison a pris du retard",
           "ci-joint le contrat signé, merci de le contresigner avant vendredi",
           "le budget du séminaire est validé, 30 personnes max",
           "il nous faut un numéro de bon de commande sur chaque facture",
           "désolé pour le retard, j'étais en arrêt maladie",
           "Le client veut une démo du tableau de bord avant le renouvellement"),
    "es": ("Una pregunta sobre el presupuesto revisado de los palés",
           "según contabilidad la factura F-3380 sigue pendiente",
           "¿Podemos mover la reunión al jueves? el envío se ha retrasado",
           "te adjunto el contrato firmado, ¿lo firmas antes del viernes?",
           "nos han aprobado el presupuesto de la formación, máximo 20 personas",
           "necesitamos el número de pedido en todas las facturas",
           "perdona el retraso, estuve de baja la semana pasada",
           "El cliente quiere una demo del panel antes de renovar"),
    "it": ("Volevo sapere a che punto è il preventivo aggiornato",
           "secondo l'amministrazione la fattura 2026/118 risulta ancora aperta",
           "Possiamo spostare la riunione a giovedì? la consegna è in ritardo",
           "in allegato il contratto firmato, da controfirmare entro venerdì",
           "il budget per il corso è approvato, massimo 15 persone",
           "serve il numero d'ordine su ogni fattura",
           "scusa il ritardo, sono stato in malattia",
           "Il cliente vuole una demo della dashboard prima del rinnovo"),
    "nl": ("Even checken hoe het staat met de aangepaste offerte",
           "volgens de boekhouding staat factuur 2026-0457 nog open",
           "Kunnen we de kick-off naar donderdag verschuiven? de levering is vertraagd",
           "bijgaand het getekende contract, graag vóór vrijdag retour",
           "het budget voor de training is goedgekeurd, max 15 mensen",
           "we hebben op elke factuur een inkoopordernummer nodig",
           "sorry voor de late reactie, was vorige week ziek",
           "De klant wil een demo van het dashboard voor de verlenging"),
    "pt": ("Queria saber como está o orçamento revisto das paletes",
           "a contabilidade diz que a fatura FT 2026/311 ainda não foi paga",
           "Podemos passar a reunião para quinta? a entrega atrasou",
           "segue em anexo o contrato assinado, peço que assinem até sexta",
           "o orçamento da formação foi aprovado, máximo 20 pessoas",
           "precisamos do número de encomenda em todas as faturas",
           "desculpa a demora, estive de baixa",
           "O cliente quer uma demonstração do dashboard antes da renovação"),
    "pl": ("Chciałem zapytać o zaktualizowaną ofertę na palety",
           "według księgowości faktura FV/2026/118 jest nadal nieopłacona",
           "Możemy przenieść spotkanie na czwartek? dostawa się opóźniła",
           "w załączniku podpisana umowa, proszę o kontrasygnatę do piątku",
           "budżet na szkolenie zatwierdzony, maks. 15 osób",
           "potrzebujemy numeru zamówienia na każdej fakturze",
           "sorry za opóźnienie, byłem na L4",
           "Klient chce demo dashboardu przed przedłużeniem umowy"),
}
CHATS = {
    "en": ("ok will do 👍", "can u send me the deck", "running 5 min late sry", "lol yes",
           "did finance sign off?", "pushed the fix, pls retest", "on a call, 10 mins", "thx!!",
           "who has the client's PO?", "sounds good", "meeting moved to 3", "ugh vpn down again"),
    "de": ("ok mach ich 👍", "schickst du mir die Folien?", "bin 5 min später", "passt",
           "hat die Buchhaltung zugestimmt?", "danke!!"),
    "fr": ("ok je m'en occupe 👍", "tu m'envoies la présentation ?", "j'ai 5 min de retard", "top",
           "la compta a validé ?", "merci !!"),
    "es": ("vale, me encargo 👍", "¿me pasas la presentación?", "llego 5 min tarde", "perfecto",
           "¿contabilidad ya lo aprobó?", "gracias!!"),
    "it": ("ok ci penso io 👍", "mi mandi le slide?", "arrivo con 5 min di ritardo", "perfetto",
           "l'amministrazione ha approvato?", "grazie!!"),
    "nl": ("oké doe ik 👍", "stuur je me de slides?", "ben 5 min later", "prima",
           "heeft finance al akkoord gegeven?", "dank!!"),
    "pt": ("ok, eu trato disso 👍", "mandas-me a apresentação?", "chego 5 min atrasado", "fixe",
           "a contabilidade já aprovou?", "obrigado!!"),
    "pl": ("ok, ogarnę 👍", "podeślesz mi prezentację?", "spóźnię się 5 min", "spoko",
           "księgowość zatwierdziła?", "dzięki!!"),
}
DISCLAIMERS = {
    "en": ("This e-mail and any attachments are confidential and intended solely for the addressee. If you "
           "have received it in error, please notify the sender and delete it. {company} is registered in "
           "England and Wales, company no. 08812345.",
           "CONFIDENTIALITY NOTICE: The information in this message may be privileged. Any review, "
           "dissemination or copying by anyone other than the intended recipient is prohibited. Please "
           "consider the environment before printing this email."),
    "de": ("Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
           "informieren Sie bitte den Absender und löschen Sie diese Mail. Sitz der Gesellschaft: {company}, "
           "HRB 123456.",
           "Vertraulichkeitshinweis: Der Inhalt dieser Nachricht ist ausschließlich für den Empfänger "
           "bestimmt."),
    "fr": ("Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
           "destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur.",
           "Avis de confidentialité : toute diffusion non autorisée est interdite. Pensez à "
           "l'environnement."),
    "es": ("Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, comuníquelo al "
           "remitente y elimínelo. Protección de datos: RGPD (UE) 2016/679.",
           "Aviso de confidencialidad: queda prohibida su difusión sin autorización."),
    "it": ("Questo messaggio e i suoi allegati sono riservati. Se lo avete ricevuto per errore, vi preghiamo "
           "di avvisare il mittente e di cancellarlo (Reg. UE 2016/679).",
           "Avviso di riservatezza: è vietata la diffusione non autorizzata di questa comunicazione."),
    "nl": ("Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per abuis "
           "ontvangen, meld dit dan aan de afzender en verwijder het.",
           "Disclaimer: aan de inhoud van dit bericht kunnen geen rechten worden ontleend."),
    "pt": ("Esta mensagem e os seus anexos são confidenciais. Se a recebeu por engano, informe o remetente e "
           "apague-a.",
           "Aviso de confidencialidade: é proibida a divulgação não autorizada desta mensagem."),
    "pl": ("Ta wiadomość jest poufna i przeznaczona wyłącznie dla adresata. Jeśli otrzymałeś ją przez "
           "pomyłkę, poinformuj nadawcę i usuń ją.",
           "Klauzula poufności: zabrania się rozpowszechniania tej wiadomości bez zgody nadawcy."),
}
NEWSLETTERS = (  # even entries dev, odd test, each from a company of its half
    ("Southerly Outdoor Co.", "Southerly Trade Update",
     "Proud partner of the Australian Open: Serena Williams opened our Melbourne flagship in 2019.",
     "New wholesale price list valid from 1 July, see the partner portal."),
    ("Kestrel Analytics Inc.", "Kestrel Insights – March edition",
     "Our keynote at DataConf Boston featured Satya Nadella on AI copilots for supply chains.",
     "Register for the webinar on 18 March: forecasting with Kestrel Cloud 5.2."),
    ("Nordhafen Maschinenbau GmbH", "Nordhafen Kundeninfo 02/2026",
     "Auf der Hannover Messe sprach Jensen Huang über digitale Zwillinge – wir waren dabei.",
     "Neue Wartungsverträge ab April, Details im Kundenportal."),
    ("Océalis SAS", "Océalis Newsletter n°47",
     "Christine Lagarde a évoqué les taux lors de la conférence de Francfort ; notre analyse page 2.",
     "Salon Vivatech : retrouvez-nous au stand D-14, hall 1."),
    ("Dijkstra Logistiek B.V.", "Dijkstra Nieuwsbrief",
     "Tijdens de Transport Logistic beurs sprak Greta Thunberg over emissievrije havens.",
     "Nieuwe tarieven voor containeropslag vanaf 1 mei."),
    ("Sahyadri Cloudworks Ltd", "Sahyadri Cloud Digest",
     "Sundar Pichai's remarks on cloud regions in India and what they mean for your workloads.",
     "Scheduled maintenance window: Sunday 02:00–04:00 IST, region ap-south-2."),
    ("Pinecrest Biolabs LLC", "Pinecrest Partner News",
     "Mary Barra joined our sustainability panel in Durham; the recording is now online.",
     "Holiday ordering cut-off: December 12 for delivery before Christmas."),
    ("Tessitura Orobica S.p.A.", "Tessitura Orobica – Novità",
     "Alla Milano Fashion Week abbiamo presentato la collezione ispirata a Marie Curie e alla scienza.",
     "Nuovo listino prezzi dal 1° settembre per i clienti all'ingrosso."),
)


# ------------------------------------------------------------------ helpers


class Lab(tuple):
    """A labelled piece: (type, value)."""


def lab(typ: str, value: str) -> Lab:
    return Lab((typ, value))


def _split(pool: tuple, half: str) -> tuple:
    return pool[0::2] if half == "dev" else pool[1::2]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, s: str) -> "Builder":
        self.parts.append(s)
        self.n += len(s)
        return self

    def put(self, piece) -> "Builder":
        if isinstance(piece, Lab):
            typ, value = piece
            self.spans.append({"type": typ, "start": self.n, "end": self.n + len(value), "value": value})
            return self.t(value)
        return self.t(piece)

    def f(self, fmt: str, **pieces) -> "Builder":
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", fmt):
            if m.group(1) not in pieces:
                continue
            self.t(fmt[pos:m.start()])
            self.put(pieces[m.group(1)])
            pos = m.end()
        return self.t(fmt[pos:])

    def line(self, fmt: str = "", **pieces) -> "Builder":
        return self.f(fmt, **pieces).t("\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random, loc: str, kind: str = "mobile") -> str:
    d = lambda n: digits(rng, n)  # noqa: E731
    if loc == "us":
        a = rng.choice(("312", "415", "617", "512", "206", "404", "303", "919", "646", "469"))
        ex = rng.choice("23456789") + d(2)
        return rng.choice((f"({a}) {ex}-{d(4)}", f"{a}-{ex}-{d(4)}", f"+1 {a} {ex} {d(4)}",
            f"{a}.{ex}.{d(4)}"))
    if loc == "gb":
        if kind == "direct":
            return rng.choice((f"+44 (0)161 {d(3)} {d(4)}", f"0113 {rng.choice('23456789')}{d(2)} {d(4)}",
                               f"+44 20 7{d(3)} {d(4)}"))
        m = "7" + rng.choice("1234589") + d(2)
        return rng.choice((f"0{m} {d(6)}", f"+44 {m} {d(6)}", f"+44 (0){m} {d(3)} {d(3)}"))
    if loc == "in":
        if kind == "direct":
            return f"+91-{rng.choice(('80', '22', '20', '44'))}-{d(4)}-{d(4)}"
        m = rng.choice("6789") + d(4)
        return rng.choice((f"+91 {m} {d(5)}", f"{m}{d(5)}", f"+91-{m}-{d(5)}"))
    if loc == "au":
        if kind == "direct":
            return f"({rng.choice(('02', '03', '07', '08'))}) {rng.choice('3456789')}{d(3)} {d(4)}"
        m = "4" + d(2)
        return rng.choice((f"0{m} {d(3)} {d(3)}", f"+61 {m} {d(3)} {d(3)}"))
    if loc == "de":
        if kind == "direct":
            return rng.choice((f"+49 89 {d(4)}-{d(3)}", f"+49 (0)40 {d(3)} {d(2)}-{d(2)}"))
        m = "1" + rng.choice(("51", "52", "60", "62", "70", "71", "76", "79"))
        return rng.choice((f"+49 {m} {d(7)}", f"0{m} {d(7)}", f"0{m}/{d(3)} {d(4)}"))
    if loc == "fr":
        p = lambda: " ".join(d(2) for _ in range(4))  # noqa: E731
        if kind == "direct":
            return f"+33 1 {p()}"
        m = rng.choice("67")
        return rng.choice((f"0{m} {p()}", f"+33 {m} {p()}", f"0{m}.{p().replace(' ', '.')}"))
    if loc == "es":
        if kind == "direct":
            return f"+34 91 {d(3)} {d(2)} {d(2)}"
        m = "6" + d(2)
        return rng.choice((f"{m} {d(2)} {d(2)} {d(2)}", f"+34 {m} {d(3)} {d(3)}", f"{m} {d(3)} {d(3)}"))
    if loc == "it":
        if kind == "direct":
            return f"+39 02 {d(4)} {d(4)}"
        m = "3" + rng.choice(("33", "35", "38", "40", "47", "49", "92"))
        return rng.choice((f"+39 {m} {d(3)} {d(4)}", f"{m} {d(7)}", f"{m}-{d(7)}"))
    if loc == "nl":
        if kind == "direct":
            return f"+31 (0)20 {d(3)} {d(4)}"
        return rng.choice((f"06-{d(8)}", f"+31 6 {d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"))
    if loc == "pt":
        if kind == "direct":
            return f"+351 21 {d(3)} {d(4)}"
        m = "9" + rng.choice("1236") + d(1)
        return rng.choice((f"+351 {m} {d(3)} {d(3)}", f"{m} {d(3)} {d(3)}"))
    if loc == "pl":
        if kind == "direct":
            return f"+48 22 {d(3)} {d(2)} {d(2)}"
        m = rng.choice("5678") + d(2)
        return rng.choice((f"+48 {m} {d(3)} {d(3)}", f"{m}-{d(3)}-{d(3)}", f"{m} {d(3)} {d(3)}"))
    raise ValueError(loc)


def luhn_card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "mc", "amex"))
    body = {"visa": "4" + digits(rng, 14), "mc": "5" + rng.choice("12345") + digits(rng, 13),
            "amex": "3" + rng.choice("47") + digits(rng, 12)}[kind]
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
    full = body + str((10 - total % 10) % 10)
    if kind == "amex":
        return rng.choice((f"{full[:4]} {full[4:10]} {full[10:]}", full))
    groups = " ".join(full[i:i + 4] for i in range(0, 16, 4))
    return rng.choice((groups, groups.replace(" ", "-"), full))


IBAN_SHAPES = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "PT": "n21", "PL": "n24",
               "GB": "a4n14"}


def iban(rng: random.Random, country: str) -> str:
    shape = IBAN_SHAPES[country]
    bban = ""
    for kind, count in re.findall(r"([an])(\d+)", shape):
        pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
        bban += "".join(rng.choice(pool) for _ in range(int(count)))
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    raw = f"{country}{98 - num % 97:02d}{bban}"
    return rng.choice((" ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), raw))


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ip(rng: random.Random) -> str:
    return f"{rng.choice((81, 86, 92, 109, 151, 176, 188, 203, 24, 73, 98, 187))}.{rng.randint(1, 254)}." \
           f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def token(rng: random.Random, n: int = 32) -> str:
    return "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def dob(rng: random.Random, ctx: "Ctx") -> str:
    y, m, d = rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28)
    if ctx.loc == "us":
        return rng.choice((f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}"))
    if ctx.lang == "en":
        return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"))
    if ctx.lang in ("de", "pl"):
        return f"{d:02d}.{m:02d}.{y}"
    if ctx.lang == "nl":
        return f"{d:02d}-{m:02d}-{y}"
    return f"{d:02d}/{m:02d}/{y}"


@dataclass
class Company:
    name: str
    domain: str
    switchboard: str
    office: str
    loc: str


@dataclass
class Party:
    """A person (``pos``) or a role or placeholder standing where a person would."""
    pos: bool
    given: str = ""
    family: str = ""
    called: str = ""
    eastern: bool = False
    company: Company | None = None
    mail_value: str = ""
    mobile: str = ""
    direct: str = ""
    role: str = ""
    role_mail: str = ""
    greet_word: str = ""
    title: str = ""

    def full(self):
        if not self.pos:
            return self.role
        return lab("PERSON", f"{self.family} {self.given}" if self.eastern else f"{self.given} {self.family}")

    def comma(self):
        return lab("PERSON", f"{self.family}, {self.given}") if self.pos else self.role

    def upper(self):
        return lab("PERSON", self.full()[1].upper()) if self.pos else self.role.upper()

    def first(self):
        return lab("PERSON", self.called) if self.pos else self.greet_word

    def handle(self):
        if not self.pos:
            return self.role.lower().replace(" ", "-")
        return lab("PERSON", ascii_fold(f"{self.called}.{self.family}").lower().replace(" ", ""))

    def who(self):
        return lab("PERSON", self.called) if self.pos else self.role

    def fam(self):
        return lab("PERSON", self.family) if self.pos else self.role

    def mail(self):
        return lab("EMAIL_ADDRESS", self.mail_value) if self.pos else self.role_mail

    def mob(self):
        return lab("PHONE_NUMBER",
            self.mobile) if self.pos else (self.company.switchboard if self.company else "")

    def tel(self):
        return lab("PHONE_NUMBER",
            self.direct) if self.pos else (self.company.switchboard if self.company else "")

    def styled(self, rng: random.Random):
        return rng.choice((self.full, self.full, self.comma, self.upper))()


@dataclass
class Ctx:
    rng: random.Random
    half: str
    lang: str
    loc: str
    pos: bool
    placeholder: bool
    people: list
    companies: list
    b: Builder
    used: set

    @property
    def w(self) -> dict:
        return L10N[self.lang]

    def pick(self, pool):
        return self.rng.choice(_split(pool, self.half))

    def company(self, loc: str | None = None) -> Company:
        here = [c for c in self.companies if c.loc == (loc or self.loc)]
        return self.rng.choice(here or self.companies)

    def party(self, company: Company | None = None, personal: bool = False) -> Party:
        co = company or self.company()
        if not self.pos:
            if self.placeholder:
                ph = self.rng.choice(PLACEHOLDERS)
                return Party(False, company=co, role=ph[1], role_mail=ph[2], greet_word=ph[0])
            roles = ROLES[self.lang]
            i = self.rng.randrange(len(roles))
            box = ROLE_BOXES[i] if self.lang == "en" else self.rng.choice(("info", "service", "kontakt",
                "office",
                                                                          "noreply", "support"))
            greet = self.rng.choice(("team", "all", "everyone")) if self.lang == "en" else \
                {"de": "zusammen", "fr": "à tous", "es": "equipo", "it": "a tutti", "nl": "allemaal",
                 "pt": "equipa", "pl": "wszystkim"}[self.lang]
            return Party(False, company=co, role=roles[i], role_mail=f"{box}@{co.domain}", greet_word=greet)
        free = [p for p in self.people if p[0] not in self.used]
        given, family, called, eastern = self.rng.choice(free)
        self.used.add(given)
        g, f = ascii_fold(called if " " not in called else given).lower(), ascii_fold(family).lower()
        g, f = g.replace(" ", "").replace("-", ""), f.replace(" ", "").replace("-", "")
        if personal:
            local = self.rng.choice((f"{g}.{f}", f"{g}{f}{self.rng.randint(1, 99)}", f"{g}_{f}"))
            host = self.rng.choice(PERSONAL_HOSTS)
        else:
            local = self.rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}.{f}", f"{f}.{g}"))
            host = co.domain
        t = TITLES[self.lang]
        return Party(True, given, family, called, eastern, co, f"{local}@{host}", phone(self.rng, co.loc),
                     phone(self.rng, co.loc, "direct"), title=self.rng.choice(t))

    def body(self) -> str:
        return self.pick(BODIES[self.lang])

    def chat(self) -> str:
        return self.rng.choice(CHATS[self.lang])

    def when(self, style: int = 0) -> tuple[str, str]:
        r = self.rng
        m, d, wd = r.randrange(12), r.randint(1, 28), r.randrange(5)
        hh, mm = r.randint(7, 18), r.randint(0, 59)
        mon, day = MONTHS[self.lang][m], DAYS[self.lang][wd]
        if self.lang == "en" and self.loc == "us":
            date = f"{day}, {mon} {d}, 2026" if style == 0 else f"{m + 1}/{d}/2026"
            hh12 = hh - 12 if hh > 12 else hh
            return date, f"{hh12}:{mm:02d} {'PM' if hh >= 12 else 'AM'}"
        date = f"{day}, {d} {mon} 2026" if style == 0 else f"{d:02d}/{m + 1:02d}/2026"
        if self.lang in ("de", "pl"):
            date = f"{day}, {d}. {mon} 2026" if style == 0 else f"{d:02d}.{m + 1:02d}.2026"
        return date, f"{hh:02d}:{mm:02d}"

    def home(self, one_line: bool):
        """A private home address: one Lab (one line) or a list of Labs (one per line); with its town."""
        r, loc = self.rng, self.loc
        street = self.pick(STREETS[loc])
        town, pc, region = self.pick(TOWNS[loc])
        n = str(r.randint(2, 188))
        line1 = {"de": f"{street} {n}", "nl": f"{street} {n}",
            "es": f"{street}, {n}, {r.randint(1, 6)}º {'AB'[r.randrange(2)]}",
                 "it": f"{street} {n}", "pt": f"{street}, {n}, {r.randint(1, 5)}º Esq.",
                 "pl": f"ul. {street} {n}/{r.randint(1, 40)}", "in": f"No. {n}, {street}"}.get(loc,
                     f"{n} {street}")
        line2 = {"us": f"{town}, {region} {pc}", "gb": f"{town} {pc}", "in": f"{town} {pc}, {region}",
                 "au": f"{town} {region} {pc}", "it": f"{pc} {town} ({region})"}.get(loc, f"{pc} {town}")
        if one_line:
            return lab("LOCATION", f"{line1}, {line2}"), town
        return [lab("LOCATION", line1), lab("LOCATION", line2)], town

    def town(self):
        return lab("LOCATION", self.pick(TOWNS[self.loc])[0])

    def sig(self, p: Party, full: bool = False) -> None:
        """A signature block; a role's is a team name, company and switchboard."""
        b, w, r = self.b, self.w, self.rng
        b.line("{n}", n=p.full())
        if p.pos:
            if full:
                b.line("{t} | {c}" + (f" | {r.choice(PRONOUNS)}" if r.random() < 0.4 else ""),
                       t=r.choice(JOB_TITLES), c=p.company.name)
                if r.random() < 0.6:
                    b.line(f"{w['tel']} {{d}}", d=p.tel())
                b.line(f"{w['mob']} {{m}}", m=p.mob())
                if r.random() < 0.5:
                    b.line("E: {e}", e=p.mail())
                b.line(f"{p.company.office} | Switchboard {p.company.switchboard}")
                if r.random() < 0.5:
                    slug = ascii_fold(f"{p.given}-{p.family}").lower().replace(" ", "-")
                    b.line(f"linkedin.com/in/{slug}-{token(r, 5).lower()}")
            else:
                b.line("{c} | {m}", c=p.company.name, m=p.mob())
        else:
            b.line(f"{p.company.name} | {p.company.switchboard}")
            if full:
                b.line(p.company.office)


# ------------------------------------------------------------------ templates
# Each template writes into ctx.b; a negative's parties are roles or placeholders (ctx.pos False) and
# the extras (addresses, birth dates, credentials) are left out or written as placeholders.


def _secret_line(c: Ctx, what: str = "password") -> None:
    r = c.rng
    if not c.pos:
        c.b.line(r.choice(("(password sent separately via the portal, as per policy)",
                           "pls reset your password via the self-service portal, we never send them by mail",
                           "credentials: see the vault entry, not pasting here")))
        return
    if what == "token":
        c.b.line(r.choice(("token: {s}", "API key {s}", "Authorization: Bearer {s}")), s=lab("SECRET",
            token(r, 36)))
    elif what == "pin":
        c.b.line(r.choice(("PIN for the card portal is {s}", "door PIN {s} (don't share)")),
                 s=lab("SECRET", digits(r, r.choice((4, 6)))))
    else:
        c.b.line(r.choice(("temp password: {s}", "pw is {s} - change it after first login",
                           "Password for the shared account: {s}")), s=lab("SECRET", c.pick(PASSWORDS)))


def _us_ssn(c: Ctx) -> None:
    """A US person's SSN pasted into an HR or payroll exchange."""
    if c.pos and c.loc == "us" and c.rng.random() < 0.8:
        c.b.line(c.rng.choice(("SSN for the payroll setup: {s}", "her SSN is {s} if the W-4 needs it",
                               "(ssn {s} - pls delete after use)")), s=lab("US_SSN", ssn(c.rng)))


def t_fwd_outlook(c: Ctx) -> str:  # dev
    b, w, r = c.b, c.w, c.rng
    me, a, x = c.party(), c.party(), c.party()
    b.line("{g} {n},", g=r.choice(w["hi"]), n=a.first())
    body = c.body()
    b.line("fyi see below, " + body[:1].lower() + body[1:])
    b.line()
    b.line("{n}", n=me.who())
    b.line()
    b.line(f"{w['frm']}: {{n}} <{{e}}>", n=x.styled(r), e=x.mail())
    d, t = c.when()
    b.line(f"{w['sent']}: {d} {t}")
    b.line(f"{w['to']}: {{n}} <{{e}}>", n=me.styled(r), e=me.mail())
    if r.random() < 0.6:
        b.line(f"{w['cc']}: {{n}} <{{e}}>; accounts@{x.company.domain}", n=a.comma(), e=a.mail())
    b.line(f"{w['subj']}: {w['fw']} {w['re']} PO 4500{digits(r, 5)}")
    b.line()
    b.line("{g} {n},", g=r.choice(w["hi"]), n=me.first())
    b.line(c.body())
    _us_ssn(c)
    if r.random() < 0.35:
        _secret_line(c)
    if c.pos and r.random() < 0.25:
        cc = "GB" if c.lang == "en" else c.lang.upper()
        b.line("reimbursement to my account pls: {i}", i=lab("IBAN_CODE", iban(r,
            cc if cc in IBAN_SHAPES else "DE")))
    b.line()
    b.line(r.choice(w["bye"]))
    c.sig(x)
    return "role_mailboxes"


def t_fwd_gmail(c: Ctx) -> str:  # test
    b, w, r = c.b, c.w, c.rng
    me, x, y = c.party(), c.party(personal=True), c.party()
    b.line(c.body())
    b.line()
    b.line(w["fwd"])
    b.line(f"{w['frm']}: {{n}} <{{e}}>", n=x.full(), e=x.mail())
    d, t = c.when()
    b.line(f"{w['date']}: {d} {t}")
    b.line(f"{w['subj']}: {' '.join(c.pick(BODIES[c.lang]).split()[:6])}")
    b.line(f"{w['to']}: {{n}} <{{e}}>, {{m}} <{{f}}>", n=me.full(), e=me.mail(), m=y.full(), f=y.mail())
    b.line()
    b.line("{g} {n}", g=r.choice(w["hi"]).lower(), n=me.first())
    b.line(c.body())
    if c.pos and r.random() < 0.5:
        b.line("best to reach me on my mobile {p} after 5", p=x.mob())
    _us_ssn(c)
    if r.random() < 0.3:
        _secret_line(c, "pin")
    b.line(r.choice(w["bye"]) + " ")
    b.line("{n}", n=x.who())
    b.line()
    b.line("Sent from my iPhone")
    return "role_mailboxes"


def t_quoted_gmail(c: Ctx) -> str:  # dev
    b, w, r = c.b, c.w, c.rng
    me, x = c.party(), c.party()
    b.line("{g} {n},", g=r.choice(w["hi"]), n=x.first())
    b.line(c.body())
    b.line(r.choice(w["bye"]))
    b.line("{n}", n=me.who())
    b.line()
    d, t = c.when()
    b.line(w["wrote"], d=d, t=t, n=x.full(), e=x.mail())
    b.line()
    b.line("> {g} {n},", g=r.choice(w["hi"]), n=me.first())
    b.line("> " + c.body())
    if c.pos and (c.loc == "us" or r.random() < 0.35):
        if c.loc == "us":
            b.line("> for the benefits form HR also needs her SSN {s}, DOB {d}", s=lab("US_SSN", ssn(r)),
                   d=lab("DATE_OF_BIRTH", dob(r, c)))
        else:
            b.line(f"> {w['dob']} (for the insurance form): {{d}}", d=lab("DATE_OF_BIRTH", dob(r, c)))
    b.line("> ")
    b.line("> {n}", n=x.full())
    b.line("> {m}", m=x.mob())
    return "role_mailboxes"


def t_quoted_thread(c: Ctx) -> str:  # test
    b, w, r = c.b, c.w, c.rng
    me, x, y = c.party(), c.party(), c.party()
    b.line(r.choice(("see thread ↓", "thread below", "pasting the whole thing")))
    b.line()
    d, t = c.when(1)
    b.line(w["wrote"], d=d, t=t, n=y.full(), e=y.mail())
    b.line("> " + c.body())
    b.line("> -- {n}", n=y.who())
    b.line(">")
    d, t = c.when(1)
    b.line("> " + w["wrote"], d=d, t=t, n=x.full(), e=x.mail())
    b.line(">> {g} {n}, " + c.body().lower(), g=r.choice(w["hi"]), n=y.first())
    if c.pos and r.random() < 0.4:
        b.line(">> " + f"new starter: {{n}}, {w['dob']} {{d}}, lives in {{t}}", n=me.full(),
               d=lab("DATE_OF_BIRTH", dob(r, c)), t=c.town())
    if c.pos and c.loc == "us":
        b.line(">> SSN for the I-9: {s}", s=lab("US_SSN", ssn(r)))
    b.line(">> {n} | {t}", n=x.who(), t=x.tel())
    return "role_mailboxes"


def t_original_message(c: Ctx) -> str:  # dev
    b, w, r = c.b, c.w, c.rng
    me, x = c.party(), c.party()
    b.line(c.body())
    b.line()
    b.line("-----Original Message-----")
    b.line(f"{w['frm']}: {{n}} [mailto:{{e}}]", n=x.full(), e=x.mail())
    d, t = c.when()
    b.line(f"{w['sent']}: {d} {t}")
    b.line(f"{w['to']}: {{n}}", n=me.comma())
    b.line(f"{w['subj']}: {w['re']} courier booking")
    b.line()
    b.line("{g} {n},", g=r.choice(w["hi"]), n=me.first())
    b.line(c.body())
    _us_ssn(c)
    if c.pos and r.random() < 0.6:
        lines, _ = c.home(False)
        b.line("pls send the samples to my home address, I'm WFH all week:")
        for ln in lines:
            b.line("{a}", a=ln)
    elif not c.pos:
        b.line("Delivery address: our goods-in dock, " + x.company.office)
    b.line()
    b.line(r.choice(w["bye"]))
    c.sig(x)
    return "role_mailboxes"


def t_outlook_desktop(c: Ctx) -> str:  # test
    b, w, r = c.b, c.w, c.rng
    me, x, y = c.party(), c.party(), c.party()
    b.line("{n} – " + c.body(), n=y.first())
    b.line()
    b.line("________________________________")
    b.line(f"{w['frm']}: {{n}} <{{e}}>", n=x.comma(), e=x.mail())
    d, t = c.when(1)
    b.line(f"{w['sent']}: {d} {t}")
    b.line(f"{w['to']}: {{n}} <{{e}}>", n=me.comma(), e=me.mail())
    b.line(f"{w['cc']}: {{n}}", n=y.comma())
    b.line(f"{w['subj']}: {w['re']} {w['re']} Q3 forecast")
    b.line()
    b.line(c.body())
    if c.pos and r.random() < 0.4:
        addr, town = c.home(True)
        b.line("moved house btw, new address for the contract: {a}", a=addr)
    b.line("{n}", n=x.who())
    b.line("{m}", m=x.mob())
    return "role_mailboxes"


def t_signature_full(c: Ctx) -> str:  # dev
    b, w, r = c.b, c.w, c.rng
    me, x = c.party(), c.party()
    b.line("{g} {n},", g=r.choice(w["hi"]), n=me.first())
    first = c.body()
    b.line(first)
    b.line(next((x for x in (c.body() for _ in range(9)) if x != first), first))
    b.line()
    b.line(r.choice(w["bye"]))
    b.line()
    c.sig(x, full=True)
    b.line()
    b.t(DISCLAIMERS[c.lang][0].replace("{company}", x.company.name))
    return "role_mailboxes"


def t_signature_card(c: Ctx) -> str:  # test
    b, w, r = c.b, c.w, c.rng
    x = c.party()
    b.line(c.body())
    b.line()
    b.line("--")
    if x.pos:
        b.line("{n} ({p})", n=x.upper(), p=r.choice(PRONOUNS))
        b.line(r.choice(JOB_TITLES))
        b.line(f"{x.company.name}")
        b.line(f"{w['mob']} {{m}}  ·  {w['tel']} {{d}}", m=x.mob(), d=x.tel())
        b.line("{e}", e=x.mail())
        if r.random() < 0.3:
            b.line("Working from {t} Mon/Fri", t=c.town())
    else:
        b.line(x.role)
        b.line(f"{x.company.name} · {x.company.office}")
        b.line(f"{x.company.switchboard} · {x.role_mail}")
    b.line(f"{x.company.office}")
    b.line(DISCLAIMERS[c.lang][1])
    return "role_mailboxes"


def t_invite_outlook(c: Ctx) -> str:  # dev
    b, w, r = c.b, c.w, c.rng
    org = c.party()
    att = [c.party() for _ in range(r.randint(2, 3))]
    d, t = c.when()
    b.line(f"{w['subj']}: Quarterly vendor review")
    b.line(f"When: {d} {t} (1 hour)")
    b.line("Where: Microsoft Teams Meeting" + ("" if c.pos else "; Boardroom 3.14 (12 seats, VC)"))
    b.line("Organizer: {n} <{e}>", n=org.comma(), e=org.mail())
    b.line("Required: " + "; ".join(["{a%d}" % i for i in range(len(att))]), **{f"a{i}": p.mail() for i, p in
                                                                                  enumerate(att)})
    if not c.pos:
        b.line(f"Optional: Room-LDN-4.02@{org.company.domain}; Room-LDN-4.03@{org.company.domain}")
    b.line()
    b.line("Microsoft Teams meeting")
    b.line("Join on your computer, mobile app or room device")
    b.line(f"Meeting ID: {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}")
    b.line(f"Passcode: {token(r, 6)}")
    b.line("Dial in by phone")
    b.line(f"+44 20 3855 {digits(r, 4)},,{digits(r, 9)}# United Kingdom, London")
    b.line(f"Phone conference ID: {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}#")
    if c.pos and r.random() < 0.5:
        b.line("if the link plays up call my mobile {m}", m=org.mob())
    if r.random() < 0.3:
        _secret_line(c)
    return "room_invite"


def t_invite_google(c: Ctx) -> str:  # test
    b, r = c.b, c.rng
    org, a1, a2 = c.party(), c.party(), c.party(personal=True)
    d, t = c.when(1)
    b.line("Invitation: Onboarding sync @ " + f"{d} {t}")
    b.line()
    b.line("Join with Google Meet")
    b.line(f"meet.google.com/{token(r, 3).lower()}-{token(r, 4).lower()}-{token(r, 3).lower()}")
    b.line(f"Join by phone: (US) +1 402-816-{digits(r, 4)} PIN: {digits(r, 9)}#")
    b.line()
    b.line("Organizer")
    b.line("{e}", e=org.mail())
    b.line("Guests")
    b.line("{n} - organizer", n=org.full())
    b.line("{e}", e=a1.mail())
    b.line("{e}", e=a2.mail())
    if not c.pos:
        b.line("Training Room B (capacity 20)")
    b.line()
    b.line("Notes: " + c.body())
    if r.random() < 0.35:
        _secret_line(c, "token" if r.random() < 0.5 else "password")
    b.line("Reply for {e}", e=a1.mail())
    return "room_invite"


def _chat_name(c: Ctx, p: Party):
    return c.rng.choice((p.full, p.handle, p.comma))() if p.pos else p.role


def t_teams_export(c: Ctx) -> str:  # dev
    b, r = c.b, c.rng
    if c.pos:
        ps = [c.party() for _ in range(3)]
        names = [_chat_name(c, p) for p in ps]
    else:
        ps = []
        names = ["Jira Cloud", "Power Automate", "Workflows"]
    for i in range(r.randint(4, 6)):
        k = i % len(names)
        d, t = c.when(1)
        b.line("[{d} {t}] {n}", d=d, t=t, n=names[k])
        if c.pos and i == 1:
            b.line("@{m} " + c.chat(), m=ps[0].first())
        elif c.pos and i == 2 and r.random() < 0.5:
            b.line("my mobile if needed {m}", m=ps[k].mob())
        elif c.pos and i == 3 and r.random() < 0.4:
            _secret_line(c)
        elif c.pos and i == 4:
            b.line("wfh from {t} till Friday, ping me here", t=c.town())
        elif not c.pos:
            kind, team = r.choice(("Issue", "Flow", "Approval")), r.choice(("FIN", "OPS", "HR"))
            b.line(f"{kind} {team}-{digits(r, 4)} "
                   f"{r.choice(('moved to Done', 'failed: timeout', 'waiting for approval', 'created'))}")
        else:
            b.line(c.chat())
        if r.random() < 0.3:
            b.line(r.choice(("👍 2", "❤️ 1", "😂 3", "✅ 1")))
    return "bot_chat"


def t_slack_export(c: Ctx) -> str:  # test
    b, r = c.b, c.rng
    if c.pos:
        ps = [c.party() for _ in range(3)]
        names = [p.handle() for p in ps]
    else:
        ps = []
        names = ["GitHub", "PagerDuty", "Google Drive", "Polly"]
    b.line("#proj-" + r.choice(("renewals", "migration", "payroll-2026", "vendor-onboarding")))
    for i in range(r.randint(4, 6)):
        k = i % len(names)
        d, t = c.when(1)
        b.line("{n}  {t}", n=names[k], t=t)
        if c.pos and i == 2:
            b.line("moving to {t} next month so might be offline a bit", t=c.town())
        elif c.pos and i == 3 and r.random() < 0.5:
            _secret_line(c, "token")
        elif not c.pos:
            b.line(r.choice(("PR #4821 merged into main", "Incident #2210 resolved",
                "New file shared: Q3 plan.xlsx",
                             "Poll closed: 7 votes", "Deploy to staging succeeded (build 1893)")))
        else:
            b.line(c.chat())
        if r.random() < 0.3:
            b.line(r.choice((":+1: 3", ":eyes: 1", ":tada: 4")))
    return "bot_chat"


def t_whatsapp_ios(c: Ctx) -> str:  # dev
    b, r = c.b, c.rng
    if c.pos:
        names = [c.party().full(), lab("PHONE_NUMBER", phone(r, c.loc))]
    else:
        names = [c.company().name, "~ Support"]
        b.line("Messages and calls are end-to-end encrypted. No one outside of this chat can read them.")
    for i in range(r.randint(4, 6)):
        ds = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026"
        t = f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        b.f("[{d}, {t}] {n}: ", d=ds, t=t, n=names[i % 2])
        if c.pos and i == 2:
            b.line("I'm at home in {t} today, call me", t=c.town())
        elif c.pos and i == 3 and r.random() < 0.5:
            b.line("card for the booking {k} exp 09/28", k=lab("CREDIT_CARD", luhn_card(r)))
        elif not c.pos:
            b.line(r.choice(("Your order has shipped 📦", "Reply STOP to opt out",
                             "Your appointment is confirmed for Tuesday", "<attached: invoice.pdf>")))
        else:
            b.line(c.chat())
    return "bot_chat"


def t_whatsapp_android(c: Ctx) -> str:  # test
    b, r = c.b, c.rng
    if c.pos:
        p = c.party()
        names = [p.first(), lab("PHONE_NUMBER", phone(r, c.loc)), p.full()]
    else:
        names = ["~ Team Bot", c.company().name]
    b.line("WhatsApp Chat with " + ("{n}" if c.pos else names[1]), **({"n": names[2]} if c.pos else {}))
    for i in range(r.randint(4, 6)):
        d, t = c.when(1)
        n = names[i % 2]
        b.f("{d}, {t} - {n}: ", d=d, t=t, n=n)
        if c.pos and i == 1 and r.random() < 0.6:
            b.line("IBAN for the deposit is {i}", i=lab("IBAN_CODE", iban(r, r.choice(sorted(IBAN_SHAPES)))))
        elif c.pos and i == 3:
            addr, _ = c.home(True)
            b.line("parcel goes to {a}", a=addr)
        elif not c.pos:
            b.line(r.choice(("<Media omitted>", "This message was deleted",
                "Your booking #88231 is confirmed",
                             "Opening hours over Easter: 9–13")))
        else:
            b.line(c.chat())
    return "bot_chat"


def t_zendesk(c: Ctx) -> str:  # dev
    b, r = c.b, c.rng
    req, agent = c.party(personal=True), c.party()
    topic = r.choice(("Refund not received", "Cannot log in", "Wrong item shipped"))
    b.line(f"Ticket #{digits(r, 6)} – {topic}")
    b.line("Requester: {n} <{e}>", n=req.full(), e=req.mail())
    b.line("Assignee: {n}", n=agent.full())
    b.line("Group: Tier 2 Support | Priority: High | Channel: " + r.choice(("Email", "Web form", "Chat")))
    if c.pos:
        b.line("Phone (custom field): {p}", p=req.mob())
        if r.random() < 0.4:
            b.line(f"{c.w['dob']} (custom field): {{d}}", d=lab("DATE_OF_BIRTH", dob(r, c)))
        if r.random() < 0.5:
            b.line("Address (custom field): {a}", a=c.home(True)[0])
        if c.loc == "us" and r.random() < 0.6:
            b.line("Verification (SSN): {s}", s=lab("US_SSN", ssn(r)))
    else:
        b.line("Phone (custom field): -")
    b.line("---")
    b.line("{n}, {t}".replace("{t}", c.when()[0]), n=req.full())
    b.line(c.body())
    if c.pos and r.random() < 0.5:
        b.line("the card I paid with was {k}", k=lab("CREDIT_CARD", luhn_card(r)))
    elif c.pos and r.random() < 0.5:
        cc = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL"}
        b.line("pls refund to my account {i}", i=lab("IBAN_CODE", iban(r, cc[c.lang])))
    if c.pos and r.random() < 0.4:
        b.line("last login attempt came from {i}", i=lab("IP_ADDRESS", ip(r)))
    b.line("---")
    b.line("{n} (internal note): checked with warehouse, see macro R-12", n=agent.who())
    return "system_notification"


def t_freshdesk(c: Ctx) -> str:  # test
    b, r = c.b, c.rng
    req, agent = c.party(personal=True), c.party()
    b.line(f"Freshdesk export · #{digits(r, 5)} · Status: Pending · Type: " + r.choice(("Billing",
        "Delivery")))
    b.line("Contact: {n}", n=req.comma())
    b.line("Email: {e}", e=req.mail())
    b.line("Agent: {n}", n=agent.handle())
    if c.pos:
        addr, town = c.home(False)
        b.line("Shipping address: {a}", a=addr[0])
        b.line("                  {a}", a=addr[1])
    else:
        b.line("Shipping address: {{shipping_address}}")
    b.line("Conversation:")
    b.line(c.body())
    if c.pos and r.random() < 0.7:
        b.line("Customer IP: {i}", i=lab("IP_ADDRESS", ip(r)))
    if c.pos and r.random() < 0.6:
        b.line("Card on file: {k}", k=lab("CREDIT_CARD", luhn_card(r)))
    if c.pos and c.loc == "us" and r.random() < 0.6:
        b.line("SSN given for the credit check: {s}", s=lab("US_SSN", ssn(r)))
    b.line("— {n}", n=agent.first())
    return "system_notification"


def t_jira(c: Ctx) -> str:  # dev
    b, r = c.b, c.rng
    rep, asg = c.party(), c.party()
    b.line(f"[OPS-{digits(r, 4)}] SSO login loop for some users")
    b.line("Reporter: {n}   Assignee: {a}", n=rep.full(), a=asg.comma() if c.pos else "Unassigned")
    b.line("Status: In Progress   Priority: Major   Labels: sso, okta")
    b.line("Description:")
    b.line(c.body())
    if c.pos:
        b.line("affected user's laptop IP {i}", i=lab("IP_ADDRESS", ip(r)))
    b.line("Comments:")
    b.line("{n}: [~{h}] can you check the Okta logs?", n=rep.who(), h=asg.handle())
    if r.random() < 0.5:
        _secret_line(c, "token")
    return "system_notification"


def t_servicenow(c: Ctx) -> str:  # test
    b, r = c.b, c.rng
    caller, tech = c.party(), c.party()
    b.line(f"INC00{digits(r, 5)} | Category: Hardware | State: On Hold")
    b.line("Caller: {n} ({e})", n=caller.full(), e=caller.mail())
    b.line("Assigned to: {n}", n=tech.full() if c.pos else "Service Desk L2")
    b.line("Work notes:")
    b.line(c.body())
    if c.pos:
        b.line("called user back on {p}, no answer", p=caller.tel())
        _us_ssn(c)
        if r.random() < 0.5:
            b.line("VPN drops on the user's home connection, public IP {i}", i=lab("IP_ADDRESS", ip(r)))
        if r.random() < 0.5:
            _secret_line(c, "pin" if r.random() < 0.5 else "password")
    else:
        b.line("Auto-closed after 5 days without response from the caller.")
    return "system_notification"


def t_crm_salesforce(c: Ctx) -> str:  # dev
    b, r, w = c.b, c.rng, c.w
    p, owner = c.party(personal=True), c.party()
    if not c.pos:
        ph = r.choice(PLACEHOLDERS)
        b.line(f"Contact: {ph[1]} | Account: {p.company.name}")
        b.line(f"Mobile: {ph[3]}  Email: {ph[2]}")
        b.line("Note: " + c.body())
        b.line(f"Next step: send {ph[0]} the renewal quote via {p.company.name} procurement portal")
        return "placeholders"
    b.line("Contact: {n} | Account: " + p.company.name, n=p.full())
    b.line("Mobile: {m}  Email: {e}", m=p.mob(), e=p.mail())
    if r.random() < 0.5:
        b.line(f"{w['dob']}: {{d}}", d=lab("DATE_OF_BIRTH", dob(r, c)))
    b.line("Note ({o}): called " + p.title + " {f} – " + c.body(), o=owner.first(), f=p.fam())
    b.line("lives in {t}, prefers calls after 6", t=c.town())
    if c.loc == "us":
        b.line("SSN (for the financing application): {s}", s=lab("US_SSN", ssn(r)))
    return "placeholders"


def t_crm_hubspot(c: Ctx) -> str:  # test
    b, r, w = c.b, c.rng, c.w
    p = c.party(personal=True)
    if not c.pos:
        ph = r.choice(PLACEHOLDERS)
        b.line(f"Deal: {p.company.name} – annual licence")
        b.line(f"Associated contact: {ph[1]} ({ph[2]})")
        b.line(f"Activity: email sent to {ph[0]} (sequence step 2 of 4)")
        b.line(c.body())
        return "placeholders"
    addr, _ = c.home(False)
    b.line(f"Deal: {p.company.name} – annual licence")
    b.line("Associated contact: {n} ({e})", n=p.comma(), e=p.mail())
    b.line("Phone: {m}", m=p.mob())
    b.line("Mailing address:")
    for ln in addr:
        b.line("{a}", a=ln)
    if r.random() < 0.5:
        b.line(f"{w['dob']}: {{d}}", d=lab("DATE_OF_BIRTH", dob(r, c)))
    if r.random() < 0.35:
        b.line("card for auto-renewal: {k}", k=lab("CREDIT_CARD", luhn_card(r)))
    b.line("Activity: " + c.body())
    return "placeholders"


def t_ooo_dev(c: Ctx) -> str:  # dev
    b, w, r = c.b, c.w, c.rng
    me, cov = c.party(), c.party()
    b.line(f"{w['subj']}: {w['ooo']}: " + r.choice(("Invoice query", "Contract renewal", "Kickoff")))
    b.line()
    if c.pos:
        b.line("Thank you for your email. I am out of the office until Monday with limited access to email.")
        b.line("For anything urgent please contact {n} on {e} or {p}.", n=cov.full(), e=cov.mail(),
            p=cov.mob())
        b.line()
        b.line("{n}", n=me.full())
    else:
        b.line("This mailbox is no longer monitored. Please send invoices to "
               f"{cov.role_mail} or call {cov.company.switchboard} (Mon–Fri 9–17).")
        b.line()
        b.line(cov.role)
    return "role_mailboxes"


def t_ooo_test(c: Ctx) -> str:  # test
    b, w = c.b, c.w
    me, cov = c.party(), c.party()
    b.line(f"{w['ooo']}")
    if c.pos:
        b.line("hi, I'm on parental leave until 1 June 🍼 – for HR queries pls email {e}, for payroll ask "
               "{n} ({m}).", e=cov.mail(), n=cov.first(), m=cov.mob())
        b.line("{n} | {c}", n=me.full(), c=me.company.name)
    else:
        b.line(f"Thanks for contacting {me.company.name.rstrip('.')}. Our offices are closed for the public "
               f"holiday; we will reply from Tuesday. Urgent: {me.company.switchboard}.")
        b.line(f"{me.role} | {me.company.name}")
    return "role_mailboxes"


def _newsletter(c: Ctx, k: int) -> None:
    b = c.b
    pool = _split(NEWSLETTERS, c.half)
    co, title, l1, l2 = pool[k % len(pool)]
    comp = next(x for x in COMPANIES if x[0] == co)
    b.line(title)
    b.line(l1)
    b.line(l2)
    b.line(f"{co} · {comp[3]} · {comp[2]}")
    b.line(f"Unsubscribe: https://{comp[1]}/unsubscribe · news@{comp[1]}")


def t_news_dev(c: Ctx) -> str:  # dev
    b, w, r = c.b, c.w, c.rng
    me = c.party()
    if c.pos:
        x = c.party()
        b.line("{n} – worth a read, esp. the second bit 👇", n=x.first())
        b.line("{n}", n=me.first())
        b.line()
        b.line(f"{w['frm']}: news@{c.company().domain}")
        b.line(f"{w['to']}: {{e}}", e=me.mail())
    _newsletter(c, r.randrange(8))
    return "newsletter"


def t_news_test(c: Ctx) -> str:  # test
    b, w, r = c.b, c.w, c.rng
    if c.pos:
        me = c.party(personal=True)
        b.line(w["fwd"])
        b.line(f"{w['frm']}: {{n}} <{{e}}>", n=me.full(), e=me.mail())
        b.line(f"(sent to my private mail, sorry) – {r.choice(PUBLIC_FIGURES)} is speaking again this year")
    else:
        b.line(f"Speakers this year include {r.choice(PUBLIC_FIGURES)} and {r.choice(PUBLIC_FIGURES)}.")
    _newsletter(c, r.randrange(8))
    return "newsletter"


@dataclass(frozen=True)
class Template:
    name: str
    family: str
    half: str
    fn: object


TEMPLATES: tuple[Template, ...] = (
    Template("outlook_forward", "fwd_chain", "dev", t_fwd_outlook),
    Template("gmail_forward", "fwd_chain", "test", t_fwd_gmail),
    Template("gmail_quoted", "quoted_reply", "dev", t_quoted_gmail),
    Template("nested_quotes", "quoted_reply", "test", t_quoted_thread),
    Template("original_message", "original_message", "dev", t_original_message),
    Template("outlook_desktop_reply", "original_message", "test", t_outlook_desktop),
    Template("full_signature_disclaimer", "signature", "dev", t_signature_full),
    Template("card_signature", "signature", "test", t_signature_card),
    Template("outlook_invite", "calendar_invite", "dev", t_invite_outlook),
    Template("google_invite", "calendar_invite", "test", t_invite_google),
    Template("teams_export", "team_chat", "dev", t_teams_export),
    Template("slack_export", "team_chat", "test", t_slack_export),
    Template("whatsapp_ios", "whatsapp", "dev", t_whatsapp_ios),
    Template("whatsapp_android", "whatsapp", "test", t_whatsapp_android),
    Template("zendesk_ticket", "ticket", "dev", t_zendesk),
    Template("freshdesk_ticket", "ticket", "test", t_freshdesk),
    Template("jira_issue", "issue_tracker", "dev", t_jira),
    Template("servicenow_incident", "issue_tracker", "test", t_servicenow),
    Template("salesforce_note", "crm_note", "dev", t_crm_salesforce),
    Template("hubspot_note", "crm_note", "test", t_crm_hubspot),
    Template("ooo_cover", "out_of_office", "dev", t_ooo_dev),
    Template("ooo_leave", "out_of_office", "test", t_ooo_test),
    Template("newsletter_comment", "newsletter_fwd", "dev", t_news_dev),
    Template("newsletter_private_fwd", "newsletter_fwd", "test", t_news_test),
)


# ------------------------------------------------------------------ records


def name_tokens(half: str) -> set[str]:
    out: set[str] = set()
    for given, family, called, _ in _split(NAMES, half):
        for part in (given, family, called):
            out |= set(re.findall(r"[\w'-]+", part))
    return out


def town_pool(half: str) -> set[str]:
    return {t[0] for loc in TOWNS for t in _split(TOWNS[loc], half)}


def street_pool(half: str) -> set[str]:
    return {s for loc in STREETS for s in _split(STREETS[loc], half)}


def _slots(half: str, seed: int) -> list[tuple[Template, bool, str, str | None]]:
    rng = random.Random(f"c21-slots|{seed}|{half}")
    temps = [t for t in TEMPLATES if t.half == half]
    per = SIZES[half] // len(temps)  # 25
    negs = [9] * 9 + [8] * 3
    rng.shuffle(negs)
    slots = []
    for t, k in zip(temps, negs, strict=True):
        slots += [(t, False)] * k + [(t, True)] * (per - k)
    others = LANGS[1:]
    langs = {False: ["en"] * 73 + [x for i, x in enumerate(others) for _ in range(5 if i < 4 else 4)],
             True: ["en"] * 137 + [x for i, x in enumerate(others) for _ in range(9 if i < 2 else 8)]}
    for v in langs.values():
        rng.shuffle(v)
    rng.shuffle(slots)
    out, k = [], {False: 0, True: 0}
    for t, pos in slots:
        lang = langs[pos].pop()
        variant = EN_VARIANTS[k[pos] % 4] if lang == "en" else None
        k[pos] += lang == "en"
        out.append((t, pos, lang, variant))
    return out


def _record(t: Template, pos: bool, lang: str, variant: str | None, half: str, i: int, seed: int) -> dict:
    rng = random.Random(f"c21|{seed}|{half}|{i}")
    loc = variant or lang
    comps = [Company(*x) for x in _split(COMPANIES, half)]
    c = Ctx(rng, half, lang, loc, pos, (not pos) and rng.random() < 0.25, list(_split(NAMES, half)), comps,
            Builder(), set())
    b = c.b
    b.line(c.pick(INSTRUCTIONS[lang]))
    b.line()
    neg_class = t.fn(c)
    if not pos and c.placeholder and neg_class not in ("newsletter", "bot_chat"):
        neg_class = "placeholders"
    text = b.text.rstrip("\n")
    meta = {"kind": "positive" if pos else "negative", "lang": lang, "template": t.name, "family": t.family}
    if variant:
        meta["variant"] = variant
    if not pos:
        meta["neg_class"] = neg_class
    return {"id": f"c21-{half}-{i}", "text": text, "spans": b.spans, "meta": meta}


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default the whole half, 300) of ``half``; the first n of the full half when smaller."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    slots = _slots(half, seed)
    n = SIZES[half] if n is None else n
    return [_record(*slots[i % len(slots)], half, i, seed) for i in range(n)]


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
        if text[s["start"]:s["end"]] != v or v != v.strip() or "\n" in v or s["start"] < prev:
            out.append(f"bad span {s}")
        prev = s["end"]
        if s["type"] not in TYPES:
            out.append(f"unknown type {s['type']}")
        if s["type"] == "EMAIL_ADDRESS" and re.match(r"(support|noreply|news|accounts|info)@", v):
            out.append(f"generic mailbox labelled {v}")
        if s["type"] == "PERSON" and any(v == f for f in PUBLIC_FIGURES):
            out.append(f"public figure labelled {v}")
        if s["type"] == "PHONE_NUMBER" and any(v == c[2] for c in COMPANIES):
            out.append(f"switchboard labelled {v}")
        if s["type"] == "PHONE_NUMBER" and not 9 <= len(re.sub(r"\D", "", v)) <= 13:
            out.append(f"phone length {v}")
    if "{" in text.replace("{{", "").replace("}}", "") and not negative:
        out.append("unfilled slot")
    for c in COMPANIES:  # a company's switchboard and office never inside a span
        for s in spans:
            if c[2] in s["value"] or c[3] in s["value"]:
                out.append(f"company data labelled {s['value']}")
    if negative:
        toks = name_tokens("dev") | name_tokens("test")
        if set(re.findall(r"[\w'-]+", text)) & toks:
            out.append(f"name token in a negative: {set(re.findall(r'[\\w-]+', text)) & toks}")
    else:
        own = name_tokens("test" if half == "dev" else "dev")
        if set(re.findall(r"[\w'-]+", text)) & own:
            out.append("a name of the other half")
    return out


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv, SIZES["dev"])


if __name__ == "__main__":
    sys.exit(main())
