<#
.SYNOPSIS
    Build the standalone Herstelscan app and its Windows installer, on Windows.

.DESCRIPTION
    One command, from anywhere:

        powershell -ExecutionPolicy Bypass -File installer\build.ps1

    1. creates installer\.venv (Python 3.11) on first use and installs the pinned build
       requirements (installer\requirements-build.txt: PyInstaller + the app's own pins);
    2. runs PyInstaller with installer\herstelscan.spec
       -> installer\dist\herstelscan\ (herstelscan.exe, herstelscan-cli.exe, _internal\);
    3. runs the Inno Setup compiler (ISCC.exe) on installer\herstelscan.iss, passing the
       version from core\__init__.py
       -> installer\dist\herstelscan-setup-<version>.exe

.PARAMETER Python
    The Python 3.11 that creates the build venv. Default: "py -3.11" if the launcher has
    it, else "python".
.PARAMETER Iscc
    Path to ISCC.exe. Default: on PATH, else the usual Inno Setup 6/7 install folders.
.PARAMETER SkipInstaller
    Build the app folder only (no Inno Setup needed).
.PARAMETER SkipInstall
    Do not pip-install (offline rebuilds with an existing venv).
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller,
    [switch]$SkipInstall
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Here = $PSScriptRoot
$Root = Split-Path -Parent $Here
$Venv = Join-Path $Here ".venv"
$Py = Join-Path $Venv "Scripts\python.exe"

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    # Native programs log to stderr; Windows PowerShell 5.1 must not treat that as an error.
    $ErrorActionPreference = "Continue"
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Test-PyLauncher311 {
    if (-not (Get-Command py -ErrorAction SilentlyContinue)) { return $false }
    $ErrorActionPreference = "Continue"
    $out = & py -3.11 -c "print(1)" 2>$null
    return ($LASTEXITCODE -eq 0 -and "$out".Trim() -eq "1")
}

# 1. Build venv --------------------------------------------------------------------------
if (-not (Test-Path $Py)) {
    Write-Host "== creating build venv $Venv"
    if ($Python) {
        Invoke-Checked $Python @("-m", "venv", $Venv)
    } elseif (Test-PyLauncher311) {
        Invoke-Checked "py" @("-3.11", "-m", "venv", $Venv)
    } else {
        Invoke-Checked "python" @("-m", "venv", $Venv)
    }
}
Invoke-Checked $Py @("-c", "import sys; assert sys.version_info[:2] == (3, 11), 'need Python 3.11, got ' + sys.version")

if (-not $SkipInstall) {
    Write-Host "== installing build requirements"
    Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", (Join-Path $Here "requirements-build.txt"))
}

# 2. The app folder ----------------------------------------------------------------------
Push-Location $Root
try {
    $Version = & $Py -c "from core import __version__; print(__version__)"
    if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "cannot read core.__version__" }
    $Version = "$Version".Trim()
    Write-Host "== building Herstelscan $Version"
    Invoke-Checked $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--workpath", (Join-Path $Here "build"), "--distpath", (Join-Path $Here "dist"),
        (Join-Path $Here "herstelscan.spec"))
} finally {
    Pop-Location
}
$Bundle = Join-Path $Here "dist\herstelscan"
foreach ($exe in @("herstelscan.exe", "herstelscan-cli.exe")) {
    if (-not (Test-Path (Join-Path $Bundle $exe))) { throw "the build made no $exe" }
}
$SizeMB = [math]::Round(((Get-ChildItem $Bundle -Recurse -File | Measure-Object Length -Sum).Sum / 1MB), 1)
Write-Host "== built $Bundle ($SizeMB MB)"

if ($SkipInstaller) { return }

# 3. The installer -----------------------------------------------------------------------
if (-not $Iscc) {
    $onPath = Get-Command iscc -ErrorAction SilentlyContinue
    $candidates = @()
    if ($onPath) { $candidates += $onPath.Source }
    foreach ($base in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs"))) {
        if (-not $base) { continue }
        foreach ($name in @("Inno Setup 7", "Inno Setup 6")) {
            $candidates += (Join-Path $base "$name\ISCC.exe")
        }
    }
    $Iscc = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
}
if (-not $Iscc) {
    throw "Inno Setup's ISCC.exe not found: install Inno Setup (choco install innosetup, or winget install JRSoftware.InnoSetup), pass -Iscc PATH, or use -SkipInstaller"
}

# Windows version resources want up to four numbers: 0.1.0rc1 -> 0.1.0
$Numeric = ([regex]::Matches($Version, "\d+") | Select-Object -First 4 | ForEach-Object { $_.Value }) -join "."
Write-Host "== compiling the installer with $Iscc"
Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DAppVersionNumeric=$Numeric", (Join-Path $Here "herstelscan.iss"))
$Setup = Join-Path $Here "dist\herstelscan-setup-$Version.exe"
if (-not (Test-Path $Setup)) { throw "ISCC made no $Setup" }
Write-Host "== installer: $Setup ($([math]::Round((Get-Item $Setup).Length / 1MB, 1)) MB)"
