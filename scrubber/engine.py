"""Presidio + spaCy scrubbing: texts in → scrubbed texts, entities and a placeholder mapping out."""

import contextlib
import gc
import logging
import re
import string
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from scrubber import presidio_tuning, regex_cache, warm
from scrubber.addresses import assemble
from scrubber.casing import cased_part, known_name_in, second_look
from scrubber.errors import ModelLoadError, ScrubberError
from scrubber.initials import initials_of_people
from scrubber.language import LanguageDetector
from scrubber.models import (  # noqa: F401 (also imported from here; models.py spares the proxy process the engine)
    DEFAULT_MODEL,
    REUPLOADS,
    WINDOW,
    Analysis,
    CacheKey,
    Keyed,
    ModelSettings,
    cache_key,
    shareable,
)
from scrubber.name_filters import (
    COMMON_WORDS,
    listed_people,
    not_alone_words,
    not_firms,
    not_products,
    plausible,
    repeated_names,
    whole_words,
)
from scrubber.ner_spans import tidy
from scrubber.normalize import Normalized, normalize
from scrubber.not_people import not_people
from scrubber.offline import use_bundled_suffix_list
from scrubber.pattern_process import PatternProcess, build_registry, text_recognizers, usable_cpus
from scrubber.person_dates import dates_beside_people
from scrubber.recognizers import SECRET
from scrubber.topics import not_topics
from scrubber.types import Entity, ScrubOptions, ScrubResult, Span
from scrubber.vault import Vault

log = logging.getLogger(__name__)

# Entities of the second, case-normalised NER look (spaCy labels → ours).
SECOND_LOOK_LABELS = {"PERSON": "PERSON", "PER": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION"}
_LINE = re.compile(r"[^\s](?:[^\r\n]*[^\s])?")  # a line's text, without its line break or margins
SECOND_LOOK_SCORE = 0.8
# What we look for by default. DATE_TIME, URL and NRP are left out: in prompts they are mostly not
# personal data, and replacing them makes answers worse. MEDICAL_LICENSE (US DEA numbers) is left out too:
# its pattern matches order and ticket ids ("PO7640572") far more often than real licences.
DEFAULT_ENTITIES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
    "LOCATION", "US_BANK_NUMBER", "US_PASSPORT", "US_ITIN", "CRYPTO", "UK_NHS",
    "DATE_OF_BIRTH", "NATIONAL_ID", SECRET,
)
DENY_TERM_TYPE = "CONFIDENTIAL"
# Presidio needs tokens and entities from spaCy; lemmas only to match context words, and the lower-cased
# token text serves for that. So only the NER component (and whatever it listens to) runs; a rule-based
# sentencizer keeps entities from running across sentence ends (the parser used to do that).
KEEP_PIPES = {"ner"}
CACHE_SIZE = 4096
PATTERN_PROCESS_START_SECONDS = 30.0  # after the model is loaded; until then patterns run in-process
# A UK NHS number has the shape of a US phone number and passes its checksum one time in eleven; where our
# phone recognizer vouches for the value (shape, prefix or "phone" nearby), it is a phone number.
YIELDS = {"UK_NHS": "PHONE_NUMBER"}
CONTEXT_BOOST_BELOW = 0.6  # results scoring this much or more need no context words to be kept
_WARM_UP = ("Jane Doe (jane@example.com, +1 415 555 0100) sent card 4111 1111 1111 1111 and key "
            "sk-proj-0000000000000000000000000000 from 10.0.0.1; cc maria lópez, who lives in Lyon at "
            "12 rue de la Paix, 75002 Paris. Bitte rufen Sie Herrn Müller an.")  # every path: 2nd look too
# Very long texts are analysed in overlapping windows: spaCy refuses texts over its max_length and its memory
# grows with the text. The overlap is longer than any single entity we look for (a PEM key block included).
OVERLAP = 5_000
GROUP_CHARS = 200_000  # texts analysed together (their spaCy docs are held at once)


def resolve_model(name: str) -> str:
    """What ``spacy.load`` needs for model ``name``: the name itself if it is installed as a package (or is
    a path), else the directory of a re-upload package (``REUPLOADS``); the name unchanged when neither is."""
    import importlib
    import importlib.util

    import spacy

    if spacy.util.is_package(name) or "/" in name or name not in REUPLOADS:
        return name
    module_name, path_function = REUPLOADS[name]
    if importlib.util.find_spec(module_name) is None:
        return name
    if path_function is None:
        return module_name
    return str(getattr(importlib.import_module(module_name), path_function)())


def merge_same_type(spans: Sequence[Span]) -> list[Span]:
    """Overlapping spans of one type become their union (best score): NER's "Berlin" and the address pattern's
    "Hauptstraße 12, 10115 Berlin" are one address, and the longer one is what must not leak."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.type, s.start, s.end)):
        last = out[-1] if out else None
        if last is not None and last.type == s.type and s.start < last.end:
            out[-1] = Span(s.type, last.start, max(last.end, s.end), max(last.score, s.score))
        else:
            out.append(s)
    return out


# Types whose value, found once, is the same value wherever else the text repeats it ("the PIN is 2837" …
# "2837 hả em"; a phone number given once with its cue and once without): values, not words.
_REPEATED_TYPES = frozenset({"SECRET", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "US_SSN",
                             "IP_ADDRESS", "DATE_OF_BIRTH"})


def repeated_values(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` and every other occurrence of a value one of them found (of ``_REPEATED_TYPES``, four
    characters or more), where no letter or digit runs on either side and no span already holds it whole."""
    values = {text[s.start:s.end]: s for s in spans if s.type in _REPEATED_TYPES and s.end - s.start >= 4}
    more: list[Span] = []
    for value, span in values.items():
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) \
                    and not any(s.start <= at and end <= s.end for s in spans):
                more.append(Span(span.type, at, end, span.score))
            at = text.find(value, end)
    return [*spans, *more]


def resolve_overlaps(spans: Sequence[Span]) -> list[Span]:
    """Overlapping spans become one span covering all of them, sorted by start: no part of either may reach
    the vendor ("Camila Barbosa" as PERSON and "Barbosa" as LOCATION: dropping the first leaked "Camila").
    The union takes the type of its longest span (then the best-scored) and the best score."""
    out: list[Span] = []
    best: Span | None = None  # the span whose type the current union takes
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        last = out[-1] if out else None
        if last is None or s.start >= last.end:
            out.append(s)
            best = s
            continue
        assert best is not None
        if (s.end - s.start, s.score) > (best.end - best.start, best.score):
            best = s
        out[-1] = Span(best.type, last.start, max(last.end, s.end), max(last.score, s.score))
    return out


def _keep_only_ner(pipeline) -> None:
    """Disable every component NER does not need; add a cheap sentencizer."""
    keep = set(KEEP_PIPES)
    for name, component in pipeline.pipeline:  # e.g. a shared tok2vec/transformer that NER listens to
        if set(getattr(component, "listening_components", ())) & KEEP_PIPES:
            keep.add(name)
    pipeline.disable_pipes(*[n for n in pipeline.pipe_names if n not in keep])
    if "ner" in pipeline.pipe_names and "sentencizer" not in pipeline.pipe_names:
        _predict_from_arrays(pipeline.add_pipe("sentencizer", before="ner"))


def _predict_from_arrays(sentencizer) -> None:
    """Make the sentencizer's ``predict`` read each token's text and punctuation flag from one array per doc
    rather than from a Token object made per token: its own loop, step for step, so the same sentence starts,
    in a fifth of the time (it was 0.18 ms of a 1,000-character prompt)."""
    from spacy.attrs import IS_PUNCT, ORTH
    from spacy.strings import get_string_id

    punct = frozenset(sentencizer.punct_chars)
    ids = frozenset(map(get_string_id, punct))

    def predict(docs):
        if not any(len(doc) for doc in docs):
            return [[] for _ in docs]
        guesses = []
        for doc in docs:
            guess = [False] * len(doc)
            if len(doc) > 0:
                strings = doc.vocab.strings
                orths, puncts = doc.to_array([ORTH, IS_PUNCT]).T.tolist()
                start, seen_period = 0, False
                guess[0] = True
                for i, orth in enumerate(orths):
                    # (an id is a hash of the text: the text itself decides, as in spaCy's loop)
                    in_punct = orth in ids and strings[orth] in punct
                    if seen_period and not puncts[i] and not in_punct:
                        guess[start] = True
                        start = i
                        seen_period = False
                    elif in_punct:
                        seen_period = True
                if start < len(doc):
                    guess[start] = True
            guesses.append(guess)
        return guesses

    sentencizer.predict = predict


def _suffix_search_from_the_tail(tokenizer) -> None:
    """Make the tokenizer's suffix search start near the end of the string: the same matches, a tenth of the
    tokenizer's time on code and keys.

    spaCy's suffix regex is an alternation of branches that each end at the string's end (``$``); its
    ``search`` tries every position from the start, so a 100-character key cost 50 µs per call, and the
    tokenizer calls it again after each suffix it strips. A branch at most ``widest`` characters wide can only
    match in the last ``widest`` + 1 (``$`` also matches before a final newline); the search starts there,
    where lookbehinds still see the characters before it. A branch of unbounded width that is a run of one
    character (``\\.\\.+$``) may start earlier, but then covers the position just before the tail: where
    that character stands, the search runs from the start as before. Left alone when the regex has another
    shape, or when the tail search differs from the full one on a probe.
    """
    from re import _parser  # (the stdlib's own parser: what sre compiles from)

    search = tokenizer.suffix_search
    rx = getattr(search, "__self__", None)
    if not isinstance(rx, re.Pattern) or rx.flags & re.MULTILINE or search != rx.search:
        return
    try:
        tree = _parser.parse(rx.pattern, rx.flags)
    except re.error:
        return
    branches = tree[0][1][1] if len(tree) == 1 and tree[0][0] == _parser.BRANCH else [tree]
    widest, runs = 0, set()
    for branch in branches:
        items = list(branch)
        if not items or items[-1] not in ((_parser.AT, _parser.AT_END), (_parser.AT, _parser.AT_END_STRING)):
            return
        low, high = branch.getwidth()
        if high < _parser.MAXREPEAT:
            widest = max(widest, high)
            continue
        # (a run of one character: that character once or more, then the end)
        if len(items) != 3 or items[0][0] != _parser.LITERAL or items[1][0] != _parser.MAX_REPEAT:
            return
        _, top, inner = items[1][1]
        if top != _parser.MAXREPEAT or list(inner) != [items[0]]:
            return
        runs.add(chr(items[0][1]))
    back = widest + 1

    def tail_search(string: str, _search=rx.search, _runs=frozenset(runs)):
        pos = len(string) - back
        if pos <= 0 or string[pos - 1] in _runs:
            return _search(string)
        return _search(string, pos)

    probes = [*_WARM_UP.split(), "a..", "x....\n", "Pa$$w0rd!!", "10km.", "12°C.", "rock'n'roll's", "é…)",
              "sk-proj-" + "AbCd3" * 20 + '")', "." * 30, "a" + "." * 30, "x" * 40 + "...\n"]
    if all(_span(tail_search(p)) == _span(search(p)) for p in probes):
        tail_search.__self__ = rx  # (what spaCy serialises a tokenizer's suffix search by: its regex)
        tokenizer.suffix_search = tail_search


def _span(match) -> tuple[int, int] | None:
    return None if match is None else match.span()


# Words of dates, in prompts of every kind ("Friday", "March 05", "Sept"): names too ("June", "August"), so
# not among the common words.
_CALENDAR_WORDS = tuple(
    w for word in ("January February March April May June July August September October November December "
                   "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday "
                   "Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun").split()
    for w in (word, word.lower(), word.upper()))


def _warm_vocabulary(pipeline) -> None:
    """Give ordinary English words (lower case and capitalised) permanent lexemes and tokenizer cache entries.

    Analysis runs inside a memory zone (see ``_analyze_keyed``), where every word the vocabulary does not
    hold yet gets a lexeme built for that one request and freed after it; building them was a quarter of the
    model's time per request. Words held before the zone opens are only looked up. The tokenizer likewise
    caches how it split a whitespace-separated chunk only outside a zone, so inside one it split every chunk
    again with its prefix, suffix and infix rules; chunks it split here (ordinary and the language's stop
    words, the words of dates, numbers up to 9999 with or without leading zeros, punctuation) are looked
    up instead, the same tokens either way: a fifth of the tokenizer's time. Costs about 1.5 s at start and
    40 MB, bounded (unlike letting every request's words stay).
    """
    vocab = pipeline.vocab
    words = sorted(COMMON_WORDS | set(pipeline.Defaults.stop_words))
    for word in words:
        vocab[word]  # noqa: B018 (the lookup creates the lexeme)
        vocab[word.capitalize()]  # noqa: B018
    numbers = [str(i) for i in range(10_000)]  # (and with leading zeros: "07", "042", "0815")
    numbers += [str(i).zfill(n) for n in (2, 3, 4) for i in range(10 ** (n - 1))]
    chunks = [w for word in words for w in (word, word.capitalize())] + list(_CALENDAR_WORDS) + numbers
    chunks += [a + b for a in ("", *string.punctuation) for b in string.punctuation]
    tokenizer = pipeline.tokenizer
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, len(chunks) + 10_000)
    for i in range(0, len(chunks), 5000):  # outside any memory zone: the tokenizer keeps what it splits
        tokenizer(" ".join(chunks[i:i + 5000]))


# Lexeme attributes nothing here reads (the model's features are its embedding's attributes, NORM, PREFIX,
# SUFFIX and SHAPE in spaCy's pipelines; the sentencizer and the artifacts read IS_PUNCT, IS_STOP and LOWER).
_UNREAD_LEXEME_ATTRS = ("LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "IS_ASCII", "IS_QUOTE", "IS_LEFT_PUNCT",
                        "IS_RIGHT_PUNCT", "IS_CURRENCY", "IS_BRACKET", "LANG")


def _lean_lexemes(pipeline) -> None:
    """Stop computing, for every word a request brings that the vocabulary does not hold, the lexeme
    attributes nothing reads (``_UNREAD_LEXEME_ATTRS``, less any the pipeline's config names as a feature):
    ten Python calls a new word, a sixth of the tokenizer's time on prompts full of names, numbers and keys.
    The tokens, and so the entities, are the same."""
    from spacy.attrs import IDS

    def names(node) -> set[str]:
        if isinstance(node, dict):
            return set().union(*map(names, node.values())) if node else set()
        if isinstance(node, list | tuple):
            return set().union(*map(names, node)) if node else set()
        return {node} if isinstance(node, str) else set()

    used = names(dict(pipeline.config.get("components", {})))
    unread = {IDS[name] for name in _UNREAD_LEXEME_ATTRS if name not in used}
    getters = pipeline.vocab.lex_attr_getters
    pipeline.vocab.lex_attr_getters = {attr: get for attr, get in getters.items() if attr not in unread}


_ZERO_DROPOUT = "aiwarden_dropout_is_zero"  # a model attribute: its dropout rates are all 0.0


def _skip_dropout_resets(pipeline) -> None:
    """Make the NER's parse stop setting its model's dropout rates to 0.0 on every call when they are 0.0
    already: ``greedy_parse`` walks the model's 68 nodes to do so, 60 µs per NER call (twice for a text the
    second look reads again), and nothing in this process sets them to anything else. The rates are set to
    0.0 here once and the model marked; a call with another rate (training) still walks the model, and
    unmarks it. (At prediction the rates do nothing anyway: thinc's dropout and hash embedding and spaCy's
    static vectors apply them only in training.)"""
    import spacy.pipeline.transition_parser as parser
    from thinc.api import set_dropout_rate

    if "ner" not in pipeline.pipe_names:
        return
    model = pipeline.get_pipe("ner").model
    set_dropout_rate(model, 0.0)
    model.attrs[_ZERO_DROPOUT] = True
    if getattr(parser.set_dropout_rate, "__wrapped__", None) is set_dropout_rate:
        return  # (installed already, by another pipeline)

    def set_once(model, drop, attrs=["dropout_rate"]):  # noqa: B006 (thinc's own signature)
        if drop == 0.0 and attrs == ["dropout_rate"] and model.attrs.get(_ZERO_DROPOUT):
            return model
        model.attrs.pop(_ZERO_DROPOUT, None)
        return set_dropout_rate(model, drop, attrs)

    set_once.__wrapped__ = set_dropout_rate
    parser.set_dropout_rate = set_once


def _use_numpy_blas(pipeline) -> None:
    """Run the pipeline's networks on numpy's BLAS instead of thinc's bundled blis.

    On this class of CPU the bundled blis gemm is several times slower than single-threaded OpenBLAS for the
    NER model's small matrices; the results are the same to float precision. Only worth it when OpenBLAS
    can be held to one thread (see ``_one_blas_thread``): multi-threaded, it is slower than blis.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in pipeline.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


class EmbedCache:
    """The NER's token embeddings, remembered per token: a quarter of the model's time on a prompt.

    The first block of the NER's tok2vec embeds each token on its own: hash embeddings of its NORM, PREFIX,
    SUFFIX and SHAPE and the static vector of its ORTH, mixed by a maxout layer and normalised. Only the
    encoder after it looks at neighbours. So a token seen before (the same five attributes) gets the row the
    block gave it then, and the block runs only on the tokens not seen yet. The rows are the same bits as
    the block's own: every operation is row by row, and OpenBLAS computes a row of a product the same way
    whatever the other rows, once the product has ``MIN_ROWS`` rows or more (below that it takes a small-
    matrix path that rounds differently): a call with fewer tokens runs the block as it is, and the tokens
    not seen yet are computed padded to that many rows. ``verified`` checks this on the running BLAS; the
    cache is not used where it fails. Holds at most ``ROWS`` tokens, then starts again (19 MB at width 96).
    Not locked: the pipeline is one scrubber's, which runs one analysis at a time (``Scrubber._serial``).
    """

    ROWS = 50_000
    MIN_ROWS = 32

    def __init__(self, embed, vocab) -> None:
        import numpy
        from spacy.attrs import IDS, ORTH

        concat, mix, _ = embed.layers
        features, static = concat.layers
        self._embed, self._original = embed, embed._func
        self._hash = features.layers[2].layers[0]  # with_array(concatenate(hashembed, ...))'s layer
        self._static, self._mix = static, mix.layers[0]  # with_array(maxout>>layernorm>>dropout)'s layer
        self._vectors = vocab.vectors
        self._columns = [getattr(vocab.vectors, "attr", ORTH)] + [
            IDS[c] if isinstance(c, str) else c for c in features.layers[0].attrs["columns"]]
        self._numpy = numpy
        self._table = numpy.empty((self.ROWS, embed.get_dim("nO")), dtype="float32")
        self._index: dict[tuple, int] = {}

    @classmethod
    def of(cls, pipeline) -> "EmbedCache | None":
        """The cache for ``pipeline``'s NER, when its embedding block has the shape of spaCy's
        ``MultiHashEmbed`` with static vectors (the md and lg models) and the vectors are a plain table."""
        from spacy.vectors import Mode

        try:
            embed = pipeline.get_pipe("ner").model.get_ref("tok2vec").layers[0].layers[0]
            names = [layer.name for layer in embed.layers]
            features, static = embed.layers[0].layers
            ok = (len(names) == 3 and names[1].startswith("with_array(maxout>>layernorm")
                  and names[2] == "ragged2list" and static.name == "static_vectors"
                  and [layer.name for layer in features.layers][:2] == ["extract_features", "list2ragged"]
                  and features.layers[2].name.startswith("with_array(")
                  and getattr(pipeline.vocab.vectors, "mode", None) == Mode.default)
        except (AttributeError, KeyError, ValueError, IndexError):
            return None
        return cls(embed, pipeline.vocab) if ok else None

    def install(self) -> None:
        self._embed._func = self._forward

    def verified(self, docs) -> bool:
        """Whether the cached rows equal the block's own on ``docs`` (one with ``MIN_ROWS`` tokens or more),
        computed from an empty cache, then half full, then full; the cache holds their tokens after."""
        np = self._numpy
        doc = max(docs, key=len)
        if len(doc) < 2 * self.MIN_ROWS:
            return False
        want = self._original(self._embed, [doc], is_train=False)[0][0]
        keys = self._keys(doc)
        self._index.clear()
        got = [self._rows(doc, keys[::2])]  # about half the tokens: fewer rows than the doc, padded
        got.append(self._rows(doc, keys))
        got.append(self._rows(doc, keys))
        return (np.array_equal(got[0], want[::2]) and np.array_equal(got[1], want)
                and np.array_equal(got[2], want))

    def _keys(self, doc) -> list[tuple]:
        return list(map(tuple, doc.to_array(self._columns).tolist()))

    def _forward(self, model, docs, is_train: bool):
        if is_train or sum(len(doc) for doc in docs) < self.MIN_ROWS:
            return self._original(model, docs, is_train)
        return [self._rows(doc, self._keys(doc)) for doc in docs], lambda d_out: []

    def _rows(self, doc, keys: list[tuple]):
        index = self._index
        rows = [index.get(k, -1) for k in keys]
        if -1 in rows:
            new = list(dict.fromkeys(k for k, r in zip(keys, rows, strict=True) if r < 0))
            if len(index) + len(new) > self.ROWS:
                index.clear()
                rows = [-1] * len(keys)
                new = list(dict.fromkeys(keys))
            at = len(index)
            self._table[at:at + len(new)] = self._computed(doc, new)
            for i, k in enumerate(new, at):
                index[k] = i
            rows = [index[k] for k in keys]
        return self._table[rows]

    def _computed(self, doc, keys: list[tuple]):
        """The block's rows for tokens with these attributes (``_columns``), padded to ``MIN_ROWS``."""
        np, ops = self._numpy, self._static.ops
        padded = keys + [keys[0]] * (self.MIN_ROWS - len(keys))
        attrs = np.array(padded, dtype="uint64")
        hashed = self._hash.predict(ops.asarray2i(np.ascontiguousarray(attrs[:, 1:]), dtype="uint64"))
        # StaticVectors' forward, for plain (Mode.default) tables
        rows = self._vectors.find(keys=np.ascontiguousarray(attrs[:, 0]))
        vectors = ops.as_contig(ops.asarray(self._vectors.data)[rows])
        static = ops.gemm(vectors, ops.as_contig(self._static.get_param("W")), trans2=True)
        static[rows < 0] = 0
        return self._mix.predict(ops.xp.hstack([hashed, static]))[:len(keys)]


def _cache_embeddings(pipeline, one_blas_thread) -> None:
    """Install an ``EmbedCache`` on ``pipeline``'s NER if it has the expected shape and, checked here on the
    running BLAS, gives the same rows as the model."""
    cache = EmbedCache.of(pipeline)
    if cache is None:
        return
    with one_blas_thread():
        doc = pipeline.make_doc(" ".join([_WARM_UP, *sorted(pipeline.Defaults.stop_words)]))
        if cache.verified([doc]):
            cache.install()
        else:
            log.info("token embeddings are not cached: this BLAS rounds them differently by batch size")


def _one_blas_thread():
    """A context manager holding OpenBLAS to one thread, or None when threadpoolctl is not installed.

    Threads do not pay off for matrices this small, and on a shared box they spin against other work.
    """
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    blas = ThreadpoolController().select(user_api="blas")
    libs = tuple(blas.lib_controllers) if blas else ()
    return (lambda: _OneBlasThread(libs)) if libs else None


class _OneBlasThread:
    """What threadpoolctl's ``limit(limits=1)`` does (each library's ``set_num_threads``, the number before
    restored on exit), without its bookkeeping: it took 45 µs of every request."""

    __slots__ = ("_libs", "_before")

    def __init__(self, libs) -> None:
        self._libs, self._before = libs, ()

    def __enter__(self) -> None:
        self._before = tuple(lib.get_num_threads() for lib in self._libs)
        for lib, n in zip(self._libs, self._before, strict=True):
            if n is not None and n != 1:
                lib.set_num_threads(1)

    def __exit__(self, *exc) -> None:
        for lib, n in zip(self._libs, self._before, strict=True):
            if n is not None and n != 1:
                lib.set_num_threads(n)


def _yield_to(spans: list[Span]) -> list[Span]:
    """Drop spans whose value another type explains better (``YIELDS``), before overlaps are resolved."""
    if not {YIELDS.get(s.type) for s in spans} & {s.type for s in spans}:
        return spans
    return [s for s in spans if not any(o.type == YIELDS.get(s.type) and o.start < s.end and s.start < o.end
                                        for o in spans)]


def _mapped_back(spans: list[Span], copy: Normalized) -> list[Span]:
    """Spans of a detection copy as spans of the original text."""
    if copy.origin is None:
        return spans
    return [Span(s.type, *copy.span(s.start, s.end), s.score) for s in spans]


def windows(length: int, text: str, window: int = WINDOW, overlap: int = OVERLAP) -> list[tuple[int, int]]:
    """Overlapping [start, end) windows covering ``text``, cut at whitespace where possible."""
    if length <= window:
        return [(0, length)]
    out, start = [], 0
    while True:
        end = min(start + window, length)
        if end < length:
            cut = max(text.rfind(" ", start + window // 2, end), text.rfind("\n", start + window // 2, end))
            end = cut if cut > start else end
        out.append((start, end))
        if end >= length:
            return out
        start = max(end - overlap, start + 1)


def _groups(keys: list, sizes: list[int], limit: int) -> list[list]:
    """``keys`` in consecutive groups of at most ``limit`` characters (at least one key each)."""
    out: list[list] = [[]]
    total = 0
    for key, size in zip(keys, sizes, strict=True):
        if out[-1] and total + size > limit:
            out.append([])
            total = 0
        out[-1].append(key)
        total += size
    return [g for g in out if g]


def _term_spans(text: str, terms: Sequence[str], type_: str) -> list[Span]:
    if not terms:
        return []
    rx = re.compile("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t in sorted(terms, key=len, reverse=True)),
                    re.IGNORECASE)
    return [Span(type_, m.start(), m.end(), 1.0) for m in rx.finditer(text)]


def scrubber_from(settings) -> "Scrubber":
    """The one way the CLI and the proxy's scrub workers build a scrubber from settings (``Settings`` or
    ``ModelSettings``): the first language's model, the other languages' models, nothing else."""
    s = settings if isinstance(settings, ModelSettings) else ModelSettings.of(settings)
    return Scrubber(model=s.spacy_model, languages=s.languages, models=dict(s.spacy_models),
                    pattern_process=s.pattern_process)


class Scrubber:
    """Built once (loading the model is slow); ``scrub`` is then safe to call for every request."""

    def __init__(self, model: str = DEFAULT_MODEL, languages: Sequence[str] = ("en",),
                 entities: Sequence[str] = DEFAULT_ENTITIES, models: dict[str, str] | None = None,
                 pattern_process: bool | None = None) -> None:
        """``model`` serves ``languages[0]``; ``models`` names the spaCy model of each other language.

        Text in a language without a model is still scrubbed by every pattern recognizer (no NER).
        ``pattern_process``: run the pattern recognizers (and, with one model, the language detection) in a
        second process, alongside the model (``scrubber.pattern_process``); None: when this process may use
        two cores or more (affinity and a container's CPU limit counted).
        """
        use_bundled_suffix_list()
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import SpacyNlpEngine

        self.languages = tuple(languages)
        self.language = self.languages[0]
        self.entities = list(entities)
        if pattern_process is None:
            pattern_process = usable_cpus() >= 2
        # Started first: it builds its recognizers while this process loads the model.
        self._pattern_process = (PatternProcess(self.language, self.entities, _WARM_UP, CONTEXT_BOOST_BELOW)
                                 if pattern_process else None)
        by_lang = {**(models or {}), self.language: model}
        if missing := [lang for lang in self.languages if lang not in by_lang]:
            raise ModelLoadError(f"no spaCy model configured for language(s) {', '.join(missing)}")
        try:
            nlp = presidio_tuning.lean_engine_class(SpacyNlpEngine, tidy)(
                models=[{"lang_code": lang, "model_name": resolve_model(by_lang[lang])}
                        for lang in self.languages])
            nlp.load()
            self._one_blas_thread = _one_blas_thread()
            for pipeline in nlp.nlp.values():
                _keep_only_ner(pipeline)
                _suffix_search_from_the_tail(pipeline.tokenizer)  # (before the cache is warmed)
                _lean_lexemes(pipeline)
                _warm_vocabulary(pipeline)
                _skip_dropout_resets(pipeline)
                if self._one_blas_thread:
                    _use_numpy_blas(pipeline)
                    _cache_embeddings(pipeline, self._one_blas_thread)
        except (OSError, ImportError, ValueError) as exc:
            raise ModelLoadError(
                f"cannot load spaCy model {model!r}: install its package (see README) "
                f"or set AIWARDEN_SPACY_MODEL ({type(exc).__name__})"
            ) from exc
        # Recognizers are registered once, for the default language, and run on every text whatever its
        # language; only the NER artifacts come from the text's own model.
        registry, self.supported = build_registry(self.language, self.entities, nlp)
        nlp.keep_only(self.supported)
        presidio_tuning.remember_recognizers(registry)
        self.analyzer = presidio_tuning.lean_analyzer_class(AnalyzerEngine)(
            registry=registry, nlp_engine=nlp, supported_languages=[self.language],
            context_aware_enhancer=presidio_tuning.lean_context_enhancer(CONTEXT_BOOST_BELOW))
        self._text_recognizers = text_recognizers(registry, self.language, self.supported)
        self._by_name = {r.name: r for r in self._text_recognizers}
        self._precomputed = threading.local()
        self._serial = threading.RLock()  # (re-entered: a long text's windows are analysed through it again)
        self._pattern_thread = ThreadPoolExecutor(1, thread_name_prefix="aiwarden-patterns")
        presidio_tuning.answer_from_precomputed(self._text_recognizers, self._precomputed)
        self._detector = LanguageDetector(self.language)
        self._pipelines = list(nlp.nlp.values())
        # Conversations re-send their history on every turn: remember the spans found per text segment
        # (keyed by a hash of the text, so the cache holds offsets, not the text itself).
        self._cache: OrderedDict[tuple, tuple[str, list[Span]]] = OrderedDict()
        # Warm up every lazy part (regex compilation, the suffix list, spaCy's first batch), so the first
        # real request is as fast as the tenth.
        if self._pattern_process is not None:
            self._pattern_process.wait_ready(PATTERN_PROCESS_START_SECONDS, sorted(self._by_name))
            self._local_patterns([_WARM_UP])  # this process runs some of them too (``_steal``)
        warm.compile_patterns(self._text_recognizers)  # (those whose hint the warm-up text lacks)
        warm.read_lists()  # (read on first use by rarer paths than the warm-up text takes)
        self.scrub([_WARM_UP])
        self._cache.clear()
        regex_cache.settle()  # start-up's patterns stored for the next start
        # The loading's garbage is collected now rather than by the first requests' collections (a first
        # young-generation collection took 2-3 ms, where later ones take 0.15), and what survives is old.
        gc.collect()

    @property
    def pattern_process_alive(self) -> bool:
        """Whether the pattern recognizers run in the second process (else in this one)."""
        return self._pattern_process is not None and self._pattern_process.alive

    def close(self) -> None:
        """Stop the second process, if any (it also stops when this process exits)."""
        if self._pattern_process is not None:
            self._pattern_process.close()

    def prepare(self, texts: Sequence[str], options: ScrubOptions | None = None) -> dict[CacheKey, Analysis]:
        """Analyse ``texts`` now so a later ``scrub`` of them is a cache hit (e.g. an answer just restored,
        which the client will send back as history on its next turn). Same options as that later call.

        Returns the analyses by cache key, so a caller with several scrubbers (worker processes) can hand
        them to whichever one gets the later call (``scrub(..., known=...)``)."""
        return {k: a for k, a in self._analyze_keyed(texts, options or ScrubOptions()) if k is not None}

    def analyze(self, text: str, options: ScrubOptions | None = None) -> list[Span]:
        """Non-overlapping entity spans in ``text``, after allow and deny terms."""
        return self.analyze_many([text], options)[0][1]

    def analyze_many(
        self, texts: Sequence[str], options: ScrubOptions | None = None
    ) -> list[tuple[str, list[Span]]]:
        """(language, spans) for each text; uncached texts of one language go through spaCy as one batch."""
        return [a for _, a in self._analyze_keyed(texts, options or ScrubOptions())]

    def _analyze_keyed(self, texts: Sequence[str], options: ScrubOptions) -> list[Keyed]:
        """(cache key, analysis) for each text; the key is None for texts that are not ``shareable``.

        One call at a time: spaCy's memory zones, the caches and the second process serve one request, so a
        scrubber shared by threads analyses their texts in turn (the proxy gives each worker process its own).
        """
        with self._serial:
            return self._analyze_keyed_serially(texts, options)

    def _analyze_keyed_serially(self, texts: Sequence[str], options: ScrubOptions) -> list[Keyed]:
        if any(len(t) > WINDOW for t in texts):
            return [(None, self._analyze_long(t, options)) if len(t) > WINDOW
                    else self._analyze_keyed([t], options)[0] for t in texts]
        keys = [cache_key(t, options) for t in texts]
        todo = {k: t for k, t in zip(keys, texts, strict=True) if k not in self._cache and t.strip()}
        if todo:
            try:
                with contextlib.ExitStack() as stack:
                    if self._one_blas_thread:
                        stack.enter_context(self._one_blas_thread())
                    # Every new word would otherwise stay in the vocabularies for the life of the process
                    # (ids, hashes, random tokens: tens of MB per thousand requests); spaCy frees what a
                    # memory zone added when it closes. No Doc or Token outlives the zone: spans are copied.
                    for pipeline in self._pipelines:
                        stack.enter_context(pipeline.memory_zone())
                    self._analyze_todo(todo, options)
            except ScrubberError:
                raise
            except Exception as exc:  # Presidio and spaCy raise many types; never echo the text
                raise ScrubberError(f"analysis failed ({type(exc).__name__})") from exc
        out: list[Keyed] = []
        for key, text in zip(keys, texts, strict=True):
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
            # A blank text has nothing to find (and is never cached).
            out.append((key if shareable(text) else None, found or (self.language, [])))
        return out

    def _analyze_todo(self, todo: dict[tuple, str], options: ScrubOptions) -> None:
        # Detection runs on a copy without pasted odd separators (``normalize``); spans map back at the end.
        copies = {key: normalize(text) for key, text in todo.items()}
        # Every text goes to the pattern process first, from this thread: it looks at each text's casing
        # (``second_look``), runs the pattern recognizers and detects each text's language while this process
        # runs the model, then runs those it has not reached (a thread here would wait for the GIL to send).
        process = self._pattern_process
        sent = process is not None and process.start([c.text for c in copies.values()])
        remote: dict[tuple, tuple[dict[str, list], str]] | None = None
        looks: dict[tuple, tuple[str, bool] | None] | None = None
        # With one model, every text goes through it whatever its language, which only matters afterwards
        # (``tidy``, the result): the pattern process tells it. With several, the language picks the model.
        detected = ({key: self._detector.detect(copy.text) for key, copy in copies.items()}
                    if len(self.languages) > 1 else {})
        by_lang: dict[str | None, list[tuple]] = {}
        for key in copies:
            by_lang.setdefault(detected.get(key), []).append(key)
        nlp_engine = self.analyzer.nlp_engine
        try:
            for group_lang, keys in by_lang.items():
                # Every text gets name NER: its own language's model, else the default one (it still finds
                # most names and places in other Latin-script languages; patterns alone find none).
                model_lang = group_lang if group_lang in self.languages else self.language
                for group in _groups(keys, [len(todo[k]) for k in keys], GROUP_CHARS):
                    texts = [copies[k].text for k in group]
                    # Without the second process the pattern recognizers run on a second thread while
                    # spaCy works here (its matrix code releases the GIL), then Presidio takes their results.
                    here = not sent and remote is None
                    local = self._pattern_thread.submit(self._local_patterns, texts) if here else None
                    pipeline = nlp_engine.nlp[model_lang]
                    # (one text: the components called on its doc, without pipe's batching generators)
                    docs = ([pipeline(texts[0])] if len(texts) == 1
                            else list(pipeline.pipe(texts, batch_size=8)))
                    if sent and looks is None:  # the second process's, for every text sent ({}: none)
                        theirs = process.looks([c.text for c in copies.values()])
                        looks = dict(zip(copies, theirs, strict=True)) if theirs is not None else {}
                    extra = self._second_look(texts, model_lang, [looks[k] for k in group] if looks else None)
                    # The recognizers the second process has not reached run here too; then the NER results
                    # are built while it ends the one it runs (which this process would otherwise wait for),
                    # for the language the text is most likely in (with one model: the model's own), built
                    # again if that was wrong.
                    stolen = self._steal([c.text for c in copies.values()]) if sent else None
                    guess = group_lang or model_lang
                    artifacts = [nlp_engine.artifacts(doc, model_lang, guess != model_lang) for doc in docs]
                    if sent:
                        sent = False
                        remote = self._collect(list(copies), [c.text for c in copies.values()], stolen)
                    if remote is not None:
                        patterns = [remote[k][0] for k in group]
                        langs = [remote[k][1] for k in group]
                    else:
                        patterns = local.result() if local is not None else self._local_patterns(texts)
                        langs = [group_lang or self._detector.detect(t) for t in texts]
                    for key, text, doc, nlp_artifacts, found, more, lang in zip(
                            group, texts, docs, artifacts, patterns, extra, langs, strict=True):
                        if (lang != model_lang) != (guess != model_lang):
                            nlp_artifacts = nlp_engine.artifacts(doc, model_lang, lang != model_lang)
                        self._precomputed.results = found
                        try:
                            spans = self._analyze_one(text, options, nlp_artifacts, more)
                        finally:
                            self._precomputed.results = None
                        self._remember(key, (lang, _mapped_back(spans, copies[key])))
        finally:
            if sent:  # failed before the answer was taken: take it, so the next request's is in step
                assert process is not None
                process.collect([c.text for c in copies.values()])

    def _second_look(self, texts: list[str], lang: str,
                     looks: list[tuple[str, bool] | None] | None = None) -> list[list[Span]]:
        """Names and places NER finds in a case-normalised copy of texts written in lower or upper case,
        or holding a known name in lower case (``scrubber.casing``); the copy has the text's offsets.
        ``looks``: each text's ``second_look``, when the second process made them."""
        looks = [second_look(t) for t in texts] if looks is None else looks
        wanted = [(i, look) for i, look in enumerate(looks) if look is not None]
        out: list[list[Span]] = [[] for _ in texts]
        if not wanted:
            return out
        pipeline = self.analyzer.nlp_engine.nlp[lang]
        for (i, (copy, whole)), doc in zip(wanted, pipeline.pipe([c for _, (c, _) in wanted]), strict=True):
            for ent in doc.ents:
                type_ = SECOND_LOOK_LABELS.get(ent.label_)
                if not type_:
                    continue
                # a name never runs across a line: "printer pin pls\nben: 2580" is two pieces, each judged,
                # less the ordinary words the copy left in lower case at its edges ("Karim Abi merhaba")
                for line in _LINE.finditer(ent.text):
                    part = cased_part(copy, ent.start_char + line.start(), ent.start_char + line.end())
                    if part is None:
                        continue
                    span = Span(type_, *part, SECOND_LOOK_SCORE)
                    if plausible(span, copy) and (whole or known_name_in(texts[i], span.start, span.end)):
                        out[i].append(span)
        return out

    def _pattern_results(self, texts: list[str]) -> list[dict[str, list]]:
        """For each text: recognizer id → what that (text-only) recognizer finds; in the second process
        when it can answer, else here (same recognizers, same results)."""
        found = self._pattern_process.find(texts) if self._pattern_process is not None else None
        return self._local_patterns(texts) if found is None else found

    def _steal(self, texts: list[str]) -> list[dict[str, list]]:
        """While the second process works on ``texts`` (sent by ``PatternProcess.start``): run the recognizers
        it has not reached yet here, from the end of its list (``PatternProcess.steal``); for each text,
        recognizer id → what it found here (``_collect`` adds the rest)."""
        stolen: list[dict[str, list]] = [{} for _ in texts]

        def run(i: int, name: str) -> None:
            recognizer = self._by_name[name]
            stolen[i][recognizer.id] = recognizer.find(texts[i], self.supported, None)

        if self._pattern_process is not None:
            self._pattern_process.steal(run)
        return stolen

    def _collect(self, keys: list[tuple], texts: list[str], stolen: list[dict[str, list]] | None = None
                 ) -> dict[tuple, tuple[dict[str, list], str]] | None:
        """The second process's answer to ``texts`` (sent by ``PatternProcess.start``) by cache key: pattern
        results (with those ``stolen`` here, see ``_steal``; without it, this runs ``_steal`` first) and
        language; None when it could not answer."""
        process = self._pattern_process
        if process is None:
            return None
        try:
            if stolen is None:
                stolen = self._steal(texts)
        finally:  # taken even when a recognizer failed here, so the next request's answer is in step
            answer = process.collect(texts)
        if answer is None:
            return None
        found, langs = answer
        found = [{**theirs, **mine} for theirs, mine in zip(found, stolen, strict=True)]
        return dict(zip(keys, zip(found, langs, strict=True), strict=True))

    def _local_patterns(self, texts: list[str]) -> list[dict[str, list]]:
        return [{r.id: r.find(text, self.supported, None) for r in self._text_recognizers} for text in texts]

    def _analyze_long(self, text: str, options: ScrubOptions) -> tuple[str, list[Span]]:
        bounds = windows(len(text), text, WINDOW, OVERLAP)
        parts = self.analyze_many([text[a:b] for a, b in bounds], options)
        shifted = [Span(s.type, s.start + a, s.end + a, s.score)
                   for (a, _), (_, spans) in zip(bounds, parts, strict=True) for s in spans]
        return parts[0][0], resolve_overlaps(shifted)  # an entity inside an overlap is found twice: one

    def _remember(self, key: tuple, found: tuple[str, list[Span]]) -> None:
        self._cache[key] = found
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def _analyze_one(self, text: str, options: ScrubOptions, nlp_artifacts,
                     more: Sequence[Span] = ()) -> list[Span]:
        found = self.analyzer.analyze(text=text, language=self.language, entities=self.supported,
                                      score_threshold=options.score_threshold, nlp_artifacts=nlp_artifacts)
        spans = [Span(r.entity_type, r.start, r.end, float(r.score)) for r in found]
        spans = _yield_to([s for s, r in zip(spans, found, strict=True)
                           if not presidio_tuning.from_ner(r) or plausible(s, text)])
        spans += [s for s in more if s.type in self.supported]
        spans = not_alone_words(text, not_products(text, not_firms(text, not_people(text, spans))))
        if options.allow_terms:
            allowed = _term_spans(text, options.allow_terms, "ALLOW")
            spans = [s for s in spans if not any(a.start <= s.start and s.end <= a.end for a in allowed)]
        spans += _term_spans(text, options.deny_terms, DENY_TERM_TYPE)
        spans = whole_words(text, assemble(text, merge_same_type(spans)))
        spans = dates_beside_people(text, repeated_names(text, listed_people(text, spans)))
        return initials_of_people(text, not_topics(text, resolve_overlaps(repeated_values(text, spans))))

    def scrub(self, texts: Sequence[str], options: ScrubOptions | None = None,
              known: dict[CacheKey, Analysis] | None = None) -> ScrubResult:
        """Replace entities in every text; one vault for all, so equal values share a placeholder.

        ``known``: analyses of some of the texts made earlier (by this or another scrubber, see ``prepare``
        and ``ScrubResult.analyses``); those texts are not analysed again.
        """
        options = options or ScrubOptions()
        texts = list(texts)
        for key, found in (known or {}).items():
            self._remember(key, found)
        vault = Vault(reserved=Vault.reserved_in(texts))
        out_texts: list[str] = []
        out_entities: list[list[Entity]] = []
        languages: list[str] = []
        keyed = self._analyze_keyed(texts, options)
        for text, (_, (lang, spans)) in zip(texts, keyed, strict=True):
            languages.append(lang)
            pieces: list[str] = []
            entities: list[Entity] = []
            pos = 0
            for s in spans:
                action = options.action_for(s.type)
                value = text[s.start:s.end]
                if action == "pseudonymize":
                    replacement = vault.placeholder(s.type, value)
                elif action == "mask":
                    replacement = f"<{s.type}>"
                else:  # allow keeps the value; block keeps it too, and the caller refuses the request
                    replacement = value
                pieces += [text[pos:s.start], replacement]
                pos = s.end
                entities.append(Entity(s.type, s.start, s.end, s.score,
                                       replacement if replacement != value else "", action))
            pieces.append(text[pos:])
            out_texts.append("".join(pieces))
            out_entities.append(entities)
        analyses = {k: a for k, a in keyed if k is not None}
        return ScrubResult(out_texts, out_entities, vault.mapping, languages, self.languages, analyses)
