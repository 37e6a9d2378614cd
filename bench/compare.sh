#!/usr/bin/env bash
# Times `hromadata load` of the demo exports against DuckDB's own read_csv of the
# same rows (UTF-8 copies), and `hromadata build`; prints peak memory and the ratio.
# Usage: bench/compare.sh [SCALE_NOTE]   (writes under bench/out/, ignored by git)
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
rm -rf "$out" && mkdir -p "$out/utf8" "$out/duck"
go build -o "$out/hromadata" ./cmd/hromadata
go build -o "$out/readcsv" ./bench/readcsv

# Generate the demo exports (the demo's own load/build go to a scratch directory).
"$out/hromadata" demo --no-serve --data "$out/gen" >/dev/null 2>&1
inbox="$out/gen/inbox"
for f in "$inbox"/*.csv; do
  if head -c3 "$f" | grep -q $'\xef\xbb\xbf'; then tail -c +4 "$f" > "$out/utf8/$(basename "$f")"
  else iconv -f WINDOWS-1251 -t UTF-8 "$f" > "$out/utf8/$(basename "$f")"; fi
done
rows=$(cat "$inbox"/*.csv | wc -l)

measure() { # label, command...: prints seconds and peak RSS in MiB
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>&1
  read -r secs kb < "$out/time"
  printf '%-28s %8.2f s %8.0f MiB\n' "$label" "$secs" "$((kb / 1024))"
  echo "$secs"  > "$out/$label.secs"
}

echo "demo exports: $(ls "$inbox" | wc -l) files, $rows lines, $(du -sh "$inbox" | cut -f1)"
measure load      "$out/hromadata" load --data "$out/run" "$inbox"
measure build     "$out/hromadata" build --data "$out/run"
measure read_csv  "$out/readcsv" "$out/utf8" "$out/duck"
awk -v a="$(cat "$out/load.secs")" -v b="$(cat "$out/read_csv.secs")" -v r="$rows" \
  'BEGIN { printf "load / read_csv = %.2f×; load throughput %.0f rows/s\n", a / b, r / a }'
