#!/usr/bin/env bash
# Checks for what the tests need beyond the .NET SDK: PostgreSQL's server binaries (initdb, pg_ctl).
# As root it installs what is missing from Debian's packages; otherwise it says what to install.
set -uo pipefail
missing=()
have_postgres() {
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && return 0
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}
have_postgres || missing+=(postgresql)
command -v runuser >/dev/null 2>&1 || missing+=(util-linux)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}" || exit 1
else
  echo "The tests need these Debian packages: ${missing[*]}"
  echo "Install them with: sudo apt-get install -y ${missing[*]}"
  exit 1
fi
