; Inno Setup script: installs Daftar's one-folder build (dist\daftar) on Windows.
;
; Build Daftar on Windows first (python dev.py package), then compile this
; script with Inno Setup 6.3 or newer from the repository root:
;
;   iscc packaging\windows\daftar.iss
;
; The installer is written to dist\installer\Daftar-Setup-<version>.exe. It
; installs for the current user by default (no administrator rights needed;
; the person may choose all users), adds a Start-menu entry, offers a desktop
; icon, and registers an uninstaller in "Apps". Uninstalling removes the
; program only: school files, backups and settings in %LOCALAPPDATA%\Daftar
; are the school's data and are kept.

#define AppName "Daftar"
; Kept equal to app/__init__.py (a test checks); or pass iscc /DAppVersion=X.Y.Z.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "Daftar"
#define AppExe "daftar.exe"
#define BuildDir "..\..\dist\daftar"

[Setup]
; A fixed id: upgrades replace the same installation. Never change it.
AppId={{6E0C3C9B-3D0F-4B43-9B58-7D7C1E2B5A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=Daftar-Setup-{#AppVersion}
SetupIconFile=daftar.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version's _internal replaces the old one whole (no stale modules left behind).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python may leave caches beside the program; the school's data lives elsewhere and is kept.
Type: filesandordirs; Name: "{app}\_internal"
