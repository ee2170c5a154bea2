#!/usr/bin/env bash
# Login throughput: PBKDF2-HMAC-SHA256 at 600,000 iterations is deliberately expensive.
# Usage: bench/login.sh <user> <password> [logins] [parallel]   against a running Serasan (./serasan --demo).
# Uses an account that is not locked; every login must succeed (200), or the script says so.
set -euo pipefail
user=$1; pw=$2; n=${3:-40}; par=${4:-2}; port=${SERASAN_HTTP_PORT:-8181}
body="{\"username\":\"$user\",\"password\":\"$pw\"}"
t0=$(date +%s.%N)
codes=$(seq 1 "$n" | xargs -P "$par" -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
  -XPOST -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/api/v1/auth/login")
t1=$(date +%s.%N)
ok=$(echo "$codes" | grep -c '^200 ' || true)
echo "$codes" | awk '{print $2}' | sort -n > /tmp/serasan-login-times
p50=$(awk '{a[NR]=$1} END{print a[int(NR*0.5)+0]}' /tmp/serasan-login-times)
p99=$(awk '{a[NR]=$1} END{i=int(NR*0.99); if(i<1)i=1; print a[i]}' /tmp/serasan-login-times)
echo "logins: $n, parallel: $par, ok: $ok, wall: $(echo "$t1 - $t0" | bc) s, throughput: $(echo "scale=1; $n / ($t1 - $t0)" | bc) logins/s, p50 ${p50}s, p99 ${p99}s"
