#!/usr/bin/env bash
# The SHACL validator the DCAT-AP catalogue test runs (opendata/dcat_shacl_test.go):
# rdf-validate-shacl with the n3 and JSON-LD parsers, pinned by package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/../../tools/shacl"
if ! command -v npm >/dev/null 2>&1; then
  echo "shacl: npm is missing; the DCAT-AP test will fail in CI" >&2
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
