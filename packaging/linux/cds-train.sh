#!/usr/bin/env bash
# Class-data sharing for the packaged program (AppCDS, JDK 17): runs the app image's own runtime on
# what users do first — validate and export a complete application, and (under Xvfb, when xvfb-run is
# present) start the client to an editable form — records the classes each run loads, writes their union
# to lib/app/shenbao.classlist, dumps lib/app/shenbao.jsa for this location and adds
# -XX:SharedArchiveFile=$APPDIR/shenbao.jsa to the launcher's options.
# The archive is tied to the absolute path of shenbao.jar: the .deb leaves it out and its postinst
# dumps it again from the class list under /opt/shenbao. A missing or stale archive is ignored by the JVM.
# Usage: cds-train.sh <app-image-dir> <sample.shenbao>
set -euo pipefail
image=$(cd "$1" && pwd)
sample=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
java=$image/lib/runtime/bin/java
jar=$image/lib/app/shenbao.jar
cfg=$image/lib/app/shenbao.cfg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # name, JVM options..., -- , program arguments...
  local name=$1; shift
  local opts=()
  while [ "$1" != "--" ]; do opts+=("$1"); shift; done
  shift
  "$java" -XX:DumpLoadedClassList="$work/$name.lst" -Dshenbao.home="$work/home" "${opts[@]}" \
      -cp "$jar" cn.shenbao.app.Main "$@"
}

run validate -- validate "$sample" >/dev/null || [ $? -eq 1 ]
run export -- export "$sample" --docx "$work/a.docx" --pdf "$work/a.pdf" >/dev/null
lists=("$work/validate.lst" "$work/export.lst")
if command -v xvfb-run >/dev/null 2>&1; then
  # (xvfb-run is a sh script: it would drop an exported bash function, so the command is spelt out)
  export java jar work
  xvfb-run -a -s "-screen 0 1400x900x24" bash -c '"$java" -XX:DumpLoadedClassList="$work/client.lst" \
      -Dshenbao.home="$work/home" -Dshenbao.exitWhenReady=true -cp "$jar" cn.shenbao.app.Main' >"$work/client.log" 2>&1 \
    && lists+=("$work/client.lst") \
    || echo "cds-train: the client did not start under Xvfb; the archive covers the command line only" >&2
else
  echo "cds-train: no xvfb-run; the archive covers the command line only" >&2
fi
# the union, in first-seen order (a class list is read top to bottom)
cat "${lists[@]}" | awk '!seen[$0]++' > "$image/lib/app/shenbao.classlist"
rm -f "$image/lib/app/shenbao.jsa"
"$java" -Xshare:dump -XX:SharedClassListFile="$image/lib/app/shenbao.classlist" \
    -XX:SharedArchiveFile="$image/lib/app/shenbao.jsa" -cp "$jar" >"$work/dump.log" 2>&1 \
  || { cat "$work/dump.log" >&2; exit 1; }
grep -q 'SharedArchiveFile' "$cfg" || echo 'java-options=-XX:SharedArchiveFile=$APPDIR/shenbao.jsa' >> "$cfg"
echo "cds-train: $(grep -vc '^#' "$image/lib/app/shenbao.classlist") classes, archive $(du -h "$image/lib/app/shenbao.jsa" | cut -f1)"
