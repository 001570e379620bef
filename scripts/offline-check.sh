#!/usr/bin/env bash
# Offline check (issue 9): runs one `export` of the sample application under strace and fails on any
# connect() to an address that is not on this machine (AF_INET/AF_INET6 other than loopback). Local
# sockets (AF_UNIX: fontconfig, nscd) are fine. Needs strace and the jar (mvn -B package).
# Usage: scripts/offline-check.sh        (CI runs it after `mvn -B verify`, see .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=app/target/shenbao.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp docs/examples/kczg-2024-sample.shenbao "$work/d.shenbao"
rc=0
strace -f -qq -e trace=connect -o "$work/trace" \
  java -Dshenbao.home="$work/home" -jar "$JAR" export "$work/d.shenbao" --docx "$work/d.docx" --pdf "$work/d.pdf" >"$work/out" 2>&1 || rc=$?
if [ "$rc" -ne 0 ] || [ ! -s "$work/d.pdf" ] || [ ! -s "$work/d.docx" ]; then
  echo "offline check: the export under strace did not write both files (exit $rc):"; cat "$work/out"; exit 1
fi
connects=$(grep -c 'connect(' "$work/trace" || true)
bad=$(grep -E 'connect\(.*sa_family=AF_INET6?[,}]' "$work/trace" \
  | grep -vE 'inet_addr\("127\.[0-9.]+"\)|inet_pton\(AF_INET6, "(::1|::ffff:127\.[0-9.]+)"' || true)
if [ -n "$bad" ]; then
  echo "offline check FAILED: the export connected to the network:"; echo "$bad"; exit 1
fi
echo "offline check: export under strace made $connects connect() calls, none to a non-local address"
