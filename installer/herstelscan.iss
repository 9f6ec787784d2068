; Inno Setup 6 script: the Windows installer around the one-folder PyInstaller build.
;
;   Built by installer\build.ps1, which passes the version from core\__init__.py:
;     iscc /DAppVersion=0.1.0 installer\herstelscan.iss
;   Input:  installer\dist\herstelscan\   (herstelscan.exe, herstelscan-cli.exe, _internal\)
;   Output: installer\dist\herstelscan-setup-<version>.exe
;
; Per-user by default: no administrator rights, installs into
; %LOCALAPPDATA%\Programs\Herstelscan, and registers under HKEY_CURRENT_USER. An
; administrator can still choose "install for all users" (dialog or /ALLUSERS), then
; it goes to Program Files and HKEY_LOCAL_MACHINE (DefaultAppDir and HKA follow the choice).
;
; The uninstaller removes only what this installer put down. The user's cases
; (*.herstelscan.json, wherever they were saved), exported workbooks, settings and the
; autosave/recovery folder are never deleted.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z herstelscan.iss (installer\build.ps1 does)
#endif
; Windows version resources want numbers only; build.ps1 passes e.g. 0.1.0 for 0.1.0rc1.
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "dist\herstelscan"
#endif
#ifndef OutputDir
  #define OutputDir "dist"
#endif

#define AppName "Herstelscan"
#define AppExe "herstelscan.exe"
#define AppPublisher "FME"
#define AppURL "https://www.fme.nl"
#define ProgId "Herstelscan.Case"

[Setup]
; AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{50B6A862-A227-4C2D-9D2C-EDDC3A605CAF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installatie
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; Per user: %LOCALAPPDATA%\Programs\Herstelscan, named directly (not {autopf}); all users:
; Program Files. See DefaultAppDir in [Code] and installer\README.md.
DefaultDirName={code:DefaultAppDir}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\resources\icons\herstelscan.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=herstelscan-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.CaseFile=Herstelscan-casus
en.CaseFile=Herstelscan case
nl.CommandLine=Herstelscan (opdrachtregel)
en.CommandLine=Herstelscan (command line)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program's own libraries wholesale, so none of an older version's
; files linger. This is the program folder only, never the user's data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{#AppName} {#AppVersion}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Case files are named *.herstelscan.json. Windows picks a file's program by its last
; extension only (.json), so a double-click cannot be tied to ".herstelscan.json" without
; taking over every .json file, which we do not do. Instead Herstelscan registers a file
; type of its own and offers itself under "Open with" for .json files; the app's own
; File > Open and recent-files list are the main way in.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:CaseFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: uninstalling leaves the user's cases, workbooks,
; settings and autosave folder alone (Inno Setup removes only the files it installed).

[Code]
// The program folder. Per user it is %LOCALAPPDATA%\Programs, the folder Windows names for
// per-user programs (FOLDERID_UserProgramFiles) and where {autopf} points in per-user mode.
// It is written out here instead of using {autopf} so that the per-user install, the
// members' default, is the one installer/wine_check.sh tests: Wine 8.0 has no
// FOLDERID_UserProgramFiles and cannot expand {autopf} per user. All users: Program Files.
function DefaultAppDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonpf}')
  else
    Result := ExpandConstant('{localappdata}\Programs');
end;
