; bhu-clinic.nsi — the Windows installer of BHU Clinic (bhu-clinic.exe and bhuctl.exe).
; Built by docs/windows-build.md, step "Installer":
;   makensis -DPAYLOAD=<staging folder> -DVERSION=0.1.0 -DOUTFILE=bhu-clinic-0.1.0-setup.exe bhu-clinic.nsi
; PAYLOAD is the folder made by the windeployqt step: bhu-clinic.exe, bhuctl.exe, bhu_ur.qm,
; qtbase_ur.qm and everything windeployqt copied beside them (Qt DLLs, platforms\, styles\,
; OpenSSL's libcrypto). SQLCipher is linked into the programs.
; The file is UTF-8 with a byte-order mark (the Urdu names below). CI compiles it with makensis
; against a placeholder payload (installer/windows/check-nsis.sh).
; Uninstalling removes the programs and shortcuts only: clinic databases live in each user's
; %APPDATA%\bhu\bhu-clinic and are never removed.
Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!ifndef PAYLOAD
  !error "Give the staging folder: makensis -DPAYLOAD=<folder> (see docs/windows-build.md)"
!endif
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "bhu-clinic-${VERSION}-setup.exe"
!endif

!define APPNAME "BHU Clinic"
!define APPNAME_UR "بی ایچ یو کلینک"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\BHU Clinic"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "Software\bhu\bhu-clinic" "InstallDir"

!include "MUI2.nsh"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\bhu-clinic.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start BHU Clinic (first start: the set-up wizard)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; NSIS ships no Urdu installer language; the installer speaks English, the program and the
; Start-menu entries speak Urdu too.
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APPNAME} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "BHU Clinic project"

Section "BHU Clinic" SecMain
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; Only program files come from the payload; nothing here is ever written at run time.
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Start menu: English and Urdu (the Urdu entry starts the program in Urdu).
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\bhu-clinic.exe" "--lang en" "$INSTDIR\bhu-clinic.exe" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME_UR}.lnk" "$INSTDIR\bhu-clinic.exe" "--lang ur" "$INSTDIR\bhu-clinic.exe" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Uninstall ${APPNAME}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME_UR} ان انسٹال کریں.lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "Software\bhu\bhu-clinic" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME} ${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "BHU Clinic project"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\bhu-clinic.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  ; The program folder only. Clinic databases, key files and backups are in each user's
  ; %APPDATA%\bhu\bhu-clinic (or wherever --db points) and stay.
  RMDir /r "$INSTDIR"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKLM "Software\bhu\bhu-clinic"
  MessageBox MB_OK|MB_ICONINFORMATION "BHU Clinic was removed. The clinic databases were kept: they are in each user's folder %APPDATA%\bhu\bhu-clinic (clinic.db and clinic.db.keys) and in the backup folder set in Admin → Backups. Installing BHU Clinic again opens them." /SD IDOK
SectionEnd
