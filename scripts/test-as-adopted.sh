#!/usr/bin/env bash
# The test suite as a body that adopted the project would run it: its own decisions in
# dossiers/ instead of our examples (here: one small dossier). The tests build from their own
# fixtures (tests/fixtures/dossiers/), so they must pass whatever dossiers/ holds.
set -euo pipefail
cd "$(dirname "$0")/.."
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$copy"
rm -rf "$copy/dossiers"
mkdir -p "$copy/dossiers"
cp -r tests/fixtures/dossiers/2021-criminaliteits-anticipatie-systeem "$copy/dossiers/2024-eigen-besluit"
ln -s "$PWD/.venv" "$copy/.venv"
# What the set-up installed beside the tracked files (the W3C checker's jar, from npm).
[ -d tests/vnu/node_modules ] && ln -s "$PWD/tests/vnu/node_modules" "$copy/tests/vnu/node_modules"
cd "$copy"
.venv/bin/mkdocs build --strict  # the adopted site itself builds (not -q: it hides --strict)
.venv/bin/pytest -q -n auto -p no:cacheprovider
