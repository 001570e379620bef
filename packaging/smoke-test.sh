#!/usr/bin/env bash
# Builds the packaged program (app image: launcher, jlinked runtime, class-data archive; no installer)
# and proves that it works: bin/shenbao runs the command line (templates lists every form, validate and
# export of the complete sample), and the client starts from it under Xvfb to an editable form.
# Called by .ci/run after the tests; about 1–2 minutes on a quiet 2-core machine (most of it the build).
# Every command's standard error must stay empty (no JVM or library warning reaches a user's terminal).
# SHENBAO_RUNTIME_JDK=/usr/lib/jvm/temurin-25-jdk-amd64 builds and checks the image with that JDK's runtime and
# its AOT cache instead (the profile runtime-jdk, docs/packaging.md).
# Usage: packaging/smoke-test.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
runtime=()
[ -z "${SHENBAO_RUNTIME_JDK:-}" ] || runtime=(-Dshenbao.runtime.jdk="$SHENBAO_RUNTIME_JDK")
if [ "${1:-}" != "--no-build" ]; then
  mvn -B -q -Pinstaller -pl packaging -am package -DskipTests -Dshenbao.installer.skip=true "${runtime[@]}"
fi
img=packaging/target/image/shenbao
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "smoke-test: FAIL: $*" >&2; exit 1; }

echo "== bin/shenbao templates"
"$img/bin/shenbao" templates 2>"$work/templates.err" | tee "$work/templates.txt"
quiet() { [ ! -s "$1" ] || { cat "$1" >&2; fail "$2 wrote to standard error (above)"; }; }
quiet "$work/templates.err" "templates"
[ "$(grep -vc $'\t' "$work/templates.txt")" -eq 0 ] || fail "templates printed lines that are not forms (a JVM warning on standard output?)"
if [ -n "${SHENBAO_RUNTIME_JDK:-}" ]; then
  [ -s "$img/lib/app/shenbao.aot" ] || fail "no AOT cache lib/app/shenbao.aot in the image"
  cached=$(JAVA_TOOL_OPTIONS=-Xlog:class+load "$img/bin/shenbao" templates 2>/dev/null | grep -c 'cn\.shenbao.*source: shared objects file' || true)
  [ "$cached" -gt 100 ] || fail "the AOT cache is not used ($cached of the program's classes from it)"
fi
forms=$(grep -c . forms/src/main/resources/cn/shenbao/forms/templates/index.txt)
[ "$(grep -c $'\t' "$work/templates.txt")" -eq "$forms" ] || fail "templates printed $(wc -l < "$work/templates.txt") lines, the registry has $forms forms"
grep -q $'^kczg-2024\t' "$work/templates.txt" || fail "kczg-2024 missing from templates"

echo "== bin/shenbao validate / export of the complete sample"
sample=docs/examples/kczg-2024-sample.shenbao
"$img/bin/shenbao" validate "$sample" 2>"$work/validate.err" || fail "validate exited $?"
quiet "$work/validate.err" "validate"
"$img/bin/shenbao" export "$sample" --docx "$work/s.docx" --pdf "$work/s.pdf" 2>"$work/export.err" || fail "export exited $?"
quiet "$work/export.err" "export"
[ -s "$work/s.docx" ] && [ -s "$work/s.pdf" ] || fail "export wrote no files"
# again over the same files (iText reads the old PDF through a mapped buffer: JDK 25 warned there)
"$img/bin/shenbao" export "$sample" --docx "$work/s.docx" --pdf "$work/s.pdf" >/dev/null 2>"$work/export2.err" || fail "export over existing files exited $?"
quiet "$work/export2.err" "export over existing files"

echo "== the font subsets shipped in lib/app/fonts (docs/packaging.md \"Font subsets\")"
[ -f "$img/lib/app/fonts/subsets.properties" ] || fail "no lib/app/fonts/subsets.properties in the image (built with -Dshenbao.fonts.subset.skip=true?)"
# the export above printed with the subsets only: the installed Noto Serif CJK collection was not parsed
JAVA_TOOL_OPTIONS=-Dshenbao.trace.startup=true "$img/bin/shenbao" export "$sample" --docx "$work/t.docx" \
  --pdf "$work/t.pdf" > /dev/null 2>"$work/trace.txt" || fail "traced export exited $?"
grep -q 'font parsed: Noto Serif CJK SC (NotoSerifCJKsc-Regular.subset.otf)' "$work/trace.txt" \
  || { cat "$work/trace.txt" >&2; fail "the export did not print with the shipped subset of Noto Serif CJK SC"; }
! grep -q 'font parsed: Noto Serif CJK SC (NotoSerifCJK-Regular.ttc)' "$work/trace.txt" \
  || fail "the export parsed the installed Noto Serif CJK collection although the subset has every character"
# a character the subsets were not made for (龘, not in the 通用规范汉字表 nor GB 2312) comes from the installed face
cp "$sample" "$work/rare.shenbao"
"$img/bin/shenbao" set "$work/rare.shenbao" 'projectName=“科创中国”龘龍新能源科技服务团' >/dev/null || fail "set exited $?"
"$img/bin/shenbao" export "$work/rare.shenbao" --docx "$work/r.docx" --pdf "$work/r.pdf" >/dev/null 2>"$work/rare.err" \
  || fail "export with rare characters exited $?"
quiet "$work/rare.err" "export with rare characters"
if command -v pdftotext >/dev/null; then
  pdftotext "$work/r.pdf" "$work/r.txt"
  grep -q '龘龍' "$work/r.txt" || fail "龘龍 not in the PDF's text"
  pdffonts "$work/r.pdf" > "$work/r.fonts"
  [ "$(grep -c 'NotoSerifCJKsc-Regular' "$work/r.fonts")" -eq 2 ] \
    || { pdffonts "$work/r.pdf" >&2; fail "expected the subset and the installed Noto Serif CJK SC in the PDF"; }
fi

echo "== lib/app/shenbao-direct.sh (the .deb's shenbao command: the runtime without the native launcher)"
direct=$img/lib/app/shenbao-direct.sh
[ -f "$direct" ] || fail "$direct missing from the image"
sh "$direct" templates > "$work/templates-direct.txt" || fail "shenbao-direct.sh templates exited $?"
cmp -s "$work/templates.txt" "$work/templates-direct.txt" || fail "shenbao-direct.sh templates differs from bin/shenbao templates"
sh "$direct" validate "$sample" || fail "shenbao-direct.sh validate exited $?"

echo "== the client under Xvfb"
command -v xvfb-run >/dev/null || fail "xvfb-run is needed (Debian: xvfb xauth)"
JAVA_TOOL_OPTIONS="-Dshenbao.exitWhenReady=true -Dshenbao.home=$work/home" \
  timeout 180 xvfb-run -a -s "-screen 0 1400x900x24" "$img/bin/shenbao" > "$work/client.log" 2>&1 || true
grep 'editable form' "$work/client.log" || { cat "$work/client.log" >&2; fail "the client did not reach an editable form"; }
echo "smoke-test: OK (image $(du -sh "$img" | cut -f1))"
