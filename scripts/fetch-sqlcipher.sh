#!/usr/bin/env bash
# Fetches the pinned SQLCipher 4 amalgamation and checks it by SHA-256.
# The amalgamation ships inside the npm package @journeyapps/sqlcipher (BSD licence);
# it is never committed. Usage: fetch-sqlcipher.sh DEST_DIR
set -euo pipefail

PKG="@journeyapps/sqlcipher@6.0.0"          # SQLCipher 4.14.0 on SQLite 3.51.3
TARBALL="journeyapps-sqlcipher-6.0.0.tgz"
SHA256="ad3ee0e551de315b230db78e2294d41868b5c166d44c0c87da35fb6b87bde54c"

DEST="${1:?usage: fetch-sqlcipher.sh DEST_DIR}"
if [ -f "$DEST/sqlite3.c" ] && [ -f "$DEST/.sha256" ] && [ "$(cat "$DEST/.sha256")" = "$SHA256" ]; then
  exit 0
fi

fail() {
  echo "fetch-sqlcipher: $*" >&2
  echo "fetch-sqlcipher: what to do: check that the npm registry is reachable ('npm view $PKG'), or place" >&2
  echo "  $TARBALL (sha256 $SHA256) in $DEST/.. and run again, or install a system sqlcipher >= 4.5." >&2
  exit 1
}

command -v npm >/dev/null 2>&1 || fail "npm is not installed (scripts/install-deps.sh installs it)"
mkdir -p "$DEST"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [ -f "$DEST/../$TARBALL" ]; then
  cp "$DEST/../$TARBALL" "$WORK/"
else
  (cd "$WORK" && npm pack --silent "$PKG" >/dev/null 2>"$WORK/npm.err") || fail "npm pack $PKG failed: $(tail -1 "$WORK/npm.err")"
fi
[ -f "$WORK/$TARBALL" ] || fail "npm pack did not produce $TARBALL"

actual="$(sha256sum "$WORK/$TARBALL" | cut -d' ' -f1)"
[ "$actual" = "$SHA256" ] || fail "checksum mismatch for $TARBALL: expected $SHA256, got $actual"

tar -xzf "$WORK/$TARBALL" -C "$WORK" package/deps/sqlcipher-amalgamation
for f in sqlite3.c sqlite3.h sqlite3ext.h VERSION.txt; do
  cp "$WORK/package/deps/sqlcipher-amalgamation/$f" "$DEST/$f"
done
cp "$WORK/package/LICENSE" "$DEST/LICENSE" 2>/dev/null || true
echo "$SHA256" > "$DEST/.sha256"
echo "fetch-sqlcipher: SQLCipher amalgamation ready in $DEST ($(head -c 200 "$DEST/VERSION.txt" | tr '\n' ' '))"
