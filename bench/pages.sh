#!/usr/bin/env bash
# Serves the 1× demo with `hromadata serve` and, beside it, Debian's nginx serving a
# static copy of the same bytes on another free loopback port; runs
# `wrk -t2 -c64 -d5s` on every page leadership opens first and on the largest
# download, the two servers interleaved page by page; then 64 clients on a page no
# one asked for yet (a cold computation), and the server's memory with every page held.
# Usage: bench/pages.sh [DATA_DIR]   (default: the 1× demo generated into bench/out/pages/data)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$PWD/bench/out/pages
mkdir -p "$out"
command -v nginx >/dev/null && command -v wrk >/dev/null || apt-get install -y nginx wrk >/dev/null
go build -o "$out/hromadata" ./cmd/hromadata
data=${1:-$out/data}
[ -f "$data/builds/CURRENT" ] || "$out/hromadata" demo --no-serve --data "$data" >/dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
hp=$(free_port)
np=$(free_port)

spid=
cleanup() {
  [ -n "$spid" ] && kill "$spid" 2>/dev/null || true
  [ -f "$out/nginx.pid" ] && nginx -c "$out/nginx.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT
"$out/hromadata" serve --addr "127.0.0.1:$hp" --data "$data" >"$out/serve.log" 2>&1 &
spid=$!
h=http://127.0.0.1:$hp
for _ in $(seq 600); do curl -fs "$h/healthz" >/dev/null && break; sleep 0.1; done
t0=$(date +%s.%N)

# Every area page the first screen and the menu link to (links may carry ?period=; the page's default is the same).
pages=(/ /budget $(for u in / /areas/privileges; do curl -fs "$h$u"; done | grep -o 'href="/areas/[a-z-]*["?]' | cut -d'"' -f2 | tr -d '?' | sort -u) /reconcile /report)
[ "${ONLY_DOWNLOAD:-}" ] && pages=()
rel=$(cat "$data/releases/LATEST")
big=$(ls -S "$data/releases/$rel"/*.csv "$data/releases/$rel"/*.json "$data/releases/$rel"/*.parquet | head -1)
download=/opendata/releases/$rel/$(basename "$big")

# The static copy: each page's bytes as the server sends them, the download as a file.
rm -rf "$out/static" && mkdir -p "$out/static/p"
for i in "${!pages[@]}"; do curl -fs "$h${pages[$i]}" -o "$out/static/p/$i"; done
ready=$(echo "$(date +%s.%N) - $t0" | bc -l) # the pages warmed at start, waited for
cp "$big" "$out/static/download"
cat >"$out/nginx.conf" <<CONF
user root;
worker_processes auto;
pid $out/nginx.pid;
error_log $out/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  default_type text/html;
  client_body_temp_path $out/nginx-tmp;
  proxy_temp_path $out/nginx-tmp;
  fastcgi_temp_path $out/nginx-tmp;
  uwsgi_temp_path $out/nginx-tmp;
  scgi_temp_path $out/nginx-tmp;
  server { listen 127.0.0.1:$np; root $out/static; }
}
CONF
mkdir -p "$out/nginx-tmp"
nginx -c "$out/nginx.conf"
n=http://127.0.0.1:$np
for _ in $(seq 50); do curl -fs "$n/download" -o /dev/null && break; sleep 0.1; done

# run URL: "requests/s p99-ms MB/s non2xx"
run() {
  local r
  r=$(wrk -t2 -c64 -d5s --latency "$1")
  awk '/Requests\/sec/ {rps=$2} /Transfer\/sec/ {t=$2} /^ +99%/ {p=$2} /Non-2xx/ {bad=$5}
    function ms(s) { if (s ~ /us$/) return s/1000; if (s ~ /ms$/) return s+0; if (s ~ /m$/) return s*60000; return s*1000 }
    function mb(s) { if (s ~ /GB$/) return s*1024; if (s ~ /KB$/) return s/1024; if (s ~ /MB$/) return s+0; return s/1048576 }
    END { printf "%.0f %.2f %.1f %d\n", rps, ms(p), mb(t), bad }' <<<"$r"
}

printf '| %-28s | %12s | %9s | %12s | %9s | %7s |\n' page "hromadata r/s" "p99 ms" "nginx r/s" "p99 ms" ratio
printf '| %-28s | %12s | %9s | %12s | %9s | %7s |\n' --- ---: ---: ---: ---: ---:
for i in "${!pages[@]}"; do
  read -r hr hp99 _ hbad < <(run "$h${pages[$i]}")
  read -r nr np99 _ _ < <(run "$n/p/$i")
  printf '| %-28s | %12s | %9s | %12s | %9s | %7.2f |%s\n' "${pages[$i]}" "$hr" "$hp99" "$nr" "$np99" "$(echo "$hr / $nr" | bc -l)" \
    "$([ "$hbad" != 0 ] && echo " $hbad non-2xx")"
done
# The download three times, interleaved, since one 5 s run of a bandwidth-bound transfer
# moves with whatever else the machine does at that moment.
for _ in 1 2 3; do
  read -r hr hp99 hmb _ < <(run "$h$download")
  read -r nr np99 nmb _ < <(run "$n/download")
  printf '| %-28s | %9s MB/s | %9s | %9s MB/s | %9s | %7.2f |\n' "download $(basename "$big") ($(du -h "$big" | cut -f1))" "$hmb" "$hp99" "$nmb" "$np99" "$(echo "$hmb / $nmb" | bc -l)"
done

# A page no one asked for yet: 64 clients at once wait for one computation.
cold='/reconcile?period=2022&all=1'
seq 64 | xargs -P64 -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$h$cold" >"$out/cold"
echo
awk -v page="$cold" '{n[$1]++; if ($2 > max) max = $2} END {printf "cold %s, 64 clients at once:", page; for (c in n) printf " %d × %s", n[c], c; printf ", slowest %.2f s\n", max}' "$out/cold"
printf 'first pages rendered at start (warming) within %.1f s of the server answering\n' "$ready"
grep -E 'VmRSS|VmHWM' "/proc/$spid/status" | tr -s ' \t' ' ' | sed 's/^/serve memory with every page held: /'
