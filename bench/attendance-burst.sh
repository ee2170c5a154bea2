#!/usr/bin/env bash
# The 07:30 morning burst: durable check-ins per second and p50/p99 latency at several connection counts against
# the running distribution (./serasan --demo), with thousands of distinct demo employees' app tokens, beside two
# baselines measured in the same run against the same server: the hashed stylesheet (bytes from memory, the HTTP
# stack's floor) and GET /api/v1/auth/me (an authenticated request with its token check).
#
# Usage: bench/attendance-burst.sh [employees=2000] [seconds=20] [connections="200 1000"]
# Needs wrk (apt-get install wrk) and python3. The first run creates the employees' accounts (bench/attendance_accounts.py,
# a few minutes: two password hashes each) and keeps their tokens in run/serasan/data/serasan/bench-tokens.
# "Durable": a check-in is answered 201 only after the commit that stores it (group commit; see
# bundles/attendance/README.md). Every answer must be 201, or the script says so.
set -euo pipefail
cd "$(dirname "$0")/.."
employees=${1:-2000}; secs=${2:-20}; conns=${3:-"200 1000"}
port=${SERASAN_HTTP_PORT:-8181}; base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
tokens=run/serasan/data/serasan/bench-tokens
if [ ! -s "$tokens" ] || [ "$(wc -l < "$tokens")" -lt $(( employees * 95 / 100 )) ]; then
  python3 bench/attendance_accounts.py "$employees" "$tokens"
fi
ulimit -n 65536 2>/dev/null || true
css=$(curl -s "$base/" | grep -o '/assets/serasan\.[0-9a-f]*\.css' | head -1)
me_token=$(head -1 "$tokens" | cut -d' ' -f1)
run_id=$(date +%s)

measure() { # name, wrk args...
  local name=$1; shift
  local out; out=$(wrk --latency "$@" 2>&1)
  local rps p50 p99 statuses
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  statuses=$(echo "$out" | sed -n 's/^statuses: //p')
  non=$(echo "$out" | sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p')
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "${statuses:-${non:+non-2xx $non}}"
}

echo "Serasan attendance burst, $(date -u +%F), $(nproc) cores, $employees employees' tokens, ${secs}s per row after a 5 s warm-up"
echo
echo "| what | req/s | p50 | p99 | answers |"
echo "|---|---|---|---|---|"
for c in $conns; do
  t=$(( c < 200 ? 2 : 2 ))
  wrk -t$t -c"$c" -d5s -s bench/attendance-burst.lua "$base" -- "$tokens" "w$run_id$c" >/dev/null 2>&1 || true
  measure "stylesheet (baseline), $c conns" -t$t -c"$c" -d"${secs}s" "$base$css"
  measure "GET /api/v1/auth/me (baseline), $c conns" -t$t -c"$c" -d"${secs}s" -H "Authorization: Bearer $me_token" "$base/api/v1/auth/me"
  measure "POST check-ins (durable), $c conns" -t$t -c"$c" -d"${secs}s" -s bench/attendance-burst.lua "$base" -- "$tokens" "r$run_id$c"
done
