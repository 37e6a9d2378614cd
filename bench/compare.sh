#!/usr/bin/env bash
# Times `hromadata load` and `hromadata build` of the demo exports at each scale,
# side by side with DuckDB's own read_csv of the same rows (UTF-8 copies), with peak
# memory. Usage: bench/compare.sh [SCALE ...]   (default: 1 10; output in bench/out/)
# Times are CPU seconds (user + sys): on a shared machine wall time measures the
# neighbours, CPU time the work.
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(1 10)
out=bench/out
rm -rf "$out" && mkdir -p "$out"
go build -o "$out/hromadata" ./cmd/hromadata
go build -o "$out/readcsv" ./bench/readcsv

measure() { # dir label command...: records "cpuSeconds peakMiB" in dir/label
  local dir=$1 label=$2; shift 2
  /usr/bin/time -f "%U %S %M" -o "$dir/time" "$@" >/dev/null 2>&1
  read -r user sys kb < "$dir/time"
  echo "$(echo "$user + $sys" | bc) $((kb / 1024))" > "$dir/$label"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %10s %9s | %-20s | %-20s | %-20s | %-20s | %s\n' scale rows MB "load CPU s (MiB)" "read_csv CPU s (MiB)" "all: load CPU s" "all: build CPU s" "load/read_csv"
for n in "${scales[@]}"; do
  d="$out/x$n" && mkdir -p "$d/utf8" "$d/duck"
  "$out/hromadata" demo --generate-only --scale "$n" --data "$d/gen" >/dev/null
  inbox="$d/gen/inbox"
  # The comparison runs on the benefits exports, the rows DuckDB's read_csv can read;
  # the whole demo (all sources, CSV, XLSX and DBF) is timed separately.
  same="$d/same" && mkdir -p "$same" && cp "$inbox"/pryznachennia_*.csv "$inbox"/vyplaty_*.csv "$same"/
  for f in "$same"/*.csv; do
    if head -c3 "$f" | grep -q $'\xef\xbb\xbf'; then tail -c +4 "$f" > "$d/utf8/$(basename "$f")"
    else iconv -f WINDOWS-1251 -t UTF-8 "$f" > "$d/utf8/$(basename "$f")"; fi
  done
  rows=$(cat "$same"/*.csv | wc -l)
  mb=$(du -sm "$same" | cut -f1)
  measure "$d" load "$out/hromadata" load --data "$d/same-run" "$same"
  measure "$d" readcsv "$out/readcsv" "$d/utf8" "$d/duck"
  measure "$d" loadall "$out/hromadata" load --data "$d/run" "$inbox"
  measure "$d" build "$out/hromadata" build --data "$d/run"
  read -r ls lm < "$d/load"; read -r rs rm < "$d/readcsv"; read -r as am < "$d/loadall"; read -r bs bm < "$d/build"
  printf '%-6s %10s %9s | %8.2f (%6s)    | %8.2f (%6s)    | %8.2f (%6s)    | %8.2f (%6s)    | %.2f×, %.0f rows per CPU second\n' \
    "${n}×" "$rows" "$mb" "$ls" "$lm" "$rs" "$rm" "$as" "$am" "$bs" "$bm" "$(echo "$ls / $rs" | bc -l)" "$(echo "$rows / $ls" | bc -l)"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -rf "$d/utf8" "$d/duck" "$d/same" "$d/same-run"
done
