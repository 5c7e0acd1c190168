"""National and official id numbers (type ``NATIONAL_ID``): passports, identity cards, tax and social-security
numbers, health-insurance member numbers, driving licences, in the languages the prompts come in.

Five ways to find one, all reporting the value alone:

- **After an id word** (``passport number 816592321``, ``NIF: 232797633``, ``Versicherten-Nr.: HR935865P``,
  ``T.C. Kimlik No: …``, ``"passport_number": "…"``, ``Personalausweis\\n…``): the word, a short link (``:``,
  ``no.``, ``n°``, ``number``, ``is``, ``#``, up to four words), then a value of 4–24 characters of letters
  and digits with single spaces, dots, dashes or slashes inside, holding at least four digits (five when it is
  digits only). No checksum is asked: the word vouches for it. Dates, years, versions, amounts, US SSNs (the
  SSN recognizer's) and company VAT numbers are not taken. Generic words (``ID number``, ``tax ID``,
  ``member ID``) do not count after a business word (``order``, ``invoice``, ``VAT``, ``company``,
  ``employee``…), and no cue counts with a company word or a validity date between it and the value.
  Acronyms that are also words (``NIE`` is Polish for "no", ``SIN`` Spanish for "without", ``PAN``, ``TIN``,
  ``RFC`` as in RFC 7231) count in capitals only, some with the value's exact format.
- **By format alone**, where a check digit or a date inside makes a look-alike rare: Italian codice fiscale,
  Spanish DNI and NIE (check letter), Turkish TCKN (two check digits), Brazilian CPF (11 digits or
  ``xxx.xxx.xxx-xx``), Argentine CUIL ``20-xxxxxxxx-x``, UK National Insurance numbers (prefix rules,
  ``AB 12 34 56 C``), French NIR (15 digits, key), Swedish personnummer ``YYMMDD-XXXX`` (Luhn and date),
  Danish CPR ``DDMMYY-XXXX`` (date and the modulus-11 test), Finnish henkilötunnus, Belgian national number
  (11 digits or ``YY.MM.DD-XXX.XX``), Swiss AHV ``756.XXXX.XXXX.XX``, Chinese resident id (18 characters,
  date and check) and Mexican CURP. The checks are python-stdnum's (LGPL), except the NINO's, which has none.
  Counting samples (``01234567890``) never count.
- **A Polish PESEL** (11 digits, check digit and birth date) without a cue only in a table row (``|``, tab or
  ``;`` separated): 11-digit numbers are too common in prose.
- **Under an id column** (``| Name | … | PESEL |``, ``passport;name``): each cell of the column that holds a
  value as above. A bare ``ID`` column is not one (row, customer and order ids).
- **Anywhere in a text that names the kind once** (a PESEL, BSN, NIF, CPF, TCKN, personnummer, Steuer-ID,
  fødselsnummer, SIN, TFN, Aadhaar, PPS, AHV, CPR, SVNR or NSS word): bare numbers of 8–13 digits that
  pass that kind's check.

Asia, Africa, the Middle East and Latin America (session 20): the words of Singapore's NRIC/FIN, Malaysia's
IC and MyKad, Vietnam's CCCD/CMND, Nigeria's BVN and NIN, Pakistan's CNIC, the Philippines' SSS/UMID/PhilSys,
Indonesia's NIK/KTP, Sri Lanka's NIC, Bangladesh's NID, the Emirates ID, the iqama, the Ghana Card, HKID,
Israel's teudat zehut, and Korean, Japanese, Chinese, Thai, Hindi, Arabic and Hebrew id words; by checked
format the Singapore NRIC/FIN, HKID, Taiwan id, MyKad and Korean RRN with their dashes, the Pakistani CNIC
(5-7-1 dashed), the Emirates ID, the Thai id (dashed), the South African id (date, Luhn) and the Ghana Card;
and after a bare ``ID`` (a row's or an order's too) a value that passes one of those countries' checks.

Left alone on purpose: employee, customer, patient, student and account numbers (an organisation's own
reference, not an official id; a leak of one exposes far less), company ids (EIN, VAT, USt-IdNr, KvK, SIREN,
CNPJ, REGON), ``SSN`` (the US SSN recognizer's word and values), and Dutch BSNs, Portuguese NIFs, Canadian
SINs and similar 9–11 digit numbers without a word saying what they are (their checks pass for one number in
ten or eleven).
"""

import datetime
import re as stdlib_re
from collections.abc import Callable, Iterator

import regex as re
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from stdnum.ar import cuit as ar_cuit
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.br import cpf as br_cpf
from stdnum.ch import ssn as ch_ssn
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gr import amka as gr_amka
from stdnum.ie import pps as ie_pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.it import codicefiscale as it_cf
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp
from stdnum.my import nric as my_nric
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as no_fnr
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tckn
from stdnum.za import idnr as za_idnr

from scrubber.recognizers import _base
from scrubber.recognizers._base import holds_any, word_index

NATIONAL_ID = "NATIONAL_ID"
SCORE_CUE = 0.85  # above the context-boost line (0.6): kept without Presidio's context words
SCORE_FORMAT = 0.85
# Eleven digits in a row passing a CPF, TCKN or Belgian check (one number in a hundred does) and nothing else:
# above the threshold (0.5), below a phone reading of the same digits (0.55 up), which then names the span.
SCORE_BARE_ELEVEN = 0.52
SCORE_COLUMN = 0.85
SCORE_DOCUMENT = 0.75

# ---- id words --------------------------------------------------------------------------------------------
_S = r"[ _-]?"  # between the words of a cue: "national id", "national_id", "national-id", "nationalid"
# Words that always name a person's official id (matched in any case).
_STRONG = [
    # en
    r"passports?", rf"national{_S}(?:id(?:entity|entification)?|insurance|registration|number)",
    rf"(?:ni|nhs|chi|ird|pps|ppsn){_S}(?:number|no\b)", rf"identity{_S}(?:card|number|document|no\b)",
    rf"identification{_S}(?:number|card|document|no\b)", rf"id{_S}(?:card|document)",
    rf"personal{_S}(?:id(?:entity|entification)?|number|code)", rf"citizen(?:ship)?{_S}(?:id|card|number)",
    rf"residen(?:t|ce){_S}(?:id|card|permit)", rf"social{_S}insurance", rf"social{_S}security",
    rf"tax{_S}file{_S}(?:number|no\b)", rf"driver'?s?{_S}licen[cs]e", rf"driving{_S}licen[cs]e",
    rf"voter{_S}id",
    rf"health{_S}(?:insurance|card){_S}(?:number|no\b|id)", r"medicare", r"medicaid", r"aadh?aar",
    rf"pan{_S}card", rf"green{_S}card", r"ohip", r"ramq", r"ihi", rf"e{_S}card",
    # de
    r"personalausweis\w*", r"ausweis(?:nummer|nr)?", r"reisepass\w*", r"passnummer", rf"pass{_S}nr",
    rf"steuer{_S}id\w*", r"steueridentifikationsnummer", rf"steuer{_S}identifikationsnummer",
    r"identifikationsnummer", r"steuernummer", rf"steuer{_S}nr", rf"sozialversicherungs{_S}(?:nummer|nr)",
    rf"sv{_S}(?:nummer|nr)", rf"rentenversicherungs{_S}(?:nummer|nr)",
    rf"(?:kranken)?versicherten{_S}(?:nummer|nr)",
    rf"versicherungs{_S}(?:nummer|nr)", rf"kv{_S}nummer", r"kvnr", r"f(?:ü|ue)hrerschein\w*",
    rf"ahv{_S}(?:nummer|nr|number|no\b)", r"ahvn13", r"svnr",
    # fr
    r"passeport", r"carte(?: nationale)? d['’]identit[ée]", r"s[ée]curit[ée] sociale", r"s[ée]cu",
    r"carte vitale", r"permis de conduire", r"num[ée]ro fiscal", r"num[ée]ro d['’]identification",
    r"assurance sociale", r"assurance maladie", r"carte soleil", r"num[ée]ro avs", r"registre national",
    r"num[ée]ro national", r"titre de s[ée]jour",
    # es
    r"pasaportes?", r"documento(?: nacional)? de identidad", r"c[ée]dula(?: de (?:identidad|ciudadan[íi]a))?",
    r"carn[ée]t? de conducir", r"permiso de conducir", r"licencia de conducir", r"seguridad social",
    r"n[úu]mero de afiliaci[óo]n", r"seguro social", r"imss", r"tarjeta sanitaria", r"tarjeta de residencia",
    r"identificaci[óo]n fiscal",
    # it
    r"passaporto", rf"codice{_S}fiscale", r"carta d['’]identit[àa]", r"patente(?: di guida)?",
    r"tessera sanitaria", r"permesso di soggiorno",
    # nl
    r"paspoort\w*", r"burgerservicenummer", r"bsn", rf"sofi{_S}nummer", r"identiteitskaart", rf"id{_S}kaart",
    r"identiteitsbewijs", r"rijbewijs\w*", r"rijksregister\w*", r"insz", r"verblijfsvergunning",
    # pt
    r"passaporte", r"n[.ºo°]* ?(?:de )?utente", r"n[úu]mero de utente", r"cart[ãa]o de utente",
    r"utente sns", r"n[úu]mero de contribuinte", r"contribuinte", r"cart[ãa]o de cidad[ãa]o",
    r"bilhete de identidade", r"seguran[çc]a social",
    r"carteira de (?:identidade|motorista|habilita[çc][ãa]o)",
    r"t[íi]tulo de eleitor", r"cpf", r"curp",
    # pl
    r"paszport\w*", r"pesel", r"dow[óo]d\w* osobist\w*", r"dowodu", r"praw[oa] jazdy", r"legitymacj\w*",
    # sv, da, no, fi
    r"personnummer", r"personnr", rf"person{_S}nr", r"samordningsnummer", r"k[öo]rkort\w*", rf"id{_S}kort",
    r"legitimation", rf"cpr{_S}(?:nr|nummer|number|no\b)", r"f[øo]dselsnummer", r"f[øo]dselsnr",
    r"henkil[öo]tunnus", r"hetu", r"sosiaaliturvatunnus",
    # tr
    r"t\.? ?c\.? ?kimlik\w*", rf"kimlik{_S}(?:no\b|numara\w*|kart\w*)", r"tckn\w*", rf"tc{_S}no\b",
    r"n[üu]fus c[üu]zdan\w*", r"pasaport\w*", r"s[üu]r[üu]c[üu] belge\w*", r"ehliyet\w*",
    # el, ru, uk, zh
    r"αμκα", r"ταυτότητας", r"διαβατ\w+", r"паспорт\w*", r"снилс", r"рнокпп", r"αφμ", r"инн",
    # ... and as an API's or a form's keys write them in Latin letters ("snils": "112-233-445 95")
    r"snils", r"amka", r"afm", r"rnokpp", rf"my{_S}number", r"マイナンバー", r"個人番号",
    # Asia, Africa, the Middle East: "IC/NRIC: …", "MyKad", "CCCD: …", "Emirates ID", "Iqama", "Ghana Card"
    r"nric", r"mykad", rf"i/?c{_S}(?:no\b|number|num\b)", rf"emirates{_S}id", r"iqama", rf"ghana{_S}card",
    r"hkid", rf"umid{_S}(?:no\b|number|id)?", r"philsys", rf"philhealth{_S}(?:no\b|number|id)?",
    rf"huduma{_S}(?:no\b|number|namba)?", rf"teudat{_S}zehut", rf"e{_S}ktp", r"nicop",
    rf"(?:nida|national{_S}id(?:entity)?){_S}(?:no\b|number)",
    r"cccd", r"cmnd", r"c[ăa]n[ \t]c[ưu][ớo]c(?:[ \t]c[ôo]ng[ \t]d[âa]n)?",
    r"ch[ứu]ng[ \t]minh[ \t]nh[âa]n[ \t]d[âa]n", r"s[ốo][ \t]đ[ịi]nh[ \t]danh",
    r"nomor[ \t]induk[ \t]kependudukan", r"kartu[ \t]tanda[ \t]penduduk",
    r"رقم[ \t]الهوية", r"الهوية[ \t]الوطنية", r"رقم[ \t]الإقامة", r"الرقم[ \t]القومي", r"بطاقة[ \t]الهوية",
    r"رقم[ \t]الهويه", r"السجل[ \t]المدني",
    r"תעודת[ \t]זהות", r"ת\.ז\.?", r"ת\"ז",
]
# Chinese words, found inside a run of characters (no spaces between words).
# (and Korean, Japanese, Thai and Hindi ones: "주민등록번호", "個人番号", "เลขประจำตัวประชาชน", "आधार")
_CJK = (r"身份证(?:号码|号)?|身分證(?:號碼)?|身份證(?:號碼)?|护照(?:号码|号)?|護照(?:號碼)?|居民身份"
        r"|주민등록번호|주민번호|외국인등록번호|여권번호|個人番号|マイナンバー|旅券番号|在留カード番号"
        r"|เลขประจำตัวประชาชน|เลขบัตรประชาชน|บัตรประชาชน|आधार(?:[ \t]संख्या|[ \t]नंबर)?|पैन")
# Generic words: an id of a person unless a business word stands right before them ("order ID number").
_WEAK = [
    rf"id{_S}(?:number|no\b|nr\b|num\b|nummer|numer|numero|número|numéro|#)", r"idnr",
    rf"(?:my|his|her|their){_S}id(?:\b|(?=_))",
    rf"tax{_S}(?:id(?:entification)?(?:{_S}(?:number|no\b))?|number|no\b|code|reference)",
    rf"taxpayer{_S}(?:id|number)", rf"member(?:ship)?{_S}(?:id|number|no\b)",
    rf"(?:policy{_S}holder|insured|subscriber|beneficiary|insurance){_S}(?:id|number|no\b)",
    r"identificaci[óo]n", r"identifica[çc][ãa]o", rf"fiscal{_S}(?:code|number)",
    # es, pt: "documento: …", "número de documento", "e identidad …", "nº afiliación …"
    r"documento", r"identidade?", r"afiliaci[óo]n", r"afiliad[oa]",
]
# Acronyms that are words too: capitals only. Value shapes for those that also name other things.
_ACRONYM_SHAPES = {
    "DNI": None, "NIE": None, "NIF": None, "TIE": None, "CNI": None, "NIR": None, "NIP": None,
    "TIN": None, "ITIN": None, "NSS": None, "AVS": None, "AHV": None, "CUIL": None, "CUIT": None, "TFN": None,
    "PPSN": None, "IRD": None, "CNH": None, "NISS": None, "NUSS": None, "NINO": None, "TCKN": None,
    "ΑΜΚΑ": None, "ΑΦΜ": None, "ИНН": None, "ІПН": None, "C.C.": None,
    "CNIC": None, "KTP": None, "NPWP": None, "NID": None, "ΑΔΤ": None, "INE": None,
    "NIK": re.compile(r"\d{16}"), "BVN": re.compile(r"\d{11}"), "NIN": re.compile(r"\d{11}"),
    "SSS": re.compile(r"\d{2}-?\d{7}-?\d"), "NIC": re.compile(r"\d{9}[VvXx]|\d{12}"),
    "FIN": re.compile(r"[FGM]\d{7}[A-Z]"), "IC": re.compile(r"\d{6}-?\d{2}-?\d{4}"),
    "EID": re.compile(r"784-?\d{4}-?\d{7}-?\d"), "DUI": re.compile(r"\d{8}-\d"),
    "PPS": re.compile(r"\d{7}[A-W][A-IW]?"),
    "RG": re.compile(r"(?:[A-Z]{2}-?)?\d{1,2}\.?\d{3}\.?\d{3}-?[\dXx]"),
    "CPR": re.compile(r"\d{6}-?\d{4}"),
    "SIN": re.compile(r"\d{3}[ -]?\d{3}[ -]?\d{3}"),
    "NAS": re.compile(r"\d{3}[ -]?\d{3}[ -]?\d{3}"),
    "PAN": re.compile(r"[A-Z]{5}\d{4}[A-Z]"),
    "RFC": re.compile(r"[A-ZÑ&]{3,4}\d{6}[A-Z\d]{0,3}"),
    "RUT": re.compile(r"\d{1,2}\.?\d{3}\.?\d{3}-[\dkK]"),
    "RUN": re.compile(r"\d{1,2}\.?\d{3}\.?\d{3}-[\dkK]"),
}
_ACRONYMS = "|".join(re.escape(a) for a in sorted(_ACRONYM_SHAPES, key=len, reverse=True))
# Those also taken in lower case as a key ("sin": …, tfn=…, nif_cliente: …).
_KEY_ACRONYMS = "|".join(sorted(
    "SIN TFN NIF NIE DNI NIP TIN ITIN PPS PPSN IRD NINO TCKN AHV AVS NSS CUIL CUIT CNH NISS NIR CNI CPR"
    .split(),
    key=len, reverse=True))

# Between the id word and the value: separators, up to four short words ("no.", "number", "n.º", "of the
# holder", "is"), one line break; each word is checked (``_BLOCKING_WORDS``).
_SEP = r"[\t \u00a0\u3000:：#=|(\[\"'*.,/_>–—-]{0,12}"
_WORD = r"(?:\p{L}[\p{L}.'’º°ª]{0,15})"
_GAP = rf"(?P<gap>{_SEP}(?:{_WORD}{_SEP}){{0,4}}?(?:\n{_SEP})?)"
# The value: letters and digits with single dots, dashes, slashes or spaces inside; its first run of letters
# and digits holds a digit (so "No" in "No 12345" stays out), except a spaced NINO (AB 12 34 56 C).
# (Latin, Greek and Cyrillic letters: an id written in Chinese text ends where the Chinese resumes)
_LETTER = r"[\p{Latin}\p{Greek}\p{Cyrillic}]"
_AN = r"[\p{Latin}\p{Greek}\p{Cyrillic}\d]"
_VALUE_BODY = (
    rf"(?P<value>(?={_LETTER}*\d|[A-Z]{{2}} \d{{2}} \d{{2}} \d{{2}} [A-D](?!{_AN})"
    rf"|(?!(?i:no|nr|id|is|n[º°])\b)\p{{Lu}}{{1,3}} \d{{5}}){_AN}+"
    rf"(?:(?:[.\-/]|[ ](?=\d)|[ ](?=\p{{Lu}}(?![\p{{L}}\d])))(?=\S){_AN}+)*)"
)
_VALUE = r"(?<![\p{L}\d])" + _VALUE_BODY + r"(?![\p{L}\d])"
_CUE_END = r"(?:(?![\p{L}\d])|(?<=\p{Ll})(?=\p{Lu}\p{Ll}))"
_CUES = (
    rf"(?<![\p{{L}}\d])(?:(?P<strong>(?i:{'|'.join(_STRONG)}))|(?P<weak>(?i:{'|'.join(_WEAK)}))"
    rf"|(?P<acronym>{_ACRONYMS})|(?P<key>(?i:{_KEY_ACRONYMS}))(?=[\"']?[ \t]*[:=]|_))"
)
_CUED = re.compile(_CUES + _CUE_END + _GAP + _VALUE)
_CJK_CUED = re.compile(rf"(?P<strong>{_CJK})" + _GAP + r"(?<![\d\p{Latin}])" + _VALUE_BODY)
# (each cue above starts with one of these words: single letters such as Thai "เ" or Han "在" are in
# most texts of those scripts)
_CJK_HINT = re.compile(r"身份|身分|护照|護照|주민|외국인|여권|個人番号|マイナンバー|旅券番号|在留カード"
                       r"|เลขประจำตัว|เลขบัตร|บัตรประชาชน|आधार|पैन")


def _prefixes() -> frozenset[str]:
    """The three-character beginnings (lower case) a cue can have: ``_CUED`` is tried only at words that
    begin so (scanning for its hundreds of words at every character cost 0.2 ms a prompt; this, a fifth).
    Found per alternative, one character at a time, with partial matching."""
    alternatives = [*_STRONG, *_WEAK, *_ACRONYM_SHAPES, *_KEY_ACRONYMS.split("|")]
    source = "".join(alternatives)
    # Letters, and what may follow a two-letter acronym (``RG: …``, ``RG=…``, ``RG(…``): the gap's signs.
    alphabet = sorted({c for c in source.lower() if c.isalpha()} | set("abcdefghijklmnopqrstuvwxyz .'’-_°º#")
                      | set("\t\n\r\u00a0\u3000:：=|([\"'*,/>–—"))
    out: set[str] = set()
    for alternative in alternatives:
        literal = alternative not in _STRONG and alternative not in _WEAK  # an acronym
        rx = re.compile(f"(?i:{re.escape(alternative) if literal else alternative})")
        level = [c for c in alphabet if c.isalpha() and rx.match(c, partial=True)]
        for _ in range(2):
            level = [p + c for p in level for c in alphabet if rx.match(p + c, partial=True)]
        out.update(level)
    return frozenset(out)


_PREFIXES = _prefixes()
# A header cell naming an id column: a cue, optionally "nr"/"no."/"number"/"#" after it.
_NUMBER_WORD = r"(?i:nr|no|n°|nº|n\.º|num|number|nummer|numer|numero|número|numéro|#)"
_HEADER = re.compile(rf"(?:{_NUMBER_WORD}\.?[ ._-]*(?i:(?:de|di|do|da|of)[ _])?)?"
                     rf"{_CUES}(?:[ ._-]*{_NUMBER_WORD})?[ .:#*]*")

# Words that, right before a generic cue, make it an organisation's number, not a person's id.
_BUSINESS = frozenset(
    "order orders invoice invoices ticket tickets transaction transactions session request requests "
    "product products device devices employee employees staff customer customers client clients account "
    "accounts user users app application build job task case incident shipment tracking booking reservation "
    "vat ust uid "
    "company companies business corporate employer firm firma organisation organization unternehmen empresa "
    "entreprise société societe azienda bedrijf företag foretag şirket sirket spółki spolki firmy "
    "bestell auftrag rechnung kunden mitarbeiter pedido factura facture commande fattura ordine bestelling "
    "factuur encomenda fatura zamówienie zamowienie faktura sipariş siparis fatura beställning faktura "
    "vendor supplier seller merchant partner batch lot serial part item sku asset license licence key "
    "object row record document file message event trace span process thread commit "
    "meeting conference webinar call room".split()
)
# Words between a cue and a value that say the number is something else: validity dates, counts, a company.
_BLOCKING_WORDS = frozenset(
    "valid until till expires expiry expiration expired issued issue date dated since year years "
    "gültig gueltig bis ausgestellt ablauf datum jahr jahre seit válido valido hasta expedición expedicion "
    "caducidad fecha desde año años valable jusqu jusqu'au délivré délivrée delivre expire date année années "
    "depuis scadenza valida rilasciato rilasciata anno anni geldig tot afgegeven vervaldatum sinds jaar "
    "validade emissão emissao ano anos ważny wazny ważności waznosci wydany wydano roku rok lat "
    "giltig utfärdad utfardad sedan år ar geçerlilik gecerlilik veriliş verilis tarihi tarih yıl yil "
    "photo photos copy copies scan scans page pages seite seiten página pagina digits digit characters chars "
    "stellen cifras chiffres cifre cijfers dígitos digitos cyfr letters buchstaben "
    "company companies empresa entreprise société societe società societa azienda bedrijf firma firmy şirket "
    "företag spółka spolka sociedad sociedade gesellschaft "
    "ein vat ust uid renew renewal renewed fee fees cost costs price eur usd "
    "address adresse addresse dirección direccion indirizzo adres endereço endereco adress adresi anschrift "
    "phone telephone tel mobile cell fax email mail telefon telefono teléfono téléphone telefone telefoon "
    "handy portable móvil movil cellulare celular zip postcode plz cap".split()
)
_DATE = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}|(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
)
_VERSION = re.compile(r"[vV]?\d{1,2}(?:\.\d{1,3}){1,3}")
_US_SSN = re.compile(r"\d{3}-\d{2}-\d{4}|9\d{2}[ -]?[7-9]\d[ -]?\d{4}")  # the SSN/ITIN recognizers' values
_US_SSN_SPACED = re.compile(r"\d{3}([ -]?)\d{2}\1\d{4}")
_SENTENCE_END = re.compile(r"[.!?][ \t]+\p{Lu}\p{Ll}")
_VAT = re.compile(
    r"(?:ATU|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI|CHE)"
    r"[ .-]?(?=(?:[^\d]*\d){8})[0-9A-Z .-]{8,14}"
)
# A company's NIF: Spanish (a letter for its legal form, seven digits, a check), Portuguese (5, 6 or 9 first).
_COMPANY_NIF = re.compile(r"[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]|[569]\d{8}")
# Amounts and counts (a cédula or RG is written 1.234.567.890 too: dotted groups of 7 digits or more stay).
_AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+[.,]\d{1,2}")
_DOTTED_ID = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")

# ---- formats found without a word ------------------------------------------------------------------------
# No longer number, word or code around the value; a comma only as a CSV row's delimiter, not as a number's
# group or decimal mark (a digit on both sides, one to three digits on the far side: "1,234", "…901,50")
_B = r"(?<![\p{L}\d./+-])(?!(?<=\d,)\d{1,3}(?!\d))"
_E = r"(?![\p{L}\d]|[./-][\p{L}\d])(?!(?<=\d),\d{1,3}(?![\d.:/-]))"
_OMO = "[0-9LMNPQRSTUV]"  # a codice fiscale's digits may be replaced by letters (omocodia)


_NINO_SHAPE = re.compile(r"[A-Z]{2}\d{6}[A-D]")


def _nino(value: str) -> bool:
    """A UK National Insurance number: prefix letters HMRC issues, six digits, suffix A–D (no check digit)."""
    v = value.replace(" ", "").upper()
    return (len(v) == 9 and v[0] not in "DFIQUV" and v[1] not in "DFIOQUV"
            and v[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"))


def _cpr(value: str) -> bool:
    """A Danish CPR number with a real birth date that passes the modulus-11 test (all numbers until 2007)."""
    digits = value.replace("-", "")
    if not dk_cpr.is_valid(digits):
        return False
    return sum(int(d) * w for d, w in zip(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0


def _personnummer(value: str) -> bool:
    """A Swedish personnummer (Luhn over YYMMDDNNN, a real date; born this year or before)."""
    if not se_pnr.is_valid(value):
        return False
    try:
        return se_pnr.get_birth_date(value) <= datetime.date.today()
    except Exception:  # noqa: BLE001 - stdnum raises its own ValidationError subclasses
        return False


def _pesel(value: str) -> bool:
    if not pl_pesel.is_valid(value):
        return False
    return pl_pesel.get_birth_date(value) <= datetime.date.today()


def _sg_nric(value: str) -> bool:
    """A Singapore NRIC or FIN: S, T, F, G or M, seven digits and the check letter of their weighted sum."""
    v = value.upper()
    total = sum(int(d) * w for d, w in zip(v[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += {"T": 4, "G": 4, "M": 3}.get(v[0], 0)
    letters = "JZIHGFEDCBA" if v[0] in "ST" else "KLJNPQRTUWX" if v[0] == "M" else "XWUTRQPNMLK"
    return letters[total % 11] == v[8]


def _hkid(value: str) -> bool:
    """A Hong Kong identity card number, A123456(7): its check digit (or A) over the letters and digits."""
    v = value.upper().replace("(", "").replace(")", "").replace(" ", "")
    head, digits, check = v[:-7], v[-7:-1], v[-1]
    codes = ([36] if len(head) == 1 else []) + [ord(c) - 55 for c in head]
    total = sum(c * w for c, w in zip(codes, (9, 8), strict=True))
    total += sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    return "0123456789A"[(11 - total % 11) % 11] == check


_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def _tw_id(value: str) -> bool:
    """A Taiwan national identification number: a letter, 1 or 2, eight digits, the weighted sum's check."""
    code = _TW_LETTERS[value[0].upper()]
    weights = (8, 7, 6, 5, 4, 3, 2, 1, 1)
    return (code // 10 + 9 * (code % 10) + sum(int(d) * w for d, w in zip(value[1:], weights, strict=True))) \
        % 10 == 0


def _digits_only(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _emirates_id(value: str) -> bool:
    """An Emirates ID, 784-YYYY-NNNNNNN-C: 15 digits passing the Luhn check."""
    digits = _digits_only(value)
    return len(digits) == 15 and digits.startswith("784") and _luhn(digits)


def _saudi_id(value: str) -> bool:
    """A Saudi national id or iqama number: ten digits, 1 (citizen) or 2 (resident) first, Luhn check."""
    return len(value) == 10 and value.isdigit() and value[0] in "12" and _luhn(value)


def _thai_id(value: str) -> bool:
    digits = _digits_only(value)
    return len(digits) == 13 and th_pin.is_valid(digits)


def _cn_ric(value: str) -> bool:
    """A Chinese resident id (stdnum's check; its place look-up raises KeyError for a region code listed
    without counties, "821040…", after the check digit and the birth date passed: that is an id)."""
    try:
        return cn_ric.is_valid(value)
    except KeyError:
        return True


def _sa_id(value: str) -> bool:
    """A South African identity number: birth date, sequence, citizenship 0-2, Luhn check (13 digits)."""
    digits = _digits_only(value)
    return len(digits) == 13 and za_idnr.is_valid(digits)


_SA_ID_FORMAT = re.compile(rf"{_B}\d{{13}}{_E}|{_B}\d{{6}} \d{{4}} \d{{3}}{_E}")


def sa_id_at(text: str, start: int, end: int) -> bool:
    """Whether the formats below report ``text[start:end]`` as a South African id number (the card recognizer
    leaves such a number to this one when no card word says otherwise)."""
    m = _SA_ID_FORMAT.match(text, start, timeout=_base._timeout)
    return m is not None and m.end() == end and not _counting(m.group()) and _sa_id(m.group())


_FORMATS = [
    # (name, pattern, check)
    ("codice fiscale", re.compile(
        rf"{_B}(?i:[A-Z]{{6}}{_OMO}{{2}}[ABCDEHLMPRST]{_OMO}{{2}}[A-Z]{_OMO}{{3}}[A-Z]){_E}"),
     lambda v: it_cf.is_valid(v.upper())),
    ("dni", re.compile(rf"{_B}\d{{8}}[ -]?[A-Z]{_E}"), es_dni.is_valid),
    ("nie", re.compile(rf"{_B}[XYZ][ -]?\d{{7}}[ -]?[A-Z]{_E}"), es_nie.is_valid),
    ("tckn", re.compile(rf"{_B}[1-9]\d{{10}}{_E}"), tr_tckn.is_valid),
    ("cpf", re.compile(rf"{_B}\d{{3}}\.\d{{3}}\.\d{{3}}-\d{{2}}{_E}|{_B}\d{{11}}{_E}"), br_cpf.is_valid),
    ("cuil", re.compile(rf"{_B}2[0347]-\d{{8}}-\d{_E}"), ar_cuit.is_valid),
    ("nino", re.compile(
        rf"{_B}[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?: ?\d{{2}}){{3}} ?[A-D]{_E}|"
        rf"{_B}[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]-\d{{2}}-\d{{2}}-\d{{2}}-[A-D]{_E}"), _nino),
    ("nir", re.compile(
        rf"{_B}[12] ?\d{{2}} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{{2}}|2[ABab]) ?\d{{3}} ?\d{{3}} ?\d{{2}}{_E}"),
     fr_nir.is_valid),
    ("personnummer", re.compile(rf"{_B}(?:19|20)?\d{{6}}[-+]\d{{4}}{_E}"), _personnummer),
    ("cpr", re.compile(rf"{_B}\d{{6}}-\d{{4}}{_E}"), _cpr),
    ("hetu", re.compile(rf"{_B}\d{{6}}[-+A-FU-Y]\d{{3}}[0-9A-Y]{_E}"), fi_hetu.is_valid),
    ("belgian national number",
     re.compile(rf"{_B}\d{{2}}\.\d{{2}}\.\d{{2}}[ -]\d{{3}}\.\d{{2}}{_E}|{_B}\d{{11}}{_E}"), be_nn.is_valid),
    ("ahv", re.compile(rf"{_B}756\.\d{{4}}\.\d{{4}}\.\d{{2}}{_E}"), ch_ssn.is_valid),
    ("resident id", re.compile(rf"{_B}[1-9]\d{{16}}[\dXx]{_E}"), _cn_ric),
    ("curp", re.compile(rf"{_B}[A-Z]{{4}}\d{{6}}[HMX][A-Z]{{5}}[A-Z\d]\d{_E}"), mx_curp.is_valid),
    # written with their dashes (or the NRIC's letters), these shapes are ids and little else
    ("nric", re.compile(rf"{_B}[STFGM]\d{{7}}[A-Z]{_E}"), _sg_nric),
    # (with its check in brackets: without them, "SO5481461" is a sales order as often)
    ("hkid", re.compile(rf"{_B}[A-Z]{{1,2}}\d{{6}} ?\([0-9A]\)"), _hkid),
    ("taiwan id", re.compile(rf"{_B}[A-Z][12]\d{{8}}{_E}"), _tw_id),
    ("mykad", re.compile(rf"{_B}\d{{6}}-\d{{2}}-\d{{4}}{_E}"), my_nric.is_valid),
    ("rrn", re.compile(rf"{_B}\d{{6}}-\d{{7}}{_E}"), kr_rrn.is_valid),
    ("cnic", re.compile(rf"{_B}[1-7]\d{{4}}-\d{{7}}-\d{_E}"), lambda v: True),
    ("emirates id", re.compile(rf"{_B}784-?\d{{4}}-?\d{{7}}-?\d{_E}"), _emirates_id),
    ("thai id", re.compile(rf"{_B}\d-\d{{4}}-\d{{5}}-\d{{2}}-\d{_E}"), _thai_id),
    ("south african id", _SA_ID_FORMAT, _sa_id),
    ("ghana card", re.compile(rf"{_B}GHA-\d{{9}}-\d{_E}"), lambda v: True),
]
# Checks an id of some country passes, for a value after a bare "ID" (a row's, an order's or a customer's id
# too, so only a value one of them vouches for: about one 10-digit number in fifty passes the Saudi one).
_ID_CHECKS = (_saudi_id, _sa_id, _emirates_id, _thai_id, my_nric.is_valid, kr_rrn.is_valid, _cn_ric,
              br_cpf.is_valid, tr_tckn.is_valid, il_idnr.is_valid, in_aadhaar.is_valid, jp_in.is_valid,
              gr_amka.is_valid, pl_pesel.is_valid)
_BARE_ID = re.compile(r"(?<![\p{L}\d])(?:ID|Id|id)(?:[ \t]?(?:No\.?|no\.?|#))?[ \t]*[:#]?[ \t]*"
                      r"(?P<value>\d[\d -]{7,16}\d)(?![\p{L}\d]|-\d)")
_FORMAT_HINT = re.compile(r"\d(?:[ .-]?\d){5}")  # six digits close together, or a codice fiscale
# The lengths of the runs of digits a format's value holds (a run a format writes between non-digits, its
# first after ``_B``, its last before ``_E``): without one of them in the text the format cannot match there,
# and its pattern is skipped (the lengths cost one scan; a format's pattern, a scan each).
_RUNS_NEEDED: dict[str, Callable[[set[int]], bool]] = {
    "dni": lambda n: 8 in n,
    "nie": lambda n: 7 in n,
    "tckn": lambda n: 11 in n,
    "cpf": lambda n: 11 in n or 3 in n and 2 in n,
    "cuil": lambda n: 8 in n,
    "nino": lambda n: 2 in n or 4 in n or 6 in n,
    "personnummer": lambda n: 4 in n and (6 in n or 8 in n),
    "cpr": lambda n: 6 in n and 4 in n,
    "hetu": lambda n: 6 in n,
    "belgian national number": lambda n: 11 in n or 2 in n and 3 in n,
    "ahv": lambda n: 4 in n,
    "resident id": lambda n: 17 in n or 18 in n,
    "curp": lambda n: 6 in n,
    "nric": lambda n: 7 in n,
    "hkid": lambda n: 6 in n or 7 in n,
    "taiwan id": lambda n: 9 in n,
    "mykad": lambda n: 6 in n and 4 in n,
    "rrn": lambda n: 6 in n and 7 in n,
    "cnic": lambda n: 5 in n and 7 in n,
    "emirates id": lambda n: 15 in n or 7 in n,
    "thai id": lambda n: 5 in n and 4 in n,
    "south african id": lambda n: 13 in n or 6 in n and 4 in n,
    "ghana card": lambda n: 9 in n,
}
_DIGIT_RUN = re.compile(r"\d+")  # (the regex module's digits, as the formats' patterns read them)
# (a codice fiscale's whole shape in any case, as (?i) reads it: "ſ" an s, "ı" an i, the Kelvin sign a k)
_CF_LETTER, _CF_OMO = "[A-Za-z\u0131\u017f\u212a]", "[0-9LMNPQRSTUVlmnpqrstuv\u017f]"
_CF_MONTH = "[ABCDEHLMPRSTabcdehlmprst\u017f]"
_CF_HINT = stdlib_re.compile(rf"{_CF_LETTER}{{6}}{_CF_OMO}{{2}}{_CF_MONTH}{_CF_OMO}{{2}}"
                             rf"{_CF_LETTER}{_CF_OMO}{{3}}{_CF_LETTER}")
_PESEL = re.compile(rf"{_B}\d{{11}}{_E}")
_TABLE_ROW = re.compile(r"\|[^\n|]*\|[^\n|]*\||\t[^\n\t]*\t|;[^\n;]*;")

# ---- checks for a kind named once in the text ------------------------------------------------------------
_KIND_CHECKS = [
    (re.compile(r"(?i)pesel"), pl_pesel.is_valid),
    (re.compile(r"(?i)\bbsn\b|burgerservicenummer|sofi.?nummer"), nl_bsn.is_valid),
    (re.compile(r"\bNIF\b|(?i:contribuinte)"), lambda v: v[0] not in "569" and pt_nif.is_valid(v)),
    (re.compile(r"\bCPF\b|(?i:\bcpf\b)"), br_cpf.is_valid),
    (re.compile(r"(?i)kimlik|\btckn"), tr_tckn.is_valid),
    (re.compile(r"(?i)personnummer|personnr"), se_pnr.is_valid),
    (re.compile(r"(?i)steuer.?id|identifikationsnummer"), de_idnr.is_valid),
    (re.compile(r"(?i)f[øo]dselsnummer|f[øo]dselsnr"), no_fnr.is_valid),
    (re.compile(r"\bSIN\b|\bNAS\b|(?i:social insurance|assurance sociale)"),
     lambda v: len(v) == 9 and _luhn(v)),
    (re.compile(r"\bTFN\b|(?i:tax file number)"), lambda v: _tfn(v)),
    (re.compile(r"(?i)aadh?aar"), in_aadhaar.is_valid),
    (re.compile(r"\bPPSN?\b"), ie_pps.is_valid),
    (re.compile(r"\bAHV\b|\bAVS\b|(?i:ahv.?n)"), lambda v: v.startswith("756") and ch_ssn.is_valid(v)),
    (re.compile(r"\bCPR\b"), dk_cpr.is_valid),
    (re.compile(r"(?i)svnr|sv-n|sozialversicherung|versicherungsn|e-card"), at_vnr.is_valid),
    (re.compile(r"\bNSS\b|(?i:seguro social)"), lambda v: len(v) == 11 and _luhn(v)),
]
# Whether a kind is named: its plain words found in one C-level pass each (``folded``), the rest by regex.
_KIND_HINT_WORDS = (
    "pesel", "bsn", "burgerservice", "sofi", "contribuinte", "cpf", "kimlik", "tckn", "personn", "steuer",
    "identifikations", "fødsels", "fodsels", "social insurance", "assurance sociale", "tax file", "aadhaar",
    "aadaar", "svnr", "sv-n", "sozialversicherung", "versicherungsn", "e-card", "seguro social")
_KIND_HINT = re.compile(r"(?i)\bsin\b|\bnas\b|\btfn\b|\bppsn?\b|\bahv|\bavs\b|\bcpr\b|\bnif\b|\bnss\b")


def _kind_named(text: str) -> bool:
    return holds_any(text, _KIND_HINT_WORDS) or _KIND_HINT.search(text) is not None
_EIGHT_DIGITS = re.compile(r"\d{8}")
_BARE_NUMBER = re.compile(rf"{_B}\d{{8,13}}{_E}")


def _counting(value: str) -> bool:
    """0123456789…, 9876…, 1111…: a sample or a filler, not an id, when nothing says it is one."""
    digits = "".join(c for c in value if c.isdigit())
    runs = ("01234567", "12345678", "23456789", "98765432", "87654321", "76543210")
    return len(set(digits)) <= 2 or any(run in digits for run in runs)


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _tfn(digits: str) -> bool:
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10) if len(digits) == 9 else (10, 7, 8, 4, 6, 3, 5, 1) \
        if len(digits) == 8 else None
    return weights is not None and sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def plausible_id(value: str) -> bool:
    """A value an id word may stand before: 4–24 characters, at least four digits (five when digits only),
    not a date, year, time, version, amount, US SSN (its own recognizer's) or company VAT number."""
    digits = sum(c.isdigit() for c in value)
    if not 4 <= len(value) <= 24 or digits < 4:
        return False
    if digits == len(value) and digits < 5:
        return False
    if digits == sum(c.isalnum() for c in value) and len(set(c for c in value if c.isdigit())) == 1 \
            and digits < 6:
        return False  # 0000, 1111…
    if _DOTTED_ID.fullmatch(value):  # 1.234.567.890: a cédula or RG as written, not an amount or a version
        return True
    return not (_DATE.fullmatch(value) or _VERSION.fullmatch(value) or _US_SSN.fullmatch(value)
                or _VAT.fullmatch(value) or _AMOUNT.fullmatch(value))


def _after_business_word(text: str, start: int) -> bool:
    """Whether the word right before ``start`` (on its line) makes the id an organisation's number."""
    before = _words(text[max(0, start - 30):start].rsplit("\n", 1)[-1])
    return bool(before) and before[-1].lower() in _BUSINESS


def _words(text: str) -> list[str]:
    return re.findall(r"\p{L}[\p{L}'’]*", text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A value of more than 24 characters cut back to its space-separated groups that fit."""
    if end - start <= 24:
        return start, end
    cut = start
    for m in re.finditer(r" ", text[start:end]):
        if m.start() > 24:
            break
        cut = start + m.start()
    return (start, cut) if cut > start else (start, start)


class NationalIdRecognizer(LocalRecognizer):
    """National and official id numbers after an id word, by checked format, in id columns (module note)."""

    ENTITY = NATIONAL_ID

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name="NationalIdRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        found: dict[tuple[int, int], tuple[float, str]] = {}
        if any(c.isdigit() for c in text):
            try:
                self._cued(text, found)
                self._formats(text, found)
                self._columns(text, found)
                self._named_kinds(text, found)
                self._bare_ids(text, found)
            except TimeoutError:  # fail safe: what was found so far is reported
                pass
        return [self._result(start, end, score, why) for (start, end), (score, why) in sorted(found.items())]

    @staticmethod
    def _add(found: dict, start: int, end: int, score: float, why: str) -> None:
        if end > start and found.get((start, end), (0.0, ""))[0] < score:
            found[(start, end)] = (score, why)

    # -- after an id word --
    def _cued(self, text: str, found: dict) -> None:
        for m in _cue_matches(text):
            start, end = _trim(text, *m.span("value"))
            value = text[start:end]
            if not plausible_id(value) or not self._cue_holds(text, m, value):
                continue
            if text[end:end + 1] == "@":
                continue  # an e-mail's local part
            self._add(found, start, end, SCORE_CUE, "id word")

    @staticmethod
    def _cue_holds(text: str, m: re.Match, value: str) -> bool:
        gap_words = _words(m.group("gap"))
        if any(w.lower() in _BLOCKING_WORDS or w in ("EIN", "VAT", "UID", "USt") for w in gap_words):
            return False
        if len(m.group("gap")) > 40 or _SENTENCE_END.search(m.group("gap")):
            return False
        groups = m.groupdict()  # the Chinese cues' pattern has only "strong"
        acronym = groups.get("acronym") or groups.get("key")
        if acronym is not None:
            acronym = acronym.upper()
            shape = _ACRONYM_SHAPES[acronym]
            if acronym == "NIF" and _COMPANY_NIF.fullmatch(re.sub(r"[ .-]", "", value)):
                return False
            return shape is None or bool(shape.fullmatch(value))
        cue = (groups.get("strong") or groups["weak"]).lower()
        compact = re.sub(r"[ .-]", "", value)
        if _NINO_SHAPE.fullmatch(compact.upper()) and not _nino(compact):
            return False  # a NINO HMRC never issues: its own documentation's "QQ 12 34 56 C"
        if cue.startswith(("social", "ssn")) and _US_SSN_SPACED.fullmatch(value):
            return False  # the SSN recognizer's
        if cue.startswith("codice") and compact.isdigit():
            return False  # a company's codice fiscale (its VAT number); a person's has letters
        if groups.get("weak") is not None or cue.startswith(("tax", "steuer", "id")):
            # "order ID number", "company tax number", "VAT/USt-IdNr": the word before the cue decides
            if _after_business_word(text, m.start()):
                return False
            if text[max(0, m.start() - 4):m.start()].lower() in ("ust-", "ust ", "ust.", "vat ", "vat-"):
                return False
        return True

    # -- formats without a word --
    def _formats(self, text: str, found: dict) -> None:
        has_six = _FORMAT_HINT.search(text) is not None
        has_cf = _CF_HINT.search(text) is not None
        if not has_six and not has_cf:
            return
        runs = {len(r) for r in _DIGIT_RUN.findall(text)} if has_six else set()
        for name, pattern, check in _FORMATS:
            if name == "codice fiscale" and not has_cf or name != "codice fiscale" and not has_six:
                continue
            if name in _RUNS_NEEDED and not _RUNS_NEEDED[name](runs):
                continue
            for m in _finditer(pattern, text):
                if not _counting(m.group()) and check(m.group()):
                    bare = m.end() - m.start() == 11 and m.group().isdigit()
                    self._add(found, m.start(), m.end(), SCORE_BARE_ELEVEN if bare else SCORE_FORMAT, name)
        if 11 not in runs:  # (a PESEL is a run of eleven digits)
            return
        rows: dict[int, bool] = {}  # line start: the line is a table row
        for m in _finditer(_PESEL, text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if line_start not in rows:
                line_end = text.find("\n", m.end())
                line = text[line_start:line_end if line_end >= 0 else len(text)]
                rows[line_start] = len(line) <= 2000 and _TABLE_ROW.search(line) is not None
            if rows[line_start] and not _counting(m.group()) and _pesel(m.group()):
                self._add(found, m.start(), m.end(), SCORE_FORMAT, "pesel in a table row")

    # -- id columns --
    def _columns(self, text: str, found: dict) -> None:
        if "\n" not in text:
            return
        lines, at = [], 0
        for line in text.split("\n"):
            lines.append((at, line))
            at += len(line) + 1
        i = 0
        while i < len(lines) - 1:
            head = self._header(lines[i][1])
            if head is None:
                i += 1
                continue
            delim, columns, width = head
            j = i + 1
            while j < len(lines):
                offset, row = lines[j]
                if not row.strip() or delim not in row:
                    break
                cells = _cells(row, delim)
                if len(cells) == width:
                    for c in columns:
                        a, b = cells[c]
                        value = row[a:b]
                        if plausible_id(value) and re.fullmatch(_VALUE, value):
                            self._add(found, offset + a, offset + b, SCORE_COLUMN, "id column")
                j += 1
            i = j

    @staticmethod
    def _header(line: str) -> tuple[str, list[int], int] | None:
        if len(line) > 400:
            return None
        for delim in ("|", "\t", ";", ","):
            if line.count(delim) < 1:
                continue
            cells = _cells(line, delim)
            if len(cells) < 2:
                continue
            columns = []
            for k, (a, b) in enumerate(cells):
                label = line[a:b].strip().strip("*_`'\"")
                m = _HEADER.fullmatch(label) if 0 < len(label) <= 40 else None
                if m is not None:
                    columns.append(k)
            if columns:
                return delim, columns, len(cells)
        return None

    # -- a kind named once in the text --
    def _named_kinds(self, text: str, found: dict) -> None:
        if not _EIGHT_DIGITS.search(text) or not _kind_named(text):
            return
        checks = [check for cue, check in _KIND_CHECKS if cue.search(text)]
        if not checks:
            return
        for m in _finditer(_BARE_NUMBER, text):
            if not _counting(m.group()) and any(check(m.group()) for check in checks):
                self._add(found, m.start(), m.end(), SCORE_DOCUMENT, "id kind named in the text")

    # -- after a bare "ID", a value some country's check vouches for --
    def _bare_ids(self, text: str, found: dict) -> None:
        if "id" not in text and "ID" not in text and "Id" not in text:
            return
        for m in _finditer(_BARE_ID, text):
            if _after_business_word(text, m.start()):  # "Meeting ID: 740 328 752 774", "Order ID 9..."
                continue
            value = m.group("value")
            compact = _digits_only(value)
            if not _counting(compact) and any(check(compact) for check in _ID_CHECKS):
                self._add(found, *m.span("value"), SCORE_CUE, "checked id after ID")

    def _result(self, start: int, end: int, score: float, why: str) -> RecognizerResult:
        explanation = AnalysisExplanation(self.name, score, textual_explanation=why)
        return RecognizerResult(self.ENTITY, start, end, score, analysis_explanation=explanation,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


def _cue_matches(text: str) -> list[re.Match]:
    """What ``_CUED.finditer`` finds (and the Chinese cues' matches): tried only where a word begins with
    one of ``_PREFIXES``."""
    by, other = word_index(text)  # shared with the other recognizers: built once per text
    starts = [p for w, at in by.items() if len(w) < 3 or w[:3] in _PREFIXES for p in at]
    starts += [p for p, w in other if len(w) < 3 or w[:3].lower() in _PREFIXES]
    out: list[re.Match] = []
    end = 0
    for start in sorted(starts):
        if start >= end and text[start:start + 3].lower() in _PREFIXES:
            m = _match_at(_CUED, text, start)
            if m is not None:
                out.append(m)
                end = m.end()
    if _CJK_HINT.search(text):
        out += _finditer(_CJK_CUED, text)
    return out


def _finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` with the regex timeout, if any (no keyword without one: any keyword costs
    the regex module ~2 µs a call)."""
    timeout = _base._timeout
    return pattern.finditer(text) if timeout is None else pattern.finditer(text, timeout=timeout)


def _match_at(pattern: re.Pattern, text: str, pos: int) -> re.Match | None:
    """``pattern.match(text, pos)`` with the regex timeout, if any (as ``_finditer``)."""
    timeout = _base._timeout
    return pattern.match(text, pos) if timeout is None else pattern.match(text, pos, timeout=timeout)


def _cells(line: str, delim: str) -> list[tuple[int, int]]:
    """Spans of the stripped cells of a table line (a Markdown row's outer pipes are no cells)."""
    cells, at = [], 0
    for part in line.split(delim):
        a, b = at, at + len(part)
        while a < b and line[a] in " \t\r":
            a += 1
        while b > a and line[b - 1] in " \t\r":
            b -= 1
        cells.append((a, b))
        at += len(part) + 1
    if delim == "|":
        if cells and cells[0][0] == cells[0][1]:
            cells = cells[1:]
        if cells and cells[-1][0] == cells[-1][1]:
            cells = cells[:-1]
    return cells
