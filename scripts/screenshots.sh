#!/bin/sh
# Renders every main screen of bhu-clinic to PNG, in English and in Urdu, on a fresh demonstration
# database (synthetic patients and visits, never real data): docs/screenshots/{en,ur}/.
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]     (defaults: build, docs/screenshots)
# Needs no display (offscreen platform). Re-run it when screens change and commit the PNGs.
set -eu
build=${1:-build}
out=${2:-docs/screenshots}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export BHU_PASSWORD=demo-screenshots-2026
db="$tmp/demo.db"
"$build/bin/bhuctl" init --db "$db" --facility BHU-0042 --facility-name "BHU Chak 42" --admin admin --admin-name "Demo Admin" >/dev/null
"$build/bin/bhuctl" seed --db "$db" --patients 300 --visits-per-patient 2 --seed 42 >/dev/null
for lang in en ur; do
  rm -rf "${out:?}/$lang"
  "$build/bin/bhu-clinic" --db "$db" --user admin --lang "$lang" --screenshots "$out/$lang" >/dev/null
done
echo "screenshots written to $out/en and $out/ur"
