"""International and national phone numbers, judged by format, by ``phonenumbers`` and by nearby words.

Presidio's PhoneRecognizer scores every match 0.4, so without a context word inside its five-token window
(``tel``, ``fax`` and ``desk`` are not among its words) numbers fall under the 0.5 threshold, while
``order number 1234567890`` is boosted into a phone number. This recognizer decides by itself.
"""

import phonenumbers
import regex as re
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_CANDIDATE = re.compile(
    # not inside a word, number, version or time; after a colon only when a word precedes it ("tel:+1…");
    # after a comma only when no digit precedes it (a CSV cell "Grewal,459 305 2706", not "1,234,567")
    # an opening bracket only around an area code ("(623) 575-9327", not "Engels (020 890 0714)"); a dot only
    # between digits ("385.355.6251", not "…5925. 8 years")
    r"(?<![\w+./-])(?<!\d,)(?<![\d:]:)"
    r"(?P<num>(?:\+|00)?(?:\((?=\d{1,5}\)))?\d(?:[\d \t()\-/]|\.(?=\d)){4,24}\d)"
    # extensions: "x12", "ext. 204", "Ext 9", "extension 31", "poste 12" (fr), "Durchwahl 3" (de), "#4"
    r"(?P<ext>[ \t]*,?[ \t]*(?i:x|ext|extn|extension|poste|durchwahl|dw|int|interno|#)\.?[ \t]*\d{1,6})?"
    # not the first digits of a UUID ("94919043-ae04-…"), nor of an amount ("1.234.567,89"); a CSV row may
    # go on after a last group of four ("Lopez,415.693.2218,5,2019")
    r"(?![\w]|[./:]\d|(?<![ .\-)/]\d{4}),\d|-\d|-[0-9a-fA-F]{4}-)"
)
# Words that make a digit group a phone number, in the languages we ship models for and a few more.
_BEFORE = re.compile(
    # word edges that count "_" as an edge too: "phone_number": …, "mobile_phone": …
    r"(?i:(?<![^\W_])(?:phone|phones|tel|tel\.|telephone|mobile|mob|cell|cellphone|fax|call|calls|called|ring|dial|sms"
    r"|text|whatsapp|signal|contact|desk|office|home|work|hotline|helpline|reach|reachable|answering|messages?"
    r"|number is"
    r"|telefon|telefono|teléfono|téléphone|tél|móvil|movil|handy|portable|cellulare|numéro|número|nummer"
    # "call me" in other languages: rufen / anrufen, erreichbar, appelle(z), llama(me), chiama(mi), ligue, bel
    r"|\w*rufen|ruf|erreichbar|appel\w*|ll[aá]m\w*|chiam\w*|lig(?:ue|ar|a)|bel|bellen|celular|cel|telemóvel|gsm|mobiel"
    r"|telefoon\w*|telefoonnummer|tel\.?nr|rufnummer|telefonnummer|handynummer|festnetz"
    # Russian/Ukrainian, Polish, Turkish, Greek, Arabic, Hebrew, Hindi
    r"|телефон\w*|тел|моб\w*|номер|komórk\w*|komórka|cep|τηλ\w*|κινητό|هاتف|جوال|رقم|טלפון|נייד|फ़ोन|फोन|मोबाइल"
    # payment apps keyed by a phone number: "mandadlo a 637973252 por bizum"
    r"|bizum|gcash|paytm|gpay|phonepe|upi|m-?pesa|venmo|zelle|twint|swish|blik|mb[ \t]?way|pix)"
    r"(?![^\W_])"
    # Chinese, Japanese and Korean: written without spaces, so without word edges
    r"|电话|電話|手机|手機|携帯|連絡先|联系方式|연락처|전화|휴대폰|핸드폰)"
    r"[^\d\n]{0,25}\n?[^\d\n]{0,5}$"
)
_AFTER = re.compile(r"^[ \t]*[-(]?[ \t]*(?i:office|fax|mobile|cell|home|work|desk|direct|landline)\b")
# Words that make the same digits something else.
_REFERENCE_LABEL = (
    r"(?i:(?<![^\W_])(?:order|invoice|ticket|case|id|ref|reference|account|acct|version|v|build|release|sku|item|part"
    r"|serial|zip|postcode|postal|po|isbn|amount|total|price|usd|eur|gbp|ssn|social security|card|iban"
    r"|routing|nhs|tracking|suivi|seguimiento|rastreo|rastreamento|tracciamento|sendung|shipment|parcel|waybill|awb|confirmation|booking|reservation|transaction|txn"
    r"|policy|claim|contract|batch|lot|member|membership|loyalty|voucher|coupon|receipt|customer[ _-]?id"
    r"|license|licence|passport|driver's|year|years"
    # order and invoice words of other languages
    r"|bestellung|bestellnummer|auftrag|auftragsnummer|rechnung|rechnungsnummer|commande|facture|pedido|factura"
    r"|ordine|fattura|encomenda|fatura|bestelling|factuur|sipariş|zamówienie|zamówienia|faktura"
    # policy, claim, file and case words of other languages: polis (nl), Police, Schaden, Akte, Vorgang (de),
    # police, sinistre, dossier (fr), póliza, siniestro, expediente (es), polizza, sinistro, pratica (it),
    # apólice, processo (pt), polisa, szkoda, sprawa (pl), kenmerk, zaak (nl)
    r"|polis|police|polizza|póliza|apólice|polisa|polisy|schaden|schade|sinistre|siniestro|sinistro|szkody?"
    r"|akte|aktenzeichen|az|vorgang|vertrag|kenmerk|zaak|dossier|expediente|pratica|processo|sprawy?"
    r"|référence|réf|referencia|riferimento|referência|referentie|protocollo|sygnatura"
    # a German or Dutch compound that ends in "nummer" and is not a phone's: Polisnummer, Schadennummer,
    # Kundennummer, Vertragsnummer, KvK-nummer (not Telefonnummer, Handynummer, GSM-nummer, Faxnummer)
    r"|(?!tele|handy|mobi|fax|ruf|gsm|durchwahl|notruf|festnetz|service|hotline)\w+-?nummer)"
    r"(?![^\W_])|[#$€£¥])"
)
_NOT_PHONE = re.compile(_REFERENCE_LABEL + r"(?P<gap>[^\d\n]{0,12})$")
# ... further back in the same clause when only lower-case words come between: "Policy number for renewal:
# 0203 555 019", "Claim reference (internal): 020 7946 0958", "het polisnummer van de klant is …" (not
# "Account holder: Jane Row, 020 7946 0958", where a name comes between, nor "acct holder, cb no …")
_NOT_PHONE_FAR = re.compile(_REFERENCE_LABEL + r"(?P<gap>[^\d\n\p{Lu},;.!?·|—–]{0,30})$")
# A sign-in code's label, the number its value (after a colon or a link on the label's line): "recovery code
# for the app: 0817 7564", "herstelcode voor Authenticator: 3970 6064" (backup codes print as 4 + 4 digits)
_SECRET_CODE_LABEL = re.compile(
    r"(?i:(?<![^\W_])(?:(?:recovery|backup|verification|one-time|2fa|mfa|otp|herstel|verificatie"
    r"|wiederherstellungs|sicherungs|bestätigungs|verifizierungs|återställnings|verifierings|reserv)[ \t-]?"
    r"(?:codes?|kod(?:en|er|y)?)|codes?[ \t]+de[ \t]+(?:r[ée]cup[ée]ration|secours|v[ée]rification)"
    r"|c[óo]digos?[ \t]+de[ \t]+(?:recuperaci[óo]n|recupera[çc][ãa]o|respaldo|backup|verificaci[óo]n)"
    r"|codic[ei][ \t]+di[ \t]+(?:recupero|backup|verifica)|kod[ \t]+(?:odzyskiwania|zapasowy|weryfikacyjny)"
    r"|(?:kurtarma|yedek|doğrulama)[ \t]+kodu)(?![^\W_]))"
    r"[^\d\n]{0,30}?(?:[:=]|(?<![^\W_])(?:is|was|ist|lautet|est|es|è|é|är|jest)(?![^\W_]))[ \t]*$")
# Either way a phone word between the label and the number makes it a phone number again ("DNI en expediente
# · Tel. 686 680 555"); "number", a word of both, does not ("order number is 0203 555 019").
_GENERIC_NUMBER = re.compile(r"(?i)(?<![^\W_])(?:number is|numéro|número|nummer|номер|رقم)(?![^\W_])")
_DATE_OR_TIME = re.compile(
    r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{1,2}:\d{2}"
)
# A company's toll-free or shared-cost line (1-800/888…, 0800, 0808, 03xx, 0845, 1300/1800, 900, 800 …)
# named as its hotline: a firm's number, never a person's. Both are needed: people write 800 numbers too.
_BUSINESS_LINE = re.compile(r"^(?:1?8(?:00|33|44|55|66|77|88)\d{7}|0?80\d\d{5,8}|0?3\d{9}|0?84[345]\d{7}"
                            r"|0?87[01]\d{7}|1[38]00\d{6}|13\d{4}|90[0-2]\d{6}|0?180\d{5,8})$")
_BUSINESS_CUE = re.compile(
    r"(?i:hotline|helpline|help[ \t]+line|customer[ \t]+(?:service|care|support|hotline)"
    r"|(?:support|service|priority|sales|order|info|customer|care)[ \t]+line|toll[ \t-]?free|freephone"
    r"|free[ \t]+phone|call[ \t]+cent(?:er|re)|switchboard|linha[ \t]+de[ \t]+apoio"
    r"|apoio[ \t]+ao[ \t]+cliente|num[ée]ro[ \t]+vert|service[ \t]+client|kundenservice|kundendienst"
    r"|servicenummer|servicehotline"
    r"|atenci[óo]n[ \t]+al[ \t]+cliente|servicio[ \t]+(?:al|de)[ \t]+cliente|servizio[ \t]+clienti"
    r"|numero[ \t]+verde|klantenservice|assistenza[ \t]+clienti)")
_YEARS = re.compile(r"^(?:(?:1[5-9]|20)\d\d[ ,–-]+)+(?:1[5-9]|20)\d\d$")  # (a history's "1845–1852" too)
# The columns of a list or an export: a spaced dash (an em or en dash in the original, "Kate Hill —
# 415.693.2218 — 5 yrs React"), a tab, or a gap of two spaces or more. A lone number of up to four digits on
# the far side of one is the next column (guests, years, a table: "Table 12 — 415-693-2218"), not a group
# (one before the number that starts with 0 is its area code: "Tel. 030 - 1234567").
_COLUMN_GAP = r"(?:[ \t]+-[ \t]+|[ ]*\t[ \t]*| {2,})"
_LONE_HEAD = re.compile(rf"[1-9]\d{{0,3}}{_COLUMN_GAP}")
_LONE_TAIL = re.compile(rf"{_COLUMN_GAP}\d{{1,4}}$")
# A code of capitals and digits right before the digits (a UPS parcel "1Z 818 TU9 4065 1795 08"): the digits
# are the rest of the code.
_CODE_BEFORE = re.compile(r"(?<![\w-])(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{2,}[ ]$")
_SSN_SHAPE = re.compile(r"^\d{3}-\d{2}-\d{4}$")
# a Brazilian CEP (01310-200) or a Portuguese postcode (1000-205); as a phone it would need a phone word
_BR_POSTCODE = re.compile(r"^\d{4,5}-\d{3}$")
_DOTTED_QUAD = re.compile(r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$")
_NANP = re.compile(r"^(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[-.])\d{3}[-.]\d{4}$")
_NANP_SPACED = re.compile(r"^(?:\+?1 )?\d{3} \d{3} \d{4}$")
# Digits in the groups people write phone numbers in: 06 71 45 32 18, 0171 1234567, 020 7946 0958.
# The last group may be long: 07400 123456, 01512 3456789, 081234 56789.
_GROUPED = re.compile(
    # (020)74960083 too: a closing parenthesis separates groups
    r"^(?:\+|00)?\(?\d{1,6}\)?(?:(?:[ .\-/]|(?<=\)))\(?\d{2,5}\)?){0,4}(?:[ .\-/]|(?<=\)))\d{2,8}$"
)
# A national number written without separators: the trunk prefix 0 and 10–11 digits (02074960482, 0285601815).
_TRUNK_UNGROUPED = re.compile(r"^0[1-9]\d{8,9}$")
_DECIMAL = re.compile(r"^[^.]*\d\.\d{2}$")
_CURRENCY_AFTER = re.compile(r"[ \t]*(?:[$€£¥₹]|(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|INR|SEK|NOK|DKK|PLN)\b)")
# Ten digits with nothing between them, not starting with 0 or 1 (an epoch time starts with 1).
_NANP_UNGROUPED = re.compile(r"^[2-9]\d{9}$")
_REGIONS = (
    "US",
    "GB",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "BE",
    "CH",
    "AT",
    "IE",
    "PT",
    "SE",
    "NO",
    "DK",
    "FI",
    "PL",
    "CZ",
    "IN",
    "AU",
    "NZ",
    "CA",
    "BR",
    "MX",
    "JP",
    "SG",
    "ZA",
    "IL",
)


def _not_ipv4(number: str) -> bool:
    return any(int(part) > 255 or (len(part) > 1 and part[0] == "0") for part in number.split("."))


def _valid_in(region: str, number: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def _valid_somewhere(number: str) -> bool:
    return any(_valid_in(region, number) for region in _REGIONS)


class PhoneNumberRecognizer(LocalRecognizer):
    """E.164 and ``00`` international numbers anywhere; national formats next to a phone word."""

    ENTITY = "PHONE_NUMBER"
    SCORE_EXTENSION = 0.9  # any of the below followed by an extension
    SCORE_INTERNATIONAL = 0.8  # +CC and a length phonenumbers accepts for that country
    SCORE_CONTEXT = 0.75  # any 7–15 digit group right after "phone:", "call me on", … or before "office"
    SCORE_NANP = 0.6  # (415) 555-2671, 415-555-2671: a very common shape (valid or not: 555-010-4477)
    SCORE_NATIONAL = 0.55  # grouped like a phone number and valid in one of _REGIONS, no phone word needed
    SCORE_UNGROUPED = 0.4  # valid somewhere, odd grouping, no context: the context enhancer may lift it
    CONTEXT = ["phone", "telephone", "tel", "mobile", "cell", "fax", "call", "whatsapp", "contact", "number"]

    def __init__(self, supported_language: str = "en", context: list[str] | None = None) -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            context=list(context if context is not None else self.CONTEXT),
        )

    def load(self) -> None:
        """phonenumbers reads a region's metadata and compiles its patterns on first use: done now for
        ``_REGIONS`` (each tried on a national number and an international one), not on the first texts."""
        for region in _REGIONS:
            _valid_in(region, "020 7946 0958")
        for number in ("+44 20 7946 0958", "+1 415 555 2671", "+49 30 901820"):
            _valid_in(None, number)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Phone number spans with a score from their shape, validity and surrounding words."""
        results = []
        for m in _CANDIDATE.finditer(text):
            start, end = m.start("num"), m.end("ext") if m.group("ext") else m.end("num")
            score = self._score(text, m, start, end)
            columns = self._columns_trimmed(text, m)
            if columns != (start, end) and self._score(text, m, *columns) >= score:
                start, end = columns
                score = self._score(text, m, start, end)
            if score and end == m.end("ext"):  # "…0123 ext. 204": outranks the model reading "Ext" as a name
                score = max(score, self.SCORE_EXTENSION)
            if score:
                # Presidio's context enhancer writes into the explanation, so every result needs one.
                explanation = AnalysisExplanation(self.name, score, textual_explanation="phone number shape")
                results.append(
                    RecognizerResult(
                        self.ENTITY,
                        start,
                        end,
                        score,
                        analysis_explanation=explanation,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return EntityRecognizer.remove_duplicates(results)

    @staticmethod
    def _columns_trimmed(text: str, m: re.Match) -> tuple[int, int]:
        """The number's span without lone short numbers across a column gap at either end (``_LONE_HEAD``)."""
        start, end = m.start("num"), m.end("num")
        while head := _LONE_HEAD.match(text, start, end):
            start = head.end()
        while tail := _LONE_TAIL.search(text, start, end):
            end = tail.start()
        return start, m.end("ext") if m.group("ext") and end == m.end("num") else end

    def _score(self, text: str, m: re.Match, start: int, end: int) -> float:
        """The score of ``text[start:end]``, a candidate or a part of candidate ``m`` (words before are read
        before all of ``m``: "Invoice 2024 — 415-693-2218" stays a reference)."""
        number = text[start : min(end, m.end("num"))].strip()
        digits = sum(c.isdigit() for c in number)
        if not 7 <= digits <= 15 or number.count("(") != number.count(")"):
            return 0.0
        if _DATE_OR_TIME.match(number) or _SSN_SHAPE.match(number) or _YEARS.match(number):
            return 0.0
        if _CODE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return 0.0
        before = text[max(0, m.start() - 40) : m.start()]
        before = before[max((i for i, c in enumerate(before) if c.isdigit()), default=-1) + 1 :]
        label = _NOT_PHONE.search(before) or _NOT_PHONE_FAR.search(before)
        if label and not _BEFORE.search(_GENERIC_NUMBER.sub(" ", label.group("gap"))):
            return 0.0
        if _SECRET_CODE_LABEL.search(before):
            return 0.0
        if (_BUSINESS_LINE.match("".join(c for c in number if c.isdigit()))
                and _BUSINESS_CUE.search(text, max(0, m.start() - 80), m.start())):
            return 0.0
        cue = _BEFORE.search(before) or _AFTER.match(text[end : end + 20])
        # an amount: "17089.19 USD", "qty 78 439.92 €", "$52155.79" (a phone number never ends in ".NN" alone)
        if not cue and (_DECIMAL.search(number) or _CURRENCY_AFTER.match(text, end)):
            return 0.0
        # 10.0.17.232 is an IP address; 04.12.02.11 or 555.12.80.01 (not an IPv4) may be a phone number
        if _DOTTED_QUAD.match(number) and not _not_ipv4(number):
            return 0.0
        if number.startswith(("+", "00")):
            try:
                parsed = phonenumbers.parse("+" + number.removeprefix("00").lstrip("+"), None)
                if phonenumbers.is_possible_number(parsed):
                    return self.SCORE_INTERNATIONAL
            except phonenumbers.NumberParseException:
                pass
        has_separator = any(not c.isdigit() for c in number)
        if cue:
            return self.SCORE_CONTEXT
        if _BR_POSTCODE.match(number):
            return 0.0
        if _NANP.match(number):
            return self.SCORE_NANP
        if has_separator and _valid_somewhere(number):
            grouped = _GROUPED.match(number) or _NANP_SPACED.match(number)
            return self.SCORE_NATIONAL if grouped else self.SCORE_UNGROUPED
        if _TRUNK_UNGROUPED.match(number) and _valid_somewhere(number):
            return self.SCORE_NATIONAL
        # 4504218787, or 7570457698 (invalid, yet typed); not 1701234567, a time
        if _NANP_UNGROUPED.match(number):
            return self.SCORE_NATIONAL
        return 0.0
