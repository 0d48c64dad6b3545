#!/usr/bin/env bash
# Regenerate assets/translations/handtrainer.ts from the sources (every translate()/tr() call).
# tests/test_translations.py fails when a string in the code is missing from it.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE="${LUPDATE:-.venv/bin/pyside6-lupdate}"
# shellcheck disable=SC2046
"$LUPDATE" -locations none -no-obsolete -source-language en $(git ls-files -co --exclude-standard 'handtrainer/*.py') \
    -ts assets/translations/handtrainer.ts
