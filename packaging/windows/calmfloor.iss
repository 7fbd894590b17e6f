; calmfloor setup program (Inno Setup 6.3 or newer), for patients and for clinics.
;
; Per-machine install into "C:\Program Files\calmfloor" from the PyInstaller one-folder build
; (packaging/pyinstaller/calmfloor.spec), a Start menu shortcut, an optional kiosk autostart for
; everyone who signs in (task "kiosk"), and an optional clinic policy file copied to
; %ProgramData%\calmfloor\policy.json (/POLICYFILE=...).
;
; Build on Windows, from the repository root, after the frozen build:
;   iscc /DDistDir=build\frozen\calmfloor /Obuild packaging\windows\calmfloor.iss
; (or run: python packaging\windows\build_installers.py)
;
; Silent install and removal (see docs/packaging.md, "Windows installers"):
;   calmfloor-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /TASKS=kiosk /POLICYFILE="C:\Deploy\policy.json"
;   "C:\Program Files\calmfloor\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; The version below is written by packaging/set_version.py; do not edit it by hand.

#define AppVersion "0.1.0"
#define AppUserModelID "org.calmfloor.Calmfloor"
#ifndef DistDir
  #define DistDir "..\..\build\frozen\calmfloor"
#endif

[Setup]
; AppId never changes: it is how a new version finds and replaces an old one.
AppId={{F5B5E20A-7F9D-453D-B474-DFD9AB3F0343}
AppName=calmfloor
AppVersion={#AppVersion}
AppVerName=calmfloor {#AppVersion}
AppPublisher=calmfloor developers
AppPublisherURL=https://calmfloor.org
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\calmfloor
DefaultGroupName=calmfloor
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\assets\icons\calmfloor.ico
UninstallDisplayIcon={app}\calmfloor.exe
UninstallDisplayName=calmfloor
OutputBaseFilename=calmfloor-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
english.KioskTask=Start calmfloor as a waiting-room kiosk when anyone signs in
german.KioskTask=calmfloor bei jeder Anmeldung als Wartezimmer-Kiosk starten
english.PolicyMissing=The clinic policy file was not found:
german.PolicyMissing=Die Richtliniendatei der Praxis wurde nicht gefunden:

[Tasks]
Name: "kiosk"; Description: "{cm:KioskTask}"; Flags: unchecked

[Dirs]
; Created here; made readable by every user and writable by administrators only in [Run].
Name: "{commonappdata}\calmfloor"; Flags: uninsneveruninstall

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The clinic policy: only with /POLICYFILE=..., never removed (uninstall and upgrades keep it).
Source: "{param:POLICYFILE}"; DestDir: "{commonappdata}\calmfloor"; DestName: "policy.json"; Flags: external ignoreversion uninsneveruninstall; Check: PolicyFileGiven

[Icons]
Name: "{autoprograms}\calmfloor"; Filename: "{app}\calmfloor.exe"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelID}"

[Registry]
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "calmfloor"; ValueData: """{app}\calmfloor.exe"" --kiosk"; Flags: uninsdeletevalue; Tasks: kiosk

[Run]
; SIDs, not names: group names are translated on non-English Windows.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\calmfloor"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /T /Q"; Flags: runhidden waituntilterminated
Filename: "{app}\calmfloor.exe"; Description: "{cm:LaunchProgram,calmfloor}"; Flags: nowait postinstall skipifsilent unchecked

[Code]
function PolicyFileGiven(): Boolean;
begin
  Result := ExpandConstant('{param:POLICYFILE|}') <> '';
end;

{ A policy file that was asked for but is missing stops the setup, so a clinic never ends up
  with a kiosk that silently runs without its policy. }
function InitializeSetup(): Boolean;
var
  Policy: String;
begin
  Result := True;
  Policy := ExpandConstant('{param:POLICYFILE|}');
  if (Policy <> '') and not FileExists(Policy) then
  begin
    Log('Policy file not found: ' + Policy);
    SuppressibleMsgBox(CustomMessage('PolicyMissing') + #13#10 + Policy,
      mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;
