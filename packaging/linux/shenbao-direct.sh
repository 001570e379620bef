#!/bin/sh
# The shenbao command on the PATH of the .deb (/usr/bin/shenbao links here): starts the bundled runtime
# directly, with the options of the native launcher's own configuration (lib/app/shenbao.cfg, written by
# jpackage: one place for them). jpackage's native launcher (bin/shenbao) runs `rpm -qf` and `dpkg -S` on
# itself at every start to learn which package owns it, ≈ 100 ms before Java starts (docs/benchmarks.md,
# docs/packaging.md); this script does not. bin/shenbao stays: the app image and the fallback use it.
self=$(readlink -f "$0")
app=${self%/*}
cfg="$app/shenbao.cfg"
java="$app/../runtime/bin/java"
if [ ! -f "$cfg" ] || [ ! -x "$java" ]; then
    exec "$app/../../bin/shenbao" "$@"
fi
# v: $1 with $APPDIR replaced by the app folder
appdir() {
    v=$1
    while [ "${v#*\$APPDIR}" != "$v" ]; do
        v="${v%%\$APPDIR*}$app${v#*\$APPDIR}"
    done
}
# the java-options= lines (one option a line, none holds a space), the main class and the class path, read with
# the shell's own commands (sed and a subshell per value cost ≈ 8 ms of every start, issue 15)
opts=
main=
cp=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        java-options=*) appdir "${line#java-options=}"; opts="$opts $v" ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
        app.classpath=*) appdir "${line#app.classpath=}"; cp=$v ;;
    esac
done < "$cfg"
# no file-name expansion of the options (-Xlog:aot*=off of a JDK 25 runtime)
set -f
# shellcheck disable=SC2086
exec "$java" $opts -cp "$cp" "$main" "$@"
