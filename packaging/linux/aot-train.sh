#!/usr/bin/env bash
# The ahead-of-time cache of a JDK 25 runtime (JEP 483/514/515; the profile runtime-jdk of packaging/pom.xml,
# -Dshenbao.runtime.jdk=…): one training JVM records what users do first — validate, export (DOCX + PDF) and
# templates of a complete application and, under Xvfb when xvfb-run is present, the client to an editable form
# (cn.shenbao.app.AotTraining runs them one after the other: one JVM records one cache) — and writes
# lib/app/shenbao.aot, then adds -XX:AOTCache=$APPDIR/shenbao.aot to the launcher's options.
# The training runs with the launcher's own options (lib/app/shenbao.cfg): the cache is refused when, e.g.,
# --enable-native-access differs. The cache accepts a moved image with the same relative layout (checked on
# Temurin 25.0.3: "longest common prefix substitution"), so the .deb ships it as it is. A missing or unusable
# cache makes the JVM say so on standard output: -Xlog:aot*=off,cds*=off keeps that from the user's terminal.
# Usage: aot-train.sh <app-image-dir> <sample.shenbao>
set -euo pipefail
image=$(cd "$1" && pwd)
sample=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
java=$image/lib/runtime/bin/java
jar=$image/lib/app/shenbao.jar
cfg=$image/lib/app/shenbao.cfg
cache=$image/lib/app/shenbao.aot
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java" -XX:AOTMode=off -version >/dev/null 2>&1 \
  || { echo "aot-train: $("$java" -version 2>&1 | head -1) has no AOT cache (JDK 25 or later needed)" >&2; exit 1; }
# the launcher's options, $APPDIR replaced, without a cache option of an earlier training
mapfile -t opts < <(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-XX:AOTCache=' -e '^-Xlog:aot' | sed "s|\$APPDIR|$image/lib/app|g")
rm -f "$cache"
train=("$java" "${opts[@]}" -XX:AOTCacheOutput="$cache" -cp "$jar" cn.shenbao.app.AotTraining "$sample" "$work/train")
if command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1400x900x24" "${train[@]}" --client >"$work/train.log" 2>&1 \
    || { cat "$work/train.log" >&2; echo "aot-train: the training run failed" >&2; exit 1; }
else
  echo "aot-train: no xvfb-run; the cache covers the command line only" >&2
  "${train[@]}" >"$work/train.log" 2>&1 || { cat "$work/train.log" >&2; echo "aot-train: the training run failed" >&2; exit 1; }
fi
[ -s "$cache" ] || { cat "$work/train.log" >&2; echo "aot-train: no cache written" >&2; exit 1; }
sed -i -e '/^java-options=-XX:AOTCache=/d' -e '/^java-options=-Xlog:aot/d' "$cfg"
{ echo 'java-options=-XX:AOTCache=$APPDIR/shenbao.aot'; echo 'java-options=-Xlog:aot*=off,cds*=off'; } >> "$cfg"
echo "aot-train: $(grep -c 'editable form' "$work/train.log" || true) client start(s) trained, cache $(du -h "$cache" | cut -f1)"
