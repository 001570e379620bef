#!/usr/bin/env bash
# The font subsets of the app image (issue 15, docs/packaging.md "Font subsets"): packaging/fonts/subset-fonts.py
# writes them into the jpackage input folder, which becomes lib/app/fonts. Always empties the folder first, so that a
# build with -Dshenbao.fonts.subset.skip=true ships none (the program then uses the installed fonts, only slower).
# Usage: subset-fonts.sh <skip true|false> <shenbao.jar> <output folder>
set -euo pipefail
skip=$1 jar=$2 out=$3
rm -rf "$out"
if [ "$skip" = "true" ]; then
  echo "fonts: no font subsets (shenbao.fonts.subset.skip=true)"
  exit 0
fi
# the first Python with fontTools: the one on the PATH, else the system's (Debian's fonttools package installs
# into /usr/bin/python3, which a python3 of pyenv or a virtual environment earlier on the PATH does not see)
for py in python3 /usr/bin/python3; do
  if command -v "$py" >/dev/null && "$py" -c 'import fontTools' 2>/dev/null; then
    exec "$py" "$(dirname "$0")/subset-fonts.py" --jar "$jar" --out "$out"
  fi
done
echo "fonts: the font subsets need python3 with fontTools (Debian: apt-get install fonttools), or build with -Dshenbao.fonts.subset.skip=true" >&2
exit 1
