#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what is missing (as root), restores the tools, builds, starts a throwaway
# PostgreSQL, runs all test projects on SQLite and PostgreSQL, and ends with: tests: N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh || exit 1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
# This run's temporary files, the throwaway PostgreSQL among them, in a folder of its own (open to the postgres user).
run_tmp=$(mktemp -d)
chmod 1777 "$run_tmp"
TMPDIR="$run_tmp" dotnet tool restore >/dev/null && TMPDIR="$run_tmp" dotnet cake --target=Test "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# A test host that ends without running its exit handler leaves its PostgreSQL running: stop what this run left.
for cluster in "$run_tmp"/commerce-pg-*/cluster; do
  [ -f "$cluster/postmaster.pid" ] || continue
  pg_ctl=$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1)
  [ -n "$pg_ctl" ] || pg_ctl=$(command -v pg_ctl) || continue
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$pg_ctl" -D "$cluster" -m immediate -w stop >/dev/null 2>&1
  else "$pg_ctl" -D "$cluster" -m immediate -w stop >/dev/null 2>&1; fi
done
rm -rf "$run_tmp"
summary=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^tests: [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' | tail -n 1)
rm -f "$log"
[ -n "$summary" ] || { summary="tests: 0 passed, 1 failed, 0 skipped"; status=1; }
echo "$summary"
exit "$status"
