#!/usr/bin/env bash
# Build the Linux onedir bundle with the same spec as Windows, self-test it, and pack it.
#   installer/build-linux.sh [OUT_DIR]        (default build/linux; needs ./dev.sh test's .venv or $PYTHON)
# Prints the bundle size and the archive name; exits non-zero if the build or its self-test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-build/linux}
PY=${PYTHON:-.venv/bin/python}
VERSION=$("$PY" -c 'import sys; sys.path.insert(0, "desktop"); import casebridge; print(casebridge.__version__)')
step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

step "PyInstaller (installer/casebridge.spec) -> $OUT/dist/casebridge"
"$PY" -m PyInstaller installer/casebridge.spec --noconfirm --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/work"
BUNDLE="$OUT/dist/casebridge"
"$PY" installer/notices.py "$BUNDLE/licenses"
step "Bundle: $(du -sh "$BUNDLE" | cut -f1), $(find "$BUNDLE" -type f | wc -l) files"

step "Self-test of the frozen build"
"$BUNDLE/casebridge" --self-test --require-media

ARCHIVE="$OUT/casebridge-$VERSION-linux-x86_64.tar.gz"
tar -C "$OUT/dist" -czf "$ARCHIVE" casebridge
step "Archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
