#!/usr/bin/env bash
# Refresh every .ts in assets/translations from the sources (every translate()/tr() call,
# and the zone names from scripts/vocabulary_strings.py):
#   handtrainer.ts     the template, English source texts only
#   handtrainer_en.ts  English plural forms ("%n routine(s)": 1 routine, 2 routines)
#   handtrainer_LA.ts  each shipped language; fill in what is new (Qt Linguist, or by hand)
# tests/test_translations.py fails when a string is missing or unfinished in any of them.
# The .qm catalogues are built from these by hatch_build.py when the package is built.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE="${LUPDATE:-.venv/bin/pyside6-lupdate}"
PYTHON="${PYTHON:-.venv/bin/python}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$PYTHON" scripts/vocabulary_strings.py >"$work/vocabulary.py"
# the generated file first: its plural messages must be lupdate's first sight of them
sources=("$work/vocabulary.py")
mapfile -t -O 1 sources < <(git ls-files -co --exclude-standard 'handtrainer/*.py')
options=(-locations none -no-obsolete -source-language en)
"$LUPDATE" "${options[@]}" "${sources[@]}" -ts assets/translations/handtrainer.ts
for ts in assets/translations/handtrainer_*.ts; do
    language="$(basename "$ts" .ts)"
    language="${language#handtrainer_}"
    extra=()
    if [ "$language" = en ]; then extra=(-pluralonly); fi
    "$LUPDATE" "${options[@]}" "${extra[@]}" "${sources[@]}" -ts "$ts"
done
