; PropDesk 物业客服台 — Windows installer (NSIS 3, Unicode, Modern UI 2).
;
; This file is UTF-8 with a BOM: without the BOM, makensis on a Chinese Windows would read
; it as GBK (the ANSI code page) and garble every Chinese string. Keep the BOM.
;
; Built by installer/build.py; by hand, from the project root:
;   makensis -INPUTCHARSET UTF8 -WX -DVERSION=0.1.0 -DSOURCE_DIR=%CD%\dist\PropDesk installer\propdesk.nsi
; Defines:
;   VERSION       required, e.g. 0.1.0 (app/__init__.py's __version__)
;   SOURCE_DIR    required, the PyInstaller one-folder build (holds PropDesk.exe); use an
;                 absolute path (relative paths are taken from this script's folder)
;   FILE_VERSION  optional, four numbers for the file properties (default VERSION.0)
;   OUTFILE       optional (default ..\dist\PropDesk-VERSION-setup.exe)
;   PUBLISHER     optional (default PropDesk)
;
; What it does: installs SOURCE_DIR into $PROGRAMFILES64\PropDesk for all users, adds a
; Start-menu and a desktop shortcut and an entry in Add/Remove Programs. It refuses to run
; while PropDesk is running. The uninstaller removes the program files, the shortcuts and its
; registry entries, and NEVER the office data: the database, its backups and the logs live in
; each user's %LOCALAPPDATA%\PropDesk\PropDesk (platformdirs), the language and window
; settings in HKCU\Software\PropDesk. Neither is touched, so a reinstall carries on with them.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z /DSOURCE_DIR=... propdesk.nsi"
!endif
!ifndef SOURCE_DIR
  !error "Pass the PyInstaller folder: makensis /DVERSION=x.y.z /DSOURCE_DIR=...\dist\PropDesk propdesk.nsi"
!endif
!if ! /FileExists "${SOURCE_DIR}\PropDesk.exe"
  !error "${SOURCE_DIR}\PropDesk.exe not found: build the one-folder program first (installer/build.py)"
!endif
!ifndef FILE_VERSION
  !define FILE_VERSION "${VERSION}.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\PropDesk-${VERSION}-setup.exe"
!endif
!ifndef PUBLISHER
  !define PUBLISHER "PropDesk"
!endif

!define APP_NAME "PropDesk"
!define DISPLAY_NAME "物业客服台 PropDesk"
!define APP_EXE "PropDesk.exe"
!define CLI_EXE "propdesk-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define SHORTCUT "${DISPLAY_NAME}.lnk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define INSTALLER_KEY "Software\${APP_NAME}\Installer"  ; HKLM; the app's own settings are in HKCU
; A named mutex PropDesk may hold while it runs (Win32 CreateMutexW, same name). Until the
; program creates it, the check on the locked PropDesk.exe below does the work on its own.
!define APP_MUTEX "PropDesk.Running"

Name "${DISPLAY_NAME}"
Caption "${DISPLAY_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
BrandingText "${DISPLAY_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

; ------------------------------------------------------------------ Modern UI
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!if /FileExists "${__FILEDIR__}\..\resources\icons\propdesk.ico"
  !define MUI_ICON "${__FILEDIR__}\..\resources\icons\propdesk.ico"
!endif
; Remember the language chosen at install time for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${INSTALLER_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Language"

!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "$(FinishRun)"
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchAsUser
!insertmacro MUI_PAGE_FINISH

!define MUI_WELCOMEPAGE_TEXT "$(UnWelcomeText)"
!insertmacro MUI_UNPAGE_WELCOME
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UnConfirmTop)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(UnFinishText)"
!insertmacro MUI_UNPAGE_FINISH

; The first language is the default (the language dialog preselects it).
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; --------------------------------------------------------------------- texts
LangString FinishText ${LANG_SIMPCHINESE} "物业客服台 ${VERSION} 已安装到本电脑。$\r$\n$\r$\n办公室数据（数据库、备份和日志）保存在每位用户的 %LOCALAPPDATA%\PropDesk\PropDesk 文件夹中，与程序文件分开；升级或卸载程序都不会删除这些数据。"
LangString FinishText ${LANG_ENGLISH} "PropDesk ${VERSION} is installed on this computer.$\r$\n$\r$\nThe office data (database, backups and logs) lives in each user's %LOCALAPPDATA%\PropDesk\PropDesk folder, apart from the program; upgrading or uninstalling the program never deletes it."
LangString FinishRun ${LANG_SIMPCHINESE} "立即启动物业客服台"
LangString FinishRun ${LANG_ENGLISH} "Start PropDesk now"
LangString UnWelcomeText ${LANG_SIMPCHINESE} "本向导将从本电脑上卸载物业客服台 ${VERSION}。$\r$\n$\r$\n只删除程序文件、开始菜单和桌面快捷方式。$\r$\n$\r$\n办公室数据不会被删除：数据库、备份和日志保存在每位用户的 %LOCALAPPDATA%\PropDesk\PropDesk 文件夹中，全部保留；重新安装后可继续使用。$\r$\n$\r$\n请先退出物业客服台，然后点击“下一步”。"
LangString UnWelcomeText ${LANG_ENGLISH} "This wizard removes PropDesk ${VERSION} from this computer.$\r$\n$\r$\nOnly the program files and the Start-menu and desktop shortcuts are removed.$\r$\n$\r$\nThe office data is NOT deleted: the database, its backups and the logs in each user's %LOCALAPPDATA%\PropDesk\PropDesk folder are all kept, and a reinstall carries on with them.$\r$\n$\r$\nQuit PropDesk first, then click Next."
LangString UnConfirmTop ${LANG_SIMPCHINESE} "将从以下文件夹删除物业客服台的程序文件。办公室数据（%LOCALAPPDATA%\PropDesk\PropDesk）保留，不会删除。"
LangString UnConfirmTop ${LANG_ENGLISH} "The PropDesk program files will be removed from this folder. The office data (%LOCALAPPDATA%\PropDesk\PropDesk) is kept, not deleted."
LangString UnFinishText ${LANG_SIMPCHINESE} "物业客服台的程序文件和快捷方式已删除。$\r$\n$\r$\n办公室数据仍保留在每位用户的 %LOCALAPPDATA%\PropDesk\PropDesk 文件夹中。如果确实不再需要，请先备份，再由管理员手动删除该文件夹。"
LangString UnFinishText ${LANG_ENGLISH} "The PropDesk program files and shortcuts have been removed.$\r$\n$\r$\nThe office data is still in each user's %LOCALAPPDATA%\PropDesk\PropDesk folder. If it is really no longer needed, back it up, then have an administrator delete that folder by hand."
LangString MsgRunning ${LANG_SIMPCHINESE} "物业客服台正在运行。请先在所有窗口中退出程序，然后再试。"
LangString MsgRunning ${LANG_ENGLISH} "PropDesk is running. Quit it in every window first, then try again."
LangString MsgNeeds64Bit ${LANG_SIMPCHINESE} "物业客服台需要 64 位 Windows。"
LangString MsgNeeds64Bit ${LANG_ENGLISH} "PropDesk needs 64-bit Windows."
LangString ShortcutComment ${LANG_SIMPCHINESE} "物业客服台"
LangString ShortcutComment ${LANG_ENGLISH} "PropDesk property-service desk"

VIProductVersion "${FILE_VERSION}"
VIFileVersion "${FILE_VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${DISPLAY_NAME}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${DISPLAY_NAME} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "© ${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${DISPLAY_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${DISPLAY_NAME} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "© ${PUBLISHER}"

; ----------------------------------------------------- is PropDesk running?
; Sets $0 to 1 when PropDesk runs: its mutex exists (or exists but belongs to another user),
; or Windows refuses to open an installed .exe for writing (a running image is locked).
!macro EXE_LOCKED PATH  ; uses $1; sets $0 to 1 when PATH exists and is locked
  ${If} ${FileExists} "${PATH}"
    ClearErrors
    FileOpen $1 "${PATH}" a
    ${If} ${Errors}
      StrCpy $0 1
    ${Else}
      FileClose $1
    ${EndIf}
  ${EndIf}
!macroend

!macro CHECK_RUNNING UN
  Function ${UN}IsRunning
    Push $1
    Push $2
    StrCpy $0 0
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${APP_MUTEX}") p .r1 ?e'
    Pop $2  ; GetLastError
    ${If} $1 P<> 0
      System::Call 'kernel32::CloseHandle(p r1)'
      StrCpy $0 1
    ${ElseIf} $2 = 5  ; ERROR_ACCESS_DENIED: it exists, someone else's
      StrCpy $0 1
    ${EndIf}
    ${If} $0 = 0
      !insertmacro EXE_LOCKED "$INSTDIR\${APP_EXE}"
      !insertmacro EXE_LOCKED "$INSTDIR\${CLI_EXE}"
    ${EndIf}
    Pop $2
    Pop $1
  FunctionEnd
!macroend
!insertmacro CHECK_RUNNING ""
!insertmacro CHECK_RUNNING "un."

; -------------------------------------------------------------------- install
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "$(MsgNeeds64Bit)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; Preselect Simplified Chinese (unless an earlier install chose English) and ask.
  StrCpy $LANGUAGE ${LANG_SIMPCHINESE}
  !insertmacro MUI_LANGDLL_DISPLAY
  ; An upgrade goes where the last install went (read here, not with InstallDirRegKey, which
  ; would look in the 32-bit registry view), unless /D= on the command line chose a folder.
  ReadRegStr $0 HKLM "${INSTALLER_KEY}" "InstallDir"
  ${If} $0 != ""
  ${AndIf} $INSTDIR == "$PROGRAMFILES64\${APP_NAME}"
    StrCpy $INSTDIR $0
  ${EndIf}
  Call IsRunning
  ${If} $0 = 1
    MessageBox MB_ICONSTOP|MB_OK "$(MsgRunning)" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Function DirectoryLeave  ; the folder may have changed: check the one chosen
  Call IsRunning
  ${If} $0 = 1
    MessageBox MB_ICONSTOP|MB_OK "$(MsgRunning)" /SD IDOK
    Abort  ; stays on the page
  ${EndIf}
FunctionEnd

Function LaunchAsUser
  ; The installer runs elevated, possibly as another account: a program started from here
  ; would keep its data in that account's AppData. Explorer starts it as the desktop's user.
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${APP_EXE}"'
FunctionEnd

Section "-Program" SecProgram
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the bundled libraries as a whole (no stale files of an older
  ; version), but only where PropDesk is installed: never empty a folder we do not own.
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"

  WriteRegStr HKLM "${INSTALLER_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${DISPLAY_NAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

; ------------------------------------------------------------------ uninstall
Function un.onInit
  ${IfNot} ${RunningX64}
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
  Call un.IsRunning
  ${If} $0 = 1
    MessageBox MB_ICONSTOP|MB_OK "$(MsgRunning)" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

; Removes what a PyInstaller one-folder build consists of. It never deletes anything under
; %LOCALAPPDATA% (the office data) nor HKCU (each user's settings), and it removes the
; program folder only when nothing else is left in it (RMDir without /r).
Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"

  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"

  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegKey HKLM "${INSTALLER_KEY}"
  DeleteRegKey /ifempty HKLM "Software\${APP_NAME}"
SectionEnd
