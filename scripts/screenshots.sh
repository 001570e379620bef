#!/usr/bin/env bash
# Starts the client under Xvfb in four prepared states and takes a screenshot of each real window
# (ImageMagick `import -window root`). Usage: scripts/screenshots.sh [output folder]
# Needs: xvfb (xvfb-run), imagemagick, libgtk-3-0, a CJK font (fonts-wqy-microhei or fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-target/screenshots}"
mkdir -p "$OUT"
if [ ! -f app/target/shenbao.jar ] || [ ! -d app/target/test-classes ]; then
  mvn -B -o -q -DskipTests package
  mvn -B -o -q -pl app -am test-compile
fi
CP="app/target/test-classes:app/target/shenbao.jar"
shoot() {   # scene, seconds to wait, file
  xvfb-run -a -s "-screen 0 1400x900x24" bash -c "
    java -Dprism.order=sw -cp '$CP' cn.shenbao.app.ui.ScreenshotDemo $1 >'$OUT/$1.log' 2>&1 &
    PID=\$!
    sleep $2
    import -window root '$OUT/$3'
    kill \$PID || true
  "
  echo "$OUT/$3"
}
shoot empty 7 empty-form.png
shoot findings 8 form-with-findings.png
shoot members 8 member-table.png
shoot preview 16 preview.png
shoot export 20 export-check.png
