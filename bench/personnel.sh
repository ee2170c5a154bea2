#!/usr/bin/env bash
# Personnel benchmark: import throughput (rows/s) and search-by-name-prefix latency (p50/p99) over N employees.
# Usage: bench/personnel.sh [employees=12000] [queries=2000]
# Unpacks the built distribution (karaf-distribution/target/*.tar.gz) into a fresh folder, starts it on free
# ports, generates N demo employees as a CSV (serasan:personnel-demo --csv), imports it over HTTP, then runs
# bench/search_latency.py against GET /api/v1/personnel/employees?q=<prefix>. Prints the figures; stops Karaf.
set -euo pipefail
n=${1:-12000}; queries=${2:-2000}
root=$(cd "$(dirname "$0")/.." && pwd)
tgz=$(ls "$root"/karaf-distribution/target/serasan-distribution-*.tar.gz | head -1)
home=$(mktemp -d /tmp/serasan-bench-XXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ssh=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
tar xzf "$tgz" -C "$home" --strip-components=1
[ -n "${DERBY_OPTS:-}" ] && echo "export EXTRA_JAVA_OPTS=\"\${EXTRA_JAVA_OPTS} $DERBY_OPTS\"" >> "$home/bin/setenv"
sed -i "s/^org.osgi.service.http.port.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort.*/sshPort = $ssh/" "$home/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort.*/rmiRegistryPort = $((ssh + 1))/; s/^rmiServerPort.*/rmiServerPort = $((ssh + 2))/" \
  "$home/etc/org.apache.karaf.management.cfg"
# A 120,000-row CSV is ~46 MB: above the default upload limit (32 MB).
sed -i "s/^maxUploadBytes.*/maxUploadBytes = 134217728/" "$home/etc/id.serasan.platform.cfg"
cpw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
echo "bench = $cpw,_g_:admingroup" >> "$home/etc/users.properties"
client() { "$home/bin/client" -a "$ssh" -u bench -p "$cpw" -r 30 -d 2 -b | tr -d '\r'; }
cleanup() { grep -h "Import by" "$home"/data/log/karaf.log 2>/dev/null | sed "s/.*EmployeeImport *| [^|]* | /  log: /" || true; (cd "$home" && bin/stop >/dev/null 2>&1 || true); sleep 3; pkill -f "karaf.base=$home" || true; rm -rf "$home"; }
trap cleanup EXIT
(cd "$home" && exec nohup bin/karaf server </dev/null >"$home/console.out" 2>&1 &)
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health" || true)" = 200 ] && break; sleep 0.2
done
api="http://127.0.0.1:$port/api/v1"
one=$(cat "$home/data/serasan/initial-admin-password")
tok=$(curl -s -XPOST -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$one\"}" "$api/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
curl -s -o /dev/null -XPOST -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
  -d "{\"currentPassword\":\"$one\",\"newPassword\":\"Bench-Serasan-2026!\"}" "$api/auth/password"
tok=$(curl -s -XPOST -H 'Content-Type: application/json' -d '{"username":"admin","password":"Bench-Serasan-2026!"}' "$api/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
csv="$home/data/bench-employees.csv"
echo "serasan:personnel-demo --employees $n --csv $csv" | client
for _ in $(seq 1 100); do [ -s "$csv" ] && break; sleep 0.5; done
echo "employees: $n ($(wc -c < "$csv") bytes CSV)"
for mode in true false; do
  t0=$(date +%s.%N)
  out=$(curl -s -XPOST -H "Authorization: Bearer $tok" -H 'Content-Type: text/csv' --data-binary "@$csv" \
    "$api/personnel/imports?dryRun=$mode")
  t1=$(date +%s.%N)
  echo "$out" | python3 -c "import json,sys; r=json.load(sys.stdin); print(('dry run' if r['dryRun'] else 'import ') + ': %d rows, %d errors, server %d ms = %.0f rows/s' % (r['rows'], len(r['errors']), r['millis'], r['rowsPerSecond']))"
  echo "         wall (upload + response) $(echo "$t1 - $t0" | bc) s"
done
sleep 15  # let Derby's checkpoint after the import finish before measuring reads
python3 "$root/bench/search_latency.py" "$api/personnel/employees" "$tok" "$queries"
