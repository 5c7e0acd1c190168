"""The command line the corpora split into halves share: write one half as JSONL on standard output."""

import argparse
import json
import sys
from collections.abc import Callable, Sequence


def write_half(generate: Callable[[str, int | None, int], list[dict]], description: str, seed: int,
               argv: Sequence[str] | None = None, n: int | None = None) -> int:
    """Parse ``--half`` (dev or test), ``--n`` (default ``n``) and ``--seed`` (default ``seed``); print that
    half's records."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--half", choices=("dev", "test"), required=True)
    p.add_argument("--n", type=int, default=n)
    p.add_argument("--seed", type=int, default=seed)
    args = p.parse_args(argv)
    for r in generate(args.half, args.n, args.seed):
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0
