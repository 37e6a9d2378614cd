#!/usr/bin/env bash
# Debian packages the tests drive: add a package to PKGS, not a new apt call.
set -euo pipefail
PKGS="chromium postgresql-client python3-psycopg2 nodejs npm"
missing=""
for p in $PKGS; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing Debian packages:$missing (not root: cannot install)" >&2
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
