#!/usr/bin/env bash
# Personnel benchmark: import throughput (rows/s) and search-by-name-prefix latency (p50/p99) over N employees.
# Usage: [DB=derby|postgresql] bench/personnel.sh [employees=12000] [queries=2000]
# Unpacks the built distribution (karaf-distribution/target/*.tar.gz) into a fresh folder, starts it on free
# ports, generates N demo employees as a CSV (serasan:personnel-demo --csv), imports it over HTTP, then runs
# bench/search_latency.py against GET /api/v1/personnel/employees?q=<prefix>. Prints the figures; stops Karaf.
# DB=postgresql (default derby): a fresh database on the server PG_URL (default jdbc:postgresql://127.0.0.1:5432/)
# as PG_USER/PG_PASSWORD (default serasan_it/serasan_it, the role .ci/run creates; it needs CREATEDB), written into
# etc/org.ops4j.datasource-serasan.cfg as docs/operations.md says, and dropped afterwards (KEEP_DB=1 keeps it).
set -euo pipefail
n=${1:-12000}; queries=${2:-2000}
db=${DB:-derby}
pg_url=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/}; pg_user=${PG_USER:-serasan_it}; pg_password=${PG_PASSWORD:-serasan_it}
pg_hostport=${pg_url#jdbc:postgresql://}; pg_hostport=${pg_hostport%%/*}
pg_host=${pg_hostport%%:*}; pg_port=${pg_hostport##*:}; [ "$pg_port" = "$pg_hostport" ] && pg_port=5432
pg() { PGPASSWORD=$pg_password psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" "$@"; }
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
pgdb=""
if [ "$db" = postgresql ]; then
  pgdb="serasan_bench_$(date +%s)"
  pg -d postgres -c "CREATE DATABASE $pgdb ENCODING 'UTF8'"
  printf '%s\n' "osgi.jdbc.driver.name = PostgreSQL JDBC Driver" "dataSourceName = serasan" "url = ${pg_url%/}/$pgdb" \
    "user = $pg_user" "password = $pg_password" "pool = dbcp2" "xa = false" "jdbc.pool.maxTotal = 16" \
    "jdbc.pool.maxIdle = 8" "jdbc.pool.testOnBorrow = true" > "$home/etc/org.ops4j.datasource-serasan.cfg"
elif [ "$db" != derby ]; then
  echo "DB must be derby or postgresql" >&2; exit 2
fi
cleanup() {
  grep -h "Import by" "$home"/data/log/karaf.log 2>/dev/null | sed "s/.*EmployeeImport *| [^|]* | /  log: /" || true
  local pid; pid=$(cat "$home/karaf.pid" 2>/dev/null || true)
  (cd "$home" && bin/stop >/dev/null 2>&1 || true)
  for _ in $(seq 1 300); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; fi
  if [ -n "$pgdb" ] && [ -z "${KEEP_DB:-}" ]; then pg -d postgres -c "DROP DATABASE IF EXISTS $pgdb WITH (FORCE)" || true; fi
  if [ -n "$pgdb" ] && [ -n "${KEEP_DB:-}" ]; then echo "kept database $pgdb (drop it yourself)"; fi
  rm -rf "$home"
}
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
echo "database: $db${pgdb:+ ($pgdb on $pg_host:$pg_port)}; employees: $n ($(wc -c < "$csv") bytes CSV)"
for mode in true false; do
  t0=$(date +%s.%N)
  out=$(curl -s -XPOST -H "Authorization: Bearer $tok" -H 'Content-Type: text/csv' --data-binary "@$csv" \
    "$api/personnel/imports?dryRun=$mode")
  t1=$(date +%s.%N)
  echo "$out" | python3 -c "import json,sys; r=json.load(sys.stdin); print(('dry run' if r['dryRun'] else 'import ') + ': %d rows, %d errors, server %d ms = %.0f rows/s' % (r['rows'], len(r['errors']), r['millis'], r['rowsPerSecond']))"
  echo "         wall (upload + response) $(echo "$t1 - $t0" | bc) s"
done
sleep 15  # let Derby's checkpoint (or PostgreSQL's autovacuum and autoanalyze) run after the import
if [ -n "$pgdb" ]; then
  # Measure the steady state: after autovacuum has analyzed the new rows (within its 1-minute naptime).
  for _ in $(seq 1 120); do
    [ -n "$(pg -d "$pgdb" -At -c "SELECT last_autoanalyze FROM pg_stat_user_tables WHERE relname = 'personnel_employee'")" ] && break
    sleep 1
  done
  pg -d "$pgdb" -At -c "SELECT 'autoanalyze of personnel_employee: ' || coalesce(last_autoanalyze::text, 'not within 120 s')
    FROM pg_stat_user_tables WHERE relname = 'personnel_employee'"
fi
BENCH_DB=$db python3 "$root/bench/search_latency.py" "$api/personnel/employees" "$tok" "$queries"
