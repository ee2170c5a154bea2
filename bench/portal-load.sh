#!/usr/bin/env bash
# Portal page load: requests/s and latency of the public pages under concurrent visitors, beside two baselines
# measured in the same run on the same server: the hashed stylesheet (bytes from memory: the HTTP stack's floor)
# and /api/health (the smallest JSON answer).
# Usage: bench/portal-load.sh [seconds] [connections]   against a running Serasan with the portal's demo content
# (./serasan --demo). Needs wrk (apt-get install wrk). Every answer must be 200, or the script says so.
set -euo pipefail
secs=${1:-15}; conns=${2:-16}; port=${SERASAN_HTTP_PORT:-8181}; base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
css=$(curl -s "$base/" | grep -o '/assets/serasan\.[0-9a-f]*\.css' | head -1)
news=$(curl -s "$base/berita" | grep -o 'href="/berita/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
service=$(curl -s "$base/layanan" | grep -o 'href="/layanan/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
[ -n "$css" ] && [ -n "$news" ] && [ -n "$service" ] || { echo "no demo content at $base (./serasan --demo)" >&2; exit 2; }
# Count non-2xx answers: wrk prints "Non-2xx or 3xx responses" when there are any.
printf '%-44s %10s %9s %9s %9s\n' "path" "req/s" "p50 ms" "p99 ms" "errors"
for path in "$css" /api/health / /berita "$news" /layanan "$service" "/cari?q=pangkat" /feed.xml /sitemap.xml; do
  # warm up (JIT, the public snapshot), then measure
  accept='text/html'; [ "$path" = /api/health ] && accept='application/json'
  wrk -t2 -c"$conns" -d3s -H "Accept: $accept" "$base$path" >/dev/null
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency -H "Accept: $accept" "$base$path")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  bad=$(echo "$out" | awk '/Non-2xx/ {print $5}'); errs=$(echo "$out" | awk '/Socket errors/ {print $0}')
  ms() { case "$1" in *us) echo "scale=2; ${1%us}/1000" | bc ;; *ms) echo "${1%ms}" ;; *s) echo "scale=1; ${1%s}*1000" | bc ;; esac; }
  printf '%-44s %10s %9s %9s %9s\n' "$path" "$rps" "$(ms "$p50")" "$(ms "$p99")" "${bad:-0}${errs:+ ($errs)}"
done
