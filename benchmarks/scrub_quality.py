"""Detection quality: this scrubber beside vanilla Presidio on labelled prompts.

Datasets, each scored and reported on its own: the project's synthetic corpus (``benchmarks.corpus``, fixed
seed), the second corpus (``benchmarks.corpus2``: written apart, frozen until session 4, tuned on since), the
tuning and never-tuned halves of the third to twenty-third corpora and of the ten secrets corpora
(``benchmarks.corpus3`` … ``corpus22``, ``corpus23``, ``benchmarks.secrets_corpus``, ``secrets_corpus3`` …
``secrets_corpus11``), the format battery's tuning and held-out halves (``benchmarks.format_battery``), and
each third-party fixture file in the external directory (data nobody on this project wrote).

The scoring rule is RULE below (printed with every run).

    .venv/bin/python -m benchmarks.scrub_quality [--limit N] [--seed S] [--only WORDS] [--json] [--errors N]
"""

import argparse
import json
import math
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import (
    corpus,
    corpus2,
    corpus3,
    corpus4,
    corpus5,
    corpus6,
    corpus7,
    corpus8,
    corpus9,
    corpus10,
    corpus11,
    corpus12,
    corpus13,
    corpus14,
    corpus15,
    corpus16,
    corpus17,
    corpus18,
    corpus19,
    corpus20,
    corpus21,
    corpus22,
    corpus23,
    format_battery,
    secrets_corpus,
    secrets_corpus3,
    secrets_corpus4,
    secrets_corpus5,
    secrets_corpus6,
    secrets_corpus7,
    secrets_corpus8,
    secrets_corpus9,
    secrets_corpus10,
    secrets_corpus11,
)
from benchmarks.engines import Detection, OurScrubber, VanillaPresidio

IOU_MIN = 0.5
COVER_MIN = 0.9
DEFAULT_EXTERNAL = Path("/work/shared/benchmarks/external")
UNSCORED_GOLD = frozenset({"OTHER", "DATE_TIME"})
DETECTION_TYPE_MAP = {"DATE_TIME": "DATE_OF_BIRTH"}
# Goals from issue 19 (its held-out set), checked on the type-agnostic figures (anyR, leak): a value any
# detection covers does not reach the vendor, whatever the type says.
STRICT_TYPES = ("SECRET", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "EMAIL_ADDRESS")
GOALS = {"recall": 0.95, "type_recall": 0.90, "strict_recall": 0.99, "leak": 0.05, "precision": 0.85,
         "fp_per_negative": 0.2}

Analyze = Callable[[str], list[Detection]]

RULE = """\
Matching rule: a detection matches a gold span when the (normalised) types agree and their character
overlap has IoU = |intersection| / |union| >= 0.5; each gold span and detection matches at most once
(best IoU first). Unmatched gold spans are misses. An unmatched detection is a false positive, unless it
overlaps a gold span of its own type: then it is a partial hit (counted apart; the gold span stays a miss).
Type-agnostic recall ("anyR", what matters for leaks): a gold span counts as covered when detections of any
type together cover >= 90% of its letters and digits. Leak rate ("leak"): the share of gold spans with \
at least
one letter or digit no detection covers (part of the value would reach the vendor). Type-agnostic precision
("anyP", the third-party scorer's): the share of detections that overlap some gold span.
Not scored: gold spans of types we do not target (external OTHER and DATE_TIME: detections overlapping them
count neither way); in records whose ``meta.scope`` is a list (secret-only fixtures), detections of types
outside that list. Detection type DATE_TIME is read as DATE_OF_BIRTH (Presidio's only date entity)."""


@dataclass
class Tally:
    """Counts for one engine on one dataset (per type, plus negatives and examples of errors)."""

    gold: Counter = field(default_factory=Counter)
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    covered: Counter = field(default_factory=Counter)
    leaked: Counter = field(default_factory=Counter)
    detections: int = 0  # scored detections, and those overlapping no gold span of any type
    stray: int = 0
    partial: Counter = field(default_factory=Counter)
    negatives: int = 0
    negatives_fp: int = 0
    negatives_with_fp: int = 0
    # negatives by their ``meta.neg_class`` (corpus5) and by the type of their false detections
    negative_classes: Counter = field(default_factory=Counter)
    negative_class_fp: Counter = field(default_factory=Counter)
    negative_type_fp: Counter = field(default_factory=Counter)
    errors: int = 0
    seconds: float = 0.0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (type, value, record id)
    false_pos: list[tuple[str, str, str]] = field(default_factory=list)


def iou(a0: int, a1: int, b0: int, b1: int) -> float:
    """Character IoU of [a0, a1) and [b0, b1)."""
    inter = max(0, min(a1, b1) - max(a0, b0))
    union = max(a1, b1) - min(a0, b0)
    return inter / union if union > 0 else 0.0


def covered_share(text: str, start: int, end: int, dets) -> float:
    """The share of text[start:end]'s letters and digits (all its characters when it has none) that lie inside
    a detection (anything with ``start`` and ``end``)."""
    wanted = [i for i in range(start, end) if text[i].isalnum()] or list(range(start, end))
    return sum(1 for i in wanted if any(d.start <= i < d.end for d in dets)) / len(wanted) if wanted else 1.0


def score_record(record: dict, detections: Iterable[Detection], tally: Tally) -> None:
    """Add one record's matches, misses and false positives to ``tally`` (the rule is in the module doc)."""
    text = record["text"]
    scope = record.get("meta", {}).get("scope", "ALL")
    dets = [Detection(DETECTION_TYPE_MAP.get(d.type, d.type), d.start, d.end, d.score) for d in detections]
    gold = [s for s in record["spans"] if s["type"] not in UNSCORED_GOLD]
    ignored = [s for s in record["spans"] if s["type"] in UNSCORED_GOLD]
    used: set[int] = set()
    for g in gold:
        t = g["type"]
        tally.gold[t] += 1
        best, best_iou = None, IOU_MIN
        for i, d in enumerate(dets):
            if i not in used and d.type == t:
                v = iou(g["start"], g["end"], d.start, d.end)
                if v >= best_iou:
                    best, best_iou = i, v
        if best is not None:
            used.add(best)
            tally.tp[t] += 1
        else:
            tally.misses.append((t, g["value"], record["id"]))
        share = covered_share(text, g["start"], g["end"], dets)
        if share >= COVER_MIN:
            tally.covered[t] += 1
        if share < 1 and any(c.isalnum() for c in text[g["start"]:g["end"]]):  # a letter or digit is left
            tally.leaked[t] += 1
    false_here = 0
    for i, d in enumerate(dets):
        if scope != "ALL" and d.type not in scope:
            continue
        if any(d.start < s["end"] and s["start"] < d.end for s in ignored):
            continue
        tally.detections += 1
        tally.stray += not any(d.start < s["end"] and s["start"] < d.end for s in gold)
        if i in used:
            continue
        if any(d.type == s["type"] and d.start < s["end"] and s["start"] < d.end for s in gold):
            tally.partial[d.type] += 1
            continue
        tally.fp[d.type] += 1
        tally.false_pos.append((d.type, text[d.start : d.end], record["id"]))
        false_here += 1
        if not record["spans"]:
            tally.negative_type_fp[d.type] += 1
    if not record["spans"]:
        tally.negatives += 1
        tally.negatives_fp += false_here
        tally.negatives_with_fp += bool(false_here)
        if neg_class := record.get("meta", {}).get("neg_class"):
            tally.negative_classes[neg_class] += 1
            tally.negative_class_fp[neg_class] += false_here


def run(records: list[dict], analyze: Analyze) -> Tally:
    """Score ``analyze`` on every record; a record the engine fails on counts as "nothing found"."""
    tally = Tally()
    t0 = time.perf_counter()
    for r in records:
        try:
            dets = analyze(r["text"])
        except Exception:  # noqa: BLE001 - one failing text must not end a benchmark; counted instead
            dets = []
            tally.errors += 1
        score_record(r, dets, tally)
    tally.seconds = time.perf_counter() - t0
    return tally


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f2 = 5 * p * r / (4 * p + r) if p + r else 0.0
    return p, r, f2


def summarize(tally: Tally, n_records: int) -> dict:
    """Per-type and overall precision, recall, F2 and type-agnostic recall, plus false detections."""
    per_type = {}
    for t in sorted(set(tally.gold) | set(tally.fp)):
        gold, tp, fp = tally.gold[t], tally.tp[t], tally.fp[t]
        p, r, f2 = _prf(tp, fp, gold - tp)
        per_type[t] = {
            "gold": gold,
            "tp": tp,
            "fp": fp,
            "partial": tally.partial[t],
            "precision": p,
            "recall": r,
            "f2": f2,
            "any_type_recall": tally.covered[t] / gold if gold else None,
            "leak": tally.leaked[t] / gold if gold else None,
        }
    gold, tp, fp = sum(tally.gold.values()), sum(tally.tp.values()), sum(tally.fp.values())
    p, r, f2 = _prf(tp, fp, gold - tp)
    return {
        "per_type": per_type,
        "overall": {
            "gold": gold,
            "tp": tp,
            "fp": fp,
            "precision": p,
            "recall": r,
            "f2": f2,
            "any_type_recall": sum(tally.covered.values()) / gold if gold else None,
            "leak": sum(tally.leaked.values()) / gold if gold else None,
            # type-agnostic, as the third-party scorer: a detection is false when it overlaps no gold span
            "any_type_precision": 1 - tally.stray / tally.detections if tally.detections else 1.0,
        },
        "negatives": {
            "prompts": tally.negatives,
            "false_detections": tally.negatives_fp,
            "per_prompt": tally.negatives_fp / tally.negatives if tally.negatives else None,
            "prompts_with_any": tally.negatives_with_fp,
            "by_type": dict(tally.negative_type_fp),
            "by_class": {c: {"prompts": n, "false_detections": tally.negative_class_fp[c]}
                         for c, n in sorted(tally.negative_classes.items())},
        },
        "errors": tally.errors,
        "seconds": round(tally.seconds, 2),
        "ms_per_record": round(1000 * tally.seconds / n_records, 1) if n_records else None,
    }


def goals(summary: dict) -> dict[str, bool]:
    """Issue 19's quality goals, each pass/fail, for one engine on one dataset (recall type-agnostic)."""
    per = summary["per_type"]
    scored = [t for t in per if per[t]["gold"]]
    strict = [t for t in STRICT_TYPES if t in scored]
    fpn = summary["negatives"]["per_prompt"]
    overall = summary["overall"]
    return {
        f"anyR>={GOALS['recall']}": (overall["any_type_recall"] or 0) >= GOALS["recall"],
        f"anyR>={GOALS['type_recall']} every type": all(
            per[t]["any_type_recall"] >= GOALS["type_recall"] for t in scored),
        f"anyR>={GOALS['strict_recall']} for {'/'.join(strict)}": all(
            per[t]["any_type_recall"] >= GOALS["strict_recall"] for t in strict
        ),
        f"leak<={GOALS['leak']}": (overall["leak"] or 0) <= GOALS["leak"],
        f"anyP>={GOALS['precision']}": overall["any_type_precision"] >= GOALS["precision"],
        f"fp/negative<={GOALS['fp_per_negative']}": fpn is None or fpn <= GOALS["fp_per_negative"],
    }


def sample(records: list[dict], limit: int | None) -> list[dict]:
    """At most ``limit`` records, evenly spread (external files are sorted by rule or template)."""
    if limit is None or limit >= len(records):
        return records
    step = len(records) / limit
    return [records[math.floor(i * step)] for i in range(limit)]


def load_jsonl(path: Path) -> list[dict]:
    """Records of one fixture file; a malformed line is reported with its line number."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{n}: not JSON ({exc.msg})") from exc
    return out


def _fmt(v: float | None) -> str:
    return "  -  " if v is None else f"{v:5.3f}"


def render_table(name: str, n_records: int, results: dict[str, dict]) -> str:
    """A side-by-side text table of per-type and overall figures for every engine."""
    engines = list(results)
    first = results[engines[0]]
    lines = [f"== {name}: {n_records} records, {first['negatives']['prompts']} negatives =="]
    head = f"{'type':<17}{'gold':>5}"
    for e in engines:
        head += f" | {e:<9} {'TP':>5} {'FP':>5} {'P':>5} {'R':>5} {'F2':>5} {'anyR':>5} {'leak':>5}"
    lines.append(head)
    types = sorted(
        set().union(*(r["per_type"] for r in results.values())),
        key=lambda t: (-first["per_type"].get(t, {}).get("gold", 0), t),
    )
    for t in [*types, "overall"]:
        rows = {
            e: results[e]["overall"] if t == "overall" else results[e]["per_type"].get(t) for e in engines
        }
        gold = next((r["gold"] for r in rows.values() if r), 0)
        line = f"{t:<17}{gold:>5}"
        for e in engines:
            r = rows[e] or {
                "tp": 0,
                "fp": 0,
                "precision": None,
                "recall": None,
                "f2": None,
                "any_type_recall": None,
                "leak": None,
            }
            if not gold:
                r = {**r, "recall": None, "f2": None}
            line += (
                f" | {'':<9} {r['tp']:>5} {r['fp']:>5} {_fmt(r['precision'])} {_fmt(r['recall'])}"
                f" {_fmt(r['f2'])} {_fmt(r['any_type_recall'])} {_fmt(r['leak'])}"
            )
        lines.append(line)
    neg = "false detections per negative prompt:"
    timing = "time:"
    for e in engines:
        n = results[e]["negatives"]
        neg += f"  {e} {_fmt(n['per_prompt'])} ({n['prompts_with_any']}/{n['prompts']} prompts with any)"
        err = f", {results[e]['errors']} errors" if results[e]["errors"] else ""
        timing += f"  {e} {results[e]['seconds']:.1f} s ({results[e]['ms_per_record']} ms/record{err})"
    agnostic = "type-agnostic (what reaches the vendor):"
    for e in engines:
        o = results[e]["overall"]
        agnostic += (f"  {e} anyR {_fmt(o['any_type_recall'])} leak {_fmt(o['leak'])}"
                     f" anyP {_fmt(o['any_type_precision'])}")
    lines += [agnostic, neg]
    for e in engines:
        n = results[e]["negatives"]
        if n["by_type"]:
            lines.append(f"  {e} false detections on negatives by type: "
                         + ", ".join(f"{t} {c}" for t, c in sorted(n["by_type"].items())))
        if n["by_class"]:
            lines.append(f"  {e} per negative by class: " + ", ".join(
                f"{c} {v['false_detections'] / v['prompts']:.2f}" for c, v in n["by_class"].items()))
    lines.append(timing)
    for e in engines:
        g = goals(results[e])
        lines.append(f"goals {e}: " + ", ".join(f"{k} {'PASS' if ok else 'FAIL'}" for k, ok in g.items()))
    return "\n".join(lines)


def render_errors(name: str, tally: Tally, per_type: int) -> str:
    """Examples of misses and false positives per type (fixture and synthetic values only)."""
    lines = [f"-- {name}: examples of errors (up to {per_type} per type) --"]
    for label, items in (("MISS", tally.misses), ("FALSE", tally.false_pos)):
        shown: Counter = Counter()
        for t, value, rid in items:
            if shown[t] < per_type:
                shown[t] += 1
                lines.append(f"{label:<5} {t:<15} {value[:70]!r}  [{rid}]")
    return "\n".join(lines)


def datasets(args: argparse.Namespace) -> list[tuple[str, Callable[[], list[dict]]]]:
    """(name, records loader) for every corpus half and every external fixture file found; a dataset is
    generated (or read) only when it is scored, so ``--only`` skips the others' cost."""
    n = args.n if args.limit is None else min(args.n, args.limit)

    def loader(module, half: str) -> Callable[[], list[dict]]:
        return lambda: sample(module.generate(half), args.limit)

    out = [(f"synthetic (seed {args.seed})", lambda: corpus.generate(n, args.seed)),
           # written apart and frozen for sessions 3-4; its misses were read in session 5: tuning data since
           ("corpus2 (tuning since session 5)", lambda: corpus2.generate(n)),
           ("corpus3-dev (tuning)", loader(corpus3, "dev")),
           ("corpus3-test (never tuned on)", loader(corpus3, "test")),
           # Written apart from the scrubber (issue 19): dev may be tuned on, test only read in aggregate.
           ("corpus4-dev (tuning)", loader(corpus4, "dev")),
           ("corpus4-test (never tuned on)", loader(corpus4, "test")),
           # Prompts that carry credentials, written apart from the recognizers (issue 19), same roles.
           ("secrets corpus dev (tuning)", loader(secrets_corpus, "dev")),
           ("secrets corpus test (never tuned on)", loader(secrets_corpus, "test")),
           # Half negatives (by class), long-tail secrets and mixed prompts, written apart (session 6).
           ("corpus5-dev (tuning)", loader(corpus5, "dev")),
           ("corpus5-test (never tuned on)", loader(corpus5, "test")),
           # People named every way people write them, and tempting negatives by class, written apart.
           ("corpus6-dev (tuning)", loader(corpus6, "dev")),
           ("corpus6-test (never tuned on)", loader(corpus6, "test")),
           # Secrets as pasted from logs, chats and files of many stacks, a third author (session 6).
           ("secrets corpus 3 dev (tuning)", loader(secrets_corpus3, "dev")),
           ("secrets corpus 3 test (never tuned on)", loader(secrets_corpus3, "test")),
           # Whole workplace prompts in ten languages, half negatives by class, a fourth author (session 7).
           ("corpus7-dev (tuning)", loader(corpus7, "dev")),
           ("corpus7-test (never tuned on)", loader(corpus7, "test")),
           # Informal and spoken text (transcripts, chats, dictation) in eleven languages, 31 cultures'
           # names written by hand, a seventh author (session 9).
           ("corpus8-dev (tuning)", loader(corpus8, "dev")),
           ("corpus8-test (never tuned on)", loader(corpus8, "test")),
           # Realistic work prompts (instruction + pasted material), 70 % English, a quarter negatives,
           # hand-written names of 22 cultures, a new author (a stand-in for issue 19's held-out set).
           ("corpus9-dev (tuning)", loader(corpus9, "dev")),
           ("corpus9-test (never tuned on)", loader(corpus9, "test")),
           # Work prompts in nine languages, negatives by neg_class, another new author (a fresh stand-in).
           ("corpus10-dev (tuning)", loader(corpus10, "dev")),
           ("corpus10-test (never tuned on)", loader(corpus10, "test")),
           # What developers and coding agents send (code, logs, dumps, configs), an eleventh author.
           ("corpus11-dev (tuning)", loader(corpus11, "dev")),
           ("corpus11-test (never tuned on)", loader(corpus11, "test")),
           # Secrets as people paste them (prose in eight languages, 87 vendors, configs), a fifth author.
           ("secrets corpus 4 dev (tuning)", loader(secrets_corpus4, "dev")),
           ("secrets corpus 4 test (never tuned on)", loader(secrets_corpus4, "test")),
           # Non-English prose, shared codes and machine text, a sixth author (session 9).
           ("secrets corpus 5 dev (tuning)", loader(secrets_corpus5, "dev")),
           ("secrets corpus 5 test (never tuned on)", loader(secrets_corpus5, "test")),
           # Codes and passwords people share informally (PINs, door codes, spoken digits) in 19 languages.
           ("secrets corpus 6 dev (tuning)", loader(secrets_corpus6, "dev")),
           ("secrets corpus 6 test (never tuned on)", loader(secrets_corpus6, "test")),
           # Secrets in English work prompts under many cue phrasings, machine text, 44 vendors, a new author.
           ("secrets corpus 7 dev (tuning)", loader(secrets_corpus7, "dev")),
           ("secrets corpus 7 test (never tuned on)", loader(secrets_corpus7, "test")),
           # Secrets from non-developers and hurried developers (handovers, dictated, split, OCR'd; shell
           # history, vendor keys), 25 % of prose in eight other languages, an eighth author (session 24).
           ("secrets corpus 8 dev (tuning)", loader(secrets_corpus8, "dev")),
           ("secrets corpus 8 test (never tuned on)", loader(secrets_corpus8, "test")),
           # Credentials as people write them to an assistant and paste them (prose in 18 languages, 32
           # vendors, URLs, keys, cookies, OCR), 30 % negatives, a ninth secrets author: first untouched.
           ("secrets corpus 9 dev (tuning)", loader(secrets_corpus9, "dev")),
           ("secrets corpus 9 test (never tuned on)", loader(secrets_corpus9, "test")),
           # Regulated and service work (clinics, claims, loans, HR, KYC, ...), a twelfth author (session 17):
           # measured first untouched (session 17, docs/benchmarks.md), then dev tuned on.
           ("corpus12-dev (tuning)", loader(corpus12, "dev")),
           ("corpus12-test (never tuned on)", loader(corpus12, "test")),
           # Everyday work and life prompts (threads, exports, chats, life admin, helpdesk), mostly US
           # English, a thirteenth author (session 18): measured first untouched.
           ("corpus13-dev (tuning)", loader(corpus13, "dev")),
           ("corpus13-test (never tuned on)", loader(corpus13, "test")),
           # Whole documents pasted from PDFs and scans (CVs, contracts, letters, forms, minutes; broken
           # lines, hyphenation, two columns), a fourteenth author (session 19): measured first untouched.
           ("corpus14-dev (tuning)", loader(corpus14, "dev")),
           ("corpus14-test (never tuned on)", loader(corpus14, "test")),
           # Offices and customer operations in 37 regions (local names, scripts, phone, address, date and
           # national-id formats; 75 % English), a fifteenth author (session 20): measured first untouched.
           ("corpus15-dev (tuning)", loader(corpus15, "dev")),
           ("corpus15-test (never tuned on)", loader(corpus15, "test")),
           # One company's week of prompts by department, 40 % negatives (sixteenth author): first untouched.
           ("corpus16-dev (tuning)", loader(corpus16, "dev")),
           ("corpus16-test (never tuned on)", loader(corpus16, "test")),
           # Dense personal and customer admin across 15 countries, a quarter negatives (seventeenth author).
           ("corpus17-dev (tuning)", loader(corpus17, "dev")),
           ("corpus17-test (never tuned on)", loader(corpus17, "test")),
           # Long pasted documents (minutes, reports, threads, CVs, contracts) with sparse personal data among
           # many public names, 35 % negatives (eighteenth author, session 24): measured first untouched.
           ("corpus18-dev (tuning)", loader(corpus18, "dev")),
           ("corpus18-test (never tuned on)", loader(corpus18, "test")),
           # Where people are: addresses of 27 countries, home towns and neighbourhoods with their people,
           # 30 % negatives of places and people-named things as topics (nineteenth author): first untouched.
           ("corpus19-dev (tuning)", loader(corpus19, "dev")),
           ("corpus19-test (never tuned on)", loader(corpus19, "test")),
           # Ordinary work prompts in 24 task families, half negatives twinned with positives of the same
           # templates: false detections per clean prompt (twentieth author): measured first untouched.
           ("corpus20-dev (tuning)", loader(corpus20, "dev")),
           ("corpus20-test (never tuned on)", loader(corpus20, "test")),
           # Mail and chat-tool pastes (forwarded chains, signatures, invites, chat and ticket exports), 35 %
           # negatives of role mailboxes, bots and placeholders (twenty-first author): first untouched.
           ("corpus21-dev (tuning)", loader(corpus21, "dev")),
           ("corpus21-test (never tuned on)", loader(corpus21, "test")),
           # Tables and structured records (CSV, sheets, psql/MySQL grids, pandas, JSON, YAML, SQL, HTML) in
           # nine languages, 35 % negatives of catalogues, KPIs, offices, schemas (twenty-second author).
           ("corpus22-dev (tuning)", loader(corpus22, "dev")),
           ("corpus22-test (never tuned on)", loader(corpus22, "test")),
           # What coding agents send: tool-call arguments, tool results, JSON inside strings, URL/HTML-escaped
           # values, agent-written Markdown and plans, ten languages; 35 % negatives (twenty-third author).
           ("corpus23-dev (tuning)", loader(corpus23, "dev")),
           ("corpus23-test (never tuned on)", loader(corpus23, "test")),
           # Credentials inside pasted machine text (.env, compose, k8s, CI, curl, DSNs, configs, HAR, PEM)
           # without vendor prefixes to lean on, 30 % negatives, a tenth secrets author: first untouched.
           ("secrets corpus 10 dev (tuning)", loader(secrets_corpus10, "dev")),
           ("secrets corpus 10 test (never tuned on)", loader(secrets_corpus10, "test")),
           # Credentials inside prompts built from parts (request x cue frame x wrapper in 12 languages; 26
           # config formats, 16 languages of code, tool output; 32 new vendors), 30 % negatives in 10 classes,
           # an eleventh secrets author (session 30): measured first untouched, then dev may be tuned on.
           ("secrets corpus 11 dev (tuning)", loader(secrets_corpus11, "dev")),
           ("secrets corpus 11 test (never tuned on)", loader(secrets_corpus11, "test"))]
    # Phone, SSN, date-of-birth and address formats (issue 19): the half tuned on and the half held out.
    out += [(f"format battery, {half} half", loader(format_battery, half))
            for half in format_battery.HALVES]
    if args.external and args.external.is_dir():
        for path in sorted(args.external.glob("*.jsonl")):
            out.append((path.stem, lambda path=path: sample(load_jsonl(path), args.limit)))
    elif args.external:
        print(
            f"note: external fixtures not found at {args.external}; scoring the synthetic corpus only",
            file=sys.stderr,
        )
    return out


def main(argv: list[str] | None = None) -> int:
    """Run every engine on every dataset; print tables (or one JSON document with ``--json``)."""
    p = argparse.ArgumentParser(description="Scrubber detection quality beside vanilla Presidio.")
    p.add_argument("--limit", type=int, help="at most N records per dataset")
    p.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED, help="seed of the synthetic corpus")
    p.add_argument("--n", type=int, default=500, help="size of the synthetic corpus (default 500)")
    p.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL, help="directory of fixture *.jsonl")
    p.add_argument("--no-external", dest="external", action="store_const", const=None)
    p.add_argument("--engines", default="aiwarden,presidio", help="comma list of aiwarden, presidio")
    p.add_argument(
        "--presidio-threshold",
        type=float,
        default=None,
        help="score threshold for vanilla Presidio (default: Presidio's own default)",
    )
    p.add_argument("--only", help="comma list: score only datasets whose name contains one of these words")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="print N example errors per type")
    p.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    args = p.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        p.error("--limit must be >= 1")
    wanted = [e.strip() for e in args.engines.split(",") if e.strip()]
    if not wanted or set(wanted) - {"aiwarden", "presidio"}:
        p.error("--engines takes aiwarden and/or presidio")

    engines: dict[str, Analyze] = {}
    loads = {}
    for e in wanted:
        eng = OurScrubber() if e == "aiwarden" else VanillaPresidio(score_threshold=args.presidio_threshold)
        engines[e], loads[e] = eng.analyze, round(eng.load_seconds, 2)

    report = {
        "rule": " ".join(RULE.split()),
        "seed": args.seed,
        "limit": args.limit,
        "presidio_threshold": args.presidio_threshold,
        "load_seconds": loads,
        "datasets": {},
    }
    if not args.json:
        print(RULE)
    for name, load in datasets(args):
        if args.only and not any(word in name for word in args.only.split(",")):
            continue
        records = load()
        results, tallies = {}, {}
        for e, analyze in engines.items():
            tallies[e] = run(records, analyze)
            results[e] = summarize(tallies[e], len(records))
            results[e]["goals"] = goals(results[e])
        report["datasets"][name] = {"records": len(records), "engines": results}
        if not args.json:
            print(render_table(name, len(records), results))
            if args.errors:
                for e, tally in tallies.items():
                    print(render_errors(f"{name} / {e}", tally, args.errors))
            print(flush=True)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(
            f"engine load seconds: {loads}; threshold presidio: "
            f"{'default' if args.presidio_threshold is None else args.presidio_threshold}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
