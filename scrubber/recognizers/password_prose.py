"""Passwords written in prose or loose config after a password word: "my password is Spring2021!",
"the wifi passphrase is copper-lantern-river-seven", "Passwort: Sommer2024#", "pwd - Tr0ub4dor&3".

``credential_assignment`` needs a name and an operator, or a value that looks generated; people's own
passwords are neither. Here the password word vouches for the value when it has the make of a password:
letters with a digit or a symbol, or three or more words joined by ``-``, ``.`` or ``_`` (a passphrase).
Such a value may also follow the word directly ("the vault password copper-lantern-river-seven").

Also: passphrases and wallet seed phrases written as words with spaces after a passphrase word and a link
("passphrase: correct horse battery staple"), PINs ("PIN 4471", "PIN-Code: 0815") and recovery, backup and
one-time codes ("recovery code 7HJK-29XL-QQ3M", "your verification code is 482913").
"""

import bisect
import re as stdlib_re
import string
from functools import lru_cache

import regex as re
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.recognizers._base import (
    PUBLISHABLE_KEYS,
    LeadStarts,
    SpanPatternRecognizer,
    ascii_forms,
    folded,
    holds_any,
    looks_like_placeholder,
    other_word_starts,
    word_index,
)
from scrubber.recognizers.password_shape import COMMON_PASSWORDS
from scrubber.recognizers.spoken_numbers import DIGIT_WORD_SET, digit_run
from scrubber.words import (
    LEET_OF,
    PASSWORD_MANAGERS,
    brands,
    common_words,
    foreign_words,
    names_a_product,
    tech_words,
)

_WORD = (
    r"pass(?:words?|phrases?|codes?|wd)?|pwd|pw|psw|mdp|wi-?fi[ \t]+key|(?:network|wpa2?|wlan)[ \t]+key|psk"
    # the network named for its key in quotes: 'the wifi is "tundra quartz orbit pepper"' (not "Wifi:
    # Guest-5G", "our wifi is great.")
    r"|wi-?fi(?=[ \t]+(?:is|was|es|est|ist)[ \t]+[\"'“‘`])"
    r"|wi-?fi[ \t-]+code|code[ \t]+wi-?fi|wlan-?schlüssel|netzwerkschlüssel|schlüssel"
    # a key named after its network in the same sentence: "wifi in room 4 says the key is X", "le wifi
    # invité s'appelle Bureau-Invites, la clé est X", "clé wifi", "clé WPA"
    r"|(?:wi-?fi|wlan|wpa2?|ssid|hotspot|router)\b[^\n.!?]{0,40}?\b(?:key|cl[ée]|chiave|chave|sleutel)"
    r"|cl[ée][ \t]+(?:wi-?fi|wpa2?|wep|r[ée]seau|de[ \t]+s[ée]curit[ée])"
    # compounds: Initialkennwort, WLAN-Passwort, Druckerpasswort, beheerderswachtwoord, administratörslösenord
    # (with the endings of the definite form and the cases: "lösenordet", "passordet", "salasanan")
    r"|[\w-]{0,24}?(?:passwort|kennwort|wachtwoord|lösenord|adgangskode|salasana|passord)(?:et|en|s|es|n|a|si)?"
    # Greek ("ο κωδικός είναι …", "κωδικός πρόσβασης"), and a password manager's entry ("the 1Password entry
    # for the router says …")
    r"|κωδικ(?:ός|ό|ού|οί)(?:[ \t]+(?:πρόσβασης|wifi|wi-fi))?|συνθηματικ(?:ό|ού)"
    r"|1password|lastpass|keepass(?:xc)?|bitwarden|dashlane"
    r"|mot[ \t]+de[ \t]+passe|contrase[ñn]a|clave|palavra-passe|senha|parola[ \t]+d'ordine"
    r"|has(?:ło|ła|łem|le)|haśle|şifre(?:si|niz|m|n)?|parola(?:sı|nız|m)?|hesl(?:o|a|em)|lozinka|пароль|pasuwaado|pasuwādo|pasuwa-do"
    # Hungarian, Vietnamese, Indonesian/Malay, Swedish and Danish ones, and Dutch "ww" (wachtwoord)
    r"|jelsz[óo](?:t|ja|m)?|jelszav(?:a|am|ad|unk|uk|at|át|ukat)?|mật[ \t]+khẩu|kata[ \t]+sandi"
    r"|sandi(?:nya|mu|ku)?|nenosiri|neno[ \t]+(?:la[ \t]+)?siri|nywila"  # (Swahili)
    # Catalan, Galician, Basque, Afrikaans, Icelandic, Albanian, Welsh, Hausa and Zulu ones
    r"|contrasenya|contrasinal|pasahitz\p{L}{0,3}|wagwoord|lykilorð\p{L}{0,3}|fjalëkalim\p{L}{0,3}"
    r"|cyfrinair|kalmar[ \t]+sirri|iphasiwedi"
    r"|kata[ \t]+laluan|gesl[oa]|parool\p{L}{0,2}|parole|slaptažod\p{L}{2,4}"
    r"|парол\p{L}{0,3}|лозинк\p{L}|lösen|kodeord|adgangskoden|ww"
    # a network's key in Danish, Norwegian and Swedish: "netværksnøgle", "WPA-nøglen", "wifi-nyckeln"
    r"|(?:netværks|nettverks|nätverks|trådløs|wi-?fi-?|wlan-?|wpa2?-?|router)(?:nøgle|nøkkel|nyckel)(?:n|en)?"
    # what a bank or a helpdesk asks for besides a password: "the memorable word?", "secret word on file"
    r"|memorable[ \t]+(?:word|information|info|phrase)|secret[ \t]+word|code[ \t-]?word|security[ \t]+word"
    # a word agreed on, and the password word written short or apart: "the safe word for the bank call",
    # "p/w: Hibiscus22", "pass word is …"
    r"|safe[ \t]+word|magic[ \t]+word|p/w|pass[ \t]+word"
    # the word as typed in a hurry: "my pasword is …", "passwrd:", "pswd", "passowrd", "paswd"
    r"|pas+wr?o?r?d|pas+owrd|pas+wrod|pss+word|pa?swd|pswrd"
    # ... and as OCR or a leetspeak label reads it: "Passw0rd:", "PA55WORD", "P@$$W0RD", "pa$$wd", "Pa$$wort"
    # (every letter as ``words.LEET_OF`` may write it, so no one spelling is left out)
    r"|p[a@4][s5$]{2}(?:(?:w|vv)[o0]r[dt]|wd)"
)
# "is now", "is still", "est toujours", "ist immer noch", "sigue siendo", "is nog steeds"
_NOW = (r"(?:now|still|jetzt|nun|immer[ \t]+noch|noch|maintenant|désormais|toujours|encore|ahora|todav[íi]a"
        r"|siendo|agora|ainda|ora|adesso|ancora|sempre|nu|nog(?:[ \t]+steeds|[ \t]+altijd)?|steeds"
        r"|fortfarande)")
# "is", or "for <someone> is", or "<a few words>:" ("Kennwort für den Drucker:", "password provvisoria:")
_LINK = (
    r"(?:[*_`]{1,3}|</\w{1,6}>)?"  # **Password:**, `password`: …, <b>Password</b>: …
    # | cell |, <td>…</td><td>, "password? X"
    r"(?:[ \t]*(?:\||</t[dh]>[ \t]*<td[^>\n]{0,40}>|\?|\.{2,}|…+)[ \t]*"  # (and a form's dot leaders)
    r"|[ \t]+(?:(?:for|für|pour|para|per|voor|van|de|del|della|dello|delle|dei|degli|di|do|dos|da|das|du|des"
    r"|der|dem|of|on|της|του|των|για|στο|στη|στον|στην"
    # (a preposition with its article in one word: "das WLAN-Passwort fürs Büro ist …", "zum", "au", "al")
    r"|fürs|vom|zum|zur|beim|im|ins|au|aux|al|ao|na|no"
    # (Swedish, Danish and Norwegian "till", "på", "för", "til", "af"; Swahili "ya", "la", "wa", "za", "cha":
    # "Lösenordet till styrelsens mapp är …", "nenosiri la barua pepe ni …")
    r"|till|på|för|til|af|ya|la|wa|za|cha)[ \t]+[^\n:=]{1,40}?[ \t]+)?"
    # (in any case: "MY PASSWORD IS SUMMER2024")
    r"(?i:is|was|will[ \t]+be|=|:|-|–|—|ist|lautet|est|es|é|è|e'|era|war|était|c'est|to|into|as|sigue|blijft"
    r"|wa|là|ay|är|er|je|este|jest|adalah|ni(?!\p{L})|είναι|ήταν|ir|yra|és|është|yw|ydy"  # (not "Niandikie")
    r"|bleibt|reste|resta)"
    # (a word, not a value's start: "è nuvola", "is orange")
    rf"(?:[ \t]+(?i:{_NOW})(?![\p{{L}}\d]))?[ \t]*:?"
    # (a voice note's filler after the link: "das Passwort ist äh TIGER58291", "c'est euh …")
    r"(?:[ \t]+(?:äh|ähm|öhm|uh|um|umm|erm|euh|ehm|hmm)[ \t]*,?)?"
    r"|[ \t]*(?:[:=]|->|=>|→)[ \t]*|['’]s[ \t]+"
    r"|[ \t]+[^\n:=.?!]{1,40}?[ \t]*:[ \t]*)(?:[*_`]{1,3}|</\w{1,6}>)?"
)
# A password of words before its number, typed with spaces: capitalised words ("My Otter ", "Gravel Orchid ")
# or two joined by "and" in a language of the prompts ("tanne und birke ")
_WORDS_NUMBER = (r"(?:\p{Lu}\p{Ll}{1,11}(?:[ \t]+\p{Lu}\p{Ll}{1,11}){1,3}"
                 r"|\p{Ll}{3,12}[ \t]+(?:and|und|et|y|e|en|och|og|ve|dan|và|na|i|и)[ \t]+\p{Ll}{3,12})[ \t]+")
# A link a clause after the password word: "can't reset her password; she says the last one was X",
# "I reset your password, the new one is X".
_FAR_LINK = (r"(?:(?:is|was|are|were|ist|war|lautet|est|était|c'est|es|era|fue|é|è|foi|là|ay|är|er|je|este"
             r"|jest|adalah|(?:changed|set|reset"
             r"|updated|rotated)(?:[ \t]+(?:it|this|that|mine|hers|his|theirs))?[ \t]+to|auf|en|para|naar|a"
             r"|em|(?:veranderd|gewijzigd|cambiat[oa]|modificat[oa]|impostat[oa])[ \t]+in"
             r"|uses?|used|using|tried|typed|entered|chose|picked|has|have|hat|haben|tiene|tem|heeft"
             r"|stays|remains|reste|bleibt|sigue|resta|blijft|says|said|reads|shows)"
             # "lautet ab Montag X", "is from Monday X", "est à partir de lundi X"
             r"(?:[ \t]+(?:ab|from|since|starting|seit|dès|desde|vanaf|as[ \t]+of|a[ \t]+partir[ \t]+de"
             rf"|à[ \t]+partir[ \t]+de)[ \t]+[\w.]+)?(?:[ \t]+{_NOW})?|'s|’s|:|=|—|–)")
# A password's state between its word and the value: "senha temporária meadow1969", "mot de passe
# provisoire X"
_STATE = (r"(?:temporary|temp|new|initial|default|tempor[aá]ri[ao]|provis[óo]ri[ao]|provisoire|temporaire"
          r"|temporal|provisional|geçici|yeni|tijdelijk"
          r"|nouveau|nouvelle|neues?|vorläufiges?|initiale?s?|inicial|iniziale|nuov[ao]|nuev[ao]|nov[ao]"
          r"|tijdelijke?|nieuwe?|tymczasowe|nowe)")
# "… is the new one": a password named by what it replaced or is ("is the new one for the VPN", "was the
# old one", "is our current one"), and the gate that finds it
_THE_NEW_ONE = (r"(?i:(?:is|was|will[ \t]+be|=)[ \t]+(?:(?:the|my|our|your|his|her|their)[ \t]+)?"
                r"(?:new|old|current|temp|temporary|updated|latest|right|correct|previous)[ \t]+"
                r"(?:one|pw|pass)\b)")
_NEW_ONE_GATE = re.compile(_THE_NEW_ONE)
# What ``value it was changed to`` needs: "changed it to", "reset hers to", "set it back to"
_CHANGED_TO = tuple(f"{verb} {who} {to}"
                    for verb in ("changed", "set", "reset", "updated", "switched", "rotated")
                    for who in ("it", "mine", "hers", "his", "theirs", "ours", "that", "this", "yours")
                    for to in ("to", "back"))
# ... and in French, Spanish, Italian, Dutch, Portuguese, Polish and German (the verb, the pronoun, the "to")
_CHANGED_TO_OTHER = (
    r"(?:l['’](?:ai|a|avons|ont)[ \t]+(?:chang|modifi|remplac|réinitialis|mis)[ée]e?s?[ \t]+"
    r"(?:en|par|pour|à|sur)"
    r"|l[oa][ \t]+(?:(?:he|hemos|ha|han)[ \t]+)?(?:cambi(?:é|ó|amos|ado|ada)|puse|pusimos|puesto|puesta"
    r"|restablec(?:í|ido|ida)|actualic(?:é)|actualizad[oa]|resete(?:é|ado|ada))[ \t]+(?:a|por|en|como)"
    r"|l['’](?:ho|abbiamo|ha|hanno)[ \t]+(?:cambiat|modificat|impostat|mess|aggiornat|resettat)[aoie][ \t]+"
    r"(?:in|a|con|su|come)"
    r"|(?:heb|hebben|heeft|is)[ \t]+(?:het|hem|['’]t)?[ \t]*"
    r"(?:veranderd|gewijzigd|aangepast|gereset|ingesteld)"
    r"[ \t]+(?:in|naar|op)"
    r"|(?:mudei|alterei|troquei|mudamos|alteramos|trocamos|redefini|coloquei)(?:-(?:a|o))?[ \t]+"
    r"(?:para|por|pra)"
    r"|(?:zmieni|ustawi)(?:łem|łam|liśmy|łyśmy|ł|ła|li)(?:[ \t]+(?:je|go|ją|to))?[ \t]+na"
    r"|(?:geändert|zurückgesetzt|umgestellt|gesetzt)[ \t]+(?:auf|in|zu))")
# (strings one of those verbs holds)
_CHANGED_OTHER_STRINGS = (
    "chang", "modifi", "remplac", "réinitialis", "l'ai mis", "l’ai mis", "cambi", "puse", "puesto", "puesta",
    "restablec", "actualic", "actualizad", "resete", "impostat", "l'ho mess", "l’ho mess", "aggiornat",
    "resettat", "veranderd", "gewijzigd", "aangepast", "gereset", "ingesteld", "mudei", "alterei", "troquei",
    "mudamos", "alteramos", "trocamos", "redefini", "coloquei", "zmieni", "ustawi", "geändert",
    "zurückgesetzt", "umgestellt", "gesetzt")
# Signing in, in the other languages of the prompts ("melde dich mit X an", "pour te connecter, utilise X",
# "para entrar usa X", "per accedere usa X", "om in te loggen gebruik je X", "żeby się zalogować, wpisz X",
# "för att logga in använder du X", "giriş için X kullan", "чтобы войти, введи X", "登录用 X",
# "ログインには X",
# "untuk masuk pakai X", "để đăng nhập dùng X", "ili kuingia tumia X"): English's are ``_SIGN_IN_VERB``
_OTHER_SIGN_IN = (
    r"einlogg\p{L}*|eingeloggt|anmelde\p{L}*|anmelden|melde[ \t]+dich|log[ \t]+dich"
    r"|connect(?:er|e|ez|es)|connexion|identifi(?:er|e|ez)"
    r"|entrar|acceder|accedi|accedere|ingresar|inici(?:ar|a|e)[ \t]+sesi[óo]n|acessar|acesse|logar"
    r"|fa(?:zer|ça|ca)[ \t]+(?:o[ \t]+)?login|inloggen|loggen|aanmelden|logga[ \t]+in|inloggning"
    r"|zalogowa[ćc]|zaloguj\p{L}*|logowani\p{L}+|giriş|oturum[ \t]+aç\p{L}*"
    r"|войти|входа|вход|залогин\p{L}*|авториз\p{L}+"
    r"|लॉग[ \t]?इन|लॉगिन|للدخول|تسجيل[ \t]+الدخول"
    r"|masuk|đăng[ \t]+nhập|kuingia|ingia")
_CJK_SIGN_IN = r"登录|登陆|登入|ログイン|サインイン"  # (no spaces around words: no word boundary asked for)
_SIGN_IN_ABROAD = rf"(?i:(?<![\p{{L}}])(?:{_OTHER_SIGN_IN})(?![\p{{L}}])|{_CJK_SIGN_IN})"
# A value after a sign-in or "the new one" in another language, and where it ends: six characters or more, a
# digit or a sign among them, up to a space, a quote, closing punctuation or a CJK character
_CHOSEN_VALUE = (r"(?P<value>(?![(\[])(?=[^\s\"'`“‘”’»。，、）]*[\d!#$%&*@^~_+=?-])"
                 r"[^\s\"'`“‘”’»。，、）]{6,64}?)")
_CHOSEN_VALUE_ENDS = r"(?=[\"'`”’»]?(?:[.,;:!?)。，、）]?(?:\s|$)|[。，、）\p{Han}\p{Hiragana}\p{Katakana}]))"
_OTHER_SIGN_IN_STRINGS = (
    "einlogg", "eingeloggt", "anmeld", "melde", "log dich", "connect", "connexion", "identifi", "entrar",
    "acced", "ingresar", "sesión", "sesion", "acessar", "acesse", "logar", "login", "loggen", "aanmelden",
    "logga", "inloggning", "zalogow", "zaloguj", "logowani", "giriş", "oturum", "войти", "вход", "залогин",
    "авториз", "登录", "登陆", "登入", "ログイン", "サインイン", "लॉग", "للدخول", "الدخول", "masuk",
    "đăng nhập", "kuingia", "ingia")
# "the new one is X" in the other languages: "das neue ist X", "le nouveau c'est X", "el nuevo es X", "il
# nuovo è X", "a nova é X", "de nieuwe is X", "nowe to X", "det nya är X", "yenisi X", "новый — X",
# "新的是 X",
# "新しいのは X", "yang baru X", "cái mới là X", "mpya ni X" (English's is ``_THE_NEW_ONE``, value first)
_OTHER_NEW_ONE = (
    r"(?:das|der|die)[ \t]+neue[ \t]+(?:ist|lautet)"
    r"|(?:le[ \t]+nouveau|la[ \t]+nouvelle)[ \t]+(?:c['’]est|est)"
    r"|(?:el[ \t]+nuevo|la[ \t]+nueva)[ \t]+es|(?:il[ \t]+nuovo|la[ \t]+nuova)[ \t]+è"
    r"|(?:o[ \t]+novo|a[ \t]+nova)[ \t]+é|(?:de|het)[ \t]+nieuwe[ \t]+is|now[eya][ \t]+(?:to|jest)"
    r"|(?:det|den)[ \t]+nya[ \t]+är|nya[ \t]+är|yenisi(?:[ \t]+de)?|нов(?:ый|ое|ая)[ \t]*(?:[—–:-]|это)"
    r"|新的是|新的|新しいの(?:は|が)|yang[ \t]+baru(?:[ \t]+(?:adalah|ialah))?"
    r"|(?:cái|mật[ \t]+khẩu)[ \t]+mới[ \t]+là"
    r"|mpya[ \t]+ni")
# A user name's word just before a value: "anmelden mit Benutzer mmeier01" names the user, not the password
_USER_BEFORE = re.compile(r"(?i:(?:user\w*|benutzer\w*|utilisateur|identifiant|usuario|utente|usu[áa]rio"
                          r"|gebruiker\w*|użytkownik\w*|anv[äa]ndar\w*|kullan[ıi]c[ıi]\w*|пользовател\w*|логин"
                          r"|用户名?|ユーザー名?|pengguna|tên[ \t]+đăng[ \t]+nhập|mtumiaji|login|konto"
                          r"|account|e-?mail)"
                          r"[ \t]*[:=]?[ \t]*[\"'`“‘„«]?\Z)")
_MANAGER = re.compile(rf"(?i:{PASSWORD_MANAGERS})\b")
_VERSION_NUMBER = re.compile(r"[vV]?\d+(?:\.\d+){1,3}")
_WORD_AND_DIGIT = re.compile(r"\p{L}{4,}[_.-]?\d")  # "Maotouying_7": a word and one digit to end it
_VERSION_END = re.compile(r"(?:^|[-_vV])\d+(?:\.\d+)+$")  # "release-2024.06", "v2.5.0"
_OTHER_NEW_ONE_STRINGS = ("neue", "nouveau", "nouvelle", "nuevo", "nueva", "nuovo", "nuova", "novo", "nova",
                          "nieuwe", "nowe", "nowa", "nowy", "nya", "yenisi", "новы", "новое", "новая", "新",
                          "baru", "mới", "mpya")
# Words between a link and a password word that follows the value: "as the new temporary admin password".
_KIND = (r"(?:new|temporary|temp|initial|default|one-time|current|old|admin|root|master|shared|wi-?fi|vault"
         r"|account|login|user|guest|router|database|db|email|e-mail|vpn|ssh|sudo|app)")
# "… as the password hash / policy": the thing named is not the value
_NOT_THE_VALUE = (r"(?:hash|hashes|hashing|policy|policies|manager|field|reset|rules?|requirements?|length"
                  r"|algorithm|format|storage|check|validation|strength|prompt|salt|expiry|complexity)\b")
_NOT_THE_VALUE_WORD = re.compile(_NOT_THE_VALUE)
_WORD_LEAD = rf"(?i:\b(?:{_WORD})\b)"  # how the patterns that start on a password word start
_FIRST_WORD = re.compile(_WORD_LEAD)


class _CueWords:
    """Where the words each cue finder (``_cue_starts``) may start on are in a text, for the last text asked
    about: as ``LeadStarts`` finds them for one regex, in one pass over the text's words for all of them (an
    ASCII word judged once by its lower-case form, the judgements kept, bounded), and every word not in
    ASCII."""

    def __init__(self) -> None:
        self._finders: list[tuple[tuple[str, ...], frozenset[str]]] = []
        self._judged: dict[str, int] = {}  # an ASCII word → the finders it may start (bits)
        self._may: set[str] = set()  # the words judged that may start one
        self._last: tuple = (None, None)

    def add(self, prefixes: tuple[str, ...], words: tuple[str, ...]) -> int:
        """A finder of words that start with one of ``prefixes`` or are one of ``words`` (in any case): its
        index in the lists ``__call__`` gives."""
        self._finders.append((tuple(ascii_forms(prefixes)), ascii_forms(words)))
        return len(self._finders) - 1

    def __call__(self, text: str) -> tuple[list[list[int]], list[int]]:
        """(each finder's ASCII words' starts, the starts of the words not in ASCII)"""
        last = self._last
        if last[0] is text:
            return last[1]
        by, other = word_index(text)
        judged = self._judged
        new = [word for word in by if word not in judged]  # (not ``keys() - judged``: that walks ``judged``)
        if new:
            if len(judged) > 20_000:  # (then this text's words are all judged anew)
                judged.clear()
                self._may.clear()
                new = list(by)
            for word in new:
                judged[word] = bits = sum(1 << i for i, (prefixes, words) in enumerate(self._finders)
                                          if word.startswith(prefixes) or word in words)
                if bits:
                    self._may.add(word)
        found: list[list[int]] = [[] for _ in self._finders]
        for word in by.keys() & self._may:
            bits = judged[word]
            for i, out in enumerate(found):
                if bits >> i & 1:
                    out += by[word]
        others = other_word_starts(other)
        self._last = (text, (found, others))
        return found, others


_CUE_WORDS = _CueWords()


def _cue_starts(lead: str, prefixes: tuple[str, ...], words: tuple[str, ...] = (),
                literals: tuple[str, ...] = (), stems: tuple[str, ...] = ()):
    r"""Where ``lead`` matches in a text, every place (overlapping ones too, as ``finditer(text,
    overlapped=True)`` finds them), for the last text asked about: it is tried only where it may start, at
    the words that start with one of ``prefixes`` or are one of ``words`` (``_CueWords``; and every word not
    in ASCII), where each of ``literals`` is (a cue that starts on a digit or a sign: "2fa", "p/w") and in
    the 24 characters before each of ``stems`` (a compound's last part: ``[\w-]{0,24}?kennwort``). Scanning
    the text with the lead's long alternation cost more than the patterns that start on it."""
    regex, finder = re.compile(lead), _CUE_WORDS.add(prefixes, words)

    @lru_cache(maxsize=1)
    def starts(text: str) -> list[int]:
        low = folded(text)
        if len(low) != len(text):  # (a letter whose lower case is longer: the places found would shift)
            return [m.start() for m in regex.finditer(text, overlapped=True)]
        at_words, others = _CUE_WORDS(text)
        found = set(at_words[finder])
        found.update(others)
        for part in literals + stems:
            at = low.find(part)
            while at >= 0:
                found.update(range(max(0, at - 24), at + 1) if part in stems else (at,))
                at = low.find(part, at + 1)
        return [at for at in sorted(found) if regex.match(text, at)]
    return starts


# The first letters of a password label as OCR or leetspeak writes it ("PA55WORD", "P@ssword", "Pa$$word",
# "P@$$W0RD", "p4$$w0rd"): what the starts, the strings and the hint words below hold for ``_WORD``'s last
# alternative. Every way of writing "pas" with the letters' leet forms (``words.LEET_OF``, the classes
# ``[a@4]``, ``[s5$]`` of ``_WORD``), not a hand-kept list, so no combination is missed; "pas" itself is a
# plain prefix already.
_LEET_LABELS = tuple(f"p{a}{s}" for a in "a" + LEET_OF["a"] for s in "s" + LEET_OF["s"] if a + s != "as")
# The words of ASCII letters a password word (``_WORD``) may start on, its literals and its compounds' parts
_WORD_STARTS = _cue_starts(
    _WORD_LEAD, prefixes=tuple(
        "pas pw psw pss psk mdp wifi network wpa wlan code ssid hotspot router cle lastpass keepass "
        "bitwarden dashlane mot contrase clave palavra senha paro hesl hasle lozinka jelsz kata "
        "sandi nenosiri neno nywila contrasenya contrasinal pasahitz wagwoord lykilor fjal cyfrinair kalmar "
        "iphasiwedi gesl kodeord adgangskode ww nettverks memorable secret security safe magic".split()),
    words=("wi",),
    literals=("1password", "p/w", *_LEET_LABELS, "passw0", "passvv"),
    stems=("passwort", "kennwort", "wachtwoord", "lösenord", "adgangskode", "salasana", "passord"))


# Strings of which every password word (``_WORD``) holds one, as ``folded`` finds it (a text without any
# cannot hold one: one C-level pass each instead of the regex's scan). "ᲂ" (U+1C82) is an "о" to (?i).
_WORD_STRINGS = ("pass", "pasw", "pw", "psw", "mdp", "wifi", "wi-fi", "network", "wpa", "wlan", "psk",
                 *_LEET_LABELS,
                 "pasuw",
                 "nøgle", "nøkkel", "nyckel",
                 "jelsz", "mật", "sandi", "nenosiri", "neno", "nywila",
                 "contrasenya", "contrasinal", "pasahitz", "wagwoord", "lykilorð", "fjalëkalim", "cyfrinair",
                 "kalmar sirri", "kalmar\tsirri", "iphasiwedi",
                 "laluan", "gesl", "parool", "parole", "slaptažod",
                 "парол", "лозинк", "lösen", "kodeord", "adgangskode", "ww", "κωδικ", "συνθηματικ",
                 "bitwarden", "dashlane",
                 "schlüssel", "kennwort", "wachtwoord", "lösenord", "adgangskode", "salasana", "contrase",
                 "clave", "senha", "parola", "hasł", "hasle", "haśle", "şifre", "hesl", "lozinka", "пароль",
                 "пар\u1c82ль",
                 "memorable", "secret word", "secret\tword", "codeword", "code word", "code-word", "p/w",
                 "safe word", "safe\tword", "magic word", "magic\tword",
                 "code\tword", "security word",
                 "security\tword")
# … and of "log in", "sign on" (``_SIGN_IN_CUE``)
_SIGN_IN_STRINGS = tuple(f"{verb}{sep}{particle}"
                         for verb in ("log", "sign", "logs", "signs", "logged", "signed", "logging",
                                      "signing")
                         for sep in ("", " ", "\t", "-")
                         for particle in ("in", "on")) + ("get in", "get\tin", "unlock", "ssh")


@lru_cache(maxsize=1)  # every pattern of one text asks in turn
def _first_password_word(text: str) -> int | None:
    """Where the first password word of ``text`` starts (None: nowhere)."""
    at = _first_word_anywhere(text)  # (most texts have none: its strings are looked for after it)
    return at if at is not None and holds_any(text, _WORD_STRINGS) else None


def _first_word_anywhere(text: str) -> int | None:
    """``_first_password_word`` without its gate (the strings every password word but a rare one holds)."""
    starts = _WORD_STARTS(text)
    return starts[0] if starts else None


# where the value-first pattern can end: a password word, or "log in" / "sign on"
_VALUE_CUE_STRINGS = _WORD_STRINGS + _SIGN_IN_STRINGS
# (also "logged in", "signing into", "logs on")
_LOG_IN_VERB = r"(?:log|sign)(?:s|ed|ged|ing|ging)?[ \t-]?(?:in|on|into|onto)"
_SIGN_IN_VERB = rf"(?:{_LOG_IN_VERB}|ssh(?:['’]?d|ed|ing)?[ \t]+in(?:to)?)"  # ("ssh in as deploy with X")
_SIGN_IN_CUE = re.compile(rf"(?i:\b{_SIGN_IN_VERB}\b|\bget[ \t]+in\b|\bunlock\b)")
_SIGN_IN_STARTS = _cue_starts(_SIGN_IN_CUE.pattern, prefixes=("log", "sign", "ssh", "get", "unlock"))
_PHRASE_WORD = (
    r"pass[ \t-]?phrase|seed[ \t]+phrase|recovery[ \t]+phrase|mnemonic(?:[ \t]+phrase)?|secret[ \t]+phrase"
    r"|wallet[ \t]+words|passwort-?satz|phrase[ \t]+secr[èe]te|phrase[ \t]+de[ \t]+passe|frase[ \t]+secreta"
    r"|frase[ \t]+de[ \t]+contrase[ñn]a|frase[ \t]+segreta|frase-?senha|frase[ \t]+(?:de[ \t]+paso|clave)"
    r"|bip-?39(?:[ \t]+(?:phrase|seed|words))?"
    r"|(?:recovery|seed|backup|secret|wallet|mnemonic)[ \t]+words|(?:12|24)[ \t-]+words|wachtzin"
    r"|frase[ \t]+d['’]accesso|frase[ \t]+de[ \t]+acesso"
    r"|(?:key|master|unlock|vault|encryption|disk|luks|gpg|pgp)[ \t-]?phrase")
_PHRASE_LEAD = rf"(?i:\b(?:{_PHRASE_WORD})\b)"  # ... and those that start on a phrase word
_FIRST_PHRASE_WORD = re.compile(_PHRASE_LEAD)
# Strings of which every phrase word holds one (in any case): without one, no pattern starting on one runs.
_PHRASE_STRINGS = ("phrase", "frase", "seed", "mnemonic", "wallet", "bip", "words", "wachtzin", "passwort")
@lru_cache(maxsize=1)
def _spoken_digits(text: str) -> bool:
    """Whether ``text`` holds four digit words in a row ("four", "beş", "cinco"; pauses such as "..." between
    them), a spoken code's least: a text without has no spoken code, and no regex runs. (In a row: "to",
    "en" and "et" are digits in some language.)"""
    run = 0
    for word in text.lower().replace("-", " ").split():
        word = word.strip(",.…")
        if word in DIGIT_WORD_SET:
            run += 1
            if run == 4:
                return True
        elif word:
            run = 0
    return False


_CODE_WORD = (
    r"(?:recovery|backup|verification|one-time|one[ \t]+time|otp|2fa|mfa|security|auth(?:entication)?"
    r"|login|sign-in|access|unlock|door|alarm|safe|gate|atm|sim|locker|padlock|garage|lock|card|bank|keypad"
    r"|entry|building|key)[ \t]+codes?|otp|tan|puk2?|keypad|(?:safe|lock)[ \t]+(?:combo|combination)"
    # a code called a number: "your temporary access number is 731950"
    r"|(?:access|verification|unlock)[ \t]+number"
    r"|code[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|d['’]|de)[ \t]*(?:porte|portail|portillon|bâtiment|immeuble"
    r"|entrée|garage|alarme|digicode|coffre|casier|badge|bureau|local|salle|parking|cadenas|boîte)|digicode"
    r"|pin(?:[ \t-]?(?:code|number))?|geheimzahl|code[ \t]+pin|code[ \t]+secret|nip"
    # a SIM card's numbered ones (PIN1, PUK 2) and code words as OCR reads them (C0DE, P1N)
    r"|(?:pin|puk)[ \t]?[12]|c0de|c0d3|p1n"
    r"|c[óo]digo[ \t]+(?:de[ \t]+)?(?:acceso|seguridad|verificaci[óo]n)"
    r"|code[ \t]+(?:d['’]acc[èe]s|secret|confidentiel|de[ \t]+(?:connexion|s[ée]curit[ée]|v[ée]rification"
    r"|r[ée]cup[ée]ration|secours|sauvegarde))"
    r"|c[óo]digo[ \t]+de[ \t]+(?:recuperaci[óo]n|recupera[çc][ãa]o|respaldo|backup|verifica[çc][ãa]o)"
    r"|codice[ \t]+(?:di[ \t]+)?(?:recupero|backup|verifica|ripristino)"
    r"|kod[ \t]+(?:odzyskiwania|zapasowy|weryfikacyjny|awaryjny)|(?:kurtarma|yedek)[ \t]+kodu"
    r"|zugangscode|t[üu]rcode|sicherheitscode|codice[ \t]+(?:di[ \t]+)?(?:accesso|sicurezza)|toegangscode"
    # German and Dutch compounds of a one-time, confirmation or sign-in code: "Ihr Bestätigungscode lautet",
    # "uw verificatiecode is", "Freischaltcode", "inlogcode" (not "Fehlercode", "Postcode", "Quellcode")
    r"|(?:best[äa]tigungs|verifizierungs|verifikations|authentifizierungs|aktivierungs|freischalt|anmelde"
    r"|entsperr|zutritts|verificatie|bevestigings|beveiligings|authenticatie|activerings|ontgrendel|inlog"
    r"|aanmeld|sms|login)-?code"
    # "código do alarme", "codice dell'allarme", "deurcode", "alarmcode", "kod alarmu", "kod do drzwi"
    r"|c[óo]digo[ \t]+d[oae][ \t]+(?:alarme?|porta|puerta|port[ãa]o|cofre|caja)"
    r"|codice[ \t]+(?:dell['’][ \t]*|del(?:la)?[ \t]+)(?:allarme|porta|cassaforte|cancello)"
    r"|(?:deur|alarm|kluis|poort|tür|tor|tresor|safe|garagen)code"
    # a recovery or verification code in one word: "herstelcode", "Wiederherstellungscode",
    # "återställningskod"
    r"|(?:herstel|verificatie|beveiligings|wiederherstellungs|bestätigungs|sicherungs|backup|verifizierungs"
    r"|notfall)-?codes?|(?:återställnings|verifierings|reserv|säkerhets)kod(?:en|er)?"
    r"|kod[ \t]+(?:do[ \t]+drzwi|alarmu|dost[ęe]pu|pin)"
    # Swedish, Norwegian and Danish door, gate and alarm codes; Dutch key safes
    r"|(?:port|larm|dörr|dør|alarm|grind|pin)-?kod(?:en)?|(?:port|dør|alarm|pin)-?kode(?:n)?|koden[ \t]+till"
    r"|adgangskode(?:n)?|sleutelkluis(?:je)?|sleutelkastje|kluiscode"
    # Turkish "alarm kodu", Japanese in romaji "anshou bangou", one-time codes in other languages
    r"|(?:alarm|kapı|kasa|dolap|giriş|pin|güvenlik|doğrulama|onay)[ \t]+kodu"
    r"|anshou[ \t]+bangou|anshō[ \t]+bangō"
    r"|(?:kinko|rokkaa|rokkā|doa|genkan|gēto|geeto)(?:[ \t]+no)?(?:[ \t]+anshou)?[ \t]+bangou"
    r"|c[óo]digo[ \t]+de[ \t]+un[ \t]+solo[ \t]+uso"
    r"|c[óo]digo[ \t]+(?:otp|sms)|einmal(?:code|passwort|kennwort)"
    r"|codice[ \t]+(?:monouso|otp)|code[ \t]+(?:à[ \t]+usage[ \t]+unique|unique|sms|otp)"
    r"|(?:jednorazowy[ \t]+)?kod[ \t]+(?:jednorazowy|sms)|tek[ \t]+kullanımlık[ \t]+(?:kod|şifre)")
_CODE_LEAD = rf"(?i:\b(?:{_CODE_WORD})\b)"  # how the patterns that start on a code word start
# (the words of ASCII letters a code word may start on, and its literals)
_CODE_STARTS = _cue_starts(_CODE_LEAD, prefixes=tuple(
    "recovery backup verification one otp mfa security auth login sign access unlock door alarm safe gate "
    "atm sim lock padlock garage card bank keypad entry building key tan puk code digicode pin geheimzahl "
    "nip codigo codice kod kurtarma yedek zugangscode turcode sicherheitscode toegangscode bestatigungs "
    "verifizierungs verifikations authentifizierungs aktivierungs freischalt anmelde entsperr zutritts "
    "verificatie bevestigings beveiligings authenticatie activerings ontgrendel inlog aanmeld sms deur kluis "
    "poort tor tresor herstel wiederherstellungs sicherungs notfall verifierings reserv port larm grind "
    "adgangskode sleutel kapı kasa dolap onay anshou kinko rokkaa doa genkan geeto einmal jednorazowy "
    "tek".split()), literals=("2fa", "c0d", "p1n"))
# Strings of which every code word holds one (in any case)
_CODE_STRINGS = ("code", "otp", "tan", "puk", "keypad", "combo", "combination", "pin", "geheimzahl", "digo",
                 "access number", "verification number", "unlock number",
                 "c0de", "c0d3", "p1n",
                 "codice", "kod", "bangou", "bangō", "einmal", "kullan", "nip", "sleutel")


# Code words of the languages the patterns above do not spell out, found inside compounds too ("kapukód",
# "Portkoden", "hälytyskoodi", "kodelås", "pinkode"), and the links between such a word and its code
# ("er", "är", "on", "je", "e", "este", "to", "ay", "là"). "code", "pin" and "combo" are here for the
# shapes the patterns above do not take ("42*354", "8-8-8-4", "70 48 03") and for links of other
# languages ("Ang code ng gate ay 00*2673").
_ANY_CODE_WORD = (r"\p{L}{0,16}?(?:kod|kód|kood|kodu|codul|codu|szyfr|şifre|sifre|šifr)\p{L}{0,6}"
                  r"|mã(?:[ \t]+(?:số|pin|cửa|khóa|khoá|mở[ \t]+khóa))?|code|codes|passcodes?|c[óo]digo"
                  r"|codice|puk|combo"
                  r"|pin(?:ul|-ul|u|en|kod\p{L}{0,3}|kode\p{L}{0,3}|koodi\p{L}{0,3}|numm?er\p{L}{0,3})?"
                  r"|kombinasyon|combinaci[óo]n|combinatie|combinação|kombination|kombinacja|combination"
                  r"|combinaison|combinazione"
                  r"|tunnuslu\p{L}{1,6}"  # (Finnish: a bank card's PIN, "tunnusluku on 4471")
                  # (Swahili: a PIN is a "secret number", "namba ya siri ya M-Pesa ni 4471"; "msimbo" a code)
                  r"|nam(?:ba|bari)[ \t]+ya[ \t]+siri|msimbo(?:[ \t]+wa[ \t]+siri)?"
                  # (Russian, Hindi, Arabic: "код ворот 4472", "गेट का कोड 4472 है", "رمز البوابة هو 4472")
                  # (not India's postal "पिन कोड", the PIN code of an address)
                  r"|код\p{L}{0,3}|(?<!पिन[ \t]*)कोड|(?:ال)?(?:رمز|كود)")
# a lock's code as typed: "4471", "4471#", "12-34-56" (a combination); or also read out: "7 3 9 1"
_ENTRY_CODE = r"[*#]?\d{4,8}[#*]?|\d{1,2}(?:-\d{1,2}){2,3}"
_LOCK_CODE = rf"{_ENTRY_CODE}|\d(?:[ ]\d){{3,7}}"
# one turn of a dial: "22 left", "right to 24", "3 turns right to 24", "R24", "L 11"
_TURN = (r"(?:\d{1,2}[ \t]+(?i:left|right|links|rechts|gauche|droite|izquierda|derecha)"
         r"|(?:\d[ \t]+(?i:turns?|times)[ \t]+)?(?i:left|right|links|rechts|gauche|droite|izquierda|derecha)"
         r"[ \t]+(?i:to[ \t]+|auf[ \t]+|à[ \t]+|a[ \t]+)?\d{1,2}|(?-i:[LR])[ \t]?\d{1,2})")
_ANY_LINK = r"is|are|er|är|on|on[ \t]+nyt|je|e|este|es|é|è|ist|to|jest|ay|là|adalah|ialah|de|da|ni|van|nyní"
# a code's shapes: digits with a star or hash ("*2580", "4471#", "42*354"), digits in pairs or singles
# ("70 48 03", "8-8-8-4", "17-23-5"), plain digits, or letters and digits as a password has them
_ANY_CODE = (r"[*#]?\d{3,10}[#*]?|\d{1,4}\*\d{2,6}#?|\d(?:-\d){3,7}|\d{2}(?:[ \t]\d{2}){2,3}|\d{3}[ -]\d{3}"
             # (a combination: "12/34/56"; not a date, ``_not_a_chosen_code``)
             r"|\d{1,2}(?:/\d{1,2}){2,3}(?!/)"
             r"|\d{1,2}(?:-\d{1,2}){2,3}|(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[^\s\"'`,;()]{6,40}(?<![.!?:])")
# A lock, an alarm or a safe, in the languages of ``_ANY_CODE_WORD`` (a chat asks for its number)
_LOCK_WORD = (r"alarm\p{L}{0,6}|lukko\p{L}{0,4}|kilid\p{L}{0,6}|kilit|lås\p{L}{0,4}|slot|lock|padlock|safe"
              r"|tresor|trezor\p{L}{0,2}|sejf\p{L}{0,2}|széf|kłódk\p{L}|zámek|hänglås|hengelås|cadeado|candado"
              # a key box, a locker, an intercom: "what's the lockbox number?\nOlu: 4827"
              r"|lock[ \t-]?box(?:es)?|key[ \t-]?(?:safe|box)|lockers?|intercom|buzzer")
_LOCK_STRINGS = ("alarm", "lukko", "kilid", "kilit", "lås", "slot", "lock", "safe", "tresor", "trezor",
                 "key box", "keybox", "key-box", "key\tbox", "intercom", "buzzer",
                 "sejf", "széf", "kłódk", "zámek", "cadeado", "candado")
# (the code words of Swahili, Russian, Hindi and Arabic: no hint word of the recognizer holds them)
_UNHINTED_CODE_WORDS = ("siri", "msimbo", "код", "कोड", "رمز", "كود")
_ANY_CODE_STRINGS = ("kod", "kód", "kood", "codu", "szyfr", "şifre", "sifre", "šifr", "mã", "code", "digo",
                     "codice", "pin", "puk", "combo", "combina", "kombina", "tunnuslu", *_UNHINTED_CODE_WORDS)


# ... and of the other words ``_ANSWERED_LEAD`` takes
# (whole words: not "snippet", "standard")
_ANSWERED_WORDS = re.compile(r"(?i)\b(?:nip|token|otp|tan|cvv2?|cvc2?|csc|security[ \t]+number|keypad|bangou"
                             r"|bangō)\b")
# Strings of which every cue word of "code given in the next turn" holds one
_TURN_CUE_STRINGS = ("code", "pin", "otp", "pass", "kennwort", "mot de passe", "mdp", "wifi", "wi-fi", "wlan",
                     "contraseña", "clave", "senha", "código", "codice", "kod", "şifre", "hasło",
                     "wachtwoord")


@lru_cache(maxsize=1)  # the patterns of one text ask in turn
def _first_code_word(text: str) -> int | None:
    """Where the first code word of ``text`` starts (None: nowhere)."""
    starts = _CODE_STARTS(text)
    return starts[0] if starts and holds_any(text, _CODE_STRINGS) else None


# Between a code word and its value: "the door code stays 4392", "votre code d'accès provisoire est …"
_CODE_LINK = (r"(?i:is|was|stays|remains|will[ \t]+be|c['’]est|est|reste|ist|lautet|bleibt|es|è|é|is[ \t]+now"
              r"|wa|är|er|still|(?:is|was)[ \t]+still"
              r"|to[ \t]+jest|jest|to|là|ay|je|on|e|este|foi|fue|era|war|adalah"
              r"|(?:(?:has[ \t]+been|was|got)[ \t]+)?(?:reset|changed|set|updated)[ \t]+to|:)"
              r"(?:[ \t]+(?:le|el|il|lo|o))?")  # ("est le 4821", "es el 4821", "è il 4821")
# "the loading-bay door code| for the dock| stays …", "El PIN| de la tarjeta de empresa| es …"
# ... or a comma and "it's": "tell her the code, it's 9182", "le code, c'est 2297"
_COMMA_LINK = (r"[ \t]*,[ \t]*(?i:it['’]s|it[ \t]+is|that['’]s|c['’]est|das[ \t]+ist|es[ \t]+ist|ist|es|è|é"
               r"|är|er)(?:[ \t]+(?:le|el|il|o))?")
_CODE_GAP = r"(?:[ \t]+[^\s.:=#]{1,20}){0,6}?"  # ("The PIN I gave the courier was 4821", "kód k trezoru")
# A rule about a code rather than the code: "the PIN must not be 1234", "el PIN … no puede ser 1234" (not the
# Japanese particle: "doa no anshou bangou wa 6889")
_NEGATED = re.compile(r"(?i:\b(?:not|never|cannot|can['’]t|mustn['’]t|shouldn['’]t"
                      r"|no(?![ \t]+(?:anshou|anshō|bangou|bangō))|nicht|nie|kein\w*|pas|jamais|nunca|non"
                      r"|niet|nooit|inte|ikke|ei|ne|nem|não|nu|asla|değil)\b)")
# ... with a verb of rules beside the negation
_MODAL = re.compile(r"(?i:\b(?:must|should|may|can|cannot|can['’]t|mustn['’]t|shouldn['’]t|darf|dürfen|muss"
                    r"|doit|peut|debe|puede|deve|pode|può|moet|mag|mogen|musí|může|może|trebuie|poate|pitää|saa|får"
                    r"|må|kan|kell|szabad|lehet|harus|boleh|phải|được|olabilir|malı|meli)\b)")
# A list of recovery codes after its heading: "GitHub recovery codes:\n cx7k-xwty\n 2067 4278\n …"
_CODES_WORD = (
    r"(?:recovery|backup|scratch|emergency|bypass|one-time|2fa|mfa|two-factor|two-step|2-step|2sv)[ \t-]+"
    r"(?:verification[ \t]+)?(?:codes|keys)|backup-?codes|wiederherstellungs-?codes|notfall-?codes"
    r"|codes[ \t]+de[ \t]+(?:secours|r[ée]cup[ée]ration|sauvegarde)"
    r"|c[óo]digos[ \t]+de[ \t]+(?:respaldo|recupera[cç]i?[óo]n|recupera[cç][ãa]o|seguridad|backup)"
    r"|herstelcodes|back-?upcodes|codici[ \t]+di[ \t]+(?:backup|recupero)"
    r"|(?:återställnings|reserv|backup)koder|kody[ \t]+(?:zapasowe|odzyskiwania)"
    r"|(?:yedek|kurtarma)[ \t]+kodlar[ıi]?"
    # Russian, Hindi, Arabic, Indonesian, Vietnamese and Swahili ones
    r"|коды[ \t]+восстановления|(?:резервные|запасные)[ \t]+коды|(?:रिकवरी|बैकअप)[ \t]+कोड"
    r"|رموز[ \t]+(?:الاسترداد|الاسترجاع|احتياطية)|الرموز[ \t]+الاحتياطية|kode[ \t]+(?:pemulihan|cadangan)"
    r"|mã[ \t]+(?:khôi[ \t]+phục|dự[ \t]+phòng)|misimbo[ \t]+ya[ \t]+(?:kurejesha|akiba|dharura)"
    # a bank's list of transaction numbers: "TAN list", "iTAN-Liste", "TAN card", "TAN codes: 001: …"
    r"|i?tans?(?:[ \t-]?(?:list[ea]?|card|karte|bogen|block|codes|numbers|nummern))?|transaktionsnummern")
# ... in Chinese, Japanese and Korean, glued to the words around it: "我的备用码：…", "バックアップコード：…"
_CJK_CODES = ("备用码", "備用碼", "备份码", "備份碼", "恢复码", "恢復碼", "救援码", "バックアップコード",
              "リカバリーコード", "リカバリコード", "復旧コード", "백업코드", "복구코드", "백업 코드",
              "복구 코드")
_CJK_CODES_WORD = "|".join(_CJK_CODES)
# (where that heading's word starts)
_CODES_HEADING_STARTS = _cue_starts(rf"(?i:\b(?:{_CODES_WORD})\b|{_CJK_CODES_WORD})", prefixes=tuple(
    "recovery backup scratch emergency bypass one mfa two wiederherstellungs notfall codes codigos "
    "herstelcodes back codici reserv kody yedek kurtarma itan tan transaktion kode misimbo".split()),
    literals=("2fa", "2-step", "2sv", *_CJK_CODES))


@lru_cache(maxsize=1)
def _line_starts(text: str) -> list[int]:
    """Where the lines of ``text`` start (where a pattern that starts on ``(?m:^)`` is tried)."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


# A line of one word of four characters or more (what ``password on the line after its label`` takes after its
# label's line)
_ONE_WORD_LINE = re.compile(r"[ \t]*[^\s\"'`]{4,64}[ \t]*\r?(?=\n|\Z)")


@lru_cache(maxsize=1)
def _label_line_starts(text: str) -> list[int]:
    """Where the lines of ``text`` followed by a line of one word start."""
    starts = _line_starts(text)
    return [starts[i - 1] for i in range(1, len(starts)) if _ONE_WORD_LINE.match(text, starts[i])]


_ONE_CODE = (r"(?:\d{4}[ -]?\d{4}(?:[ -]?\d{2,4})?|\d{6,10}|\d{3}-\d{3}-\d{3}"
             r"|[A-Za-z0-9]{4,6}(?:-[A-Za-z0-9]{4,6}){1,4}"
             # a code as OCR reads it, letters for a few digits ("3O1948", "l18204")
             r"|(?=(?:[OolISB]*\d){4})[\dOolISB]{6,10}"
             # (or eight to twelve letters and digits in one case: "x7kq2mfa9p", "CUI2HIFZ7Z")
             r"|(?=[a-z]{0,11}\d)[a-z0-9]{8,12}|(?=[A-Z]{0,11}\d)[A-Z0-9]{8,12})(?![\w-])")
# ... and after one, a code that happens to hold no digit ("K7QM2XPL9A QWERTPLKJH M4N5B6V7C8")
_LATER_CODE = rf"(?:{_ONE_CODE}|[A-Z]{{8,12}}(?![\w-]))"
# one backup code as sites print them, four characters, a dash, four ("8472-1930", "bl47-d43u"), and what
# stands between codes in a row (spaces, a comma, a new line with a bullet)
_FOUR_FOUR = r"[a-z0-9]{4}-[a-z0-9]{4}"
_ROW_SEP = r"(?:[ \t]*[,;][ \t]*|[ \t]+|[ \t]*\r?\n[ \t]*(?:[-*•][ \t]+)?)"
# (the gates of these shapes find one by its dash, a literal a search skips to: "[a-z0-9]{4}-…" tried at every
# character cost ten times more)
_FOUR_FOUR_GATE = stdlib_re.compile(r"-(?<=[a-z0-9]{4}-)[a-z0-9]{4}[ \t,;\r\n]")
# (a list's index before a code: "1.", "01)", "001:", "No. 01", "1 -", or a number alone: "01 482913")
_CODE_INDEX = r"(?:(?i:no\.?|nr\.?|#)[ \t]*)?\d{1,3}(?:[.):]|[ \t]+[-–=:])?[ \t]+"
# (a middle dot or a bullet in a row: "4829 1736 · 9053 2281"; "and" before the last one: "… 4829 1736 and
# 9053 2281")
_CODE_AND = r"(?i:and|und|et|y|e|en|och|og|ve|dan|và|na|oraz|и)"
_CODE_SEP = (rf"(?:[ \t]*(?:[,;|/、，；：·•]|\r?\n)[ \t]*|[ \t]+(?:{_CODE_AND}[ \t]+)?)"
             rf"(?:{_CODE_INDEX}|[-*•][ \t]+)?")
_PASSPHRASE = re.compile(r"^[^\W\d_]+(?:[-._][^\W\d_]+){2,}$")
# ... or written in CamelCase, three words or more: "TrumpetWagonPumpkin" (``_word_phrase`` tells it from an
# identifier)
_CAMEL_WORDS = re.compile(r"^(?:\p{Lu}\p{Ll}{2,11}){3,8}$")
_CAMEL_SPLIT = re.compile(r"\p{Lu}\p{Ll}+")
# Words of identifiers, not of passphrases: "UserAccountService", "max_retry_count", "load_user_config"
_CODE_PARTS = frozenset(
    "user users account accounts service services client clients builder manager managers data base system"
    " factory handler controller provider helper helpers util utils config configs impl api model models view"
    " views request response error errors exception test tests type types list map set get put post delete"
    " string value values key keys name names file files path info item items object node class interface"
    " event events message messages context session cache store repository adapter listener queue task job"
    " worker server app application component module plugin resource schema table record entity field option"
    " options setting settings parameter params token tokens secret secrets password passwords auth login"
    " logger log logs format parser reader writer stream buffer channel socket connection pool thread process"
    " runner executor scheduler spec mock stub default main core common abstract generic simple custom"
    " new old"
    " temp tmp wrapper proxy bean dto dao entry page form button input output label text image icon color"
    " style theme layout screen dialog window panel menu card header footer body content container max min"
    " count retry retries timeout size length index id ids url uri host port env dev prod staging local"
    " remote"
    " db sql query update create read write load save init start stop run check validate parse build deploy"
    " admin root group role roles permission policy rule rules hash crypt encrypt decrypt sign verify send"
    " fetch first last next prev total number num date time day week month year".split())


_LINK_BEFORE = re.compile(r"(?i:(?:\b(?:is|was|with|using|ist|lautet|est|es|è|é|con|mit|avec|met)|[:=])[ \t]*"
                          r"[\"'`“‘]?\Z)")


def _phrase_words(value: str) -> int:
    """How many words ``value`` joins when it is ordinary words joined by "-", "_", "." or written in
    CamelCase, none a stop word or an identifier's word: a passphrase ("trumpet_wagon_pumpkin_saddle",
    "TrumpetWagonPumpkin"); 0 when it is not."""
    # (C-level tests first: most words are neither)
    if value.isalpha() and value[:1].isupper() and _CAMEL_WORDS.match(value):
        parts = _CAMEL_SPLIT.findall(value)
    elif ("-" in value or "_" in value or "." in value) and _PASSPHRASE.match(value):
        parts = re.split(r"[-._]", value)
    else:
        return 0
    words = [p.lower() for p in parts]
    # (not a mask of one letter repeated: "xxxx-xxxx-xxxx-xxxx")
    ordinary = all(3 <= len(w) <= 12 and len(set(w)) > 1 and w not in STOP_WORDS and w not in _CODE_PARTS
                   and w not in tech_words() for w in words)
    return len(words) if ordinary else 0


def _word_phrase(value: str, least: int = 3) -> bool:
    """``_phrase_words``: ``least`` words or more."""
    return _phrase_words(value) >= least

# Words around a code that make it a one-time or sign-in code: how it came, how it is used, how long it lasts
_ONE_TIME_CONTEXT = re.compile(
    r"(?i:\b(?:sms|texto?|text(?:ed)?|message|mail|app|authenticator|2fa|mfa|otp|one-time|verif\w*|valid\w*"
    r"|expire\w*|minutes?|temporary|temporaire|provisoire|temporal|temporaneo|tempor[aá]rio|vorläufig\w*"
    r"|received|reçu|recibido|ricevuto|recebido|erhalten|ontvangen|sent|envoyé|enviado|inviato|gesendet"
    r"|enter|type|saisi\w*|entre[zr]|tape[zr]|introduzca|ingres[ae]|digite|inserisci|eingeben|geben|voer"
    r"|log[ \t]?in|sign[ \t]?in|connexion|anmeld\w*|inloggen|acceso|accesso|login)\b)")
# A one-time code as it came or is used: "got the text with 017042", "an SMS with 771 204", "Ich habe die SMS
# mit 551 882 bekommen", "448 120 is your code", "Enter 339912 to verify" (five to eight digits: "the message
# with 1000 signatures" is no code)
_MESSAGE_CODE = (
    r"(?i:\b(?:sms|text(?:[ \t]+message)?|message|nachricht|mensaje|texto|mensagem|messaggio|bericht)[ \t]+"
    r"(?:with|containing|mit|con|avec|com|met)[ \t]+(?:(?:the|a|der|dem|el|le|o)[ \t]+)?(?:code[ \t]+)?"
    r"|\btexted[ \t]+(?:me[ \t]+)?(?:the[ \t]+code[ \t]+)?|\benter[ \t]+"
    r"|\b(?:sms|text[ \t]+message)[ \t]*:[ \t]*)"  # ("got the SMS: 448 120")
    # (not a date: "Enter 2024-01-15 when asked for the start date")
    r"(?P<otp>)(?P<value>(?!(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d))\d{2,4}[ -]?\d{2,4}(?:[ -]?\d{2,4})?)"
    r"(?![\w-]|[.,]\d)"
)
# (maybe with its sender's letter, two words before "code": "G-482913 is your Google verification code")
_CODE_BEFORE_USE = (
    r"(?<![\w.,-])(?P<otp>)(?P<value>(?:[A-Z]-)?\d{2,4}[ -]?\d{2,4})[ \t]+(?i:is[ \t]+your[ \t]+"
    r"(?:\w+[ \t]+){0,2}(?:code|otp|pin)\b|to[ \t]+(?:verify|confirm|sign[ \t]+in|log[ \t]+in))"
)
# a count or an amount after the number: "a message with 120000 impressions", "120000 EUR"
_AMOUNT_AFTER = re.compile(r"[ \t]*(?:%|€|\$|£|(?i:eur|euros?|usd|dollars?|gbp|pounds?|people|kb|mb|gb)\b"
                           r"|[ \t](?!(?:is|was|has|does|as|its|this|us|yes|plus|his|hers)\b)[a-z]{2,}s\b)")
_MESSAGE_STRINGS = ("sms", "text with", "texted", "text message", "message with", "nachricht mit",
                    "mensaje con", "texto con", "mensagem com", "messaggio con", "bericht met", "enter ",
                    "is your", "to verify", "to confirm")
_AT_TIME = re.compile(r"(?i:\b(?:at|um|à|kl\.?|om|alle|às|las|by|until|till|before|after|since|from|o)"
                      r"[ \t]+\Z)")
# A code of four to six capitals and digits, both, maybe with a "#" or "*" inside: "AB#12", "7XY3", "KQ7ZP"
# (not a bank's BIC, eight or eleven: "BYLADEM1")
_CAPS_CODE = re.compile(r"(?=[A-Z\d#*]{4,6}\Z)(?=[A-Z#*]*\d)(?=[\d#*]*[A-Z])[A-Z\d]{1,5}[#*]?[A-Z\d]{1,5}")
_LETTER_CODE = re.compile(r"[A-Z]\d{3,6}")  # "Code d'accès du parking : A4521"
_BIC = re.compile(r"[A-Z]{6}[A-Z\d]{2}(?:[A-Z\d]{3})?")  # a bank's BIC: bank, country, place (branch)
_BANK_BEFORE = re.compile(r"(?i:\b(?:bank|bic|swift|banque|banco|banca)\b)")
_RECEIPT = re.compile(r"(?i:\b(?:receipts?|recibo|quittung|kassenbon|kassenzettel|beleg|kvitto"
                      r"|kvittering|scontrino|ricevuta|bonnetje|kassabon|paragon|fiş|fişi|hóa[ \t]+đơn)\b)")
_YEAR = re.compile(r"(?:19|20)\d\d")  # "the PIN since 2019", "code 2024": a year, not a code
# ... unless said to be the code: "el pin del móvil es 1984", "PIN: 2011"
_LINKED = re.compile(r"(?i:\b(?:is|es|est|ist|lautet|è|é|era|was)(?:[ \t]+(?:still|now|noch|jetzt|toujours"
                     r"|todav[íi]a|ainda|ancora|nog))?|[:=])[ \t]*\Z")
_TRAILING = ".,;:?)]}\"'`"  # not "!": passwords end in one more often than sentences around them
_MODULE_AFTER = re.compile(r"\.[A-Za-z_]\w*\(")  # a module's function called: "psycopg2.connect("
_IMPORT_BEFORE = re.compile(r"\b(?:import|from)[ \t]+\Z")
# A verb of use, as an instruction: "use X", "usa X", "utilise X", "benutze X", "gebruik X", "użyj X",
# "kullan X", "pakai X", "tumia X"
_USE_VERB = (r"use|usa|usate|usi|utilise|utilisez|utiliser|benutze|benutzen|benutz|nutze|nimm|gebruik|usar"
             r"|usá|utiliza|utilice|użyj|uzyj|kullan|pakai|gunakan|dùng|tumia|använd|brug|bruk")
# A note that the value's spaces belong to it: "with the spaces", "con gli spazi", "avec les espaces",
# "mit Leerzeichen", "com os espaços", "met spaties", "med mellanslag", "ze spacjami", "spaces included"
_SPACES_NOTE = (
    r"(?i:(?:with|incl(?:uding|\.)?|con|avec|mit|inkl\.?|com|met|med|ze|z|dengan|pakai|ile|kwa|na|có)[ \t]+"
    r"(?:(?:the|its|all|gli|i|los|las|les|tous|die|den|allen|os|todos|de|alle|sina|dấu)[ \t]+){0,2}"
    r"(?:spaces?|spazi|espacios?|espaces?|leerzeichen|espaços|spaties|mellanslag(?:en)?|mellemrum(?:mene)?"
    r"|mellomrom(?:mene)?|spacjami|boşluklarla|boşluklar|spasi|nafasi|cách|khoảng[ \t]+trắng)\b"
    r"|spaces[ \t]+included|boşluklu)")
# (strings of which every note of ``_SPACES_NOTE`` holds one)
_SPACES_STRINGS = ("space", "spazi", "espac", "espaç", "leerzeichen", "spaties", "mellanslag", "mellemrum",
                   "mellomrom", "spacj", "boşluk", "spasi", "nafasi", "cách", "khoảng")
# What the value typed with its spaces is for when a verb of use gives it: signing in, getting in
_ENTRY_CONTEXT = re.compile(
    r"(?i:\b(?:log(?:ging)?[ \t-]?in|sign(?:ing)?[ \t-]?in|get[ \t]+in|login|entr(?:are|ar|er|ez|y)"
    r"|acced(?:ere|er|i|a)|access\w*|acceso|acesso|connect\w*|connexion|einlogg\w*|anmeld\w*|reinkommen"
    r"|inlogg\w*|zaloguj\w*|giriş|masuk|đăng[ \t]+nhập|kuingia|ingia|logga[ \t]+in|unlock\w*)\b)")
# "and the one of": a second password named by its account alone ("e a do e-mail é X", "y la del router es
# Y", "et celui de la banque est Z", "und das für die Bank ist Z", "and the one for the bank is Z")
_AND_THE_ONE_OF = (
    r"(?:e|y|i|et|und|en|och|og|and)[ \t]+"
    r"(?:(?:a|o|as|os)[ \t]+d[oae]s?|(?:la|el|lo)[ \t]+de(?:l|[ \t]+la)?"
    r"|quell[ao][ \t]+d(?:i|el(?:la|lo)?|ell['’])|cel(?:le|ui)[ \t]+d(?:e|u|es)"
    r"|(?:das|die|der)[ \t]+(?:für|vom|von|zum|zur)|(?:die|dat|het)[ \t]+(?:van|voor)"
    r"|the[ \t]+one[ \t]+(?:for|of|on)|det[ \t]+(?:till|för|til|for))")
# A phrase of three to 24 words, any of them capitalised or a number: "Correct Horse Battery Staple Nine"
_PHRASE = r"\p{Lu}?\p{Ll}{1,11}(?:[ \t]+(?:\p{Lu}?\p{Ll}{1,11}|\d{1,4})){2,23}"
# A passphrase's words after its link, three to eight ("purple monkey dishwasher", "violet singe
# lave-vaisselle"), quoted or after "it's", ending the clause or followed by a note on how to type them ("with
# spaces", "all lowercase") (``_phrase_of_words`` tells them from prose)
_PHRASE_TAIL = (r"(?i:(?:it['’]s|it[ \t]+is|c['’]est|just|simply|now|literally)[ \t]+)?[\"'`“‘„«]?[ \t]?"
                r"(?P<phrase_words>)(?P<value>\p{L}{3,14}(?:-\p{L}{2,14})?"
                # (a number may end it: "dune parsnip thistle 87")
                r"(?:[ \t]+\p{L}{3,14}(?:-\p{L}{2,14})?){2,7}?(?:[ \t]+\d{1,4})?)"
                r"(?=[\"'`”’»]?[ \t]*(?:[?!.,;:()]|[-–—][ \t]|\r?\n|$)"
                r"|[ \t]+(?i:with|without|all|in|no|including|lol|haha|btw|and|but|then|for|avec|sans|en|mit"
                # ("and" of other languages: "la clave del wifi es river saddle bamboo y la del router …")
                r"|ohne|con|sin|y|und|et|e|ou|oder|o|ve|oraz|og|och)\b)")
# ... and after a password word, a sentence's article may start it ("Mot de passe : le chat noir dort", "the
# password is the purple monkey dishwasher"): three words or more after it, judged without it
_ARTICLE = r"(?i:le|la|les|un|une|the|el|los|las|il|lo|gli|der|die|das|ein|eine|de|het|een|o|os|as|um|uma)"
_ARTICLED_PHRASE_TAIL = _PHRASE_TAIL.replace("(?P<value>", rf"(?P<value>(?:(?P<article>{_ARTICLE})[ \t]+)?",
                                             1)
# Words of a password spelled out: the radio alphabet, digits, case and symbol words.
_SPELLING = (r"alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november"
             r"|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu|zero|one|two"
             r"|three|four|five|six|seven|eight|nine|niner|capital|upper(?:case)?|lower(?:case)?|majuscule"
             r"|minuscule|dash|hyphen|underscore|dot|point|tiret|exclamation|hash|star|asterisk")
# Password, PIN and code words of scripts with no case or word boundary the patterns rely on
# (not a bare "code" of Hindi, Arabic or Hebrew, nor Hindi "पिन कोड" / "पिनकोड", a postal code: a PIN is "पिन"
# alone, "फ़ोन का पिन 4821"; Russian codes only of an entry, a safe, a lock or a card; Urdu "پاس ورڈ")
_OTHER_SCRIPT_WORDS = ("पासवर्ड", "कूटशब्द", "पिन", "पासकोड", "ओटीपी", "پاس ورڈ",
                       "পাসওয়ার্ড", "கடவுச்சொல்", "گذرواژه", "პაროლი", "գաղտնաբառ", "የይለፍ ቃል",
                       "нууц үг", "құпия сөз",
                       "كلمة المرور", "كلمة السر", "كلمة مرور", "كلمة سر", "الرقم السري", "الرمز السري",
                       "الباسورد", "باسورد", "الباسوورد", "عبارة المرور", "पासफ़्रेज़", "पासफ्रेज",
                       "رقم سري",
                       "رمز عبور", "סיסמה", "סיסמא", "รหัสผ่าน", "пин-код", "пин код", "пин", "код от",
                       "код від", "кодът на", "кода на", "код на", "паролата", "парола", "лозинка", "лозинку",
                       "код домофона", "код двери", "код подъезда", "код сейфа", "код замка",
                       "код сигнализации")
_NOT_POSTAL = r"(?![\p{L}\p{M}]|[^\S\n]*कोड)"  # ("पिन" alone: not "पिन कोड", "पिनकोड")
_OTHER_SCRIPT_WORD = "|".join(w.replace(" ", "[ \\t]+") + (_NOT_POSTAL if w == "पिन" else "")
                              for w in _OTHER_SCRIPT_WORDS)
_CJK_WORDS = ("パスワード", "暗証番号", "パスコード", "ピン番号", "PINコード", "密码", "口令", "密碼",
              "비밀번호", "암호", "핀번호", "비번", "패스워드", "番号")
# A lock, a door, a gate, an alarm, a safe or a locker in Japanese, Chinese and Korean, and a code's words
# there (a bare "コード", "码" or "番号" is a code only after such a word: not a postal code "邮政编码", a
# stock's "代码" or a phone's "電話番号"); and the words that are a password or PIN alone
_CJK_LOCK = ("アラーム|警報|警備|セキュリティ|ドア|玄関|門|正門|裏口|金庫|キーボックス|ロッカー"
             "|オートロック|ゲート|南京錠|ダイヤル錠|鍵|门禁|門禁|大门|大門|房门|家门|门锁|門鎖|防盗门"
             "|报警器?|警报器?|報警器?|警報器|保险箱|保险柜|保險箱|保險櫃|储物柜|储物箱|密码锁"
             "|현관|도어락|대문|금고|경보기?|알람|사물함")
_CJK_CODE = ("解除コード|暗証番号|パスコード|コード|暗証|开门码|开锁码|密码|密碼|代码|代碼|码|碼|口令"
             "|비밀번호|코드")
_CJK_STRONG = "暗証番号|パスコード|ピン番号|PINコード|密码|密碼|口令|비밀번호"
_CJK_LOCK_STRINGS = tuple(_CJK_LOCK.replace("?", "").split("|"))


# Entries whose label names a keypad code (English and the languages of ``_ANY_CODE_WORD``); never a building
# or room, whose numbers are addresses
_ENTRY_LABEL = (r"(?:front|back|side|main|garden|street)[ \t]+(?:door|gate)|door|gate|garage|lock[ \t-]?box"
                r"|key[ \t-]?safe|key[ \t-]?box|safe|locker|alarm|disarm|keypad|padlock|bike[ \t]+lock"
                r"|intercom"
                r"|buzzer|entry|entrance|shed|storage|deur|poort|tür|tor|porte|portail|puerta|port[óo]n|porta"
                r"|port[ãa]o|cancello|dörr|dør|portti|drzwi|brama|dveře|brána|kapı|ușa|poarta|kapu|cửa|pintu"
                r"|gerbang|tresor|kluis|sleutelkluis|schlüsselsafe|boîte[ \t]+à[ \t]+clés")
_ENTRY_STRINGS = ("door", "gate", "garage", "lock", "safe", "key", "alarm", "keypad", "intercom", "buzzer",
                  "entr", "shed", "storage", "deur", "poort", "tür", "tor", "port", "puerta", "cancello",
                  "dörr", "dør", "drzwi", "brama", "dveře", "brána", "kapı", "ușa", "poarta", "kapu", "cửa",
                  "pintu", "gerbang", "tresor", "kluis", "boîte")
# An entry's label right before a number, no colon or link between ("gate 1845")
_LABEL_BEFORE = re.compile(rf"(?i:\b(?:{_ENTRY_LABEL})[ \t]+\Z)")
# A verb of typing a code, as an instruction: "Type 7720 when …", "then enter 4471", "tapez 5619"
_TYPED_VERBS = (r"type|enter|key[ \t]+in|punch[ \t]+in|dial|press|tape[zr]?|compose[zr]?|saisi(?:r|ssez)"
                r"|entre[zr]|tipp(?:e|en)|gib|geben[ \t]+sie|digita|digite|teclea|marca|marque|inserisci"
                r"|toets|voer[ \t]+in")
_TYPED_BEFORE = re.compile(rf"(?i:(?:^|[.!?:;,(]|\b(?:then|and|just|please|pls|simply|you|puis|et|dann|und"
                           rf"|luego|y|poi|e))[ \t]*(?:{_TYPED_VERBS})(?:[ \t]+(?:le|el|il|o|den|de|die))?"
                           r"[ \t]+\Z)")
# Cues of "answer to a security question" (a pattern and a hint of its own)
_SECURITY_ANSWER_STRINGS = ("security question", "secret question", "security answer", "secret answer",
                            "maiden", "memorable")


# what a card's security code is asked for as ("the three digits on the back", "CVV")
_CVV_CUE = (r"(?i:\b(?:cvv2?|cvc2?|csc|security[ \t]+code|c[óo]digo[ \t]+de[ \t]+seguridad"
            r"|code[ \t]+de[ \t]+s[ée]curit[ée]|(?:three|3|tres|trois|três|drei|tre)[ \t]+"
            r"(?:digits|numbers|n[úu]meros|d[íi]gitos|chiffres|ziffern|zahlen|cifre|numeri))\b)")
_FIRST_CVV_CUE = re.compile(_CVV_CUE)
_CVV_STRINGS = ("cvv", "cvc", "csc", "security", "seguridad", "curit", "digit", "dígit", "númer", "numer",
                "chiffre", "ziffer", "zahl", "cifre")
_ENTRY_LEAD = rf"(?i:\b(?P<label>{_ENTRY_LABEL})\b)"  # (the two patterns that start on an entry's label)
_ANY_CODE_LEAD = rf"(?i:\b(?P<cue>{_ANY_CODE_WORD})\b)"
# (and what a bank's agent asks for by other names: "¿Me confirma su NIP?", "el token que le aparece")
_ANSWERED_LEAD = (rf"(?i:\b(?P<cue>{_ANY_CODE_WORD}|{_LOCK_WORD}|nip|token|otp|tan|cvv2?|cvc2?|csc|passcode"
                  r"|security[ \t]+number|keypad|bangou|bangō)\b)")  # (Japanese in romaji: "kinko no bangou")
_LOCK_LEAD = rf"(?i:\b(?P<cue>unlock|{_LOCK_WORD})\b)"
# A lock, an alarm, a key box or an entry, in the languages people leave codes for guests, cleaners and
# neighbours in, with the endings and compounds those languages put on it ("larmet", "alarmı", "Nøgleboksen",
# "Fahrradschloss", "cijferslot", "seiful", "kulcsdoboza"): its code may stand anywhere in the same clause
# ("la alarma se desactiva con 7272", "garage same as b4 5353", "lockbox is on the left, 2136"). English
# words are whole (with a plural) so that "block", "clock", "gateway" and "safety" are none.
_NEAR_LOCK_EN = (r"lock[ \t-]?box(?:es)?|key[ \t-]?(?:safe|box|lock[ \t-]?box)"
                 r"|(?:bike|pad|combination|gym)?[ \t]?locks?|safes?|sheds?|gates?|garages?|doors?|keypads?"
                 r"|intercoms?|buzzers?|lockers?|padlocks?")
_NEAR_LOCK_STEM = (
    r"alarm|larm|hälytys|riasztó|schloss|slot|tresor|kluis|trezor|sejf|seif|széf|lukko|lås|kilit|kilid|lakat"
    r"|lacăt|gembok|brankas|cadeado|candado|cadenas|lucchetto|kłódk|zámek|zamek|cofre|coffre|cassaforte"
    r"|kassaskåp|pengeskab|kassaskap|nøkkelboks|nøgleboks|nyckelbox|nyckelskåp|avainlaatik|avainboks"
    r"|schlüsselkasten|schlüsselsafe|schlüsselbox|kulcsdoboz|kulcsszéf|skrytk|cifru|interfon|domofon|portail"
    r"|portão|portón|puerta|cancello|poort|deur|tür|dør|dörr|portti|drzwi|bram|brána|dveř|kapı|kapu|ajtó"
    r"|pintu|pagar|cửa|cổng|két[ \t]sắt|khóa|báo[ \t]động|fechadura|cerradura|serratura|caja[ \t]fuerte"
    r"|caja[ \t]de[ \t]llaves|cajetín|boîte[ \t]à[ \t]clés|cassetta[ \t]delle[ \t]chiavi|anahtar[ \t]kutu")
_NEAR_LOCK_LEAD = (rf"(?i:(?<![\p{{L}}\d])(?P<lock>(?:{_NEAR_LOCK_EN})(?![\p{{L}}\d])"
                   rf"|\p{{L}}{{0,14}}?(?:{_NEAR_LOCK_STEM})\p{{L}}{{0,8}}(?![\p{{L}}\d])))")
# Strings of which every one of those words holds one (in any case)
_NEAR_LOCK_STRINGS = tuple(
    "lock box safe shed gate garage door keypad intercom buzzer alarm larm hälytys riasztó schloss "
    "slot tresor kluis trezor sejf seif széf lukko lås kilit kilid lakat lacăt gembok brankas "
    "cadeado candado cadenas lucchetto kłódk zámek zamek cofre coffre cassaforte kassask pengeskab "
    "boks nyckel avainlaatik schlüssel kulcs skrytk cifru interfon domofon portail portão portón "
    "puerta cancello poort deur tür dør dörr portti drzwi bram brána dveř kapı kapu ajtó pintu pagar "
    "cửa cổng két khóa động fechadura cerradura serratura caja cajetín boîte cassetta anahtar".split())
# What makes a number near a lock something else: a room, a flat, a phone, a time, a year's preposition, a
# model or an order ("Room 4417", "ext. 2334", "at 1400", "since 2019", "model 4471")
_NOT_LOCK_NUMBER_BEFORE = re.compile(
    r"(?i:\b(?:room|rm|ext|extension|no|nr|number|flat|apt|apartment|unit|suite|floor|building|bldg|office"
    r"|zimmer|raum|chambre|habitación|stanza|quarto|pokój|at|um|à|by|since|from|until|till|in|on|for|model"
    r"|type|series|version|ver|order|ticket|invoice|case|ref|tel|phone|call|fax|mobile|cell|platform|bus"
    r"|line|route|page|step|size|width|height|seit|ab|depuis|desde|dal|sinds|od|gate[ \t]+b?)\.?[ \t]*[#:]?"
    r"[ \t]*|[+$€£/][ \t]*)\Z")

# (a pattern takes the first lead its regex starts with; none of these starts another)
# where a second code in a clause may start: a code's or a lock's word
_SECOND_CODE_WORDS = ("pin", "pins", "code", "codes", "passcode", "combo", "combination", "alarm", "lock",
                      "padlock", "safe", "locker", "gate", "door", "garage", "shed", "keypad", "lockbox",
                      "cupboard", "cabinet")
_SECOND_CODE_LEAD = rf"(?i:\b(?:{'|'.join(_SECOND_CODE_WORDS)})\b)"
# The words a cue of ``_ANSWERED_LEAD`` (and so of ``_ANY_CODE_LEAD`` and ``_LOCK_LEAD``) may start on: the
# first words of its alternatives (beginnings will do), and the parts of the compounds it finds ("pinkod",
# "hälytyskoodi"). Those leads are tried only at such words (``LeadStarts``) rather than at every character.
_CUE_PREFIXES = tuple(
    "code passcode codigo código codice puk combo pin kombin combin tunnuslu mã unlock alarm lukko kilid "
    "kilit lås slot lock padlock safe tresor trezor sejf széf kłódk zámek hänglås hengelås cadeado "
    "candado key intercom buzzer nip token otp tan cvv cvc csc security keypad bangou bangō namba nambari "
    "msimbo".split())
_CUE_PARTS = ("kod", "kód", "kood", "kodu", "codul", "codu", "szyfr", "şifre", "sifre", "šifr")
# ... and an entry's label (``_ENTRY_LABEL``; "port" for porte, portail, portón, porta, portão, portti)
_ENTRY_PREFIXES = tuple(
    "front back side main garden street door gate garage lock key safe locker alarm disarm keypad padlock "
    "bike intercom buzzer entry entrance shed storage deur poort tür tor port puerta cancello dörr dør "
    "drzwi brama dveře brána kapı ușa poarta kapu cửa pintu gerbang tresor kluis sleutelkluis "
    "schlüsselsafe boîte".split())
# ... and a lock's label before a colon (``number after a lock``; and "to" of "to disarm")
_LOCK_LABEL_STARTS = LeadStarts(None, words=("to",), prefixes=tuple(
    "alarm allarme safe tresor coffre kluis disarm unlock keypad gate portail door slot lås lukko "
    "zámek zamek kłódka kilit kilidi lacăt lakat zár khóa kandado cadeado candado lucchetto hangslot "
    "hänglås hengelås riippulukko padlock lock schließfach schliessfach spind locker casier taquilla "
    "armadietto szafka kluisje dolap trezor sejf széf kassaskåp pengeskab kassaskap kassakaappi "
    "cassaforte caja".split()))
_LEADS = ((_WORD_LEAD, _WORD_STARTS), (_CODE_LEAD, _CODE_STARTS),
          *((lead, LeadStarts(re.compile(lead), _CUE_PREFIXES, _CUE_PARTS))
            for lead in (_ANSWERED_LEAD, _ANY_CODE_LEAD, _LOCK_LEAD)),
          (_ENTRY_LEAD, LeadStarts(re.compile(_ENTRY_LEAD), _ENTRY_PREFIXES)))
@lru_cache(maxsize=1)
def _lock_and_code_words(text: str) -> tuple[list[int], list[int]]:
    """Where the strings of a lock's word (``_NEAR_LOCK_STRINGS``) are in the folded text, and where those or
    a code's word are (one C-level find per string, shared by ``code near a lock`` and ``code before a
    lock``)."""
    low = folded(text)
    locks: list[int] = []
    codes: list[int] = []
    for words, out in ((_NEAR_LOCK_START_STRINGS, locks), (_CODE_WORD_STRINGS, codes)):
        for word in words:
            at = low.find(word)
            while at >= 0:
                out.append(at)
                at = low.find(word, at + 1)
    return sorted(locks), sorted(locks + codes)


# Where a lock word of ``_NEAR_LOCK_LEAD`` may start: the start of the word holding a lock's string (at most
# 14 letters before: a compound's first part), and only with a digit within reach (the code is no further
# than the clause goes). The lead's regex, tried at every word with its optional first part, cost more than
# the rest of the pattern.
@lru_cache(maxsize=1)
def _near_lock_starts(text: str) -> list[int]:
    if len(folded(text)) != len(text):  # (a letter whose lower case is longer: start at every word)
        return [m.start() for m in re.finditer(r"(?<![\p{L}\d])\p{L}", text)]
    starts = set()
    for at in _lock_and_code_words(text)[0]:
        start = at
        while start > 0 and text[start - 1].isalpha() and at - start < 14:
            start -= 1
        # (the word, at most 47 letters, and the gap, 50, before the code)
        if (start == 0 or not text[start - 1].isalnum()) and _A_DIGIT.search(text, start, start + 110):
            starts.add(start)
    return sorted(starts)


_A_DIGIT = stdlib_re.compile(r"\d")
_FOUR_DIGITS = stdlib_re.compile(r"\d{4}")
_BLANK_LINE = stdlib_re.compile(r"\n[ \t]*\r?\n")
# Where ``code before a lock`` is tried: a number of a code's shape, found by a plain scan
_CODE_CANDIDATE = stdlib_re.compile(r"(?<![\w*#.,/:+-])(?:[*#]?\d{4}|\d{1,2}-\d|\d\d \d\d \d\d|\d \d \d \d)")


@lru_cache(maxsize=1)
def _code_before_starts(text: str) -> list[int]:
    """... with a lock's or a code's word among the 80 characters after it (found once per text)."""
    candidates = [m for m in _CODE_CANDIDATE.finditer(text)]
    if not candidates or len(folded(text)) != len(text):
        return [m.start() for m in candidates]
    words = _lock_and_code_words(text)[1]
    starts = []
    for m in candidates:
        i = bisect.bisect_left(words, m.end())
        if i < len(words) and words[i] <= m.end() + 80:
            starts.append(m.start())
    return starts
_CODE_WORD_STRINGS = (*_ANY_CODE_STRINGS, "passcode", "senha")
# ... and the first words of the lock words of two words ("key safe", "bike lock"), where such a match starts
_NEAR_LOCK_START_STRINGS = (*_NEAR_LOCK_STRINGS, "key", "bike", "pad", "combination", "gym")


# Each pattern's gate (``PasswordInProseRecognizer.start_of``): where in a text to start it, None to skip it.
# The value-first pattern (tried at every word) runs only from a little before the first password word or
# "log in" (value, link and kind words fit in 130 characters), and not at all without one; a pattern that
# starts on a password word, from the first one (one search places them all).
def _first_phrase_word(text: str) -> int | None:
    m = _FIRST_PHRASE_WORD.search(text) if holds_any(text, _PHRASE_STRINGS) else None
    return m.start() if m else None


def _before_password_word(text: str) -> int | None:
    """130 characters before the first password word (with or without its strings: "secret  word") or
    sign-in cue (``_SIGN_IN_CUE``), in a text holding one of their strings: the password words are placed
    once per text, for this and the patterns that start on one."""
    sign_in = _SIGN_IN_STARTS(text)
    cues = [at for at in (_first_word_anywhere(text), sign_in[0] if sign_in else None) if at is not None]
    return max(0, min(cues) - 130) if cues and holds_any(text, _VALUE_CUE_STRINGS) else None


@lru_cache(maxsize=1)  # (its pattern's gate and the follow-up's ask)
def _answered(text: str) -> int | None:
    if "\n" not in text:
        return None
    cued = holds_any(text, _ANY_CODE_STRINGS) or holds_any(text, _LOCK_STRINGS) \
        or _ANSWERED_WORDS.search(text) is not None
    return 0 if cued else None


def _next_turn(text: str) -> int | None:  # from the first of its cue words, found as text
    if "\n" not in text:
        return None
    starts = [at for at in map(folded(text).find, _TURN_CUE_STRINGS) if at >= 0]
    return max(0, min(starts) - 2) if starts else None


def _first_cvv_cue(text: str) -> int | None:
    m = _FIRST_CVV_CUE.search(text) if "\n" in text and holds_any(text, _CVV_STRINGS) else None
    return m.start() if m else None


def _held(*checks):
    """A gate: 0 when every check (strings held in any case, or a predicate) passes, else None."""
    def gate(text: str) -> int | None:
        return 0 if all(holds_any(text, c) if isinstance(c, tuple) else c(text) for c in checks) else None
    return gate


def _gate_of(pattern):
    """``pattern``'s gate (a function of the text; None: always from 0). Patterns with the same gate share
    it, so its answer is worked out once per text."""
    name, regex = pattern.name, pattern.regex
    if regex.startswith(_WORD_LEAD) or name == "password in parts":
        return _first_password_word
    if name == "password after cjk password word":
        return _CJK_GATE
    if name == "code after cjk lock word":
        return _CJK_LOCK_GATE
    if name == "code before cjk lock word":  # (or a strong code word alone: "7294 は暗証番号です")
        return _CJK_CODE_FIRST_GATE
    if name == "password after other-script password word":
        return _OTHER_SCRIPT_GATE
    if name == "code for a follow-up question":
        return _FOLLOWUP_GATE
    if regex.startswith(_PHRASE_LEAD):
        return _first_phrase_word
    if name == "code answered by the next speaker":
        return _answered
    if name in _NAMED_GATES:
        return _NAMED_GATES[name]
    if regex.startswith(_CODE_LEAD):
        return _first_code_word
    return _LATER_GATES.get(name)


# A software licence's, a product's or a disk's recovery key after its word, in a few languages: "licence
# key: QWKT-PLMZ-RXVB-NHTD", "Product key for Office VK7JG-NPHTM-…", "BitLocker recovery key 482910-339217-…"
# (the key's grouped shape is the evidence; the word may stand a few words before it or on the line above)
_KEY_WORD = (
    r"licen[cs]e[sd]?|lizenz\w{0,12}|product[ \t-]?keys?|recovery[ \t-]?keys?"
    r"|activation[ \t-]?(?:keys?|codes?)|serial[ \t-]?keys?|registration[ \t-]?(?:keys?|codes?)"
    r"|cd[ \t-]?keys?|install(?:ation)?[ \t-]?keys?"
    r"|bitlocker|filevault|unlock[ \t-]?keys?|volume[ \t-]?keys?"
    r"|cl[ée][ \t]+(?:de[ \t]+)?(?:licence|produit|r[ée]cup[ée]ration|d['’]activation|bitlocker)"
    r"|clave[ \t]+de[ \t]+(?:producto|licencia|recuperaci[óo]n|activaci[óo]n)"
    r"|chiave[ \t]+di[ \t]+(?:licenza|prodotto|ripristino|recupero|attivazione)|chave[ \t]+de[ \t]+(?:produto"
    r"|licen[çc]a|recupera[çc][ãa]o|ativa[çc][ãa]o)|licentie\w{0,10}|herstelsleutel|productcode|productsleutel"
    r"|klucz[ \t]+(?:licencyjny|produktu|odzyskiwania|aktywacyjny)|wiederherstellungsschlüssel"
    r"|produktschlüssel|aktivierungs(?:schlüssel|code)|licens\w{0,10}|produktnyckel|produktnøgle"
    r"|produktnøkkel|gendannelsesnøgle|återställningsnyckel|khóa[ \t]+(?:bản[ \t]+quyền|sản[ \t]+phẩm"
    r"|khôi[ \t]+phục)|mã[ \t]+(?:kích[ \t]+hoạt|bản[ \t]+quyền)"
    r"|プロダクトキー|ライセンスキー|回復キー|回復用キー")
# (strings of which each of those words holds one; "key" is the hint's own word already, ``HINT``)
_KEY_STRINGS = ("licen", "lizenz", "bitlocker", "filevault", "activation", "registration", "clé", "cle de",
                "clave", "chiave", "chave", "herstel", "productcode", "klucz", "schlüssel", "aktivierung",
                "nyckel", "nycklar", "nøgle", "nøkkel", "nøkler", "sleutel", "khóa", "mã", "キー")
# ... the key: groups of four to eight letters and digits joined by dashes, three groups or more (eight
# groups of six digits: BitLocker's)
_GROUPED_KEY = r"[A-Za-z0-9]{4,8}(?:-[A-Za-z0-9]{4,8}){2,7}|\d{6}(?:[ ]\d{6}){7}"
# ... and its word before it, a key's word of any kind too ("Vendor keys:", "clés", "sleutel")
_KEY_CUE = re.compile(rf"(?i:(?<![\w-])(?:{_KEY_WORD}|keys?|schlüssel|clés?|claves?|chiavi|chiave|sleutels?"
                      r"|nyckel|nycklar|nøgler?|nøkkel|nøkler|klucz\w{0,4})(?![\w-]))")
# A code given right after a question about it, on the question's line: "the code for the side gate?
# 4471", "what's your Netflix PIN? Mine is 8008", "mijn pincode? 4467"
_ASKED_ANSWER = (r"\?+[ \t]*(?:(?i:it['’]s|it[ \t]+is|its|mine[ \t]+is|ours[ \t]+is|try|use|a|answer|ans)"
                 r"[ \t]*[:.)-]?[ \t]+)?")
_ASKED_CODE = (r"\d{2}(?:[ ]\d{2}){2,3}|[*#]?\d{4,8}[#*]?|\d{1,2}(?:-\d{1,2}){2,5}|\d(?:[ ]\d){3,7}")
# After the number: a unit or a count makes it something else ("4471 people", "1500 m")
_NOT_A_CODE_AFTER = (r"(?![\w-]|[.,:/]\d|[ \t]\d"
                     r"|[ \t]?(?i:am|pm|h|hrs?|uhr|kg|km|mm|cm|m|m²|sq|ft|feet|lbs?|%|€|\$|x|people|users"
                     r"|times|minutes?|mins?|days?|years?|ms|s|secs?|seconds?|kb|mb|gb|tb|lines?|files?|changes?"
                     r"|commits?|tests?|errors?|items?|rows?|records?|tickets?|steps?|words?|chars?|characters?)\b)")
# A short password of every class (upper and lower case, a digit and a symbol) right after its word and
# link: "my password is BaT7#" (a value so short is otherwise taken for a word of prose)
_SHORT_PASSWORD = re.compile(r"(?=[^\s]*\p{Lu})(?=[^\s]*\p{Ll})(?=[^\s]*\d)(?=[^\s]*[!#$%&*+=?@^~])\S{4,5}")
# Words that go on after a passphrase of four words or more when it does not end its clause: "she uses the
# passphrase gravel minnow tuxedo paprika for everything"
_PHRASE_GOES_ON = (r"for|to|on|in|at|as|with|since|because|and|but|so|which|that|from|every|each|when"
                   r"|until|unless|if|für|pour|para|per|voor|om|til|för|dla|cho")



# A table's column headed by a code's or a password's word ("Code", "Mã", "PIN", "Kode", "Mật khẩu"), its
# cells separated by "|", tabs, ";" or ",": the cells below it in that column are codes ("Thiết bị\tMã\nCổng
# \t2291", "Door,Code\nFront,4471"). Not a table with a column of another kind of code or number
# (``_NOT_A_SECRET_CODE`` in its header: "Product,Code", "Error | Code").
_CODE_COLUMN = (rf"(?:{_ANY_CODE_WORD}|mã[ \t]+số|pin[ \t]+codes?|codes?[ \t]+pin|(?:door|gate|access|entry"
                rf"|alarm)[ \t]+codes?|{_WORD})")
_CODE_HEADER = re.compile(rf"(?im:(?:^|[|\t;,])[ \t*_]*(?i:{_CODE_COLUMN})[ \t*_]*(?=$|[|\t;,]))")
_CELL = stdlib_re.compile(r"[^|\t;,\n]+")
_TABLE_RULE = stdlib_re.compile(r"[ \t|:+-]*")  # a markdown table's rule under its header: |---|:--:|
_TABLE_CODE = re.compile(r"[*#]?\d{4,8}[#*]?|\d{2}(?:[ ]\d{2}){2,3}")
_BARE_CODE_NAMES = frozenset(("code", "codes", "mã", "mã số", "kod", "kode", "kód", "koodi", "código",
                              "codigo", "codice", "koder", "kody"))
_TABLE_LOCK_STRINGS = (*_NEAR_LOCK_STRINGS, "entr", "pin", "pass", "secret", "mật", "hasło", "wachtwoord",
                       "lösen", "kodeord", "wifi", "wi-fi", "phòng", "room", "floor", "tầng")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line ``text[start:end]``, as (start, end) without the spaces around them (a
    markdown row's outer "|" makes none)."""
    out = []
    for m in _CELL.finditer(text, start, end):
        lo, hi = m.span()
        while lo < hi and text[lo] in " \t":
            lo += 1
        while hi > lo and text[hi - 1] in " \t":
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
    return out


def _table_codes(text: str) -> list[tuple[int, int]]:
    """The codes in a table's code column (``_CODE_HEADER``): 4 to 8 digits (a star or hash, or pairs), or a
    password's make under a password's word; the rows that follow the header with as many cells."""
    out: list[tuple[int, int]] = []
    for header in _CODE_HEADER.finditer(text):
        line_start = text.rfind("\n", 0, header.start() + 1) + 1
        if line_start < (out[-1][1] if out else 0):
            continue  # (a row of a table already read)
        line_end = text.find("\n", header.start() + 1)
        line_end = len(text) if line_end < 0 else line_end
        cells = _cells(text, line_start, line_end)
        names = [text[lo:hi].strip("*_ ") for lo, hi in cells]
        column = next((i for i, name in enumerate(names) if _CODE_HEADER.fullmatch(name)), None)
        if (column is None or len(cells) < 2 or len(cells) > 8 or any(len(name) > 40 for name in names)
                or any(_NOT_A_SECRET_CODE.search(name) or _NOT_CODE_LABEL.search(name) for name in names)):
            continue
        # (a bare "Code" or "Mã" heads a table of codes to open something only in a text about locks, doors
        # or secrets: "Course,Code\nMaths,1010" is none)
        if names[column].lower() in _BARE_CODE_NAMES and not holds_any(text, _TABLE_LOCK_STRINGS):
            continue
        password = _FIRST_WORD.fullmatch(names[column]) is not None
        at = line_end
        while at < len(text):
            end = text.find("\n", at + 1)
            end = len(text) if end < 0 else end
            row = text[at + 1:end]
            if _TABLE_RULE.fullmatch(row) and "-" in row:
                at = end
                continue
            row_cells = _cells(text, at + 1, end)
            if len(row_cells) != len(cells):
                break
            lo, hi = row_cells[column]
            value = text[lo:hi]
            if (_TABLE_CODE.fullmatch(value) and len(set(re.sub(r"\D", "", value))) > 1
                    or password and not value.isdigit() and _password_like(value)):
                out.append((lo, hi))
            at = end
    return out


def _said_after(match: re.Match) -> bool:
    """Whether the words after an answered number say it is another kind of number ("5551 was the ticket
    number", "4471 is the order code")."""
    after = match.string[match.end("value"):match.end("value") + 40].split("\n", 1)[0]
    return (_TRAVEL_OR_ORDER.search(after) is not None or _NOT_A_SECRET_CODE.search(after) is not None
            or "%" in after)  # ("use code 5050 for 20% off": a discount)


# Codes of letters and digits in a row, a dash in each ("f3k92-8m1qz, a77b1-90xkq and z2p44-1m0rt"): three or
# more, or two after a codes' word (``_CODES_BEFORE``); each holds a letter and a digit (not "555-1234")
_MIXED_CODE = r"[a-z0-9]{3,6}-[a-z0-9]{3,6}"
_MIXED_SEP = (r"(?:[ \t]*[,;][ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and[ \t]+|&[ \t]+)?"
              r"|[ \t]*\r?\n[ \t]*(?:[-*•][ \t]+)?)")
_MIXED_CODE_GATE = stdlib_re.compile(r"-(?<=[a-z0-9]{3}-)[a-z0-9]{3,6}[ \t,;\r\n&]")
_PARTS_BEFORE = re.compile(r"(?i:\b(?:parts?|models?|skus?|serials?|ids?|items?|units?|batch\w*|lots?"
                           r"|assets?|devices?|tickets?|issues?|builds?|versions?|commits?|branch\w*)\b)")
_CODES_BEFORE = re.compile(r"(?i:\b(?:codes?|kod[ey]?|codici|c[óo]digos|backup|recovery|2fa|mfa|keep|save"
                           r"|store|safe)\b)")
# A passphrase of five words or more joined by "-", "_" or ".", each a common word ("copper.kettle.orbit.
# meadow.pickle"): such a value is a passphrase wherever it stands (``_phrase_words`` and ``_common_phrase``)
_JOINED_PHRASE = r"\p{Ll}{3,12}(?P<sep>[-._])\p{Ll}{3,12}(?:(?P=sep)\p{Ll}{3,12}){3,10}"
_JOINED_PHRASE_GATE = stdlib_re.compile(r"([-._])(?<=[a-z]{3}[-._])[a-z]{3,12}(?:\1[a-z]{3,12}){3}")


# The hint's strings most texts that hold one hold (looked for first: most texts pass the hint)
_COMMON_HINTS = ("pass", "secret", "leak", "lock", "code", "rotat", "chang", "ssh", "credential", "entr")


# A password read out piece by piece (``password dictated piece by piece``): a letter with its case
# ("capital P", "lower case k"), letters spelled with dashes ("e-l-i-c-a-n"), digits ("4", "2-0-2-6"), a
# symbol by its name ("a full stop", "an exclamation mark", "the at sign"), one letter alone before a comma
_SPELLED_PIECE = r"[A-Za-z](?:-[A-Za-z]){2,24}(?![\w-])"
# (a case's word before one letter or letters spelled, "lowercase a-r-l-i-n", in German too, "großes K"; a
# letter before it in French, Spanish, Italian and Portuguese, "M majuscule"; a letter by a word, "P as in
# Peter")
_CASE_WORD = r"(?i:capital|upper[ \t-]?case|big|small|lower[ \t-]?case|little|gro(?:ß|ss)es|kleines)"
_CASE_AFTER = r"(?i:majuscule|minuscule|may[úu]scula|min[úu]scula|maiuscola|minuscola|mai[úu]scula)"
_CASE_PIECE = (rf"(?:{_CASE_WORD}(?:[ \t]+(?i:letter))?[ \t]+(?:[A-Za-z](?![\w-])|{_SPELLED_PIECE})"
               rf"|[A-Za-z][ \t]+{_CASE_AFTER}(?![\w-])"
               r"|[A-Za-z][ \t]+(?i:as[ \t]+in|like|for)[ \t]+\p{L}{3,12})")
_SYMBOL_NAME = (r"(?:hash(?:tag)?|pound|full[ \t]+stop|period|dot|point|comma|percent(?:age)?|exclamation"
                r"|question|ampersand|at|dollar|euro|star|asterisk|dash|hyphen|minus|underscore|plus|equals?"
                r"|(?:forward[ \t]+|back[ \t]*)?slash|colon|semi-?colon|tilde|caret|apostrophe)"
                r"(?:[ \t]+(?:sign|symbol|mark|point))?")
_DICTATED_PIECE = (rf"(?:{_CASE_PIECE}|{_SPELLED_PIECE}"
                   r"|(?:(?i:the[ \t]+)?(?i:numbers?|digits?)[ \t]+)?(?:\d(?:[- ]\d){0,12}|\d{1,8})"
                   r"(?![\w-])"
                   # (digits by their words: "seven, seven", "two zero two four")
                   rf"|{digit_run(1, 12)}"
                   rf"|(?:(?i:an?|the)[ \t]+)?(?i:{_SYMBOL_NAME})(?![\w-])"
                   r"|[A-Za-z](?=[ \t]*(?:,|\.(?!\w)|$)))")
_DICTATED_SEP = (r"(?:[ \t]*,[ \t]*(?i:and[ \t]+)?(?i:then[ \t]+)?|[ \t]+(?i:and[ \t]+)?(?i:then)[ \t]+"
                 r"|[ \t]+(?i:followed[ \t]+by)[ \t]+)")
_DICTATION_GATE = stdlib_re.compile(
    r"(?i)\b(?:capital|upper|lower|small|little|big)[ \t-]?(?:case[ \t]+)?(?:letter[ \t]+)?[a-z]\b"
    r"|\b[a-z]-[a-z]-[a-z]\b|\b(?:gro(?:ß|ss)es|kleines)[ \t]+[a-z]\b"
    r"|\b[a-z][ \t]+(?:majuscule|minuscule|may[úu]scula|min[úu]scula|maiuscola|minuscola|mai[úu]scula"
    r"|as[ \t]+in)\b")
# A chat line's time and its writer's name ("[09:14] Sofia:", "09:14 - Sofia Marsh:", "Sofia:")
_CHAT_STAMP = r"[ \t]*(?:[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp][Mm])?[\])]?[ \t]*[-–,]?[ \t]*)?"
_CHAT_NAME = r"\p{L}[\p{L}.'’-]{0,20}(?:[ \t]\p{L}[\p{L}.'’-]{0,20})?"
_CHAT_GATE = stdlib_re.compile(r"\n[^\S\n]*(?:[\[(]?\d{1,2}[:.]\d{2}\S*[^\S\n]*[-–,]?[^\S\n]*)?"
                               r"\w[^\n:]{0,40}:[^\S\n]*\S{2,40}[^\S\n]*\r?(?:\n|\Z)")


class PasswordInProseRecognizer(SpanPatternRecognizer):
    PATTERNS = [
        Pattern(
            "password after password word",
            # (a quote between two of its characters is the password's: Pa"ss'w0rd!; a connection string's
            # next key is not: "Password=rD3c98Mq;TrustServerCertificate=True")
            rf"(?i:\b(?:{_WORD})\b){_LINK}[ \t]*(?:[\"'`“‘„(\[]|«[ \t]?)?"
            r"(?P<value>(?:(?!;[A-Za-z]\w{1,30}=)[^\s\"'`”’“»]|(?<=[^\s\"'`])[\"'](?=[^\s\"'`,.;:!?)])){4,64})",
            0.75,
        ),
        # a label alone on its line and the password on the next: "Password:\n    Velvet89"
        Pattern(
            "password on the line after its label",
            rf"(?im:^[ \t]*(?:[-*•][ \t]*)?[*_]{{0,2}}(?:{_WORD})[*_]{{0,2}}[ \t]*:?[*_]{{0,2}}[ \t]*"
            r"\r?\n[ \t]*)"
            r"(?P<value>[^\s\"'`]{4,64})[ \t]*(?=\r?\n|$)",
            0.75,
        ),
        # the password on a line of its own below a line that announces it: "ok new wifi pw below\n\nI8UnNC…"
        Pattern(
            "password on a line below its mention",
            rf"{_WORD_LEAD}[^\n]{{0,40}}?(?i:\b(?:below|here|follows|underneath|unten|ci-dessous|abajo|sotto"
            r"|hieronder|abaixo|poniżej|nedan)\b)[^\n\w]{0,20}\r?\n(?:[ \t]*\r?\n)?[ \t]*(?P<far>)"
            r"(?P<value>[^\s\"'`]{6,64})[ \t]*(?=\r?\n|$)",
            0.7,
        ),
        # a quoted value after the link: "the wifi password is 'sunflower'": any word but a status
        Pattern(
            "quoted password after password word",
            rf"{_WORD_LEAD}{_LINK}[ \t]*(?P<q>[\"'`“‘])(?P<quoted>)"
            r"(?P<value>[^\s\"'`“‘”’](?:[^\n\"'`“‘”’]{2,62}[^\s\"'`“‘”’])?)[\"'`”’]",
            0.75,
        ),
        # ... or right after it, with no link, when the quotes hold more than a word: 'the password "Blue sky
        # 42" is rejected' (not 'the password "field"')
        Pattern(
            "quoted password right after password word",
            rf"{_WORD_LEAD}[ \t]+(?P<q>[\"“])(?P<quoted>)"
            r"(?P<value>(?=[^\n\"“”]{0,62}[\d \t!#$%&*+=?@^~])[^\s\"“”](?:[^\n\"“”]{2,62}[^\s\"“”])?)[\"”]",
            0.75,
        ),
        # words and a number after its link, unquoted: "Hasło do konta: Zielony kot Las 42 (ze spacjami)"
        Pattern(
            "words and a number after password word",
            rf"{_WORD_LEAD}{_LINK}[ \t]*(?:«[ \t]?|[\"“„])?(?P<words_num>)"
            # (or one word before the number and one after: "Sonnenblume 42 Garten")
            r"(?P<value>(?=\p{L}+[ \t]+(?:\d+[ \t]+)?\p{L})"
            r"\p{L}{2,12}(?:[ \t]+\p{L}{2,12}){0,5}[ \t]+\d{1,4}(?:[ \t]+\p{L}{2,12}){0,3})"
            r"(?![\w-]|[ \t]*\p{L})",
            0.7,
        ),
        # ... and after a phrase word: 'La frase de paso del certificado es "trueno azul cometa 77"'
        Pattern(
            "quoted phrase after phrase word",
            rf"{_PHRASE_LEAD}{_LINK}[ \t]*(?P<q>[\"'`“‘])(?P<quoted>)"
            r"(?P<value>[^\s\"'`“‘”’](?:[^\n\"'`“‘”’]{2,62}[^\s\"'`“‘”’])?)[\"'`”’]",
            0.75,
        ),
        # the value right after the word, no link: only a passphrase or a password with digits or symbols
        Pattern(
            "password right after password word",
            rf"(?i:\b(?:{_WORD})\b)(?i:[ \t]+{_STATE})?(?:[ \t]+|[ \t]*,[ \t]*)(?:«[ \t]?|[\"'“„‘])?"
            r"(?P<bare>)"
            r"(?P<value>(?=[^\s]*[\d\W_])[^\s\"'`”’“»:=]{6,64})",
            0.7,
        ),
        # a password everybody tries right after the word, with no link or "to": "Grafana: user admin, pass
        # qwerty", "set the router's password to letmein" (not "changeme" nor "password": documents' fill-ins)
        Pattern(
            "common password right after password word",
            rf"{_WORD_LEAD}(?:[ \t]+(?i:to|as))?[ \t]+[\"'`“‘]?(?P<common>)"
            rf"(?P<value>(?i:{'|'.join(sorted(COMMON_PASSWORDS - {'changeme', 'password'}))}))"
            r"(?![\w@/-])",
            0.65,
        ),
        # a made-up token right after the word that ends its clause, where a language leaves the link out
        # ("a wifi jelszó ebkycaeest.", "A jelszavam napraforgo."): not a word of our lists, not a status
        Pattern(
            "token right after password word at clause end",
            rf"{_WORD_LEAD}(?i:[ \t]+{_STATE})?[ \t]+(?P<bare_token>)"
            r"(?P<value>\p{Ll}{6,24})(?=[ \t]*(?:[.,;!](?:[ \t]|\r?\n|$)|\r?\n|$))",
            0.65,
        ),
        # the value after what the password is for, with no link: "parola la contul comun maple06",
        # "heslo k účtu banky kocour77", "password for the shared drive tulip2024" (letters with a digit or a
        # symbol, at the clause's end)
        Pattern(
            "password after what it is for",
            rf"{_WORD_LEAD}[ \t]+(?i:la|de[ \t]+la|pentru|for|to|of|on|do|na|k|ke|ku|für|zum|zur|pour|du|de"
            r"|para|per|voor|van|til|till|för|dla|az|a|al|del|della|da|do|dos|das|ng|sa|untuk|cho|için)"
            r"(?:[ \t]+[^\s.,;:!?=\"'`]{1,20}){1,3}?[ \t]+(?P<for_gap>)"
            r"(?P<value>(?=[^\s]*\p{L})(?=[^\s]*[\d!#$%&*+=?@^~])[^\s\"'`”’“»:=,;]{5,40}?)"
            r"[.!]?(?=[ \t]*(?:[,;](?:[ \t]|$)|\r?\n|$)|[ \t]+-[ \t])",
            0.65,
        ),
        # a network's password without a link: "heslo na wifi 2zqltra6j0", "parola de la wifi GSabxyGbJdCW",
        # "Password wifi ZONNEBLOEM#8888", "the password for the wifi k9Lm2pQ7"
        Pattern(
            "password of the wifi",
            rf"{_WORD_LEAD}(?:[ \t]+(?i:na|do|de|de[ \t]+la|la|til|till|för|for|for[ \t]+the|of[ \t]+the"
            r"|ng|ke"
            r"|untuk|của|to|az|al|del|della|dla|pro|k|van[ \t]+de|voor[ \t]+de|für[ \t]+das|du))?[ \t]+"
            r"(?i:wi-?fi|wlan|router|internet|network|hotspot|netwerk|nettverk|nätverk|sieci|síť)"
            r"[ \t]*:?[ \t]+"
            r"(?P<bare>)(?P<value>[^\s\"'`”’“»:=(),;]{6,64})",
            0.7,
        ),
        # the Wi-Fi named by a verb, the value of a chosen password's make: "le wifi c'est COWORK2024", "the
        # wifi is Harbor7lights" (a network's name after "heißt", "s'appelle", "called" is not taken; after a
        # colon the value may be either, and is left to the other rules)
        Pattern(
            "value the wifi is",
            # (a few words between: "le wifi du coworking c'est COWORK2291", "o wifi do airbnb é PRAIA2291")
            r"(?i:\b(?:wi-?fi|wlan)\b)(?:[ \t]+(?!(?i:names?|nom|nome|naam|nombre|ssid|network|netzwerk"
            r"|réseau|red|rede|rete|netwerk|speed|signal)\b)[^\s.,;:!?\d]{1,20}){0,3}?[ \t]+"
            r"(?i:is|was|c['’]est|est|es|ist|é|è|är|er|is[ \t]+now)[ \t]+"
            r"(?P<wifi_is>)(?P<value>[^\s\"'`”’“»:=(),;]{6,64})",
            0.7,
        ),
        # ... or after its label and a colon, when a generator made it: "wifi: 7kq2mz9xw4tr" on a router's
        # label or a note (not a network's name: "Wifi: Guest-5G", "WLAN: FRITZ!Box 7590")
        Pattern(
            "generated value after a wifi label",
            r"(?i:\b(?:wi-?fi|wlan)\b)[ \t]*:[ \t]*(?P<wifi_colon>)(?P<value>[A-Za-z0-9|]{8,40})"
            r"(?=[ \t]*(?:\r?\n|$|[,;]))",
            0.7,
        ),
        # the password word a clause before its link: "she can't log in to her password; the last one was X".
        # Only a value with the make of a chosen password counts (letters with digits, or a passphrase).
        Pattern(
            "password a clause after password word",
            rf"(?i:\b(?:{_WORD})\b)[^\n]{{1,120}}?(?<![\w'’])(?i:{_FAR_LINK})[ \t]+[\"'`“‘„(\[]?"
            # (a digit or a passphrase, tested here: a link before a mere word must not end the search)
            # (or two symbols: a generator's "%Y&&WBUU+sj")
            r"(?P<far>)(?=[^\s\"'`”’]*\d|[^\W\d_]+(?:[-._][^\W\d_]+){2}|(?:\p{Lu}\p{Ll}{2,11}){3}|(?:[^\s]*[!#$%&*+=?@^~]){2})"
            r"(?P<value>[^\s\"'`”’“»]{6,64})",
            0.7,
        ),
        # ... or one plain word that ends the clause: "the wifi password in the break room is Sunflower, all
        # one word", "password is just Marigold.", "changed to Clementine yesterday"
        Pattern(
            "word a clause after password word",
            rf"(?i:\b(?:{_WORD})\b)(?![ \t]+(?i:{_NOT_THE_VALUE}))[^\n]{{0,80}}?"
            r"(?:(?<![\w'’])(?i:is|was|['’]s|it['’]s|changed[ \t]+to|set[ \t]+to|reset[ \t]+to|ist|lautet"
            r"|est|es|é|è"
            # (the other languages' links: "wifi-lösenordet är blåbärspaj", "Salasana on mustikka")
            r"|är|er|je|jest|este|ay|là|adalah|είναι)[ \t]+|(?<=\S)[ \t]*[:=][ \t]*|[ \t]+[-–—][ \t]+)"
            r"(?i:(?:just|still|now|simply|literally)[ \t]+)?(?i:the[ \t]+word[ \t]+)?[\"'`“‘]?"
            r"(?P<plain_far>)(?P<value>\p{L}{4,24})"
            r"(?=[\"'`”’]?[ \t]*(?:[.,;!?)](?!\w)|\r?\n|$"
            r"|(?i:yesterday|today|tonight|now|again|btw|lol|for[ \t]+now|from[ \t]+now[ \t]+on"
            r"|all[ \t]+one[ \t]+word|too|followed[ \t]+by|plus|then)\b))",
            0.7,
        ),
        # ... or a quoted word right after it: "using password 'letmein' during the audit", "mot de passe
        # « soleil »"
        Pattern(
            "quoted word right after password word",
            rf"{_WORD_LEAD}[ \t]+[\"'`“‘«][ \t]?(?P<plain_far>)(?P<value>\p{{L}}{{4,24}})[ \t]?[\"'`”’»]",
            0.7,
        ),
        # a second password in the same sentence: "das Passwort … lautet X, der Router hat Y", "the printer's
        # password is X; the router's is Y" (the clause pattern stops at the first link)
        Pattern(
            "password in a clause after another",
            rf"(?i:\b(?:{_WORD})\b)[^\n]{{1,120}}[,;][ \t]*(?i:(?:and|und|et|y|e|en)[ \t]+)?"
            r"(?i:the|der|die|das|den|le|la|l['’]|el|il|o|a|het)[ \t]*[^\s,;]{2,30}"
            r"(?:[ \t]+[^\s,;]{2,30}){0,2}"
            rf"[ \t]+(?i:{_FAR_LINK})[ \t]+[\"'`“‘„(\[]?"
            r"(?P<far>)(?=[^\s\"'`”’]*\d|[^\W\d_]+(?:[-._][^\W\d_]+){2}|(?:\p{Lu}\p{Ll}{2,11}){3})"
            r"(?P<value>[^\s\"'`”’“»]{6,64})",
            0.7,
        ),
        # another one named later in the sentence: "my old password was X and the temp one Olga gave me on the
        # phone is Y"
        Pattern(
            "password named as the other one",
            rf"(?i:\b(?:{_WORD})\b)[^\n]{{1,120}}?(?i:\b(?:and|but|while|whereas)|[,;])[ \t]+"
            rf"(?i:(?:the|my|her|his|your|their)[ \t]+(?:{_STATE}|old|other|second|current|previous|real"
            r"|correct|right|last)[ \t]+one)\b[^\n]{0,50}?(?<![\w'’])"
            rf"(?i:{_FAR_LINK})[ \t]+[\"'`“‘„(\[]?"
            r"(?P<far>)(?=[^\s\"'`”’]*\d|[^\W\d_]+(?:[-._][^\W\d_]+){2}|(?:\p{Lu}\p{Ll}{2,11}){3})"
            r"(?P<value>[^\s\"'`”’“»]{6,64})",
            0.7,
        ),
        # a Wi-Fi QR code's text: WIFI:T:WPA;S:Guest;P:Sunflower!2024;;
        Pattern("wifi qr code",
                r"\bWIFI:(?:[A-Z]:(?:[^;\\]|\\.)*;)*?P:(?P<qr>)(?P<value>(?:[^;\\\n]|\\.){1,64});", 0.8),
        # a value typed or tried, the password word after it: 'I keep typing "Winter2023!" but it says
        # invalid credentials'
        Pattern(
            "password typed before password word",
            r"(?i:\b(?:typ(?:e|ed|ing)|enter(?:ed|ing)?|tried|trying|tries)[ \t]+)[\"'`“‘]?(?P<far>)"
            r"(?P<value>(?=[^\s\"'`”’]*\d)[^\s\"'`”’]{6,64}?)[\"'`”’]?[,.;]?[ \t][^\n]{0,60}?"
            rf"(?i:\b(?:{_WORD}|credentials|log[ \t-]?in|sign[ \t-]?in)\b)",
            0.7,
        ),
        # a chat: a question about a password, the answer on the next line ("…admin password?" /
        # "[05:00] Lea: it's K70Nm!Uh"); only a value with the make of a chosen password counts
        Pattern(
            "password answered on the next line",
            rf"(?i:\b(?:{_WORD})\b)[^\n]{{0,60}}\?[ \t]*\r?\n[^\n]{{0,60}}?(?<![\w'’])"
            r"(?i:it's|it’s|it[ \t]+is|c'est|c’est|es|ist|é|è|sure[,:]?|here[,:]?|try)[ \t]+[\"'`“‘]?"
            r"(?P<far>)(?=[^\s\"'`”’]*\d|[^\W\d_]+(?:[-._][^\W\d_]+){2}|(?:\p{Lu}\p{Ll}{2,11}){3})"
            r"(?P<value>[^\s\"'`”’“»]{6,64})",
            0.7,
        ),
        # a code asked for in a chat and given in the next turn, alone on its line (after the speaker or a
        # chat header, and words such as "oui c", "it's"): "it wants a code\njunche — Today at 11:45\n126368"
        Pattern(
            "code given in the next turn",
            r"(?i:\b(?P<cue>code|codes|pin|otp|passcode|password|passwort|kennwort|mot[ \t]+de[ \t]+passe|mdp"
            r"|wifi|wi-fi|wlan|contraseña|clave|senha|código|codice|kod|kodu|şifre|hasło|wachtwoord|digicode)\b)"
            # (a blank line before or after the header: a chat app's copy)
            r"(?P<rest>[^\n]{0,80})\r?\n(?:[ \t]*\r?\n)?"
            r"(?:[^\n]{1,60}(?:\d{1,2}[:.]\d\d|—)[^\n]{0,30}\r?\n(?:[ \t]*\r?\n)?)?"
            r"[ \t]*(?:[^\s:\d][^\n:]{0,30}:[ \t]*)?"
            # (a few words of chat before "it's": "ur joking, its 4-8-2-7")
            r"(?:(?:[^\s\d:]{1,12}[ \t,]+){1,4}?(?=(?i:it['’]?s|it[ \t]+is)[ \t]))?"
            r"(?i:(?:oui|yes|yep|sure|si|sí|ja|c'est|c|it's|its|it’s|here|voilà|voila|tiens|claro|é|è|es|ist)"
            r"[ \t,:!]+){0,3}"
            r"(?P<turn>)(?P<value>[*#]?\d{4,8}[#*]?|\d{3,6}[A-Z]|[A-Z]{3,12}\d{3,8}|\d{2}(?:[ ]\d{2}){2,3}"
            r"|\d(?:-\d){3,7}"
            r"|(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[^\s\"'`;,|]{6,40})"
            # (and a hedge after it: "it's *2580 I think")
            r"(?:[ \t]+(?i:i[ \t]+think|i[ \t]+believe|iirc|afaik|now|still|lol))?[ \t]*(?=\r?\n|$"
            # (or what to do next: "4827, then press enter")
            r"|[,;][ \t]*(?i:then|and|dann|und|puis|et|luego|y|poi|e|daarna|en)\b)",
            0.7,
        ),
        # a code or lock asked about, and the next speaker's turn gives its number among a few words: "mikä se
        # hälytyskoodi nyt olikaan?\nMarco: 2837", "en het alarm van de keet?\nRavi: 8552 dan op uit",
        # "the code for the bike storage?\n[08:55] Ana: 97361", "kilidinin şifresi neydi\nIoana: 75 12 27"
        Pattern(
            "code answered by the next speaker",
            # (the next speaker as "Caller:", "[10:02] Ana:", "00:01:20 Caller:", "Customer (Mrs Ali):" or
            # "[Caller]"; digits as typed, spaced, dashed, with pauses, or read out: "4... 8... 2... 9",
            # "four eight two nine")
            rf"{_ANSWERED_LEAD}(?P<rest>[^\n]{{0,80}})\r?\n[ \t]*"
            r"(?:\[[^\]\n]{1,25}\][ \t]*(?:[^\s:\[\]\d][^\n:]{0,39}:[ \t]+)?"
            r"|(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?[^\s:\[\]\d][^\n:]{0,39}:[ \t]+)"
            r"(?:[^\s\d:]{1,12}[ \t,]+){0,8}?"
            r"(?P<turn>)(?P<value>[*#]?\d{3,8}[#*]?|\d{1,4}\*\d{2,6}#?|\d{2}(?:[ ]\d{2}){2,3}|\d{3}[ -]\d{3}"
            r"|\d(?:[ ]?(?:-|\.{2,3}|…)?[ ]?\d){3,7}"
            rf"|\d{{1,2}}(?:-\d{{1,2}}){{2,3}}|{digit_run(4, 8)})(?=[ \t]*(?:\r?\n|$|[,.!;)—–-]|\p{{L}}))",
            0.7,
        ),
        # a follow-up question in a chat about codes and the next speaker's number: "Tom: and the shed?\nAna:
        # same as before, 2675", "und der Keller?\nAna: wie immer, 2675" (the chat's other codes give it)
        Pattern(
            "code for a follow-up question",
            r"(?im:^[^\n:?]{1,40}:[ \t]+(?:and|und|et|y|e|en|och|og|ja|i|a|és|entä|и|та)[ \t]+[^\n?]{1,40}\?"
            r"[ \t]*\r?\n[ \t]*[^\s:\d][^\n:]{0,39}:[ \t]+(?:[^\s\d:]{1,12}[ \t,]+){0,6}?)"
            r"(?P<followup>)(?P<value>[*#]?\d{4,8}[#*]?|\d{2}(?:[ ]\d{2}){2,3})"
            r"(?=[ \t]*(?:\r?\n|$|[,.!;)]|\p{L}))",
            0.7,
        ),
        # a card's security code asked for, the next speaker reads out three or four digits: "Y los tres
        # números de atrás de la tarjeta?\nCliente: 8 3 2"
        Pattern(
            "card security code answered by the next speaker",
            rf"{_CVV_CUE}[^\n]{{0,80}}\r?\n[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*)?"
            r"[^\s:\[\]\d][^\n:]{0,39}:[ \t]+(?:[^\s\d:]{1,12}[ \t,]+){0,4}?"
            r"(?P<turn_cvv>)(?P<value>\d{3,4}|\d[ ]\d[ ]\d(?:[ ]\d)?)(?=[ \t]*(?:\r?\n|$|[,.!;]|\p{L}))",
            0.7,
        ),
        # ... or the next speaker answers with the value alone: "alguien tiene la contraseña de netflix?? me
        # echó\n[10/4/25 21:05] Lieve: maple8547 jajaja"
        Pattern(
            "password answered by the next speaker",
            rf"{_WORD_LEAD}[^\n]{{0,60}}\?[^\n]{{0,30}}\r?\n[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*)?"
            r"[^\s:\[\]][^\n:]{0,39}:[ \t]+[\"'`“‘]?"
            # ("Borys: tak, kedi43Sommer, ale …": a yes before it)
            r"(?i:(?:yes|yeah|yep|sure|ja|jep|oui|s[íi]|sim|tak|evet|jo|ok|okay)[ \t]*[,:][ \t]*)?"
            r"(?P<far>)(?=[^\s\"'`”’]*\d|[^\W\d_]+(?:[-._][^\W\d_]+){2}|(?:\p{Lu}\p{Ll}{2,11}){3})"
            r"(?P<value>[^\s\"'`”’“»]{6,64})",
            0.7,
        ),
        # ... or with one plain word as the whole turn: a memorable word, a password said aloud ("and the
        # memorable word?\nCaller: it's pumpkin"); not a state ("it's changed", "expired") or a stop word
        Pattern(
            "word answered by the next speaker",
            rf"{_WORD_LEAD}[^\n]{{0,60}}\?[ \t]*\r?\n[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*)?"
            r"[^\s:\[\]][^\n:]{0,39}:[ \t]+"
            r"(?i:(?:yes|yeah|yep|sure|ok|okay|oui|ja|s[íi]|sim)[ \t]*[,:]?[ \t]+)?"
            r"(?i:(?:it's|it’s|it[ \t]+is|its|c'est|das[ \t]+ist|es[ \t]+ist|es|é)[ \t]+)?[\"'`“‘]?"
            r"(?P<plain_turn>)(?P<value>\p{L}{4,24})[\"'`”’]?[ \t]*[.!]?[ \t]*(?=\r?\n|$)",
            0.7,
        ),
        # ... or with a passphrase of three to six lower-case words: "what's the wifi password?\nHannah:
        # pencil pocket ladder yellow" (no prose word among them: "ask the front desk please")
        Pattern(
            "phrase answered by the next speaker",
            rf"{_WORD_LEAD}[^\n]{{0,60}}\?[ \t]*\r?\n[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*)?"
            r"[^\s:\[\]][^\n:]{0,39}:[ \t]+(?i:(?:it['’]s|it[ \t]+is)[ \t]+)?[\"'`“‘]?"
            r"(?P<turn_words>)(?P<value>\p{Ll}{3,12}(?:[ \t]+\p{Ll}{3,12}){2,5})[\"'`”’]?[ \t]*[.!]?[ \t]*"
            r"(?=\r?\n|$)",
            0.7,
        ),
        # "log in with X": the sign-in names the value ("use X to log in" is below, with "X as the password")
        Pattern(
            "password after sign-in with",
            # ("the kiosk logs in automatically with Summer2024")
            # ("logging in as admin with Harbor2031", "we still log into the old box with Cobalt2022")
            rf"(?i:\b{_SIGN_IN_VERB}(?:[ \t]+[^\s,.;:!?()]{{1,30}}){{0,4}}?(?:[ \t]+\w+ly)?"
            r"[ \t]+(?:with|using))[ \t]+[\"'`“‘]?(?P<after>)(?P<signin>)(?P<value>[^\s\"'`“‘”’]{6,64}?)"
            r"(?=[\"'`”’]?(?:[.,;:?)]?(?:\s|$)))",
            0.7,
        ),
        # ... or with words: "log in with pencil pocket ladder yellow, it still works", "use pencil pocket
        # ladder yellow to get in to the old wiki" (four lower-case words or more, none a prose word)
        Pattern(
            "words to sign in with",
            r"(?i:\b(?:(?:log|sign)s?[ \t-]?(?:in|on)|get[ \t]+in)(?:[ \t]+\w+ly)?[ \t]+(?:with|using)[ \t]+"
            r"|\buse[ \t]+)[\"'`“‘]?(?P<sign_in_words>)(?P<value>\p{Ll}{3,12}(?:[ \t]+\p{Ll}{3,12}){3,7})"
            r"(?:[\"'`”’]?[ \t]*(?:[.,;!?)]|\r?\n|$)"
            r"|[\"'`”’]?[ \t]+(?i:to|for)[ \t]+(?:(?:log|sign)[ \t-]?(?:in|on)|get[ \t]+in|unlock)\b)",
            0.7,
        ),
        # the password word (or a sign-in) after the value: "Use Autumn2024! as the temporary password",
        # "Tr0ub4dor&3 is the new wifi password", "use Harbor2025 to log in",
        # "…, with velvet-ember-granite-meadow as passphrase"
        Pattern(
            "password before password word",
            r"(?<![^\s\"'`“‘(\[])(?P<after>)(?P<value>[^\s\"'`“‘”’]{6,64}?)[\"'`”’)\]]?"
            r"(?i:(?:[ \t]*(?:[-–—(,:←]|<-{1,2})[ \t]*"
            r"(?:(?:that's|that[ \t]+is|it's|this[ \t]+is|which[ \t]+is)[ \t]+)?"
            r"(?:the|my|our|your|their|his|her)[ \t]+"
            r"|[ \t]+(?:as|is|was|will[ \t]+be|for)[ \t]+"
            r"(?:(?:the|a|an|my|our|your|their|his|her|its)[ \t]+)?)"
            # ("ninja1967 ← that's the new Zabbix admin password": a product's name among the kinds)
            rf"(?:(?:{_KIND}|(?-i:\p{{Lu}}[\w-]+))[ \t]+){{0,3}}(?:{_WORD})\b(?![ \t]+{_NOT_THE_VALUE})"
            # "use X to log in", "use X to get in to the old wiki", "X to unlock it"
            r"|[ \t]+(?:to|for)[ \t]+(?:(?:log|sign)[ \t-]?(?:in|on)|get[ \t]+in|unlock)\b"
            # "Use 'X' for the staging login"
            r"|[ \t]+for[ \t]+(?:the|my|our|your)[ \t]+(?:[\w-]+[ \t]+)?(?:login|log-in|sign-in|account)\b)",
            0.75,
        ),
        # the value first, "the new one" after it, no password word: "&QRsjj!_Yf is the new one for the VPN",
        # "Harbor7 was the old one" (only a value with the make of a chosen password)
        Pattern(
            "value that is the new one",
            r"(?<![^\s\"'`“‘(\[])(?P<far>)(?P<value>[^\s\"'`“‘”’]{6,64}?)[\"'`”’)\]]?[ \t]*,?[ \t]+"
            rf"{_THE_NEW_ONE}",
            0.7,
        ),
        # ... and the new one in the other languages, the value after it: "das neue ist X", "新的是 X"
        Pattern(
            "value that is the new one in another language",
            rf"(?i:(?<![\p{{L}}])(?:{_OTHER_NEW_ONE}))[ \t]*[:：]?[ \t]*[\"'`“‘„«]?[ \t]?"
            rf"(?P<far>)(?P<other_signin>){_CHOSEN_VALUE}{_CHOSEN_VALUE_ENDS}",
            0.7,
        ),
        # ... and in English, the value after it, in a text about passwords: "the new one is Violet Harbor
        # Morning", "ok the new one is Tern7harbor" (words of a passphrase, or a chosen password's make)
        Pattern(
            "value after the new one",
            r"(?i:\b(?:the|my|our|your|her|his|their)[ \t]+(?:new|temp|temporary|current|updated|latest"
            r"|correct|right)[ \t]+(?:one|pw|pass)[ \t]+(?:is|will[ \t]+be|=|:)(?:[ \t]+now)?)[ \t]*:?[ \t]*"
            r"[\"'`“‘]?(?P<new_one>)"
            r"(?P<value>(?:\p{Lu}\p{Ll}{2,11}(?:[ \t]+\p{Lu}\p{Ll}{2,11}){1,5}"
            r"|\p{Ll}{3,12}(?:[ \t]+\p{Ll}{3,12}){2,5})"
            r"(?=[\"'`”’]?[ \t]*(?:[.,;!?)]|\r?\n|$))|[^\s\"'`”’“»]{6,64})",
            0.7,
        ),
        # a passphrase of words before a CJK password word: "tundra quartz orbit 是 WiFi 密码", "maple cobalt
        # river がWi-Fiのパスワードです"
        Pattern(
            "phrase before cjk password word",
            r"(?<![\p{L}\d-])(?P<phrase_words>)(?P<value>\p{Ll}{3,12}(?:[ \t]+\p{Ll}{3,12}){2,7})[ \t]*"
            r"(?:就是|是|为|為|は|が|이|가)[ \t]*(?:(?i:wi-?fi|wlan)[ \t]*|와이파이[ \t]*)?(?:的|の)?[ \t]*"
            rf"(?:{_CJK_STRONG}|パスワード|패스워드)",
            0.7,
        ),
        # a Wi-Fi's label and a passphrase of lower-case words joined by "-", "_" or ".", perhaps a number:
        # "无线网：tundra-quartz-77", "WiFi：maple-cobalt-93，" (not a network's name: "Wifi: Guest-5G")
        Pattern(
            "passphrase after a wifi label",
            r"(?:(?i:\b(?:wi-?fi|wlan)\b)|无线网络|无线网|无线|無線網路|無線LAN|無線)[ \t]*[:：][ \t]*"
            r"(?P<wifi_words>)"
            # (or a key of digits alone, eight or more as WPA asks: "Wifi: 73915284")
            r"(?P<value>\p{Ll}{3,12}(?:[-_.]\p{Ll}{3,12}){1,5}(?:[-_.]?\d{1,4})?|(?P<wifi_digits>)\d{8,20})"
            r"(?=[ \t]*(?:\r?\n|$|[,;，。、；]))",
            0.7,
        ),
        # a chosen password said to be for a network's box, no password word: "It's Copperfield1987 for the
        # router", "use Tern7harbor on the wifi"
        Pattern(
            "value said to be for a network",
            r"(?i:\b(?:it['’]s|it[ \t]+is|its|use|try|using)[ \t]+)[\"'`“‘]?(?P<when_asked>)"
            r"(?P<value>[^\s\"'`“‘”’]{6,64}?)[\"'`”’]?[ \t]+(?i:for|on)[ \t]+"
            r"(?i:the|my|our|your|their|this)[ \t]+"
            r"(?:[\w-]+[ \t]+)?(?i:router|wi-?fi|wlan|modem|hotspot|vpn|network|wireless)\b",
            0.7,
        ),
        # a network's key and its passphrase with no link: 'Our Wi-Fi: network "Kestrel-Home", key silver
        # falcon river'
        Pattern(
            "phrase right after a network's key",
            r"(?i:\b(?:wi-?fi|wlan|wpa2?|router)\b[^\n.!?]{0,40}?\b(?:key|cl[ée]|chiave|chave|sleutel))[ \t]+"
            r"(?P<key_words>)(?P<value>\p{Ll}{3,12}(?:[ \t]+\p{Ll}{3,12}){2,7})"
            r"(?=[ \t]*(?:[.,;!?)]|\r?\n|$))",
            0.7,
        ),
        # an authenticator's setup key in groups of four, base32 or hex, after its word on the line: "Enter
        # this key in your authenticator app: KRSX G5CT MVRX EZLU", "2FA secret for the admin: jbsw y3dp …"
        Pattern(
            "setup key in groups after a two-factor word",
            r"(?i:\b(?:totp|2fa|mfa|otp|two[ \t-]factor|2-step|two-step|authenticator|setup[ \t]+key"
            r"|secret[ \t]+key|seed)\b)[^\n]{0,60}?[ \t:=]"
            r"(?P<setup_key>)(?P<value>[A-Z2-7]{4}(?:[ ][A-Z2-7]{4}){3,12}(?:[ ][A-Z2-7]{1,4})?"
            r"|[a-z2-7]{4}(?:[ ][a-z2-7]{4}){3,12}(?:[ ][a-z2-7]{1,4})?|[0-9A-F]{4}(?:[ ][0-9A-F]{4}){3,12})"
            r"(?![\w-])",
            0.7,
        ),
        # the value a sign-in takes, in the other languages (``_OTHER_SIGN_IN``), a few words after it in the
        # same clause ("per accedere usa X") or before it ("nimm X zum Einloggen"): only a chosen password's
        # make
        Pattern(
            "value to sign in with in another language",
            rf"{_SIGN_IN_ABROAD}[^\n.!?。\"'`“‘]{{0,30}}?"
            r"(?:(?<=[\s:：，,])|(?<=[\p{Han}\p{Hiragana}\p{Katakana}]))[\"'`“‘„«]?"
            rf"(?P<far>)(?P<other_signin>){_CHOSEN_VALUE}{_CHOSEN_VALUE_ENDS}"
            r"|(?<![^\s\"'`“‘(\[：，])(?P<far>)(?P<other_signin>)"
            rf"{_CHOSEN_VALUE}[\"'`”’»]?[ \t]+[^\n.!?。]{{0,16}}?{_SIGN_IN_ABROAD}",
            0.7,
        ),
        # what it was changed to, no password word: "I changed it to !H?hP3F*fzu= yesterday", "reset hers to
        # Oranges&Lemons9" (a value with a symbol, or any chosen password's make in a text about passwords)
        Pattern(
            "value it was changed to",
            r"(?i:\b(?:changed|set|reset|updated|switched|rotated)[ \t]+(?:it|mine|hers|his|theirs|ours|that"
            r"|this|yours)(?:[ \t]+back)?[ \t]+to)[ \t]+[\"'`“‘]?"
            # (or a PIN of four or five digits: "default is 0000 but I changed it to 6142")
            r"(?P<changed>)(?P<value>[^\s\"'`”’“»]{6,64}|\d{4,5}(?=[ \t]*(?:[.,;!?)]|\r?\n|$)))",
            0.7,
        ),
        # ... in other languages: "je l'ai changé en X", "lo cambié a X", "l'ho cambiata in X", "ik heb het
        # veranderd in X", "mudei para X", "zmieniłem je na X", "hab es geändert auf X"
        Pattern(
            "value it was changed to in another language",
            rf"(?i:\b{_CHANGED_TO_OTHER})[ \t]+[\"'`“‘„«]?[ \t]?"
            r"(?P<changed>)(?P<other>)(?P<value>[^\s\"'`”’“»]{6,64})",
            0.7,
        ),
        # a password spelled with a space between its characters: "my password is p a s s w o r d 1 2 3"
        Pattern(
            "password spaced out",
            rf"{_WORD_LEAD}{_LINK}[ \t]*(?P<spaced>)(?P<value>[^\s](?:[ ][^\s]){{5,40}})(?![^\s])",
            0.7,
        ),
        # words with spaces: "passphrase is copper lantern river seven", a 12- or 24-word seed phrase
        Pattern(
            "phrase of words after phrase word",
            rf"{_PHRASE_LEAD}{_LINK}[ \t]*(?:\r?\n[ \t]*)?(?:[\"'`“‘„]|«[ \t]?)?"
            rf"(?P<value>{_PHRASE}|\p{{Ll}}{{2,12}}(?:[-._]\p{{Ll}}{{2,12}}){{2,11}})",
            0.8,
        ),
        # ... or right after it, four words or more to the clause's end: "BitLocker recovery passphrase tundra
        # quartz orbit pepper"
        Pattern(
            "phrase of words right after phrase word",
            rf"{_PHRASE_LEAD}[ \t]+(?P<plain>)(?P<value>\p{{Ll}}{{3,12}}(?:[ \t]+\p{{Ll}}{{3,12}}){{3,7}})"
            r"(?=[ \t]*(?:[.,;!?)]|\r?\n|$))",
            0.7,
        ),
        # ... a clause after the phrase word: "the passphrase we agreed on is tiger lamp river 42"
        Pattern(
            "phrase of words a clause after phrase word",
            rf"{_PHRASE_LEAD}[^\n]{{1,40}}?(?<![\w'’])(?i:is|was|lautet|ist|est|es|è|é|era)"
            r"[ \t]+"
            rf"(?:[\"'`“‘„]|«[ \t]?)?(?P<value>{_PHRASE})(?=[ \t]*(?:[\"'`”’»,.;:!?)]|$))",
            0.75,
        ),
        # a passphrase of four or more words after a password word: "the wifi password is seven cactus
        # lantern copper" (no stop word among them: "the password is stored in the vault" is prose)
        Pattern(
            "phrase of words after password word",
            rf"{_WORD_LEAD}{_LINK}[ \t]*(?:[\"'`“‘„]|«[ \t]?)?"
            # (or each capitalised: "das Passwort lautet Bleistift Tasche Leiter Gelb")
            r"(?P<plain>)(?P<value>\p{Ll}{3,12}(?:[ \t]+\p{Ll}{3,12}){3,7}"
            # (two capitalised ones are a passphrase too: "Password: Trumpet Wagon")
            r"|\p{Lu}\p{Ll}{2,11}(?:[ \t]+\p{Lu}\p{Ll}{2,11}){1,7})(?![ \t]*\p{L})",
            0.75,
        ),
        # a password of words and a number typed with its spaces: "password: My Otter 1987", "Kennwort:
        # Tanne Birke 42!", "the new pw is copper and falcon 4" (capitalised words, or two joined by "and")
        Pattern(
            "words and a number after password word",
            rf"{_WORD_LEAD}{_LINK}[ \t]*[\"'`“‘„]?(?P<words_number>)(?P<value>{_WORDS_NUMBER}"
            r"(?:\d{1,4}[!#$%&*?@+](?=\s|$)|\d{1,4}(?=[\"'`”’]?[ \t]*(?:[.,;!?)(]|\r?\n|$|<-|—|–))))",
            0.7,
        ),
        # ... or before the password word in its clause: "My Otter 1987 est mon mot de passe", "copper and
        # falcon 4 is the wifi password", "Gravel Orchid 41! <- that's the root password"
        Pattern(
            "words and a number before password word",
            rf"(?<![^\s\"'`“‘(])(?P<words_number>)(?P<value>{_WORDS_NUMBER}\d{{1,4}}[!#$%&*?@+]?)"
            # (a mark or a link between: not a product's version, "Windows Server 2019 password policy")
            r"[\"'`”’)]?(?=[ \t]*(?:(?:<-{1,2}|←|[-–—(,:=])[^\n.!?]{0,40}?"
            r"|[ \t]+(?i:is|was|ist|est|es|è|é|är|er|jest|to|je|adalah|ni|là|c['’]est|as|als|come|como"
            r"|för|for)[ \t]+[^\n.!?]{0,30}?)"
            rf"(?i:\b(?:{_WORD})\b)(?![ \t]+{_NOT_THE_VALUE}))",
            0.7,
        ),
        # words named as words, a phrase or a sentence, in a text about a secret: "The Wi-Fi at the cabin uses
        # four words: harbor willow pepper seven.", "I used the phrase copper lantern river seven, please …",
        # "my master password is a sentence: purple elephants dance quietly at midnight"
        Pattern(
            "words named as words",
            # (a few words may come between: "the keychain phrase over the phone, it's …"; a seed's twelve
            # or twenty-four words; "in that order" after them)
            r"(?i:\b(?:(?:\d|two|three|four|five|six|seven|eight|random|diceware|secret|magic)[ \t]+)*"
            r"(?P<kind>words|phrase|sentence|seed)\b)"
            r"(?:[ \t]*(?:[:=,]|->)|[^\n.;:\"“]{0,40}?[ \t](?i:is|was|are|were|it['’]s)(?:[ \t]*:)?)?[ \t]*"
            r"[\"'`“‘]?(?P<named_words>)(?P<value>\p{L}{2,14}(?:[ \t]+\p{L}{2,14}){2,23}?)"
            r"(?=[\"'`”’]?[ \t]*(?:[.,;!?)]|\r?\n|$|(?i:in[ \t]+that[ \t]+order|exactly)\b))",
            0.7,
        ),
        # ... or of three at the end of the clause: "the key is saddle bramble pebble??" (nouns only: "is
        # hashed server side." is prose)
        Pattern(
            "three words after password word",
            rf"{_WORD_LEAD}{_LINK}[ \t]*(?P<three>)(?P<value>\p{{Ll}}{{4,12}}(?:[ \t]+\p{{Ll}}{{4,12}}){{2}})"
            r"(?=[ \t]*(?:[?!.,;)]|\r?\n|$))",
            0.7,
        ),
        # a passphrase of three to eight words after a password word and its link (or a question about it and
        # "it's"), to the clause's end or a note on how to type it: "the wifi password is purple monkey
        # dishwasher with spaces", "Wifi password is: blue river table", "the wifi password? it's purple
        # monkey dishwasher", "le mot de passe du wifi est violet singe lave-vaisselle" (``_phrase_of_words``)
        Pattern(
            "passphrase of words after password word",
            rf"{_WORD_LEAD}(?:{_LINK}|[^\n?]{{0,60}}\?[ \t]*(?:\r?\n[ \t]*)?(?=(?i:it['’]s|it[ \t]+is)[ \t]))"
            rf"[ \t]*{_ARTICLED_PHRASE_TAIL}",
            0.7,
        ),
        # ... and after the Wi-Fi itself: "Wifi: purple monkey dishwasher", "el wifi es morado mono
        # lavavajillas" (not its name: "the wifi network is …", nor what it is like: "the wifi is super slow")
        Pattern(
            "passphrase of words the wifi is",
            r"(?i:\b(?:wi-?fi|wlan)\b)(?:[ \t]+(?!(?i:names?|nom|nome|naam|nombre|ssid|network|netzwerk"
            r"|réseau|red|rede|rete|netwerk|speed|signal)\b)[^\s.,;:!?\d]{1,20}){0,3}?"
            r"(?:[ \t]+(?i:is|was|c['’]est|est|es|ist|é|è|är|er|is[ \t]+now)[ \t]+|[ \t]*:[ \t]*)"
            rf"{_PHRASE_TAIL}",
            0.7,
        ),
        # a card's security code (PCI: never to be stored): "exp 08/27 CVV 123", "CVC: 4417"
        Pattern(
            "card security code",
            r"(?i:\b(?:cvv2?|cvc2?|csc|card[ \t]+security[ \t]+code)\b)"
            r"(?:[ \t]+(?:is|was|:)|[ \t]*[:=#-])?[ \t]*"
            r"(?P<value>\d{3,4})(?![\w.-])",
            0.75,
        ),
        # a list of two or more codes after a recovery-codes heading, reported as one block
        Pattern(
            "codes after codes heading",
            # (a colon glued to the first code: "恢复码:4821 0937 …", as ``normalize`` writes "：")
            rf"(?i:\b(?:{_CODES_WORD})\b|{_CJK_CODES_WORD})[^\n]{{0,100}}?"
            rf"[ \t]*(?::(?:{_CODE_SEP})?|{_CODE_SEP})"
            r"(?:[ \t]*\r?\n)*"
            rf"(?:{_CODE_INDEX})?(?P<codes>)"
            rf"(?<![\w-])(?P<value>{_ONE_CODE}(?:{_CODE_SEP}{_LATER_CODE}){{1,99}})",
            0.75,
        ),
        # four or more codes of one shape in a row, with no heading: "Save these somewhere safe for me:
        # 8472-1930 5561-0284 9913-4470 2287-6611" (backup codes as a site prints them)
        Pattern(
            "codes of one shape in a row",
            rf"(?<![\w-])(?P<codes_shape>)(?P<value>{_FOUR_FOUR}(?:{_ROW_SEP}{_FOUR_FOUR}){{3,19}})(?![\w-])",
            0.7,
        ),
        # PINs and codes: "PIN 4471", "recovery code: 7HJK-29XL-QQ3M", "your verification code is 482913"
        Pattern(
            "code after code word",
            # (the code's 4471, the OTP (882014); or between commas: "he typed his PIN, 7392, in front of …")
            rf"{_CODE_LEAD}{_CODE_GAP}"
            rf"(?:[ \t]+{_CODE_LINK}|{_COMMA_LINK}|[ \t]*[:=#-]|[ \t]*(?:\.{{2,}}|…+)|['’]s|[ \t]*\("
            r"|[ \t]*,(?=[ \t]*[*#]?\d{4,10}[#*]?[ \t]*(?:[,;.!?)]|$)))?[ \t]*"
            r"[\"“‘']?"
            # (and a code with its sender's letter: Google's "G-482913")
            r"(?P<value>[*#]\d{3,8}[#*]?|\d{3,8}[A-Z#*]|\d{4,10}|[A-Z0-9]{3,8}(?:-[A-Z0-9]{3,8}){1,5}|[A-Z]-\d{4,8}"
            r"|\d(?:[ \t]\d){3,7}|\d{2}(?:[ \t]\d{2}){2,3}"  # (or in pairs: "kinko no bangou wa 48 21 93")
            r"|\d{1,2}(?:-\d{1,2}){2,3}|\d{1,4}[A-Z]\d{1,4}|[A-Z]\d{3,6}|\d{1,2}(?:/\d{1,2}){2,3}"
            # (or capitals and digits, a "#" or "*" among them: "AB#12", "7XY3", ``_CAPS_CODE``)
            r"|(?=[A-Z\d#*]{4,6}(?![\w#*]))[A-Z\d]{1,5}[#*]?[A-Z\d]{1,5})"
            r"(?![\w/-]|\.\w)",
            0.75,
        ),
        # the value right after a question about it: "Is this a strong passcode for my work phone? 95053",
        # "is this password ok? Kx9#mPq2"
        Pattern(
            "code after a question about it",
            # (the answer on the question's line: "Q: … screen? A: 8820")
            # (or "it's": "The gate code? It's 3319.")
            rf"{_CODE_LEAD}[^\n?]{{0,60}}\?[ \t]*(?:(?i:a|answer|ans|reply|r)[ \t]*[:.)-][ \t]*"
            r"|(?i:it['’]s|it[ \t]+is)[ \t]+)?"
            r"(?P<value>\d{4,10})(?![\w,:/-]|\.\d)",
            0.7,
        ),
        Pattern(
            "password after a question about it",
            # (a question's mark, not one inside a password: "Password=rD3c98MqkYqdX?3;…")
            rf"{_WORD_LEAD}[^\n?]{{0,60}}\?(?![^\s\"'`“])[ \t]*[\"'`“]?(?P<bare>)"
            r"(?P<value>[^\s\"'`“”’]{4,64})",
            0.7,
        ),
        # Any word of a chosen password's make (letters with digits, or a passphrase) in a text that speaks of
        # a password or a sign-in, wherever it stands: people tie a password to its cue in more ways than
        # patterns list ("creds are jsmith and Winter2024x", "the one on the sticky note: Bl4ckbird9").
        # Recall first: an id or a product of that make in such a text is masked too.
        Pattern(
            "password-like word in a text about passwords",
            r"(?<![^\s\"'`“‘(\[:=>])(?P<anywhere>)(?P<value>[^\s\"'`<>(){}\[\]=\\,;|“”‘’]{8,64})"
            r"[\"'`”’)\]]?(?=[.,;:!?)]*(?:\s|$|[\"'`”’<]))",
            0.6,
        ),
        # ... and a value a generator made (cases, digits and symbols strewn: "fFXtNL@*~=m&h#", "eNC9H2mVbt")
        # in a text about secrets, keys, vaults or sign-ins, however it is tied to its cue ("the vault entry
        # for the firewall reads X", "user says X no longer works", "the shared secret … is X")
        Pattern(
            "generated value in a text about secrets",
            r"(?<![^\s\"'`“‘(\[:>])(?P<random_anywhere>)(?P<value>[^\s\"'`<>(){}\[\]\\,;|“”‘’]{9,64})"
            r"[\"'`”’)\]]?(?=[.,;:!?)]*(?:\s|$|[\"'`”’<]))",
            0.6,
        ),
        # ... and a quoted run of three to six lower-case words there: a passphrase ('it's "copper lantern
        # river seven" now'), unless a word of it is a stop word (a quoted phrase of prose)
        Pattern(
            "quoted passphrase in a text about passwords",
            r"(?P<q>[\"'`“‘])(?P<anywhere_phrase>)(?P<value>\p{Ll}{3,12}(?:[ \t]\p{Ll}{3,12}){2,5})"
            r"[\"'`”’](?!\w)",
            0.6,
        ),
        # the answer to a security question is a password by another name: "my bank's security question
        # (mother's maiden name) is Rosewood Elementary", "memorable word: 'tangerine'"
        Pattern(
            "answer to a security question",
            r"(?i:\b(?:security|secret)[ \t]+(?:question|answer)s?\b|\bmaiden[ \t]+name\b"
            r"|\bmemorable[ \t]+(?:word|answer|date)\b)[^\n]{0,80}?"
            r"(?:[ \t]+(?i:is|was)[ \t]+|[ \t]*[:=][ \t]*)"
            r"(?P<q>[\"'`“‘])?(?P<secq>)"
            r"(?P<value>(?(q)[^\n\"'`“”‘’]{2,40}|(?:\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,3}|\p{Ll}{3,}\d*)))"
            r"(?(q)[\"'`”’])(?![\w-])",
            0.7,
        ),
        # ... or given as the answer to a question written out: "Security Q: first pet? A: Whiskers", "Secret
        # question: childhood street. Answer: Elm Grove"
        Pattern(
            "answer after a security question",
            r"(?i:\b(?:security|secret|recovery)[ \t]+(?:question|q)s?\b)[^\n]{0,80}?"
            r"(?:(?i:\b(?:a|answer|antwort|réponse|respuesta|risposta|resposta|antwoord))[ \t]*[:=.)-][ \t]*"
            # ("… — answer is Maplewood Elementary")
            r"|(?i:\b(?:answer|antwort|réponse|respuesta|risposta|resposta|antwoord)[ \t]+"
            r"(?:is|was|ist|est|es|è|é|[ée]tait|war|era|foi))[ \t]+)"
            r"[\"'`“‘]?(?P<secq>)(?P<value>\p{L}[\p{L}\d'’-]{1,30}(?:[ \t]\p{L}[\p{L}\d'’-]{1,30}){0,3})"
            r"(?=[\"'`”’]?[ \t]*(?:[.,;!?)]|\r?\n|$))",
            0.7,
        ),
        # ... or said to be what was put for it: "For the security question 'name of your first pet' I put
        # Ostrowski", "I answered 'Rover' to the pet question", "we used Maplewood for the school question"
        Pattern(
            "answer put to a security question",
            r"(?i:\b(?:security|secret|recovery)[ \t]+questions?\b)[^\n]{0,80}?"
            r"\b(?i:I|we)[ \t]+(?i:put|used|gave|wrote|answered|typed|entered|chose|picked|said|set)"
            r"(?:[ \t]+(?i:down|in))?[ \t]+[\"'`“‘]?(?P<secq>)"
            r"(?P<value>\p{L}[\p{L}\d'’-]{1,30}(?:[ \t]\p{L}[\p{L}\d'’-]{1,30}){0,3}?)"
            r"(?=[\"'`”’]?[ \t]*(?:[.,;!?)]|\r?\n|$|(?i:as|for|to|there|then|because|since)\b))",
            0.7,
        ),
        Pattern(
            "answer given to a question by its topic",
            r"(?i:\b(?:answered|put|used|gave|wrote|typed|entered|chose|picked)[ \t]+)"
            r"(?:[\"'`“‘](?P<secq>)(?P<value>[^\n\"'`“”‘’]{2,40})[\"'`”’]"
            r"|(?P<value>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2}))"
            r"[ \t]+(?i:to|for|as[ \t]+the[ \t]+answer[ \t]+to)[ \t]+(?i:the|my|a|that|this|our)[ \t]+"
            r"(?:[\w'’-]+[ \t]+){0,3}?(?i:questions?|q)\b",
            0.7,
        ),
        # a value typed when a prompt asks for it: "just enter Sunflower88 when asked", "type Harbor-2031 when
        # it prompts you" (only a value of a chosen password's make)
        Pattern(
            "value typed when asked",
            r"(?i:\b(?:enter|type|input|use|put[ \t]+in|key[ \t]+in|paste)[ \t]+)[\"'`“‘]?(?P<when_asked>)"
            r"(?P<value>[^\s\"'`”’]{6,64}?)[\"'`”’]?,?[ \t]+(?i:when|if|once|whenever)[ \t]+"
            r"(?i:(?:it|the[ \t]+(?:app|site|portal|system|screen|form|prompt|box|dialog))[ \t]+)?"
            r"(?i:asked|asks|prompted|prompts|you(?:['’]re|[ \t]+are)[ \t]+(?:asked|prompted))\b",
            0.7,
        ),
        # a session's id, token or cookie: the key to a signed-in session ("session id: Qm9vdHN0cmFw…")
        Pattern(
            "session id's value",
            r"(?i:\bsession[ \t_-]?(?:ids?|tokens?|keys?|cookies?|secrets?)\b)"
            r"(?:[ \t]+(?i:is|was|=)|[ \t]*[:=])[ \t]*[\"'`“‘]?(?P<session>)"
            r"(?P<value>[A-Za-z0-9][A-Za-z0-9_+/=%.-]{19,255})(?![\w+/=%-])",
            0.7,
        ),
        # "the code to the storage room changed to 4827": a bare "code" only with its link and a number
        Pattern(
            "number after the code",
            r"(?i:\b(?:the|my|our|your|new|neuer?|le|el|il|o)[ \t]+(?:code|code[ \t]+for|pin))\b"
            rf"(?:(?P<gap>(?:[ \t]+[^\s.:=#]{{2,20}}){{0,4}}?)(?:[ \t]+{_CODE_LINK}|{_COMMA_LINK})"
            r"|['’]s)[ \t]*"
            r"(?P<generic>)(?P<value>\d{4,10}|\d(?:[ \t]\d){3,7})(?![\w-]|\.\w)",  # (the code's 4471)
            0.7,
        ),
        # "hat den Code 4471", "met mijn pincode 5521": a code right after a possessive (in English, "the code
        # 4411 in the ticket" may be any number)
        Pattern(
            "number right after the code",
            r"(?i:\b(?:den|dein(?:en)?|ihr(?:en)?|unser(?:en)?|mon|votre|notre|mi|tu|su|mijn|onze|jouw|uw)"
            r"[ \t]+(?:code|pin|pincode))\b[ \t]*(?P<value>\d{4,10})(?![\w-]|\.\w)",
            0.7,
        ),
        # "Der Code für das Schloss ist 5566", "la combinación de la caja fuerte es 12-34-56": a bare code
        # word with its link and a number, unless the words around say what else it is (error, postal…)
        Pattern(
            "number after a code word",
            r"(?i:\b(?:code|codes|código|codigo|codice|kod|kode|koodi|combinaci[óo]n|combinaison|combinazione"
            r"|combina[çc][ãa]o|kombination|combinatie|kombinacja|combination|combo))\b"
            rf"(?P<gap>(?:[ \t]+[^\s.:=#]{{2,20}}){{0,6}}?)(?:[ \t]+{_CODE_LINK}|{_COMMA_LINK}|[ \t]*:)[ \t]*"
            r"[\"“‘']?(?P<generic>)"
            r"(?P<value>\d{4,10}|\d(?:[ \t]\d){3,7}|\d{1,2}(?:-\d{1,2}){2,3})(?![\w-]|\.\w)",
            0.7,
        ),
        # a combination by its shape: "Tresor-Kombination 12-34-56", "the safe is 34-12-08"
        Pattern(
            "combination",
            r"(?i:\b(?:combo|combination|kombination|combinaison|combinaci[óo]n|combinazione|combinatie"
            r"|kombinacja|kombinasyon|combina[çc][ãa]o|szyfr|kod[ \t]+do[ \t]+(?:szafki|sejfu|k[łl][óo]dki)"
            r"|(?:safe|tresor|coffre|kluis|padlock|lock)(?:[ \t]+(?:is|ist|est|es|è)\b|[ \t]*:)))"
            r"(?:[ \t]+(?i:is|was|ist|est|es|è|é|är|er|je|to|wa))?[ \t]*[:=]?[ \t]*"
            # (or written spaced out: "24 - 11 - 36")
            r"(?P<value>\d{1,2}(?:-\d{1,2}){2,3}|\d{1,2}(?:/\d{1,2}){2,3}|\d{1,2}(?:[ \t]\d{1,2}){2,3}"
            r"|\d{1,2}(?:[ \t]+-[ \t]+\d{1,2}){2,3})"
            r"(?![\w-]|\.\w|[ \t]\d|[ \t]+-[ \t]*\d)",
            0.7,
        ),
        # a dial's turns: "the combination for the cabinet is 22 left, 18 right, 7 left", "the safe is 3 turns
        # right to 24, left to 11, right to 70", "combo R24 L11 R70"
        Pattern(
            "combination in turns",
            r"(?i:\b(?:combo|combination|combinaison|combinaci[óo]n|combinazione|kombination|safe|dial|padlock"
            r"|lock)\b)[^\n.;]{0,60}?(?P<turns>)(?P<value>"
            rf"{_TURN}(?:,?[ \t]+(?:(?i:then|and|dann|puis|luego)[ \t]+)?{_TURN}){{2,3}})(?![\w-])",
            0.7,
        ),
        # a lock's number as a field: "Alarm: 7731", "To disarm: 6612", "Tresor: 0815"
        Pattern(
            "number after a lock",
            r"(?i:\b(?:alarm|alarme|alarma|allarme|safe|tresor|coffre|kluis|(?:to[ \t]+)?(?:disarm|unlock)"
            r"|keypad|gate|portail|door"
            # a lock in other languages: "(slot: 8-8-8-4)", "lås: 7731", "kilit: 0815"
            r"|slot|lås|lukko|zámek|zamek|kłódka|kilit|kilidi|lacăt|lakat|zár|khóa|kandado|cadeado|candado"
            r"|lucchetto|hangslot|hänglås|hengelås|riippulukko|padlock|lock"
            # a locker and its number: "Schließfach 14: 8320", "Locker #12: 4471"
            r"|(?:schließfach|schliessfach|spind|locker|casier|taquilla|armadietto|szafka|kluisje|dolap)"
            r"(?:[ \t]+(?:nr\.?|no\.?|n°|#)?[ \t]*\d{1,4})?"
            # a safe and where it is: "trezor v kanceláři 571: 1061", "Tresor im Büro 2: 0815"
            r"|(?:trezor|tresor|sejf|széf|kassaskåp|pengeskab|kassaskap|kassakaappi|cassaforte"
            r"|caja[ \t]+fuerte"
            r"|coffre(?:-fort)?|safe)(?:[ \t]+[^\s:]{1,20}){1,3}))[ \t]*:[ \t]*(?P<lock_field>)"
            r"(?P<value>\d{3,8}[#*]?|\d(?:-\d){3,7}|\d{1,2}(?:-\d{1,2}){2,3})(?![\w:-]|\.\w)",
            0.7,
        ),
        # how a code is used: "to disarm the alarm key in 9921", "the safe opens with 4-19-33", "der Tresor
        # geht mit 7933 auf"
        Pattern(
            "code as it is used",
            r"(?i:\b(?:alarm|keypad|safe|lock|padlock|locker|door|gate|tresor|schloss|coffre|cadenas"
            r"|caja[ \t]+fuerte|cassaforte|kluis)\b[^\n.;]{0,50}?\b(?:key[ \t]+in|punch[ \t]+in|tap[ \t]+in"
            r"|enter|type|dial|opens?[ \t]+with|open[ \t]+it[ \t]+with|geht[ \t]+mit|öffnet[ \t]+mit"
            r"|s['’]ouvre[ \t]+avec|se[ \t]+abre[ \t]+con|si[ \t]+apre[ \t]+con|gaat[ \t]+open[ \t]+met))"
            r"[ \t]+"
            r"(?P<value>\d{4,10}[#*]?|\d{1,2}(?:-\d{1,2}){2,3}|\d(?:[ ]\d){3,7})(?![\w-]|\.\w)",
            0.7,
        ),
        # a number in quotes in a sentence about a lock: 'the key safe by the back door says "0519"'
        Pattern(
            "quoted code after a lock",
            rf"{_ENTRY_LEAD}[^\n.;\"“‘]{{0,50}}?[\"“‘](?P<value>[*#]?\d{{3,8}}[#*]?)[\"”’](?!\w)",
            0.7,
        ),
        # a code named after its lock on the same line: "Alarmanlage Lager: Code 836867"
        Pattern(
            "code after a lock on its line",
            r"(?i:\b(?:alarm\w*|tresor|safe|schließfach|schliessfach|spind|locker|tür|türe|tor|gate|door"
            r"|garage\w*|kluis|casier|coffre|cassaforte|armadietto|taquilla|szafk\w*|sejf|kasa|kapı|dolap|portail"
            r"|port[ãa]o|puerta|porta)\b)[^\n.;]{0,40}?\b(?i:code|pin|kod|kodu|código|codice|pincode)"
            r"[ \t]*[:=]?[ \t]*(?P<value>\d{4,8}[#*]?)(?![\w-]|\.\w)",
            0.7,
        ),
        # a password sent in parts: "teil 1: 2QNN2dIz\nteil 2: FuF*gii83" (after a password word)
        Pattern(
            "password in parts",
            r"(?im:^[ \t]*(?:[-*•][ \t]*)?(?:teil|part|partie|parte|deel|część|parça|pieza|pezzo|half|hälfte"
            r"|moitié|mitad|metà)[ \t]*(?:[1-4]|one|two|eins|zwei|un|deux|uno|dos|due)[ \t]*[:=)-][ \t]*)"
            r"(?P<part>)(?P<value>\S{3,64})[ \t]*(?=\r?\n|$)",
            0.7,
        ),
        # a sentence about a password ending in a colon, the password on the lines below, maybe split:
        # "the db password, it's one string, no space:\nj6vhCZA8b\nrYN5XMvQH"
        Pattern(
            "password on the lines after a colon",
            rf"{_WORD_LEAD}[^\n]{{0,100}}:[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?P<lines>)"
            r"(?P<value>[^\s]{4,64}(?:[ \t]*\r?\n[ \t]*[^\s]{3,64}){0,3})[ \t]*(?=\r?\n|$)",
            0.7,
        ),
        # a password spelled out: "le mot de passe est Alfa November Kilo Papa Tango Delta"
        Pattern(
            "password spelled out",
            rf"{_WORD_LEAD}{_LINK}[ \t]*(?P<spelled>)"
            rf"(?P<value>(?i:{_SPELLING})(?:[ \t,]+(?i:{_SPELLING})){{3,40}})(?![\w-])",
            0.75,
        ),
        # Chinese, Japanese and Korean: "パスワードは abc123 です", "密码是 Xy7!pq", "비밀번호는 k9Lm2 입니다"
        # (the copy the patterns read has a space where those letters meet Latin ones)
        Pattern(
            "password after cjk password word",
            r"(?:パスワード|暗証番号|パスコード|ピン番号|PINコード|密码|口令|密碼|비밀번호|암호|핀번호|비번|패스워드"
            # a safe's, a key box's, a door's or a locker's number: "金庫の番号は 4821 です"
            r"|(?:金庫|鍵|キーボックス|ロッカー|ドア|玄関|門|ダイヤル|南京錠)の?番号)"
            r"[^\S\n]*(?:は|が|を|：|:|是|为|為|는|은|를|을|이|가|=)?[^\S\n]*(?:「|『|\")?(?P<cjk>)"
            # (a passphrase of Latin words with spaces, to the end of its clause: "密码是 tundra quartz
            # orbit")
            r"(?P<value>[A-Za-z]{2,12}(?:[ ][A-Za-z]{2,12}){2,6}(?=[^\S\n]*(?:$|\n|[。.，,、」』\")）]"
            r"|[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]))|[!-~]{4,64}?"
            # (or its own script's letters and a number, after a link: "パスワードはさくら2024です", which
            # ``normalize`` reads with a space between the scripts)
            r"|(?<=[はが是为為：:는은=「『\"][^\S\n]?)"
            r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{1,10}[ ]?\d{2,8})"
            r"(?=[」』\"]|[^\S\n]|$|。|、|，|[.,;:!?)]?[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
            r"|[.,;:!?)](?:\s|$))",  # (``normalize`` writes "，" as ", ")
            0.75,
        ),
        # ... and a lock's, a door's or an alarm's code in those languages, its code word after the
        # lock's word ("アラームの解除コードは 4729", "门禁码：7713", "警报器的代码是 3371"), or the lock's
        # word and a link alone ("金庫：3319")
        Pattern(
            "code after cjk lock word",
            rf"(?:{_CJK_LOCK})[^\S\n]*(?:[^\s\d。！？!?]{{0,10}}?(?P<cjk_code>{_CJK_CODE}))?"
            r"[^\S\n]*(?P<cjk_link>は|が|是|为|為|：|:|=|는|은|就是)?[^\S\n]*[「『\"]?(?P<cjk_lock>)"
            r"(?P<value>[*#]?\d{4,10}[#*]?)(?![\w-]|[.,]\d)",
            0.75,
        ),
        # ... or the code first: "4731 は門の暗証番号です", "4471 是门禁码"
        Pattern(
            "code before cjk lock word",
            r"(?<![\w*#.,/:+-])(?P<cjk_lock>)(?P<value>[*#]?\d{4,10}[#*]?)(?![\w-]|[.,]\d)[^\S\n]*"
            r"(?:は|が|是|为|為|就是|이|가|은|는)[^\S\n]*[^\n\d。，,！？!?]{0,10}?"
            rf"(?:(?:{_CJK_LOCK})[^\n\d。，,！？!?]{{0,6}}?(?:{_CJK_CODE})|{_CJK_STRONG})",
            0.75,
        ),
        # Hindi, Arabic, Persian, Hebrew, Thai and Cyrillic words for a password, a PIN or a code, and the
        # value in Latin letters or digits after them (a few words of their script between: "код от домофона
        # 4512", "पासवर्ड है surajmukhi", "كلمة المرور abbadshams", "סיסמה: hamania")
        Pattern(
            "password after other-script password word",
            rf"(?<!\p{{L}})(?i:{_OTHER_SCRIPT_WORD})(?:[^\S\n]*[:=：—–-]|[^\S\n]+[^\s!-~]{{1,20}}){{0,4}}[^\S\n]*[\"'«“]?"
            r"(?P<other_script>)(?P<value>[!-~]{3,64}?)[\"'»”]?(?=[^\S\n]|$|[.,।،;!?](?:\s|$))",
            0.7,
        ),
        # a code or password read out: "yeni şifre beş sekiz dört altı beş sıfır", "the PIN is four one two"
        Pattern(
            "code read out",
            rf"(?i:\b(?:{_WORD}|{_CODE_WORD}|{_ANY_CODE_WORD})\b)"
            # (or any words of the line between: "and the PIN? Caller: sure, four seven two nine", "PIN saya
            # empat tujuh dua sembilan")
            rf"(?:{_CODE_GAP}(?:[ \t]+{_CODE_LINK}|[ \t]*[:=])|{_LINK}|[^\n]{{1,40}}?[ \t,:])?[ \t]*"
            rf"(?P<spoken>)(?P<value>{digit_run(4, 8)})",
            0.75,
        ),
        # the code first, its word after: "2019 is the pin for the company fuel card", "4471# is the door
        # code"
        Pattern(
            "code before code word",
            rf"(?<![\w*#.,/:-])(?P<first>)(?P<value>{_LOCK_CODE})"
            # ("4471 is", "4471 — that's", "4471, it's", "did you try 734640? that's", "442307 works as")
            r"(?:[ \t]*[—–,:?-])?[ \t]+"
            r"(?i:is|was|=|that's|that’s|thats|that[ \t]+is|it's|it’s|it[ \t]+is|as"
            r"|(?:works|worked|should[ \t]+work|will[ \t]+work|serves|counts)[ \t]+as)[ \t]+"
            r"(?i:(?:the|my|our|your|his|her|their|a)[ \t]+)?(?:[\w'’-]{1,15}[ \t]+){0,3}?"
            r"(?i:pin|pin[ \t]+code|pincode|passcode|code|combo|combination|door[ \t]+code|alarm[ \t]+code)\b"
            r"(?![ \t]+(?:for[ \t]+)?(?i:error|status|line|http|freeze|review|base|name|style|owners?|smell"
            r"|coverage|quality|path|block|snippet|editor|of|change|sample|example)\b)",
            0.7,
        ),
        # what a thing unlocks with: "the conference room display unlocks with 8841"
        Pattern(
            "code a thing unlocks with",
            # (what is unlocked may stand between: "Unlock my iPad with 4682")
            r"(?i:\b(?:unlocks?|unlocked|opens?|opened|disarms?|disarmed)(?:[ \t]+[\w'’-]{1,20}){0,3}?[ \t]+"
            r"(?:with|using))[ \t]*:?[ \t]+"
            r"(?i:(?:the[ \t]+)?(?:code|pin|number|combination|combo)[ \t]*:?[ \t]*)?(?P<first>)"
            rf"(?P<value>{_LOCK_CODE})(?![\w-]|\.\w)",
            0.7,
        ),
        # ... or a passphrase: "The vault opens with: glacier ember quilt tango"
        Pattern(
            "words a thing unlocks with",
            r"(?i:\b(?:unlocks?|unlocked|opens?|opened|decrypts?|decrypted)[ \t]+(?:with|using))"
            r"[ \t]*:?[ \t]+[\"'`“‘]?(?P<unlock_words>)(?P<value>\p{Ll}{2,14}(?:[ \t]+\p{Ll}{2,14}){2,7})"
            r"(?=[\"'`”’]?[ \t]*(?:[.,;!?)]|\r?\n|$))",
            0.7,
        ),
        # ... or a lock's verb after it: "0519 opens the key safe", "7731 disarms the alarm"
        Pattern(
            "code before its lock",
            # (quoted or not: '"4471" is what opens the safe in the study')
            rf"(?<![\w*#.,/:-])[\"“‘]?(?P<first>)(?P<value>{_LOCK_CODE})[\"”’]?"
            r"[ \t]+(?i:opens|unlocks|disarms|arms|gets[ \t]+you[ \t]+(?:in|into|through)|will[ \t]+open"
            r"|should[ \t]+open|is[ \t]+what[ \t]+(?:opens|unlocks|disarms))"
            r"[ \t]+[^\n.;]{0,30}?(?i:lock|padlock|safe|key[ \t-]?safe|lock[ \t-]?box|locker|door|gate|alarm"
            r"|garage|shed|cupboard|cabinet|box|keypad|it|them|everything)\b",
            0.7,
        ),
        # a code word of any language, compound or not, a few words, maybe a link, and a code: "Portkoden är
        # 71*55", "A kapukód 57*0310", "koden til lås er 70 48 03", "kod do domofonu to *6628", "mã cửa
        # chính là 4673", "apartman kapı şifresi 1618", "Internet: X, kode a7w62u4r23"
        Pattern(
            "code in any language",
            rf"{_ANY_CODE_LEAD}(?P<gap>(?:[ \t]+[^\s\d:=#*.,;!?()]{{1,20}}){{0,5}}?)"
            rf"(?:[ \t]+(?P<link>(?i:{_ANY_LINK}))\b|[ \t]*(?P<colon>[:=]))?[ \t]*(?P<open>[(\[`\"'«„“]?)"
            rf"(?P<generic>)(?P<value>{_ANY_CODE})(?![\w-]|[.,]\w|[ \t]\d|[*#/])",
            0.7,
        ),
        # ... and a lock's, an alarm's or a phone's code with its link: "The key safe by the back door is
        # `#445878`", "your dad's phone unlock is 340944" (not "the alarm at 0630")
        Pattern(
            "lock in any language",
            rf"{_LOCK_LEAD}(?P<gap>(?:[ \t]+[^\s\d:=#*.,;!?()]{{1,20}}){{0,5}}?)"
            rf"(?:[ \t]+(?P<link>(?i:{_ANY_LINK}))\b|[ \t]*(?P<colon>[:=]))[ \t]*[(\[`\"'«„“]?(?P<generic>)"
            rf"(?P<value>{_ANY_CODE})(?![\w-]|[.,]\w|[ \t]\d|[*#/])",
            0.7,
        ),
        # a code on an entry's label, as stickers, notes and handovers write it: "GATE 2580", "LOCKBOX: 1379",
        # "Garage: 7731#", "Tür - 4471", "KEY SAFE 0852" (four digits or more, or three with a star or hash;
        # not "Gate B12", "door 3", "locker 22", "the alarm at 0630")
        Pattern(
            "code on an entry's label",
            rf"{_ENTRY_LEAD}[ \t]*(?:[:=–-][ \t]*)?(?P<entry>)"
            r"(?P<value>[*#]\d{3,8}[#*]?|\d{3,8}[#*]|\d{4,8}|\d{1,2}(?:-\d{1,2}){2,3})"
            r"(?![\w-]|[.,:/]\d|[ \t]?(?i:am|pm|h|uhr|kg|km|m²|sq|ft|%|€|\$))",
            0.7,
        ),
        # what an entry takes, a few words after its name: "Door to the server room is 4471#", "Alarm panel
        # takes 7731"
        Pattern(
            "code an entry takes",
            # (or with "'s": "the safe's 4471")
            rf"{_ENTRY_LEAD}(?:['’]s|[^\n.;:!?]{{0,40}}?[ \t]"
            r"(?i:is|=|takes|uses|needs|wants|accepts|opens[ \t]+(?:with|on)))[ \t]+(?P<entry>)"
            rf"(?P<value>{_ENTRY_CODE})"
            r"(?![\w-]|[.,:/]\d"
            r"|[ \t]?(?i:am|pm|h|uhr|kg|km|mm|cm|m|m²|sq|ft|feet|lbs?|%|€|\$|people|users)\b)",
            0.7,
        ),
        # ... and where a code is used: "Use 8823 at the side entrance", "punch in 4471 for the gate"
        Pattern(
            "code used at an entry",
            r"(?i:\b(?:use|enter|punch[ \t]+in|key[ \t]+in|tap[ \t]+in|dial|type|press)\b)[ \t]+(?P<entry>)"
            rf"(?P<value>{_ENTRY_CODE})[ \t]+"
            r"(?i:at|on|for|to[ \t]+(?:open|unlock|get[ \t]+in(?:to)?))[ \t]+(?i:(?:the|our|a)[ \t]+)?"
            rf"(?:[\w-]+[ \t]+){{0,2}}?(?i:(?P<label>{_ENTRY_LABEL}|entrance|panel))\b",
            0.7,
        ),
        # a code a few words after a lock, an alarm or an entry in the same clause, in any language and any
        # phrasing: "la alarma se desactiva con 7272", "larmet stänger du av med 9090", "Nøgleboksen: 7788",
        # "garage same as b4 5353", "the key's in the lockbox (0913)" (four to eight digits, a star or hash,
        # dashed or in pairs; not a room, a time, a year, a model or an amount: ``_NOT_LOCK_NUMBER_BEFORE``)
        Pattern(
            "code near a lock",
            # (a digit in the gap only inside a word: "same as b4 5353")
            rf"{_NEAR_LOCK_LEAD}(?P<near_gap>(?:[^\n.;!?\d]|(?<=\p{{L}})\d){{0,50}}?)(?<![\w*#.,/:+-])"
            r"(?P<near_lock>)"
            r"(?P<value>\d{2}(?:[ ]\d{2}){2,3}|[*#]?\d{4,8}[#*]?|\d{1,2}(?:-\d{1,2}){2,5}|\d(?:[ ]\d){3,7})"
            r"(?![\w-]|[.,:/]\d|[ \t]\d"
            r"|[ \t]?(?i:am|pm|h|hrs?|uhr|kg|km|mm|cm|m|m²|sq|ft|feet|lbs?|%|€|\$|x)\b)",
            0.7,
        ),
        # ... or the code first, its lock or code word after it in the clause, in any language: "4471 er koden
        # til hoveddøren", "7272 es el código de la puerta", "3344 for the alarm", "tried 4321 on the bike
        # lock", "j'ai tapé 4471 au digicode" (the same shapes and look-alike checks as above)
        Pattern(
            "code before a lock",
            r"(?<![\w*#.,/:+-])(?P<near_lock>)"
            r"(?P<value>\d{2}(?:[ ]\d{2}){2,3}|[*#]?\d{4,8}[#*]?|\d{1,2}(?:-\d{1,2}){2,5}|\d(?:[ ]\d){3,7})"
            r"(?![\w-]|[.,:/]\d|[ \t]\d)"
            # (in the clause: no colon between, and no capitalised word right after the number, which makes
            # it a postal code before its town: "21378 CourtoisVille : votre code …")
            r"(?![ \t]+\p{Lu}\p{Ll})(?P<near_gap>[^\n.;:!?\d«»]{0,40}?)(?<![\p{L}\d])"
            rf"(?i:{_NEAR_LOCK_EN}|\p{{L}}{{0,14}}?(?:{_NEAR_LOCK_STEM})\p{{L}}{{0,8}}|{_ANY_CODE_WORD}|digicode"
            r"|passcode|senha|(?:door|gate|alarm|pin)[ \t-]?code)(?![\p{L}\d])",
            0.7,
        ),
        # a second code after a first one and "and" in the clause: "the door pin is 5500 and the padlock
        # 6396", "PIN 5500 and 6396 for the second card", "the locker is 2291 and the cabinet is 8832"
        Pattern(
            "second code in the clause",
            rf"{_SECOND_CODE_LEAD}[^\n.;:!?]{{0,40}}?(?<![\w*#.,/:+-])\d{{4,8}}(?![\w-]|[.,:/]\d)"
            r"[ \t]*,?[ \t]+(?i:and|und|et|y|e|en|og|och|or|oder|ou|o)[ \t]+"
            r"(?P<near_gap>(?:[^\s\d.,;:!?]{1,20}[ \t]+){0,4}?"
            r"(?:(?i:is|ist|est|es|è|er|är|=)[ \t]+|:[ \t]*)?)"
            r"(?<![\w*#.,/:+-])(?P<second>)(?P<near_lock>)(?P<value>\d{4,8})(?![\w-]|[.,:/]\d|[ \t]\d)",
            0.7,
        ),
        # four to eight plain words after a secret's, a key's or a wallet's word and a link, to the clause's
        # end: "The key is trumpet wagon pumpkin saddle, it's for the USB stick", "Unlock the wallet with …",
        # "the seed: …", "login: …" (no word of prose among them, no verb's form)
        Pattern(
            "words after a secret's word",
            r"(?i:\b(?:key|keys|secret|seed|vault|wallet|unlock|decrypt|encrypt|login|credentials?|creds"
            r"|schlüssel|clé|chiave|clave|llave|sleutel|segreto|geheimnis)\b)[^\n.;:!?\d]{0,40}?"
            r"(?:[ \t]+(?i:is|was|with|using|ist|lautet|est|es|è|é|con|mit|avec|met|are)|[ \t]*[:=])[ \t]*"
            r"[\"'`“‘]?(?P<sec_words>)(?P<value>\p{Ll}{3,12}(?:[ \t]+\p{Ll}{3,12}){3,7})"
            r"(?=[\"'`”’]?[ \t]*(?:[.,;!?)]|\r?\n|$))",
            0.7,
        ),
        # a code said to work or not: "The code 4471 doesn't work anymore", "Le code 4471 ne marche plus",
        # "my PIN 2291 expired" (not "the code 4411 in the ticket is wrong": the verb right after the number)
        Pattern(
            "code said to work or not",
            # (tried where a code word starts, its determiner looked behind for)
            r"(?<=(?i:\b(?:the|my|your|our|this|that|her|his|le|mon|ton|votre|notre|ce|der|mein|dein|ihr|el|mi|tu"
            r"|su|il|mio|tuo|de|mijn|jouw|o|meu)[ \t]+"
            r"(?:(?:door|gate|alarm|sms|2fa|one-time|access|new|old)[ \t]+)?))"
            r"(?i:(?:code|pin|passcode|c[óo]digo|codice|pincode|pin-code)(?:[ \t]+pin)?)[ \t]+(?P<typed>)"
            r"(?P<value>[*#]?\d{4,8}[#*]?)[ \t]+"
            r"(?=(?i:doesn['’]?t|does[ \t]+not|didn['’]?t|did[ \t]+not|isn['’]?t[ \t]+work|won['’]?t"
            r"|no[ \t]+longer|stopped|has[ \t]+expired|expired|works|worked"
            r"|is[ \t]+(?:invalid|wrong|rejected|not[ \t]+working)|ne[ \t]+(?:marche|fonctionne|passe)|marche"
            r"|fonctionne|a[ \t]+expiré|est[ \t]+(?:expiré|refusé|invalide)"
            r"|funktioniert|geht[ \t]+nicht|ist[ \t]+abgelaufen|no[ \t]+(?:funciona|va|sirve)|funciona"
            r"|non[ \t]+(?:funziona|va)|funziona|werkt|is[ \t]+verlopen|não[ \t]+funciona)\b)",
            0.7,
        ),
        # what an authenticator app shows: "My authenticator shows 482913", "Authy says 551 203"
        Pattern(
            "code an authenticator shows",
            r"(?i:\b(?:authenticator|authy|2fa[ \t]+app|otp[ \t]+app|token[ \t]+app|the[ \t]+app)"
            r"(?:[ \t]+app)?[ \t]+(?:shows|showed|says|said|gives|gave|displays|displayed|generated"
            r"|is[ \t]+showing|zeigt|affiche|muestra|mostra)(?:[ \t]+me)?)[ \t]*:?[ \t]+(?P<otp>)"
            r"(?P<value>\d{3}[ ]?\d{3}|\d{6,8})(?![\w-]|[.,]\d)",
            0.7,
        ),
        # a code typed to open something: "Type 7720 when the keypad beeps", "Tape 5619 pour ouvrir",
        # "Composez le 4471 puis appuyez sur la clé", "press 24*3391 to open"
        Pattern(
            "code typed to open",
            rf"(?i:\b(?:{_TYPED_VERBS}|typed|entered|tried|tap[ée]|saisi|tippte|getippt|eingegeben|digit[ée]i"
            r"|tecle[ée]|marqu[ée]|inserito|ingres[ée]))(?:[ \t]+(?i:le|el|il|o|den|de|die))?[ \t]+"
            r"(?P<typed>)"
            rf"(?P<value>{_LOCK_CODE}|\d{{1,4}}\*\d{{2,6}}#?)(?:[ \t]*,)?[ \t]+"
            r"(?i:to[ \t]+(?:open|unlock|get[ \t]+in|disarm|enter|arm)"
            r"|pour[ \t]+(?:ouvrir|entrer|d[ée]sactiver)"
            r"|para[ \t]+(?:abrir|entrar|desactivar)|per[ \t]+(?:aprire|entrare|disattivare)|zum[ \t]+öffnen"
            r"|om[ \t]+(?:te[ \t]+)?(?:openen|binnen)|then|puis|ensuite|dann|luego|poi|daarna|when|quand"
            r"|lorsque"
            r"|wenn|cuando|quando|on[ \t]+the[ \t]+(?:keypad|panel|pad|intercom|lock)"
            # (a code that failed: "I typed 4471 but the door stays shut", "j'ai tapé 4471 mais la porte …")
            r"|but|mais|aber|pero|ma|maar|mas"
            r"|at[ \t]+the[ \t]+(?:keypad|panel|intercom|door|gate))\b",
            0.7,
        ),
        # what a file or a drive is protected with: "The shared drive is protected with Lighthouse92."
        Pattern(
            "password a thing is protected with",
            r"(?i:\b(?:password[ \t-]?)?(?:protected|secured|locked)[ \t]+(?:with|using))[ \t]+"
            r"(?i:(?:the[ \t]+)?(?:password|passphrase|passcode|pin|code)[ \t]+)?[\"'`“‘]?"
            r"(?P<far>)(?P<value>[^\s\"'`“‘”’]{6,64}?)(?=[\"'`”’]?(?:[.,;:?)]?(?:\s|$)))",
            0.7,
        ),
        # a one-time code as it came or is used: "got the text with 017042", "448 120 is your code"
        Pattern("one-time code in a message", _MESSAGE_CODE, 0.75),
        Pattern("one-time code before its use", _CODE_BEFORE_USE, 0.75),
        # a chosen code with letters and digits after its link: "votre code d'accès provisoire est W1ll0w_11"
        Pattern(
            "chosen code after code word",
            rf"{_CODE_LEAD}{_CODE_GAP}(?:[ \t]+{_CODE_LINK}|[ \t]*[:=])[ \t]*"
            r"(?P<value>(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[^\s\"'`,;]{6,64}(?<![.,;:!?]))(?![\w-]|\.\w)",
            0.75,
        ),

        # a software licence's, a product's or a disk's recovery key with its word before it (``_KEY_CUE``,
        # found by ``accept_match``), maybe a few lines before in a list: "Here's the licence for Photoshop:
        # 1045-1209-4382-9921", "Vendor keys:\n- Adobe: A12B-CDEF-GH3I-J4KL\n- …"
        Pattern(
            "key after a licence or recovery word",
            r"(?<![\w-])(?P<grouped_key>)(?P<value>" + _GROUPED_KEY + r")(?![\w-])",
            0.75,
        ),
        # a lock's code right after a question about it: "the code for the side gate? 4471", "front door?
        # 8822" (the shapes and look-alike checks of ``code near a lock``)
        Pattern(
            "code after a question about a lock",
            rf"{_NEAR_LOCK_LEAD}(?P<near_gap>[^\n.;!?\d]{{0,50}}?){_ASKED_ANSWER}(?<![\w*#.,/:+-])(?P<near_lock>)"
            rf"(?P<value>{_ASKED_CODE}){_NOT_A_CODE_AFTER}",
            0.7,
        ),
        # ... or about a code word of any language: "what's your Netflix PIN? Mine is 8008", "kod do
        # skrytki? 4471"
        Pattern(
            "code after a question in any language",
            rf"{_ANY_CODE_LEAD}(?P<gap>[^\n?]{{0,60}}?){_ASKED_ANSWER}(?<![\w*#.,/:+-])(?P<asked>)"
            rf"(?P<value>{_ASKED_CODE}){_NOT_A_CODE_AFTER}",
            0.7,
        ),
        # a code after "code's", after "use the code", after "mine is" or after what was reset: "code's 3318",
        # "use the code 2791 and sign the log", "the printer asks for a user code; mine is 40918", "Jo reset
        # the voicemail PIN to 46213" (the checks of a code asked about)
        Pattern(
            "number after code's",
            r"(?i:\b(?:code|pin|passcode|pincode|combo|combination)['’]s)[ \t]+(?:(?i:now|still)[ \t]+)?"
            rf"(?P<asked>)(?P<value>{_ASKED_CODE}){_NOT_A_CODE_AFTER}",
            0.7,
        ),
        Pattern(
            "code to use",
            r"(?i:\b(?:use|enter|type|dial|punch[ \t]+in|key[ \t]+in|tap[ \t]+in|try)[ \t]+"
            r"(?:(?:the|my|our|this|that|your)[ \t]+)?(?:(?:door|gate|alarm|access|entry|new|same)[ \t]+)?"
            r"(?:code|pin|passcode|combo|combination|pin[ \t]+code)[ \t]*:?[ \t]+)"
            rf"(?P<asked>)(?P<value>{_ASKED_CODE}){_NOT_A_CODE_AFTER}",
            0.7,
        ),
        Pattern(
            "code that is mine",
            rf"{_ANY_CODE_LEAD}(?P<gap>[^\n]{{0,60}}?)(?<![\w'’])"
            r"(?i:mine|ours|his|hers|theirs|yours|my[ \t]+one)(?:[ \t]+(?i:is|was)|['’]s)[ \t]*:?[ \t]*"
            rf"(?P<asked>)(?P<value>{_ASKED_CODE}){_NOT_A_CODE_AFTER}",
            0.7,
        ),
        Pattern(
            "code something was reset to",
            r"(?i:\b(?:reset|changed|set|updated|switched)[ \t]+(?:the|my|her|his|our|your|their)[ \t]+"
            r"(?:[\w'’-]+[ \t]+){0,2}?(?:voicemail|pin|code|passcode|safe|lock|combo|combination|keypad"
            r"|padlock|locker)(?:[ \t]+(?:pin|code|passcode))?[ \t]+(?:back[ \t]+)?to)[ \t]+"
            rf"(?P<asked>)(?P<value>{_ASKED_CODE}){_NOT_A_CODE_AFTER}",
            0.7,
        ),
        # codes of letters and digits in a row (``_MIXED_CODE``): recovery codes pasted without a heading
        Pattern(
            "mixed codes in a row",
            rf"(?<![\w-])(?P<mixed_codes>)(?P<value>{_MIXED_CODE}(?:{_MIXED_SEP}{_MIXED_CODE}){{1,19}})(?![\w-])",
            0.7,
        ),
        # a passphrase of five common words or more joined by "-", "_" or "." (``_JOINED_PHRASE``)
        Pattern(
            "joined passphrase of common words",
            r"(?<![^\s\"'`“‘(\[:=>])(?P<joined_phrase>)(?P<value>" + _JOINED_PHRASE + r")"
            r"(?=[\"'`”’)\]]?[.,;:!?)]*(?:\s|$))",
            0.7,
        ),
        # a passphrase of four words or more right after its word and a verb of use, the sentence going on:
        # "she uses the passphrase gravel minnow tuxedo paprika for everything"
        Pattern(
            "phrase of words right after phrase word going on",
            r"(?i:\b(?:uses?|used|using|with|set|chose|picked|typed|entered|gave|is|was)[ \t]+"
            r"(?:(?:the|a|an|my|our|your|his|her|their)[ \t]+)?)"
            rf"{_PHRASE_LEAD}[ \t]+(?P<phrase_words>)"
            r"(?P<value>\p{Ll}{3,12}(?:[ \t]+\p{Ll}{3,12}){3,7}?)"
            rf"(?=[ \t]+(?i:{_PHRASE_GOES_ON})\b)",
            0.7,
        ),
        # a password read out piece by piece as it was written down: "capital P, e-l-i-c-a-n, then a full
        # stop, capital K, …, then a percent sign", "capital W, then 4, l-n-u-t, then 4-1, then a hash" (the
        # whole dictation is the password: its pieces alone say little)
        Pattern(
            "password dictated piece by piece",
            rf"(?<![\w-])(?P<dictated>)(?P<value>(?:{_CASE_PIECE}|{_SPELLED_PIECE})"
            rf"(?:{_DICTATED_SEP}{_DICTATED_PIECE}){{2,30}})",
            0.7,
        ),
        # the rest of a password a chat message cut short, sent by the same person on the next line: "[09:14]
        # Sofia: the password for the drive is lant\n[09:14] Sofia: ern6889" (a digit or a symbol in it)
        Pattern(
            "rest of a password cut in a chat",
            rf"(?m:^{_CHAT_STAMP}(?P<who>{_CHAT_NAME})[ \t]*:[^\n]*?)(?i:\b(?:{_WORD})\b)[^\n]{{0,60}}?"
            r"(?:[ \t](?i:is|was|ist|est|es|é|è|lautet|c['’]est)|[:=])[ \t]*[^\s]{1,64}[ \t]*\r?\n"
            rf"{_CHAT_STAMP}(?P=who)[ \t]*:[ \t]*(?P<cut>)(?P<value>[^\s]{{2,40}})[ \t]*\r?$",
            0.7,
        ),
        # a password of a word and a number written apart on its label's line, as a screenshot's text or a
        # sticky note has it: "Pass word :   Map|e 1913!", "Password: Falcon 865!"
        Pattern(
            "password of a word and a number on its label's line",
            rf"(?im:^[ \t]*(?:[-*•][ \t]*)?(?:{_WORD})[ \t]*[:=][ \t]*)(?P<apart>)"
            r"(?P<value>[^\s\"'`]{3,30}[ ]\d{2,8}[!#$%&*+=?@^~]{0,3})[ \t]*(?=\r?\n|$)",
            0.7,
        ),
        # a value of words told to be typed with its spaces, after a password word and its link or a verb of
        # use: "the password is now maple and copper 4 - with the spaces", "per entrare usa Tigre Mela 12
        # (con gli spazi)" (the note says the spaces belong to it; the words may be anything)
        Pattern(
            "value typed with its spaces",
            rf"(?:{_WORD_LEAD}{_LINK}|(?i:\b(?:{_USE_VERB}))[ \t]+)[ \t]*[\"'`“‘]?(?P<spaced>)"
            r"(?P<value>[^\s\"'`“‘”’()]{1,24}(?:[ \t][^\s\"'`“‘”’()]{1,24}){1,5}?)[\"'`”’]?"
            rf"(?=[ \t]*(?:[-–—,(:;][ \t]*)?{_SPACES_NOTE})",
            0.7,
        ),
        # a second password named by "the one of" its account after the first: "minha senha do banco é 4471
        # e a do e-mail é X", "la clave del wifi es X y la del router es Y", "the password for the bank is X
        # and the one for the mail is Y"
        Pattern(
            "second password named by the one of",
            rf"{_WORD_LEAD}[^\n]{{1,80}}?[ \t,]+(?i:{_AND_THE_ONE_OF})[ \t]+[^\n:=.!?]{{1,30}}?[ \t]+"
            r"(?i:é|es|è|est|is|ist|är|er|ni|=|:)[ \t]*[\"'`“‘]?(?P<elided>)"
            r"(?P<value>[^\s\"'`“‘”’]{4,64}?)[\"'`”’]?(?=[.,;!?)]?(?:\s|$))",
            0.7,
        ),
    ]
    CONTEXT = ["password", "passphrase"]
    # (was one regex: ``HINT_WORDS`` are its plain words, found in one C-level pass each)
    HINT_WORDS = (
        "pass", "pasw", "pwd", "wlan", "wifi", "wi-fi", "p/w", "nøgle", "nøkkel", "nyckel", "番号",
        *_LEET_LABELS,
        "safe word",
        "safe\tword", "magic word",
        "magic\tword", "κωδικ", "συνθηματικ", "bitwarden", "dashlane",
        "kennwort", "contrase", "senha", "wachtwoord", "parola",
        "hasło", "haslo", "lösenord", "losenord", "adgangskode", "salasana", "phrase", "mnemonic", "wallet",
        "code", "otp", "geheimzahl", "código", "codigo", "clave", "şifre", "sifre", "heslo", "lozinka",
        "пароль", "пар\u1c82ль",
        "cvv", "cvc", "credential", "schlüssel", "keypad", "combo", "combina", "codi", "words", "wachtzin",
        "alarm", "safe", "lock", "door", "gate", "tresor", "coffre", "kluis", "cassaforte", "caja", "disarm",
        "portail", "kodu", "anshou", "schließfach", "schliessfach", "spind", "locker", "casier", "taquilla",
        "szafk", "dolap", "kasa", "einmal", "monouso", "kombin", "szyfr", "šifr", "gesl", "parool", "parole",
        "laluan", "slaptažod", "парол", "лозинк", "frase", "bangou", "nip", "sleutel",
        "kod", "kód", "kood", "codu", "mã", "jelsz", "mật", "sandi", "lösen", "kodeord", "slot", "lås",
        "lukko",
        "zámek", "zamek", "kłódka", "kilit", "lacăt", "lakat", "zár", "khóa", "kandado", "cadeado", "candado",
        "lucchetto", "trezor", "sejf", "széf", "kassaskåp", "pengeskab", "kassakaappi", "ww",
        *_CJK_WORDS, *_CJK_LOCK_STRINGS, *_OTHER_SCRIPT_WORDS, "nenosiri", "nywila", "siri", *_SPACES_STRINGS,
        "contrasenya", "contrasinal", "pasahitz", "wagwoord", "lykilorð", "fjalëkalim", "cyfrinair",
        "iphasiwedi",
        "wıfi:", "wifı:", "wıfı:",  # (?i)"WIFI:" takes a dotless "ı" for its "I"s
        *_SECURITY_ANSWER_STRINGS, "question", "session",
        "creds", "c0de", "c0d3", "p1n", "garage", "intercom", "buzzer", "entr",
        # (backup codes' headings in CJK, a network's box and the Wi-Fi in Chinese)
        *_CJK_CODES, "router", "modem", "hotspot", "无线", "無線", "misimbo", "رموز",
        "shed", "storage", "deur",
        "poort", "tür", "puerta", "porta", "dörr", "dør", "drzwi", "brama", "dveře", "brána", "kapı", "cửa",
        "pintu", "kapu", "memorable", "secret word", "security word", "codeword", "code word", "code-word",
        "code\tword", "security\tword", "tunnuslu", "access number", "verification number", "unlock number",
        "opens with", "opened with", "open with", "guessable", "protected with", "secured with",
        "locked with",
        # the entry labels no other hint word holds ("cancello", "poarta"; "Tor" and "porte" are below)
        "cancello", "ușa", "poarta", "gerbang", "boîte",
        # the locks of ``code near a lock`` no other hint word holds
        "kulcs", "nyckel", "larm", "hälytys", "riasztó", "schloss", "seif", "gembok", "brankas", "cofre",
        "cadenas", "pengeskab", "boks", "cifru", "interfon", "domofon", "portão", "portón", "portti", "bram",
        "ajtó",
        "pagar", "cổng", "két", "động", "fechadura", "cerradura", "serratura", "cajetín", "cassetta",
        "anahtar",
        *_MESSAGE_STRINGS,
        # (what ``value that is the new one`` and ``value it was changed to`` start from)
        "new one", "old one", "current one", "temp one", "temporary one", "previous one", "latest one",
        "new pw", "new pass", *_CHANGED_TO, *_CHANGED_OTHER_STRINGS,
        "logs in", "signs in", "logs on", "signs on", "security q", "secret q", "recovery q",
        # (the words of ``_SECRET_TALK`` no other hint word holds)
        "secret", "vault", "sudo", "encrypt", "decrypt", "ssh", "vpn", "jump host", "portal", "locked",
        "no longer works", "rotat", "revok", "leak", "login", "authenticator", "authy",
    ) + _SIGN_IN_STRINGS + _KEY_STRINGS + ("dial", "voicemail")
    # Patterns tried only where one of their first words starts (``word_starts``), not at every position
    STARTS = {
        "value the wifi is": ("wifi", "wi", "wlan"),
        # (its code word, whole, as its regex wants it)
        "number after a code word": ("code", "codes", "codigo", "codice", "kod", "kode", "koodi", "combo",
                                     "combinacion", "combinaison", "combinazione", "combinacao", "combinatie",
                                     "kombination", "kombinacja", "combination"),
        "passphrase of words the wifi is": ("wifi", "wi", "wlan"),
        "generated value after a wifi label": ("wifi", "wi", "wlan"),
        "code used at an entry": ("use", "enter", "punch", "key", "tap", "dial", "type", "press"),
        "password a thing is protected with": ("password", "protected", "secured", "locked"),
        "second code in the clause": _SECOND_CODE_WORDS,
        "words after a secret's word": ("key", "keys", "secret", "seed", "vault", "wallet", "unlock",
                                        "decrypt", "encrypt", "login", "credential", "credentials", "creds",
                                        "schlüssel", "clé", "chiave", "clave", "llave", "sleutel", "segreto",
                                        "geheimnis"),
        "code said to work or not": ("code", "pin", "passcode", "código", "codigo", "codice", "pincode"),
        "code typed to open": ("typed", "entered", "tried", "tapé", "tape", "saisi", "tippte", "getippt",
                               "eingegeben", "digitei", "digité", "tecleé", "marqué", "inserito", "ingresé",
                               "type", "enter", "key", "punch", "dial", "press", "tape", "tapez", "taper",
                               "compose", "composez", "composer", "saisir", "saisissez", "entrez", "entrer",
                               "tippe", "tippen", "gib", "geben", "digita", "digite", "teclea", "marca",
                               "marque", "inserisci", "toets", "voer"),
    }
    # (whole words where the letters are common inside others: "history", "report", "monkey", "tokenizer")
    HINT = re.compile(r"(?i)\bpsw|\bpw\b|\bmdp\b|\btan\b|\bpin|\bkey\b|\bpsk\b|\bcsc\b|\bpuk|\bkod|\bbip"
                      r"|\btor\b|\bporte\b|\btoken\b|\bkey[ \t-]?(?:safe|box)"
                      r"|\b(?:three|3|tres|trois|três|drei|tre)[ \t]+(?:digits|numbers|n[úu]meros|d[íi]gitos"
                      r"|chiffres|ziffern|zahlen|cifre|numeri)\b|\b(?:strong|secure|safe)[ \t]+enough\b"
                      r"|\b(?:admin|svc|root|shared|guest|sudo)[ \t]+account\b|\bsecurity[ \t]+number\b"
                      r"|\b[a-z0-9]{4}-[a-z0-9]{4}[ \t,;\r\n]"  # (codes in a row, see its pattern)
                      r"|\b(?:asked|prompted|prompts)\b")  # (a value typed when asked)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # A pattern that starts on a cue word is tried only where one starts (one search places them all)
        # instead of scanning the text: its alternation of cue words is the costly part of the scan.
        # (and where no cue word is, its gate is not asked: the cue words are placed once per text for all)
        self._cued: set[str] = set()
        for pattern in self.patterns:
            for lead, starts in _LEADS:
                if pattern.regex.startswith(lead):
                    self._starts[pattern.name] = starts
                    self._cued.add(pattern.name)
                    break
        self._starts["code near a lock"] = _near_lock_starts
        self._starts["password-like word in a text about passwords"] = _token_starts_8
        self._starts["generated value in a text about secrets"] = _token_starts_9
        self._starts["code before a lock"] = _code_before_starts
        self._starts["code after a question about a lock"] = _near_lock_starts
        self._starts["number after a lock"] = _LOCK_LABEL_STARTS
        self._starts["codes after codes heading"] = _CODES_HEADING_STARTS
        self._starts["password on the line after its label"] = _label_line_starts
        self._gates = {pattern.name: _gate_of(pattern) for pattern in self.patterns}
        self._answers: tuple[str | None, dict] = (None, {})  # (the last text, its gates' answers)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The patterns' results, and the other codes of a list holding a code found (``_listed_codes``)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if results or _CODE_HEADER_GATE.search(text):  # (the codes of a table's code column)
            taken = [(r.start, r.end) for r in results]
            for start, end in _table_codes(text):
                if not any(s < end and start < e for s, e in taken):
                    result = self._result(text[start:end], start, end, _TABLE_PATTERN,
                                          self.global_regex_flags)
                    if result:
                        results.append(result)
        results = [piece for r in results for piece in _each_code(text, r)]
        codes = [r for r in results if _CODE_SHAPE.fullmatch(text, r.start, r.end)]
        if codes:
            taken = [(r.start, r.end) for r in results]
            for start, end in _listed_codes(text, [(r.start, r.end) for r in codes]):
                if not any(s < end and start < e for s, e in taken):
                    results.append(RecognizerResult(
                        entity_type=codes[0].entity_type, start=start, end=end, score=codes[0].score,
                        analysis_explanation=codes[0].analysis_explanation,
                        recognition_metadata=codes[0].recognition_metadata))
        return results

    def hinted(self, text: str) -> bool:
        """The hint words, or codes in a row or a joined passphrase (patterns that need no cue word)."""
        return holds_any(text, _COMMON_HINTS) or super().hinted(text) \
            or _MIXED_CODE_GATE.search(text) is not None or _JOINED_PHRASE_GATE.search(text) is not None \
            or holds_any(text, _OTHER_ABOUT_STRINGS) or holds_any(text, _OTHER_NEW_ONE_STRINGS) \
            or holds_any(text, _UNHINTED_CODE_WORDS)

    def start_of(self, pattern, text: str) -> int | None:
        """Where to start ``pattern`` in ``text``, None to skip it: its gate's answer (``_gate_of``), worked
        out once per text for the patterns that share it."""
        gate = self._gates.get(pattern.name)
        if gate is None:
            return 0
        if pattern.name in self._cued and not self._starts[pattern.name](text):
            return None  # (no cue word: nothing to find, whatever the gate says)
        last, answers = self._answers
        if last is not text:
            answers = {}
            self._answers = (text, answers)
        if gate not in answers:
            answers[gate] = gate(text)
        return answers[gate]

    def accept_match(self, match: re.Match) -> bool:
        names = match.re.groupindex  # the pattern's group names (a new dict at each access)
        value = match.group("value")
        if value.startswith("$(") or _in_command(match.string, match.start("value")):
            return False  # password=$(vault kv get -field=pw secret/db): a command's output, not the value
        if value.startswith("//") and _SCHEME_BEFORE.search(match.string, max(0, match.start("value") - 12),
                                                            match.start("value")):
            return False  # "curl -u USERNAME:PASSWORD https://api…": a URL's rest after its scheme's colon
        if _VERSION_NUMBER.fullmatch(value.rstrip(_TRAILING)) and _MANAGER.match(match.group(0)):
            return False  # a password manager's version ("1Password 8.10.4", "version 1password: 8.10")
        if "other_signin" in names:  # a sign-in or "the new one" in another language: a chosen password's
            # make, not a product ("entrar con Office365") nor the user name a sign-in names beside it
            # (a lower-case letter, and two digits or a symbol: not an id "55123-PL", a model "Pixel_8a", a
            # version "release-2024.06" or a host)
            value = value.rstrip(_TRAILING)
            before = match.string[max(0, match.start("value") - 30):match.start("value")]
            return (_password_like(value) and (_chosen_password(value) or _generated(value))
                    and any(c.islower() for c in value) and not _VERSION_END.search(value)
                    and (sum(c.isdigit() for c in value) >= 2 or any(c in _STRONG_SYMBOLS for c in value)
                         or _WORD_AND_DIGIT.fullmatch(value) is not None)
                    and not _HOST_OR_CODE.search(value)
                    and not names_a_product(value) and not _USER_BEFORE.search(before))
        if "new_one" in names:  # in a text about passwords: a passphrase's words, or a chosen password
            if not _about_passwords(match.string):
                return False
            if " " in value or "\t" in value:
                return _phrase_of_words(value) and _no_product(value)
            value = value.rstrip(_TRAILING)
            return (_password_like(value) and (_chosen_password(value) or _generated(value))
                    and _no_product(value))
        if "common" in names:  # not a rule ("never use password qwerty")
            return not _NEGATED.search(match.string, max(0, match.start() - 30), match.start("value"))
        if "setup_key" in names:  # letters and digits in it (not "THIS IS VERY GOOD"), not a mask, not a
            # public key's fingerprint ("secret key fingerprint: 4F9A 2C7E …")
            return any(c.isdigit() for c in value) and any(c.isalpha() for c in value) \
                and not looks_like_placeholder(value, strict=True) \
                and "fingerprint" not in match.group(0).lower()
        if "wifi_digits" in names and value.isdigit():  # (not one digit repeated, not a date: "20240115")
            return len(set(value)) > 2 and not (
                len(value) == 8 and _YEAR.match(value) and "01" <= value[4:6] <= "12")
        if "wifi_words" in names:  # three parts or more, words of a passphrase (ordinary words of our
            # lists), not a network's name ("WLAN: fritz-box-7590", "Wifi: guest-network-2")
            parts = re.split(r"[-_.]", value)
            words = [p for p in parts if not p.isdigit()]
            return len(parts) >= 3 and _phrase_of_words(" ".join(words)) and _no_product(value) \
                and all(w in common_words() or w in foreign_words() for w in words) \
                and not _NETWORK_NAME_END.search(value)
        if "key_words" in names:  # no link: nouns of a passphrase, no verb's or plural's ending ("router key
            # management uses rotating keys")
            return _phrase_of_words(value) and not any(
                w.endswith(("ed", "ing", "ly", "ment", "tion", "s")) for w in value.split())
        if "dictated" in names:  # three pieces or more, a case's or a symbol's word among them, not a mask
            return _dictated(value)
        if "cut" in names:  # a password's rest: a digit or a symbol with it, not a time, a question or a mask
            return (any(c.isdigit() or c in _STRONG_SYMBOLS for c in value)
                    and any(c.isalnum() for c in value) and not value.endswith("?")
                    and not _CLOCK_TIME.fullmatch(value.rstrip(_TRAILING))
                    and not set(value) <= set("*xX•.#-_"))  # (a piece may be short: "ron%", "2020%")
        if "apart" in names:  # a word (letters in it) and its number, not a placeholder
            word = value.split(" ")[0]
            return sum(c.isalpha() for c in word) >= 2 and not looks_like_placeholder(value, strict=True)
        if "spaced" in names:  # not prose alone, not a fill-in; after a verb of use, a sign-in around it
            text, at = match.string, match.start()
            words = value.lower().split()
            if looks_like_placeholder(value, strict=True) or all(_prose_word(w) for w in words):
                return False
            if _FIRST_WORD.match(text, at):
                return True
            line_start = text.rfind("\n", 0, at) + 1
            return bool(_ENTRY_CONTEXT.search(text, max(line_start, at - 120), at) or _about_passwords(text))
        if "elided" in names:  # a PIN's digits or a password's make
            value = value.rstrip(_TRAILING)
            if value.isdigit():
                return len(value) >= 4 and len(set(value)) > 1 and not _YEAR.fullmatch(value)
            return _password_like(value) and not looks_like_placeholder(value, strict=True)
        # "the same password as LinkedIn": another account's name, not a value
        if _SAME_AS_BEFORE.search(match.string, max(0, match.start("value") - 40), match.start("value")):
            return False
        if (value[:1].isdigit() or value[:1] in "*#") and (len(value) == 3 or _CODE_SHAPE.fullmatch(value)):
            if _not_a_chosen_code(match.string, match.start("value"), match.end("value"), value):
                return False
            # a receipt's codes are the payment's references ("receipt … AUTH CODE: 22134608", "Support code
            # on my receipt is 201619")
            if _RECEIPT.search(match.string, max(0, match.start() - 100), match.start("value")):
                return False
        if _BIC.fullmatch(value) and _BANK_BEFORE.search(match.string, max(0, match.start() - 30),
                                                         match.start("value")):
            return False  # a bank's BIC after "bank code" ("The bank code is BYLADEM1"), not its PIN
        # "the error code is 4031", "code for line 12 is 4411": a code, but no secret
        if "generic" in names and _NOT_A_SECRET_CODE.search(
                match.string[max(0, match.start() - 20):match.start()] + " "
                + (match.groupdict().get("gap") or "")):
            return False
        if "second" in names:  # not one digit repeated, not a rule ("cannot be 1234 or 0000")
            between = match.string[match.start():match.start("value")]
            if len(set(value)) < 2 or _NEGATED.search(between) and _MODAL.search(between):
                return False
        if "asked" in names:  # a code asked about, not an error's, an order's or a rule's, not
            # a time ("the alarm? 0630")
            said = match.string[max(0, match.start() - 20):match.start("value")]
            return (len(set(re.sub(r"\D", "", value))) > 1 and not _YEAR.fullmatch(value)
                    and not _QUARTER_HOUR.fullmatch(value)
                    and not _NOT_A_SECRET_CODE.search(said) and not _TRAVEL_OR_ORDER.search(said)
                    and not (_NEGATED.search(said) and _MODAL.search(said)) and not _said_after(match))
        if "mixed_codes" in names:  # each with a letter and a digit; two after a codes' word
            # (or four without one, no word of parts, orders or ids before them: "Parts ab12-cd34, …")
            codes = re.findall(_MIXED_CODE, value)
            before = match.string[max(0, match.start() - 120):match.start()]
            return all(any(c.isdigit() for c in code) and any(c.isalpha() for c in code) for code in codes) \
                and (_CODES_BEFORE.search(before) is not None or len(codes) >= 4
                     and not _TRAVEL_OR_ORDER.search(before) and not _NOT_A_SECRET_CODE.search(before)
                     and not _PARTS_BEFORE.search(before))
        if "joined_phrase" in names:  # ordinary words, all common ones, none a brand's
            words = re.split(r"[-._]", value)
            return _phrase_words(value) >= 5 and all(w in common_words() for w in words) \
                and _no_product(value)
        if "grouped_key" in names:  # letters with digits, capitals, or digits in four groups
            # or more; not a mask ("XXXX-XXXX-XXXX-XXXX"), not an order's or a ticket's number
            groups = re.split(r"[- ]", value)
            at = match.start("value")
            cue = None
            for cue in _KEY_CUE.finditer(match.string, max(0, at - 200), at):
                pass  # (the last one before the key)
            return cue is not None and not looks_like_placeholder(value, strict=True) \
                and not _TRAVEL_OR_ORDER.search(match.string, cue.end(), at) and (
                any(c.isdigit() for c in value) and any(c.isalpha() for c in value) or value.isupper()
                or value.replace("-", "").replace(" ", "").isdigit() and len(groups) >= 4)
        if "followup" in names:  # not one digit repeated, a year, a time or an amount
            said = match.group(0)
            return (len(set(re.sub(r"\D", "", value))) > 1 and not _YEAR.fullmatch(value)
                    and not _QUARTER_HOUR.fullmatch(value)
                    and not _AMOUNT_AFTER.match(match.string, match.end())
                    and not _NOT_A_SECRET_CODE.search(said) and not _TRAVEL_OR_ORDER.search(said)
                    and _CODE_BEFORE_FOLLOWUP.search(match.string, 0, match.start()) is not None)
        if "lock_field" in names and len(value) == 3:  # three digits: a safe's or a padlock's
            # combination only ("trezor v kanceláři B105: 392"; not "door: 214", a room)
            return len(set(value)) > 1 and _SAFE_LABEL.search(match.group(0)) is not None
        if "bare_token" in names:  # (in the languages that leave the link out: English
            # "password" + a word is a name or a kind, "password bcrypt.")
            return match.group(0).lower().startswith(_LINKLESS_WORDS) and _made_up_word(value)
        if "for_gap" in names:  # letters with a digit or a symbol, not a file, a version, an id
            value = value.rstrip(_TRAILING)
            return _password_like(value) and not _NOT_CHOSEN.match(value) and not value.isupper() \
                and sum(c.isalpha() for c in value) >= 3
        if "near_lock" in names:
            asked = "?" in match.string[match.end("near_gap"):match.start("value")]
            if asked and (_QUARTER_HOUR.fullmatch(value) or _said_after(match)):
                return False  # "can you set the alarm? 0630 please": a time
            return _near_lock_code(match, value)
        if "entry" in names:  # not one digit repeated, not a year or a time without a colon
            # ("alarm 0630, gate 1845": times)
            bare = ":" not in match.string[match.end("label"):match.start("value")]
            return len(set(value.strip("*#"))) > 1 and not (
                bare and (_YEAR.fullmatch(value) or _QUARTER_HOUR.fullmatch(value)))
        if "anywhere_phrase" in names:
            return not any(_prose_word(w) for w in value.split())
        if "phrase_words" in names:  # (judged without a sentence's article before them)
            if "article" in names and match.group("article"):
                return _phrase_of_words(value[len(match.group("article")):].lstrip(), sentence=True)
            return _phrase_of_words(value)
        if "random_anywhere" in names:
            at = match.start("value")
            if not _random_secret(value.rstrip(_TRAILING)):
                # (or a passphrase of joined words: four or more, or three right after a link or "with")
                words = _phrase_words(value.rstrip(_TRAILING))
                return (words >= 4 or words == 3 and _LINK_BEFORE.search(match.string, max(0, at - 12), at)
                        is not None) and value.lower() not in brands() and not _NAMED_BEFORE.search(
                    match.string, max(0, at - 30), at)
            return (not _ID_BEFORE.search(match.string, max(0, at - 30), at)
                    and not value.startswith(PUBLISHABLE_KEYS)
                    and not _NETWORK_NAMED.search(match.string, max(0, at - 30), at)
                    and not _NAMED_BEFORE.search(match.string, max(0, at - 30), at)
                    and not _IN_PEM_BLOCK.search(match.string, max(0, at - 6000), at))
        if "anywhere" in names:  # (a name's or a key's value is the other rules' to judge)
            at = match.start("value")
            return ((_chosen_anywhere(value.rstrip(_TRAILING)) or _words_and_symbol(value.rstrip(_TRAILING)))
                    # (not a module of code: "import psycopg2", "psycopg2.connect(")
                    and not _MODULE_AFTER.match(match.string, match.end("value"))
                    and not _IMPORT_BEFORE.search(match.string, max(0, at - 12), at)
                    and not _HOST_NAMED.search(match.string, max(0, at - 30), at)
                    and not _NETWORK_NAMED.search(match.string, max(0, at - 30), at)
                    and not _NAMED_BEFORE.search(match.string, max(0, at - 30), at)
                    # (nor a hash or an id named so: "commit 9f2c7a1b… fixed the login bug")
                    and not (_ID_BEFORE.search(match.string, max(0, at - 30), at)
                             and _HEX_RUN.fullmatch(value.rstrip(_TRAILING))))
        if "when_asked" in names:  # a chosen password's make, not a product's name ("use Python3 when asked")
            value = value.rstrip(_TRAILING)
            return (value[:1].isalpha() and _password_like(value) and _chosen_password(value)
                    and any(c.islower() for c in value) and _no_product(value))
        if "session" in names:  # letters and digits strewn, as a generator makes them (not "session id:
            # 2024-01-15-meeting-notes")
            value = value.rstrip(".")
            switches = sum(a.isdigit() != b.isdigit() for a, b in zip(value, value[1:], strict=False)
                           if a.isalnum() and b.isalnum())
            return switches >= 4 and not looks_like_placeholder(value, strict=True)
        if "secq" in names:  # not the question itself ("is: What was your first pet?")
            first = value.split()[0].lower()
            return first not in _QUESTION_WORDS and first not in STOP_WORDS and first not in _STATUS
        if "first" in names:
            return len(set(value.strip("*#"))) > 1
        if "cue" in names and "link" in names:  # a code word of any language
            return _any_language_code(match, value)
        if "codes" in names or "qr" in names or "spelled" in names:
            return not looks_like_placeholder(value)
        if "otp" in names:  # five to eight digits, not one repeated, a round number or a count
            digits = re.sub(r"\D", "", value)
            return 5 <= len(digits) <= 8 and len(set(digits)) > 1 and not digits.endswith("000") \
                and not _AMOUNT_AFTER.match(match.string, match.end("value"))
        if "spoken" in names:  # not a booking's, a parcel's or a flight's number read out
            return not _TRAVEL_OR_ORDER.search(match.string, max(0, match.start() - 30), match.start("value"))
        if "turn_cvv" in names:  # not "at 1830": a time
            return not _AT_TIME.search(match.string, max(0, match.start("value") - 12), match.start("value"))
        if "words_num" in names:  # words of a passphrase, not of prose ("is stored in vault 2")
            return not any(_prose_word(w) or w in _NOT_A_WORD_PASSWORD for w in value.lower().split()
                           if not w.isdigit())
        if "turn_words" in names or "sign_in_words" in names:
            return not any(_prose_word(w) or w in _NOT_A_WORD_PASSWORD or w in _NOT_AN_ANSWER
                           for w in value.split())
        if "typed" in names:  # not one digit repeated, not a year ("I typed 2024 but …")
            return len(set(value.strip("*#"))) > 1 and not _YEAR.fullmatch(value)
        if "sec_words" in names:  # a passphrase's words, not prose's
            return not any(_prose_word(w) or w in _NOT_A_WORD_PASSWORD or w.endswith(("ed", "ing", "ly"))
                           for w in value.lower().split())
        if "unlock_words" in names:
            return not any(_prose_word(w) for w in value.lower().split())
        if "named_words" in names:  # words and a phrase hold no prose's words; a sentence any,
            # when a password word names it ("my master password is a sentence: …", not "rewrite this
            # sentence:")
            if match.group("kind").lower() == "sentence":
                return _FIRST_WORD.search(match.string, max(0, match.start() - 40), match.start()) is not None
            return _SECRET_CONTEXT.search(match.string) is not None and not any(
                _prose_word(w) for w in value.lower().split())
        if "turns" in names:
            return True
        if "wifi_colon" in names:  # letters and digits strewn, as a generator makes them
            letters, digits = sum(c.isalpha() for c in value), sum(c.isdigit() for c in value)
            switches = sum(a.isdigit() != b.isdigit() for a, b in zip(value, value[1:], strict=False))
            return (letters >= 4 and digits >= 2 and switches >= 3 and not _NETWORK_NAME_END.search(value)
                    and not looks_like_placeholder(value, strict=True))
        if "wifi_is" in names:  # letters with digits or symbols, as passwords are made
            # (not "le nom du wifi c'est X", "le réseau Wi-Fi invité est VANDELAY-GUEST")
            return _password_like(value.rstrip(_TRAILING)) and not _NAME_OF.search(
                match.string, max(0, match.start() - 12), match.start()) \
                and not _NETWORK_NAME_END.search(value.rstrip(_TRAILING))
        if "codes_shape" in names:  # most with a digit: not "well-done" words in a row
            codes = re.findall(_FOUR_FOUR, value)
            return sum(any(c.isdigit() for c in code) for code in codes) * 4 >= len(codes) * 3
        if "changed" in names:  # a symbol and letters, or a chosen password about passwords
            value = value.rstrip(_TRAILING)
            if value.isdigit() and 4 <= len(value) <= 8:  # a PIN in a text about codes (not a year, a count)
                return (len(set(value)) > 1 and not _YEAR.fullmatch(value)
                        and holds_any(match.string, _CHANGED_CODE_WORDS))
            return _password_like(value) and (_chosen_password(value) or _generated(value)) and (
                any(c in _STRONG_SYMBOLS for c in value) or _about_passwords(match.string)
                # (a word and a number, as "changed it to Gazebo77" is taken in English; a word, a number
                # and a word, in any language: "changed it to Ember3257rocket"; not a product)
                or ("other" in names and _WORD_AND_NUMBER.fullmatch(value) is not None
                    or _WORD_NUMBER_WORD.fullmatch(value) is not None) and _no_product(value))
        if "spaced" in names:  # characters enough, not a mask ("* * * * * *")
            return sum(c.isalnum() for c in value) >= 5 and not looks_like_placeholder(value.replace(" ", ""))
        if "plain_far" in names:  # (not a mask: "pw: xxxxxxxx"; not "the password 'field'")
            at = match.start("value")
            key = _OTHER_KEY_BEFORE.search(match.string, max(0, at - 45), at)
            if key is not None and not (_NAMED_KEY.search(key.group(1)) or _FIRST_WORD.search(key.group(1))):
                return False  # another field's value: "…/shop?sslmode=require", "password=… dbname=shop"
            return _plain_word_password(value) and len(set(value.lower())) > 2 \
                and value.lower() not in _COMPARING \
                and _NOT_THE_VALUE_WORD.match(value.lower()) is None \
                and not looks_like_placeholder(value, strict=True)
        if "plain_turn" in names:  # a word, not a state, a stop word or a verb's form
            low = value.lower()
            return low not in _STATUS and low not in STOP_WORDS and low not in _NOT_AN_ANSWER \
                and not low.endswith(("ed", "ing", "ly"))
        if "turn" in names and _AT_TIME.search(match.string, max(0, match.start("value") - 12),
                                                               match.start("value")):
            return False  # "yes at 1830": a time
        if "turn" in names:  # not "error code 500" / "status code", not a ticket or version
            # (not "what's the error code on the screen?"; past a blank line, only a number: in a file, the
            # word on a line of its own below a blank one is the next statement)
            if not value.lstrip("*#")[:1].isdigit() and _BLANK_LINE.search(match.string, match.start(),
                                                                            match.start("value")):
                return False
            before = match.string[max(0, match.start() - 20):match.start()]
            said = before + match.group("cue") + match.group("rest")
            if _NETWORK_NAME_END.search(value) and _NAMED_BEFORE.search(
                    match.string, max(0, match.start("value") - 30), match.start("value")):
                return False  # a network's name on its label's line: "Network :  Office_5G"
            return not _NOT_A_SECRET_CODE.search(said) and (
                value.lstrip("*#")[:1].isdigit() and len(set(value)) > 1 and not _YEAR.fullmatch(value)
                or value[:1].isalpha() and all(w.lower() in DIGIT_WORD_SET
                                               for w in _SPOKEN_SPLIT.split(value) if w)
                or value[:3].isupper() or _password_like(value) and _chosen_password(value))
        if "other_script" in names:  # a PIN or a code of digits; or letters a password has
            if value.isdigit():
                return len(value) >= 4 and len(set(value)) > 1 and not _YEAR.fullmatch(value)
            return len(value) >= 5 and not looks_like_placeholder(value, strict=True) \
                and value.lower() not in _STATUS and (_password_like(value) or _made_up_word(value)
                                                      or _plain_word_password(value))
        if "cjk_lock" in names:  # a code (not one digit repeated, not a year); a lock's word alone only
            # with its link and four digits or more ("金庫：3319", not "門 3")
            if len(set(value.strip("*#"))) < 2 or _YEAR.fullmatch(value):
                return False
            return "cjk_code" not in names or match.group("cjk_code") is not None or (
                match.group("cjk_link") is not None and len(value.strip("*#")) >= 4)
        if "part" in names or "cjk" in names:
            if value.isdigit():  # a PIN: "暗証番号は 4471 です"
                return len(set(value)) > 1
            if " " in value and any(w in STOP_WORDS for w in value.lower().split()):
                return False  # (a phrase of English prose, not a passphrase)
            return not looks_like_placeholder(value, strict=True) and value.lower() not in _STATUS
        if "lines" in names:  # each line one piece of a chosen password
            return all(_chosen_password(line.strip()) or _password_like(line.strip())
                       for line in value.splitlines())
        if ("quoted" in names and " " in value
                and (len(value.split()) > 8 or any(w in _STATUS for w in value.lower().split()))):
            return False
        if value.rstrip(_TRAILING + "!").lower() in _STATUS | _NOT_A_WORD_PASSWORD:
            return False  # "Password reset! New …", "password: required.", "Passwort: vergessen."
        if "three" in names:
            return not any(w in STOP_WORDS or w in _STATUS or w in _ABOUT_A_PASSWORD
                           or w.endswith(_NOT_NOUN_ENDINGS) for w in value.split())
        if "words_number" in names:  # not prose about the password ("Password Reset 2"), not a fill-in
            words = value.lower().split()[:-1]
            return not looks_like_placeholder(value, strict=True) and not any(
                w in _STATUS or w in _ABOUT_A_PASSWORD or w in _NOT_A_WORD_PASSWORD for w in words)
        if " " in value or "\t" in value:
            # A phrase of words: the phrase word vouches for it unless it is prose ("is stored in the
            # vault"); a 12- or 24-word seed phrase may hold any word.
            words = value.lower().split() if "plain" in names else value.split()
            return not looks_like_placeholder(value, strict=True) and (
                len(words) >= 12 and "plain" not in names
                or not any(w in STOP_WORDS for w in words))
        if value[:1].isalpha() and _CAPS_CODE.fullmatch(value):  # a keypad's code of capitals and digits,
            # given by its link ("the alarm code is AB#12"; not "access code ABC1 in the docs")
            return len(set(value)) > 2 and _LINKED.search(match.string, 0, match.start("value")) is not None
        if value.lstrip("*#")[:1].isdigit() or (value.isupper() and "-" in value) \
                or _LETTER_CODE.fullmatch(value):  # a PIN
            between = match.string[match.start():match.start("value")]
            if _NEGATED.search(between) and _MODAL.search(between):
                return False  # a rule: "the PIN must not be 1234" (not a warning: "PIN, nie mów: 4471")
            linked = _LINKED.search(match.string, 0, match.start("value")) is not None
            # (one digit repeated is a code too when a link gives it: "PIN: 1111", "the code is 0000")
            return (len(set(value.replace("-", ""))) > 1 or linked and len(value) >= 4) and not (
                _YEAR.fullmatch(value) and not linked)
        if _CALL.match(value):
            return False  # code calling for it: pw = env::var("DB_PASS"), password = input("Password: ")
        if _REFERENCE.match(value) or looks_like_placeholder(value, strict=True):
            return False  # ${DB_PASSWORD}, {{ vault.pw }}, <password>, %(pw)s: a reference, not the value
        if "quoted" in names:  # 'sunflower': any word but a status ('wrong', 'required')
            return (value.lower() not in _STATUS and value.lower() not in STOP_WORDS
                    and (_password_like(value) or value.isalpha()))
        if "far" in names:  # a clause away: only a value that is plainly a chosen password
            value = value.rstrip(_TRAILING)
            return _password_like(value) and (_chosen_password(value) or _generated(value))
        if "after" in names:  # the password word comes after: "Use X as the password"
            if "signin" in names and names_a_product(value):
                return False  # what one signs in with: a product ("logged in with Office365") is no password
            return _password_like(value) and not value.endswith(_TRAILING)
        if "bare" in names:  # no link word: the value must be a password without the full stop
            # (not a URL's query after its "?": "…/shop?sslmode=require")
            glued = not match.string[match.start("value") - 1].isspace()
            return _password_like(value.rstrip(_TRAILING)) and not (glued and "=" in value)
        return _password_like(value.rstrip(_TRAILING)) or _password_like(value) \
            or _SHORT_PASSWORD.fullmatch(value) is not None

    def _result(self, value, start, end, pattern, flags):
        # A sentence's full stop or closing bracket is not part of the password, unless it has to be.
        stripped = value.rstrip(_TRAILING)
        if stripped != value and (_password_like(stripped) or stripped.isdigit()):
            end -= len(value) - len(stripped)
            value = stripped
        return super()._result(value, start, end, pattern, flags)


# Words that make a "code" something else: "the error code is 4031", "código postal: 28001", "product code"
_NOT_A_SECRET_CODE = re.compile(
    r"(?i)\b(?:error|errors|status|http|exit|return|response|postal|zip|post|area|country|dial|product|promo"
    r"|discount|coupon|voucher|tracking|source|qr|bar|iso|swift|bic|sort|tax|vat|ticket|order|invoice|reference"
    r"|ref|customer|client|item|article|project|cost|department|fehler|erreur|errore|fout|postale|postleitzahl"
    r"|artikel|produit|producto|prodotto|produto|rabatt|r[ée]duction|descuento|sconto|line|lines|ligne|zeile"
    r"|l[ií]nea|riga|commit|version|build|iata|icao|airport|flight|fiscal|ateco|nace|naf|ape|sic|naics"
    # (stems of other languages: "kod produktu", "kod pocztowy", "kod rabatowy", "sipariş kodu")
    r"|produkt\w*|pocztow\w*|rabat\w*|kupon\w*|zamówieni\w*|objednávk\w*|sipariş\w*|rendelés\w*|tilaus\w*"
    r"|beställning\w*|bestelling\w*|postnummer\w*|postinumero\w*|irányítószám\w*|psč|bưu\w*|poștal\w*"
    r"|posta|ürün\w*|termék\w*|výrob\w*|tuote\w*|vare\w*|artikl\w*|faktur\w*|fatura\w*|számla\w*"
    r"|hiba\w*|błęd\w*|chyb\w*|virhe\w*|fel|feil|hata\w*|eroare|lỗi|sản[ \t]+phẩm|đơn[ \t]+hàng|kampanj\w*"
    r"|versi\w*|wersj\w*|verz\w*|sürüm\w*|phiên[ \t]+bản"
    # (Russian, Hindi, Arabic ones, as those code words came: "код ошибки", "код заказа", "त्रुटि कोड",
    # "رمز الخطأ", "код города")
    r"|ошибк\w*|заказ\w*|ответ\w*|город\w*|страны|почтов\w*|индекс\w*|товар\w*|продукт\w*|верси\w*"
    r"|त्रुटि|एरर|ऑर्डर|पिन[ \t]+कोड|पोस्टल"
    r"|(?:ال)?خطأ|(?:ال)?طلب|(?:ال)?منتج|(?:ال)?بريد\w*|(?:ال)?دولة)(?![\w\p{M}])")


# Shapes that are not a password: a ticket or order id (INC0012345, JIRA-1234), a version, a date or time, a
# file name, a path.
_NOT_CHOSEN = re.compile(
    r"^(?:(?-i:[A-Z]{2,}[-_#]?\d+)|v?\d+(?:[.-]\d+)+\w*|\d+[:/.-]\d+.*|[\w-]+\.(?:pdf|docx?|xlsx?|csv|txt|log|zip|png"
    r"|jpe?g|json|ya?ml|py|js|sh|exe|msi|conf|cfg|ini)|.*[/\\].*)$", re.I)
_STATUS = {"wrong", "incorrect", "invalid", "expired", "required", "correct", "hidden", "empty", "blank",
           "unset", "missing", "optional", "masked", "redacted", "unknown", "changed", "reset", "weak",
           "strong", "secret", "password", "same", "different", "none", "null", "n/a", "yes", "no", "true",
           "false", "on", "off", "filtered", "removed", "omitted", "scrubbed", "sanitized"}
# What a password word's sentence says of it rather than giving it ("is secure.", "is temporary"), beside
# ``_STATUS``, ``_NOT_AN_ANSWER`` and ``_POLICY_WORDS``
_NOT_A_WORD_PASSWORD = frozenset(
    "secure insecure valid temporary mandatory compulsory visible complex simple easy hard random unique "
    "personal private public confidential obvious predictable memorable shared common good bad great "
    "terrible safe unsafe useless inside case sensitive enough too also still just now then there here "
    "below above attached provided encrypted hashed stored saved needed strict weak "
    # what a colon or a link of another language is followed by when no password is given
    "vergessen geändert abgelaufen falsch gesperrt zurückgesetzt siehe oublié changé expiré incorrecte "
    "bloqué "
    "voir olvidada olvidado cambiada caducada incorrecta bloqueada ver dimenticata cambiata scaduta errata "
    "vedi vergeten gewijzigd verlopen onjuist zie esquecida alterada expirada incorreta glömt ändrat fel se "
    "glemt endret feil unohtunut vaihdettu väärä zapomniane zmienione błędne patrz ask tbd todo pending "
    "unchanged vault keychain yesterday today tomorrow never always daily weekly monthly monday tuesday "
    "wednesday thursday friday saturday sunday".split())


# Password words of the languages that say "the password X" for "the password is X" (Hungarian, Turkish,
# Indonesian, Russian)
_LINKLESS_WORDS = ("jelsz", "şifre", "sifre", "sandi", "kata sandi", "пароль", "parolas", "parolan")
# What a chat says before a follow-up question whose answer is a code: a code, lock or PIN word on a line
# that ends in a question mark (``code for a follow-up question``)
_CODE_BEFORE_FOLLOWUP = re.compile(rf"(?i:\b(?:{_ANY_CODE_WORD}|{_LOCK_WORD})\b[^\n]{{0,60}}\?)")
# A safe's or a padlock's word: its combination may have three digits
_SAFE_LABEL = re.compile(r"(?i:\b(?:safe|tresor|trezor|sejf|széf|kassaskåp|pengeskab|kassaskap|kassakaappi"
                         r"|cassaforte|caja[ \t]+fuerte|coffre|kluis|padlock|lacăt|lakat|kłódka|kilit|kilidi"
                         r"|zámek|zamek|hänglås|hengelås|hangslot|lucchetto|candado|cadeado|cadenas)\b)")
# Words of Hungarian and Indonesian that follow a password word as its state, not as the password ("a jelszó
# helyes.", "jelszó kell")
_NOT_A_TOKEN = frozenset("helyes hibás hibas lejárt megváltozott elfelejtett kell szükséges szukseges erős "
                         "gyenge rossz salah benar diganti berubah lupa".split())


# A value of a word, a number and a word ("Ember3257rocket", "tiger88lamp"): a chosen password's make
_WORD_NUMBER_WORD = re.compile(r"\p{L}{3,16}\d{2,6}\p{Ll}{3,16}")
# Capitalised words joined by ".", "-" or "_" with a symbol at the end: "Caramel.Quartz&", "Nutmeg-Copper#"
_WORDS_AND_SYMBOL = re.compile(r"\p{Lu}\p{Ll}{2,11}(?:[._-]\p{Lu}\p{Ll}{2,11}){1,3}[!#$%&*+=?@^~]{1,3}")
# A host named by a config's key before it: .netrc's "machine db1.example.studio", "host: …", "server …"
_OTHER_KEY_BEFORE = re.compile(r"(?<![^\s;,&?])([A-Za-z_][\w.-]{0,40})=\Z")
# (a config's quoted key too: 'HOST': 'db-01.prod', "hostname" = "mq-02.lan")
_HOST_NAMED = re.compile(r"(?i:\b(?:machine|host(?:name)?|server|hostaddr)[\"'`]?[ \t]*[:=]?[ \t]*[\"'`]?\Z)")
# How a password compares with another, not a password: "the staff network is separate"
_COMPARING = frozenset("separate different distinct same identical unchanged similar other another".split())
# A Wi-Fi network's name by its usual ending: "Saltmarsh-Guest", "Kiteandco-Staff", "Office_5G"
_NETWORK_NAME_END = re.compile(r"(?i:[-_ ](?:guests?|gast|gäste|invit[ée]s?|invitados?|convidados?|staff"
                               r"|personal|office|büro|bureau|oficina|5g|2\.4g|5ghz|2\.4ghz|ext|iot|wi-?fi"
                               r"|wlan|public|visitors?|besucher|members?|team|main|home)\Z)")


def _no_product(value: str) -> bool:
    """``value`` is no listed brand's or product's name, whole or less its digits ("Python3", "Office365")."""
    return value.lower() not in brands() and not names_a_product(value)


def _words_and_symbol(value: str) -> bool:
    """``_WORDS_AND_SYMBOL``, not a brand's or product's name."""
    return _WORDS_AND_SYMBOL.fullmatch(value) is not None and _no_product(value)


_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[ ]?[ap]m)?", re.I)
_SAME_AS_BEFORE = re.compile(r"(?i:\bsame[ \t]+(?:[\w-]+[ \t]+)?(?:password|pw|pass|one|login)[ \t]+as"
                             r"[ \t]+\Z)")
_DICTATED_CASE_OR_SYMBOL = re.compile(
    rf"(?i:\b(?:capital|upper(?:[ \t-]?case)?|lower(?:[ \t-]?case)?|small|little|big|gro(?:ß|ss)es|kleines"
    rf"|{_CASE_AFTER}|as[ \t]+in)\b|\b(?:(?:an?|the)[ \t]+)?{_SYMBOL_NAME}\b)")


def _dictated(value: str) -> bool:
    """A dictation of three pieces or more (``_DICTATED_PIECE``) with a case's or a symbol's word, and
    four letters or digits at least: a password read out, not a list's letters ("a, b, c")."""
    pieces = [p for p in re.split(r"[ \t]*,[ \t]*|[ \t]+(?i:then|and|followed[ \t]+by)[ \t]+", value) if p]
    return (len(pieces) >= 3 and _DICTATED_CASE_OR_SYMBOL.search(value) is not None
            and sum(c.isalnum() for c in re.sub(r"(?i)\b[a-z]{2,}\b", "", value)) >= 4)


def _made_up_word(value: str) -> bool:
    """A lower-case string that spells no word of our lists (English, the common European languages) nor a
    state of a password: "ebkycaeest", "napraforgo" (not "reset", "vergessen", "changed")."""
    return (value not in common_words() and value not in foreign_words() and value not in foreign_words(True)
            and not _prose_word(value) and value not in _NOT_A_WORD_PASSWORD and value not in _NOT_AN_ANSWER
            and value not in _NOT_A_TOKEN and not value.endswith(("ed", "ing", "ly", "tion", "ment"))
            and value not in brands() and not names_a_product(value) and len(set(value)) > 3)


def _plain_word_password(value: str) -> bool:
    """A dictionary word that may be a password ("Sunflower"), not a state or a description of one."""
    low = value.lower()
    return (len(value) >= 4 and not _prose_word(low) and low not in _NOT_AN_ANSWER
            and low not in _NOT_A_WORD_PASSWORD and low not in brands()
            and not low.endswith(("ed", "ing", "ly", "able", "ible")))


def _prose_word(word: str) -> bool:
    """A word (lower case) that makes a run of words prose, a state or a policy rather than a passphrase."""
    return word in STOP_WORDS or word in _STATUS or word in _POLICY_WORDS


# Whole turns that answer a question about a password without giving it ("it's fine", "it's lost")
_NOT_AN_ANSWER = {"fine", "okay", "sure", "yeah", "nope", "right", "lost", "gone", "here", "there", "below",
                  "above", "attached", "forgotten", "new", "old", "same", "unknown", "sorry", "thanks",
                  "please", "maybe", "dunno", "idk", "what", "why", "wait", "hold", "hang", "one", "moment",
                  "second"}
# What starts the question rather than its answer ("security question is: What was your first pet?")
_QUESTION_WORDS = {"what", "which", "where", "who", "when", "how", "name", "your", "set", "required", "asked"}
# endings of words that describe rather than name: a passphrase of three words is three nouns
_NOT_NOUN_ENDINGS = ("ed", "ly", "ing", "able", "ible", "ous", "ful", "ive", "less", "ic", "al")
# Words that describe a password rather than make one
_DESCRIBING = frozenset(
    "characters chars digits letters symbols words long short minimum maximum case sensitive please thanks"
    .split())
# … nor what prose says of a password ("is sixteen characters long", "is case sensitive")
_ABOUT_A_PASSWORD = _DESCRIBING | frozenset(
    "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
    "four five seven eight nine three".split())
# … nor a password policy quoted in prose ("use long random words"; a passphrase may hold a number word)
_POLICY_WORDS = _DESCRIBING | frozenset(
    "word longer random strong weak use reuse change length special number numbers uppercase lowercase"
    .split())
# Number words a passphrase may hold ("four purple cats dancing"): prose about a password's length names
# what it counts ("is sixteen characters long", ``_DESCRIBING``)
_NUMBER_WORDS = _ABOUT_A_PASSWORD - _DESCRIBING
# What a Wi-Fi is said to be rather than its key ("the wifi is super slow upstairs", "Wifi: free for guests")
_WIFI_STATE = frozenset(
    "slow fast down up free open closed patchy spotty flaky unstable stable working broken dead fine great "
    "good bad terrible awful weak strong fibre fiber included available unavailable public private protected "
    "secured unsecured guest guests upstairs downstairs outside inside everywhere pretty decent overall "
    "quite reliable poor solid excellent okay ok".split())


def _phrase_of_words(value: str, sentence: bool = False) -> bool:
    """Words of a passphrase ("purple monkey dishwasher"), not prose: no stop word but a number, no state, no
    policy or description of a password, no word of a product's name, and not an adjective or a verb's form
    first ("is stored in the vault", "is hashed server side", "is available upon request"). A ``sentence``
    (the words after an article) may hold one other language's stop word after its first word ("chat noir
    dort": German "dort")."""
    # (prose of other languages: "gratuit pour les clients")
    from scrubber.name_filters import stop_words_abroad

    words = [w for part in value.lower().split() for w in part.split("-")]
    return not words[0].endswith(("ed", "ing", "able", "ible")) and not any(
        _prose_word(w) and w not in _NUMBER_WORDS or w in _NOT_A_WORD_PASSWORD or w in _NOT_AN_ANSWER
        or w in _WIFI_STATE or w in tech_words() or w.endswith("ly") for w in words) and not (
        sum(w in stop_words_abroad() for w in value.lower().split()) > sentence
        or sentence and words[0] in stop_words_abroad())


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_MASKED_RUN = re.compile(r"…|\.{3}|[*•●]{3}")
_SCHEME_BEFORE = re.compile(r"(?i:\b(?:https?|ftps?|sftp|ssh|wss?|git|file)[ \t]*:[ \t]*\Z)")
# A reference to a value, not the value: a template ({{ vault.pw }}, <password>), a format (%(pw)s, %PW%), an
# option (--password-stdin); a password may start with "%" or "-" all the same ("-kP+SMtDWSX")
_REFERENCE = re.compile(r"[{<]|%\(|%[sd]\b|%\w+%$|-{1,2}[a-z][a-z-]*$")
# A PowerShell command (ConvertTo-SecureString), a file by its type (cert.p12, vault.kdbx): no passwords
_CMDLET = re.compile(r"(?:Get|Set|New|Read|Write|Import|Export|Invoke|ConvertTo|ConvertFrom|Add|Remove|Test"
                     r"|Start|Stop|Out|Select|Format)-[A-Z][a-z]+(?:[A-Z][a-z]+)*$")
_FILE_NAME = re.compile(r"(?i)[\w.-]+\.(?:p12|pfx|pem|jks|key|crt|cer|der|kdbx|gpg|asc|pub|json|txt|csv|log"
                        r"|ya?ml|conf|cfg|ini|sql|zip|tar|gz|tgz)$")
_DOTFILE = re.compile(r"^\.[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$")  # .git-credentials, .netrc, .env.local


def _any_language_code(match: re.Match, value: str) -> bool:
    """A code after a code word of any language: a password's make, or digits (not a year unless linked,
    not one digit repeated); after a plain "code" or "pin", plain digits only with a link, a colon or a
    bracket ("code 200" may be a status, "the code 4411 in the ticket" any number)."""
    linked = bool(match.group("link") or match.group("colon") or match.groupdict().get("open"))
    if not value.lstrip("*#")[:1].isdigit():
        # (a word in capitals and digits, an id's shape, is the code when a link gives it: "der Code für die
        # Tür ist KATZE4471", "the code is BLUE7429")
        return (_chosen_password(value) or linked and _CAPS_AND_DIGITS.fullmatch(value) is not None) \
            and _password_like(value)
    digits = re.sub(r"\D", "", value)
    if len(set(digits)) < 2 or _YEAR.fullmatch(value) and not linked:
        return False
    cue = match.group("cue").lower()
    # (a lock's code always has its link, "lock in any language"; "the code 4411 in the ticket" may be any
    # number, "J'ai reçu le code 482913 par SMS" is not: words of a one-time code around it; "PIN 4471" is
    # the patterns' above)
    if linked or not (cue in ("code", "codes", "pin", "passcode", "passcodes") and value.isdigit()):
        return True
    # (an error's number in brackets after an error word on its line: "invalid password (code 1045)"; not
    # "the key safe by the door (code 3081)")
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    if match.string[max(line_start, match.start() - 1):match.start()] == "(" and _ERROR_BEFORE.search(
            match.string, max(line_start, match.start() - 60), match.start()):
        return False
    # (a passcode's number, or one that ends the clause: "Astreinte : code 4821, badge …", "passcode for the
    # kiosk 904821, do not share"; not "code 200 OK", "the code 4411 in the ticket")
    between = match.string[match.start():match.start("value")]
    if len(value) >= 4 and (cue.startswith("passcode") or not match.group("gap").strip()
                            and _CLAUSE_END.match(match.string, match.end("value"))):
        return not (_NEGATED.search(between) and _MODAL.search(between))  # ("the PIN must not be 1234.")
    text, line_start = match.string, match.string.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    around = text[max(line_start, match.start() - 60):line_end if line_end >= 0 else len(text)][:160]
    return bool(_ONE_TIME_CONTEXT.search(around))


def _token_starts(before: str, value: str, least: int):
    """Where a pattern that takes any word of a text may start: after a space, a quote, a bracket or one of
    ``before``'s characters, ``least`` characters of ``value`` (a class) following. One C-level scan instead
    of the pattern's look-behind tried at every position. Not where the word (its run of ``value``) is one
    its checks always turn down: ASCII letters, the first one alone in upper case ("Information", "deploy"),
    or no letter at all ("2024-01-15", "10.0.0.1"), a sentence's marks after either (no generated value, no
    chosen password, no words joined; most long words of prose and most numbers)."""
    skip = (rf"(?![A-Za-z]?[a-z]+[.:!?]*(?!{value}))"
            rf"(?!(?:(?![^\W\d_]){value})+(?!{value}))")
    finder = stdlib_re.compile(rf"(?:\A|(?<=[\s\"'`“‘(\[{before}]))(?={value}{{{least}}}){skip}")

    @lru_cache(maxsize=1)
    def starts(text: str) -> list[int]:
        return [m.start() for m in finder.finditer(text)]
    return starts


# (the look-behinds and value classes of "password-like word in a text about passwords" and "generated value
# in a text about secrets")
_token_starts_8 = _token_starts(":=>", r"[^\s\"'`<>(){}\[\]=\\,;|“”‘’]", 8)
_token_starts_9 = _token_starts(":>", r"[^\s\"'`<>(){}\[\]\\,;|“”‘’]", 9)


def _in_command(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a shell command substitution opened on its line: ``$(cat /run/…)``."""
    opened = text.rfind("$(", text.rfind("\n", 0, at) + 1, at)
    return opened >= 0 and text.find(")", opened, at) < 0


_CHANGED_CODE_WORDS = ("pin", "code", "combo", "combination", "lock", "alarm", "safe", "keypad")
_NAME_OF = re.compile(r"(?i:\b(?:names?|nom|nome|naam|nombre|ssid|network|netzwerk|réseau|red|rede|rete"
                      r"|netwerk)\b[^\n]{0,8}\Z)")
_CAPS_AND_DIGITS = re.compile(r"[A-Z]{3,12}\d{2,8}")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;.!?)](?!\w)|\r?\n|$)")


# Words that make a number near a gate, a door or a code a journey's or an order's: "flight LH 4410, gate
# B12", "uçuş TK 1981, kapı B11", "the booking code, four five two one"
_TRAVEL_OR_ORDER = re.compile(
    r"(?i:\b(?:flights?|flug|vuelo|volo|voo|vlucht|uçuş\w*|járat\w*|lento|flyg|chuyến|penerbangan|boarding"
    r"|platform|gleis|quai|andén|binario|perron|peron|raide|spår|trains?|zug|bus|tram|booking|reservation"
    r"|confirmation|tracking|shipment|parcel|package|sku|serial|seat|terminal|order|invoice|ticket)\b)")
# ... and words between a lock and a number that make the number a time, a price or a count ("alarm clock
# 0700", "the key box costs 4999 yen", "the alarm rang 4471 times")
_NOT_LOCK_GAP = re.compile(
    r"(?i:\b(?:clock|wecker|réveil|despertador|sveglia|wekker|budzik|costs?|price\w*|kostet|coûte|cuesta|costa"
    r"|preis\w*|prix|precio|prezzo|preço|prijs|cena|fiyat\w*|hinta|pris|rang|rings?|times|minutes?|mins?"
    r"|seconds?|hours?|days?|years?|people|users|set[ \t]+for|weighs?|measures?)\b)")
_AIRLINE_BEFORE = re.compile(r"(?:\b[A-Z]{2}|\b[A-Z]\d|\b\d[A-Z])[ \t]?\Z")  # "LH 4410", "U2 1234"


def _near_lock_code(match: re.Match, value: str) -> bool:
    """A number a few words after a lock word (``code near a lock``): not a room, time, model or amount just
    before it, not a year unless a colon or link gives it, no word of another kind of code between (error,
    order, ticket: ``_NOT_A_SECRET_CODE``)."""
    text, at = match.string, match.start("value")
    gap = match.group("near_gap")
    # ("Type 7720 when the keypad beeps": typed, not a model's type)
    typed = _TYPED_BEFORE.search(text, max(0, at - 24), at) is not None
    if (not typed and _NOT_LOCK_NUMBER_BEFORE.search(text, max(0, at - 16), at)
            or _NOT_A_SECRET_CODE.search(gap)
            or _NOT_A_SECRET_CODE.search(text, max(0, at - 20), at)  # ("error code 4031 on the door")
            or _AIRLINE_BEFORE.search(text, max(0, at - 4), at)
            or _TRAVEL_OR_ORDER.search(text, max(0, min(at, match.start()) - 40), max(at, match.start()))
            or _TRAVEL_OR_ORDER.search(gap) or _NOT_LOCK_GAP.search(gap)):
        return False
    if _AMOUNT_AFTER.match(text, match.end("value")):
        return False
    # (a year only after a colon: "Garage: 2019"; "the gate is 2024 compliant" is none; a time on the quarter
    # hour right after its word is one: "alarm 0630, gate 1845")
    # (a year too far ahead to be one a lock is talked of with, 2031 on, is a code: "garage same as b4 2033")
    return not (_YEAR.fullmatch(value) and value < "2031" and ":" not in gap
                or _QUARTER_HOUR.fullmatch(value) and (
        not gap.strip() or _LABEL_BEFORE.search(text, max(0, at - 24), at) is not None))


_STRONG_SYMBOLS = "!#$%&*+=?@^~"
_HEX_RUN = re.compile(r"[0-9a-f]{7,}|[0-9A-F]{7,}")
_ERROR_BEFORE = re.compile(r"(?i:\b(?:error|invalid|failed|failure|denied|rejected|exception|fehler"
                           r"|fehlgeschlagen|erreur|échec|fallido|errore|fout|mislukt)\b)")
# a word and a number, or words joined and a number, as people make passwords: Tortuga42, Mistral_Vent42
_WORD_AND_NUMBER = re.compile(r"\p{Lu}?\p{Ll}{2,}\p{L}*[_.-]?\d{1,4}|\p{L}{2,}[_.-]\p{L}{2,}[_.-]?\d{1,4}")
# A network named, not its key: "the wifi network is HomeNet5G", "SSID: Office-5G", "network called X"
_NETWORK_NAMED = re.compile(r"(?i:\b(?:network|netzwerk|réseau|red|rede|rete|netwerk|ssid)(?:[ \t]+name)?"
                            r"(?:[ \t]+(?:is|was|called|named|heißt|ist|est|es|è|é)|[ \t]*[:=])?[ \t]*"
                            r"[\"'`“]?\Z)")
# A time of day on the quarter hour, "0630", "1845" (a code on a label is one only with a colon)
_QUARTER_HOUR = re.compile(r"(?:[01]\d|2[0-3])(?:00|15|30|45)")
# An HTTP status after "code is": "the code is 200 OK", "returns code 404 Not Found"
_HTTP_STATUS_AFTER = re.compile(
    r"[ \t]+(?:OK|Created|Accepted|No[ \t]+Content|Moved|Found|See[ \t]+Other|Not[ \t]+Modified"
    r"|Bad[ \t]+Request|Unauthori[sz]ed|Forbidden|Not[ \t]+Found|Conflict|Gone|Too[ \t]+Many"
    r"|Internal[ \t]+Server|Bad[ \t]+Gateway|Service[ \t]+Unavailable|Gateway[ \t]+Timeout)\b")
# A number given as what not to pick, or as an example: "Don't use 1234 as your PIN", "avoid codes like 1234",
# "never choose 0000", "a weak PIN such as 1111"
_RULE_BEFORE = re.compile(
    r"(?i:\b(?:(?:don['’]?t|do[ \t]+not|never|avoid|not)[ \t]+(?:use|using|pick|picking|choose|choosing|set"
    r"|setting|select|take)|avoid(?:ing)?|like|such[ \t]+as|e\.g\.?|eg|for[ \t]+example|for[ \t]+instance)"
    r"[ \t,:]*[\"'“‘]?\Z)")
_EXAMPLE_AFTER = re.compile(r"(?i:[\"'”’]?[ \t]+(?:as|is)[ \t]+(?:an?[ \t]+)?(?:example|weak|bad|common"
                            r"|obvious|easy|guessable|terrible|poor)\b|[\"'”’]?,?[ \t]+or[ \t]+\d{4}\b)")


# A code found (digits, maybe with a star, a hash, dashes, slashes or spaces), and where another code of a
# list may stand: after a label of one to six words (and a colon, a dash, a cell's bar or a link) at a line's
# or an item's start ("Bike room: 7735", "- Archive | 90*12", ", the side door is 8841 and the car park
# barrier 2 9 3 3", "Door 4471 / garage 8812"), the item ending after it
_CODE_SHAPE = re.compile(r"[*#]?\d[\d*# /-]{2,18}[\d#*]")
_LISTED_CODE = re.compile(
    r"(?:^|(?<=[\n,;/|(])|(?<=\b(?i:and|et|y|e|und|en|og|och|och|ja|i|és|und)[ \t]))[ \t]*(?:[-*•][ \t]+)?"
    r"(?P<label>(?:[^\W\d_][\w'’()-]*|\d+(?i:am|pm|h))(?:[ \t]+(?:[^\W\d_][\w'’()-]*|\d+(?i:am|pm|h))){0,5}?)"
    r"(?P<link>[ \t]*(?:[:=|;–-]|(?<=[^\W\d_])[ \t]+(?i:is|are|est|es|è|é|ist|är|er|je|to|on|c['’]est|=))?)"
    r"[ \t]*(?P<value>[*#]?\d{3,8}[#*]?|\d{1,4}\*\d{2,6}#?|\d{1,2}(?:[-/]\d{1,2}){2,3}|\d{2}(?:[ ]\d{2}){2,3}"
    r"|\d(?:[ ]\d){2,7})"
    r"(?=[ \t]*(?:$|\r?\n|[,;|/)]|[.!](?!\w)|(?i:and|et|y|e|und|en|og|och|then|puis|dann|luego)\b))", re.M)
# a label word that makes its number something else: a room's, a phone's, an order's, a price
_NOT_CODE_LABEL = re.compile(
    r"(?i:\b(?:rooms?|rm|floor|ext|extension|tel|phone|mobile|cell|fax|call|flat|apt|apartment|unit|suite"
    r"|building|bldg|bus|line|page|step|version|model|order|ticket|invoice|case|ref|zip|postal|postcode|price"
    r"|total|qty|quantity|amount|cost|year|date|time|at|um|à|seats?|people|users|size|km|kg|floor|etage|étage"
    r"|zimmer|raum|chambre|salle|stanza|sala|kamer)\b)")


# A list of codes is reported code by code ("8472-1930", "5561-0284", ...: each is a secret of its own), when
# the codes found in it leave nothing but separators and item numbers between them.
_LIST_PATTERNS = frozenset(("codes after codes heading", "codes of one shape in a row",
                            "mixed codes in a row"))
_EACH_CODE = re.compile(rf"(?<![\w-])(?:{_LATER_CODE}|{_FOUR_FOUR}|{_MIXED_CODE})(?![\w-])")
_BETWEEN_CODES = re.compile(
    rf"(?:[\s,;|/*•·&.):=#–、，；：-]|{_CODE_AND}\b|(?i:no|nr)\b|\d{{1,3}}(?=[.):\s–-]))*")


def _each_code(text: str, result: RecognizerResult) -> list[RecognizerResult]:
    """``result`` cut into one result per code when a list pattern found it (``_LIST_PATTERNS``)."""
    explained = result.analysis_explanation
    if explained is None or explained.pattern_name not in _LIST_PATTERNS:
        return [result]
    pieces = [m.span() for m in _EACH_CODE.finditer(text, result.start, result.end)]
    gaps = zip((result.start, *(e for _, e in pieces)), (*(s for s, _ in pieces), result.end))
    if len(pieces) < 2 or not all(_BETWEEN_CODES.fullmatch(text, s, e) for s, e in gaps):
        return [result]
    return [RecognizerResult(entity_type=result.entity_type, start=s, end=e, score=result.score,
                             analysis_explanation=explained, recognition_metadata=result.recognition_metadata)
            for s, e in pieces]


def _listed_codes(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Codes of the list (the paragraph, no blank line between, at most 300 characters away) that holds a
    code found: each after a short label, alone in its item ("Front door: 48213 / Bike room: 7735"), not
    after a room's, a phone's or an order's word, not a time, a year without a colon, one digit repeated or
    an amount."""
    out = []
    for start, end in found:
        lo = text.rfind("\n\n", max(0, start - 300), start)
        lo = max(0, start - 300) if lo < 0 else lo + 2
        hi = text.find("\n\n", end, end + 300)
        hi = min(len(text), end + 300) if hi < 0 else hi
        for m in _LISTED_CODE.finditer(text, lo, hi):
            value, label, link = m.group("value"), m.group("label"), m.group("link")
            digits = re.sub(r"\D", "", value)
            # (a room's word ends the label: "Room 4471"; "Server room: 4471" in a list of codes is a code)
            worded = len(label.split()) > 1
            if (m.start("value") == start or len(set(digits)) < 2
                    or len(digits) < 4 and not set("*#") & set(value) or _NOT_A_SECRET_CODE.search(label)
                    or _NOT_CODE_LABEL.search(label.split()[-1]) and not worded
                    or (_YEAR.fullmatch(value) or _QUARTER_HOUR.fullmatch(value)) and ":" not in link
                    or _AMOUNT_AFTER.match(text, m.end("value"))
                    or _not_a_chosen_code(text, m.start("value"), m.end("value"), value)):
                continue
            out.append(m.span("value"))
    return out


_COMBINATION_BEFORE = re.compile(r"(?i:\b(?:combo|combination|kombination|combinaison|combinaci[óo]n"
                                 r"|combinazione|combinatie|kombinacja|kombinasyon|combina[çc][ãa]o)"
                                 r"[ \t]*[:=]?[ \t]*\Z)")


_SLASHED = re.compile(r"\d{1,2}(?:/\d{1,2}){2,3}")


def _date_like(value: str) -> bool:
    """Whether "a/b/c" can be read as a day and a month in either order."""
    if not _SLASHED.fullmatch(value):
        return False
    a, b = (int(p) for p in value.split("/")[:2])
    return a <= 31 and 1 <= b <= 12 or 1 <= a <= 12 and b <= 31


def _not_a_chosen_code(text: str, start: int, end: int, value: str) -> bool:
    """A number that is no code: an HTTP status ("the code is 200 OK"), a number given as one not to pick or
    as an example ("Don't use 1234 as your PIN", "avoid codes like 1234", "1234 is a weak PIN")."""
    if len(value) == 3 and value.isdigit() and _HTTP_STATUS_AFTER.match(text, end):
        return True
    if "/" in value and _date_like(value) and not _LINKED.search(text, max(0, start - 30), start) \
            and not _COMBINATION_BEFORE.search(text, max(0, start - 30), start):
        return True  # "12/04/24": a date, unless said to be the code ("the combination is 07/12/25")
    return (_RULE_BEFORE.search(text, max(0, start - 30), start) is not None
            or _EXAMPLE_AFTER.match(text, end) is not None)


def _generated(value: str) -> bool:
    """A generator's password without a digit: letters and two symbols or more ("%Y&&WBUU+sj")."""
    return len(value) >= 8 and sum(c in _STRONG_SYMBOLS for c in value) >= 2 and sum(
        c.isalpha() for c in value) >= 4


def _chosen_password(value: str) -> bool:
    """Letters with digits or symbols, or a passphrase, and not the shape of an id, version, file or host."""
    if _PASSPHRASE.match(value) or _CAMEL_WORDS.match(value) and _word_phrase(value):
        return True
    digits = sum(c.isdigit() for c in value)
    return any(c.isalpha() for c in value) and 0 < digits < len(value) * 0.7 and not _NOT_CHOSEN.match(value)


_HOST_OR_CODE = re.compile(
    r"(?i:\.(?:com|net|org|io|dev|app|cloud|local|internal|corp|lan|co|uk|de|fr|nl|eu|us|ai|gov|edu)(?::\d+)?$"
    r"|^[0-9a-f]+(?:-[0-9a-f]+)+$|:|--"  # an id of hex groups, a port, a time, key:value, an option
    r"|[-_.]v\d+(?:\.\d+)*$"  # a tool with its version: bcrypt-v2
    r"|^(?:https?|ftp|ssh|s3|gs)\b|@[\w-]+\.[a-z]|[/\\]|\(|(?-i:^[A-Z][A-Z0-9]*[-_#]?\d+$)|^\d+[a-z]{1,3}$)")
# Before a value that is something's name or a key's value: "the network is called Office_5G", "SSID:
# Guest-5G", "name: billing-api-db", "DB_HOST=db-eu-2"
_NAMED_BEFORE = re.compile(
    r"(?i:\b(?:called|named|name|heißt|heisst|s'appelle|se[ \t]+llama|si[ \t]+chiama|chama-se|heet|namanya"
    r"|ssid|network|netzwerk|netwerk|réseau|red|rete|rede)\b[ \t]*[:=]?[ \t]*[\"'`“‘]?$"
    r"|(?m:^[ \t]*(?:-[ \t]+)?[\w.-]+[ \t]*[:=][ \t]*[\"'`]?$))")
_CALL = re.compile(r"[A-Za-z_][\w.:]*\([\"'`]")  # a function called with a string: getenv("X"
_NAMED_KEY = re.compile(r"(?i:pass|pwd|secret|token|key|auth|cred)")
_FIRST_SIGN_IN_WORD = re.compile(
    rf"(?i:\b{_LOG_IN_VERB}\b|\blogins?\b|\bcreds\b|\bcredentials?\b"
    # a password's qualities, an account that signs in: "is Mapleleaf4 strong enough", "the svc account"
    # (not a key's rotation: "commit 9a03… fixed the key rotation bug")
    r"|\b(?:strong|secure|safe)[ \t]+enough\b|\bguessable\b"
    r"|\b(?:admin|svc|root|shared|guest|sudo)[ \t]+account\b)")
_SIGN_IN_WORD_STARTS = _cue_starts(_FIRST_SIGN_IN_WORD.pattern, prefixes=tuple(
    "log sign creds credential strong secure safe guessable admin svc root shared guest sudo".split()))


# A network's code and a sign-in in the other languages of the prompts, for ``_about_passwords``: "ist der
# WLAN-Code", "el código del wifi", "il codice wifi", "kulübenin wifi kodu", "код от вайфая", "wifi密码",
# "Wi-Fiコード", "वाईफाई कोड", "رمز الواي فاي", and a sign-in (``_OTHER_SIGN_IN``)
_OTHER_ABOUT = re.compile(
    r"(?i:(?:wi-?fi|wlan|wpa2?)[ \t-]?(?:code|kod\p{L}*|kode|c[óo]dig\p{L}*|codice|msimbo|pin)(?![\p{L}])"
    r"|(?<![\p{L}])(?:code|kod\p{L}*|kode|c[óo]digo|codice|msimbo|mã|код\p{L}*|пароль\p{L}*)[ \t]+"
    r"(?:\p{L}+[ \t]+){0,2}(?:wi-?fi|wlan|вай-?фа\p{L}*)"
    r"|wi-?fi(?:的)?(?:密码|密碼|コード|のパスワード)|无线密码|वाईफाई[ \t]+(?:का[ \t]+)?(?:कोड|पासवर्ड)"
    r"|رمز[ \t]+(?:ال)?واي[ \t]?فاي"
    rf"|(?<![\p{{L}}])(?:{_OTHER_SIGN_IN})(?![\p{{L}}])|{_CJK_SIGN_IN})")
# A password's own word in the scripts ``_FIRST_WORD`` does not read: a text holding one speaks of passwords
# as one holding "password" does ("Harbor2291 是 WiFi 密码", "X がWi-Fiのパスワードです", "X هي كلمة المرور")
_PASSWORD_WORDS_ABROAD = ("パスワード", "暗証番号", "パスコード", "密码", "密碼", "口令", "비밀번호",
                          "패스워드",
                          "पासवर्ड", "कूटशब्द", "كلمة المرور", "كلمة السر", "كلمة مرور", "كلمة سر",
                          "رمز عبور", "סיסמה", "סיסמא", "รหัสผ่าน")
_OTHER_ABOUT_STRINGS = ("wifi", "wi-fi", "wlan", "wpa", "код", "пароль", "无线", "वाईफाई", "واي",
                        *_OTHER_SIGN_IN_STRINGS)


@lru_cache(maxsize=1)  # (both patterns of a text ask)
def _about_passwords(text: str) -> bool:
    """Whether ``text`` speaks of a password, a sign-in or credentials (in English, or a network's code or
    a sign-in in another language: ``_OTHER_ABOUT``)."""
    return _first_password_word(text) is not None or bool(_SIGN_IN_WORD_STARTS(text)) or (
        holds_any(text, _OTHER_ABOUT_STRINGS) and _OTHER_ABOUT.search(text) is not None) or (
        not text.isascii() and any(w in text for w in _PASSWORD_WORDS_ABROAD))


def _chosen_anywhere(value: str) -> bool:
    """A word of a chosen password's make with no cue of its own: letters and digits mixed (a lower-case
    letter among them), or a passphrase of words joined by ``-``; not a host, URL, path, e-mail, call,
    ticket id, version, time, file, size or product with its number, and not a placeholder."""
    if len(value) >= 14 and _word_phrase(value.rstrip("."), 4):
        # four words or more joined by "_" or ".", or in CamelCase ("trumpet_wagon_pumpkin_saddle")
        return _no_product(value)
    if len(value) < 8 or value.isalpha() or not any(c.isdigit() for c in value) and "-" not in value \
            and "." not in value:
        return False  # (the cheap tests first: most words of a text are letters alone)
    if (value[0] in "#@$%&*~" or _HOST_OR_CODE.search(value)
            or not any(c.islower() for c in value)):  # (a leading symbol: a tag, mention or variable)
        return False
    if not any(c.isdigit() for c in value) and (
            not value.islower() or _NAMED_KEY.search(value) or "." in value and not _dotted_words(value)
            or "_" in value):
        return False  # words alone, unless lower case and joined by "-", or four ordinary words or more by
        # ".": not java.sql.SQLException, vault_db_password, X-JFrog-Art-Api, ibm-cloud-pwd, com.example.app
    if not (_password_like(value) and _chosen_password(value)):
        return False
    return _no_product(value)


_NAMED_WORDS = ("words", "phrase", "sentence", "seed")
_LOCK_VERBS = ("open", "unlock", "disarm", "arms", "gets you", "gets\tyou")
_SPOKEN_SPLIT = re.compile(r"[\s,.…–-]+")  # between digit words read out
# a dial's turn somewhere in the text ("22 left", "right to 24", "R24"): only then are turns looked for
_TURN_WORDS = ("left", "right", "links", "rechts", "gauche", "droite", "izquierda", "derecha")
_LR_TURN = re.compile(r"\b[LR][ \t]?\d")
# how a thing is said to unlock with its code ("unlocks with", "opened using")
_UNLOCKS_WITH = tuple(f"{verb}{sep}{prep}" for verb in ("unlock", "open", "disarm", "decrypt")
                      for sep in (" ", "s ", "ed ") for prep in ("with", "using"))
_QUOTES = ('"', "“", "‘")
# A text about a secret, for words named only as "words" or "a phrase"
_SECRET_CONTEXT = re.compile(r"(?i:pass|wi-?fi|wlan|vault|crypt|backup|bitlocker|keychain|unlock|secret"
                             r"|wallet|log[ \t-]?in|sign[ \t-]?in|credential|account)")


# A text about secrets for ``generated value in a text about secrets``: a password word or sign-in
# (``_about_passwords``), or a secret's, key's, vault's or account's word, or a sign-in that failed
_SECRET_TALK = stdlib_re.compile(
    r"(?i:\b(?:secrets?|credentials?|creds|key(?![ \t]+(?:points?|findings?|takeaways?|features?|insights?"
    r"|metrics?|results?|dates?|people|players?|stakeholders?|areas?|steps?|terms?|questions?|issues?|factors?"
    r"|messages?|ideas?|themes?|skills?|words?)\b)|vault|sudo|logins?|passphrase|encrypt\w*|decrypt\w*"
    r"|unlock\w*|ssh|vpn|jump[ \t]+host|wi-?fi|portal"
    r"|locked[ \t]+(?:me[ \t]+)?out"
    r"|no[ \t]+longer[ \t]+works|rotat\w+|revok\w+|leak\w*)\b)")
# (where it may match in an ASCII text: there the ``regex`` module's search finds what it finds)
_SECRET_TALK_STARTS = _cue_starts(_SECRET_TALK.pattern, words=("wi", "no"), prefixes=tuple(
    "secret credential creds key vault sudo login passphrase encrypt decrypt unlock ssh vpn jump wifi portal "
    "locked rotat revok leak".split()))


def _secret_talk(text: str) -> bool:
    """Whether ``_SECRET_TALK`` finds a word in ``text``."""
    return bool(_SECRET_TALK_STARTS(text)) if text.isascii() else _SECRET_TALK.search(text) is not None


# (strings of which each of those words, and each password word or sign-in, holds one)
_SECRET_TALK_STRINGS = ("secret", "credential", "creds", "key", "vault", "sudo", "login", "phrase", "crypt",
                        "unlock", "ssh", "vpn", "jump", "wifi", "wi-fi", "portal", "locked", "no longer",
                        "rotat", "revok", "leak", *_WORD_STRINGS, *_SIGN_IN_STRINGS, "cred", "guessable")
# What a random-looking value after these words is: an id, a hash, a reference ("request id Ab3…")
_ID_BEFORE = re.compile(
    r"(?i:\b(?:ids?|no|nr|number|ref|reference|order|ticket|invoice|case|hash|sha\d*|commit|digest|etag|nonce"
    r"|trace|span|request|correlation|build|version|sku|serial|tracking|booking|session[ \t]+id|user(?:name)?"
    r"|login|account|handle|file|image|tag|branch|video|photo|post|tweet|channel|playlist|item|product|asin"
    r"|part|model)\b[ \t]*[:#=]?[ \t]*[\"'`]?\Z)")
# inside a PEM block: a certificate's or public key's lines are public, a private key's are private_key.py's
_IN_PEM_BLOCK = re.compile(r"-----BEGIN [A-Z0-9 ]{3,40}-----(?:(?!-----END)[\s\S])*\Z")
_CLASS = str.maketrans(string.ascii_lowercase + string.ascii_uppercase + string.digits,
                       "a" * 26 + "A" * 26 + "0" * 10)


def _random_secret(value: str) -> bool:
    """A value a generator made: nine characters or more, upper and lower case, a digit or a symbol, the
    class changing between half of its neighbours at least (words, identifiers and versions change less:
    "iPhone15Pro", "GitHub2024"); not a host, path, e-mail, file or a product's name."""
    # (C-level tests first: most words of a text are in one case, or letters alone with no digit or symbol)
    if len(value) < 9 or value.islower() or value.isupper() or value.isalpha():
        return False
    if not (any(c.isupper() for c in value) and any(c.islower() for c in value)):
        return False
    if not any(c.isdigit() or c in _STRONG_SYMBOLS for c in value):
        return False
    if _MASKED_RUN.search(value):  # a key shown by its ends, the rest masked: "ghp_…O7nY", "sk-****Ap8X"
        return False
    classes = value.translate(_CLASS)
    classes = "".join(c if c in "aA0" else "." for c in classes)
    switches = sum(a != b for a, b in zip(classes, classes[1:], strict=False))
    if switches < (len(value) - 1) * 0.5:
        return False
    if (_HOST_OR_CODE.search(value) or _EMAIL.search(value) or "://" in value
            or looks_like_placeholder(value, strict=True)):
        return False
    return _no_product(value)


def _dotted_words(value: str) -> bool:
    """Four ordinary words or more joined by dots, none of them a technical one: a passphrase
    ("maple.river.stone.lantern"), not a package or a host (``com.example.app.core``)."""
    parts = value.rstrip(".").split(".")
    words = all(p.isalpha() and 3 <= len(p) <= 12 and p not in tech_words() for p in parts)
    # (one may be a name too: "stone")
    return len(parts) >= 4 and words and sum(p in common_words() for p in parts) >= len(parts) - 1


def _password_like(value: str) -> bool:
    if (len(value) < 6 or looks_like_placeholder(value, strict=True) or "://" in value or _EMAIL.search(value)
            or _DOTFILE.match(value) or _CMDLET.match(value) or _FILE_NAME.match(value)
            or value[0] == "(" and value[1:].isalpha()):  # (an aside: "… as its password (spaces included)")
        return False
    letters = any(c.isalpha() for c in value)
    digits = any(c.isdigit() for c in value)
    symbols = any(not c.isalnum() for c in value)
    if _PASSPHRASE.match(value) or _CAMEL_WORDS.match(value) and _word_phrase(value):
        return True
    # letters alone when their case changes often, as a generator's do (kTvQmXpLwRz), not a word's (iPhone)
    switches = sum(a.isupper() != b.isupper() for a, b in zip(value, value[1:], strict=False) if a.isalpha()
                   and b.isalpha())
    return letters and (digits or symbols or len(value) >= 8 and switches >= 4) and not value.isdigit()


# The gates of ``_gate_of`` (here, after the words and regexes they read).
_CJK_GATE = _held(lambda text: any(w in text for w in _CJK_WORDS))
_CJK_LOCK_GATE = _held(lambda text: not text.isascii() and any(w in text for w in _CJK_LOCK_STRINGS))
_CJK_STRONG_STRINGS = tuple(_CJK_STRONG.split("|"))
_CJK_CODE_FIRST_GATE = _held(lambda text: not text.isascii() and any(
    w in text for w in (*_CJK_LOCK_STRINGS, *_CJK_STRONG_STRINGS)))
_FOLLOWUP_GATE = _held(lambda text: "?" in text and _answered(text) is not None)
_OTHER_SCRIPT_GATE = _held(lambda text: not text.isascii() and holds_any(text, _OTHER_SCRIPT_WORDS))
_ENTRY_GATE = _held(_ENTRY_STRINGS)
_ABOUT_GATE = _held(_about_passwords)
_UNLOCKS_GATE = _held(_UNLOCKS_WITH)
# (what "code said to work or not" needs after the number: a verb of working, failing or expiring)
_WORKS_STRINGS = ("work", "expire", "longer", "stopped", "invalid", "wrong", "rejected", "marche",
                  "fonctionne", "expiré", "refusé", "funktioniert", "geht nicht", "abgelaufen", "funciona",
                  "no va", "no sirve", "funziona", "non va", "werkt", "verlopen", "ne passe")
# ("Unlock my iPad with 4682": a verb of unlocking and "with" or "using" anywhere)
_UNLOCK_WORDS_GATE = _held(("unlock", "open", "disarm"), (" with", " using", "\twith", "\tusing"))
# (``_gate_of`` asks for these in this order, before and after the code-word patterns)
_MESSAGE_GATE = _held(_MESSAGE_STRINGS)
_NAMED_GATES = {
    "code in any language": _held(_ANY_CODE_STRINGS),
    "lock in any language": _held(lambda text: holds_any(text, _LOCK_STRINGS) or "unlock" in folded(text)),
    "code read out": _held(_spoken_digits),
    "code given in the next turn": _next_turn,
}
_NETWORK_BOXES = ("router", "wifi", "wi-fi", "wlan", "modem", "hotspot", "vpn", "network", "wireless")


def _before_the_new_one(text: str) -> int | None:
    """70 characters before the first "is the new one" (``_THE_NEW_ONE``), None without one."""
    m = _NEW_ONE_GATE.search(text) if holds_any(text, (" one", "\tone", " pw", " pass")) else None
    return max(0, m.start() - 70) if m else None


_LATER_GATES = {
    "value that is the new one": _before_the_new_one,
    "value it was changed to in another language": _held(_CHANGED_OTHER_STRINGS),
    "value that is the new one in another language": _held(_OTHER_NEW_ONE_STRINGS),
    "value after the new one": _held((" one", "\tone", " pw", " pass"), _about_passwords),
    "phrase before cjk password word": _CJK_GATE,
    "setup key in groups after a two-factor word": _held(("totp", "2fa", "mfa", "otp", "factor", "2-step",
                                                          "two-step", "authenticator", "setup", "secret",
                                                          "seed")),
    "passphrase after a wifi label": _held(("wifi", "wi-fi", "wlan", "无线", "無線"), (":", "：")),
    "value said to be for a network": _held(_NETWORK_BOXES, (" for ", " on ", "\tfor", "\ton")),
    "phrase right after a network's key": _held(("wifi", "wi-fi", "wlan", "wpa", "router"),
                                                ("key", "clé", "cle", "chiave", "chave", "sleutel")),
    "value to sign in with in another language": _held(_OTHER_SIGN_IN_STRINGS),
    "value it was changed to": _held(("it to", "hers to", "his to", "mine to", "theirs to", "ours to",
                                      "yours to", "that to", "this to", "it back", "hers back")),
    "password-like word in a text about passwords": _ABOUT_GATE,
    "generated value in a text about secrets": _held(_SECRET_TALK_STRINGS, lambda text: _about_passwords(text)
                                                     or _secret_talk(text)),
    "quoted passphrase in a text about passwords": _ABOUT_GATE,
    "card security code answered by the next speaker": _first_cvv_cue,
    "combination in turns": _held(lambda text: holds_any(text, _TURN_WORDS) or _LR_TURN.search(text)),
    "code a thing unlocks with": _UNLOCK_WORDS_GATE,
    "words a thing unlocks with": _UNLOCKS_GATE,
    "codes of one shape in a row": _held(_FOUR_FOUR_GATE.search),
    "code before its lock": _held(_LOCK_VERBS),
    "words named as words": _held(_NAMED_WORDS, _SECRET_CONTEXT.search),
    "quoted code after a lock": _held(_QUOTES, _ENTRY_STRINGS),
    "code on an entry's label": _ENTRY_GATE,
    "code near a lock": _held(_near_lock_starts),
    "code before a lock": _held(_code_before_starts),
    "code an entry takes": _ENTRY_GATE,
    "code used at an entry": _ENTRY_GATE,
    "answer to a security question": _held(_SECURITY_ANSWER_STRINGS),
    "answer after a security question": _held(("security q", "secret q", "recovery q", "security\tq",
                                               "secret\tq", "recovery\tq")),
    "answer put to a security question": _held(("security q", "secret q", "recovery q", "security\tq",
                                               "secret\tq", "recovery\tq")),
    "answer given to a question by its topic": _held(("question", " q"), ("answered", "put", "used", "gave",
                                                                            "wrote", "typed", "entered",
                                                                            "chose", "picked")),
    "value typed when asked": _held(("asked", "asks", "prompt"), ("when", "if", "once")),
    "session id's value": _held(("session",)),
    "one-time code in a message": _MESSAGE_GATE,
    "code an authenticator shows": _held(("authenticator", "authy", " app")),
    "code said to work or not": _held(_WORKS_STRINGS),
    "one-time code before its use": _MESSAGE_GATE,
    "password before password word": _before_password_word,
    # (each string of a sign-in holds "log" or "sign")
    "words to sign in with": _held(("log", "sign", "get in", "get\tin", "unlock", "ssh", "use ", "use\t"),
                                   _SIGN_IN_STRINGS + ("use ", "use\t")),
    "second code in the clause": _held(_SECOND_CODE_WORDS, lambda text: len(_FOUR_DIGITS.findall(text)) > 1),
    # (patterns that scanned every text: the strings one of their first words, or their value's link, holds)
    "password on the line after its label": _held(("\n",)),
    "code before code word": _held(("pin", "code", "combo", "combination")),  # (what its code words hold)
    "number after a lock": _held((":",)),
    "number after the code": _held(("code", "pin")),
    "number right after the code": _held(("code", "pin")),
    "combination": _held(("comb", "komb", "szyfr", "kod", "safe", "tresor", "coffre", "kluis", "lock")),
    "code as it is used": _held(("alarm", "keypad", "safe", "lock", "door", "gate", "tresor", "schloss",
                                 "coffre", "cadenas", "caja", "cassaforte", "kluis")),
    "code after a lock on its line": _held(("code", "pin", "kod", "digo", "codice")),
    "codes after codes heading": _held(("code", "key", "tan", "transaktion", "codici", "digo", "kod", "码",
                                        "碼", "コード", "코드", "код", "कोड", "رموز", "mã", "misimbo")),
}
# (the patterns added last: a licence's word, a lock's or a code's word and a question mark, a phrase word)
# (a key's shape found by a plain scan first: most texts with "product" or "install" hold none)
_GROUPED_KEY_GATE = stdlib_re.compile(r"-(?<=[A-Za-z0-9]{4}-)[A-Za-z0-9]{4,8}-[A-Za-z0-9]{4,8}"
                                       r"| (?<=\d{6} )\d{6} \d{6}")
_LATER_GATES["words and a number before password word"] = _before_password_word
_LATER_GATES["key after a licence or recovery word"] = _held(_GROUPED_KEY_GATE.search, ("key", *_KEY_STRINGS))
_LATER_GATES["code after a question about a lock"] = _held(("?",), _near_lock_starts)
_LATER_GATES["phrase of words right after phrase word going on"] = (  # (its verb of use is before the word)
    lambda text: None if (at := _first_phrase_word(text)) is None else max(0, at - 30))
_LATER_GATES["code after a question in any language"] = _held(("?",), _ANY_CODE_STRINGS)
_LATER_GATES["number after code's"] = _held(("'s", "’s"), ("code", "pin", "combo", "combination"))
_LATER_GATES["code to use"] = _held(("use", "enter", "type", "dial", "punch", "key", "tap", "try"),
                                    ("code", "pin", "combo", "combination"))
_LATER_GATES["code that is mine"] = _held(("mine", "ours", "his", "hers", "theirs", "yours", "my one"),
                                          _ANY_CODE_STRINGS)
_LATER_GATES["code something was reset to"] = _held((" to", "\tto"), ("reset", "changed", "set", "updated",
                                                                      "switched"))
# (what a table of codes holds: a code's or a password's word between cells' separators; its pattern names the
# results of ``_table_codes``)
_CODE_HEADER_GATE = stdlib_re.compile(r"[|\t;,][^\n]*\n[^\n]*\d{4}")
_TABLE_PATTERN = Pattern("code in a table's code column", _CODE_COLUMN, 0.7)
_LATER_GATES["mixed codes in a row"] = _held(_MIXED_CODE_GATE.search)
_LATER_GATES["joined passphrase of common words"] = _held(_JOINED_PHRASE_GATE.search)
# (a dictation's case word or spelled letters in a text about passwords; a chat's line of one word below a
# line with a password word; a password word at all; the text's answer about passwords first: the
# patterns before ask it, the dictation's case-insensitive search scans the whole text, session 30)
_LATER_GATES["password dictated piece by piece"] = _held(_about_passwords, _DICTATION_GATE.search)
_LATER_GATES["rest of a password cut in a chat"] = _held(
    _CHAT_GATE.search, lambda text: _first_password_word(text) is not None)
_LATER_GATES["value typed with its spaces"] = _held(_SPACES_STRINGS)
_LATER_GATES["password of a word and a number on its label's line"] = _held(
    lambda text: _first_password_word(text) is not None)
