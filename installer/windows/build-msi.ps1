# Build the MSI from a Windows bundle with the WiX Toolset 3 (candle/light), on a Windows machine or runner.
#   pwsh installer/windows/build-msi.ps1 [-Bundle build/dist/casebridge] [-Out build] [-Version 1.2.3]
# The Linux equivalent (wixl) is in build-under-wine.sh; both use casebridge.wxs, harvest.py and msi_fixups.py.
param(
  [string]$Bundle = "build/dist/casebridge",
  [string]$Out = "build",
  [string]$Version = ""
)
$ErrorActionPreference = "Stop"
if (-not $Version) {
  $Version = python -c "import sys; sys.path.insert(0, 'desktop'); import casebridge; print(casebridge.__version__)"
}
$candle = Get-Command candle.exe -ErrorAction SilentlyContinue
$wixBin = if ($candle) { Split-Path $candle.Source } elseif ($env:WIX) { Join-Path $env:WIX "bin" } else { throw "WiX Toolset 3 not found (candle.exe not on PATH and WIX unset)" }
New-Item -ItemType Directory -Force -Path "$Out/obj" | Out-Null
$bundleFull = (Resolve-Path $Bundle).Path
python installer/windows/harvest.py $bundleFull "$Out/files.wxs"
if ($LASTEXITCODE -ne 0) { throw "harvest failed" }
& "$wixBin\candle.exe" -nologo -arch x64 "-dVersion=$Version" "-dIconFile=installer\assets\casebridge.ico" `
  "-dBundleDir=$bundleFull" -out "$Out\obj\" installer\windows\casebridge.wxs "$Out\files.wxs"
if ($LASTEXITCODE -ne 0) { throw "candle failed" }
$msi = Join-Path $Out "Casebridge-$Version-x64.msi"
# ICE38/ICE43/ICE57 assume the Start-menu folder is per-user; in this per-machine package it is the all-users
# Start menu, and the shortcut's key path is under HKLM on purpose.
& "$wixBin\light.exe" -nologo -sice:ICE38 -sice:ICE43 -sice:ICE57 -out $msi "$Out\obj\casebridge.wixobj" "$Out\obj\files.wixobj"
if ($LASTEXITCODE -ne 0) { throw "light failed" }
python installer/windows/msi_fixups.py $msi
if ($LASTEXITCODE -ne 0) { throw "msi_fixups failed" }
& "$PSScriptRoot/sign.ps1" $msi
Write-Host "MSI: $msi ($([math]::Round((Get-Item $msi).Length / 1MB)) MB)"
