"""SECRET recall and false positives of the custom recognizers on the third-party fixtures.

Run: ``.venv/bin/python -m tests.scrubber.recognizer_eval [--misses] [--fps]`` from the repo root.
The fixtures hold the sources' fake test values only; printing them (``--misses``) is a dev aid.
"""

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from scrubber.recognizers import custom_recognizers
from scrubber.recognizers._base import SECRET, looks_like_placeholder

FIXTURES = Path("/work/shared/benchmarks/external")
FILES = ("gitleaks_rules.jsonl", "detect_secrets_tests.jsonl")
THRESHOLD = 0.5  # the scrubber's default score threshold


@dataclass
class Score:
    """Counts for one fixture file."""

    gold: int = 0
    hit_any: int = 0  # some of the gold value was masked
    hit_strict: int = 0  # at least 80% of its characters were masked
    gold_real: int = 0  # gold values that are not themselves placeholders (xxxx, EXAMPLE, all-same)
    hit_real: int = 0
    negatives: int = 0
    negatives_flagged: int = 0
    extra: int = 0  # predicted SECRET spans on positive texts that touch no gold span
    misses: list[str] = field(default_factory=list)
    fps: list[str] = field(default_factory=list)


def secret_spans(text: str, recognizers) -> list[tuple[int, int]]:
    """SECRET spans at or above the threshold from all custom recognizers (no NLP, no context boost)."""
    spans = []
    for r in recognizers:
        for res in r.analyze(text, [SECRET], None):
            if res.entity_type == SECRET and res.score >= THRESHOLD:
                spans.append((res.start, res.end))
    return spans


def evaluate(path: Path, recognizers) -> Score:
    """Score one JSONL fixture file."""
    score = Score()
    for line in path.read_text().splitlines():
        rec = json.loads(line)
        text, spans = rec["text"], [s for s in rec["spans"] if s["type"] == SECRET]
        pred = secret_spans(text, recognizers)
        if not rec["spans"]:
            score.negatives += 1
            if pred:
                score.negatives_flagged += 1
                score.fps.append(f"{rec['id']}: {text[:160]!r} -> {[text[a:b][:60] for a, b in pred]}")
            continue
        for g in spans:
            covered = sum(1 for i in range(g["start"], g["end"]) if any(a <= i < b for a, b in pred))
            size = g["end"] - g["start"]
            real = not looks_like_placeholder(g["value"])
            score.gold += 1
            score.gold_real += real
            if covered:
                score.hit_any += 1
                score.hit_real += real
                score.hit_strict += covered >= 0.8 * size
            else:
                score.misses.append(f"{rec['id']}: {text[:200]!r} gold={g['value'][:70]!r}")
        score.extra += sum(1 for a, b in pred if not any(a < g["end"] and g["start"] < b for g in spans))
    return score


def main(argv: list[str]) -> None:
    """Print one line of numbers per fixture file (and the misses / false positives when asked)."""
    recognizers = custom_recognizers("en")
    for name in FILES:
        s = evaluate(FIXTURES / name, recognizers)
        print(
            f"{name}: recall {s.hit_any / s.gold:.3f} ({s.hit_any}/{s.gold}),"
            f" >=80% chars {s.hit_strict / s.gold:.3f},"
            f" non-placeholder gold {s.hit_real / s.gold_real:.3f} ({s.hit_real}/{s.gold_real});"
            f" negatives flagged {s.negatives_flagged}/{s.negatives}"
            f" = {s.negatives_flagged / s.negatives:.3f};"
            f" extra spans on positives {s.extra}"
        )
        if "--misses" in argv:
            print("\n".join("  MISS " + m for m in s.misses))
        if "--fps" in argv:
            print("\n".join("  FP " + m for m in s.fps))


if __name__ == "__main__":
    main(sys.argv[1:])
