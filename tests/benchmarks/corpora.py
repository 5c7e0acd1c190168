"""Checks the half-split corpora's tests share."""

import os
import subprocess
import sys
from pathlib import Path


def written_by_a_fresh_process(module: str, half: str, n: int, hash_seed: str) -> str:
    """``python -m benchmarks.<module> --half <half> --n <n>``'s output under ``PYTHONHASHSEED=<hash_seed>``:
    two hash seeds must give the same records, or a value source depends on set or dict order."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    cmd = [sys.executable, "-m", f"benchmarks.{module}", "--half", half, "--n", str(n)]
    done = subprocess.run(cmd, env=env, cwd=Path(__file__).parents[2], capture_output=True, text=True,
                          check=True, timeout=120)
    return done.stdout
