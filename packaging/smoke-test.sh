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
