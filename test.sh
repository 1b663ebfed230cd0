#!/usr/bin/env bash
# Runs every test: domain, API on SQLite and on a throwaway PostgreSQL cluster, and the browser journey in Chromium.
# Installs Chromium first when it is missing (Debian package; needs root, as on these machines).
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium is missing: installing the Debian package (about a minute)."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x /usr/lib/postgresql/15/bin/initdb ] && [ -z "${ITINERA_TEST_POSTGRES:-}" ]; then
  echo "PostgreSQL 15 is missing: installing the Debian package."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-contrib-15 >/dev/null
fi

log=$(mktemp)
status=0
dotnet test Itinera.slnx --nologo 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test projects.
sum() { grep -Eo "$1: +[0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
