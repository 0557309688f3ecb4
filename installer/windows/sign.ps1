# Signing hook (Windows builds): Authenticode-sign each file with signtool, when a certificate is configured.
#   $env:CASEBRIDGE_SIGN_THUMBPRINT   SHA-1 thumbprint of a code-signing certificate in the machine/user store, or
#   $env:CASEBRIDGE_SIGN_PFX (+ $env:CASEBRIDGE_SIGN_PASSWORD)   a PKCS#12 file
#   $env:CASEBRIDGE_SIGN_TIMESTAMP_URL   RFC 3161 timestamp server (default http://timestamp.digicert.com)
# Without either it says so and returns: unsigned builds are for testing only.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"
if (-not $env:CASEBRIDGE_SIGN_THUMBPRINT -and -not $env:CASEBRIDGE_SIGN_PFX) {
  Write-Host "sign: no certificate configured; leaving unsigned: $Files"
  return
}
$timestamp = if ($env:CASEBRIDGE_SIGN_TIMESTAMP_URL) { $env:CASEBRIDGE_SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
$args = @("sign", "/fd", "SHA256", "/td", "SHA256", "/tr", $timestamp, "/d", "Casebridge")
if ($env:CASEBRIDGE_SIGN_THUMBPRINT) { $args += @("/sha1", $env:CASEBRIDGE_SIGN_THUMBPRINT) }
else { $args += @("/f", $env:CASEBRIDGE_SIGN_PFX); if ($env:CASEBRIDGE_SIGN_PASSWORD) { $args += @("/p", $env:CASEBRIDGE_SIGN_PASSWORD) } }
& signtool.exe @args @Files
if ($LASTEXITCODE -ne 0) { throw "signtool failed ($LASTEXITCODE)" }
