#!/usr/bin/env bash
# Build the frozen one-folder program into dist/handtrainer/ and smoke-test it.
# Usage: bash packaging/build-frozen.sh   (from a checkout; uses .venv if present)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
"$PY" -m pip install -q "pyinstaller>=6.10"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/handtrainer.spec
du -sh dist/handtrainer
HANDTRAINER_FROZEN=dist/handtrainer/handtrainer "$PY" -m pytest -q -p no:cacheprovider \
    tests/packaging/test_frozen.py
