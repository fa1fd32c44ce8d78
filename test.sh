#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what is missing (as root), restores the tools, builds, starts a throwaway
# PostgreSQL, runs all test projects on SQLite and PostgreSQL, and ends with: tests: N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh || exit 1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
dotnet tool restore >/dev/null && dotnet cake --target=Test "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
summary=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^tests: [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' | tail -n 1)
rm -f "$log"
[ -n "$summary" ] || { summary="tests: 0 passed, 1 failed, 0 skipped"; status=1; }
echo "$summary"
exit "$status"
