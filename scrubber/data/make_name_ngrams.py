"""Regenerate ``name_ngrams.tsv``: a character n-gram model of how much a word looks like a person's name.

    .venv/bin/python -m scrubber.data.make_name_ngrams

Naive Bayes over the character 2- to 4-grams of a folded, lower-case word framed by ``^`` and ``$``, trained
on the name lists already shipped here (``census_given.txt``, ``census_surnames.txt`` — US Census 1990, public
domain — and the hand-compiled ``world_names.txt``, ``given_names.txt``, ``surnames.txt``, public domain)
against ordinary words (``common_words.txt``, ``foreign_common_words.txt``). Names that are also ordinary
words are left out of both sides. Each class's n-gram frequencies are normalised on their own (no class
prior), so the score is a log-likelihood ratio: above 0 the word is more name-like than word-like. Only
n-grams seen at least ``_MIN_COUNT`` times with a weight of at least ``_SMALLEST`` are kept; any other
counts 0. Prints the held-out accuracy
(every tenth word of each class held out).
"""

import math
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
_MIN_COUNT = 4
_SMALLEST = 0.2  # weights nearer 0 are left out (counted 0): a smaller file, the same answers nearly
_FOLD = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "ð": "d",
                       "þ": "th"})


def fold(word: str) -> str:
    """Lower case, without diacritics, letters only ("Wójcik" → "wojcik")."""
    word = word.lower().translate(_FOLD)
    word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return "".join(c for c in word if c.isalpha())


def grams(word: str) -> list[str]:
    """The 2- to 4-grams of ``^word$`` (``word`` folded already)."""
    w = f"^{word}$"
    return [w[i:i + n] for n in (2, 3, 4) for i in range(len(w) - n + 1)]


def _list(name: str) -> set[str]:
    lines = (HERE / name).read_text("utf-8").splitlines()
    return {w for line in lines if line and not line.startswith(("#", "[")) for w in line.split()}


def _classes() -> tuple[list[str], list[str]]:
    words = {fold(w) for w in _list("common_words.txt") | _list("foreign_common_words.txt")}
    names = {fold(part) for w in _list("census_given.txt") | _list("census_surnames.txt")
             | _list("world_names.txt") | _list("given_names.txt") | _list("surnames.txt")
             for part in w.split("-")}
    both = words & names
    return sorted(n for n in names - both if len(n) > 2), sorted(w for w in words - both if len(w) > 2)


def _counts(words: list[str]) -> Counter:
    c: Counter = Counter()
    for w in words:
        c.update(grams(w))
    return c


def train(names: list[str], words: list[str]) -> dict[str, float]:
    cn, cw = _counts(names), _counts(words)
    vocab = [g for g in cn.keys() | cw.keys() if cn[g] + cw[g] >= _MIN_COUNT]
    tn, tw, v = sum(cn.values()), sum(cw.values()), len(vocab)
    model = {g: math.log((cn[g] + 1) / (tn + v)) - math.log((cw[g] + 1) / (tw + v)) for g in vocab}
    return {g: w for g, w in model.items() if abs(w) >= _SMALLEST}


def score(model: dict[str, float], word: str) -> float:
    """Mean log-likelihood ratio per n-gram of ``word`` (folded)."""
    gs = grams(word)
    return sum(model.get(g, 0.0) for g in gs) / len(gs)


def main() -> None:
    names, words = _classes()
    held_n, held_w = names[::10], words[::10]
    model = train([n for i, n in enumerate(names) if i % 10], [w for i, w in enumerate(words) if i % 10])
    for cut in (-0.2, 0.0, 0.2, 0.4):
        rn = sum(score(model, n) > cut for n in held_n) / len(held_n)
        fw = sum(score(model, w) > cut for w in held_w) / len(held_w)
        print(f"held out, cut {cut:+.1f}: names above {rn:.3f}, ordinary words above {fw:.3f}")
    model = train(names, words)
    rows = "".join(f"{g}\t{model[g]:.2f}\n" for g in sorted(model))
    (HERE / "name_ngrams.tsv").write_text(
        "# Character 2-4-gram log-likelihood ratios, name vs ordinary word (naive Bayes, ^word$ folded to"
        "\n# ASCII). Trained by make_name_ngrams.py on census_given.txt, census_surnames.txt (US Census 1990,"
        "\n# public domain), world_names.txt, given_names.txt, surnames.txt (hand-compiled, public domain)"
        "\n# against common_words.txt (Debian/SCOWL word lists filtered with wordfreq: make_common_words.py)"
        "\n# and foreign_common_words.txt (hand-compiled, public domain). Only weights, no word of any list."
        "\n# Read by scrubber/recognizers/name_likeness.py.\n"
        + rows, "utf-8")
    print(f"{len(model)} n-grams from {len(names)} names and {len(words)} ordinary words")


if __name__ == "__main__":
    main()
