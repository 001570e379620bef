#!/usr/bin/env bash
# Starts the client under Xvfb in prepared states (ScreenshotDemo) and writes a picture of each window.
# The main window sizes itself to the Xvfb screen as it does on a real one, so the pictures show the
# client on a 1024×600 netbook, a 1366×768 office laptop and a 1920×1080 screen.
# Usage: scripts/screenshots.sh [output folder]      Needs: xvfb (xvfb-run), libgtk-3-0, a CJK font.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-target/screenshots}"
mkdir -p "$OUT"
if [ ! -f app/target/shenbao.jar ] || [ ! -d app/target/test-classes ]; then
  mvn -B -o -q -DskipTests package
  mvn -B -o -q -pl app -am test-compile
fi
CP="app/target/test-classes:app/target/shenbao.jar"
shoot() {   # scene, screen WxH, file
  xvfb-run -a -s "-screen 0 ${2}x24" \
    java -Dprism.order=sw -cp "$CP" cn.shenbao.app.ui.ScreenshotDemo "$1" "$OUT/$3" >"$OUT/$3.log" 2>&1 || true
  echo "$OUT/$3"
}
shoot findings 1024x600 window-1024x600.png
shoot members 1024x600 members-1024x600.png
shoot phases 1024x600 phases-1024x600.png
shoot removed 1024x700 row-removed-1024x700.png
shoot empty 1024x700 new-draft-1024x700.png
shoot findings 1366x768 window-1366x768.png
shoot findings 1920x1080 form-with-findings.png
shoot members 1366x768 member-table.png
shoot find 1366x768 find.png
shoot keys 1366x768 keys.png
shoot guide 1366x768 guide.png
shoot preview 1366x768 preview.png
shoot export 1366x768 export-check.png
shoot handoff 1400x900 export-handoff.png
shoot handoff-blank 1400x900 export-handoff-blank.png
shoot t5 1366x768 t5-indicators.png
shoot workspace 1400x900 workspace.png
shoot package 1400x900 package.png
shoot compare 1400x900 docx-compare.png
