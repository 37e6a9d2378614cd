#!/usr/bin/env bash
# The serving process's memory while analysts attack it: starts `hromadata serve` on a
# demo data directory, runs the SQL resource attacks of issue 8 (a billion-row unnest,
# eight concurrent wide results, a query past the time limit) with a dashboard loop
# beside them, samples the server's RSS every 0.2 s, and prints its peak and the
# workers' fate. Usage: bench/attack-memory.sh [DATA_DIR]  (default: a fresh 1× demo)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$out"' EXIT
go build -o "$out/hromadata" ./cmd/hromadata
data=${1:-}
if [ -z "$data" ]; then
  data="$out/data"
  "$out/hromadata" demo --no-serve --data "$data" >/dev/null 2>&1
fi
token=$("$out/hromadata" token new --data "$data" --name bench --role analyst | tail -1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$out/hromadata" serve --data "$data" --addr "127.0.0.1:$port" --sql-isolation rlimit >"$out/serve.log" 2>&1 &
pid=$!
for _ in $(seq 100); do curl -fs "127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
( while kill -0 $pid 2>/dev/null; do awk '/VmRSS/ {print $2}' /proc/$pid/status; sleep 0.2; done ) >"$out/rss" &
q() { curl -s -o /dev/null -w '%{http_code} ' -H "Authorization: Bearer $token" -d "{\"query\": \"$1\"}" "127.0.0.1:$port/api/sql"; }
( for _ in $(seq 60); do curl -s -o /dev/null "127.0.0.1:$port/"; sleep 0.2; done ) &
echo -n "unnest(range(1e9)): "; q "SELECT count(*) FROM (SELECT unnest(range(1000000000)))"; echo
echo -n "8 × repeat 25000 × 10000: "
pids=(); for _ in $(seq 8); do q "SELECT repeat('y', 25000) FROM range(10000)" & pids+=($!); done; wait "${pids[@]}"; echo
echo -n "past the time limit: "; q "SELECT count(*) FROM range(100000000000)"; echo
echo -n "after: healthz $(curl -s -o /dev/null -w '%{http_code}' 127.0.0.1:$port/healthz), / $(curl -s -o /dev/null -w '%{http_code}' 127.0.0.1:$port/), SELECT 1 "; q "SELECT 1"; echo
sleep 1
peak=$(sort -n "$out/rss" | tail -1)
echo "serving process: peak RSS $((peak / 1024)) MiB over $(wc -l <"$out/rss") samples"
