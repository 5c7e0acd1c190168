"""Dates of birth, only where the text says so (``DOB``, ``date of birth``, ``born on``, ``geboren am``…).

A bare date is rarely personal data in a prompt (deadlines, releases), so DATE_TIME stays off; a date near a
birth word identifies a person and is reported as DATE_OF_BIRTH. Month names and birth words in English,
German, French, Spanish, Italian, Portuguese and Dutch (full and abbreviated month names as CLDR writes them).
"""

import datetime

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import LeadStarts
from scrubber.recognizers._gated import GatedPatternRecognizer

_MONTH_NAMES = (
    # en
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    # de
    "januar jänner februar feber märz maerz mrz mai juni juli oktober okt dezember dez "
    # fr
    "janvier janv février fevrier févr fevr mars avril avr juin juillet juil août aout septembre octobre "
    "novembre décembre decembre déc "
    # es
    "enero ene febrero marzo abril abr mayo junio julio agosto ago septiembre setiembre octubre noviembre "
    "diciembre dic "
    # it
    "gennaio gen febbraio aprile maggio mag giugno giu luglio lug settembre set ottobre ott dicembre "
    # pt
    "janeiro fevereiro fev março marco maio junho julho setembro outubro out novembro dezembro "
    # nl
    "januari februari maart mrt augustus mei "
    # pl (after a day, the genitive), sv, da, no, fi (the partitive), cs (the genitive), tr, ro
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia "
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień "
    "augusti marts desember tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta ledna února března dubna května června července "
    "srpna září října listopadu prosince ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim "
    "kasım aralık ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie "
    # hu (the year first: "1980. március 3.")
    "január február március április május június július augusztus szeptember október"
)


def by_first_letter(words: list[str]) -> str:
    """An alternation of ``words`` (regex sources, each starting with a plain lower-case letter) grouped by
    that letter, in their order within each group: where no character of a text matches two of those letters
    in any case (true of the month names), the same matches as ``"|".join(words)``, found far sooner (a word
    start that begins no month costs one look at its letter rather than a try of each of 400 names)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))


# (longest first; ties alphabetical, not in a set's order, which differs between processes: the same pattern
# text in every process, so its compiled form is kept between runs, scrubber/regex_cache.py)
MONTH_NAMES = frozenset(_MONTH_NAMES.split())
_MONTH = "(?:" + by_first_letter(sorted(MONTH_NAMES, key=lambda w: (-len(w), w))) + r")\.?"
# More month names, used only after a birth word here (not in ``MONTH_NAMES``, which other recognizers read as
# words that name no place or person): Indonesian and Malay, Tagalog, Russian (the genitive, after a day),
# Greek (the genitive), Arabic (Gregorian and Levantine), Thai (full and abbreviated), Hindi
_MORE_MONTHS = (
    "maret agustus desember mac julai ogos disember "
    "pebrero marso hunyo hulyo setyembre oktubre nobyembre disyembre "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου "
    "οκτωβρίου νοεμβρίου δεκεμβρίου ιανουαριου φεβρουαριου μαρτιου απριλιου μαιου ιουνιου ιουλιου "
    "αυγουστου σεπτεμβριου οκτωβριου νοεμβριου δεκεμβριου "
    "يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر "
    "نوفمبر ديسمبر شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول "
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม "
    "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค. "
    "जनवरी फरवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर नवंबर नवम्बर दिसंबर दिसम्बर "
    # Ukrainian (the genitive); Croatian, Bosnian and Serbian (the genitive)
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca "
    "januara februara marta aprila juna jula avgusta septembra oktobra novembra decembra"
)
_ALL_MONTHS = MONTH_NAMES | frozenset(_MORE_MONTHS.split())
# (Arabic's two-word months: كانون الثاني, تشرين الأول)
_MONTH_X = (r"(?:(?:كانون|تشرين)[ \t]+(?:الثاني|الأول|الاول)|"
            # (Thai's "ก.ค." as the detection copy spaces it, scrubber/normalize.py: "ก. ค.")
            + by_first_letter([re.escape(w).replace(r"\.", r"\. ?")
                               for w in sorted(_ALL_MONTHS, key=lambda w: (-len(w), w))]) + r")\.?")
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
    r",?[ \t]+"
)
_FOUR_DIGITS = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
_D = r"(?:[12]\d|3[01]|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"
_DAY = _D + r"(?:st|nd|rd|th|er|º|°)?"
# (2[45]: a Thai Buddhist-era year, 543 years ahead: 2505 is 1962)
_YEAR = r"(?:1[89]|20|2[45])\d{2}"
_SHORT_YEAR = r"(?:'?\d{2})"
# an ISO date's time, as databases and serialisers add it to a date of birth: 1987-03-14T00:00:00.000Z
_TIME = r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?(?!\d))?"
# the year after a day and month: on the same line, or a full year on the next where a PDF's line wrapped
# ("born on 14 March\n1987")
# (Thai writes the era before the year: 12 กรกฎาคม พ.ศ. 2505)
_YEAR_AFTER = (rf"(?:[ \t]+(?:de[ \t]+|พ\.[ \t]?ศ\.[ \t]*)?(?:{_YEAR}|{_SHORT_YEAR})"
               rf"|[ \t]*\n[ \t]*{_YEAR}(?!\d))")
# a space inside a date, or a line break where a PDF's line wrapped ("14\nMarch 1987", "March\n14, 1987")
_SP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
_DIGIT_FIRST_DATE = (
    rf"(?:{_YEAR}[-/.]{_M}[-/.]{_D}{_TIME}"
    rf"|{_D}[-/.]{_M}[-/.](?:{_YEAR}|\d{{2}})"
    rf"|{_M}[-/.]{_D}[-/.](?:{_YEAR}|\d{{2}})"
    rf"|{_DAY}\.?{_SP}(?:of[ \t]+|de[ \t]+)?{_MONTH_X},?{_YEAR_AFTER}"
    rf"|{_D}[-/. ]?{_MONTH_X}[-/. ]?(?:{_YEAR}|\d{{2}})"  # also glued: DOB:23Mar1985
    rf"|{_YEAR}\.[ \t]+{_MONTH_X}[ \t]+{_D}\.?"  # Hungarian: 1980. március 3.
    # spaced as Korean and Czech write them: 1990. 5. 3., 3. 5. 1990; the month's name in the middle:
    # 1990-May-03
    rf"|{_YEAR}\.[ \t]+{_M}\.[ \t]+{_D}\.?|{_D}\.[ \t]+{_M}\.[ \t]+{_YEAR}"
    rf"|{_YEAR}[-/. ]{_MONTH_X}[-/. ]{_D}"
    # Vietnamese: (ngày) 3 tháng 5 (năm 1990)
    rf"|{_D}[ \t]+tháng[ \t]+{_M}(?:[ \t]*,?[ \t]*năm[ \t]+{_YEAR})?"
    # Japanese and Chinese, Korean: 1986年4月16日, 1986년 4월 16일
    rf"|{_YEAR}[ \t]*年[ \t]*{_M}[ \t]*月[ \t]*{_D}[ \t]*日"
    rf"|{_YEAR}[ \t]*년[ \t]*{_M}[ \t]*월[ \t]*{_D}[ \t]*일"
    # ... the year and month alone (出生年月：1990年5月), the month and day alone (生日是5月3日,
    # 생일: 5월 3일)
    rf"|{_YEAR}[ \t]*[年년][ \t]*{_M}[ \t]*[月월]|{_M}[ \t]*月[ \t]*{_D}[ \t]*[日号號]"
    rf"|{_M}[ \t]*월[ \t]*{_D}[ \t]*일)"
)
_MONTH_FIRST_DATE = rf"{_MONTH_X}{_SP}{_DAY},?{_YEAR_AFTER}"
# a date with its year, in any of the forms above (``scrubber/person_dates.py`` looks for it without a cue)
DATE_FORMS = rf"(?:{_DIGIT_FIRST_DATE}|{_MONTH_FIRST_DATE})"
# What follows a birth word, tried once per position: a digit-first form (full date, then 19790323, then day
# and month), else an optional weekday and a month-first form (full date, then month and year, then month and
# day).
# Partial dates count here: "born in March 1979", "birthday: March 23rd"; a year alone does not.
# What builds a date in code from its year, month and day: date(…), datetime.date(…), LocalDate.of(…),
# new Date(…), new DateOnly(…), Date.new(…) (Ruby), time.Date(…) (Go), NaiveDate::from_ymd_opt(…) (Rust),
# make_date(…) (SQL), DATEFROMPARTS(…), pd.Timestamp(…), new GregorianCalendar(…), Date.UTC(…)
_CONSTRUCTOR = (
    r"(?:new[ \t]+)?(?:[A-Za-z_]\w*(?:\.|::)){0,3}(?:date(?:time)?|DateOnly|LocalDate(?:Time)?|of|new|civil"
    r"|from_?ymd(?:_opt)?|make_date|datefromparts|Timestamp|(?:Gregorian)?Calendar|UTC)"
)


def _parts(*order: str) -> str:
    """Year, month and day as fields in this order ("year: 1987, month: 3, day: 14")."""
    value = {"year": _YEAR, "month": _M, "day": _D}
    return r"[ \t,;\r\n]*[\"']?".join(rf"{name}[\"']?[ \t]*[:=][ \t]*{value[name]}(?!\d)" for name in order)


_PARTS = "(?:" + "|".join(_parts(*o) for o in (("year", "month", "day"), ("day", "month", "year"),
                                                ("month", "day", "year"))) + ")"
_DATE_AFTER_CUE = (
    # a date built in code: "birth_date=date(1987, 3, 14)", "LocalDate.of(1987, Month.MARCH, 14)",
    # "new Date(1987, 2, 14)", "time.Date(1987, time.March, 14, 0, 0, 0, 0, time.UTC)"
    rf"(?:{_CONSTRUCTOR}\([ \t]*{_YEAR},[ \t]*(?:{_M}|(?:\w+\.)?{_MONTH_X}),[ \t]*{_D}"
    rf"(?:[ \t]*,[^()\n]{{0,60}})?[ \t]*\)"
    rf"|(?=\d)(?:{_DIGIT_FIRST_DATE}|{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    # the day, month and year run together as a caller says them: 14021991
    rf"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2]){_YEAR}|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]){_YEAR}"
    # with a two-digit year, as forms and fixed-width records keep it: DOB: 031487, dob=140387, 870314
    rf"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d\d|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d"
    rf"|\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    rf"|{_DAY}\.?[ \t]+(?:of[ \t]+|de[ \t]+)?{_MONTH_X})"
    rf"|{_WEEKDAY}(?:{_DIGIT_FIRST_DATE}|{_MONTH_FIRST_DATE})"
    # Vietnamese with its day word: ngày 3 tháng 5 năm 1990; a Japanese era's year: 平成2年5月3日
    rf"|ngày[ \t]+{_D}[ \t]+tháng[ \t]+{_M}(?:[ \t]*,?[ \t]*năm[ \t]+{_YEAR})?"
    rf"|(?:明治|大正|昭和|平成|令和)[ \t]*(?:元|\d{{1,2}})[ \t]*年[ \t]*{_M}[ \t]*月[ \t]*{_D}[ \t]*日"
    # (a line break only inside a whole date: "March\n2024" may be a heading's month and the next line's year)
    rf"|{_MONTH_X}(?:{_SP}{_DAY},?{_SP}(?:{_YEAR}|{_SHORT_YEAR})"
    rf"|[ \t]+(?:(?:of[ \t]+|de[ \t]+)?{_YEAR}|{_DAY}))"
    # a year cut to two digits after an apostrophe, as people say it ("born '79", "DOB: summer of ’87"): a
    # four-digit year alone stays a year ("born in 1979" may be a building's or a firm's)
    r"|['’‘]\d\d(?![\w'’]|[/.,:-]\w)"  # (not the day of a quoted date: '14/03/1987', '14-Mar-1987')
    # a date as its parts (google.type.Date in protobuf text or JSON, Stripe's dob, a form's fields):
    # "birth_date { year: 1987 month: 3 day: 14 }", "dob": {"day": 14, "month": 3, "year": 1987}
    rf"|{_PARTS})"
)
# Birth words: DOB, date of birth, born; geboren, geb., Geburtsdatum; né(e) le, naissance; nací, nació,
# nacido/a, nacimiento; nato/a, nascita; nasceu, nascido/a, nascimento, nasc.; geboren op, geboortedatum.
_KEYWORD = (
    r"(?:date[ _-]?of[ _-]?birth|d\.?o\.?b\b\.?|d/o/b\b|b\.(?=[ \t])(?<=[(\[,;][ \t]?b\.)|birth\w*|born"
    r"|b-?day\b"
    r"|geb(?:oren|urt\w*|oorte\w*|\.|[_.-]?dat(?:um|e)?\b)|n[ée](?:e|\(e\))?(?=[ \t_]+le\b)|née"
    r"|naiss(?:ance|\.)|ddn\b"
    # keys shortened as developers do: geb_datum, f_nac, fecha_nac, dt_nasc, data_nasc, data_ur
    r"|(?:f|fec|fecha)_?nac\b|(?:dt|data)[_.-]?nasc\b|data_ur\b"
    r"|nac(?:i(?:d[oa]s?(?:/[ao]|\([ao]\))?|ó|miento)|í)|nac\.|nat[oa](?:/[ao]|\([ao]\))?(?=[ \t]+(?:il|a)\b)"
    r"|nascit[ao]|nasc(?:eu|i\b|id[oa]s?(?:/[ao]|\([ao]\))?|imento|\.)"
    # Swedish, Danish, Norwegian, Finnish, Polish, Turkish, Czech: född, født, syntynyt, ur., urodzony/a,
    # data urodzenia, doğum tarihi, doğumlu, narozen/a
    r"|född|født|fødd|fødselsdato|födelsedatum|syntynyt|syntymäaika|ur\.(?=[ \t]*\d)|data[ \t]+ur\."
    r"|urodzon[ya]|urodzenia"
    r"|doğum|doğumlu|narozen[aá]?|datum[ \t]+narození"
    # Romanian, Hungarian, Vietnamese, Indonesian: născut/ă, data nașterii, született, szül., sinh ngày,
    # ngày sinh, lahir, tanggal lahir
    r"|n[ăa]scut[ăa]?|data[ \t]+na[șşs]terii|született|születési|szül\.|sinh[ \t]+ngày|ngày[ \t]+sinh|lahir"
    # Hindi and Urdu in Latin letters (Hinglish): janam tithi, janm din, paidaish, paida hua/hui
    r"|janam[ \t]+tithi|janm[ \t]+tithi|paidaish|paida[ \t]+hu[ae]"
    # Tagalog, Greek, Russian, Arabic: kaarawan, ipinanganak; ημερομηνία γέννησης, γεννήθηκε; дата рождения,
    # родился/родилась; تاريخ الميلاد, مواليد, ولد
    r"|kaarawan|ipinanganak|isinilang"
    r"|γ[εέ]νν[ηή]σ[ηή]ς|γεννήθηκε|γεννηθηκε|рожд[её]н\w*|рождения|родил(?:ся|ась|ись)"
    # (ولد alone is "boy" or "generated" too: only right before the date, "ولد في 3 مايو 1990")
    # Ukrainian, Bulgarian, Croatian/Serbian, Hebrew, Vietnamese's birth year, Indonesian's "place, date of
    # birth" (TTL: only before a place and a comma, not a cache's TTL)
    r"|дата[ \t]+народження|народи(?:вся|лася|лись)|дата[ \t]+на[ \t]+раждане|роден[аи]?"
    r"|datum[ \t]+rođenja|rođen[aei]?|תאריך[ \t]+(?:ה)?לידה|נולד(?:ה)?|năm[ \t]+sinh"
    r"|ttl(?=[ \t]*:?[ \t]*[^\W\d_][^\d\n,]{0,30},)"
    r"|(?:تاريخ[ \t]+)?(?:الميلاد|الولادة)|مواليد|ولدت?(?=[ \t]+(?:(?:في|بتاريخ|يوم)[ \t]+)?\d))"
)
# Birth words that may come after the date ("Er wurde am 24.12.1990 geboren", "op 3 maart 1980 geboren").
# Between the birth word and the date: "DOB: ", "born in Bilbao on ", "date of birth (dd/mm/yyyy): ", the
# next line.
# (a blank line too: "Date of Birth:\n\n14/03/1987")
# (the same places as "[^\d\n]{0,40}?(?:\n(?:[ \t\r]*\n)?)?[^\d\n]{0,10}?", in the same order: its own line's
# first, then the next line's; written so, each is tried once rather than up to eleven times)
_GAP = r"(?:[^\d\n]{0,50}?|[^\d\n]{0,40}?\n(?:[ \t\r]*\n)?[^\d\n]{0,10}?)"
_DATE_FIRST_CUE = r"(?:geboren|née?|nacid[oa]|nat[oa]|nascid[oa]|paida)"
# Japanese, Chinese and Korean birth words (inside a sentence too: "山田さんの生年月日は…")
# ... and Thai and Hindi (no word boundary there either: วันเกิด, เกิดวันที่, जन्म तिथि, जन्मतिथि; เกิด alone
# is "to happen" too: only right before the date, "เกิดวันที่ 12 ก.ค. 2505", not "เกิดข้อผิดพลาดเมื่อ 12/07/2024")
_CJK_KEYWORD = (r"(?:生年月日|出生(?:年月)?(?:日期?)?|誕生日|生日|生まれ|생년월일|생일|출생"
                r"|วันเกิด|(?:วันเดือน)?ปีเกิด|เกิด(?=[ \t]*(?:วันที่|เมื่อ(?:วันที่)?)?[ \t]*\d)"
                r"|जन्म)")
# A birth word, the gap after it and where a date may start; the end of a date (no digit or "/5" after it)
_KEYWORD_AT = rf"(?i:(?<![^\W_]){_KEYWORD}|{_CJK_KEYWORD})"
# (a dot leader too: "Date of birth.........14/03/1987")
# (and straight after a CJK or Thai letter, as those scripts write without spaces: 出生于1990年5月3日)
_AFTER_KEYWORD = (rf"{_KEYWORD_AT}{_GAP}(?:(?<![\w/.-])|(?<=\.\.)"
                  r"|(?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]))")
_DATE_END = r"(?!\d|[/.-]\d)"
_KEYWORD_GATE = re.compile(_KEYWORD_AT)
# The ASCII words a birth word of ``_KEYWORD`` may start on (lower case; in ``LeadStarts``' terms): every one
# of its alternatives starts on a letter after no letter or digit (its look-behind), so on a word's first
# letter. Words that begin an alternative ("date", "geb", "nasc"…), and short words an alternative starts with
# before a dot, slash, dash, bracket or "_" ("d.o.b", "b-day", "f_nac", "ne_le", "ur.").
_KEYWORD_PREFIXES = ("date", "datum", "data", "dob", "dt", "birth", "born", "bday", "geb", "naiss", "ddn",
                     "fnac", "fec", "nac", "nato", "nata", "nasc", "syntyn", "syntym", "urodz", "narozen",
                     "sinh", "lahir", "janam", "janm", "paida", "kaarawan", "ipinanganak", "isinilang", "ttl")
_KEYWORD_WORDS = ("d", "do", "b", "f", "ne", "nee", "ur")
# The first characters of ``_CJK_KEYWORD``'s words: those have no look-behind and may start inside a run of
# letters ("患者の生年月日"), so a text holding one is scanned whole.
_UNSPACED_KEYWORD_LEADS = tuple("生出誕생출วปเज")


class _BirthWords:
    """Where a birth word (``_KEYWORD_AT``) starts: what ``_KEYWORD_GATE.finditer(text, overlapped=True)``
    finds, tried only at the words that may begin one (``LeadStarts``: a scan of the whole text with the long
    case-insensitive alternation cost several times more), for the last text asked about. Also a gate
    (``GatedPatternRecognizer.GATES``): ``search`` says where the first one starts, as the regex's would."""

    def __init__(self) -> None:
        self._leads = LeadStarts(_KEYWORD_GATE, _KEYWORD_PREFIXES, words=_KEYWORD_WORDS)
        self._last: tuple[str | None, list[int]] = (None, [])

    def __call__(self, text: str) -> list[int]:
        last, starts = self._last
        if last is not text:
            if text.isascii() or not any(map(text.__contains__, _UNSPACED_KEYWORD_LEADS)):
                starts = self._leads(text)
            else:
                starts = [m.start() for m in _KEYWORD_GATE.finditer(text, overlapped=True)]
            self._last = (text, starts)
        return starts

    def search(self, text: str) -> "_At | None":
        starts = self(text)
        return _At(starts[0]) if starts else None


class _At:
    """Where a gate's first match starts (all ``_gated`` reads of it)."""

    __slots__ = ("_start",)

    def __init__(self, start: int) -> None:
        self._start = start

    def start(self) -> int:
        return self._start


_BIRTH_WORDS = _BirthWords()
# a birth word as the second part of a camelCase key: dateOfBirth, userDob, dateNaissance, fechaNac,
# fechaNacimiento, dataNascimento, dataUrodzenia, gebDatum
_CAMEL_BIRTH = r"(?:Birth|DOB|Dob|Naiss|Nac|Nasc|Urodz|Geb)"
_CLOSING_TAG = re.compile(r"</[\w:.-]*$")


# the start of a turn in a chat or transcript: a time in brackets, a speaker and a colon ("caller: ",
# "[10:03] ben: ")
_TURN = r"[ \t>]*(?:\[[^\]\n]{1,25}\][ \t]*)?[^\W\d][\w .'’-]{0,24}:[ \t]"


_TTL = re.compile(r"(?<![^\W_])TTL(?![^\W_])")  # a word of its own: not "LITTLE", "SETTLE"


class DateOfBirthRecognizer(GatedPatternRecognizer):
    """A date (numeric or with a month name, seven languages) a few characters after a birth word, or right
    before one (``am 24.12.1990 geboren``)."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [
        Pattern(
            "date after birth keyword",
            # near the keyword: "DOB: …", "born in Bilbao on …", "date of birth (dd/mm/yyyy): …", next line
            # "date_of_birth": "…", user_dob: the keyword may follow "_"
            rf"{_AFTER_KEYWORD}(?i:(?P<value>{_DATE_AFTER_CUE})){_DATE_END}",
            0.85,
        ),
        Pattern(
            # dateOfBirth, userDob, customerBirthDate (a pattern apart: faster)
            "date after a camelCase birth key",
            rf"(?<=[a-z])(?:Of|De)?{_CAMEL_BIRTH}\w*{_GAP}(?<![\w/.-])(?i:(?P<value>{_DATE_AFTER_CUE})){_DATE_END}",
            0.85,
        ),
        # a second date after the first: "Passenger DOB: 17/04/1978 / 08/12/1955", "born 3 May 1980 and 9
        # June 1983"
        Pattern(
            "second date after birth keyword",
            # (on the birth word's line: under a header line, the next cell of a row is another column's)
            rf"{_KEYWORD_AT}[^\d\n]{{0,40}}?(?<![\w/.-])(?i:{_DATE_AFTER_CUE}){_DATE_END}"
            # ("dob changed from 1987-03-14 to 1987-04-13", "dob: 1987-03-14 -> 1987-04-13", "DOB is
            # 14/03/1987 not 03/14/1987"; an audit log's "field": "dob", "old": "1987-03-14", "new": "…")
            # ("DOB mismatch: expected 1987-03-14, got 1987-04-13")
            r"(?:[ \t]*(?:[/,;&]|->|=>|→|\b(?i:and|und|et|y|e|en|to|or|not|vs\.?|instead[ \t]+of)\b)[ \t]*"
            r"(?:(?i:got|received|actual|but[ \t]+(?:got|was)|was|now)\b[ \t]*:?[ \t]*)?"
            # ... the one on file against the one given, a few words on: "DOB on file 3 Feb 1979 — customer
            # said 2 Feb", "said date of birth was 14/03/1987 but our records show 14/03/1978", "gave
            # 12/06/1990, on file 06/12/1990"
            r"|[^\d\n]{0,30}?\b(?i:said|says|stated|states|claimed|claims|gave|gives|given|provided|entered|typed"
            r"|quoted|on[ \t]+(?:file|record|the[ \t]+account)|records?[ \t]+(?:show|shows|say|says|has|have)"
            r"|(?:file|system|account|CRM)[ \t]+(?:has|have|shows|says))\b[^\d\n]{0,15}?"
            r"|[\"'][ \t]*,[ \t]*[\"']?(?i:old|new|from|to|before|after|previous|current|was|now)(?:_value)?"
            r"[\"']?[ \t]*(?::|=>?)[ \t]*[\"']?)"
            rf"(?<![\w/.-])(?i:(?P<value>{_DATE_AFTER_CUE})){_DATE_END}",
            0.85,
        ),
        # the date after other numbers on the birth word's line, as call notes list the answers of an identity
        # check: "PIN and date of birth: 4821, 03/14/1987", "DOB + last 4 SSN → 03/14/1987", "DOB (card ending
        # 4821, caller gave 3 Mar 1987)" (a full date; never past another date; a year at least
        # ``LISTED_MIN_AGE`` years back: not "Birthday party for 40 guests, 12/03/2025")
        Pattern(
            "date among the answers after a birth word",
            rf"(?P<listed>){_KEYWORD_AT}"
            r"(?:[^\d\n]|(?<![\d/.]|[\d/.]-)\d{1,6}(?![\d/.:-]|[ \t]?\d)){0,40}?(?<![\w/.-])"
            rf"(?i:(?P<value>(?=\d){_DIGIT_FIRST_DATE}|{_MONTH_FIRST_DATE})){_DATE_END}",
            0.85,
        ),
        # a change as a pair of values (paper_trail, an audit log): "dob": ["1987-03-14", "1987-04-13"]
        Pattern(
            "second date of a changed pair",
            rf"{_KEYWORD_AT}[\"']?[ \t]*(?::|=>)[ \t]*\[[ \t]*[\"']?(?i:{_DATE_AFTER_CUE})[\"']?[ \t]*,[ \t]*"
            rf"[\"']?(?i:(?P<value>{_DATE_AFTER_CUE})){_DATE_END}",
            0.85,
        ),
        # a question or request for the date of birth, the answer on the next line: "Agent: And your date of
        # birth, please?\n[00:00:11] Caller: 3 July 1963.", "aapki date of birth bata dijiye.\nCustomer: …"
        Pattern(
            "date answered on the next line",
            rf"{_KEYWORD_AT}[^\n]{{0,60}}[?.!][ \t]*\r?\n[^\n]{{0,40}}?(?<![\w/.:-])"  # (a sentence: no form)
            rf"(?i:(?P<value>{_DATE_AFTER_CUE})){_DATE_END}",
            0.85,
        ),
        # ... unpunctuated in a chat or transcript, asked in one speaker's turn and answered in the next
        # ("agent: can i get your date of birth please\ncaller: yeah sure, 12/03/1987", "[10:02] anna: whats
        # ur birthday again\n[10:03] ben: lol march, 12/03/1987"; not a heading's "Birthday party planning")
        Pattern(
            "date answered in the next turn",
            rf"(?m:^{_TURN}[^\n]{{0,60}}?){_KEYWORD_AT}[^\n]{{0,60}}\r?\n{_TURN}[^\n]{{0,40}}?(?<![\w/.:-])"
            rf"(?i:(?P<value>{_DATE_AFTER_CUE})){_DATE_END}",
            0.85,
        ),
        # a record's birth-date field, where the format says so rather than a word: HL7 v2 PID-7
        # ("PID|1||…||DOE^JANE||19870314|F"), DICOM's (0010,0030) ("(0010,0030) DA [19870314]"), X12's DMG
        # segment ("DMG*D8*19870314*F~"); the year of a Rails date select ("dob(1i)"=>"1987")
        Pattern(
            "date in a record's birth-date field",
            rf"(?:(?<![\w|^])PID\|(?:[^|\n\r]*\|){{6}}|\(0010,[ \t]?0030\)[ \t]+(?:DA[ \t]+)?[\[']?"
            rf"|(?<![\w*])DMG\*D8\*)"
            rf"(?P<value>{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{{4}}(?:\d\d)?)?)(?!\d)"
            rf"|(?i:(?<![^\W_]){_KEYWORD})\(1i\)[\"']?[ \t]*(?:=>|:|=)[ \t]*[\"']?(?P<value>{_YEAR})(?!\d)",
            0.85,
        ),
        # an error naming the field, then quoting the value it could not take, up to two lines below:
        # pydantic's "dob\n  Input should be a valid date … [type=…, input_value='14/03/1987', …]", FastAPI's
        # 422 ("loc": ["body", "dob"], "msg": "…", "input": "14/03/1987"), a traceback's code line
        # ("dob = datetime.strptime(row["dob"], …)") then "ValueError: time data '14/03/1987' does not
        # match…", Java's "Text '14/03/1987' could not be parsed", "Unparseable date: "…"", Go's "parsing time
        # "…"", PostgreSQL's "invalid input syntax for type date: "…""
        Pattern(
            "date an error quotes",
            rf"{_KEYWORD_AT}[^\n]{{0,160}}?(?:\n[^\n]{{0,160}}?){{0,2}}?"
            r"(?:\binput(?:_value)?[\"']?[ \t]*[:=][ \t]*[\"']?|\btime data [\"']|\bText [\"']"
            r"|\bUnparseable date:[ \t]*[\"']?|\bparsing time [\"']"
            r"|\bfor type (?:date|timestamp)[^:\n]{0,30}:[ \t]*[\"'])"
            rf"(?i:(?P<value>{_DATE_AFTER_CUE})){_DATE_END}",
            0.85,
        ),
        # the value first, the column after it: MySQL's "Incorrect date value: '14/03/1987' for column 'dob'"
        Pattern(
            "date before the column it is for",
            rf"[\"'](?i:(?P<value>{_DIGIT_FIRST_DATE}|{_MONTH_FIRST_DATE}))[\"'][ \t]+for[ \t]+"
            rf"(?:column|field|key|attribute|parameter|property)[ \t]+[\"'`]?[\w.]*?{_KEYWORD_AT}",
            0.85,
        ),
        Pattern(
            "date before birth keyword",
            # "Er wurde am 24.12.1990 geboren", "op 3 maart 1980 geboren": the birth word comes last
            # (digit-first dates only: a date written there starts with its day, and the regex then skips
            # every position that is not a digit at once)
            rf"(?<![\d/.-])(?=\d)(?i:(?P<value>{_DIGIT_FIRST_DATE})){_DATE_END}"
            rf"(?:[ \t,]+(?:[^\d\n.;]{{0,20}}?[ \t])?(?i:{_DATE_FIRST_CUE})\b"
            # 1987年3月14日生まれ, （1987年3月14日生） (not 2024年4月1日生産)
            r"|[ \t]?生(?:まれ|(?![\p{Han}\p{Hiragana}\p{Katakana}])))",
            0.85,
        ),
    ]
    CONTEXT = ["dob", "birth", "born", "birthday"]
    # Patterns that start with a birth word (``_KEYWORD_AT``): tried only where one starts (``STARTS``' way),
    # found in one scan of the text shared by them all rather than a scan of each pattern's own
    AT_KEYWORD = ("date after birth keyword", "second date after birth keyword",
                  "date among the answers after a birth word",
                  "second date of a changed pair", "date answered on the next line", "date an error quotes")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in self.AT_KEYWORD:  # (every position where ``_KEYWORD_AT`` matches, overlapping ones too:
            self._starts[name] = _BIRTH_WORDS  # "birth" inside "date of birth")

    LISTED_MIN_AGE = 10  # years: a date after other numbers is taken for a birth date when this old

    def accept_match(self, match: re.Match) -> bool:
        """Not a date in a later year than this one: nobody is born in the future ("Born in 2027-07-11, our
        load balancer…"); after other numbers, not a date of the last ``LISTED_MIN_AGE`` years. Not a birth
        word that closes an XML element: the date after ``</dob>`` is another element's
        (``<dob>…</dob><admitted>2024-01-02</admitted>``)."""
        if _CLOSING_TAG.search(match.string, max(0, match.start() - 40), match.start()):
            return False
        years = _FOUR_DIGITS.findall(match.group("value"))
        latest = datetime.date.today().year
        if match.groupdict().get("listed") is not None:
            latest -= self.LISTED_MIN_AGE
        return not years or int(years[0]) <= latest
    # No birth word, no date of birth: a cheap look for the words' stems first, then each pattern's own gate.
    # (was one regex: ``HINT_WORDS`` are its plain ASCII words, found in one C-level pass each)
    HINT_WORDS = ("birth", "born", "dob", "d.o.b", "geb", "naiss", "naci", "nac.", "nato", "nata", "nasc",
                  "bday", "b-day", "d/o/b",
                  "syntyn", "urodz", "naroz", "janam", "janm", "paida", "scut", "terii", "szül", "szület",
                  "sinh", "lahir", "rođen", "ne_le", "née_le", "kaarawan", "ipinanganak", "isinilang",
                  "ddn", "fnac", "f_nac", "fecnac", "fec_nac", "fechanac", "fecha_nac", "data_ur",
                  "pid|", "0030)", "dmg*d8*")  # (HL7, DICOM and X12 records: their birth-date fields)
    HINT = re.compile(r"(?i:\bn(?:ée?|ee)\b|nací|[(\[,;][ \t]?b\.|född|født|fødd|fødsel|födelse|syntymä"
                      # (Hangul as written: folding splits it; 日生: a Japanese date before 生 or 生まれ)
                      r"|\bur\.|doğum|日[ \t]?生|生年月日|出生|誕生日|生日|生まれ|생년월일|생일)")
    # Birth words in other scripts, looked for only in a text that is not all ASCII (a regex of them all,
    # folded, costs more than the rest of the hint)
    FOREIGN_HINT = re.compile(r"(?i:γ[εέ]νν|рожд|родил|народ|раждане|роден)|rođen|לידה|נולד|ميلاد|الولادة"
                              r"|مواليد|ولد|เกิด|जन्म|출생|생년월일|생일")

    def hinted(self, text: str) -> bool:
        """``HINT_WORDS``, ``HINT`` or "TTL", else (a text with a letter outside ASCII) ``FOREIGN_HINT``."""
        # (and Indonesian's "TTL" as forms write it: a plain test, "ttl" is inside "little")
        return (super().hinted(text) or "TTL" in text and _TTL.search(text) is not None
                or (not text.isascii() and self.FOREIGN_HINT.search(text) is not None))
    GATES = {
        "date after birth keyword": _BIRTH_WORDS,
        "date after a camelCase birth key": re.compile(rf"(?<=[a-z]){_CAMEL_BIRTH}"),
        "date before birth keyword": re.compile(rf"(?i:\b{_DATE_FIRST_CUE}\b)|生"),
        "date in a record's birth-date field": ("pid|", "0030)", "dmg*d8*", "(1i)"),
        "date answered on the next line": _BIRTH_WORDS,
        "date answered in the next turn": _BIRTH_WORDS,
        "second date after birth keyword": _BIRTH_WORDS,
        "date among the answers after a birth word": _BIRTH_WORDS,
        "second date of a changed pair": (": [", ":[", "=> [", "=>["),
        "date an error quotes": ("input_value", '"input"', "'input'", "time data", "could not be parsed",
                                 "unparseable date", "parsing time", "for type date", "for type timestamp"),
        "date before the column it is for": re.compile(
            r"(?i)[\"'][ \t]+for[ \t]+(?:column|field|key|attribute|parameter|property)\b"),
    }
    # 2: the "Of" of dateOfBirth comes before the gate's "Birth"
    STARTS_AT_GATE = {"date after birth keyword": 0, "date after a camelCase birth key": 2,
                      "date answered on the next line": 0, "second date after birth keyword": 0,
                      "date among the answers after a birth word": 0,
                      "date answered in the next turn": 120}  # (its turn and words before the keyword)
