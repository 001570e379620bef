#!/usr/bin/env bash
# Measures the time from JVM start to an editable form (the client logs it and exits when
# -Dshenbao.exitWhenReady=true), five runs under Xvfb: a plain JVM, C1 only, then with an AppCDS archive.
# Usage: scripts/startup.sh   (after mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=app/target/shenbao.jar
JSA=target/shenbao-cds.jsa
mkdir -p target
xvfb-run -a -s "-screen 0 1400x900x24" bash -c "
  run() { java \$1 -Dshenbao.exitWhenReady=true -Dshenbao.home=target/startup-home -cp $JAR cn.shenbao.app.ui.ClientLauncher 2>&1 | grep 'editable form'; }
  echo 'plain JVM:'; for i in 1 2 3 4 5; do run ''; done
  echo 'C1 only (-XX:TieredStopAtLevel=1, as in the README):'; for i in 1 2 3 4 5; do run -XX:TieredStopAtLevel=1; done
  run -XX:ArchiveClassesAtExit=$JSA >/dev/null
  echo 'with AppCDS archive:'; for i in 1 2 3 4 5; do run -XX:SharedArchiveFile=$JSA; done
"
