#!/usr/bin/env bash
# Acceptance test of the packages (docs/installing.md), run by .ci/run after `make test`:
#   1. builds bhu-clinic and bhu-registry .deb files from an existing build folder (cpack)
#   2. installs them with apt on this machine (needs root; CI is a fresh Debian 12)
#   3. bhuctl --version; SQLCipher linked in (no library dependency); bhuctl's man page lists
#      every command
#   4. bhu-clinic offscreen shows the first-run wizard on a fresh account, the sign-in window once
#      a database exists, and quits
#   5. PostgreSQL prepared by bhu-registry-prepare-db; bhu-registry started with its unit's
#      ExecStart command line (or by systemd, when it runs) answers on 127.0.0.1
#   6. removing the packages keeps the clinic database, the registry database and the settings
#      file; purging says what it leaves behind
#   7. makensis compiles installer/windows/bhu-clinic.nsi against a placeholder payload
# Everything it made is undone at the end (a second run passes too); what existed before (a
# PostgreSQL cluster, a bhu_registry database) is left as it was.
#   scripts/package-test.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
BUILD=$(realpath "${1:-build}")
T=$(mktemp -d /tmp/bhu-package-test.XXXXXX)
chmod 755 "$T"
step() { echo "package-test: $*"; }
die() { echo "package-test: FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (it installs packages with apt)"
[ -f "$BUILD/CMakeCache.txt" ] || die "$BUILD is not a configured build folder (run make test first)"

# --- cleanup ----------------------------------------------------------------------------------
STARTED_CLUSTER=""
MADE_DB=""
MADE_ROLE=""
MADE_USER=""
MADE_TLS=""
REGISTRY_PID=""
cleanup() {
  set +e
  [ -n "$REGISTRY_PID" ] && kill "$REGISTRY_PID" 2>/dev/null && wait "$REGISTRY_PID" 2>/dev/null
  if [ -d /run/systemd/system ]; then systemctl stop bhu-registry >/dev/null 2>&1; fi
  dpkg --purge bhu-clinic bhu-registry >/dev/null 2>&1
  [ -n "$MADE_DB" ] && runuser -u postgres -- dropdb --if-exists bhu_registry
  [ -n "$MADE_ROLE" ] && runuser -u postgres -- psql -X -q -d postgres -c 'DROP ROLE IF EXISTS "bhu-registry"'
  [ -n "$MADE_USER" ] && getent passwd bhu-registry >/dev/null && deluser --system --quiet bhu-registry >/dev/null 2>&1
  getent group bhu-registry >/dev/null && [ -n "$MADE_USER" ] && delgroup --system --quiet bhu-registry >/dev/null 2>&1
  [ -n "$MADE_TLS" ] && rm -rf /etc/bhu-registry/tls && rmdir /etc/bhu-registry 2>/dev/null
  [ -n "$STARTED_CLUSTER" ] && pg_ctlcluster $STARTED_CLUSTER stop
  rm -rf "$T"
}
trap cleanup EXIT

# --- 1. build the packages --------------------------------------------------------------------
step "building the packages in $BUILD/packages"
cmake --build "$BUILD" -j "$(nproc)" --target bhu-clinic bhuctl bhu-registry >/dev/null
rm -f "$BUILD"/packages/*.deb
(cd "$BUILD" && cpack -G DEB >"$T/cpack.log" 2>&1) || { cat "$T/cpack.log"; die "cpack failed"; }
CLINIC_DEB=$(ls "$BUILD"/packages/bhu-clinic_*.deb)
REGISTRY_DEB=$(ls "$BUILD"/packages/bhu-registry_*.deb)
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
for deb in "$CLINIC_DEB" "$REGISTRY_DEB"; do
  depends=$(dpkg-deb -f "$deb" Depends)
  step "$(basename "$deb"): Depends: $depends"
  echo "$depends" | grep -q 'libc6' || die "$deb: no shlibdeps dependencies"
  ! echo "$depends" | grep -qi sqlcipher || die "$deb depends on a SQLCipher library; it must be linked statically"
  ! dpkg-deb -c "$deb" | grep -E '\./(home|root|var/lib)/' || die "$deb installs data files"
done
dpkg-deb -f "$CLINIC_DEB" Depends | grep -q libqt6widgets6 || die "bhu-clinic does not depend on Qt Widgets"
dpkg-deb -f "$REGISTRY_DEB" Depends | grep -q libpqxx || die "bhu-registry does not depend on libpqxx"

# --- 2. install ---------------------------------------------------------------------------------
getent passwd bhu-registry >/dev/null || MADE_USER=1
step "installing with apt"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "$CLINIC_DEB" "$REGISTRY_DEB" >"$T/apt.log" 2>&1 || { cat "$T/apt.log"; die "apt install failed"; }

# --- 3. bhuctl ----------------------------------------------------------------------------------
[ "$(command -v bhuctl)" = /usr/bin/bhuctl ] || die "bhuctl is not /usr/bin/bhuctl"
out=$(bhuctl --version)
[ "$out" = "bhuctl $VERSION" ] || die "bhuctl --version printed '$out', expected 'bhuctl $VERSION'"
step "$out"
for bin in /usr/bin/bhuctl /usr/bin/bhu-clinic; do
  ! ldd "$bin" | grep -qi 'sqlcipher\|libsqlite' || die "$bin links a shared SQLCipher/SQLite"
done
for c in $(bhuctl --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'); do
  zcat /usr/share/man/man1/bhuctl.1.gz | grep -q "^\.B $c\$" || die "bhuctl(1) has no entry for the command $c"
done
[ -f /usr/share/applications/bhu-clinic.desktop ] || die "no desktop entry"
grep -q '^Name\[ur\]=' /usr/share/applications/bhu-clinic.desktop || die "the desktop entry has no Urdu name"
[ -f /usr/share/bhu-clinic/translations/bhu_ur.qm ] || die "the Urdu translation is not installed"

# --- 4. bhu-clinic, as a fresh user --------------------------------------------------------------
export HOME="$T/home"
unset XDG_DATA_HOME XDG_CONFIG_HOME BHU_DB
mkdir -p "$HOME"
DATA="$HOME/.local/share/bhu/bhu-clinic"
out=$(QT_QPA_PLATFORM=offscreen timeout 60 bhu-clinic --quit-after-show 2>"$T/clinic.err") || { cat "$T/clinic.err"; die "bhu-clinic did not start"; }
echo "$out" | grep -q 'shown firstRunWizard' || die "a fresh install does not show the first-run wizard first ($out)"
[ -d "$DATA" ] || die "bhu-clinic did not make its data folder $DATA"
step "bhu-clinic: first start shows the first-run wizard; data folder $DATA"
export BHU_PASSWORD='package-test-2026' BHU_NEW_PASSWORD='package-test-2026'
bhuctl init --db "$DATA/clinic.db" --facility BHU-0001 --facility-name "BHU Package Test" --admin admin >/dev/null 2>"$T/init.err" ||
  { cat "$T/init.err"; die "bhuctl init failed"; }
bhuctl info --db "$DATA/clinic.db" | grep -q '"sqlcipher_version":"4\.' || die "bhuctl info does not report SQLCipher 4"
out=$(QT_QPA_PLATFORM=offscreen timeout 60 bhu-clinic --quit-after-show 2>"$T/clinic.err") || { cat "$T/clinic.err"; die "bhu-clinic did not start on the database"; }
echo "$out" | grep -q 'shown unlockWindow' || die "bhu-clinic did not show the sign-in window ($out)"
step "bhu-clinic: with a database it shows the sign-in window"

# --- 5. bhu-registry ----------------------------------------------------------------------------
if ! runuser -u postgres -- psql -X -q -d postgres -c 'SELECT 1' >/dev/null 2>&1; then
  cluster=$(pg_lsclusters --no-header | awk '$4 == "down" {print $1, $2; exit}')
  [ -n "$cluster" ] || die "no PostgreSQL cluster to start (pg_lsclusters)"
  step "starting PostgreSQL $cluster"
  pg_ctlcluster $cluster start
  STARTED_CLUSTER=$cluster
fi
[ "$(runuser -u postgres -- psql -X -tA -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'bhu_registry'")" = 1 ] || MADE_DB=1
[ "$(runuser -u postgres -- psql -X -tA -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = 'bhu-registry'")" = 1 ] || MADE_ROLE=1
bhu-registry-prepare-db >"$T/prepare.log" 2>&1 || { cat "$T/prepare.log"; die "bhu-registry-prepare-db failed"; }
bhu-registry-prepare-db >"$T/prepare2.log" 2>&1 || { cat "$T/prepare2.log"; die "bhu-registry-prepare-db failed the second time"; }
step "bhu-registry-prepare-db: $(grep -c . "$T/prepare.log") lines; a second run: $(tail -1 "$T/prepare2.log")"

# The certificate the settings file names: a throwaway self-signed one unless one is there.
CRT=/etc/bhu-registry/tls/registry.crt KEY=/etc/bhu-registry/tls/registry.key
if [ ! -e "$CRT" ]; then
  MADE_TLS=1
  install -d -m 0750 -g bhu-registry /etc/bhu-registry/tls
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$KEY" -out "$CRT" 2>/dev/null
  chgrp bhu-registry "$KEY" "$CRT"
  chmod 0640 "$KEY" "$CRT"
fi
UNIT=/lib/systemd/system/bhu-registry.service
[ -f "$UNIT" ] || die "no systemd unit"
PORT=$(sed -n 's/^listen *= *127\.0\.0\.1:\([0-9]*\).*/\1/p' /etc/bhu-registry/registry.conf)
[ -n "$PORT" ] || die "registry.conf does not listen on 127.0.0.1"
if [ -d /run/systemd/system ]; then
  step "starting bhu-registry.service with systemd"
  systemctl start bhu-registry
else
  EXEC=$(sed -n 's/^ExecStart=//p' "$UNIT")
  RUN_AS=$(sed -n 's/^User=//p' "$UNIT")
  step "starting as $RUN_AS (no systemd here): $EXEC"
  # shellcheck disable=SC2086  # the unit's command line, split as systemd splits it
  runuser -u "$RUN_AS" -- $EXEC >"$T/registry.log" 2>&1 &
  REGISTRY_PID=$!
fi
answer=""
for _ in $(seq 1 50); do
  answer=$(curl -sk -o "$T/answer.json" -w '%{http_code}' "https://127.0.0.1:$PORT/fhir/Patient?identifier=x" || true)
  [ "$answer" = 401 ] && break
  sleep 0.2
done
[ "$answer" = 401 ] || { cat "$T/registry.log" 2>/dev/null; die "bhu-registry did not answer on https://127.0.0.1:$PORT (got '$answer')"; }
grep -q OperationOutcome "$T/answer.json" || die "the answer is not a FHIR OperationOutcome"
step "bhu-registry answers on https://127.0.0.1:$PORT (401 without a credential, as it should)"
if [ -n "$REGISTRY_PID" ]; then
  kill "$REGISTRY_PID"; wait "$REGISTRY_PID" || true; REGISTRY_PID=""
else
  systemctl stop bhu-registry
fi

# --- 6. remove, then purge ------------------------------------------------------------------------
apt-get remove -y -qq bhu-clinic bhu-registry >"$T/remove.log" 2>&1 || { cat "$T/remove.log"; die "apt remove failed"; }
[ ! -e /usr/bin/bhuctl ] || die "bhuctl is still installed"
[ -f "$DATA/clinic.db" ] && [ -f "$DATA/clinic.db.keys" ] || die "removing bhu-clinic lost the clinic database in $DATA"
[ -f /etc/bhu-registry/registry.conf ] || die "removing bhu-registry lost its settings file"
[ "$(runuser -u postgres -- psql -X -tA -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'bhu_registry'")" = 1 ] ||
  die "removing bhu-registry dropped its database"
step "removed: the clinic database, the registry database and registry.conf are still there"
apt-get purge -y bhu-clinic bhu-registry >"$T/purge.log" 2>&1 || { cat "$T/purge.log"; die "apt purge failed"; }
grep -q 'were NOT deleted' "$T/purge.log" || die "purging bhu-clinic does not say what it leaves behind"
grep -q 'NOT deleted:' "$T/purge.log" && grep -q 'bhu_registry' "$T/purge.log" || die "purging bhu-registry does not say what it leaves behind"
[ -f "$DATA/clinic.db" ] || die "purging bhu-clinic lost the clinic database"
[ ! -e /etc/bhu-registry/registry.conf ] || die "purge left registry.conf"
step "purged: the messages say what was left; the clinic database is still there"

# --- 7. the Windows installer script -------------------------------------------------------------
if command -v makensis >/dev/null 2>&1; then
  bash "$SRC/installer/windows/check-nsis.sh" "$T/nsis" || die "makensis failed on installer/windows/bhu-clinic.nsi"
  step "makensis compiled installer/windows/bhu-clinic.nsi against a placeholder payload"
else
  die "makensis is missing (package nsis; scripts/install-deps.sh installs it)"
fi
step "all checks passed"
