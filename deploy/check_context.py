"""Check the Docker build context without a Docker engine.

Reads deploy/Dockerfile and its .dockerignore, lists the files Docker would send (repository root as
context), and fails when a COPY/ADD source is missing or excluded, or when a secret would be sent.

Usage: python deploy/check_context.py [--list]     exit 0 when the image context is complete
"""

import argparse
import os
import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = Path(__file__).with_name("Dockerfile")
# BuildKit uses <Dockerfile>.dockerignore when it exists, else <context>/.dockerignore.
IGNORE_FILES = (DOCKERFILE.with_name(DOCKERFILE.name + ".dockerignore"), ROOT / ".dockerignore")
NEVER_SEND = (re.compile(r"(^|/)\.venv/"), re.compile(r"(^|/)\.git/"), re.compile(r"\.db(-wal|-shm)?$"),
              re.compile(r"(^|/)mitmproxy-ca[^/]*$"), re.compile(r"(^|/)\.env$"))


@dataclass(frozen=True)
class Instruction:
    line: int
    keyword: str
    args: str


def parse_dockerfile(text: str) -> list[Instruction]:
    """Instructions with continuation lines joined; comments and blank lines dropped."""
    out: list[Instruction] = []
    buf, start = "", 0
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not buf and (not line or line.startswith("#")):
            continue
        if buf and line.startswith("#"):  # comment inside a continued instruction
            continue
        if not buf:
            start = n
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        buf += line
        keyword, _, args = buf.partition(" ")
        out.append(Instruction(start, keyword.upper(), args.strip()))
        buf = ""
    if buf:
        raise ValueError(f"Dockerfile line {start}: instruction never ends (trailing backslash)")
    return out


def copy_sources(instructions: list[Instruction]) -> list[tuple[int, str]]:
    """(line, source) for every COPY/ADD that reads from the build context (not --from=stage)."""
    found = []
    for ins in instructions:
        if ins.keyword not in ("COPY", "ADD"):
            continue
        words = shlex.split(ins.args)
        if any(w.startswith("--from=") for w in words):
            continue
        paths = [w for w in words if not w.startswith("--")]
        if len(paths) < 2:
            raise ValueError(f"Dockerfile line {ins.line}: {ins.keyword} needs a source and a destination")
        found += [(ins.line, src) for src in paths[:-1]]
    return found


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    # Go filepath.Match semantics plus "**" for any number of directories (moby/patternmatcher).
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        c = pattern[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[" and (end := pattern.find("]", i + 1)) != -1:
            body = pattern[i + 1:end]
            out.append("[" + ("^" + body[1:] if body.startswith("^") else body) + "]")
            i = end
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + "$")


def load_ignore(path: Path | None = None) -> list[tuple[bool, re.Pattern[str]]]:
    """(is_exception, regex) for each .dockerignore pattern, in order."""
    path = path or next((p for p in IGNORE_FILES if p.exists()), None)
    if path is None:
        return []
    rules = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        neg = line.startswith("!")
        pat = os.path.normpath(line[1:].strip() if neg else line).lstrip("/")
        rules.append((neg, _pattern_regex(pat)))
    return rules


def is_excluded(rel: str, rules: list[tuple[bool, re.Pattern[str]]]) -> bool:
    """Docker's rule: the last pattern matching the path or one of its parent directories decides."""
    parts = rel.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    excluded = False
    for neg, rx in rules:
        if any(rx.match(c) for c in candidates):
            excluded = not neg
    return excluded


def context_files(root: Path = ROOT, rules: list[tuple[bool, re.Pattern[str]]] | None = None) -> list[str]:
    """Relative paths of every file Docker would send as the build context."""
    rules = load_ignore() if rules is None else rules
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        rel_dir = "" if rel_dir == "." else rel_dir + "/"
        # .git and .venv are big; an exception pattern could re-include a file below them, but ours do not.
        dirnames[:] = [d for d in dirnames if d not in (".git", ".venv")]
        files += [rel_dir + f for f in filenames if not is_excluded(rel_dir + f, rules)]
    return sorted(files)


def check(dockerfile: Path = DOCKERFILE, root: Path = ROOT) -> list[str]:
    """Problems with the image context (empty list: the image can be built from this checkout)."""
    rules = load_ignore()
    sent = context_files(root, rules)
    sent_set = set(sent)
    problems = []
    for line, src in copy_sources(parse_dockerfile(dockerfile.read_text(encoding="utf-8"))):
        src = src.rstrip("/")
        if not (root / src).exists():
            problems.append(f"Dockerfile line {line}: {src} does not exist")
        elif src not in sent_set and not any(f.startswith(src + "/") for f in sent):
            problems.append(f"Dockerfile line {line}: {src} is excluded by the .dockerignore")
    problems += [f"{f} would be sent to the Docker daemon (secret or local state)"
                 for f in sent if any(rx.search(f) for rx in NEVER_SEND)]
    return problems


def main(argv: list[str] | None = None) -> int:
    """Command line entry point: print problems (or the context with --list); exit 1 on problems."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every file in the build context")
    args = parser.parse_args(argv)
    try:
        problems = check()
    except (OSError, ValueError) as exc:
        print(f"check_context: {exc}", file=sys.stderr)
        return 2
    if args.list:
        print("\n".join(context_files()))
    for p in problems:
        print(f"check_context: {p}", file=sys.stderr)
    if not problems:
        print(f"check_context: ok, {len(context_files())} files in the build context", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
