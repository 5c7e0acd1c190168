"""A detection copy of a text without the separators people paste (issue #13), and the way back.

Non-breaking and thin spaces, en dashes, non-breaking and soft hyphens, zero-width spaces and word joiners
hide cards, SSNs, e-mails and keys from patterns written for ASCII; ``name [at] example [dot] com`` hides an
e-mail; JSON escaped inside a string (``{\\"token\\":\\"…\\"}``) hides a key's name from its value; JSON's
``\\u00e9`` escapes, percent-encoded UTF-8 (``Jos%C3%A9``) and form values joined by "+" hide a name or a
street from every pattern and from the model (an agent's tool result, an API response or a logged URL pasted
raw).
Detection runs on a copy with those replaced; ``Normalized.span`` maps each span back to the
original offsets, so the original text (with its odd characters) is what gets replaced.
"""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

# Width-less characters: removed from the copy.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"
# Spaces and dashes of other widths: replaced one for one.
_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
# Fullwidth ASCII (ｍａｒｉａ＠ｅｘａｍｐｌｅ．ｃｏｍ, ０７８): their ASCII twins.
_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F) if chr(c) not in _DASHES}
_ONE_FOR_ONE = str.maketrans({**{c: " " for c in _SPACES}, **{c: "-" for c in _DASHES}, **_FULLWIDTH})
_ODD = re.compile(f"[{_INVISIBLE}{_SPACES}{_DASHES}\uff01-\uff5e]")
# HTML character references in pasted pages and tool results (maria&#64;example.com): the character.
_HTML_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});")
# Percent-encoding in links pasted into prose (?name=Maria%20Gonzalez&mail=maria%40example.com).
_PERCENT = re.compile(r"%[2-7][0-9A-Fa-f]")
# ... and a letter beyond ASCII percent-encoded as UTF-8 (Jos%C3%A9, Toru%C5%84, %E5%B1%B1): the letter.
_PERCENT_UTF8 = re.compile(r"(?:%[cdCD][0-9a-fA-F]|%[eE][0-9a-fA-F](?:%[89abAB][0-9a-fA-F])"
                           r"|%[fF][0-4](?:%[89abAB][0-9a-fA-F]){2})%[89abAB][0-9a-fA-F]")
# A form's or a query's value with its words joined by "+" (name=Jos%C3%A9+Garc%C3%ADa,
# origin=ul.+Ja%C5%9Bminowa+138%2F4%2C+87-100+Toru%C5%84): a space between them in the copy, when every piece
# is a word, a number or a phone's "+digits" (``_form_words``): a key's base64 keeps its "+".
_FORM_PAIR = re.compile(r"[?&;]?[\w.\[\]-]{1,40}=([^\s&;#\"'<>=]+\+[^\s&;#\"'<>=]+)")
_FORM_WORD = re.compile(r"(?:[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?|\d[\d/.-]*[^\W\d_]{0,3}|\+\d+)[,.]?")
# JSON's \uXXXX escapes left in text (a tool result's JSON held in a string, an API response pasted raw:
# "Ren\u00e9e Gon\u00e7alves", "\\u041e\\u043b\\u044c\\u0433\\u0430" escaped twice): the character, a
# surrogate pair's as one.
_UNICODE_ESCAPE = re.compile(r"\\+u(d[89ab][0-9a-f]{2})\\+u(d[c-f][0-9a-f]{2})|\\+u([0-9a-f]{4})", re.I)
# "jane [at] example [dot] com", "jane (at) example (dot) com", "jane at example dot com" is left alone
# (ordinary words); bracketed forms are unambiguous between a name and a domain ("Pescara (AT)." is a town and
# its province: no domain follows).
_DOT = r"[ \t]*[\[({<][ \t]*(?i:dot)[ \t]*[\])}>][ \t]*"
_OBFUSCATED_AT = re.compile(
    rf"(?<=[\w.+-])[ \t]*[\[({{<][ \t]*(?i:at)[ \t]*[\])}}>][ \t]*(?=[\w-]+(?:(?:{_DOT}|\.)[\w-]+)+)")
_OBFUSCATED_DOT = re.compile(_DOT)
_BRACKETED_AT = re.compile(r"[\[({<][ \t]*[aA][tT][ \t]*[\])}>]")  # (in every match of _OBFUSCATED_AT)
# Quotes escaped in JSON pasted inside a string ({\"token\":\"…\"}): the quote, where it opens or closes a
# key or value (after { [ , : or before : , } ]); a quote escaped inside a value ("Quo\"te9!x") stays.
_ESCAPED_QUOTE = re.compile(r"(?<=[{\[,:])[ \t]?\\+([\"'])|\\+([\"'])(?=[ \t]*[:,}\]])"
                            # ... a new line's key ({\n  \"id\": …) and an e-mail's display name in a
                            # string ("\"Íñigo Núñez\" <inunez@…>")
                            r"|(?<=[{\[,]\\n)[ \t]*\\+\"|(?<=\")\\+\"(?=[^\W\d_])"
                            r"|(?<=[^\W\d_.])\\+\"(?=[ \t]*<)")
# An e-mail read out, as speech recognition writes it: "kayleigh dot thornton at aol dot com", "joao ponto
# silva arroba gmail ponto com" (a domain ending in a known top-level domain after the "dot" word, so "meet
# at noon" stays). The words for "at" and "dot" in English, Portuguese, Spanish, French, Italian, German,
# Dutch, Turkish and Polish.
_SPOKEN_AT = r"at|arroba|arobase|arobas|chiocciola|klammeraffe|apenstaartje"
_SPOKEN_DOT = r"dot|ponto|punto|point|punkt|punt|nokta|kropka"
_SPOKEN_TLD = (r"(?:com|net|org|edu|gov|io|co|info|biz|me|uk|de|fr|es|it|nl|ca|au|in|br|jp|ch|at|be|se|no"
               r"|dk|fi|pl|pt|ie|nz|mx|ar|cl|tr|ru|za)")
_SPOKEN_EMAIL = re.compile(
    rf"(?i)\b[a-z0-9][\w-]*(?:[ \t]+(?:{_SPOKEN_DOT})[ \t]+[\w-]+)*[ \t]+(?:{_SPOKEN_AT})[ \t]+[a-z0-9-]+"
    rf"(?:[ \t]+(?:{_SPOKEN_DOT})[ \t]+[a-z0-9-]+)*[ \t]+(?:{_SPOKEN_DOT})[ \t]+{_SPOKEN_TLD}\b")
_SPOKEN_PARTS = re.compile(rf"(?i)[ \t]+({_SPOKEN_DOT}|{_SPOKEN_AT})[ \t]+")
_SPOKEN_DOT_WORDS = tuple(f" {w} " for w in _SPOKEN_DOT.split("|"))  # (a text without one holds none)
# (how every spoken e-mail ends, found far sooner than one: "point" and "at" are words of English prose)
_SPOKEN_END = re.compile(rf"(?i)[ \t](?:{_SPOKEN_DOT})[ \t]+{_SPOKEN_TLD}\b")
# Chinese, Japanese, Korean and Thai are written without spaces, and their letters are word characters: a
# phone, e-mail or key written against them ("電話は+61 451 760 960です", "kim@example.kr입니다") has no word
# boundary for a pattern to start or end at. The copy gets a space where such a letter follows a Latin
# letter, a digit or a phone's "+" or bracket, and where it follows any ASCII character ("Hunter2024!です").
_UNSPACED = "\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_UNSPACED_EDGE = re.compile(f"(?<=[{_UNSPACED}])(?=[A-Za-z0-9+(])|(?<=[!-~])(?=[{_UNSPACED}])")
_ANY_UNSPACED = re.compile(f"[{_UNSPACED}]")
# Text copied out of a PDF or a scan keeps the page's line breaks: a word broken at a line's end with a hyphen
# ("Ales-\nsandro", "PEM-\nBERTON", "Anne-\nSophie") and sentences, names and addresses run across lines
# ("… Hodan Hersi (Treasurer), Oluwaseun\nAdeyemi, …"). The copy joins them: a broken word whole (the hyphen
# kept before a capital after a small letter: "Anne-Sophie"), a wrapped line's break a space. A break wraps a
# line when the line is long (``_WRAPPED_MIN``), ends in a letter, digit or comma, holds nothing of a table,
# code, config or aligned columns (| tab = ; { } < >, a comma before a letter, two spaces between words), the
# next line starts with a letter or digit and is no "Label: value" or chat line or dated entry, and its first
# word would not have fitted on it (``_wrapped``); and only in a text with two such breaks at least.
# A form's blank line for the answer, filled in after it: "Surname: ____ CONTI", "Last name ____ ILANGO".
_BLANK = re.compile(r"(?<=[:\s])_{2,}(?=[ \t]+\S)")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
# ... a word's piece before it (not a key's end: "SG.r9W…dg-" then "AWS_ACCESS_KEY_ID=…" on the next line)
_PIECE_BEFORE = re.compile(r"(?:^|[\s(\[\"'“‘])[^\W\d_]+(?:['’-][^\W\d_]+)*\Z")
_WRAPPED_MIN = 45
_WRAP_BREAK = re.compile(r"(?<=[^\W_]|,)[ \t]*\r?\n(?=[ \t]{0,3}[^\W_])")
_NO_PROSE = re.compile(r"[|\t=;{}<>]|,(?=[^\s\d])|\S {2,}\S")
_STAMP = re.compile(r"\d{1,4}[-/:]\d")  # a log's or a diary's date or time first: an entry of its own
# a field's or a chat's line: a label or speaker and a colon first ("Apologies: none", "thanh [14:02]: …")
_LABEL_LINE = re.compile(r"[^\n]{1,40}?:(?:[ \t]|$)")


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str  # the detection copy
    origin: list[int] | None  # for each copy index, the index in the original (None: the copy is the text)
    length: int  # length of the original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the copy's [start, end)."""
        if self.origin is None:
            return start, end
        if end <= start:
            return self.origin[start] if start < len(self.origin) else self.length, self.origin[start]
        # (up to the next character kept: a span ending in a replaced "%3D" or "&amp;" takes all of it)
        return self.origin[start], self.origin[end] if end < len(self.origin) else self.length


def normalize(text: str) -> Normalized:
    """The detection copy of ``text`` (the text itself, at no cost, when there is nothing to change)."""
    odd = _ODD.search(text) is not None
    obfuscated = _BRACKETED_AT.search(text) is not None and _OBFUSCATED_AT.search(text) is not None
    referenced = "&" in text and _HTML_REF.search(text) is not None
    percent = "%" in text and _PERCENT.search(text) is not None
    percent_utf8 = "%" in text and _PERCENT_UTF8.search(text) is not None
    form = "+" in text and "=" in text and any(map(_form_words, _FORM_PAIR.finditer(text)))
    uescaped = "\\u" in text and _UNICODE_ESCAPE.search(text) is not None
    escaped = '\\"' in text or "\\'" in text
    low = text.lower()
    spoken = any(w in low for w in _SPOKEN_DOT_WORDS) and _SPOKEN_END.search(text) is not None \
        and _SPOKEN_EMAIL.search(text) is not None
    unspaced = not text.isascii() and _ANY_UNSPACED.search(text) is not None and _UNSPACED_EDGE.search(text)
    broken = _broken_lines(text) if "\n" in text else None
    blanks = "__" in text and _BLANK.search(text) is not None
    if not odd and not obfuscated and not referenced and not percent and not escaped and not unspaced \
            and not spoken and not broken and not blanks and not percent_utf8 and not form and not uescaped:
        return Normalized(text, None, len(text))
    chars: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        if c in _INVISIBLE:
            continue
        chars.append(c.translate(_ONE_FOR_ONE))
        origin.append(i)
    copy = "".join(chars)
    if form:  # (one for one: before the escapes are read, so "%2B48+843" is a phone's "+" and its groups)
        copy = _spaced_form_values(copy)
    if uescaped:
        copy, origin = _replace(copy, origin, _UNICODE_ESCAPE, _unicode_unescaped)
    if percent_utf8:
        copy, origin = _replace(copy, origin, _PERCENT_UTF8, _utf8_unquoted)
    if referenced:
        copy, origin = _replace(copy, origin, _HTML_REF, _unescaped)
    if percent:
        copy, origin = _replace(copy, origin, _PERCENT, _unquoted)
    if escaped:
        copy, origin = _replace(copy, origin, _ESCAPED_QUOTE, lambda m: m.replace("\\", ""))
    if unspaced:
        copy, origin = _replace(copy, origin, _UNSPACED_EDGE, " ")
    if spoken:
        copy, origin = _replace(copy, origin, _SPOKEN_EMAIL, _written)
    if obfuscated:
        copy, origin = _replace(copy, origin, _OBFUSCATED_AT, "@")
        copy, origin = _replace(copy, origin, _OBFUSCATED_DOT, ".")
    if blanks:  # the blank as spaces, so the label is the answer's
        copy, origin = _replace(copy, origin, _BLANK, lambda blank: " " * len(blank))
    if broken:
        copy, origin = _join_lines(copy, origin)
    return Normalized(copy, origin, len(text))


def _wrapped(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line break of ``text`` that wraps a long line (see ``_WRAP_BREAK``): as a
    page is set, the next line's first word would not have fitted on the line (the text's longest line is
    the page's width, give or take two characters). A log's or a list's lines of many lengths are no page."""
    found: list[tuple[int, int]] = []
    width = max(map(len, text.split("\n"))) - 2
    for m in _WRAP_BREAK.finditer(text):
        begin = text.rfind("\n", 0, m.start()) + 1
        line = text[begin:m.start()]
        if len(line.strip()) < _WRAPPED_MIN or _NO_PROSE.search(line):
            continue
        end = text.find("\n", m.end())
        following = text[m.end():end if end >= 0 else len(text)]
        word = following.lstrip(" \t").split(" ", 1)[0]
        if len(line.rstrip()) + 1 + len(word) < width or _NO_PROSE.search(following) \
                or _LABEL_LINE.match(following) or _STAMP.match(word):
            continue
        found.append((m.start(), m.end()))
    return found if len(found) >= 2 else []


def _broken_lines(text: str) -> bool:
    """Whether ``text`` holds a word broken at a line's end or lines wrapped like a page's."""
    return next(_hyphen_breaks(text), None) is not None or bool(_wrapped(text))


def _hyphen_breaks(text: str):
    """The words broken at a line's end with a hyphen: a word's piece before it, the next line no
    assignment ("KEY=…")."""
    for m in _HYPHEN_BREAK.finditer(text):
        end = text.find("\n", m.end())
        line = text[m.end():end if end >= 0 else len(text)]
        if _PIECE_BEFORE.search(text, max(0, m.start() - 60), m.start()) and "=" not in line.split(" ", 1)[0]:
            yield m


def _join_lines(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """``text`` with its broken words and wrapped lines joined (``_broken_lines``): a hyphen at a line's end
    goes inside a word ("Ales-|sandro", "PEM-|BERTON") and stays between a small letter and a capital
    ("Anne-Sophie"); a wrapped line's break becomes a space. Each kept character keeps its origin."""
    cuts = [(m.start() + (text[m.start() - 1].islower() and text[m.end()].isupper()), m.end(), "")
            for m in _hyphen_breaks(text)]
    text, origin = _cut(text, origin, cuts)
    return _cut(text, origin, [(start, end, " ") for start, end in _wrapped(text)])


def _cut(text: str, origin: list[int], cuts: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """``text`` with each [start, end) of ``cuts`` (in order) replaced by its string of at most one character,
    which maps to ``start``'s origin."""
    out: list[str] = []
    out_origin: list[int] = []
    pos = 0
    for start, end, by in cuts:
        out.append(text[pos:start] + by)
        out_origin += origin[pos:start] + [origin[start]] * len(by)
        pos = end
    out.append(text[pos:])
    out_origin += origin[pos:]
    return "".join(out), out_origin


def _written(spoken: str) -> str:
    """The e-mail address a read-out one stands for ("ana dot li at aol dot com" -> "ana.li@aol.com")."""
    return _SPOKEN_PARTS.sub(lambda m: "@" if re.fullmatch(_SPOKEN_AT, m.group(1).lower()) else ".", spoken)


def _unquoted(ref: str) -> str:
    """The printable ASCII character a %XX stands for (%7F, DEL, is left as it is), unless a letter or digit:
    URLs never escape those, so "%41" in "K7mp2%41" is a password's "%" and two digits, not an "A"."""
    char = chr(int(ref[1:], 16))
    return char if char.isprintable() and not char.isalnum() else ref


def _form_words(pair: re.Match) -> bool:
    """Whether a form value's "+"-joined pieces are all words (lower case, capitalised or capitals),
    numbers ("22,", "4º") or a phone's "+digits" once unescaped: "Jos%C3%A9+Garc%C3%ADa", "%2B48+843+462",
    not a key's "Zq3+Tk/9"."""
    pieces = unquote(pair.group(1)).replace("++", "+ +").split("+")
    words = [p for p in pieces if p.strip()]
    return len(words) >= 2 and all(_FORM_WORD.fullmatch(p.strip()) for p in words) \
        and all(p.islower() or p.istitle() or p.isupper() or not p.isalpha() for p in words)


def _spaced_form_values(text: str) -> str:
    """``text`` with the "+" between the words of each form value ``_form_words`` accepts a space (one for
    one: the origins stay)."""
    chars = list(text)
    for pair in _FORM_PAIR.finditer(text):
        if _form_words(pair):
            for i in range(pair.start(1) + 1, pair.end(1)):
                if chars[i] == "+":
                    chars[i] = " "
    return "".join(chars)


def _unicode_unescaped(escape: str) -> str:
    """The character a JSON \\uXXXX escape (or a surrogate pair's two) stands for, when it is printable."""
    codes = re.findall(r"(?i)u([0-9a-f]{4})", escape)
    try:
        char = b"".join(int(c, 16).to_bytes(2, "big") for c in codes).decode("utf-16-be")
    except UnicodeDecodeError:
        return escape
    return char if char.isprintable() else escape


def _utf8_unquoted(ref: str) -> str:
    """The character a percent-encoded UTF-8 sequence stands for (the sequence itself when it is not one)."""
    try:
        char = bytes.fromhex(ref.replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return ref
    return char if len(char) == 1 and char.isprintable() else ref


def _unescaped(ref: str) -> str:
    """The one character an HTML reference stands for (the reference itself when it is not one)."""
    char = html.unescape(ref)
    return char if len(char) == 1 else ref


def _replace(text: str, origin: list[int], pattern: re.Pattern, by: str | Callable[[str], str],
             ) -> tuple[str, list[int]]:
    """Replace each match with ``by`` (or what ``by(match)`` gives); the replacement maps to the match's
    first original index (every character of a longer one does)."""
    out: list[str] = []
    out_origin: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(text[pos : m.start()])
        out_origin += origin[pos : m.start()]
        new = by if isinstance(by, str) else by(m.group(0))
        out.append(new)
        out_origin += [origin[m.start()]] * len(new)
        pos = m.end()
    out.append(text[pos:])
    out_origin += origin[pos:]
    return "".join(out), out_origin
