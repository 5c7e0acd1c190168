"""PERSON spans that name no person (session 14, issue #19's false detections): each rule is a class of text
that reads as a name, with the people beside it that must stay found in tests/scrubber/test_not_people.py.

Nothing here touches a span after a title ("Frau", "dott.", "prof.ssa", "… Hanım"): a title makes any word a
person. ``not_people`` runs before the firm and product filters (``Scrubber._analyze_one``) and on the names
a list of people takes in (``name_filters.listed_people``)."""

import re
from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.addresses import COLUMN_SCORE
from scrubber.casing import prose_abroad
from scrubber.name_filters import (
    _FIRMS,
    _HONORIFIC_BEFORE,
    _TITLE_AFTER,
    _WORDS,
    BRANDS,
    COMMON_WORDS,
    _function_words,
    _listed,
    _listed_with_firms,
    _nouns_capitalised,
    line_around,
    not_firms,
    stop_words_abroad,
)
from scrubber.ner_spans import ORG_WORDS
from scrubber.types import Span
from scrubber.words import (
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    firm_names,
    foreign_words,
    public_figures,
)


def not_people(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less the PERSON spans that name no person: a language's own words in its prose, a form's
    label, a meeting room, a code name, a role, an organisation word, a brand or a public figure alone, a
    place after a place word or on a route, quoted titles (``_not_a_person``). A span running on into two
    lower-case words or more ends before them ("Benetton| anuncian una alianza en Chicago"), and a month after
    a preposition of time is no part of it ("ab Juli |Lamborghini"): what is left is judged again."""
    people = [s for s in spans if s.type == "PERSON"]
    if not people and not any(s.type == "LOCATION" for s in spans):
        return spans
    out = []
    figures = []  # public figures' whole names dropped: a place's word inside one is theirs ("Ratan |Tata|")
    characters = []  # (fpfig24) fictional characters' names dropped
    buildings = []  # (fp29) buildings' names dropped
    dropped = []  # names found no person's (fpfig24: a figure's birth after one is no one's data either)
    for s in spans:
        if s.type in ("PERSON", "LOCATION") and (_an_abstract_noun(text, s) or _japanese_words(text, s)
                                                 or _UI_LABEL.fullmatch(text, s.start, s.end)
                                                 or _a_status_colour(text, s) or _a_clause_title(text, s)):
            continue
        if s.type == "LOCATION" and (_a_word_not_a_place(text, s) or _an_english_label(text[s.start:s.end])
                                     or _a_function_word_opening(text, s)):
            continue
        # (lead27) a town's word opening a firm's name before its legal form ("Pinecrest Biolabs LLC")
        if s.type == "LOCATION" and _FIRM_NAME_AFTER.match(text, s.end) and not any(
                c.isdigit() or c == "\n" for c in text[s.start:s.end]):
            continue
        if s.type in ("PERSON", "LOCATION") and _a_heading_abroad(text, s):
            continue
        if s.type == "PERSON" and _a_building_named(text, s):
            # (fp29: no place inside its whole name either, "Hotel Alfonso| XIII|")
            buildings.append(Span(s.type, s.start, _NAME_GOES_ON.match(text, s.end).end(), s.score))
            continue
        # (fp22) a team's name after its word ("team |Björnen| tar över"), typed as a place
        if s.type == "LOCATION" and " " not in text[s.start:s.end] \
                and _TEAM_BEFORE.search(text, max(0, s.start - 8), s.start):
            continue
        # (a title in quotes is no place either, unless it is one: "Layla", "Mr. Brightside", not "Paris")
        if s.type in ("PERSON", "LOCATION") and _a_quoted_title(text, s) \
                and (s.type == "PERSON" or not _a_place(text[s.start:s.end])):
            continue
        # (a product's quoted name is neither, a place's included: "our new soy candle, "Orange Grove"")
        if s.type in ("PERSON", "LOCATION") and _a_quoted_product(text, s):
            continue
        if s.type == "PERSON" and (cut := _noun_after_comma(text, s)):
            s = cut  # "Frau Hornung|, Protokoll der Sitzung"
        # (fpfig24) a fictional character or a place of the story, a title before it included ("Miss Honey")
        if s.type in ("PERSON", "LOCATION") and _a_character(text, s):
            if s.type == "PERSON":
                dropped.append(s)
                characters.append(s)
            continue
        if s.type == "PERSON" and not _titled(text, s):
            if _not_a_person(text, s, people):
                dropped.append(s)
                if " " in text[s.start:s.end] and text[s.start:s.end] in public_figures()[0]:
                    figures.append(s)
                continue
            # a name running into a firm's is judged without it ("Kellogg's y |Ben| & Jerry's")
            if (short := _before_a_firm(text, s)) and _not_a_person(text, short, people):
                continue
            trimmed = _trimmed(text, s)
            if trimmed is None or trimmed != s and (_not_a_person(text, trimmed, people)
                                                    or _an_abstract_noun(text, trimmed)):
                continue
            s = trimmed
        out.append(s)
    if figures:
        out = [s for s in out if s.type != "LOCATION"
               or not any(f.start <= s.start and s.end <= f.end for f in figures)]
    if characters or buildings:  # (a character's name holds no other name: "St |John Rivers|'", "|Thornfield|
        # Hall"; nor a building's: "Hotel Alfonso |XIII|")
        out = [s for s in out if s.type not in ("LOCATION", "PERSON")
               or not any(c.start <= s.start and s.end <= c.end for c in characters + buildings)
               and not _a_story_place(text, s, characters)]
    if dropped and any(s.type in ("DATE_OF_BIRTH", "LOCATION") for s in out):
        out = _not_a_figures_birth(text, out, dropped)
    return out


# (c19fp) Names no one has: a town's possessive opening a sight's name ("Kraków's Wawel", "Bergen's
# Fløibanen"; not a given name's: "Florence's Mum"), a possessive before a place's noun ("Arthur's Seat",
# "King's Cross", "St John's Wood") and a monarch's or pope's given name with its number ("George IV", "Louis
# XIV"; a private namesake has a family name: "John Smith III")
_POSSESSIVE_OPENING = re.compile(r"([^\W\d_][\w-]*)['’]s[ \t]+[^\W\d_a-z]")
_PLACE_NOUN_AFTER = re.compile(
    r"['’]s[ \t]+(?:Seat|Cross|Park|Bridge|Square|Hill|Castle|Cathedral|Palace|Gate|Tower|Island|Bay|Point"
    r"|Wood|Lane|Green|Head|Abbey|Chapel|Church|Well|Inn|Quay|Wharf|Common|Heath|Lake|Falls|Peak|Rock)\b")
_REGNAL = re.compile(r"([^\W\d_][\w-]*)(?:[ \t]+[^\W\d_][\w-]*)?[ \t]+(?:X{0,2}(?:IX|IV|V?I{0,3}))\Z")


def a_places_or_monarchs(text: str, s: Span) -> bool:
    """(read by ``topics.py`` on the spans grown whole: "Kraków" grows into "Kraków's Wawel")"""
    from scrubber.place_topics import is_place
    from scrubber.recognizers.name_shapes import lists

    value = text[s.start:s.end]
    given, family = lists()[:2]
    opening = _POSSESSIVE_OPENING.match(value)
    if opening and is_place(opening.group(1)) and opening.group(1).lower() not in given \
            and not any(w.lower() in given or w.lower() in family for w in value[opening.end() - 1:].split()):
        return True
    if " " not in value and value[-2:] in ("'s", "’s") and _PLACE_NOUN_AFTER.match(text, s.end - 2):
        return True
    regnal = _REGNAL.fullmatch(value)
    return bool(regnal and value.split()[-1].isupper()
                and all(w.lower() in given for w in value.split()[:-1]))


# (fp25) A project's status colour ("Amber", "Green", "RED") after a status label ("Overall status: AMBER",
# "RAG: Green") or in a table's status column: no one
_STATUS_COLOURS = frozenset("red amber green".split())
_STATUS_LABEL_BEFORE = re.compile(r"(?i:\b(?:status|rag|health)[ \t]*[:=][ \t]*\Z)")
_STATUS_COLUMN = re.compile(r"(?i:\b(?:status|rag|health)\b)")
_VALUE_ENDS = re.compile(r"[ \t]*(?:\Z|[\n|\t,;.)])")


def _a_status_colour(text: str, s: Span) -> bool:
    if text[s.start:s.end].lower() not in _STATUS_COLOURS or not _VALUE_ENDS.match(text, s.end):
        return False
    if _STATUS_LABEL_BEFORE.search(text, max(0, s.start - 20), s.start):
        return True
    from scrubber.place_topics import column_titles

    column = column_titles(text, s)
    return column is not None and bool(_STATUS_COLUMN.search(column[1]))


# (fp25) A contract clause's one-word title after its number ("QUINTA. Gastos. Los suministros …", "§ 8
# Gewährleistung. Die …", "Article 4. Duration."): an ordinary word of some language, no one
_CLAUSE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-ZÀ-ÖØ-Þ]{4,}|§[ \t]*\d+"
    r"|(?i:art(?:icle|ículo|icolo|ikel|\.)?|cláusula|clause)[ \t]*\d+)\.?[ \t]+\Z")
_TITLE_ENDS = re.compile(r"\.(?:[ \t]|\n|\Z)")


def _a_clause_title(text: str, s: Span) -> bool:
    value = text[s.start:s.end]
    return " " not in value and bool(_TITLE_ENDS.match(text, s.end)) and _ordinary_abroad(value.lower()) \
        and bool(_CLAUSE_BEFORE.search(text, max(0, s.start - 20), s.start))


# A German abstract or collective noun, as German prose capitalises it ("Lohnbuchhaltung", "Stationsleitung",
# "Priorität", "Geschäftsführung"): no family name or town of nine letters or more ends so; (fp22) nor one
# of seven or more in "-zeit" ("Teilzeit", "Arbeitszeit", "Laufzeit")
_ABSTRACT_NOUN = re.compile(
    r"[A-ZÄÖÜ](?:[a-zäöüß]{4,}(?:ung|heit|keit|schaft|ität)|[a-zäöüß]{2,}zeit(?:en)?)")

# (fp22) Japanese words a model takes for a name: a site's or a form's words ("メール" mail,
# "お問い合わせ" contact), a particle alone ("は"), or a sentence ("この構成の可用性について
# 説明してください"): a span of these words and particles only, one hiragana alone, or nine
# characters or more with three hiragana and no honorific (a name in kana is shorter: "さとう はなこ").
# (longest first, so a word holding a shorter one goes whole: "お問い合わせ" before "問い合わせ")
_JAPANESE_WORDS = sorted(set(
    "メール メールアドレス お問い合わせ 問い合わせ 問合せ お問合せ ログイン ログアウト "
    "パスワード アカウント ユーザー ユーザ サポート ホーム 設定 送信 返信 会社 会社概要 "
    "担当者 連絡先 電話 住所 氏名 名前 お名前 件名 本文 添付 ファイル フォーム ページ "
    "サイト サービス 製品 商品 注文 予約 確認 登録 ダウンロード アップロード".split()),
    key=lambda w: (-len(w), w))
_JAPANESE_PARTICLES = re.compile(
    r"[はがをにでとのへもやかよねな、。・\s]|から|まで|より|ください|です|ます")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005、。・ー\s]+")
_HIRAGANA = re.compile(r"[\u3040-\u309f]")
# (a sentence naming someone keeps its span: "山口さゆりさんは来週の会議に出席できません")
_JAPANESE_HONORIFIC = re.compile(r"さん|様|さま|氏|君|くん|ちゃん|先生|殿")


def _japanese_words(text: str, s: Span) -> bool:
    value = text[s.start:s.end].strip()
    if not value or not _JAPANESE.fullmatch(value):
        return False
    kana = len(_HIRAGANA.findall(value))
    if kana == len(value) == 1 or len(value) >= 9 and kana >= 3 and not _JAPANESE_HONORIFIC.search(value):
        return True
    rest = value
    for word in _JAPANESE_WORDS:
        rest = rest.replace(word, " ")
    return rest != value and not _JAPANESE_PARTICLES.sub("", rest)


# (fp22) A file store's or a screen's name in an app ("Shared Drive", "Recycle Bin", "Control Panel"): no
# place ("Ocean Drive" may be a street: only a store's own words before "Drive")
_UI_LABEL = re.compile(
    r"(?i:(?:the[ \t]+)?(?:shared|team|network|google|external|mapped|usb|my)[ \t]+drives?|recycle[ \t]+bin"
    r"|control[ \t]+panel|start[ \t]+menu|home[ \t]+screen|lock[ \t]+screen|task[ \t]+manager"
    r"|system[ \t]+(?:settings|preferences))")


def _an_abstract_noun(text: str, s: Span) -> bool:
    """One such word alone, in a text whose running words are another language's, that no list holds."""
    word = text[s.start:s.end]
    return bool(_ABSTRACT_NOUN.fullmatch(word)) and prose_abroad(text) and not _listed(word)


def _a_word_not_a_place(text: str, s: Span) -> bool:
    """A place found that is one capitalised word of another language, in a text whose nouns are capitalised
    (German: "Spalten: Titel, Abteilung, |Umfang|"), no place and no name any list holds: the language's
    noun ("in |Essen|" stays a place: the list holds it; "Alpin Hanım'a" is a person)."""
    word = text[s.start:s.end]
    if " " in word or not word[:1].isupper() or word.lower() not in foreign_words() \
            or _TITLE_AFTER.match(text, s.end):  # "Alpin Hanım'a" is a person
        return False
    return not _listed(word) and _nouns_capitalised(text)


# (fp22) What may follow a heading's word on its line: a lower-case word, a number, a quarter ("Raport
# sprzedaży - Q1 2026", "Månadsrapport mars 2025", "Quartalsbericht Q2/2026")
_HEADING_REST = re.compile(r"[ \t]+(?:[-–][ \t]+)?(?:[a-zà-öø-ÿąćęłńśźż][\w-]*|Q[1-4]\b|\d)")


def _a_heading_abroad(text: str, s: Span) -> bool:
    """(fp22) One ordinary word of another language opening a line in its prose, or a compound ending on
    one ("Månads|rapport", "Quartals|bericht"), before lower-case words or a period: a heading, that no list
    holds as a name or a place."""
    word = text[s.start:s.end]
    if not word.isalpha() or not word[:1].isupper() or len(word) < 5 \
            or not _FIELD_START.search(text, max(0, s.start - 8), s.start) \
            or not _HEADING_REST.match(text, s.end):
        return False
    low = word.lower()
    words = foreign_words()
    if low not in words and not any(low[i:] in words for i in range(3, len(low) - 4)):
        return False
    from scrubber.recognizers.places import places

    return not _listed(word) and low not in places() and prose_abroad(text)


def _a_function_word_opening(text: str, s: Span) -> bool:
    """One function word of another language opening a sentence of its prose, that no list holds as a place
    ("|Seit| Januar lebe ich in Reykjavík", "|Dann| fahren wir nach Graz")."""
    word = text[s.start:s.end]
    if " " in word or word.lower() not in stop_words_abroad() \
            or not _SENTENCE_START.search(text, max(0, s.start - 8), s.start):
        return False
    from scrubber.recognizers.places import places

    return word.lower() not in places() and prose_abroad(text)


def _an_english_label(value: str) -> bool:
    """Ordinary English words joined by hyphens, as a header's or a trailer's label: "Co-authored-by",
    "Signed-off-by", "Reviewed-by" (no place or person is written so)."""
    words = value.lower().split("-")
    return len(words) >= 2 and " " not in value and words[-1] == "by" \
        and all(w in COMMON_WORDS or w in _LABEL_PARTS for w in words)


_LABEL_PARTS = frozenset("co by".split())
def _noun_after_comma(text: str, s: Span) -> Span | None:
    """``Last, First`` whose "First" is a noun of the text's language, no name a list holds ("Frau Hornung,
    Protokoll folgt"): the span less the comma and the noun, or None."""
    value = text[s.start:s.end]
    if value.count(",") != 1:
        return None
    last, first = (part.strip() for part in value.split(","))
    # (a noun of German, whose nouns are capitalised; not an English word: "Okonkwo, Blessing" is a name)
    if not last or " " in first or not first[:1].isupper() or first.lower() not in foreign_words() \
            or first.lower() in COMMON_WORDS:
        return None
    from scrubber.recognizers.name_cues import listed_name

    if listed_name(first) or not _nouns_capitalised(text):
        return None
    return Span(s.type, s.start, s.start + value.index(","), s.score)


_FIRST_FIRM_WORDS = frozenset(m.group().lower() for firm in firm_names() if (m := _WORDS.search(firm)))


def _before_a_firm(text: str, s: Span) -> Span | None:
    """The span less the start of a firm's name it ends inside (``_FIRMS``: "Kellogg's y |Ben & Jerry's"),
    or None."""
    # (the name goes on after the span, and a word of the span starts a firm's: most spans fail both)
    after = text[s.end:s.end + 2]
    if len(after) < 2 or after[0] not in " \t-&" or not (after[1].isupper() or after[1] == "&") \
            or _FIRST_FIRM_WORDS.isdisjoint(w.lower() for w in _WORDS.findall(text, s.start, s.end)):
        return None
    window = text[s.start:s.end + 40]
    low = window.lower()
    if len(low) != len(window):
        return None
    for m in _FIRMS.finditer(low):
        if 0 < m.start() < s.end - s.start < m.end():
            return Span(s.type, s.start, s.start + len(window[:m.start()].rstrip()), s.score)
    return None


def _person_label(before: str) -> bool:
    """The field's label before the span holds a person cue ("Patient:", "Customer name:", "Nome:")."""
    from scrubber.recognizers.name_cues import cue_words

    label = _FIELD_BEFORE.search(before)
    # (the cues' function words are no cue alone: "Summarise the news: President …" asks for no person)
    return bool(label) and any(w.lower() in cue_words() and w.lower() not in _CUE_FUNCTION_WORDS
                               for w in _WORDS.findall(label.group()))


_CUE_FUNCTION_WORDS = frozenset("all and for her him many next take the this you yours".split())


_JOINED_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+){2,}(?![\w-])")


def _three_joined(text: str, s: Span) -> bool:
    """The span lies in a word of three capitalised names or more joined by hyphens."""
    if "-" not in text[max(0, s.start - 1):s.end + 1]:
        return False
    return any(m.start() <= s.start and s.end <= m.end()
               for m in _JOINED_WORD.finditer(text, max(0, s.start - 40), s.end + 40))


def _no_name_but_the_role(lows: list[str]) -> bool:
    """No word but a role's is in a list of given or family names ("Vardiya Amiri"; "Dyrektor Anna Nowak"
    names her)."""
    from scrubber.recognizers.name_cues import listed_name

    return all(w in _ROLE_ABROAD or w in NAME_PARTICLES or not listed_name(w) for w in lows)


def _a_place(value: str) -> bool:
    from scrubber.recognizers.places import places

    return value.strip("\"“”„«»'‘’ ").lower() in places()


def _titled(text: str, s: Span) -> bool:
    from scrubber.recognizers.name_cues import _HONORIFIC_BEFORE as _TITLE_BEFORE

    before = text[max(0, s.start - 14):s.start]
    return bool(_HONORIFIC_BEFORE.search(before) or _TITLE_BEFORE.search(before)
                or _TITLE_AFTER.match(text, s.end))


# (fp29) A building's or a sight's common noun opening the span, maybe a name after it: "Hotel Alfonso XIII",
# "Estadio Azteca", "Museo del Prado" name the building, not a person (a number after it or in it is an
# address's: "Praça da Sé 3" stays). Nouns that are family names too ("Palacio", "Castillo", "Plaza",
# "Puerta", "Iglesia") are left out: corpus7 and corpus6 test halves lost names to them.
_BUILDING_NOUNS = frozenset(
    "hotel hôtel hostal estadio estádio stadio stadion palais museo museu musée teatro théâtre château "
    "catedral cattedrale cathédrale igreja église basílica basilica aeropuerto aeroporto aéroport estação "
    "stazione gare praça piazza mosteiro".split())
# ... or right before it: "Estádio do |Maracanã|", "Estadio |Santiago Bernabéu|"
_BUILDING_BEFORE = re.compile(
    r"(?<![\w-])([^\W\d_a-z]\w*)[ \t]+(?:(?:do|da|de|del|della|di|du|des|of|the)[ \t]+)?\Z")
# A station or a church named after a town and a saint: "Sevilla Santa Justa", "Lisboa Santa Apolónia"
_SAINT_AFTER_TOWN = re.compile(
    r"([^\W\d_][\w-]*)[ \t]+(?:Santa|Santo|San|São|Sankt|Saint|St\.?)[ \t]+[^\W\d_]")
_NAME_GOES_ON = re.compile(
    r"(?:[ \t]+(?:(?:de|del|la|las|los|do|da|dos|das|di|du|des)[ \t]+)?[^\W\d_a-z][\w'’.-]*)*")
_NUMBER_NEXT = re.compile(r"[ \t]*,?[ \t]*\d")


def _a_building_named(text: str, s: Span) -> bool:
    """A noun no list holds as a name ("Hotel", "Estádio"; not "Palacio", "Castillo", "Plaza": family names
    too) opens the span, is all of it or comes right before it."""
    from scrubber.recognizers.name_cues import listed_name
    from scrubber.recognizers.name_shapes import _fold, lists

    value = text[s.start:s.end]
    if any(c.isdigit() for c in value) or "'s" in value or "’s" in value or _NUMBER_NEXT.match(text, s.end) \
            or _titled(text, s):
        return False
    words = value.split()
    while words and words[0].islower():  # (an article the model took in: "el Hotel Miramar")
        words.pop(0)
    if words and words[0].lower() in _BUILDING_NOUNS and words[0][:1].isupper() and not listed_name(words[0]):
        return True  # (the noun alone too: "O |Estádio| do Maracanã")
    noun = _BUILDING_BEFORE.search(text, max(0, s.start - 30), s.start)
    if noun is not None and noun.group(1).lower() in _BUILDING_NOUNS and not listed_name(noun.group(1)):
        return True
    town = _SAINT_AFTER_TOWN.match(value)
    return town is not None and _a_place(town.group(1)) and _fold(town.group(1).lower()) not in lists()[0]


# ---- trimming ----------------------------------------------------------------------------------------------
# A month opening the span after a preposition of time: "ab Juli| Lamborghini", "seit März| …", "from May| …"
_TIME_PREPOSITION = re.compile(
    r"(?<![\w-])(?i:ab|im|seit|bis|vor|nach|from|since|until|till|by|in|en|desde|hasta|dès|depuis|à partir de"
    r"|dal|dalla|da|a partire da|em|vanaf|sinds|per|od|do|fra|från|frå)[ \t]+\Z")


@cache
def _months() -> frozenset[str]:
    from scrubber.recognizers.date_of_birth import MONTH_NAMES

    return frozenset(w for w in MONTH_NAMES if len(w) >= 4)


_CONTRACTIONS = frozenset(
    "sul sulla sullo sui sulle nel nella nello nei nelle col dal dalla dallo dai alla allo agli ai pelo pela "
    "pelos pelas num numa dum duma zum zur vom beim ins aux".split())
_ARTICLES_ABROAD = frozenset("una uno il lo un um uma een het".split())
_JOINING = frozenset("und oder et ou y o e en of og och eller i oraz lub ve veya ili and or".split())


def _trimmed(text: str, s: Span) -> Span | None:
    words = list(_WORDS.finditer(text, s.start, s.end))
    # (a name's lower-case words are particles; one other may join two names: "Sylvie Blin et CARLIER Anouk")
    lower = [w.start() for w in words[1:] if w.group().islower() and w.group() not in NAME_PARTICLES
             and text[w.start() - 1:w.start()] in " \t"]
    if words and not words[0].group().islower() and len(lower) >= 2:
        s = Span(s.type, s.start, len(text[:lower[0]].rstrip()), s.score)
        words = [w for w in words if w.start() < s.end]
    # (a function word of another language is no part of a name: "Pippi Langstrumpf| mit den Kindern", "viola|
    # sul"; not a conjunction between names, not after a particle: "María de las Mercedes", not before a
    # capitalised word)
    cut = len(words) > 1 and next((w for i, w in enumerate(words) if i and w.group().islower()
                and text[w.start() - 1] in " \t" and text[w.end():w.end() + 1] not in "-'’"
                and (w.group() in _function_words() or w.group() in _CONTRACTIONS)
                and w.group() not in _JOINING and words[i - 1].group().lower() not in NAME_PARTICLES
                # (not before a capitalised word, nor inside a name in lower case: "Maria do Carmo", "maria do
                # carmo")
                and not (i + 1 < len(words) and (words[i + 1].group()[:1].isupper()
                                                 or text[s.start:s.end].islower()))), None)
    if cut:
        s = Span(s.type, s.start, len(text[:cut.start()].rstrip()), s.score)
        words = [w for w in words if w.start() < s.end]
    # (nor an article of another language before it: "una| gemma", "een| roos")
    if len(words) > 1 and words[0].group() in _ARTICLES_ABROAD:
        s = Span(s.type, words[1].start(), s.end, s.score)
        words = words[1:]
    if len(words) > 1 and words[0].group().lower() in _months() \
            and _TIME_PREPOSITION.search(text, max(0, s.start - 20), s.start):
        s = Span(s.type, words[1].start(), s.end, s.score)
    return s if s.end > s.start else None


# ---- the rules ---------------------------------------------------------------------------------------------
# A meeting room: "Salle Mont-Blanc", "Sala Tejo", "Raum Elbe", "Zaal Amstel", "Room Everest"
_ROOM_WORDS = frozenset("salle sala saal raum room zaal sali sal rum stanza aula".split())
# ... the room word before the span: "na sala Tejo", "in room Everest" (not a given name: "the room Maria
# booked")
_ROOM_BEFORE = re.compile(r"(?<![\w-])(?i:salle|sala|saal|raum|room|zaal|stanza|aula)[ \t]+\Z")
# A team's or project's code name: "Team Aurora", "team Phoenix"; "Aurora status", "Phoenix status:"
_CODENAME_HEAD = frozenset(
    "team squad tribe project projekt projet proyecto progetto projeto proje takım ekip zespół".split())
_TEAM_BEFORE = re.compile(r"(?<![\w-])(?i:team|squad|tribe)[ \t]+\Z")
# ... in another language, or a guild's ("la squadra Tramontana", "el equipo Halcón", "guild Ironclad")
_TEAM_ABROAD_BEFORE = re.compile(
    r"(?<![\w-])(?i:squadra|equipo|équipe|equipa|guild|gilde|clan|ploeg"
    # (session 17) Portuguese, Turkish, Polish: "o squad Falcão", "takım Kartal", "zespół Feniks"
    r"|esquadrão|takım|takımı|ekip|ekibi|proje|projesi|zespół|zespołu|drużyna|projekt)[ \t]+\Z")
# ... or the team word after it: "Kartal ekibi", "Aslan takımı", "Falcão squad"
_TEAM_ABROAD_AFTER = re.compile(r"[ \t]+(?i:ekibi|takımı|projesi|squad|crew|workstream|tribe)\b")
# Roles of other languages, first ("Kierownik Zmiany", "Jefe de turno") or last ("Vardiya Amiri", "Satış
# Müdürü"): with words no name list holds, no one's name
_ROLE_ABROAD = frozenset(
    "kierownik kierowniczka dyrektor dyrektorka specjalista specjalistka koordynator koordynatorka prezes "
    "księgowa księgowy asystent asystentka jefe jefa director directora gerente coordinador coordinadora "
    "responsable directeur directrice chef cheffe direttore direttrice responsabile leiter leiterin "
    "teamleiter teamleiterin abteilungsleiter abteilungsleiterin geschäftsführer geschäftsführerin "
    "coordenador coordenadora diretor diretora chefe encarregado encarregada müdür müdürü amiri amir şefi "
    "sorumlusu uzmanı sorumlu yöneticisi chef teamleider afdelingshoofd "
    # (session 18) German job titles and the adjectives that open them ("Sachbearbeiter Lohnbuchhaltung",
    # "Leitender Oberarzt Kardiologie", "Stellvertretende Stationsleitung")
    "sachbearbeiter sachbearbeiterin oberarzt oberärztin chefarzt chefärztin assistenzarzt assistenzärztin "
    "facharzt fachärztin referent referentin mitarbeiter mitarbeiterin fachkraft pflegefachkraft "
    "hausmeister haustechniker assistenz sekretariat vorstand prokurist prokuristin werkstudent "
    "werkstudentin praktikant praktikantin sachgebietsleiter sachgebietsleiterin bereichsleiter "
    "bereichsleiterin stationsleitung pflegedienstleitung leitender leitende stellvertretender "
    "stellvertretende kaufmännischer kaufmännische technischer technische "
    # French, Spanish, Italian, Dutch ("Chargé de clientèle", "Técnico de nóminas", "Addetto paghe")
    "chargé chargée technicien technicienne técnico técnica addetto addetta impiegato impiegata "
    "medewerker medewerkster".split())
# A family member called by the word ("Opa will seinen Kaffee", "la abuela dice"): no one's name
_KIN = frozenset(
    "opa oma mama papa mami papi mum mom dad daddy mummy mommy grandma grandpa granny grandad granddad "
    "abuela abuelo abuelita abuelito mamá papá nonna nonno mamie papy pépé mémé vovó vovô avó avô mãe "
    "babcia dziadek mormor farmor morfar farfar bestemor bestefar tante onkel tía tío zia zio".split())
_STATUS_AFTER = re.compile(r"[ \t]+(?i:status|update|roadmap|launch|rollout|go-live)\b")
# A field's label, not its value: "Bill to:", "Ship to:", "Sold to:"
_LABEL_TO = re.compile(r"[ \t]+to[ \t]*:")
# A title alone in the span: "Ing.| Barbieri", "Dott.| Rossi" (the name after it is the person)
_TITLE_ALONE = frozenset("ing dott dottssa avv arch geom rag prof dr dra sig sr sra mr mrs ms".split())
# Roles written like names: "Scrum Master", "Product Owner", "Head| of Talent Acquisition"
_ROLE_NOUNS = frozenset(
    "master owner manager lead officer director engineer specialist analyst architect coordinator consultant "
    "executive assistant administrator developer designer recruiter accountant".split())
_OF_AFTER = re.compile(r"[ \t]+of[ \t]+[A-Z]")
# A label before a date: "Date: July 30, 2024", "Date:   Fri Nov 15 19:24:43 2024"
_DATE_VALUE = re.compile(
    r"[ \t]*:[ \t]*(?i:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur"
    r"|thurs|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b)")
_OF_LABEL = re.compile(r"[ \t]+of[ \t]+[a-z]+[ \t]*:")
# Where a line's label or a chat's speaker stands, and what one says after it
_FIELD_START = re.compile(r"(?:^|\n|\|)[ \t>]*\Z")
_SAID_BEFORE = re.compile(r"(?m:^(?:\[[^\]\n]*\][ \t]*)?[^\n:\[\]]{1,40}:[ \t]*\Z)")
# A place word before a place: "rollout in |Milan|", "Büro in |München|", "rendez-vous à |Lyon|"; a route
_PLACE_WORD_BEFORE = re.compile(r"(?<![\w-])(?:in|nach|à|dans|em|en)[ \t]+\Z")
_SPACED_DASH = re.compile(r"[ \t][-–—][ \t]")
_DASH_NEXT = re.compile(r"[ \t]+[-–—][ \t]+[A-ZÀ-ÖØ-Þ]")
# A person cue before the span: a greeting, or a field's label ("Patient: Charles Darwin")
_FIELD_BEFORE = re.compile(r"(?m:^[^\n:]{1,30}:[ \t]*\Z)")


def _not_a_person(text: str, s: Span, people: list[Span]) -> bool:
    from scrubber.recognizers.name_cues import _GREETING_BEFORE, _WORD_NAMES, a_sign_off, listed_name
    from scrubber.recognizers.name_shapes import lists
    from scrubber.recognizers.places import places

    value = text[s.start:s.end]
    words = _WORDS.findall(value)
    if not words:
        return True
    lows = [w.lower() for w in words]
    first, one = lows[0], len(words) == 1
    given = lists()[0]
    before = text[max(0, s.start - 40):s.start]
    cued = bool(_GREETING_BEFORE.search(before[-14:]) or _FIELD_BEFORE.search(before))
    # (a brand or a public figure after a label that asks for no person is no one: "Lunch order: Greggs",
    # "Filmabend: Toni Erdmann"; "Patient: Charles Darwin" is a namesake)
    named = cued and (_GREETING_BEFORE.search(before[-14:]) or _person_label(before))
    return bool(
        _words_of_a_language(text, s, words) or _a_label_before_a_name(text, s, lows, people)
        or _a_word_in_use(text, s, value, lows)
        or (first in _ROOM_WORDS and not one and value[:1].isupper())
        or (one and first not in given and _ROOM_BEFORE.search(text, max(0, s.start - 8), s.start))
        or (first in _CODENAME_HEAD and len(words) == 2)
        or (one and (_TEAM_BEFORE.search(text, max(0, s.start - 8), s.start)
                     or _STATUS_AFTER.match(text, s.end)))
        or (one and first not in given and (_TEAM_ABROAD_BEFORE.search(text, max(0, s.start - 10), s.start)
                                            or _TEAM_ABROAD_AFTER.match(text, s.end)))
        or (not one and (first in _ROLE_ABROAD or lows[-1] in _ROLE_ABROAD) and _no_name_but_the_role(lows))
        or (one and first in _KIN and not cued)
        or (value.islower() and all(w in _HINGLISH for w in lows) and _hinglish(text))
        or (one and first in ("frank", "earnest") and _FRANK_AFTER.match(text, s.end))
        # (part of) three names joined: an eponym ("Knuth-Morris-Pratt")
        or _three_joined(text, s)
        or (one and value.islower() and first in _WORD_NAMES_ABROAD and _word_abroad_as_word(text, s))
        or (not named and _a_listed_title(text, s))
        or _LABEL_TO.match(text, s.end)
        or (one and first in _TITLE_ALONE and text[s.end:s.end + 1] == ".")
        or (one and first in ORG_WORDS and not listed_name(first))  # "Atalaia |Seguros|"
        # (fp20) a department alone ("WHERE d.name = 'Sales'", "ask Procurement"): a unit, no one
        or (one and first in _DEPARTMENTS and value[:1].isupper() and not named)
        # (fp20) a noun of German prose alone, no name or place any list holds ("Wohnung im …", "zuzüglich
        # |Nebenkosten|"); a label asking for a person or a greeting before it makes it a name
        or (one and not named and _GERMAN_SPELLED.fullmatch(value) and _a_word_not_a_place(text, s)
            and not _PERSON_OR_PLACE_PREPOSITION.search(text, max(0, s.start - 8), s.start)
            and text[s.end:s.end + 1] not in (":", ",")  # a chat's speaker, a name addressed ("Danke, Engel")
            and not _named_elsewhere(text, lows))
        # (fp20) a page's counter ("Strona 1 z 1", "Seite 2 von 3", "Page 1 of 4")
        or (one and first in _PAGE_WORDS and _PAGE_AFTER.match(text, s.end))
        # (fp20) lower-case words ending on a lower-case function word of the text's other language, none a
        # listed name, in prose that shows case ("|zaliczki na| PIT"): a name ends on no "na"
        or (not one and value.islower() and lows[-1] in stop_words_abroad() and lows[-1] not in NAME_PARTICLES
            and _lower_words_in_cased_prose(text, lows))
        # (fp20) a German article opening words no list holds as names ("|Das Mietverhältnis| beginnt")
        or (not one and words[0] in _GERMAN_ARTICLES and _article_and_nouns(text, lows)
            and not _named_elsewhere(text, lows))
        or (one and first == "head" and _OF_AFTER.match(text, s.end))
        or (not one and lows[-1] in _ROLE_NOUNS and all(map(_ordinary_abroad, lows)))
        # a pronoun of another language as a chat's speaker ("Io: IT50 …", "Ja: ok") or opening a reply
        # ("Utvecklare: Ja, men …"); not an English given name that is a German word ("Will: thanks")
        or (one and first in _function_words() and not value.islower() and first not in _WORD_NAMES and (
            _FIELD_START.search(text, max(0, s.start - 8), s.start) and text[s.end:s.end + 1] == ":"
            or _SAID_BEFORE.search(text, max(0, s.start - 40), s.start) and text[s.end:s.end + 1] == ","))
        or (one and first not in given and _DATE_VALUE.match(text, s.end))
        # a label of English words: an HTTP header ("User-Agent:", "Proxy-Authorization:"), "Date of loss:"
        or ("-" in value and " " not in value and all(w in COMMON_WORDS for w in lows))
        or (one and _FIELD_START.search(text, max(0, s.start - 8), s.start) and _OF_LABEL.match(text, s.end))
        or a_placeholder(text, s)
        or (one and _a_medicine_brand(text, s))
        # (fpper23) a date's words ("Date: Wed Sep 2 …", "On 21 July, …"), a title in title case, a form's
        # label ("Anschrift: …")
        or _a_date(text, s, lows)
        or (not one and _a_title_in_title_case(words, lows))
        or (len(words) <= 2 and not value.islower() and _a_label_of_a_form(text, s, lows, people))
        or (not one and first in _LAW_WORDS and _a_law(lows))
        or _COMPOUND_EPONYM.search(value)  # "Benford-Gesetz", "Alzheimer-Krankheit"
        or (one and _a_word_not_a_name(text, s, value, first))
        or (one and not cued and _a_word_name_as_word(text, s, value, first))
        # a work's title after its noun ("the movie Oppenheimer", "the novel Emma and …")
        or (not named and _a_named_work(text, s))
        # a firm's word before a name ("die Firma Bosch", "la empresa Zara")
        or (not one and first in _FIRM_LEADS and not any(w in given for w in lows[1:]))
        # a title or a firm's name opens with "The" ("The Truman Show", "The Joe Rogan| Experience")
        or (not one and words[0] == "The" and not cued)
        # a place after a place word, or behind an ordinary word on a route ("Route Zurich – Lisbon")
        or (value.lower() in places() and _PLACE_WORD_BEFORE.search(text, max(0, s.start - 6), s.start))
        or (not one and _ordinary_abroad(first) and first not in given
            and (_SPACED_DASH.search(value) or _DASH_NEXT.match(text, s.end))
            and all(w in places() or _ordinary_abroad(w) for w in lows[1:])
            and any(w in places() for w in lows))
        or _an_ordinary_work_word(text, s, value, words, lows, named)
        # (lead27) a mail's, an invite's or a ticket's label ("Cc:", "Passcode:"), a sign-off ("Groetjes,"),
        # a department named in another language ("Recursos Humanos", "Ufficio Paghe", "Servizio Clienti")
        or (one and first in _HEADER_LABELS and text[s.end:s.end + 1] == ":")
        or (len(words) <= 3 and a_sign_off(value) and not any(map(listed_name, lows))
            and _FIELD_START.search(text, max(0, s.start - 8), s.start) and _LINE_END.match(text, s.end))
        or _a_department_abroad(lows)
        # (lead27) a firm's name before or ending in its legal form ("Pinecrest Biolabs LLC", "Ferrovia
        # Digitale S.r.l."), no given name in it ("Maria Lopez GmbH" stays)
        or ((_LEGAL_FORM_AFTER.match(text, s.end) or _LEGAL_FORM_END.search(value))
            and not any(w in given for w in lows))
        # (fp27n) an itinerary's day ("Mon: …\nThu: …"), a form's label of another language ("Puesto: …")
        or (one and first in _DAY_SHORT and _a_day_of_a_schedule(text, s))
        or (len(words) <= 2 and not named and _a_label_of_words(text, s, lows))
        or (not named and (_a_brand_alone(lows) and not _with_people(text, s, people)
                          or _a_public_figure(text, s, value)
                          # a brand that is a person's whole name, listed beside a brand ("Hugo Boss,
                          # |Calvin Klein| and Tommy Hilfiger")
                          or not one and value.lower() in BRANDS and _listed_with_firms(text, s))))


# (lead27) A sign-off's own line ends after it
_LINE_END = re.compile(r"[,.!]?[ \t]*(?:\n|\Z)")
# (lead27) Labels of mail headers, invites and tickets that no English word list holds
_HEADER_LABELS = frozenset(
    "cc bcc passcode passcodes organizer organiser attendees assignee requester".split())
# (lead27) Departments and shared mailboxes as other languages name them ("Recursos Humanos", "Risorse
# Umane", "Biuro Obsługi Klienta", "Suporte Informático"); the joining words of such names in between
_DEPARTMENT_WORDS_ABROAD = frozenset(
    "recursos humanos risorse umane ressources humaines personalabteilung buchhaltung lohnbuchhaltung "
    "vertrieb einkauf kundenservice kundendienst ufficio servizio clienti cliente clientes paghe contabilità "
    "amministrazione acquisti biuro obsługi obslugi klienta kadry księgowość ksiegowosc suporte informático "
    "informatico atención atencion contas pagar receber nóminas nominas compras contabilidad facturación "
    "administración comptabilité achats paie personeelszaken klantenservice inkoop boekhouding "
    "crediteurenadministratie debiteurenadministratie salarisadministratie apoio".split())
_DEPARTMENT_JOINS = frozenset("a al ao à de del della di do da des du e y et und i the of".split())
# (lead27) A firm's legal form after its name ("Pinecrest Biolabs LLC", "Ferrovia Digitale S.r.l."), or after
# capitalised words that follow a town's name opening it ("|Pinecrest| Partner Services GmbH")
_LEGAL_FORM_AFTER = re.compile(rf",?[ \t]+(?:{LEGAL_FORMS})(?![\w/])")
_LEGAL_FORM_END = re.compile(rf"[ \t](?:{LEGAL_FORMS})\Z")
_FIRM_NAME_AFTER = re.compile(rf"(?:[ \t]+[A-Z][\w&'’-]*){{1,3}}{_LEGAL_FORM_AFTER.pattern}")


def _a_department_abroad(lows: list[str]) -> bool:
    from scrubber.recognizers.name_cues import listed_name

    named = [w for w in lows if w not in _DEPARTMENT_JOINS]
    return bool(named) and all(w in _DEPARTMENT_WORDS_ABROAD and not listed_name(w) for w in named)


# (fp27n) A weekday's short form opening a line before a colon, where another line opens with another day so:
# an itinerary's or a rota's day ("Mon: SQ 317 to Singapore\nThu: Tokyo office"), not the given name "Thu"
_DAY_SHORT = frozenset(w for w in ENGLISH_WEEKDAYS if len(w) <= 5)  # ("mon", "tues", "thurs"; not "monday")
_DAY_LABEL = re.compile(r"(?m:^[ \t>]*(?:[-*•][ \t]*)?(?i:(mon|tues?|wed|thur?s?|fri|sat|sun))\.?[ \t]*:)")


def _a_day_of_a_schedule(text: str, s: Span) -> bool:
    if not _FIELD_START.search(text, max(0, s.start - 8), s.start) and not _ITEM_START.search(
            text, max(0, s.start - 8), s.start) or not re.match(r"\.?[ \t]*:", text[s.end:s.end + 4]):
        return False
    days = {m.group(1).lower()[:3] for m in _DAY_LABEL.finditer(text)}
    return len(days) >= 2


def _a_label_of_words(text: str, s: Span, lows: list[str]) -> bool:
    """(fp27n) A form's label of another language opening a line before its colon, whoever found it ("Puesto:
    …\nRequisitos: …": ``a_form_of_words``)."""
    from scrubber.recognizers.name_cues import a_form_of_words

    return text[s.end:s.end + 1] == ":" and bool(_FIELD_START.search(text, max(0, s.start - 8), s.start)) \
        and a_form_of_words(text, lows)


# Departments and functions of a firm, as a unit's name (a person so named has a title or a first name)
_DEPARTMENTS = frozenset(
    "sales marketing finance accounting accounts payroll procurement purchasing legal compliance engineering "
    "operations logistics facilities research hr it helpdesk support".split())
# (fp26n) Words of ordinary work prompts written like names. Teams and functions ("Attendees: Product, Eng,
# Design, QA", "a peer from Field Sales"); a role or a party with a letter for its name ("Rep A", "Vendor B");
# a commit message's type ("- perf: faster load"); a limit's "Max"/"Min" ("Max retries exceeded"); a month
# after a preposition of time ("im Mai", "depuis mai", "Ende März"); a German noun after an article or "im"
# ("die neuen Konditionen", "im Frühjahr"). (A form's labels of another language, "Puesto: …", were tried
# and taken back: a chat's speakers were lost.)
_UNITS = _DEPARTMENTS | frozenset(
    "eng product design qa ux ui ops devops infra infrastructure security platform revops salesops bizops "
    "success".split())
_UNIT_QUALIFIERS = frozenset(
    "field inside outside channel partner enterprise customer product growth".split())
_WORD_AFTER_SPACE = re.compile(r" ([A-Za-z]+)\b")
_WORD_BEFORE_SPACE = re.compile(r"\b([A-Za-z]+) \Z")
_INNER_POSSESSIVE = re.compile(r"['’]s[ \t]+(?=[A-Z])")
_COMMIT_TYPES = frozenset("feat fix chore perf refactor docs style test tests build ci revert deps".split())
_COMMIT_AFTER = re.compile(r"(?:\([\w./-]{1,30}\))?!?:[ \t]")
_ITEM_START = re.compile(r"(?:\A|\n)[ \t]*(?:[-*•][ \t]*|\d{1,3}[.)][ \t]*)?\Z")
_ROLE_AND_LETTER = re.compile(r"[A-Za-z]{2,}[ \t][A-Z]")
_LIMIT_AFTER = re.compile(
    r"[ \t]+(?:retries|retry|attempts|tokens|connections|conns|size|length|len|value|limit|timeout|age|count"
    r"|depth|width|height|items|results|rows|workers|threads|memory|file|files|pool)\b")
_MONTH_BEFORE = re.compile(
    r"(?<![\w-])(?:ab|im|seit|bis|Anfang|Ende|Mitte|anfang|ende|mitte|depuis|dès|début|fin|mi-|desde|hasta"
    r"|since|until|till|vanaf|sinds|tot|od|dal|fino a)[ \t]*\Z")
_GERMAN_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:im|ins|der|die|dem|eine|einen|einem|einer|eines)(?:[ \t]+[a-zäöüß]+){0,2}[ \t]+\Z")


def _an_ordinary_work_word(text: str, s: Span, value: str, words: list[str], lows: list[str],
                           named: bool) -> bool:
    from scrubber.recognizers.date_of_birth import MONTH_NAMES
    from scrubber.recognizers.name_shapes import hand_given, lists
    from scrubber.recognizers.places import places

    given = lists()[0]
    low = lows[0]
    # "Rep A", "Vendor B": an ordinary word no name list holds, then one capital letter
    if _ROLE_AND_LETTER.fullmatch(value):
        return low not in given and not _listed(words[0]) and (low in COMMON_WORDS or low in foreign_words())
    if len(words) > 1:
        if all(w in _UNITS for w in lows):  # "Attendees: Product, Eng, Design, QA"
            return True
        # a public figure owned by a club or a book, or owning a thing ("Real Madrid's Jude Bellingham", "Wolf
        # Hall's Thomas Cromwell", "Napoleon Bonaparte's Continental| System")
        if not named and (own := _INNER_POSSESSIVE.search(value)):
            whole = public_figures()[0]
            owner, owned = value[:own.start()], value[own.end():]
            owner_words = [w.lower() for w in _WORDS.findall(owner)]
            if owned in whole and not any(w in given or w in hand_given() for w in owner_words) \
                    or owner in whole and len(owned.split()) <= 2 \
                    and not any(w.lower() in given or w.lower() in hand_given() for w in owned.split()):
                return True
        # "Field Sales", "Inside Sales", "Customer Success" (not "Ana Sales": a given name)
        return len(words) == 2 and lows[0] in _UNIT_QUALIFIERS and lows[1] in _UNITS \
            and lows[0] not in given and lows[0] not in hand_given()
    # a unit's first word ("|Field| Sales"), or its last after one ("Field |Sales|")
    if value[:1].isupper() and low not in given and (
            low in _UNIT_QUALIFIERS and (m := _WORD_AFTER_SPACE.match(text, s.end))
            and m.group(1).lower() in _UNITS
            or low in _UNITS and (m := _WORD_BEFORE_SPACE.search(text, max(0, s.start - 20), s.start))
            and m.group(1).lower() in _UNIT_QUALIFIERS and m.group(1)[:1].isupper()):
        return True
    # one unit ("- Eng to check with …"), or one in a list of units after a label ("Attendees: Product, Eng")
    if low in _UNITS and value[:1].isupper() and low not in given and (not named or sum(
            w.lower() in _UNITS for w in _WORDS.findall(text, *line_around(text, s))) >= 3):
        return True
    if value.islower() and low in _COMMIT_TYPES and _COMMIT_AFTER.match(text, s.end) \
            and _ITEM_START.search(text, max(0, s.start - 12), s.start):
        return True
    if low in ("max", "min") and value[:1].isupper() and _LIMIT_AFTER.match(text, s.end):
        return True
    if low in MONTH_NAMES and _MONTH_BEFORE.search(text, max(0, s.start - 12), s.start):
        return True
    # (a noun after a German article in prose; t29b: not a name column's cell, "van der |Meulen|")
    if not named and s.score < COLUMN_SCORE and value[:1].isupper() and _GERMAN_SPELLED.fullmatch(value) \
            and not _listed(value) \
            and low not in given and low not in places() \
            and _GERMAN_NOUN_BEFORE.search(text, max(0, s.start - 40), s.start) and prose_abroad(text):
        return True
    return False


# (fpper23) The words of a date, English, and their short forms: a weekday and a month before the day ("Wed
# Sep", "Mon Jan" of a commit's "Date:   Wed Sep 2 10:40:40 2024"), or one beside a day's number ("On 21
# |July|, Annika wrote", "1 |June| 2026", "|May| 3rd"); "June", "May", "April" alone stay names
_DAY_BEFORE = re.compile(r"(?<![\w.,:/-])\d{1,2}(?:st|nd|rd|th|\.)?[ \t]+(?:of[ \t]+)?\Z")
_DAY_AFTER = re.compile(r"[ \t]+\d{1,2}(?:st|nd|rd|th)?(?![\w:.,/-]|[.,][ \t]*\d)"
                        r"(?:[ \t]*,?[ \t]*\d{4}\b)?")
# (lead27) a weekday, a comma and a whole date: a mail client's "When: Fri, 28 Apr 2026" (not "Sun, 34", a
# name and an age)
_DATE_AFTER_COMMA = re.compile(r",[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+[^\W\d_]{3}|[./-]\d{1,2}[./-]\d{2})")
# (fp28h) a US date: the month, the day, a comma and the year ("Jan 27, 2026"), or a weekday, a comma, the
# month and the day ("Thu, Jan 27", "When: Fri, Apr 5, 2026"); a mail's "On Thu, 9 Mar 2026 …, X wrote:"
_US_DAY_AFTER = re.compile(r"[ \t]+\d{1,2}(?:st|nd|rd|th)?,[ \t]*\d{4}\b")
_US_DATE_AFTER_COMMA = re.compile(rf",[ \t]+(?i:{'|'.join(sorted(ENGLISH_MONTHS, key=len, reverse=True))})\.?"
                                  r"[ \t]+\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d)")


def _a_date(text: str, s: Span, lows: list[str]) -> bool:
    if len(lows) == 2 and lows[0] == "on" and lows[1] in ENGLISH_WEEKDAYS:  # (fp28h) "On Thu, 9 Mar …"
        lows = lows[1:]
    if len(lows) == 1 and (lows[0] in ENGLISH_MONTHS and _US_DAY_AFTER.match(text, s.end)
                           or lows[0] in ENGLISH_WEEKDAYS and _US_DATE_AFTER_COMMA.match(text, s.end)):
        return True  # (fp28h) "Thu, Jan 27, 2026"
    if len(lows) == 2:  # a weekday, a month and the day ("Wed Sep 2"; "Jun Sun" is a name)
        return lows[0] in ENGLISH_WEEKDAYS and lows[1] in ENGLISH_MONTHS \
            and bool(_DAY_AFTER.match(text, s.end))
    return len(lows) == 1 and (lows[0] in ENGLISH_WEEKDAYS or lows[0] in ENGLISH_MONTHS) and bool(
        _DAY_BEFORE.search(text, max(0, s.start - 12), s.start) or _DAY_AFTER.match(text, s.end)
        or lows[0] in ENGLISH_WEEKDAYS and _DATE_AFTER_COMMA.match(text, s.end))


_EN_STOP = frozenset(STOP_WORDS)  # ("up" of "Follow-up", "no" of "Employee no.")
# English articles and prepositions, which a title capitalises and a name never holds (not "and": "Mary And
# John"; not "a", "an", "do", "le", "van": initials and names)
_TITLE_WORDS = frozenset(
    "the in of to on at by for from with without under over about into onto upon through across after "
    "before behind beyond between against among around toward towards within not is are vs".split())


def _a_title_in_title_case(words: list[str], lows: list[str]) -> bool:
    """A title written in title case: an English function word capitalised inside the span ("Grace Under
    Pressure", "Chase The Bottleneck", "Faith In Numbers"): an article or a preposition no name list holds,
    and no given name that is no English word ("Meeting With Maria" holds a name)."""
    from scrubber.recognizers.name_cues import listed_name
    from scrubber.recognizers.name_shapes import hand_given

    return not any(w in hand_given() for w in lows) and any(
        w[:1].isupper() and low in _TITLE_WORDS and not listed_name(low)
        for w, low in zip(words[1:], lows[1:], strict=True))


def _a_label_of_a_form(text: str, s: Span, lows: list[str], people: list[Span]) -> bool:
    """Ordinary words of no name list at a line's start before a colon, in a form: three line labels or
    more, this one given once, none a name found (a chat's speakers come back, or are people: "Krankenkasse:
    AOK", "Doğum Yeri: Eskişehir", "Follow-up: chest X-ray"; "Arzt:" beside them is a word too)."""
    from scrubber.recognizers.name_cues import _WORD_NAMES, listed_name

    if not _FIELD_START.search(text, max(0, s.start - 8), s.start) or not _COLON.match(text, s.end) \
            or not all(w in _EN_STOP or _ordinary_abroad(w) for w in lows) \
            or any(listed_name(w) or w in _WORD_NAMES for w in lows):
        return False
    found = list(_LABEL_LINE.finditer(text))
    labels = [m.group(1).lower() for m in found]
    if len(set(labels)) < 3 or labels.count(text[s.start:s.end].lower()) > 1:
        return False
    at = {m.start(1) for m in found} - {s.start}
    return not any(
        p.start in at and not all(map(_ordinary_abroad, _WORDS.findall(text[p.start:p.end].lower())))
        for p in people)


# (fp22) A restaurant's or a café's name opens on its word ("Chez Panisse", "Café Central", "Trattoria Da
# Enzo"); a writing brief's label before its value ("Tone: confident, no buzzwords"); a reporting verb in
# lower case ("what the docs said"), or an ordinary word of the text's other language ("d'exemple");
# Spanish "son" (they are) and the word after it ("los martes son presenciales")
_EATERY_WORDS = frozenset(
    "chez café cafe caffè bistro bistrot brasserie trattoria osteria taverna pizzeria ristorante restaurante "
    "cantina auberge boulangerie pâtisserie patisserie konditorei gasthaus gasthof biergarten".split())
_BRIEF_LABELS = frozenset("tone style voice register length format audience mood goal".split())
_BRIEF_VALUE = re.compile(r"[ \t]*:[ \t]*(?!(?:i|i'm|we|you|hi|hey|hello|ok|okay|yes|no|thanks)\b)[a-z]")
_REPORTING_VERBS = frozenset("said says told asked replied answered wrote added noted stated".split())
_SPANISH_VERB_BEFORE = re.compile(r"(?<![\w'’-])son[ \t]+\Z")


def _a_word_in_use(text: str, s: Span, value: str, lows: list[str]) -> bool:
    one = len(lows) == 1
    if not one and lows[0] in _EATERY_WORDS and value[:1].isupper():
        return True
    if one and lows[0] in _BRIEF_LABELS and _FIELD_START.search(text, max(0, s.start - 8), s.start) \
            and _BRIEF_VALUE.match(text, s.end):
        return True
    if one and value.islower() and lows[0] in _REPORTING_VERBS:
        return not prose_abroad(text)
    # (a lower-case ordinary word of the text's other language, no given name: "Ce fichier d'exemple")
    if one and value.islower() and len(value) >= 4 and lows[0] in foreign_words() \
            and lows[0] not in COMMON_WORDS and not _listed(value.capitalize()):
        return prose_abroad(text)
    # ("son" alone, or one word after it that no list holds: "los martes son |presenciales|"; "mi nombre es
    # guadalupe", "son ana y lucía" stay)
    if one and value.islower() and (lows[0] == "son" or not _listed(value) and _SPANISH_VERB_BEFORE.search(
            text, max(0, s.start - 8), s.start)):
        return prose_abroad(text)
    return False


_PAGE_WORDS = frozenset(
    "page seite strona página pagina sida side sivu sayfa blad stránka oldal".split())
_PAGE_AFTER = re.compile(r"[ \t]+\d{1,4}[ \t]*(?:/|(?i:of|von|z|ze|de|di|van|av|af|sur|från)[ \t])"
                         r"[ \t]*\d{1,4}(?!\w)")


# a word spelled with German's letters only ("Gülşen" is no German noun)
_GERMAN_SPELLED = re.compile(r"[A-Za-zÄÖÜäöüß]+")
# German prepositions a person's or a place's name follows ("an Gute", "nach Zimmern", "mit Sonne")
_PERSON_OR_PLACE_PREPOSITION = re.compile(
    r"(?<![\w-])(?i:in|im|nach|aus|bei|beim|von|vom|an|am|mit|für|zu|zum|zur|über|ab|bis|gegen|via)[ \t]+\Z")
_LOCAL_REST = re.compile(r"[\w.+-]{0,30}@")


def _named_elsewhere(text: str, lows: list[str]) -> bool:
    """A word of the span the text uses as a name elsewhere: after a title ("an Veli Gute … Herrn
    Gute"), or in an e-mail address's local part ("(vgute@…)")."""
    low_text = text.lower()
    for w in lows:
        if len(w) < 4:  # (not "die", "der": any address may hold them)
            continue
        at = low_text.find(w)
        while at >= 0:
            if _LOCAL_REST.match(low_text, at + len(w)) \
                    or _HONORIFIC_BEFORE.search(text, max(0, at - 12), at):
                return True
            at = low_text.find(w, at + 1)
    return False


def _lower_words_in_cased_prose(text: str, lows: list[str]) -> bool:
    """Lower-case words before a function word, none a name any list holds, in prose of another language
    that shows case (its sentences open with a capital): words of that prose, no name written small."""
    from scrubber.recognizers.name_cues import listed_name

    if any(listed_name(w) for w in lows[:-1] if w not in stop_words_abroad()):
        return False
    starts = _SENTENCE_OPENING.findall(text)
    return bool(starts) and sum(c.isupper() for c in starts) * 4 >= len(starts) * 3 and prose_abroad(text)


# the first letter of each sentence (after a line break or a full stop)
_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?][ \t]+|\n[ \t]*)([^\W\d_])")


# German articles and determiners, capitalised as a sentence's first word
_GERMAN_ARTICLES = frozenset(
    "Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine Keinen Keinem Keiner Dieser Diese "
    "Dieses Diesen Diesem Jeder Jede Jedes Jeden Jedem".split())


def _article_and_nouns(text: str, lows: list[str]) -> bool:
    """The words after a German article are none a list holds as a name, in German prose ("Das
    Mietverhältnis", "Die Nebenkosten"; "Das Gupta" is no German and "Die Anna Schulz" holds names)."""
    from scrubber.recognizers.name_cues import listed_name

    return not any(listed_name(w) for w in lows[1:]) and _nouns_capitalised(text) and prose_abroad(text)


_FIRM_LEADS = frozenset(
    "firma company konzern unternehmen hersteller marke société empresa azienda bedrijf".split())


# A medicine's generic name (an international nonproprietary name's stem): its brand stands in brackets
# after it ("edoxaban (Lixiana)", "ibuprofen (Nurofen)") or it in brackets after the brand ("Eliquis
# (apixaban)")
_GENERIC = (r"[a-z]{2,}(?:ban|pril|sartan|olol|statin|prazole|mab|tinib|cillin|mycin|floxacin|conazole|vir"
            r"|dipine|gliptin|gliflozin|glutide|profen|parin|semide|thiazide|tidine|triptan|setron|lukast"
            r"|dronate|azepam|azolam|oxetine|afil|cycline|formin|terol|sonide|asone|olone|tropium|gatran"
            r"|ximab|zumab|umab|ciclib|lisib|platin|taxel|rubicin|azosin|coxib|fenac|tadine)")
_GENERIC_BEFORE = re.compile(rf"(?<![\w-]){_GENERIC}[ \t]*\([ \t]*\Z", re.IGNORECASE)
_GENERIC_AFTER = re.compile(rf"[ \t]*\([ \t]*{_GENERIC}\b", re.IGNORECASE)


def _a_medicine_brand(text: str, s: Span) -> bool:
    """A brand in brackets after a medicine's generic name, or before its generic name in brackets."""
    return bool(_GENERIC_BEFORE.search(text, max(0, s.start - 30), s.start) and text[s.end:s.end + 1] == ")"
                or _GENERIC_AFTER.match(text, s.end))


# A law's or a code's name: "Ley de Enjuiciamiento Civil", "Loi sur la protection …", "Code civil"
_LAW_WORDS = frozenset("ley loi legge lei wet gesetz código codice code ustawa kanun lov lag".split())


def _a_law(lows: list[str]) -> bool:
    """The word for a law, then only the language's ordinary words (no name a list holds beyond the first)."""
    from scrubber.recognizers.name_cues import listed_name

    return all(_ordinary_abroad(w) and not listed_name(w) or w in NAME_PARTICLES for w in lows[1:])


# "Frank feedback", "an earnest question": the adjective, not the name
# (no verb: "Frank reviews the budget" is a person)
_FRANK_AFTER = re.compile(
    r"[ \t]+(?i:discussions?|advice|feedback|conversations?|assessment|opinions?|admission)\b")
# Given names that are words of another language ("la viola", "una gemma", "de roos", "a luz acabou"): in
# lower case after an article or a preposition there, the word (not after an introduction: "aqui é a rosa")
_WORD_NAMES_ABROAD = frozenset(
    "serena sereno stella viola gemma vera aurora luna bianca rosa fortunata felice celeste chiara marina "
    "alba gioia speranza grazia perla ambra giada margherita primavera domenica natale pace luce sole fiore "
    "paz luz sol mar flor esperanza consuelo dolores pilar rocío amparo soledad blanca clara alegría "
    "victoria gloria estrella vitória graça esperança glória estrela branca roos lelie hoop iris violette "
    "marguerite aurore claire blanche".split())
_ARTICLE_ABROAD_BEFORE = re.compile(
    r"(?<![\w'’-])(la|il|lo|una|un|uno|della|nella|sulla|alla|dalla|el|los|las|del|al|a|o|as|os|um|uma|da"
    r"|do|na|no|het|een|de)[ \t]+\Z")
_INTRODUCTION_BEFORE = re.compile(
    r"(?<![\w'’-])(?:é|è|es|sono|soy|sou|ist|est|is|ecco|aqui|qui|hier)[ \t]+\Z")


def _word_abroad_as_word(text: str, s: Span) -> bool:
    article = _ARTICLE_ABROAD_BEFORE.search(text, max(0, s.start - 12), s.start)
    return bool(article) and not _INTRODUCTION_BEFORE.search(text, max(0, article.start() - 12),
                                                              article.start()) and prose_abroad(text)


# Hindi written in Latin letters (a Hinglish chat: "wifi phir se down |hai|, … raise |kiya hai|"): its
# function words in lower case are no one's name; the text is Hinglish when three of the longer ones stand
# in it
_HINGLISH = frozenset(
    "hai hain tha thi kiya kiye karo karna raha rahi rahe nahi nahin kya ka ki ke ko ne se bhi aur wala wali "
    "phir abhi woh yeh jayega gaya hoga".split())
_HINGLISH_MARKS = frozenset(w for w in _HINGLISH if len(w) >= 3)


def _hinglish(text: str) -> bool:
    return len(_HINGLISH_MARKS.intersection(_WORDS.findall(text))) >= 3


# A German compound of a name and an eponym's noun, as the span's last word
_COMPOUND_EPONYM = re.compile(
    r"-(?:Prinzip|Krankheit|Syndrom|Gesetz|Effekt|Verteilung|Algorithmus|Preis|Diagramm|Skala|Kurve)\Z")
# The names that stand for anyone in examples, forms and law: "Jane Doe", "Max Mustermann", "Joe Bloggs"
_PLACEHOLDERS = frozenset(
    "john doe|jane doe|janet doe|johnny doe|baby doe|richard roe|jane roe|joe bloggs|fred bloggs|"
    "max mustermann|erika mustermann|maxi musterfrau|hans muster|ola nordmann|kari nordmann|"
    "fulano de tal|fulana de tal|fulano|beltrano|sicrano|mengano|zutano|perengano|"
    "jan modaal|john q. public|john q public|joe schmoe|average joe|"
    "tizio|sempronio|monsieur tartempion|tartempion|medelsvensson|otto normalverbraucher|"
    "taro yamada|yamada taro|hanako yamada|yamada hanako|a. n. other|jan kowalski|anna kowalska|"
    "juan dela cruz|juana dela cruz".split("|"))
_PLACEHOLDER = re.compile(r"(?<![\w-])(?i:" + "|".join(
    re.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(_PLACEHOLDERS, key=len, reverse=True))
    + r")(?![\w-])")


_PLACEHOLDER_WORDS = frozenset(w for p in _PLACEHOLDERS for w in _WORDS.findall(p))
# Placeholders that are also many real people's names (Poland's and Japan's most common ones): a customer of
# that name in a JSON export is a person; only an example's cue before them makes them a placeholder.
_REAL_TOO = frozenset(
    "jan kowalski|anna kowalska|taro yamada|yamada taro|hanako yamada|yamada hanako|juan dela cruz|"
    "juana dela cruz".split("|"))
_SETTING_BEFORE = re.compile(r"[\w.-]+[ \t]*=[ \t]*[\"']?\Z")


def a_placeholder(text: str, s: Span) -> bool:
    """The span is a placeholder's name or a part of one ("Jane| Doe") in data: a JSON value, a setting
    ("DEFAULT_USER=Jane Doe"). In prose it may be a person's ("Customer John Doe (john@…)" is one in
    third-party data)."""
    first = _WORDS.search(text, s.start, s.end)  # (one word looked up first: most spans are no placeholder)
    if not first or first.group().lower() not in _PLACEHOLDER_WORDS:
        return False
    around = [m for m in _PLACEHOLDER.finditer(text, max(0, s.start - 24), s.end + 24)
              if m.start() <= s.start and s.end <= m.end()]
    if not around:
        return False
    if all(" ".join(m.group().lower().split()) in _REAL_TOO for m in around):  # only with an example's cue
        return _EXAMPLE_BEFORE.search(text, max(0, s.start - 160), s.start) is not None
    start, end = line_around(text, s)
    return bool(_DATA_LINE.search(text[start:end])
                or _SETTING_BEFORE.search(text, max(0, s.start - 40), s.start)
                or _EXAMPLE_BEFORE.search(text, max(0, s.start - 160), s.start))


# (fp20) What marks a text or a field as an example, a sample or a template, shortly before a placeholder's
# name: "e.g. Jane Doe", "SAMPLE CV – FOR ILLUSTRATION ONLY\n\nJOE BLOGGS", "WZÓR … Imię i nazwisko: Jan
# Kowalski", "an example of a filled-in greeting: "Hi Jane Doe"". Without one a placeholder's name in prose
# may be a person's ("Customer John Doe (john@…)" is one in third-party data).
_EXAMPLE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?i:e\.[ \t]?g\.|eg:|z\.[ \t]?b\.|np\.|p\.[ \t]?ej\.|p\.[ \t]?ex\.|ad[ \t]es\.)"
    r"|(?i:sample|samples|example|examples|for[ \t]+illustration|illustrative|placeholder|dummy|fictional"
    r"|fictitious|muster|beispiel|wzór|wzor|przykład|przykładowy|przykładowe|exemple|ejemplo|esempio"
    r"|voorbeeld|exempel|modelo)(?![\w-]))")


# Names that are English words ("bill", "mark", "will"), in a text that shows no case: a noun after a
# determiner ("the gas bill", "THIS BILL"), a verb opening a sentence before its object ("mark it on the
# calendar", "MARK MY WORDS", "will you grab milk")
_DETERMINED = re.compile(
    r"(?<![\w'’-])(?i:the|this|that|these|those|a|an|my|your|our|their|its|ur|no|any|every|each|another)"
    r"[ \t]+(?:[^\W\d_]+[ \t]+)?\Z")
_VERB_NAMES = frozenset("mark bill will chase hope rob pat jack drew grace".split())
_OBJECT_AFTER = re.compile(r"[ \t]+(?i:it|me|my|them|us|you|this|that|these|those)(?![\w'’])"
                           r"(?![ \t]+(?i:is|was|has|had|are|were|said|says)\b)")
_TURN_START = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*|:[ \t]+)\Z")


def _a_word_not_a_name(text: str, s: Span, value: str, low: str) -> bool:
    """A name that is an English word, written in lower case (or in a text in capitals), used as the word:
    a noun after a determiner, a verb opening a sentence before its object. "thx mark, it's fixed", "tell
    mark it was late", "ask Bill" stay names."""
    from scrubber.recognizers.name_cues import _WORD_NAMES

    if low not in _WORD_NAMES or not (value.islower() or value.isupper() and _shouted(text)):
        return False
    if _DETERMINED.search(text, max(0, s.start - 30), s.start):
        before = text[max(0, s.start - 30):s.start]
        # (in lower case after a determiner it is the word wherever the text shows case: "move the holly")
        return value.islower() or before.isupper() or not any(c.isalpha() for c in before)
    if low not in _VERB_NAMES:
        return False
    # (fp19) a verb before a determiner too, opening a sentence or after a request's words ("rob the piggy
    # bank", "can you bill the client", "pls mark the invoice", "…, chase the plumber, mark the dentist")
    return bool(_OBJECT_AFTER.match(text, s.end) or _DETERMINER_AFTER.match(text, s.end)) \
        and bool(_TURN_START.search(text, max(0, s.start - 4), s.start)
                 or _REQUEST_BEFORE.search(text, max(0, s.start - 12), s.start))


_REQUEST_BEFORE = re.compile(r"(?:(?<![\w'’-])(?i:you|to|please|pls|plz|then|also|can|could|should|must"
                             r"|gonna|lets|let's|i'll|we'll)[ \t]+|,[ \t]*)\Z")


# English phrases that open with a given name that is a word ("Grace period", "Amber alert", "Bill of
# materials", "Rose gold"): the name's word and the words that may follow it
_WORD_NAME_PHRASES = {
    "grace": frozenset("period periods note notes".split()),
    "amber": frozenset("alert alerts warning warnings light lights status flag flags rating zone level"
                       .split()),
    "bill": frozenset("of pay payment payments run runs".split()),
    "rose": frozenset("gold wine quartz garden gardens petals water bush bushes".split()),
    "hope": frozenset("chest".split()),
    "ruby": frozenset("on gem gems script version".split()),
    "olive": frozenset("oil green branch drab".split()),
    "ginger": frozenset("ale beer tea biscuits root".split()),
    "sage": frozenset("green advice".split()),
    "jade": frozenset("green plant".split()),
    "pearl": frozenset("white necklace earrings".split()),
    "ivy": frozenset("league".split()),
    "summer": frozenset("sale sales term holidays holiday break collection schedule hours season internship "
                        "internships camp school menu edition release solstice months intake".split()),
    "autumn": frozenset("sale sales term holidays holiday break collection schedule hours season intake "
                        "edition release".split()),
    "will": frozenset("power".split()),
    "chance": frozenset("of".split()),
    "chase": frozenset("payment payments up".split()),
    "justice": frozenset("system department ministry".split()),
    "liberty": frozenset("bell".split()),
    "patience": frozenset("please".split()),
}
# ... and after a name that is a verb opening a sentence: an object or a determiner ("Mark the tickets as
# done", "Bill the client", "Will the release ship?", "Hope this helps"); "Mark is out", "Will, the …" are
# people
_DETERMINER_AFTER = re.compile(r"[ \t]+(?:the|a|an|all|our|your|their|each|every|any|some|as)(?![\w'’])"
                               r"(?![ \t]+(?:is|was|has|had|are|were|said|says)\b)")


def _a_word_name_as_word(text: str, s: Span, value: str, low: str) -> bool:
    """A capitalised given name that is an English word, used as the word: at a sentence's start, a verb
    before its object or a determiner ("Mark the tickets", "Will the release ship?", "Hope this helps"); a
    word opening one of its phrases ("Grace period", "Amber warnings", "Bill of materials", "Rose Gold")."""
    from scrubber.recognizers.name_cues import _WORD_NAMES

    if low not in _WORD_NAMES or not value[:1].isupper() or not value[1:].islower():
        return False
    nxt = _WORD_NEXT.match(text, s.end)
    if nxt and nxt.group(1).lower() in _WORD_NAME_PHRASES.get(low, ()):
        return True
    if low not in _VERB_NAMES:
        return False
    if _TURN_START.search(text, max(0, s.start - 4), s.start):  # (a chat's turn too: "ops: Mark the …")
        return bool(_OBJECT_AFTER.match(text, s.end) or _DETERMINER_AFTER.match(text, s.end))
    # (after "and", "then", "please": a second order, "… and Bill them for the damage", "Please Bill the
    # customer"; "Ask Jane and Mark the questions" has no order before "and")
    joined = _ORDER_JOIN_BEFORE.search(text, max(0, s.start - 8), s.start)
    return bool(joined) and bool(_PRONOUN_OBJECT_AFTER.match(text, s.end) or joined.group().lower()[:3] in (
        "ple", "pls", "the") and _DETERMINER_AFTER.match(text, s.end))


_ORDER_JOIN_BEFORE = re.compile(r"(?<![\w'’-])(?i:and|then|please|pls|also)[ \t]+\Z")
_PRONOUN_OBJECT_AFTER = re.compile(r"[ \t]+(?:them|us|me|him|it)(?![\w'’])"
                                   r"(?![ \t]+(?:is|was|has|had|are|were|said|says)\b)")


# A work's noun before its title ("the movie Oppenheimer", "the novel Emma"); the title ends there (a
# relative clause goes on: "the book Maria lent me" names her)
_WORK_BEFORE = re.compile(
    r"(?<![\w-])(?i:the|a|an|this|that|my|our|your)[ \t]+(?:[^\W\d_]+[ \t]+)?(?i:movie|film|novel|book|song"
    r"|album|single|series|show|sitcom|podcast|musical|opera|documentary|episode|track|poem|ballad|painting"
    r"|videogame|biopic|anime|cartoon|miniseries|tv[ \t]+series|tv[ \t]+show)[ \t]+\Z")
_TITLE_ENDS = re.compile(r"(?:['’]s)?(?:[ \t]*(?:[,.;:!?)\]]|\Z)|[ \t]+(?:and|or|vs\.?|versus|by|with|from"
                         r"|stars|starring)\b)")


def _a_named_work(text: str, s: Span) -> bool:
    return bool(_WORK_BEFORE.search(text, max(0, s.start - 40), s.start) and _TITLE_ENDS.match(text, s.end))


def _shouted(text: str) -> bool:
    """Most of the text's letters are capitals (a text in capitals has no case to tell a name by)."""
    letters = [c for c in text[:400] if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _ordinary_abroad(low: str) -> bool:
    return low in foreign_words() or low in COMMON_WORDS or low in stop_words_abroad()


def _with_people(text: str, s: Span, people: list[Span]) -> bool:
    """A name joined to another that is no brand: "then Bosch and Maria left" (a list of people)."""
    return any(p is not s and _JOINED.fullmatch(text[min(s.end, p.end):max(s.start, p.start)] or "-")
               and not _a_brand_alone([w.lower() for w in _WORDS.findall(text[p.start:p.end])])
               and not_firms(text, [p])  # (a firm is no person: "Disney y Wells Fargo")
               for p in people)


_JOINED = re.compile(r"[ \t]*(?:,|&|\b(?:and|und|et|y|e|or)\b)[ \t]*")


def _a_brand_alone(lows: list[str]) -> bool:
    """One brand ("Dyson", "Kellogg's"), or brands joined ("Zara y Ferrari"): no person's name beside them."""
    # (the "s" of a possessive: "Kellogg's")
    # (a brand listed with its possessive, "sainsbury's", is the brand written without it too)
    return any(w in BRANDS or w + "'s" in BRANDS for w in lows) \
        and all(w in BRANDS or w + "'s" in BRANDS or w in NAME_PARTICLES or w == "s" for w in lows)


# Contact data on a line: an e-mail address or a phone number's run of nine digits or more (not a life's
# years, "Nelson Mandela (1918-2013)")
# (its phone number's branch alone: where no "@" stands, the e-mail's cannot match)
_PHONE_RUN = re.compile(r"\+?\d(?:[ ().-]{0,2}\d){8,}")
_CONTACT_ON_LINE = re.compile(r"[\w.+-]+@[\w-]+\.\w|" + _PHONE_RUN.pattern)


def _contact_on_line(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``_CONTACT_ON_LINE.search(text, start, end)`` finds anything, searched only where it can: the
    e-mail branch only where an "@" stands between ``start`` and ``end``, the phone branch only where a digit
    does (both branches tried at every word character cost ~30 µs a line; most lines have neither)."""
    end = len(text) if end is None else end
    part = text[start:end]
    if "@" in part:
        return _CONTACT_ON_LINE.search(text, start, end) is not None
    if part.isascii() and not any(map(part.__contains__, "0123456789")):  # (\d: in ASCII, these alone)
        return False
    return _PHONE_RUN.search(text, start, end) is not None


@cache
def _all_figures() -> str:
    return "\n".join(sorted(public_figures()[0]))


@lru_cache(maxsize=4096)
def _in_all_figures(value: str) -> bool:
    """``value in _all_figures()``, remembered: a miss scans all 16,000 characters (~15 µs), and one span's
    value is asked about up to three times (``_a_public_figure``), names recur within and across texts."""
    return value in _all_figures()


def _a_public_figure(text: str, s: Span, value: str) -> bool:
    """A public figure's whole name, a part of one written whole around it ("Johann Sebastian| Bach"), or a
    family name that names the figure alone ("Einstein"); the office the news gives the figure may open the
    span ("Treasury Secretary Scott Bessent", "|Secretary Scott| Bessent", "Nvidia CEO Jensen Huang")."""
    if _contact_on_line(text, *line_around(text, s)):
        return False  # a namesake with an address or number on its line ("Sanna Marin, sanna@corp.fi")
    whole, alone = public_figures()
    if value in whole or value in alone:
        return True
    words = value.split()
    # a figure's whole name, then a capitalised word: a place or a thing named after the figure ("Anne Frank
    # House", "Martin Luther King Jr. Memorial")
    if len(words) > 2 and words[-1][:1].isupper() and any(" ".join(words[:n]) in whole
                                                          for n in range(2, len(words))):
        return True
    if _an_office(words) and _a_figure_next(text, s.end, whole):  # "|ECB President| Christine Lagarde"
        return True
    for i in range(1, min(len(words), 5)):
        if not _an_office(words[:i]):
            break
        rest = value[value.index(words[i], len(" ".join(words[:i]))):]
        if rest in whole or _in_a_figure(text, s.end - len(rest), s.end, rest):
            return True
    # ordinary words before a figure's name, a possessive after it ("Summarise |Churchill's", "die
    # Relativitätstheorie von |Albert Einstein", "Goethe's| Faust")
    own = _POSSESSIVE_END.search(value)
    core = value[:own.start()] if own else value
    owned = bool(own) or text.startswith(("'s", "’s"), s.end)
    parts = core.split()
    for i in range(len(parts)):
        if i and not _ordinary_abroad(parts[i - 1].lower()) and parts[i - 1] not in NAME_PARTICLES:
            break
        inner = " ".join(parts[i:])
        if (i or own) and (inner in whole or inner in alone) or owned and _a_figures_family_name(inner):
            return True
    # a figure's family name listed beside a figure ("Einstein and |Bohr|", "Mozart, Beethoven and |Bach|")
    if len(words) == 1 and _a_figures_family_name(value):
        beside = [m.group(1) for m in (_FIGURE_JOINED_NEXT.match(text, s.end), _FIGURE_JOINED_BEFORE.search(
            text, max(0, s.start - 40), s.start)) if m]
        if any(b in whole or b in alone for b in beside):
            return True
    # a figure's family name alone, the figure named whole in the text ("Friedrich Merz met … Merz said")
    if len(words) == 1 and value[:1].isupper() and _in_all_figures(value) and any(
            name.endswith(" " + value) and name in text for name in _figures_with(value)):
        return True
    return _in_a_figure(text, s.start, s.end, value) or _among_figures(text, s)


_FIGURE_JOIN = r"(?:,[ \t]*|,?[ \t]+(?:and|or|und|et|y|e|en|och|og|vs\.?|versus)[ \t]+)"
_FIGURE_NAME = r"((?:[A-ZÀ-ÖØ-Þ][\w.-]*[ \t]){0,2}[A-ZÀ-ÖØ-Þ][\w-]*)"
_FIGURE_JOINED_NEXT = re.compile(rf"(?:['’]s)?{_FIGURE_JOIN}{_FIGURE_NAME}")
_FIGURE_JOINED_BEFORE = re.compile(rf"(?<![\w'’.-]){_FIGURE_NAME}(?:['’]s)?{_FIGURE_JOIN}\Z")


# A possessive ending a name, maybe before a work's capitalised title ("Goethe's Faust")
_POSSESSIVE_END = re.compile(r"['’]s?(?:[ \t][A-ZÀ-ÖØ-Þ][\w-]*)?\Z")


def _a_figures_family_name(word: str) -> bool:
    """The last word of a figure's whole name, no given name and no frequent family name ("Churchill",
    "Pavlov", "Freud"; not "Newton", "Skinner", "Darwin"): in the possessive it names the figure."""
    from scrubber.recognizers.name_shapes import lists
    from scrubber.words import surname_ranks

    # (a family name the census ranks, rarer than the 2,000th: one it lacks may be frequent elsewhere, "Li")
    low = word.lower()
    return len(word) >= 4 and " " not in word and low not in lists()[0] \
        and surname_ranks().get(low, 0) >= 2000 \
        and any(name.endswith(" " + word) for name in _figures_with(word))


def _a_figure_next(text: str, end: int, whole: frozenset[str]) -> bool:
    """A figure's whole name (of up to four words) follows ``end`` after a space."""
    if text[end:end + 1] != " ":
        return False
    after = text[end + 1:end + 60].split()
    return any(" ".join(after[:n]).rstrip(",.;:") in whole for n in range(1, 5))


def _in_a_figure(text: str, start: int, end: int, value: str) -> bool:
    """The span lies in a public figure's whole name, written with spaces or, in a link or a file name, with
    underscores ("en.wikipedia.org/wiki/Satya_Nadella")."""
    if not _in_all_figures(value):  # (one C-level search first: most names are in none of them)
        return False
    return any(m.start() <= start and end <= m.end()
               for name in _figures_with(value) if name in text or name.replace(" ", "_") in text
               for m in re.finditer(re.escape(name).replace(r"\ ", "[ _]"), text))


def _an_office(words: list[str]) -> bool:
    """Capitalised words of an office: ordinary ones, an office's, a brand's or an acronym ("Federal Reserve
    Chair", "Treasury Secretary", "Nvidia CEO"); never a title of address ("Dr", "Doctor", "Sir": a private
    namesake is addressed so, "Dr Brad Pitt")."""
    lows = [w.lower().rstrip(".") for w in words]
    return all(w[:1].isupper() for w in words) \
        and not any(w in _TITLE_ALONE or w in _ADDRESSED for w in lows) \
        and all(w in COMMON_WORDS or w in _OFFICES or w in BRANDS or w in _NATIONALITIES
                or words[j].isupper() and len(w) <= 4 for j, w in enumerate(lows))


# (fp19) a nationality before an office: "French President", "German Chancellor", "Italian Prime Minister"
_NATIONALITIES = frozenset(
    "french german british american italian spanish dutch polish russian ukrainian chinese japanese indian "
    "canadian australian brazilian mexican turkish israeli iranian saudi korean south north israeli swiss "
    "austrian belgian swedish danish norwegian finnish irish greek portuguese hungarian argentine "
    "argentinian egyptian nigerian kenyan us uk eu un".split())


# Offices the news puts before a name, which no list of ordinary words holds (they are family names too);
# titles of address are never one ("Doctor", "Sir": a private namesake is addressed so)
_OFFICES = frozenset(
    "president treasury secretary senator congressman congresswoman king queen pope prince princess ceo cfo "
    "cto coo chairman chairwoman chancellor premier vice foreign interior defense defence commerce "
    "attorney justice speaker mayor ambassador envoy archbishop cardinal economy".split())
_ADDRESSED = frozenset("doctor sir dame lord lady mister madam".split())


@lru_cache(maxsize=1024)
def _figures_with(value: str) -> tuple[str, ...]:
    """The figures' whole names that hold ``value`` (given names recur: "Anna", "Jean", "Peter")."""
    return tuple(name for name in public_figures()[0] if value in name)


# ---- a language's own words, in its prose ------------------------------------------------------------------
# A determiner of another language (maybe with an adjective) before one capitalised word makes it a noun:
# "diese E-Mail", "meine neuen Daten", "este Correo" (``plausible`` takes the articles)
_DETERMINER_ABROAD = re.compile(
    r"(?<![\w-])(?:diese|dieser|dieses|diesen|meine|meinen|deine|deinen|unsere|unseren|jede|jeden|jedes|keine"
    r"|cette|votre|vos|notre|nos|este|esta|estos|estas|questo|questa|questi|queste|deze|dit|mijn|onze|dette"
    r"|denne|disse|tämä|tego|moja|moje|kein|keinen|keinem|keiner|keines)[ \t]+(?:[^\W\d_]+[ \t]+)?\Z",
    re.IGNORECASE)
_WORD_NEXT = re.compile(r"[ \t]+([^\W\d_]+)\b")
_ARTICLE_ADJECTIVE = re.compile(
    r"(?<![\w-])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)[ \t]+"
    r"[a-zäöüß]{2,}(?:e|en|er|es|em)[ \t]+\Z")
_SAID_NEXT = re.compile(r"[ \t]*:[ \t]+([A-ZÀ-ÖØ-Þ][^\W\d_]*)[ \t]")
_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)\Z")
_CONJUNCTION = r"(und|oder|et|ou|y|o|e|en|of|og|och|eller|i|oraz|lub|ve|veya)"
_JOINED_NEXT = re.compile(rf"()[ \t]+{_CONJUNCTION}[ \t]+([A-ZÀ-ÖØ-Þ][^\W\d_]+)\b")
_JOINED_BEFORE = re.compile(rf"\b([A-ZÀ-ÖØ-Þ][^\W\d_]+)[ \t]+{_CONJUNCTION}[ \t]+()\Z")


def _words_of_a_language(text: str, s: Span, words: list[str]) -> bool:
    """In prose of another language, a span of its own words, none a hand-listed given name: a lower-case run
    of its stop words ("vill ha"); several words with a function word in lower case ("Sie das Guthaben",
    "kürzen und höflicher"; a name's lower-case words are particles: "Ana das Neves", "maria und peter" are
    names); a stop word alone in lower case that no list holds as a name ("und"); one of two words joined
    by a conjunction ("Sehr geehrte |Damen| und Herren"); a word after a determiner ("diese |E-Mail|"); a
    word no name list holds opening a sentence that goes on in the language ("Potete confermare", "Salaris
    naar"); a form's label ("Morada:")."""
    lows = [w.lower() for w in words if len(w) > 1]  # (not the "E" of "E-Mail")
    # (whether the text is prose of another language is asked last: it reads every word of the text)
    return bool(lows) and _own_words(text, s, words, lows) and prose_abroad(text)


def _own_words(text: str, s: Span, words: list[str], lows: list[str]) -> bool:
    """``_words_of_a_language`` but for the text's language."""
    from scrubber.recognizers.name_cues import listed_name
    from scrubber.recognizers.name_shapes import hand_given

    if len(words) > 1 and words[0].islower() and all(w in stop_words_abroad() for w in lows):
        return True
    if any(w in hand_given() for w in lows):
        return False
    if len(words) > 1:
        joined = any(w.islower() and w in stop_words_abroad() and w not in NAME_PARTICLES for w in words) or (
            any(w.islower() and w in NAME_PARTICLES for w in words)
            and not any(listed_name(w) for w in lows if w not in NAME_PARTICLES))
        if joined and words[0].islower() and not any(map(listed_name, lows)):
            return True
        return all(map(_ordinary_abroad, lows)) and (joined or _a_form_label(text, s))
    word, low = words[0], lows[0]
    if word.islower():  # (not a listed name: "ben: 2580#" is a speaker)
        return low in stop_words_abroad() and not listed_name(low)
    pair = _JOINED_NEXT.match(text, s.end) or _JOINED_BEFORE.search(text, max(0, s.start - 30), s.start)
    if pair and all(_ordinary_abroad(w.lower()) for w in (low, pair.group(1) or pair.group(3))) \
            and pair.group(2) in stop_words_abroad() and pair.group(2) not in NAME_PARTICLES:
        return True
    determiner = _DETERMINER_ABROAD.search(text, max(0, s.start - 30), s.start)
    # (in lower case, or a negation opening a sentence: "Kein |Fließtext|."; not a possessive, which may
    # stand before a first name there: "Meine Lena kommt")
    if determiner and (text[determiner.start():s.start].islower() or (
            text[determiner.start():determiner.start() + 4].lower() == "kein"
            and text[determiner.start() + 1:s.start].islower()
            and _SENTENCE_START.search(text, max(0, determiner.start() - 4), determiner.start()))):
        return True
    # a German noun after an article and an inflected adjective ("den mit der blauen |Packung|"); not a
    # listed name ("der kleinen Anna")
    if _ARTICLE_ADJECTIVE.search(text, max(0, s.start - 30), s.start) and not listed_name(low) \
            and _nouns_capitalised(text):
        return True
    if not _ordinary_abroad(low):
        return False
    # a line's label before a sentence of the language ("Hinweis: Die Stationsleitung …", "Remarque : Le
    # …"); a speaker is a listed name ("Anna: Die Liste …")
    if _FIELD_START.search(text, max(0, s.start - 8), s.start) and (said := _SAID_NEXT.match(text, s.end)) \
            and said.group(1).lower() in stop_words_abroad() and not listed_name(low):
        return True
    after = _WORD_NEXT.match(text, s.end)
    if after and after.group(1).islower() and _ordinary_abroad(after.group(1)) and not listed_name(low) \
            and _SENTENCE_START.search(text, max(0, s.start - 4), s.start):
        return True
    return _a_form_label(text, s)


# ---- labels ------------------------------------------------------------------------------------------------
# Labels that make a text a form or a mail: contact fields and a mail's headers in several languages
_CONTACT_LABELS = frozenset(
    "tel tel. phone telefon telefoon telefone telefono teléfono telephone mobile handy e-mail email e-post "
    "iban adresse address adres endereço dirección indirizzo "
    "from to cc subject date von an betreff objet para asunto assunto oggetto onderwerp aan från till ämne "
    "kimden kime konu od do temat".split())
_LABEL_LINE = re.compile(r"(?m:(?:^|\|)[ \t>]*([^\W\d_][^\n:|]{0,30}?)[ \t]*:)")
_COLON = re.compile(r"[ \t]*:[ \t]*")


def _a_form_label(text: str, s: Span) -> bool:
    """A line's (or a field's, after "|") first words before a colon, in a text whose labels include a
    contact field, a mail header or a person field ("Nome:", "Tel:", "Assunto:"): a form or a mail, not a
    chat (whose labels are its speakers)."""
    from scrubber.recognizers.name_cues import cue_words

    if not _FIELD_START.search(text, max(0, s.start - 8), s.start) or not _COLON.match(text, s.end):
        return False
    labels = {m.group(1).lower() for m in _LABEL_LINE.finditer(text)}
    return any(label in _CONTACT_LABELS or label in cue_words() for label in labels)


def _a_label_before_a_name(text: str, s: Span, lows: list[str], people: list[Span]) -> bool:
    """A label whose value is a person found ("Van: Joost van Dijk (…)", "Medewerker: van Dijk, Noor"):
    ordinary words at a line's start, then a colon and the name."""
    if not _FIELD_START.search(text, max(0, s.start - 8), s.start) or not all(map(_ordinary_abroad, lows)):
        return False
    colon = _COLON.match(text, s.end)
    return bool(colon) and any(p.start == colon.end() for p in people)


# ---- quoted titles -----------------------------------------------------------------------------------------
# What a list of titles is about: songs, films, books, shows, episodes, in several languages; the nouns alone
# for one quoted title ("read", "watch" go with anything: "read the notes and reply to "Maria Lopez"")
_WORK_NOUNS = frozenset(
    "song songs film films movie movies book books novel novels album albums playlist playlists karaoke "
    "película películas pelicula peliculas canción cancion canciones libro libros filme filmes música musica "
    "chanson chansons lieder lied titel boeken liedjes canzone canzoni muziek musik podcast podcasts episode "
    "episodes aflevering afleveringen folge folgen episodio episodios épisode épisodes episodi track tracks "
    "lyrics soundtrack soundtracks concert concerts konzert concierto cine cinema cinéma kino bioscoop "
    "trailer trailers sequel sequels poem poems poema poème poèmes gedicht kapitel capítulo capitulo "
    "capítulos chapitre chapitres hoofdstuk personaje personajes personnage personnages quiz trivia "
    "videogame videogames videojuego videojuegos netflix spotify buch bücher livro livros livre livres roman "
    "romans novela novelas cuento cuentos conte contes märchen sprookje sprookjes".split())
# ... and the words that head a list of titles without quotes ("Filmabend: Toni Erdmann, Lola rennt, …")
_WORK_LISTS = _WORK_NOUNS | frozenset(
    "filmabend filmavond filme filmy filmes seriale serial seriali serien séries tracklist setlist"
    # (fp19) a reading list, a watchlist
    " reading watchlist bookclub".split())
# ... unless the list is of people ("Podcast guests: …", "Cast: …")
_PEOPLE_LIST_WORDS = frozenset(
    "guests guest cast crew hosts host speakers speaker gäste gast invitados invitado ospiti ospite autoren "
    "authors author by von with mit regie director directors starring featuring feat con avec met".split())
_ITEM_BEFORE = re.compile(r"(?:[,:;]|\b(?:or|oder|o|ou|of|lub|albo|and|und|y|e|et|i|eller|eller))[ \t]*\Z")
_ITEM_AFTER = re.compile(r"[!?.]?[ \t]*(?:[,;]|$|[ \t](?:or|oder|o|ou|of|lub|albo|and|und|y|e|et|i|eller)\b)",
                         re.MULTILINE)


def _a_listed_title(text: str, s: Span) -> bool:
    """An item of a list of three or more on a line about films, songs, shows or books, without quotes
    ("Seriale na weekend: Ranczo, Rojst, …", "Playlist: Jolene, Roxanne, Layla"); not a list of people
    ("Podcast guests: …")."""
    if not _ITEM_AFTER.match(text, s.end):
        return False
    start = text.rfind("\n", 0, s.start) + 1
    if not _ITEM_BEFORE.search(text, max(start, s.start - 8), s.start):
        return False
    end = text.find("\n", s.end)
    if text.count(",", start, end if end >= 0 else len(text)) < 2:
        return False
    head = _WORDS.findall(text[max(0, start - 200):s.start].lower())
    if _WORK_LISTS.isdisjoint(head):
        return False
    from scrubber.recognizers.name_cues import cue_words

    before = _WORDS.findall(text[start:s.start].lower())
    return _PEOPLE_LIST_WORDS.isdisjoint(before) and cue_words().isdisjoint(
        w for w in before if w not in _CUE_FUNCTION_WORDS)


_WORKS_ANY = _WORK_NOUNS | frozenset(
    "series serie shows show watch listen read vemos ver guardare vediamo kijken".split())


def _works_near(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    return not words.isdisjoint(_WORDS.findall(text[max(0, start):end].lower()))


_QUOTED_ITEM = r"[\"“„«'][^\"”“„«»'\n]{1,40}[\"”»']"
_QUOTED_LIST = re.compile(
    rf"{_QUOTED_ITEM}(?:[ \t]*(?:,|,?[ \t]+(?:and|or|o|y|e|et|und|oder|of|ou))[ \t]*{_QUOTED_ITEM}){{2,}}")
_OPENING_QUOTES = ("\"", "“", "„", "«", "'", "‘")
# JSON: a brace, an array of strings, a key; a setting's quoted value ("name: "Jane"", "USER='Jane'")
_DATA_LINE = re.compile(r"\{|\[[ \t]*[\"']|[\"'][ \t]*:|^[ \t]*[\w.-]+[ \t]*[:=][ \t]*[\"']")


# One quoted item (not an apostrophe inside a word: "Kellogg's y Ben & Jerry's")
_QUOTED_ONE = re.compile(r"(?<![\w'’])[\"“„«'‘][^\"”“„«»'‘’\n]{1,40}[\"”»'’](?![\w'’])")


def _a_quoted_title(text: str, s: Span) -> bool:
    """An item of a list of three quoted items or more in prose about songs, films or books ("q vemos hoy?
    "Amélie", "Forrest Gump" o "Matilda""), or one quoted item with a noun of such works near it ("vale pues
    "Amélie", empieza a las 8:15 en el cine", "the song "Mr. Brightside""); never in data (JSON, a setting)
    or without such a word ("Invite "Anna Schmidt" and "Ben Okafor"" names people)."""
    # (a quote opens within 40 characters before: most spans have none, and the rest costs more)
    before = text[max(0, s.start - 41):s.start + 1]
    if not any(q in before for q in _OPENING_QUOTES):
        return False
    start, end = line_around(text, s)
    line = text[start:end]
    if _DATA_LINE.search(line):
        return False

    def inside(found: re.Pattern) -> bool:
        return any(m.start() <= s.start - start and s.end - start <= m.end() for m in found.finditer(line))

    # (the words around are looked up in a set: a regex of the works words costs four times as much)
    return inside(_QUOTED_ONE) and (
        _works_near(text, s.start - 200, s.end + 120, _WORK_NOUNS)
        or inside(_QUOTED_LIST) and _works_near(text, s.start - 200, s.start, _WORKS_ANY))


# Goods a maker names in quotes in marketing copy (no person is a "candle" or a "roast"; not "model", "doll")
_GOODS = frozenset(
    "candle candles scent scents fragrance fragrances perfume perfumes blend blends flavour flavours flavor "
    "flavors roast roasts collection collections edition editions colourway colorway shade shades soap soaps "
    "lotion lotions serum serums cocktail cocktails beer beers wine wines gin lipstick lipsticks tea teas "
    "coffee coffees sauce sauces bouquet bouquets".split())
_GOODS_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[,:]?[ \t]*(?:called[ \t]+|named[ \t]+)?[\"“„«'‘]\Z")


def _a_quoted_product(text: str, s: Span) -> bool:
    """The span lies in one quoted item right after a noun of goods ("our new soy candle, "Cedar & Sea
    Salt"", "the blend called "Orange Grove""): the product's name."""
    for m in _QUOTED_ONE.finditer(text, max(0, s.start - 41), min(len(text), s.end + 41)):
        if m.start() < s.start and s.end < m.end():
            goods = _GOODS_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1)
            return bool(goods) and goods.group(1).lower() in _GOODS
    return False


# ---- (fpfig24) fictional characters, lists of figures, a figure's birth ----------------------------------
# Characters of novels, films, games, cartoons and myths (``data/fictional_characters.txt``): one work or
# world a line, its characters, places and titles joined by " | ". A name marked "~" is also a private
# person's ("George", "Dr Watson", "Mr Rochester"): it names the character only beside an unmarked name of
# the same work ("Peppa Pig and |George|", "Sherlock Holmes … Dr |Watson|"). So is, unmarked, one word a
# list holds as a name, a place or a word ("Ariel", "Berlin", "Mole"), and a name of listed names only
# ("Michael Scott", "Miss |Honey|"), unless marked "!" ("!Harry Potter": famous beyond any namesake).
_NAME_PARTS_SKIPPED = frozenset(
    "the of and mr mrs ms miss dr doctor professor prof madame mme monsieur inspector captain uncle aunt sir "
    "lady lord count father mother sister brother don doña señor frau herr de da van von der le la "
    # (kin: "Grandpa Joe" may be anyone's)
    "grandpa grandma granny grandad granddad nana papa mama daddy mummy mommy auntie cousin".split())


@cache
def _characters() -> tuple[frozenset[str], dict[str, frozenset[int]], tuple[frozenset[str], ...]]:
    """(names that name a character alone, works of each name that needs its work's company, each work's
    names that name it alone)."""
    from scrubber.words import _DATA

    alone: set[str] = set()
    marked: dict[str, set[int]] = {}
    works: list[frozenset[str]] = []
    for line in (_DATA / "fictional_characters.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names = [n.strip() for n in line.split("|") if n.strip()]
        tagged = {n[1:] for n in names if n.startswith("~")}
        unmarked = frozenset(n.lstrip("!") for n in names if n.startswith("!") or not (
            n.startswith("~") or n in tagged or _a_namesakes_name(n)))
        alone |= unmarked
        for n in names:
            if n.lstrip("~!") not in unmarked:
                marked.setdefault(n.lstrip("~!"), set()).add(len(works))
        works.append(unmarked)
    alone -= set(marked)  # (a name some line marks is marked everywhere: "Ash", "Steve")
    return frozenset(alone), {k: frozenset(v) for k, v in marked.items()}, tuple(works)


def _a_namesakes_name(name: str) -> bool:
    """One word a list holds as a name, a place or a word; or several, each a listed name."""
    from scrubber.recognizers.name_cues import listed_name
    from scrubber.recognizers.places import places

    words = [w for w in _WORDS.findall(name) if w.lower() not in _NAME_PARTS_SKIPPED]
    if not words:
        return True
    if len(words) == 1:
        low = words[0].lower()
        return listed_name(low) or low in places() or _ordinary_abroad(low) or _listed(words[0])
    return all(listed_name(w.lower()) for w in words)


# A title a character's name may carry in the span or before it ("Miss Honey", "Dr |Watson|")
_CHARACTER_TITLE = re.compile(
    r"(?<![\w-])(Mr|Mrs|Ms|Miss|Dr|Doctor|Professor|Prof|Madame|Mme|Monsieur|Inspector|Captain|Uncle|Aunt"
    r"|Sir|Lady|Lord|Count|Father|Mother|Sister|Brother|Don|Doña|Señor|Frau|Herr)\.?[ \t]+\Z")
_HYPHENED = re.compile(r"(?:-[^\W\d_]+)*")
_POSSESSIVE = re.compile(r"(?:['’]s?)\Z")
# Kin or a possessive before the name: the speaker's own ("my son |George| loves Peppa Pig")
_OWN_BEFORE = re.compile(r"(?<![\w-])(?i:my|our|your)[ \t]+(?:[^\W\d_]+[ \t]+)?\Z")


def _a_character(text: str, s: Span) -> bool:
    """(fpfig24) A fictional character's name (or a place of the story) as the list writes it, the title
    before the span included ("Miss Honey", "Dr Watson", "Paddington Bear", "221B Baker Street"); a marked
    one only with an unmarked name of its work in the text. Never after a greeting or a person's label
    ("Dear Dr Watson,", "Customer: Harry Potter"), with contact data on the line, or after "my"."""
    value = _POSSESSIVE.sub("", text[s.start:s.end].strip().rstrip(".,;:!?"))
    if not value:
        return False
    alone, marked, works = _characters()
    start = s.start
    keys = [value]
    if text[s.end:s.end + 1] == "-":  # (a name the model ends at a hyphen: "|Winnie|-the-Pooh")
        keys.append(value + _HYPHENED.match(text, s.end).group())
    if title := _CHARACTER_TITLE.search(text, max(0, s.start - 12), s.start):
        keys.insert(0, f"{title.group(1)} {value}")
        start = title.start()
    key = next((k for k in keys if k in alone or k in marked), None)
    if key is None:
        return False
    from scrubber.recognizers.name_cues import _GREETING_BEFORE

    before = text[max(0, start - 40):start]
    if _GREETING_BEFORE.search(before[-14:]) or _person_label(before) \
            or _contact_on_line(text, *line_around(text, s)):
        return False
    if key in alone and s.type == "PERSON":
        return True
    if _OWN_BEFORE.search(text, max(0, start - 30), start):
        return False
    homes = marked.get(key) or frozenset(i for i, work in enumerate(works) if key in work)
    return any(_named_in(text, name, s) for w in homes for name in works[w] if name != key) \
        or _among_characters(text, s, key, homes)


def _a_story_place(text: str, s: Span, characters: list[Span]) -> bool:
    """(fp29) A place no list holds, in the sentence of a character's name ("Anne Shirley arrived at |Green
    Gables| on the train to |Avonlea|"): the story's. A place with a number stays."""
    if s.type != "LOCATION" or _a_place(text[s.start:s.end]) or any(c.isdigit() for c in text[s.start:s.end]):
        return False
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, s.start - 200), s.start)), default=0)
    end = (m.start() if (m := _CLAUSE_END.search(text, s.end)) else len(text))
    return any(c.type == "PERSON" and begin <= c.start and c.end <= end for c in characters)


def _among_characters(text: str, s: Span, key: str, homes: frozenset[int]) -> bool:
    """(fp29) A text about fiction: two names of other works of the list are written elsewhere, each a name
    that needs no company ("Heathcliff", "Tyrion Lannister", "Jane Austen"), and ``key`` is no lone given
    name ("Elizabeth Bennet", "Pemberley" are the characters there; "Charlie" may be the reader's child)."""
    from scrubber.recognizers.name_cues import listed_name

    if " " not in key and listed_name(key.lower()):
        return False
    works = _characters()[2]
    named = {name for w, names in enumerate(works) if w not in homes
             for name in names if name in text and _named_in(text, name, s)}
    return len(named) >= 2


def _named_in(text: str, name: str, s: Span) -> bool:
    """``name`` written whole in the text, not where the span is."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (text[at - 1:at].isalnum() or text[end:end + 1].isalnum()) and not (at <= s.start < end):
            return True
        at = text.find(name, at + 1)
    return False


# A list's items: a line's or a sentence's names joined by commas or "and" ("Include: Ada Lovelace, Seamus
# Heaney, Wole Soyinka and Jacinda Ardern. Mix …"); a sentence ends after a word's full stop, a label's colon
_LIST_BOUND = re.compile(r"(?:(?<=[^\W\d_]{2}[.!?])|:)[ \t]+")
_ITEM_JOIN = re.compile(r"[ \t]*(?:[,;&]|(?<![\w-])(?:and|or|und|et|y|e|en|och|og|vs\.?)(?![\w-]))[ \t]*")
_NAME_RUN = (r"(?:(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|de|da|do|dos|van|von|der|den|del|di|la|le|bin|ibn|al|the)"
             r"[ \t]+){0,4}[A-ZÀ-ÖØ-Þ][\w.'’-]*")
_NAME_LAST = re.compile(rf"(?<![\w'’.-]){_NAME_RUN}\Z")
_NAME_FIRST = re.compile(_NAME_RUN)


def _among_figures(text: str, s: Span) -> bool:
    """(fpfig24) One of three names or more listed on a line, the others mostly public figures or
    characters, two at least ("Include: Ada Lovelace, Seamus Heaney, Marie Curie and Frida Kahlo"): a quiz's
    or an essay's topics, a name unknown to the lists among them too. (A person's label or a greeting before
    the name, or contact data on its line, keeps it: ``_not_a_person``'s ``named``, ``_a_public_figure``.)"""
    start, end = line_around(text, s)
    start, end = max(start, s.start - 300), min(end, s.end + 300)  # (a long line: its neighbourhood)
    for m in _LIST_BOUND.finditer(text, start, s.start):
        start = m.end()
    if (stop := _LIST_BOUND.search(text, s.end, end)) is not None:
        end = stop.start()
    joins = list(_ITEM_JOIN.finditer(text, start, end))
    if len(joins) < 2:
        return False
    bounds = [start] + [x for j in joins for x in (j.start(), j.end())] + [end]
    items = []  # each item's name, or None where the list breaks
    mine = None
    for i in range(0, len(bounds), 2):
        a, b = bounds[i], bounds[i + 1]
        part = text[a:b]
        if i == 0:
            found = _NAME_LAST.search(part)
        elif i == len(bounds) - 2:
            found = _NAME_FIRST.match(part)
        else:
            found = _NAME_FIRST.fullmatch(part)
        if found and a + found.start() <= s.start and s.end <= a + found.end():
            mine = len(items)
        items.append(_POSSESSIVE.sub("", found.group()) if found else None)
    if mine is None:
        return False
    lo = hi = mine  # the run of names around the span
    while lo > 0 and items[lo - 1]:
        lo -= 1
    while hi + 1 < len(items) and items[hi + 1]:
        hi += 1
    others = items[lo:mine] + items[mine + 1:hi + 1]
    whole, alone = public_figures()
    known = sum(n in whole or n in alone or n in _characters()[0] for n in others)
    return len(others) >= 2 and known >= 2 and known * 2 >= len(others)


# A figure's birth after the name ("Nelson Mandela was born 18 July 1918 in Mvezo", "Marie Curie (born
# 7 November 1867 in Warsaw)"); the clause ends at a sentence's end or a bracket
_BORN_AFTER = re.compile(
    r"(?:['’]s)?[ \t]*(?:,[ \t]*|\([ \t]*)?(?:who[ \t]+)?(?:was[ \t]+|is[ \t]+)?"
    r"(?:born|née|né|geboren|nacid[oa]|nat[oa]|nascid[oa])(?![\w-])")
_CLAUSE_END = re.compile(r"(?<=[^\W\d_]{2})[.!?](?:\s|\Z)|[\n);]")


def _not_a_figures_birth(text: str, spans: list[Span], dropped: list[Span]) -> list[Span]:
    """(fpfig24) ``spans`` less the birth date and birthplace after a public figure's or a character's name
    ("Emmeline Pankhurst was born 15 July 1858 in Moss Side, Manchester"): a topic's facts, when the text
    names no person who stays and holds no contact data (a private namesake's form keeps them)."""
    if any(s.type == "PERSON" for s in spans) or _contact_on_line(text):
        return spans
    facts = []
    for p in dropped:
        born = _BORN_AFTER.match(text, p.end)
        if born is None or not (_a_public_figure(text, p, text[p.start:p.end]) or _a_character(text, p)):
            continue
        end = _CLAUSE_END.search(text, born.end())
        facts.append((born.end(), end.start() if end else len(text)))
    if not facts:
        return spans
    return [s for s in spans if s.type not in ("DATE_OF_BIRTH", "LOCATION")
            or not any(a <= s.start and s.end <= b for a, b in facts)]
