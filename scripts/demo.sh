#!/usr/bin/env bash
# Creates the demo facility database on first run and starts bhu-clinic on it.
# Usage: demo.sh BUILD_DIR [--create-only]
set -euo pipefail
BUILD="${1:-build}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEMO_DIR="${BHU_DEMO_DIR:-$ROOT/demo}"
DB="$DEMO_DIR/clinic.db"
USER_NAME="admin"
PASSWORD="bhu-demo-2026"
BHUCTL="$ROOT/$BUILD/bin/bhuctl"
CLINIC="$ROOT/$BUILD/bin/bhu-clinic"

if [ ! -f "$DB" ]; then
  mkdir -p "$DEMO_DIR"
  echo "demo: creating the demo facility database (synthetic patients only)"
  BHU_PASSWORD="$PASSWORD" "$BHUCTL" init --db "$DB" --facility DEMO-0001 --demo \
      --facility-name "Demo BHU (training data)" --admin "$USER_NAME" --admin-name "Demo Administrator" \
      > /dev/null 2> "$DEMO_DIR/recovery-key.txt"
  BHU_PASSWORD="$PASSWORD" "$BHUCTL" seed --db "$DB" --patients 2000 --visits-per-patient 3 --seed 1 > /dev/null
fi
echo "demo: database $DB"
echo "demo: user     $USER_NAME"
echo "demo: password $PASSWORD"
[ "${2:-}" = "--create-only" ] && exit 0
exec "$CLINIC" --db "$DB"
