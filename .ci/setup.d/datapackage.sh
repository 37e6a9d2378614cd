#!/usr/bin/env bash
# The Frictionless `datapackage` validator (npm) the open-data tests run on a
# published release: installed from tools/datapackage/package-lock.json. Node and
# npm come from apt.sh.
set -euo pipefail
cd "$(dirname "$0")/../../tools/datapackage"
npm ci --no-audit --no-fund --loglevel=error
