#!/usr/bin/env bash
# Compiles installer/windows/bhu-clinic.nsi with makensis (Debian package nsis) against a
# placeholder payload: empty stand-ins for what the windeployqt step puts in the staging folder.
# It checks the script, not the programs (they cannot be built on Linux here).
#   installer/windows/check-nsis.sh [WORK_DIR]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${1:-$(mktemp -d)}
mkdir -p "$WORK/payload/platforms" "$WORK/payload/styles"
for f in bhu-clinic.exe bhuctl.exe bhu_ur.qm qtbase_ur.qm Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Network.dll \
         Qt6PrintSupport.dll Qt6Concurrent.dll libcrypto-3-x64.dll platforms/qwindows.dll styles/qwindowsvistastyle.dll; do
  printf 'placeholder\n' >"$WORK/payload/$f"
done
makensis -V2 -WX -DPAYLOAD="$WORK/payload" -DVERSION=0.1.0 -DOUTFILE="$WORK/bhu-clinic-setup.exe" "$HERE/bhu-clinic.nsi"
[ -s "$WORK/bhu-clinic-setup.exe" ]
