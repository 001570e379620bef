#!/bin/sh
# The shenbao command on the PATH of the .deb (/usr/bin/shenbao links here): starts the bundled runtime
# directly, with the options of the native launcher's own configuration (lib/app/shenbao.cfg, written by
# jpackage: one place for them). jpackage's native launcher (bin/shenbao) runs `rpm -qf` and `dpkg -S` on
# itself at every start to learn which package owns it, ≈ 100 ms before Java starts (docs/benchmarks.md,
# docs/packaging.md); this script does not. bin/shenbao stays: the app image and the fallback use it.
self=$(readlink -f "$0")
app=$(dirname "$self")
cfg="$app/shenbao.cfg"
java="$app/../runtime/bin/java"
if [ ! -f "$cfg" ] || [ ! -x "$java" ]; then
    exec "$app/../../bin/shenbao" "$@"
fi
# java-options= lines with $APPDIR replaced; one option a line, none holds a space
opts=$(sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app|g")
main=$(sed -n 's/^app.mainclass=//p' "$cfg")
cp=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g")
# no file-name expansion of the options (-Xlog:aot*=off of a JDK 25 runtime)
set -f
# shellcheck disable=SC2086
exec "$java" $opts -cp "$cp" "$main" "$@"
