#!/usr/bin/env bash
# Signing hook (Linux builds): Authenticode-sign each FILE in place with osslsigncode, when a certificate is set.
#   CASEBRIDGE_SIGN_PFX            PKCS#12 file with the force's code-signing certificate and key
#   CASEBRIDGE_SIGN_PASSWORD_FILE  file holding its password (optional)
#   CASEBRIDGE_SIGN_TIMESTAMP_URL  RFC 3161 timestamp server (recommended: the signature outlives the certificate)
# Without CASEBRIDGE_SIGN_PFX it prints that the files are unsigned and succeeds. On Windows use sign.ps1.
set -euo pipefail
if [ -z "${CASEBRIDGE_SIGN_PFX:-}" ]; then
  echo "sign: CASEBRIDGE_SIGN_PFX not set; leaving unsigned: $*" >&2
  exit 0
fi
args=(-pkcs12 "$CASEBRIDGE_SIGN_PFX" -h sha256 -n "Casebridge" -i "https://github.com/casebridge")
[ -n "${CASEBRIDGE_SIGN_PASSWORD_FILE:-}" ] && args+=(-readpass "$CASEBRIDGE_SIGN_PASSWORD_FILE")
[ -n "${CASEBRIDGE_SIGN_TIMESTAMP_URL:-}" ] && args+=(-ts "$CASEBRIDGE_SIGN_TIMESTAMP_URL")
for file in "$@"; do
  osslsigncode sign "${args[@]}" -in "$file" -out "$file.signed" >/dev/null
  mv "$file.signed" "$file"
  echo "sign: signed $file" >&2
done
