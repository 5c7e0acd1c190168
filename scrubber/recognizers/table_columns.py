"""Personal data in tables and keyed fields: the column or key name says what a value is (issue #19).

- Delimited tables (CSV, semicolon CSV, TSV, Markdown): a header line of two cells or more, separated by
  ``,`` ``;`` TAB or ``|``, naming personal data (``name``, ``First Name``, ``Nachname``, ``phone``, ``dob``,
  ``Geburtsdatum``, ``email``, ``city``, ``iban``, ``password``…). Each non-empty cell below it, up to the
  first line of another shape, is that column's type when it passes a light check for the type (a name has
  letters and no digits, a phone seven digits or more, a date of birth a digit or a month…). A row with more
  cells than the header (``Villanueva, Jolene`` unquoted) gives the extra cells to the free-text column
  between (name, address, date; or columns, when each cell then passes its check best): the columns left of
  it align from the left, the ones right of it from the right. Two-cell field/value rows (``| Mobile | … |``,
  ``Name<TAB>…``) give the value the field's type.
- Keyed fields (JSON, YAML, Python dicts, ``key=value`` log lines, query strings): a key naming personal data
  (``"customer_name": "…"``, ``patient: …``, ``dob=…``, ``billing_phone``, ``guestEmail``), as whole words or
  snake/camel parts, never inside another word (``filename``, ``hostname``, ``rename``).
- SQL ``INSERT INTO t (full_name, birth_date, …) VALUES (…), (…)``: each quoted value takes its column's type.

A bare ``name`` column or key (a package's, a file's, a product's just as well as a person's) counts only
beside another personal column or key, else only for a listed given name followed by a listed family name.
Secrets after a key are left to the credential recognizers (stricter about fakes); a secret column is ours.
``user``/``username`` count as a person's: a login usually is one's name (``jdoe``, ``maria.lopez``); system
accounts (``root``, ``admin``…) are not. Ids, UUIDs, numbers, ``true/false/null/N/A/-`` are never reported.
"""

import re as stdlib_re
from bisect import bisect_left
from functools import lru_cache

import regex as re
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.addresses import COLUMN_SCORE
from scrubber.recognizers._base import SECRET, holds_any, looks_like_placeholder, only_template_marks
from scrubber.recognizers.national_ids import NATIONAL_ID
from scrubber.recognizers.us_ssn import never_issued
from scrubber.words import NAME_PARTICLES, common_words, tech_words

PERSON, PHONE, EMAIL, DOB, LOCATION = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "LOCATION"
SSN, IBAN, CARD, IP = "US_SSN", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS"
ENTITIES = (PERSON, PHONE, EMAIL, DOB, LOCATION, SSN, IBAN, CARD, IP, SECRET, NATIONAL_ID)
# the column or key name is strong evidence: above an assembled address block (0.9), and a block stops at it
SCORE = COLUMN_SCORE
SCORE_LOOSE = 0.91  # a role ("customer", "owner") or login as the column: a person, usually

# ---- column and key names -----------------------------------------------------------------------------
# "Code" in other languages: a lock's or a card's code in a column of its own ("Skåp;Kod;Ansvarig"); a
# secret's column only alone (``column_kind``)
_CODE_WORDS = "kod kód koodi kode koden kodu codul"
# Word classes of column and key names. N: a name word, R: a person's role, M: a modifier that changes
# nothing, NUM: "number"/"no" (with a phone, card… word only), DATE: a date word (with a birth word only),
# PLACE: a place word (with a birth word: place of birth), D: a word that makes the column something else
# (id, type, count…).
_CLASSES = {
    "N": "name names fullname firstname lastname surname surnames forename forenames givenname familyname "
         "middlename maidenname displayname realname preferredname legalname nickname contactname "
         "customername clientname patientname employeename membername ownername holdername cardholdername "
         "accountname vorname nachname familienname rufname nom prénom prenom noms nombre nombres apellido "
         "apellidos cognome nome nomi naam achternaam voornaam familienaam sobrenome imię imie nazwisko navn "
         "fornavn etternavn efternavn namn förnamn efternamn fornamn nimi etunimi sukunimi soyad soyadı "
         "soyadi isim adsoyad adısoyadı adisoyadi fname lname roepnaam apelidos nominativo nomdefamille "
         # Slavic, Greek, Baltic, Balkan, Hungarian, Vietnamese, Indonesian, Swahili, Tagalog, Asian headers
         "имя фамилия отчество фио прізвище όνομα επώνυμο ονοματεπώνυμο jméno jmeno "
         "příjmení prijmeni meno priezvisko ime prezime nume prenume név nev vezetéknév keresztnév vardas "
         "pavardė vārds uzvārds eesnimi perekonnanimi tên nama jina pangalan apelyido apelido 氏名 名前 姓名 "
         "이름 성명 اسم الاسم",
    "R": "customer customers client clients patient patients employee employees contact contacts owner "
         "person people member guest guests passenger passengers student students pupil tenant tenants "
         "applicant applicants candidate candidates recipient recipients sender author authors assignee "
         "reporter manager buyer seller payee payer beneficiary cardholder holder accountholder policyholder "
         "driver insured subscriber attendee attendees participant participants speaker doctor physician "
         "nurse teacher parent guardian spouse kin witness landlord requester requestor approver reviewer "
         "representative rep consignee addressee claimant donor volunteer worker staff traveler traveller "
         "visitor resident respondent interviewee signatory emergencycontact nextofkin user username login "
         "kunde kundin kunden mitarbeiter mitarbeiterin mieter empfänger absender ansprechpartner inhaber "
         "patientin cliente clientes paciente empleado empleada titular destinatario remitente expéditeur "
         "destinataire locataire salarié employé bénéficiaire dipendente paziente klant medewerker huurder "
         "persona personne persoon contatto contacto escalation oncall maintainer maintainers reviewers "
         "approvers assignees organizer organiser moderator coordinator supervisor sponsor lead dri poc "
         "teammate colleague coworker mentor mentee referee interviewer "
         # who signed a form or a letter ("Signature: Murugan Ilango", "Signed: …", "Unterschrift: …")
         "signature signed signedby unterschrift assinatura handtekening podpis "
         # who comes along on an invitation or a booking: "Plus one", "+1" (``column_kind``), "Invitee"
         "plusone plusones companion companions invitee invitees diner diners partygoer "
         # a guest in other languages: "Gast;Tisch", "Invitado,Mesa", "Гость;Стол"
         "gast gäste gaeste invitado invitados invitada invitadas invité invités invitée ospite ospiti "
         "convidado convidados convidada gość goście gosc goscie gæst gæster gjest gjester gäst gäster "
         "vieras misafir davetli гость гости "
         # who has or holds the thing in a list ("assigned to", "Osoba", "Ansvarig"), in several languages
         "assignedto allocatedto issuedto givento borrowedby bookedby osoba osoby pracownik klient najemca "
         "właściciel wlasciciel odpowiedzialny ansvarig ansvarlig verantwortlich zuständig zustaendig "
         "besitzer eigenaar verantwoordelijke responsable responsabile propriétaire proprietaire propietario "
         "proprietario proprietário dueño ägare ejer eier omistaja henkilö vastuuhenkilö kişi sorumlu "
         "kiracı "
         # an account's or a card's holder, a customer: "Kontoinhaber", "Titulaire", "Titolare", "Müşteri"
         "kontoinhaber titulaire titolare müşteri musteri",
    "M": "full first last given family middle maiden display real preferred legal primary secondary main "
         "billing shipping delivery home work personal private mobile emergency next of the and to de du des "
         "del della di da do dos das der den van von la le el en line responsible sales account current "
         "permanent postal mailing residential business office alt alternate alternative other new old "
         "registered his her their your my contact cust pt emp usr e booking reservation rsvp họ và primer "
         "segundo "
         # "and", "the" inside a name in other languages: "Imię i nazwisko", "Nombre y apellidos", "Nato il"
         "i y et und ve il próprio proprio completo completa complet complète vollständiger volledige "
         # a format in the name: "DOB (YYYY-MM-DD)", "birth_date_utc", "dob_iso"
         "yyyy yy mm dd mmm yyyymmdd ddmmyyyy mmddyyyy jjjj aaaa tt utc iso",
    "PHONE": "phone phones telephone tel tele mobile mobil cell cellphone fax handy telefon telefono "
             "teléfono téléphone telefone telefoon portable móvil movil cellulare celular gsm whatsapp "
             "phonenumber phoneno telno mobilenumber mobileno cellnumber telefonnummer handynummer "
             "mobilnummer rufnummer telefonnr tlf puhelin telefonu komórkowy komorkowy mobiel tél telemóvel "
             "telemovel telefoonnummer komórka komorka",
    "EMAIL": "email emails mail mails emailaddress mailaddress courriel correo posta eposta epost "
             "emailadresse mailadresse emailadres mailadres correio",
    "BIRTH": "dob birth birthday birthdate birthdates born dateofbirth geburtsdatum geburtstag geburt geb "
             "naissance nacimiento nascita nascimento geboortedatum geboorte födelsedatum fødselsdato "
             "syntymäaika urodzenia doğum dogum "
             # as developers shorten and spell them in keys and headers: bday, gebdat, fecha_nac, dt_nasc,
             # dt_naiss, ne_le (né le), geboren_op, data_ur, fodselsdato; a birth year (birth_year, yob);
             # Japanese, Chinese and Korean headers (生年月日, 誕生日, 出生日期, 생년월일)
             "bday bdate birthdt gebdat gebdatum geboren geburtsjahr geboortedag geboortejaar nac nasc naiss "
             "nele néle néele urodzony urodzona urodziny dataur fodselsdato fødselsdag födelsedag "
             "fodelsedatum syntymäpäivä birthyear yearofbirth yob anonascimento fnac fechanac fecnac ddn "
             "nacido nacida nascido nascida nato nata "
             "生年月日 誕生日 生日 出生日期 出生日 生まれ 생년월일 생일",
    "DATE": "date datum fecha data day jour",
    "PLACE": "place lieu lugar luogo local",
    "CITY": "city cities town village municipality hometown birthplace placeofbirth ville stadt ort wohnort "
            "geburtsort ciudad città citta cidade stad woonplaats comune localidad localité localidade "
            "località miejscowość miejscowosc plaats "
            # a town in French, Turkish, Polish, Spanish, Dutch, German, Danish/Norwegian, Portuguese headers
            "commune şehir sehir ilçe ilce miasto población poblacion municipio gemeente gemeinde kommune "
            "concelho",
    "ADDR": "address addresses addr street streetaddress adresse anschrift straße strasse dirección "
            "direccion domicilio indirizzo endereço endereco adres straat rua calle residence homeaddress "
            "morada wohnanschrift adresa osoite rue ulica sokak cadde",
    "ZIP": "zip zipcode postcode postalcode plz postleitzahl cep codepostal codigopostal códigopostal "
           "codicepostale postakodu postnummer postinumero postnr códpostal codpostal",
    "SSN": "ssn ssns social security socialsecurity socialsecuritynumber",
    "IBAN": "iban rekeningnummer kontonummer",
    # national and official ids by their country's name for them ("dni", "ppsn", "NI number", "NHS No",
    # "passport_no", "Steuer-ID" as "steuerid"), and the generic ones ("national_id" as "nationalid")
    "NID": "nationalid idnumber idno idcard identitycard identitynumber nationalidnumber nin nino ni "
           "ninumber "
           "nationalinsurance nationalinsurancenumber nhs nhsnumber nhsno ppsn ppsno dni nie nif nir "
           "nss niss nuss cpf cnpj rg curp rut cuil cuit pesel bsn sofinummer aadhaar aadhar "
           "sin tfn ird irdnumber nric hkid mykad tckn kimlik personnummer cpr hetu codicefiscale "
           "fiscalcode steuerid taxid tin itin passport passportno passportnumber reisepass passeport "
           "pasaporte passaporto paspoort ahv avs svnr bvn idnr personalausweis ausweisnummer steuerlicheid "
           # German, Dutch, Portuguese, Polish, French tax, social-security and identity card numbers
           "sozialversicherungsnummer svnummer personalausweisnummer burgerservicenummer "
           "contribuinte dowodu dowód dowod sécuritésociale securitesociale cartãodecidadão "
           "cartaodecidadao numérofiscal numerofiscal cartadidentità cartadidentita cartedidentité "
           "cartedidentite ausweis sozialversicherungsnr sécu secu insee cartevitale cni codfiscale "
           "cartãocidadão cartaocidadao paspoortnummer paszport paszportu pasaport idnummer tcno utente "
           "medicare",
    "CARD": "card cards cardnumber cardno creditcard cc ccnumber ccn pan kreditkarte carte tarjeta carta "
            "kreditkartennummer kartennummer kaartnummer karty karta cartão cartao kart",
    "IP": "ip ipaddress ipaddr ipv4 ipv6 remoteaddr remoteip clientip srcip sourceip",
    "SECRET": "password passwords passwd pwd passphrase secret secrets token apikey api_key accesskey "
              "secretkey privatekey clientsecret authtoken accesstoken refreshtoken credential credentials "
              "pin passcode passwort kennwort motdepasse contraseña clave pass pw senha wachtwoord wifikey "
              "paroladordine palavrapasse codepin "
              "psk cvv cvc totp otp otpauth mnemonic "
              # other languages' passwords and codes ("Skåp;Kod;Ansvarig", "Rendszer | Felhasználó | Jelszó")
              f"{_CODE_WORDS} jelszó jelszo heslo hasło haslo salasana lösenord losenord lösen adgangskode "
              "passord şifre sifre parolă pinkod pinkode pinkoodi passwort geheimzahl "
              # a lock's or an entry's code, a bank's transaction numbers ("locker,combination", "Door code",
              # Vietnamese "Mã số" beside a locker, "TAN")
              "combination combinations combo lockcombination doorcode lockcode pincode alarmcode "
              "gatecode safecode keycode accesscode entrycode lockercode keypadcode unlockcode passcodes tan "
              "tans itan mã mãsố mậtmã mậtkhẩu matkhau szyfr "
              # an entry's, a door's code and a lock's combination, an API key, in other languages
              "toegangscode zugangscode türcode torcode combinación combinacion combinazione combinatie "
              "kombination kombinacja kombinasyon parola chaveapi cléapi cleapi chiaveapi claveapi "
              "apischlüssel apischluessel apisleutel",
    "NUM": "number numbers no nr num nummer numero número numéro numarası numarasi",
    "D": "id ids uuid guid key type kind count counts cnt since status state segment category class tier "
         "level score rating rank url uri link href path file filename filepath dir host hostname domain "
         "server company firm business product products item items sku brand org organisation organization "
         "team group project app application service role title position job department dept code version "
         "hash format template length size width height len flag enabled active verified valid opt consent "
         "language lang locale currency timezone tz field column label prefix suffix created updated "
         "modified deleted at time timestamp ts year month age gender sex amount total price cost balance "
         "qty quantity notes note comment comments description desc message text body subject reason source "
         "channel method mode event action result error percent pct ratio avg mean min max sum limit value "
         "values useragent agent mac wallet ref reference tokens expires expiry expiration ttl last4 mask "
         "masked masking hint encrypted hashed salt policy strength reset rotation changed produit producto "
         "prodotto produkt artikel article société empresa azienda firma entreprise fichier archivo datei "
         "rename pathname basename dirname classname typename servername dbname tablename appname "
         "projectname companyname productname hostname filename image pod container namespace node cluster "
         "repo branch package module function variable var attribute",
}
_VOCAB = {w: cls for cls, words in _CLASSES.items() for w in words.split()}
_CODE_COLUMNS = frozenset(_CODE_WORDS.split())
# What makes a qualified code a lock's, a door's or an entry's, in the languages of ``_CODE_WORDS``
_LOCK_QUALIFIERS = frozenset(
    "dostępu dostepu drzwi alarmu sejfu bramy wejścia wejscia furtki szafki kłódki klodki pin zámku zamku "
    "dveří dveri přístupu pristupu brány brany trezoru oven ovi hälytys kassakaapin adgang dør døren dørs "
    "porten port larm larmet dörr dörren alarm alarmen safe skåp skap kapı kapi kasa alarmı alarmi kilit "
    "giriş giris ușă usa ușii alarmei seifului "
    # and in French, Spanish, Italian, Portuguese, English ("Code d'accès", "Código de acceso", "Codice
    # allarme", "Código do alarme", "Door code" as two words)
    "accès acces alarme porte acceso alarma puerta accesso allarme porta acesso portão portao door gate "
    "entry access lock locker keypad".split())
# "Code" in the languages of the lock words above: a secret's column only with one of them; a key "code" alone
# holds a secret in records of people (``_keyed``)
_BARE_CODES = frozenset("code codice código codigo".split())
_LOCK_CODES = _CODE_COLUMNS | _BARE_CODES
_VOCAB.update({"mobile": "PHONE", "contact": "R", "e": "M"})
# A bare name word: a person's only beside other personal columns or for a value with a listed name.
_BARE = frozenset("name names nom noms nombre nombres nome nomi naam navn namn nimi isim".split())
_USERS = frozenset("user username login usr".split())
# Roles that name a program as often in a config ("driver: org.h2.Driver", "worker: gunicorn"): tables only.
_TABLE_ONLY = frozenset(
    "driver worker staff holder rep speaker parent member visitor resident insured".split())
_STRONG = ("SECRET", "BIRTH", "EMAIL", "PHONE", "SSN", "IBAN", "CARD", "IP", "NID", "ADDR", "ZIP", "CITY")
_PARTS = re.compile(r"[^\W\d_]+")
_PLUS_ONE = re.compile(r"[ \t]*(?i:\+|plus[ \t-]?)1[ \t]*(?i:guest|name)?[ \t]*")
_CARE_OF = re.compile(r"[ \t]*(?i:c/o|p/a|a/a|z\.[ ]?hd\.?|(?:alla[ ]|all')?c\.[ ]?a\.?)[ \t]*")
_CAMEL = re.compile(r"(?<=\p{Ll})(?=\p{Lu})")
# Short names that are a personal column's only beside another one (a header's, a record's keys): Italian
# "CAP" and "Via", Spanish and French "CP", Turkish "il" (a province; Italian "Nato il" stays a birth date's)
# and "Ad"/"Adı" (a given name), Portuguese "A/C" (ao cuidado de: c/o); their letters alone, lower case
_BESIDE = {"cap": (LOCATION, "zip"), "cp": (LOCATION, "zip"), "via": (LOCATION, "strong"),
           "il": (LOCATION, "strong"), "ad": (PERSON, "strong"), "adı": (PERSON, "strong"),
           "adi": (PERSON, "strong"), "ac": (PERSON, "strong")}
_NOT_LETTERS = re.compile(r"[\W_]+")


def beside_kind(label: str) -> tuple[str, str] | None:
    """(entity, how) for a short column or key name that counts only beside other personal data."""
    return _BESIDE.get(_NOT_LETTERS.sub("", label.replace("İ", "I").lower())) if len(label) <= 6 else None


@lru_cache(maxsize=4096)
def column_kind(label: str) -> tuple[str, str] | None:
    """(entity, how) for a column or key name, or None. ``how``: "strong", "zip", "role", "user", "bare"
    (a bare "name") or "tables" (a role that counts in tables only)."""
    if _PLUS_ONE.fullmatch(label):  # "+1", "Plus-1": the guest someone brings along
        return PERSON, "tables"
    if _CARE_OF.fullmatch(label):  # the person a letter goes via: "c/o", Dutch "p/a", Spanish "A/A"
        return PERSON, "tables"
    words = _PARTS.findall(_CAMEL.sub(" ", label).replace("İ", "I").lower())
    if not words or len(words) > 6:
        return None
    words = _joined(words)
    classes = [_VOCAB.get(w) for w in words]
    if len(words) > 1 and _LOCK_CODES.intersection(words) and _LOCK_QUALIFIERS.intersection(words):
        return SECRET, "strong"  # a door's, an alarm's or an entry's code: "Kod dostępu", "Kod do drzwi"
    if "BIRTH" in classes and "age" in words:  # "DOB/Age", "dob (age)": the date of birth, its age after it
        classes = [None if w == "age" else c for w, c in zip(words, classes, strict=True)]
    if "D" in classes or len(words) > 1 and _CODE_COLUMNS.intersection(words):
        return None  # (a qualified code is a dealer's, a product's or a postal one: "bayi_kodu")
    unknown = classes.count(None)
    present = set(classes)
    kind = next((c for c in _STRONG if c in present), None)
    if kind is None and "PLACE" in present and "BIRTH" in present:
        kind = "CITY"
    if kind == "CARD" and "R" in present:  # "card holder", "card_holder_name"
        kind = None
    if kind is not None:
        if unknown > 2:
            return None
        if kind == "BIRTH":
            return (LOCATION, "strong") if "PLACE" in present or "CITY" in present else (DOB, "strong")
        if "DATE" in present or ("NUM" in present and kind in ("EMAIL", "ADDR", "CITY")):
            return None
        return {"SECRET": SECRET, "EMAIL": EMAIL, "PHONE": PHONE, "SSN": SSN, "IBAN": IBAN, "CARD": CARD,
                "IP": IP, "NID": NATIONAL_ID, "ADDR": LOCATION, "ZIP": LOCATION, "CITY": LOCATION}[kind], \
            "zip" if kind == "ZIP" else "strong"
    if unknown or "DATE" in present or "NUM" in present or "PLACE" in present:
        return None
    if "N" in present:
        bare = all(w in _BARE or c == "M" and w in ("the", "e") for w, c in zip(words, classes, strict=True))
        return PERSON, "bare" if bare else "strong"
    if "R" in present:
        if any(w in _USERS for w in words):
            return PERSON, "user"
        return PERSON, "tables" if all(w in _TABLE_ONLY for w, c in zip(words, classes, strict=True)
                                     if c == "R") else "role"
    return None


def _joined(words: list[str]) -> list[str]:
    """Words of a name with known compounds joined: date_of_birth → dateofbirth, first_name → firstname."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (4, 3, 2):
            if i + n <= len(words) and "".join(words[i:i + n]) in _VOCAB:
                out.append("".join(words[i:i + n]))
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


# ---- values ---------------------------------------------------------------------------------------------
_NULLS = frozenset(
    "true false null none nil n/a na nan - -- --- — – ? ?? unknown tbd tba tbc redacted undefined empty "
    "blank "
    "yes no x ok 0 [] {} () '' \"\" various other n.a. k.a. void".split()
)
_SYSTEM_USERS = frozenset(
    "root admin administrator system sys daemon nobody guest anonymous anon www-data postgres mysql ubuntu "
    "ec2-user deploy git jenkins ci bot service default test demo user users operator sa dbo support "
    "noreply no-reply info sales everyone all public".split()
)
_SERVICE_PARTS = frozenset("svc service bot daemon system sys backup cron ci cd deploy build runner test "
                           "admin noreply monitor monitoring".split())
_NOT_PLACES = frozenset("remote online various virtual anywhere everywhere home office hq worldwide global "
                        "multiple international abroad".split())
_COMPANY = frozenset("inc inc. ltd ltd. llc gmbh corp corp. co co. plc sa ag bv b.v. srl sas spa s.a. "
                     "limited group holdings technologies solutions systems partners & kg oy ab as".split())
_PARTICLES = NAME_PARTICLES | {"ben"}
_MONTHS = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|"
    r"oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|"
    r"febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)[a-zä]*\.?(?!\w)")
_ID = re.compile(r"(?i)^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}|"
                 r"[a-z]{0,4}[-_#]?\d[\d_-]*)$")
_EMAIL_SHAPE = re.compile(r"^[^\s@<>(),;:]+@[^\s@<>(),;:]+\.[^\s@<>(),;:]+$")
_PHONE_SHAPE = re.compile(r"^\+?[\d\s().\-/]{7,24}(?:\s*(?:x|ext\.?|#)\s*\d{1,6})?$", re.I)
_ISO_DATE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")
_NAME_CHARS = re.compile(r"^[\p{L}\p{M}'’.\- ,+]+$")
_LOGIN = re.compile(r"^[\p{L}][\p{L}\d._\-]{1,40}$")
_NAME_EMAIL = re.compile(r"^(?P<n>[^<>@]{2,60}?)\s*<[^<>\s]+@[^<>\s]+>$")
_LOGIN_PARTS = re.compile(r"[._\-]")
_NAME_WORD = re.compile(r"\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?")  # one capitalised word: "Shin", "O'Neil"
_IDENTIFIER = re.compile(r"[a-z]+(?:_[a-z0-9]+)*")
_NAME_GAPS = re.compile(r"[\s,+]+")
_DIGIT_GAP_DIGIT = re.compile(r"\d\D+\d")
_ZIP = re.compile(r"[\w \-]+")
_SSN_SHAPE = re.compile(r"\d{3}[- ]?\d{2}[- ]?\d{4}")
_CARD_SHAPE = re.compile(r"[\d \-]{12,23}")
# a name shortened with a dot: "Tel.", "Geb.-Datum", "F. Nac.", "Fecha Nac.", "Date de naiss.", "data ur."
_ABBREVIATION = re.compile(r"(?:[\w-]{1,10}\.[ ]?|[\w-]{1,10}[ ]){0,3}[\w-]{1,10}\.")  # (and "c.a.")
_INITIAL = re.compile(r"\G\p{L}[./]|(?<=/)\G\p{L}")  # an abbreviation's letter: "c.a.", "P/A", "c/o"
_DOTTED = re.compile(r"\p{L}{2}\.\p{L}")
_DATE_CALL = re.compile(r"[\w.:]+\([ \t]*(?:1[89]|20)\d{2}[ \t]*,[^()\n]{1,60}\)")  # make_date(1987, 3, 14)
_IPV4 = re.compile(r"^(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?$")
_IPV6 = re.compile(r"(?i)^[0-9a-f:]{2,39}$")
# India's PAN: five letters (the fourth the holder's kind, P a person), four digits, a letter
_INDIAN_PAN = re.compile(r"[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]")
_IBAN_SHAPE = re.compile(r"(?i)^[a-z]{2}\d{2}[a-z0-9]{11,30}$")
_TYPE_NAMES = frozenset("string str int integer bool boolean number text required optional hidden secret "
                        "password token object array list dict any float double date datetime char varchar "
                        "uuid email phone address name".split())


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _plain(value: str, entity: str, how: str) -> bool:
    """Empty, null-like or a template mark; for a name or place an id or a number too: no personal data."""
    low = value.lower().strip()
    if not low or low in _NULLS:
        return True
    if only_template_marks(value):  # (a call is a reference; a date built from its year, month and day not)
        return not (entity == DOB and _DATE_CALL.fullmatch(value))
    return entity in (PERSON, LOCATION) and how != "zip" and (
        bool(_ID.match(low)) or not any(c.isalpha() for c in value) and _digits(value) < 4)


def value_entity(entity: str, how: str, value: str, people: bool, keyed: bool = False) -> str | None:
    """The entity to report for ``value`` in a column of ``entity`` (an e-mail or phone in a person's column
    is reported as one), or None when the value fails the light check for it. ``keyed``: the value follows
    a key (code and configs: "address: string", "city: str" are types, not places)."""
    if entity != SECRET and _plain(value, entity, how) or len(value) > 200 or value.lower() in _TYPE_NAMES:
        return None
    if entity in (PERSON, LOCATION) and _EMAIL_SHAPE.match(value):
        return EMAIL
    if entity in (PERSON, LOCATION) and _IDENTIFIER.fullmatch(value) and column_kind(value):
        return None  # a column's own name, as a schema lists them ("iban,varchar(34),YES"): no one's data
    if entity == LOCATION and _ip(value, how, people):
        return IP
    if entity == LOCATION and keyed and _digits(value) == 0 and all(
            w in _ordinary() or w in STOP_WORDS for w in _PARTS.findall(value.lower())) \
            and not _a_town_written(value):
        return None
    # (a person's field holding a phone number: "Client: 020 7946 0958"; not a date: "Client : 14/04/2024")
    if entity == PERSON and _PHONE_SHAPE.match(value) and 7 <= _digits(value) <= 15 \
            and not _ISO_DATE.match(value.strip()):
        return PHONE
    if entity == LOCATION and how == "zip" and _digits(value) >= 10 and _phone(value, how, people):
        return PHONE  # a Turkish "Cep" (a mobile's), not a Brazilian "CEP" (a postcode's eight digits)
    if entity == CARD and _INDIAN_PAN.fullmatch(value.strip()):
        return NATIONAL_ID  # "PAN" is India's tax id as well as a card's number: the value says which
    check = _CHECKS[entity]
    return entity if check(value, how, people) else None


def _a_town_written(value: str) -> bool:
    """A known place written as one, capitalised ("ville": "Angers", "city": "Reading"): a word too, but a
    place under a place's key."""
    from scrubber.recognizers.places import places, towns

    low = value.strip().lower()
    return value.strip()[:1].isupper() and (low in places() or low in towns())


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    return common_words() | tech_words()


def _person(value: str, how: str, people: bool) -> bool:
    if how == "user" and " " not in value.strip() and _LOGIN.match(value):
        low = value.lower()
        parts = [p for p in _LOGIN_PARTS.split(low) if p]
        return low not in _SYSTEM_USERS and not any(p in _SERVICE_PARTS for p in parts) and not all(
            p in common_words() or p in tech_words() or p in STOP_WORDS or p in _SYSTEM_USERS for p in parts)
    if not _NAME_CHARS.match(value) or len(value) > 60:
        return False
    words = [w for w in _NAME_GAPS.split(value.replace("%20", " ")) if w]
    if not words or len(words) > 5 or not any(c.isalpha() for c in value):
        return False
    lows = [w.lower().strip(".") for w in words]
    if any(w in _COMPANY for w in lows) or _DOTTED.search(value):
        return False  # a firm, or a package or class name (org.h2.Driver)
    if len(words) == 1 and words[0].islower() and (len(words[0]) < 4 or "-" in words[0]) and how != "strong":
        return False  # "npm", "payments-api" under a role or bare name key
    cased = any(w[:1].isupper() for w in words)
    for w, low in zip(words, lows, strict=True):
        if low in STOP_WORDS and low not in _PARTICLES and (not cased or w[:1].islower()):
            return False  # prose: "wants a refund", "see below"
    names = [low for low in lows if low not in _PARTICLES]
    ordinary = _ordinary()
    if how != "bare" and all(w[:1].isupper() for w in words) and all(map(_word_name, names)):
        return True  # a name that is a word too, capitalised in a person's column: "Joy", "Will", "Hope"
    if all(low in ordinary or low in STOP_WORDS or low in _SYSTEM_USERS
           or all(p in ordinary for p in low.split("-") if p) for low in names):
        return False
    if how == "bare" and not people:  # "name" alone: a listed given name, then a listed family name
        from scrubber.recognizers.name_shapes import lists

        given, family, *_ = lists()
        if "," in value:  # "Castro, Precious": the family name first
            names = names[1:] + names[:1]
        return len(names) >= 2 and names[0] in given and names[-1] in family
    return True


def _word_name(low: str) -> bool:
    """A name that is also an ordinary word ("joy", "will", "hope") or any listed given or family name."""
    from scrubber.recognizers.name_cues import _WORD_NAMES, listed_name

    return low in _WORD_NAMES or listed_name(low)


def _phone(value: str, how: str, people: bool) -> bool:
    return bool(_PHONE_SHAPE.match(value.strip())) and 7 <= _digits(value) <= 15 \
        and not _ISO_DATE.match(value.strip())


def _email(value: str, how: str, people: bool) -> bool:  # (not a blank form's "________@______")
    local, at, domain = value.strip().partition("@")
    return bool(at) and " " not in value.strip() and any(c.isalnum() for c in local) and any(
        c.isalnum() for c in domain)


def _dob(value: str, how: str, people: bool) -> bool:
    if len(value) > 40 or len(value.split()) > 6:
        return False
    digits = _digits(value)
    return bool(_MONTHS.search(value)) or digits >= 4 or digits >= 2 and bool(_DIGIT_GAP_DIGIT.search(value))


def _location(value: str, how: str, people: bool) -> bool:
    low = value.lower().strip(" .")
    if how == "zip":
        return 3 <= len(low) <= 10 and _digits(low) >= 2 and bool(_ZIP.fullmatch(low))
    if not any(c.isalpha() for c in value) or "://" in value or "@" in value or low in _NOT_PLACES:
        return False
    words = value.split()
    if len(words) > 15:
        return False
    if _digits(value):  # a street address; not a single token (a wallet, "localhost:8080")
        return " " in value.strip() or how == "zip" or len(value) <= 12 and ":" not in value
    if len(words) > 5:
        return _landmark_address(value)
    prose = [w for w in words if w.lower() in STOP_WORDS and w.lower() not in _PARTICLES and w[:1].islower()]
    return not prose or len(words) <= 2


def _landmark_address(value: str) -> bool:
    """An address of landmarks, no number in it, whose last part is a known place ("C/O Mama Ngozi, Opposite
    First Bank, Ogui Road, Enugu", "Behind the Methodist Church, Adum, Kumasi"): three comma-separated parts
    or more, each of five words or fewer starting with a capital."""
    from scrubber.recognizers.places import places, towns

    parts = [p.strip() for p in value.strip(" .").split(",")]
    return len(parts) >= 3 and all(p[:1].isupper() and len(p.split()) <= 5 for p in parts) \
        and (parts[-1].lower() in places() or parts[-1].lower() in towns())


def _ssn(value: str, how: str, people: bool) -> bool:
    return bool(_SSN_SHAPE.fullmatch(value.strip())) and not never_issued(value)


def _iban(value: str, how: str, people: bool) -> bool:
    return bool(_IBAN_SHAPE.match(value.replace(" ", "").replace("-", "")))


def _card(value: str, how: str, people: bool) -> bool:
    return bool(_CARD_SHAPE.fullmatch(value.strip())) and 12 <= _digits(value) <= 19


def _ip(value: str, how: str, people: bool) -> bool:
    v = value.strip()
    return bool(_IPV4.match(v)) or ":" in v and v.count(":") >= 2 and bool(_IPV6.match(v))


def _secret(value: str, how: str, people: bool) -> bool:
    v = value.strip()
    low = v.lower()
    if _CODE_SHAPE.fullmatch(v):  # a PIN or a lock's code: "5852" (three kinds of digit), "7-9-9-1"
        return len(set(re.sub(r"\D", "", v))) > 1
    return len(v) >= 4 and low not in _NULLS and low not in _TYPE_NAMES and not looks_like_placeholder(v) \
        and not (" " in v and len(v.split()) > 8)


_PIN_DIGITS = stdlib_re.compile(r"\d{4,8}")
_CODE_SHAPE = re.compile(r"[*#]?\d{3,10}[#*]?|\d{1,2}(?:[- ]\d{1,2}){2,4}")
# an id's characters: letters and digits in groups ("48114861B", "AB 12 34 56 C", "X-1234567-L", "6879448E")
_ID_SHAPE = re.compile(r"[A-Za-z0-9]+(?:[ ./-][A-Za-z0-9]+){0,5}")


def _national_id(value: str, how: str, people: bool) -> bool:
    v = value.strip()
    return bool(_ID_SHAPE.fullmatch(v)) and 5 <= len(v) <= 30 and sum(c.isdigit() for c in v) >= 4 \
        and len(set(v)) > 2 and not looks_like_placeholder(v)

_CHECKS = {PERSON: _person, PHONE: _phone, EMAIL: _email, DOB: _dob, LOCATION: _location, SSN: _ssn,
           IBAN: _iban, CARD: _card, IP: _ip, SECRET: _secret, NATIONAL_ID: _national_id}
_FREE_TEXT = (PERSON, LOCATION, DOB)

# ---- tables ---------------------------------------------------------------------------------------------
_DELIMS = ("\t", "|", ";", ",")
# psql's line under the header (------+------+----), the mysql client's and a grid's (+----+----+, +====+)
_PSQL_RULE = re.compile(r"[ \t]*(?:-+(?:\+-+)+|\+[-=]+(?:\+[-=]+)*\+)[ \t]*$")
_RULE_CELL = re.compile(r"^:?-{2,}:?$")
_BAD_HEADER = re.compile(r"[=:{}\[\]<>@`$\\\"]|://|^\d+$|[.!?]$")
# Words of prose or code that no column name holds.
_PROSE = frozenset(
    "we i you he she they it is are was were be been will would should can could please send need needs "
    "for with but or have has had this that these those my our their his her its a an if then else return "
    "select from where def function var let const import print "
    # pronouns of other languages ("wir überweisen Ihnen Jürgen Zimmermann, geb.": a sentence, not a header)
    "wir ich ihnen uns euch nous vous je nosotros ustedes usted noi voi ik wij jij jullie nós vocês eles "
    "elas".split()
)
# Columns beside a bare "name" that say the rows are people; and ones that say they are things.
_PEOPLE_COLUMNS = frozenset(
    "age gender sex salary department dept title role position job grade nationality marital income "
    "occupation profession employer hired joined manager diagnosis insurance team seat ward room "
    "signature relationship relation spouse"
    # a guest list's or an RSVP export's columns: "Name,RSVP,Dietary", "Name | Attending | Meal"
    " rsvp rsvps attending attendance dietary diet allergies allergy meal".split())
_THING_COLUMNS = frozenset(
    "version price sku qty quantity stock license licence downloads stars weight cpu memory ram disk size "
    "cost unit units model vendor supplier manufacturer release tag image package dependency type default "
    "description value values".split())


def _split(line: str, delim: str) -> list[tuple[int, int]]:
    """Spans of the cells of ``line`` (stripped; quoted cells without their quotes, CSV style)."""
    cells: list[tuple[int, int]] = []
    i, n = 0, len(line)
    while True:
        j = i
        while j < n and line[j] in " ":
            j += 1
        if j < n and line[j] == '"':
            k = j + 1
            while k < n:
                if line[k] == '"':
                    if k + 1 < n and line[k + 1] == '"':
                        k += 2
                        continue
                    break
                k += 1
            end = line.find(delim, k)
            end = n if end < 0 else end
            cells.append((j + 1, min(k, n)))
        else:
            end = line.find(delim, i)
            end = n if end < 0 else end
            a, b = i, end
            while a < b and line[a] in " \t\r":
                a += 1
            while b > a and line[b - 1] in " \t\r":
                b -= 1
            cells.append((a, b))
        if end >= n:
            break
        i = end + 1
    if delim == "|":  # "| a | b |": the edges are no cells
        if cells and cells[0][0] == cells[0][1] and line[:cells[0][0]].strip() == "":
            cells = cells[1:]
        if cells and cells[-1][0] == cells[-1][1]:
            cells = cells[:-1]
    return cells


def _header(line: str) -> tuple[str, list[tuple[str, str] | None]] | None:
    """(delimiter, kind of each column) when ``line`` is a table header naming personal data."""
    best = None
    for delim in _DELIMS:
        if line.count(delim) < 1 or delim == "|" and line.count("|") < 2 and not line.strip().startswith("|"):
            continue
        cells = _split(line, delim)
        if len(cells) < 2:
            continue
        labels = [line[a:b].strip().strip("*_'") for a, b in cells]
        if any(len(c) > 40 or _BAD_HEADER.search(c) and not _ABBREVIATION.fullmatch(c)
               for c in labels) or any(not c for c in labels[1:]):
            continue
        # (a lower-case "i" is the "and" of a Slavic name: "Imię i nazwisko", English prose writes "I"; a
        # letter before a dot an abbreviation's: "Alla c.a.")
        words = [m.group().lower() for c in labels for m in _PARTS.finditer(c)
                 if m.group() != "i" and not (m.end() - m.start() == 1 and _INITIAL.search(c, m.start()))]
        if any(w in _PROSE for w in words) or any(len(c.split()) > 5 for c in labels) \
                or any(c.count("(") != c.count(")") for c in labels):
            continue
        kinds = [column_kind(c) if c else None for c in labels]
        if not any(kinds):
            continue
        if best is None or len(cells) > len(best[1]):
            best = (delim, kinds)
    if best is None:
        return None
    delim, kinds = best
    others = {k[0] for k in kinds if k and k[1] != "bare"}
    cells = _split(line, delim)
    words = {w for a, b in cells for w in _PARTS.findall(line[a:b].lower())}
    if not others and words & _PEOPLE_COLUMNS:
        others.add("people")
    if others:
        kinds = [(k[0], "strong") if k and k[1] == "bare" else k or beside_kind(line[a:b].strip())
                 for k, (a, b) in zip(kinds, cells, strict=True)]
    elif words & _THING_COLUMNS:  # "name,version", "name,price": a package's, a product's name
        return None
    return delim, kinds


# a list of column names in a sentence ("no header row; columns are id, full_name, dob, email"): three names
# or more of one to three words, comma-separated
_LISTED = re.compile(r"(?<![\w.])[\p{L}_][\w.\-/]*(?: [\p{L}_][\w.\-/]*){0,2}"
                     r"(?:[ \t]*(?P<sep>[,;|])[ \t]*[\p{L}_][\w.\-/]*(?: [\p{L}_][\w.\-/]*){0,2})"
                     r"(?:[ \t]*(?P=sep)[ \t]*[\p{L}_][\w.\-/]*(?: [\p{L}_][\w.\-/]*){0,2})+")
# the last two names of such a list joined by "and" ("…, dob and email"), in the languages of the corpora
_LAST_AND = re.compile(r"(?<=,)[ \t]*([\w.\-/]+)[ \t]+(?:and|&|und|et|y|e|i|ve|en|og|och)[ \t]+([\w.\-/]+)$")


def _may_list(line: str) -> bool:
    """Whether ``line`` may hold a ``_LISTED`` match, which needs a middle name between two of one
    separator: a piece between two commas (semicolons, bars) that is, blanks around it aside, one to three
    words one space apart, each starting on a letter or "_" (any character beyond ASCII counts). Prose's
    pieces between commas are longer: about two lines in three are not scanned (0.16 ms a prompt)."""
    for sep in ",;|":
        parts = line.split(sep)
        for part in parts[1:-1]:
            name = part.strip(" \t")
            if name and name.count(" ") <= 2 and "\t" not in name and all(
                    w and (w[0].isalpha() or w[0] == "_" or not w[0].isascii()) for w in name.split(" ")):
                return True
    return False


def _listed_header(lines: list[tuple[int, str]], i: int) -> tuple[str, list, int] | None:
    """(delimiter, kinds, first row) when line ``i`` names the columns of a header-less table below it (after
    up to two blank lines): the names in a sentence (by commas, semicolons or bars; the last two may be joined
    by "and"), the rows as many cells each (or up to two more: a comma unquoted in a value), split by any
    delimiter."""
    line = lines[i][1]
    runs = list(_LISTED.finditer(line)) if _may_list(line) else []
    if not runs:
        return None
    best = max(runs, key=lambda m: len(m.group()))
    run = best.group().strip(" .").replace(best.group("sep"), ",")
    j = i + 1
    while j < len(lines) and j <= i + 3 and not lines[j][1].strip():
        j += 1
    if j >= len(lines) or j == i + 4:
        return None
    row = lines[j][1]
    heads = []
    for names in dict.fromkeys((run, _LAST_AND.sub(r"\1,\2", run))):
        head = _header(names)
        if head is None and " " in names.split(",", 1)[0]:  # "columns are id, name, …": the first's last word
            first, rest = names.split(",", 1)
            head = _header(first.rsplit(" ", 1)[1] + "," + rest)
        if head is not None:
            heads.append(head[1])
    if not heads or _header(row) is not None:  # (the table's own header: "Turn this into "NAME, DOB, …"")
        return None
    # (more cells only in rows of plain cells: not an SQL tuple's "(17, 'Ana', …),")
    for more in (0, 1, 2) if row.lstrip()[:1].isalnum() or row.lstrip()[:1] == '"' else (0,):
        for kinds in heads:
            delim = next((d for d in _DELIMS if d in row and len(_split(row, d)) == len(kinds) + more), None)
            if delim:
                return delim, kinds, j
    return None


def _cut_at(row: str, c: int, d: int, labels: list[tuple[int, int]], kinds: list) -> list[tuple[int, int]]:
    """The cell ``row[c:d]`` as two where it runs from one column into the next, one space apart: cut at the
    space nearest before the next column's name when each part is a value of its column, else whole."""
    people = any(k is not None and k[1] == "strong" and k[0] != SECRET for k in kinds)
    for i, (a, _b) in enumerate(labels[1:], 1):
        cut = row.rfind(" ", c, a + 1) if c < a < d else -1
        if cut > c and all(k is not None and value_entity(k[0], k[1], row[x:y], people)
                           for k, (x, y) in ((kinds[i - 1], (c, cut)), (kinds[i], (cut + 1, d)))):
            return [(c, cut), (cut + 1, d)]
    return [(c, d)]


def _numbered_lines(text: str) -> list[tuple[int, str]]:
    """(offset in ``text``, line) for each of its lines."""
    out = []
    at = 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


@lru_cache(maxsize=256)
def _allocations(columns: int, extra: int) -> tuple[tuple[int, ...], ...]:
    """Ways to give ``extra`` surplus cells to ``columns`` columns (which column takes each), few enough to
    try them all; past that, one column takes them all."""
    from itertools import combinations_with_replacement

    if extra <= 2 and columns <= 12 or extra == 3 and columns <= 6:
        return tuple(combinations_with_replacement(range(columns), extra))
    return tuple((c,) * extra for c in range(columns))


class TableColumnRecognizer(LocalRecognizer):
    """Cells under a column, and values after a key, that name personal data (see the module's note)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=list(ENTITIES), supported_language=supported_language)

    def load(self) -> None:
        common_words()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        found: list[tuple[str, int, int, float]] = []
        if "\n" in text and any(d in text for d in _DELIMS):
            self._tables(text, found)
        if ":" in text or "=" in text:
            self._keyed(text, found)
        if "INSERT" in text or "insert" in text:
            self._sql(text, found)
        if "stdin" in text:
            self._copy(text, found)
        # tables only a date-of-birth column is read from, and an aligned table's phone column (a cheap look
        # for each shape, then for a birth or phone word)
        aligned = "\n" in text and ("  " in text or any(c in text for c in _BOX_BORDERS))
        html, rows, parametrized = "<td" in text, '["' in text, "parametrize" in text
        birth = (aligned or html or parametrized) and _birth_word(text)
        if aligned and (birth or _phone_word(text)):
            self._aligned(text, found)
        if aligned:
            self._spaced(text, found)
        if html:
            self._html(text, found)
        if rows:
            self._json_rows(text, found)
        if birth and parametrized:
            self._parametrized(text, found)
        if "\n" in text and "@" in text and _BIRTH_YEAR_DATE.search(text):
            self._header_less_births(text, found)
        wanted = set(entities) if entities else set(ENTITIES)
        return [self._result(*f) for f in dict.fromkeys(found) if f[0] in wanted]

    # -- tables --
    def _tables(self, text: str, found: list) -> None:
        lines = _numbered_lines(text)
        vertical = self._vertical(text, lines, found) if "|" in text or "\t" in text else set()
        i = 0
        while i < len(lines) - 1:
            offset, line = lines[i]
            candidate = i not in vertical and len(line) < 400 and any(d in line for d in _DELIMS)
            head = _header(line) if candidate else None
            if head is None:
                listed = _listed_header(lines, i) if candidate and ("," in line or "; " in line) else None
                if listed is None:
                    i += 1
                    continue
                delim, kinds, j = listed
                while j < len(lines):
                    row_offset, row = lines[j]
                    cells = _split(row, delim)
                    if not row.strip() or len(cells) < len(kinds):
                        break
                    self._row(row, row_offset, cells, kinds, found)
                    j += 1
                i = j
                continue
            delim, kinds = head
            j = i + 1
            # a header wrapped onto the next line, as a PDF's narrow page sets it ("Name | Town | Email\n |
            # Gift")
            if j < len(lines) and lines[j][1].lstrip().startswith(delim) \
                    and len(line) + len(lines[j][1]) < 400:
                joined = _header(line + " " + lines[j][1])
                if joined is not None and joined[0] == delim and len(joined[1]) > len(kinds):
                    kinds = joined[1]
                    j += 1
            if delim == "|" and j < len(lines) and lines[j][1].strip() and (all(
                    _RULE_CELL.match(lines[j][1][a:b].strip()) for a, b in _split(lines[j][1], "|"))
                    or _PSQL_RULE.match(lines[j][1])):
                j += 1
            while j < len(lines):
                row_offset, row = lines[j]
                if delim == "|" and _PSQL_RULE.match(row):  # a grid's rule between rows (+----+----+)
                    j += 1
                    continue
                if not row.strip() or delim not in row:
                    break
                cells = _split(row, delim)
                step = 1
                if len(cells) < len(kinds) and j + 1 < len(lines) and delim in lines[j + 1][1] \
                        and (row.rstrip().endswith(delim) or lines[j + 1][1].lstrip().startswith(delim)):
                    # a row wrapped onto the next line ("Dorota Nowak | Leeds |\ndorota@example.com | 40.00"):
                    # one row, the line break a space (the same length: offsets stay)
                    row = row + " " + lines[j + 1][1]
                    cells, step = _split(row, delim), 2
                if len(cells) < len(kinds):
                    break
                self._row(row, row_offset, cells, kinds, found)
                j += step
            i = max(j, i + 1)

    @staticmethod
    def _vertical(text: str, lines: list[tuple[int, str]], found: list) -> set[int]:
        """Two-cell rows of a field/value table (``| Phone | +44 … |``, ``Name<TAB>…``): the value takes the
        field's type. Returns the lines reported."""
        rows = []
        for k, (offset, line) in enumerate(lines):
            if len(line) > 300 or "|" not in line and "\t" not in line:
                continue
            cells = _split(line, "\t" if "\t" in line else "|")
            if len(cells) != 2:
                continue
            (a, b), (c, d) = cells
            if gap := _NEXT_FIELD.search(line, c, d):  # "15/03/1972   Naturalidade: Guimarães": a field more
                d = gap.start()
            label = line[a:b].strip().strip("*_:").strip()
            kind = column_kind(label) if 0 < len(label) <= 40 else None
            if kind is not None and c < d and column_kind(line[c:d]) is None:  # not a header of two columns
                rows.append((k, kind, offset + c, offset + d))
        people = any(kind[1] != "bare" for _, kind, _, _ in rows)
        reported = set()
        for k, (entity, how), start, end in rows:
            got = value_entity(entity, how, text[start:end], people)
            if got:
                found.append((got, start, end, SCORE if how in ("strong", "zip") else SCORE_LOOSE))
                reported.add(k)
        return reported

    def _row(self, row: str, offset: int, cells: list, kinds: list, found: list) -> None:
        # a bare name column stays strict unless a column of the table holds personal data ("name,email,…":
        # people; "name,price": products)
        people = any(k is not None and k[1] == "strong" and k[0] != SECRET for k in kinds)
        extra = len(cells) - len(kinds)
        if extra == 0:
            spans = cells
        else:  # an unquoted delimiter in a value: the extra cells go to the free-text columns that fit best
            best, best_score = cells[:len(kinds)], None
            checked: dict[tuple[int, int, int], bool] = {}  # (column, start, end) → passes its check
            for taken in _allocations(len(kinds), extra):
                if any(kinds[c] is not None and (kinds[c][0] not in _FREE_TEXT or kinds[c][1] == "zip")
                       for c in taken):
                    continue  # a phone, e-mail, card… never holds the delimiter
                spans, at = [], 0
                for c in range(len(kinds)):
                    more = taken.count(c)
                    spans.append((cells[at][0], cells[at + more][1]))
                    at += more + 1
                fits = 0
                for c, (k, (a, b)) in enumerate(zip(kinds, spans, strict=True)):
                    if k:
                        if (c, a, b) not in checked:
                            checked[(c, a, b)] = bool(value_entity(k[0], k[1], row[a:b], people))
                        fits += checked[(c, a, b)]
                free = sum(1 for c in set(taken) if kinds[c] is not None and kinds[c][0] in _FREE_TEXT)
                score = (fits, free - len(set(taken)), [-c for c in taken])
                if best_score is None or score > best_score:
                    best, best_score = spans, score
            spans = best
        named, words = False, []
        for kind, (a, b) in zip(kinds, spans, strict=True):
            if kind is None or a >= b:
                continue
            entity = value_entity(kind[0], kind[1], row[a:b], people)
            if entity:
                score = SCORE if kind[1] in ("strong", "zip") else SCORE_LOOSE
                found.append((entity, offset + a, offset + b, score))
                named = named or entity == PERSON
            elif kind == (PERSON, "strong") and _NAME_WORD.fullmatch(row, a, b):
                words.append((a, b))
        # a name that is a word too ("Shin", "Angel") beside a name found in the row: the family or given name
        if named:
            found.extend((PERSON, offset + a, offset + b, SCORE) for a, b in words
                         if row[a:b].lower() not in _SYSTEM_USERS and not looks_like_placeholder(row[a:b]))

    # -- SQL: INSERT INTO t (col, …) VALUES (…), (…); INSERT INTO t VALUES (…) after CREATE TABLE t (…) --
    def _sql(self, text: str, found: list) -> None:
        created: dict[str, str] | None = None
        for m in _INSERT.finditer(text):
            cols = m.group("cols")
            if cols is None:  # (pg_dump --inserts, sqlite's .dump): the columns of the table's CREATE TABLE
                if created is None:
                    created = _created_tables(text)
                cols = created.get(_table_key(m.group("table")))
                if cols is None:
                    continue
            kinds = self._sql_kinds(cols)
            if kinds is None:
                continue
            pos = m.end()
            while True:
                row = _sql_row(text, pos)
                if row is None:
                    break
                values, pos = row
                if len(values) == len(kinds):
                    for kind, (a, b, quoted) in zip(kinds, values, strict=True):
                        # an unquoted value (a number, NULL, now(), make_date(1987, 3, 14)): a date's only
                        entity = value_entity(kind[0], kind[1], text[a:b], False) \
                            if kind and a < b and (quoted or kind[0] == DOB) else None
                        if entity:
                            score = SCORE if kind[1] in ("strong", "zip") else SCORE_LOOSE
                            found.append((entity, a, b, score))
                comma = _SQL_NEXT.match(text, pos)
                if comma is None:
                    break
                pos = comma.end()

    @staticmethod
    def _sql_kinds(cols: str) -> list | None:
        labels = [c.strip().strip('`"[]') for c in cols.split(",")]
        kinds = [column_kind(c) if c else None for c in labels]
        if not any(kinds):
            return None
        if any(k and k[1] != "bare" for k in kinds):
            kinds = [(k[0], "strong") if k and k[1] == "bare" else k for k in kinds]
        return kinds

    # -- COPY t (col, …) FROM stdin; then one row a line, tab-separated, up to "\." (pg_dump) --
    def _copy(self, text: str, found: list) -> None:
        for m in _COPY.finditer(text):
            kinds = self._sql_kinds(m.group("cols"))
            if kinds is None:
                continue
            offset = m.end()
            while offset < len(text):
                end = text.find("\n", offset)
                end = len(text) if end < 0 else end
                row = text[offset:end]
                if not row.strip() or row.startswith("\\."):
                    break
                cells = _split(row, "\t")
                if len(cells) != len(kinds):
                    break
                self._row(row, offset, cells, kinds, found)
                offset = end + 1

    # -- tables aligned with spaces (pandas, sqlite's column mode, a CLI listing): birth dates, phones --
    def _aligned(self, text: str, found: list) -> None:
        """A header line of column names spaced apart with a date-of-birth or phone column (``dob``,
        ``birth_date``, ``phone``); in each line below, up to a blank one, the date or the phone number under
        that name (right-aligned as pandas prints it, or left-aligned) is one."""
        lines = text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        # a notebook's output in its JSON ("   name  dob\n",): the quotes and "\n" as spaces, columns in place
        if '\\n",' in text:
            lines = [_JSON_LINE.sub(lambda m: " " * len(m[1]) + m[2] + " " * len(m[3]), line)
                     for line in lines]
        if any(c in text for c in _BOX_BORDERS):  # drawn with box characters (polars, DuckDB, rich):
            lines = [line.translate(_BOX_AS_SPACES) for line in lines]  # borders as spaces, rules as dashes
        k = 0
        while k < len(lines) - 1:
            # (a form's labels over their values: "Name:      Date of birth:      Nationality:", the colons as
            # spaces)
            line = _LABEL_COLON.sub(" ", lines[k]) if ":" in lines[k] else lines[k]
            k += 1
            if len(line) > 300 or "  " not in line.strip(" ") and not line.startswith("  ") \
                    or _NOT_ALIGNED_HEAD.search(line) or not (_birth_word(line) or _phone_word(line)):
                continue
            labels = [(m.start(), m.end()) for m in _WORD_RUN.finditer(line)]
            names = [line[a:b] for a, b in labels]
            if not 2 <= len(labels) <= 30 or not all(_LABEL.fullmatch(n) or n in _ELIDED for n in names) \
                    or any(n.lower() in _PROSE for n in names):
                continue
            columns = [(a, b, kind, i) for i, ((a, b), n) in enumerate(zip(labels, names, strict=True))
                       if (kind := (column_kind(n) or ("",))[0]) in (DOB, PHONE)]
            if not columns:
                continue
            width = len(names) - (names[-1] == "\\")  # the columns (not the mark of a frame continued)
            for j in range(k, min(len(lines), k + 500)):
                row = lines[j]
                if not row.strip() or row.lstrip().startswith("["):  # pandas' "[5 rows x 4 columns]"
                    break
                if _RULE_ROW.fullmatch(row):
                    continue
                cells = [(m.start(), m.end()) for m in _CELLS.finditer(row)]
                if j == k and cells and cells[0][0] == 0 and all(_LABEL.fullmatch(w) for w in row.split()):
                    continue  # the index's names on their own line under the header (pandas' set_index)
                if len(cells) < 2:
                    break
                # a row of one cell a name (and the index's): the cell in the name's place, counted from the
                # right, even where it is not under the name (written by hand, or the header padded wider)
                placed = len(cells) in (width, width + 1)
                for a, b, kind, i in columns:
                    under = [(c, d) for c, d in cells if c < b and d > a]
                    if placed:
                        under = [cells[len(cells) - width + i]]
                    if len(under) != 1:
                        continue
                    c, d = under[0]
                    if kind == PHONE:  # the whole cell ("090-123 45 67"): spaces inside it are single
                        if value_entity(PHONE, "strong", row[c:d], True):
                            found.append((PHONE, starts[j] + c, starts[j] + d, SCORE))
                        continue
                    date = next((m for m in _ALIGNED_DATE.finditer(row, c, d)
                                 if placed or m.start() < b and m.end() > a), None)
                    if date and value_entity(DOB, "strong", date.group(), True):
                        found.append((DOB, starts[j] + date.start(), starts[j] + date.end(), SCORE))
                k = j + 1

    # -- tables aligned with spaces, every column: a fixed-width report, pandas' print(df) --
    def _spaced(self, text: str, found: list) -> None:
        """A header line of column names two spaces or more apart (``CUST_ID   SURNAME   E-MAIL``, ``Nome
        Correio eletrónico  Data de nascimento``); in each line below, up to a blank one, the cells (runs of
        words one space apart) are the columns' in order when they are as many (pandas' index first: one
        more), else each cell under a name is that column's (left-aligned in a report, right-aligned by
        pandas; an empty cell is no cell)."""
        lines = _numbered_lines(text)
        k = 0
        while k < len(lines) - 1:
            line = lines[k][1]
            k += 1
            if len(line) > 400 or "  " not in line.strip() or _NOT_ALIGNED_HEAD.search(line):
                continue
            labels = [(m.start(), m.end()) for m in _CELLS.finditer(line)]
            if not 2 <= len(labels) <= 30:
                continue
            head = _header("\t".join(line[a:b] for a, b in labels))
            if head is None or head[0] != "\t" or len(head[1]) != len(labels):
                continue
            kinds = head[1]
            j = k
            while j < len(lines):
                row_offset, row = lines[j]
                if not row.strip() or row.lstrip().startswith(("[", "***")):
                    break
                j += 1
                if _RULE_ROW.fullmatch(row):
                    continue
                cells = [(m.start(), m.end()) for m in _CELLS.finditer(row)]
                if len(cells) in (len(labels), len(labels) + 1):
                    spans = cells[len(cells) - len(labels):]
                else:
                    # (t29b) a cell running into the next column, one space apart ("Thijs van der Meulen 22
                    # Harbour Road" under "Name" and "Address 1"): split where a later name starts
                    cells = [part for c, d in cells for part in _cut_at(row, c, d, labels, kinds)]
                    spans = []
                    for a, b in labels:
                        under = [(c, d) for c, d in cells if c < b and d > a]
                        spans.append(under[0] if len(under) == 1 else (0, 0))
                self._row(row, row_offset, spans, kinds, found)
            k = max(k, j)

    # -- HTML tables (pandas' to_html, a notebook's text/html output, a web page's table) --
    def _html(self, text: str, found: list) -> None:
        """A row of cells naming personal columns (``<th>Surname</th><th>dob</th>``, as a delimited table's
        header); in each row after it, the cell in each column's place."""
        kinds: list = []
        for row in _HTML_ROW.finditer(text):
            cells = list(_HTML_CELL.finditer(row.group(), 0))
            labels = [c.group("v").strip() for c in cells]
            head = _header("\t".join(labels)) if len(labels) >= 2 and all(labels[1:]) else None
            if head is not None and head[0] == "\t" and len(head[1]) == len(labels):
                kinds = head[1]
                continue
            here = [(DOB, "strong") if (column_kind(v) or ("",))[0] == DOB else None for v in labels]
            if any(here):  # (a header the delimited table's rules refuse: its date-of-birth column)
                kinds = here
                continue
            if not kinds or len(cells) != len(kinds):
                continue
            spans = []
            for c in cells:
                a, b = c.span("v")
                value = row.group()[a:b]
                a += len(value) - len(value.lstrip())
                b -= len(value) - len(value.rstrip())
                spans.append((row.start() + a, row.start() + b))
            self._row(text, 0, spans, kinds, found)

    # -- a header-less table of people: a birth date in a row with an e-mail address --
    @staticmethod
    def _header_less_births(text: str, found: list) -> None:
        """In a row of four cells or more (split by any delimiter) with an e-mail address cell, that no header
        or column list read, a cell that is only a date of a year 1920 to 2012 is a birth date (a record's
        sign-up or order date is a recent one)."""
        read = sorted(a for _entity, a, _b, _score in found)  # (a row a header or a column list reads)
        for offset, row in _numbered_lines(text):
            if "@" not in row or len(row) > 600 or not _BIRTH_YEAR_DATE.search(row):
                continue
            k = bisect_left(read, offset)
            if k < len(read) and read[k] <= offset + len(row):
                continue
            delim = next((d for d in _DELIMS if row.count(d) >= 3), None)
            if delim is None:
                continue
            cells = _split(row, delim)
            if not any(_EMAIL_SHAPE.match(row[a:b]) for a, b in cells):
                continue
            for a, b in cells:
                if _BIRTH_YEAR_DATE.fullmatch(row, a, b):
                    found.append((DOB, offset + a, offset + b, SCORE_LOOSE))

    # -- rows as JSON arrays after a header array (Google Sheets' values, pandas' split orient, a query API's
    # columns and rows): every personal column, as a delimited table's header names them (a header those
    # rules refuse: its date-of-birth columns) --
    def _json_rows(self, text: str, found: list) -> None:
        kinds: list = []
        for row in _JSON_ARRAY.finditer(text):
            cells = list(_JSON_CELL.finditer(row.group()))
            labels = [c.group("s") for c in cells]
            if all(labels):
                head = _header("\t".join(labels))
                here = head[1] if head is not None and head[0] == "\t" and len(head[1]) == len(cells) else [
                    (DOB, "strong") if (column_kind(v) or ("",))[0] == DOB else None for v in labels]
                if any(here):
                    kinds = here
                    continue
            if kinds and len(cells) == len(kinds):
                spans = [(row.start() + c.start("s"), row.start() + c.end("s")) if c.group("s") is not None
                         else (0, 0) for c in cells]
                self._row(text, 0, spans, kinds, found)

    # -- pytest's parametrize: the names, then a tuple of values a line; dates of birth only --
    @staticmethod
    def _parametrized(text: str, found: list) -> None:
        for m in _PARAMETRIZE.finditer(text):
            names = [n.strip(" \"'") for n in (m.group("names") or m.group("list")).split(",")]
            names = [n for n in names if n]
            columns = [i for i, n in enumerate(names) if (column_kind(n) or ("",))[0] == DOB]
            if not columns:
                continue
            pos = m.end()
            while True:
                row = _PARAMETER_ROW.match(text, pos)
                if row is None:
                    break
                pos = row.end()
                cells = list(_PARAMETER_CELL.finditer(row.group("cells")))
                if len(cells) != len(names):
                    continue
                for i in columns:
                    group = "d" if cells[i].group("d") is not None else "s"
                    if cells[i].group(group) is None:
                        continue
                    a, b = cells[i].span(group)
                    start = row.start("cells") + a
                    if value_entity(DOB, "strong", text[start:start + b - a], True):
                        found.append((DOB, start, start + b - a, SCORE))

    # -- keyed fields --
    def _keyed(self, text: str, found: list) -> None:
        hits = []
        spaced = _SPACED_KEY.finditer(text) if " " in text else ()
        named = _NAME_THEN_VALUE.finditer(text) if "value:" in text or "value :" in text else ()
        parts = _FORM_DATA_PART.finditer(text) if "form-data" in text else ()
        secrets = []
        for m in (*_keys(text), *spaced, *named, *parts):
            kind = column_kind(m.group("key"))
            if kind is None and (beside := beside_kind(m.group("key"))):
                kind = (beside[0], "beside:" + beside[1])  # (only once a personal value is found)
            # secrets after a key are the credential recognizers' (stricter about fakes and look-alikes),
            # except in records of people (below)
            if kind is None and m.group("key").lower() in _BARE_CODES:
                kind = (SECRET, "code")
            if kind is not None and kind[1] != "tables":
                v = _VALUE.match(text, m.end())
                if v:
                    (secrets if kind[0] == SECRET else hits).append((m.group("op") or ":", v, kind))
        if not hits:
            return
        before = len(found)
        people = False  # a bare "name" key counts beside a personal value found under another key
        hits.sort(key=lambda h: h[2][1] == "bare" or h[2][1].startswith("beside:"))
        for op, v, (entity, how) in hits:
            if how.startswith("beside:"):
                if not people:
                    continue
                how = how.removeprefix("beside:")
            group = next(g for g in (1, 2, 3) if v.group(g) is not None)
            start, end = v.span(group)
            if group == 3:
                start, end = self._bare_value(text, start, end, entity, op)
                date = _ALIGNED_DATE.match(text, start, end) if entity == DOB else None
                if date:  # "DDN: 14/03/1987, admission 02/01/2024": the date, not the prose after it
                    end = date.end()
            value = text[start:end]
            if not value:
                continue
            sub = _NAME_EMAIL.match(value) if entity == PERSON else None
            if sub:  # "Jane Doe <jane@example.org>": the name (the e-mail is the e-mail recognizer's)
                end = start + sub.end("n")
                value = text[start:end]
            got = value_entity(entity, how, _decoded(value, op), people, keyed=True)
            if got is None and entity in (PERSON, LOCATION) and "," in value:
                end = start + value.index(",")
                value = text[start:end].rstrip()
                end = start + len(value)
                got = value_entity(entity, how, value, people, keyed=True)
            if got:
                people = True
                found.append((got, start, end, SCORE if how in ("strong", "zip") else SCORE_LOOSE))
        # records of people (a JSON array, a YAML list: two personal values or more) with a password or a PIN
        # among their keys ("codice_pin": "4821", "palavra_passe: …"): the secret is the person's; so is a
        # bare "code" of four to eight digits there ("code": "452610": a PIN, a lock's or an account's code)
        if len(found) - before >= 2:
            for op, v, (_entity, how) in secrets:
                group = next(g for g in (1, 2, 3) if v.group(g) is not None)
                start, end = v.span(group)
                if group == 3:
                    start, end = self._bare_value(text, start, end, SECRET, op)
                if how == "code" and not _PIN_DIGITS.fullmatch(text, start, end):
                    continue
                if start < end and value_entity(SECRET, "strong", text[start:end], True, keyed=True):
                    found.append((SECRET, start, end, SCORE))

    def _result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(self.name, score, textual_explanation="column or key name")
        return RecognizerResult(entity, start, end, score, analysis_explanation=explanation,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    @staticmethod
    def _bare_value(text: str, start: int, end: int, entity: str, op: str) -> tuple[int, int]:
        """Where an unquoted value ends: a log's next ``key=``, a query's ``&``, a line's end…"""
        value = text[start:end]
        if value.startswith(("${", "{{", "$(", "<")):  # a reference or template, never the value itself
            return start, start
        cut = _BARE_END_EQ.search(value) if op != ":" else _BARE_END_COLON.search(value)
        if cut:
            value = value[:cut.start()]
        if op != ":" and entity not in (LOCATION, DOB) and " " in value:
            # key=value logs: one word, then capitalised words ("user=Amy Hanna action=…"), or digit groups
            # ("card=4111 1111 1111 1111 ip=…")
            first, *rest = value.split(" ")
            keep = [first]
            for w in rest:
                if len(keep) >= 6 or not (w[:1].isupper() and entity == PERSON and len(keep) < 4
                                          or entity != PERSON and any(c.isdigit() for c in w)):
                    break
                keep.append(w)
            value = " ".join(keep)
        value = value.rstrip(" \t\r,;.")
        return start, start + len(value)


# aligned tables: a birth word somewhere (else no look), a header's names, the cells of a row (runs of words
# one space apart), a date in a cell
_BIRTH_STEMS = ("dob", "d.o.b", "birth", "born", "bday", "geb", "nac", "nasc", "naiss", "urodz", "fødsel",
                "fodsel", "födelse", "fodelse", "syntym", "doğum", "dogum", "yob", "生", "생")


_PHONE_STEMS = ("phone", "tel", "mobile", "cell", "fon", "móvil", "movil", "celular", "cellulare", "handy",
                "gsm", "puhelin", "telefon")


def _phone_word(text: str) -> bool:
    """Whether ``text`` may hold a phone column's name (a cheap look, as ``_birth_word``)."""
    return holds_any(text, _PHONE_STEMS)


def _birth_word(text: str) -> bool:
    """Whether ``text`` may hold a date-of-birth column's name (a cheap look: a stem of one; the text's lower
    case is shared with the other recognizers' looks)."""
    return holds_any(text, _BIRTH_STEMS)


# a date whose year is a living adult's birth year: 14/03/1987, 1987-03-14, 14.03.1987
_BIRTH_YEAR_DATE = stdlib_re.compile(r"(?<![\w./-])(?:(?:19[2-9]\d|200\d|201[0-2])[-/.]\d{1,2}[-/.]\d{1,2}"
                                     r"|\d{1,2}[-/.]\d{1,2}[-/.](?:19[2-9]\d|200\d|201[0-2]))(?![\w/-]|\.\d)")
_HTML_ROW = stdlib_re.compile(r"(?is)<tr\b[^>]*>.*?</tr>")
_HTML_CELL = stdlib_re.compile(r"(?is)<t[hd]\b[^>]*>(?P<v>[^<]{0,60})</t[hd]>")
_JSON_CELL_TEXT = r'"(?P<s>[^"\\\n]{0,60})"|-?\d[\d.]*|null|true|false'
_ANY_JSON_CELL = _JSON_CELL_TEXT.replace("?P<s>", "")
_JSON_ARRAY = stdlib_re.compile(
    rf'\[[ \t]*(?:{_ANY_JSON_CELL})(?:[ \t]*,[ \t]*(?:{_ANY_JSON_CELL})){{1,40}}[ \t]*\]')
_JSON_CELL = stdlib_re.compile(_JSON_CELL_TEXT)
_PARAMETRIZE = stdlib_re.compile(
    r"""parametrize\(\s*(?:["'](?P<names>[^"'\n]{1,200})["']|[\[(](?P<list>[^\])\n]{1,200})[\])])\s*,\s*[\[(]""")
_PARAMETER_ROW = stdlib_re.compile(
    r"""\s*(?:pytest\.param)?\((?P<cells>(?:"[^"\n]*"|'[^'\n]*'|[^()'"\n])*)\)\s*,?""")
_PARAMETER_CELL = stdlib_re.compile(r""""(?P<d>[^"\n]*)"|'(?P<s>[^'\n]*)'|[^,\s][^,]*""")
_BOX_BORDERS = "│┃┆┇┊║"
_BOX_AS_SPACES = str.maketrans({**{c: " " for c in _BOX_BORDERS},
                                **{c: "-" for c in "─━┄┅┈┉═╌╍┌┐└┘├┤┬┴┼╞╡╪╒╕╘╛╤╧╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋"}})
_JSON_LINE = stdlib_re.compile(r'^([ \t]*")([^"]*?)((?:\\n)?"[ \t]*,?[ \t]*)$')
_LABEL_COLON = stdlib_re.compile(r"(?<=\w):(?=[ \t]|$)")
_NOT_ALIGNED_HEAD = stdlib_re.compile(r"[|\t=:;,{}()\[\]\"'<>]")
_WORD_RUN = stdlib_re.compile(r"\S+")
_LABEL = re.compile(r"[^\W\d][\w.\-]{0,39}")
_CELLS = stdlib_re.compile(r"\S+(?: \S+)*")
_ELIDED = ("...", "…", "\\")  # pandas' hidden columns and the mark of a frame continued below
_RULE_ROW = stdlib_re.compile(r"[-= ]+")
_ALIGNED_DATE = re.compile(
    r"(?i)(?<![\w/.-])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|\d{1,2}(?:\.|st|nd|rd|th)?[ -]\p{L}{3,9}\.?,?[ -]\d{2,4}"  # (and "28. Januar 1976", "3rd May 1980")
    r"|\p{L}{3,9}\.? \d{1,2},? \d{4}|(?:1[89]|20)\d{6})(?![\w/-])")
_INSERT = stdlib_re.compile(r"(?i)\binsert\s+into\s+(?P<table>[\w.`\"\[\]]+)\s*"
                            r"(?:\((?P<cols>[^()]{1,500})\)\s*)?values\s*")
_SQL_NEXT = stdlib_re.compile(r"\s*,\s*")
_CREATE = stdlib_re.compile(r"(?i)\bcreate\s+(?:(?:temp|temporary|unlogged)\s+)?table\s+"
                            r"(?:if\s+not\s+exists\s+)?(?P<table>[\w.`\"\[\]]+)\s*\(")
_COPY = stdlib_re.compile(r"(?im)^copy\s+[\w.`\"]+\s*\((?P<cols>[^()\n]{1,500})\)\s+from\s+stdin\b[^\n]*\n")
# what starts a CREATE TABLE item that is no column
_CONSTRAINTS = frozenset("primary constraint foreign unique check key index exclude like fulltext "
                         "spatial period".split())


def _table_key(name: str) -> str:
    """A table's name as INSERT and CREATE TABLE both write it: "public"."users", `users`, [dbo].[users]."""
    return name.replace('"', "").replace("`", "").replace("[", "").replace("]", "").lower().rsplit(".", 1)[-1]


def _created_tables(text: str) -> dict[str, str]:
    """The column names of each ``CREATE TABLE t (…)`` in the text (comma-joined, in order), by table."""
    tables = {}
    for m in _CREATE.finditer(text):
        depth, pos, items, start = 0, m.end(), [], m.end()
        while pos < len(text) and pos - m.end() < 5000:
            c = text[pos]
            if c == "(":
                depth += 1
            elif c == ")" and depth == 0 or c == "," and depth == 0:
                items.append(text[start:pos])
                start = pos + 1
                if c == ")":
                    break
            elif c == ")":
                depth -= 1
            pos += 1
        else:
            continue
        names = []
        for item in items:
            first = item.split(None, 1)[0].strip('`"[]') if item.strip() else ""
            if first.lower() not in _CONSTRAINTS and first:
                names.append(first)
        if names and not any("," in n for n in names):
            tables[_table_key(m.group("table"))] = ",".join(names)
    return tables


def _sql_row(text: str, pos: int) -> tuple[list[tuple[int, int, bool]], int] | None:
    """Spans of the values of the tuple ``( … )`` at ``pos`` and where it ends; None when no tuple starts
    there. A value is (start, end, quoted): a quoted string without its quotes (SQL style: '' inside), also
    the first one inside an expression (``'1987-03-14'::date``, ``TO_DATE('14/03/1987', …)``, ``DATE '…'``);
    else the expression itself (``make_date(1987, 3, 14)``, ``42``, ``NULL``)."""
    n = len(text)
    while pos < n and text[pos] in " \t\r\n":
        pos += 1
    if pos >= n or text[pos] != "(":
        return None
    pos += 1
    values: list[tuple[int, int, bool]] = []
    while pos < n:
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        start, first, depth = pos, None, 0
        while pos < n and pos - start < 300:
            c = text[pos]
            if c == "'":
                end = pos + 1
                while end < n and not (text[end] == "'" and text[end + 1:end + 2] != "'"):
                    end += 2 if text[end] == "'" else 1
                if first is None:
                    first = (pos + 1, min(end, n))
                pos = end + 1
                after = pos
                while after < n and text[after] in " \t\r\n":
                    after += 1
                if depth == 0 and after < n and text[after] == "'":  # a comma missing between two strings:
                    pos = after                                      # still two values (the SQL to fix)
                    break
                continue
            if c == "(":
                depth += 1
            elif c == ")" and depth == 0 or c == "," and depth == 0:
                break
            elif c == ")":
                depth -= 1
            elif c == "\n" and first is None and depth == 0:
                break
            pos += 1
        if first is not None:
            values.append((*first, True))
        else:
            end = pos
            while end > start and text[end - 1] in " \t\r\n":
                end -= 1
            values.append((start, end, False))
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        if pos >= n or len(values) > 100:
            return None
        if text[pos] == ")":
            return values, pos + 1
        if text[pos] == "'":
            continue
        if text[pos] != ",":
            return None
        pos += 1
    return None


def _decoded(value: str, op: str) -> str:
    """A query string's value as written by the person ("Hiroshi%20Tanaka", "Jane+Doe")."""
    if op == "=" and ("%" in value or "+" in value):
        from urllib.parse import unquote_plus

        return unquote_plus(value)
    return value


# Keys: a word (snake, camel, dotted, optionally quoted) after a line's start, a space, "{", ",", "(", "&",
# "?", ";", "[" or "|" (a form's plural mark after it: "FORENAME(S):"); or two to four words at a line's start
# ("Date of birth:"). Plain ``re``: a cheap pass.
_KEY = stdlib_re.compile(
    r"""(?:(?<=[\s{,(&?;\[|])|^)(["']?)(?P<key>[A-Za-z][\w.\-]{0,40})(?:\([sS]\))?\1[ \t]*"""
    r"(?P<op>=>|:=|:|=)",
    stdlib_re.MULTILINE)
# ``_KEY`` with the character before it (a blank or a bracket) taken into the match: the scan then skips from
# one such character to the next, three times faster than a look behind at every character. ``_keys`` gives
# what ``_KEY.finditer`` gives (no match ends on such a character, so none hides the next one's).
_KEY_AFTER = stdlib_re.compile(
    r"""[\s{,(&?;\[|](["']?)(?P<key>[A-Za-z][\w.\-]{0,40}+)(?:\([sS]\))?\1[ \t]*(?P<op>=>|:=|:|=)""")


def _keys(text: str) -> list:
    """What ``_KEY.finditer`` finds: its keys, operators and ends (a start may be one character earlier)."""
    first = _KEY.match(text)
    return [first, *_KEY_AFTER.finditer(text, first.end())] if first else list(_KEY_AFTER.finditer(text))


_SPACED_KEY = stdlib_re.compile(  # (first on its line, or a form's next field after a wide gap)
    r"(?:^[ \t]*(?:[-*][ \t]+)?|(?<=\S)(?:[ ]{3,}|\t+))"
    r"(?P<key>[A-Za-z][\w\-]*(?:[ \t][A-Za-z][\w\-]*){1,3})[ \t]*(?P<op>=>|:=|:|=)",
    stdlib_re.MULTILINE)
# a variable as Kubernetes, Compose and CI files list them: "- name: TEST_USER_DOB" then "value: …"
_NAME_THEN_VALUE = stdlib_re.compile(
    r"""^[ \t]*-?[ \t]*name[ \t]*:[ \t]*(["']?)(?P<key>[A-Za-z][\w.\-]{0,60})\1[ \t]*\r?\n"""
    r"""[ \t]*value[ \t]*(?P<op>:)""", stdlib_re.MULTILINE)
# a field of a multipart/form-data body: its name in the part's header, its value after the blank line
_FORM_DATA_PART = stdlib_re.compile(
    r"""^content-disposition:[ \t]*form-data;[ \t]*name="(?P<key>[^"\n]{1,60})"[^\n]*\r?\n"""
    r"""(?:[\w-]+:[^\n]*\r?\n)*\r?\n(?P<op>)""", stdlib_re.MULTILINE | stdlib_re.IGNORECASE)
_VALUE = stdlib_re.compile(r"""[ \t]*(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s"'{\[(][^\n]{0,200}))""")
# a form's next field in a two-cell row's value, after a wide gap ("Date of birth:\t13/01/1963
# Nationality: British")
_NEXT_FIELD = re.compile(r"[ ]{3,}(?=\p{L}[\p{L}\d .'’/()-]{0,40}?[ \t]*:(?!\d))")
_BARE_END_EQ = re.compile(r"[&;,}\])|]|\s+[\w.\-]+=|\s+-")
# (a form's next field after a wide gap or a tab: "Signature: Murugan Ilango          Date: …")
_BARE_END_COLON = re.compile(r"[;}\]|]|,\s*[\"']?[\w.\-]+[\"']?\s*[:=]|\s+#|\s+//|[ ]{3,}|\t")


__all__ = ["ENTITIES", "TableColumnRecognizer", "column_kind", "value_entity"]
