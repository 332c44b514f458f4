# Builds PropDesk for Windows: the program folder and PropDesk-<version>-setup.exe.
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-Makensis PATH] [-NoSmokeTest]
#
# Needs Python 3.11+ (x64), uv and NSIS 3 (makensis on PATH or in its default folder). It
# syncs the locked environment and runs installer/build.py (translations, PyInstaller,
# smoke test of the built program, makensis). Stops at the first failing step.
[CmdletBinding()]
param(
    [string]$Makensis = "",
    [switch]$NoSmokeTest
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

if (-not (Get-Command uv -ErrorAction SilentlyContinue)) {
    throw "uv is not installed: https://docs.astral.sh/uv/ (winget install astral-sh.uv)"
}
if (-not $Makensis) {
    $found = Get-Command makensis -ErrorAction SilentlyContinue
    if ($found) { $Makensis = $found.Source }
    elseif (Test-Path "${env:ProgramFiles(x86)}\NSIS\makensis.exe") {
        $Makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe"
    }
    else { throw "NSIS 3 not found: install it (winget install NSIS.NSIS) or pass -Makensis" }
}

uv sync --locked
if ($LASTEXITCODE -ne 0) { throw "uv sync failed" }

$arguments = @("run", "python", "installer\build.py", "--makensis", $Makensis)
if ($NoSmokeTest) { $arguments += "--no-smoke-test" }
& uv @arguments
if ($LASTEXITCODE -ne 0) { throw "build failed (exit $LASTEXITCODE)" }
Write-Host "Built: dist\PropDesk\ and dist\PropDesk-*-setup.exe"
