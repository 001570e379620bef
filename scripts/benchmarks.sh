#!/usr/bin/env bash
# The whole benchmark set, one command; writes the section between the markers in docs/benchmarks.md.
#   scripts/benchmarks.sh           full run (about 10 minutes on 2 cores; the machine is shared: run it rarely)
#   scripts/benchmarks.sh --short   a quick try (fewer repetitions; the figures are marked "short run")
# Measures, for every form in the registry (docs/examples/<id>-sample.shenbao): validation and warm export
# (bench SuiteTiming), roster growth 20 → 200 → 2,000 rows; whole processes: cold `export` and `validate`
# of the complete application (wall time, peak RSS by /usr/bin/time -v), LibreOffice converting the same DOCX
# (same run), the client from launch to an editable form (Xvfb); the keystroke benchmark (JMH) and the
# workspace benchmark fill their slots when their classes exist in the bench module.
set -euo pipefail
cd "$(dirname "$0")/.."
SHORT=0; [ "${1:-}" = "--short" ] && SHORT=1
if [ $SHORT = 1 ]; then RUNS=3; N=2; JMH="-f 1 -wi 1 -i 2 -w 1 -r 1"; else RUNS=15; N=5; JMH="-f 1 -wi 3 -i 5 -w 2 -r 2"; fi
OUT=docs/benchmarks.md
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

echo "building (offline)…" >&2
mvn -B -o -q -DskipTests package >/dev/null
mvn -B -o -q -Pbench -pl bench -am package -DskipTests >/dev/null
JAR=app/target/shenbao.jar
BENCH=bench/target/benchmarks.jar
SAMPLE=docs/examples/kczg-2024-sample.shenbao

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# whole process: wall ms and max RSS KiB of "$@"
timed() {
  local t0; t0=$(date +%s%N)
  /usr/bin/time -v -o "$work/time" "$@" >"$work/stdout" 2>&1 || true
  echo "$(ms "$t0") $(awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}' "$work/time")"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "in-process figures (SuiteTiming)…" >&2
suite=$(java -cp "$BENCH" cn.shenbao.bench.SuiteTiming docs/examples "$RUNS")

echo "cold export / validate, LibreOffice…" >&2
cp "$SAMPLE" "$work/d.shenbao"
exp_ms=(); exp_rss=(); val_ms=(); val_rss=(); lo_ms=()
for i in $(seq "$N"); do
  rm -f "$work/d.docx" "$work/d.pdf"
  read -r w r < <(timed java -jar "$JAR" export "$work/d.shenbao" --docx "$work/d.docx" --pdf "$work/d.pdf")
  exp_ms+=("$w"); exp_rss+=("$r")
  read -r w r < <(timed java -jar "$JAR" validate "$work/d.shenbao")
  val_ms+=("$w"); val_rss+=("$r")
done
if command -v soffice >/dev/null; then
  for i in $(seq "$N"); do
    t0=$(date +%s%N)
    soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/lo" "$work/d.docx" >/dev/null 2>&1 || true
    lo_ms+=("$(ms "$t0")")
  done
fi

echo "client start (Xvfb)…" >&2
client_ms=(); client_rss=()
if command -v xvfb-run >/dev/null; then
  for i in $(seq "$N"); do
    xvfb-run -a -s "-screen 0 1400x900x24" /usr/bin/time -v -o "$work/ctime" java -XX:TieredStopAtLevel=1 \
      -Dshenbao.exitWhenReady=true -Dshenbao.home="$work/home" -cp "$JAR" cn.shenbao.app.ui.ClientLauncher \
      >"$work/client" 2>&1 || true
    c=$(grep -o 'editable form [0-9]* ms' "$work/client" | grep -o '[0-9]*' || true)
    [ -n "$c" ] && client_ms+=("$c")
    client_rss+=("$(awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}' "$work/ctime")")
  done
fi

echo "keystroke and workspace slots…" >&2
keystroke="not measured: no KeystrokeBenchmark in the bench module yet"
if unzip -l "$BENCH" | grep -q 'cn/shenbao/bench/KeystrokeBenchmark.class'; then
  keystroke=$(java -jar "$BENCH" KeystrokeBenchmark $JMH 2>/dev/null | grep -E '^(Benchmark|KeystrokeBenchmark)' | sed 's/^/    /' || true)
  [ -z "$keystroke" ] && keystroke="KeystrokeBenchmark did not run (see java -jar $BENCH KeystrokeBenchmark)"
fi
workspace="not measured yet: the workspace benchmark (1 → 100 → 1,000 drafts) comes with the workspace; this slot runs any class named cn.shenbao.bench.Workspace*Benchmark"
ws=$(unzip -l "$BENCH" | grep -o 'cn/shenbao/bench/Workspace[A-Za-z]*Benchmark.class' | head -1 | sed 's#/#.#g; s#\.class##' || true)
if [ -n "$ws" ]; then
  workspace=$(java -jar "$BENCH" "${ws##*.}" $JMH 2>/dev/null | grep -E '^(Benchmark|Workspace)' | sed 's/^/    /' || true)
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

med() { printf '%s\n' "$@" | median; }
list() { local IFS=', '; echo "$*"; }
exp_med=$(med "${exp_ms[@]}"); val_med=$(med "${val_ms[@]}")
lo_med=$( [ ${#lo_ms[@]} -gt 0 ] && med "${lo_ms[@]}" || echo "")
cl_med=$( [ ${#client_ms[@]} -gt 0 ] && med "${client_ms[@]}" || echo "")
rss_max=$(printf '%s\n' "${exp_rss[@]}" "${val_rss[@]}" "${client_rss[@]}" | sort -n | tail -1)
verdict() { if [ -z "$1" ]; then echo "not measured"; elif [ "$1" -le "$2" ]; then echo "**met**"; else echo "**not met**"; fi; }
half_lo=$( [ -n "$lo_med" ] && echo $((lo_med / 2)) || echo "")
pdf_bytes=$(echo "$suite" | awk -F'|' '$2 ~ /kczg-2024/ {gsub(/ /,"",$5); print $5; exit}')

section=$(cat <<MD
<!-- benchmarks:begin (written by scripts/benchmarks.sh; edit the script, not this section) -->
## Benchmark set $( [ $SHORT = 1 ] && echo "(short run: few repetitions, figures indicative only)" )

Written by \`scripts/benchmarks.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Machine: $(nproc) cores,
$(lscpu | awk -F: '/Model name/ {gsub(/^ +/,"",$2); print $2; exit}'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM,
$(. /etc/os-release && echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1). Load average $load_before before,
$load_after after (the machine is shared: figures under load are slower than a quiet machine's).

### Targets

| target | measured | |
|---|---|---|
| \`shenbao export\` of the complete application, whole process ≤ 1.0 s wall | median $exp_med ms (runs: $(list "${exp_ms[@]}")) | $(verdict "$exp_med" 1000) |
| … and below half of LibreOffice converting the same DOCX (same run) | LibreOffice median ${lo_med:-—} ms (runs: $(list "${lo_ms[@]:-}")) | $(verdict "$exp_med" "${half_lo:-0}") |
| \`shenbao validate\` of one draft ≤ 0.3 s (whole process) | median $val_med ms (runs: $(list "${val_ms[@]}")) | $(verdict "$val_med" 300) |
| client from launch to an editable form ≤ 1.0 s (\`-XX:TieredStopAtLevel=1\`, Xvfb) | median ${cl_med:-—} ms (runs: $(list "${client_ms[@]:-}")) | $(verdict "$cl_med" 1000) |
| PDF of the complete application ≤ 400 KB | ${pdf_bytes:-—} bytes | $(verdict "${pdf_bytes:-}" 409600) |
| peak memory (max RSS of the runs above) | $((rss_max / 1024)) MiB | (no target) |

### Every form: validation and warm export (in one JVM, median of $RUNS after $RUNS warm-ups)

$suite

### Keystroke (slot: KeystrokeBenchmark, JMH; target ≤ 5 ms of CPU per keystroke)

$keystroke

### Workspace (slot: 1 → 100 → 1,000 drafts)

$workspace
<!-- benchmarks:end -->
MD
)
if grep -q '<!-- benchmarks:begin' "$OUT"; then
  awk -v s="$section" 'BEGIN{p=1} /<!-- benchmarks:begin/ {print s; p=0} p {print} /<!-- benchmarks:end -->/ {p=1}' "$OUT" > "$work/b.md"
else
  { cat "$OUT"; echo; echo "$section"; } > "$work/b.md"
fi
cp "$work/b.md" "$OUT"
echo "wrote $OUT" >&2
