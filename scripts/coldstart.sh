#!/usr/bin/env bash
# Cold-start figures a user feels (issue 15), whole processes, N runs each (default 5), with the load
# average printed before every series, LibreOffice converting the same DOCX in the same run:
#   export    complete 科创中国 application → DOCX + PDF   (README jar, C1 only  |  packaged bin/shenbao  |
#             lib/app/shenbao-direct.sh, the .deb's shenbao command: the runtime without the native launcher)
#   soffice   LibreOffice converting that DOCX to PDF (private profile, made once before timing)
#   validate  the same draft                               (README jar, C1 only  |  packaged bin/shenbao)
#   client    launch → editable form, Xvfb, software rendering (logged by the client itself)
#   first export in the client: DOCX + PDF of the sample, asked for 3 s after the window is up
#             (-Dshenbao.measureFirstExport=3), with the background warm-up (opt-in) and without it
#   timeline  one traced export and validate of the packaged launcher (-Dshenbao.trace.startup=true): where
#             the cold time goes, step by step (printed last)
#   second image (optional second argument): the same export, validate and client series through that image's
#             lib/app/shenbao-direct.sh beside the first, e.g. a copy of an image built with another runtime
#             (-Dshenbao.runtime.jdk=/usr/lib/jvm/temurin-25-jdk-amd64: JDK 25 + AOT cache, docs/packaging.md)
# Needs: mvn -B -DskipTests package (the jar) and mvn -B -Pinstaller package -DskipTests (the image);
# xvfb-run and soffice are optional. Usage: scripts/coldstart.sh [runs] [second-image-dir]
set -uo pipefail
cd "$(dirname "$0")/.."
N=${1:-5}
JAR=app/target/shenbao.jar
IMG=packaging/target/image/shenbao
SAMPLE=docs/examples/kczg-2024-sample.shenbao
IMG2=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -DskipTests package" >&2; exit 2; }
[ -x "$IMG/bin/shenbao" ] || { echo "no $IMG: run mvn -B -Pinstaller package -DskipTests" >&2; exit 2; }
[ -z "$IMG2" ] || [ -f "$IMG2/lib/app/shenbao-direct.sh" ] || { echo "no $IMG2/lib/app/shenbao-direct.sh" >&2; exit 2; }

echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/{print $2}') GiB"
echo "java:    $(java -version 2>&1 | head -1); packaged runtime $("$IMG/lib/runtime/bin/java" -version 2>&1 | head -1)"
[ -z "$IMG2" ] || echo "second:  $IMG2, runtime $("$IMG2/lib/runtime/bin/java" -version 2>&1 | head -1), options $(sed -n 's/^java-options=//p' "$IMG2/lib/app/shenbao.cfg" | grep -v jpackage | tr '\n' ' ')"

load() { cut -d' ' -f1-3 /proc/loadavg; }
med() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
# series LABEL command...: N runs; wall ms of each, the median wall, and the median CPU (user + sys) of
# the process, which depends far less on what else the machine is doing
series() {
  local label=$1; shift
  local times=() cpus=() l0 w u s
  l0=$(load)
  for _ in $(seq "$N"); do
    /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null 2>&1
    read -r w u s < <(tail -1 "$work/time")
    times+=("$(awk -v w="$w" 'BEGIN{printf "%d", w*1000}')")
    cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%d", (u+s)*1000}')")
  done
  printf '%-34s %s  median %s ms wall, %s ms CPU  (load %s)\n' "$label" "${times[*]}" \
    "$(printf '%s\n' "${times[@]}" | med)" "$(printf '%s\n' "${cpus[@]}" | med)" "$l0"
}

series "export, java -jar (C1)" java -XX:TieredStopAtLevel=1 -jar "$JAR" export "$SAMPLE" --docx "$work/j.docx" --pdf "$work/j.pdf"
series "export, packaged bin/shenbao" "$IMG/bin/shenbao" export "$SAMPLE" --docx "$work/p.docx" --pdf "$work/p.pdf"
series "export, packaged shenbao-direct.sh" sh "$IMG/lib/app/shenbao-direct.sh" export "$SAMPLE" --docx "$work/d.docx" --pdf "$work/d.pdf"
[ -z "$IMG2" ] || series "export, second image direct" sh "$IMG2/lib/app/shenbao-direct.sh" export "$SAMPLE" --docx "$work/d2.docx" --pdf "$work/d2.pdf"
if command -v soffice >/dev/null; then
  lo=(soffice "-env:UserInstallation=file://$work/lo" --headless --convert-to pdf --outdir "$work/lo-out" "$work/p.docx")
  "${lo[@]}" >/dev/null 2>&1   # makes the private profile; not timed
  series "soffice DOCX → PDF (same DOCX)" "${lo[@]}"
else
  echo "soffice: not installed (Debian: libreoffice-writer-nogui)"
fi
series "validate, java -jar (C1)" java -XX:TieredStopAtLevel=1 -jar "$JAR" validate "$SAMPLE"
series "validate, packaged bin/shenbao" "$IMG/bin/shenbao" validate "$SAMPLE"
series "validate, packaged shenbao-direct.sh" sh "$IMG/lib/app/shenbao-direct.sh" validate "$SAMPLE"
[ -z "$IMG2" ] || series "validate, second image direct" sh "$IMG2/lib/app/shenbao-direct.sh" validate "$SAMPLE"

if command -v xvfb-run >/dev/null; then
  export N JAR IMG IMG2 work
  xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
    client() { local label=$1; shift; local l0; l0=$(cut -d" " -f1-3 /proc/loadavg); local times=()
      for _ in $(seq "$N"); do
        times+=($("$@" 2>&1 | sed -n "s/.*editable form \([0-9]*\) ms.*/\1/p"))
      done
      printf "%-34s %s  median %s ms  (load %s)\n" "$label" "${times[*]}" \
        "$(printf "%s\n" "${times[@]}" | sort -n | awk "{a[NR]=\$1} END{print a[int((NR+1)/2)]}")" "$l0"; }
    client "client to editable, java -jar (C1)" java -XX:TieredStopAtLevel=1 -Dshenbao.exitWhenReady=true \
        -Dshenbao.home="$work/home" -jar "$JAR"
    JAVA_TOOL_OPTIONS="-Dshenbao.exitWhenReady=true -Dshenbao.home=$work/home" \
        client "client to editable, packaged" "$IMG/bin/shenbao"
    JAVA_TOOL_OPTIONS="-Dshenbao.exitWhenReady=true -Dshenbao.home=$work/home" \
        client "client, shenbao-direct.sh" sh "$IMG/lib/app/shenbao-direct.sh"
    [ -z "$IMG2" ] || JAVA_TOOL_OPTIONS="-Dshenbao.exitWhenReady=true -Dshenbao.home=$work/home" \
        client "client, second image direct" sh "$IMG2/lib/app/shenbao-direct.sh"
    # the first export in the client (DOCX + PDF of the complete sample), asked for 3 s after the window
    # is up, with the background warm-up (the default; -Dshenbao.warmUp=true) and without it (-Dshenbao.warmUp=false)
    first() { local label=$1; shift; local l0; l0=$(cut -d" " -f1-3 /proc/loadavg); local times=()
      for _ in $(seq "$N"); do
        times+=($("$@" 2>&1 | sed -n "s/.*first export \([0-9]*\) ms.*/\1/p"))
      done
      printf "%-34s %s  median %s ms  (load %s)\n" "$label" "${times[*]}" \
        "$(printf "%s\n" "${times[@]}" | sort -n | awk "{a[NR]=\$1} END{print a[int((NR+1)/2)]}")" "$l0"; }
    JAVA_TOOL_OPTIONS="-Dshenbao.measureFirstExport=3 -Dshenbao.warmUp=true -Dshenbao.home=$work/home" \
        first "first export in client, warm-up" "$IMG/bin/shenbao" docs/examples/kczg-2024-sample.shenbao
    JAVA_TOOL_OPTIONS="-Dshenbao.measureFirstExport=3 -Dshenbao.warmUp=false -Dshenbao.home=$work/home" \
        first "first export in client, no warm-up" "$IMG/bin/shenbao" docs/examples/kczg-2024-sample.shenbao
  '
else
  echo "client: xvfb-run not installed"
fi
echo "== timeline of one cold export and one validate, packaged launcher (-Dshenbao.trace.startup=true; load $(load))"
JAVA_TOOL_OPTIONS=-Dshenbao.trace.startup=true "$IMG/bin/shenbao" export "$SAMPLE" --docx "$work/t.docx" --pdf "$work/t.pdf" 2>&1 >/dev/null | grep '^\[startup\]'
JAVA_TOOL_OPTIONS=-Dshenbao.trace.startup=true "$IMG/bin/shenbao" validate "$SAMPLE" 2>&1 >/dev/null | grep '^\[startup\]'
echo "load at the end: $(load)"
