#!/usr/bin/env bash
# Measures the distribution: size, cold start to the first 200 on /api/health, restart to 200, resident memory.
# Usage: bench/startup.sh [runs]   (build first: mvn -B -DskipTests install)
# Prints one line per run and a summary; records nothing by itself - copy the summary into bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
tgz=$(ls karaf-distribution/target/serasan-distribution-*.tar.gz)
work=$(mktemp -d /tmp/serasan-bench.XXXX)
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
echo "distribution: $(du -h "$tgz" | cut -f1) tar.gz"

start_and_wait() {  # $1 = home; sets $took to the seconds until the first 200
  local home=$1 t0 t1
  t0=$(date +%s.%N)
  (cd "$home" && exec nohup bin/karaf server </dev/null >console.log 2>&1 &)
  for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health")" = 200 ]; then
      t1=$(date +%s.%N); took=$(echo "$t1 - $t0" | bc); return 0
    fi
    sleep 0.1
  done
  echo "no 200 within 60 s" >&2; return 1
}
stop() {  # $1 = home
  local home=$1 pid
  pid=$(cat "$home/karaf.pid" 2>/dev/null || true)
  (cd "$home" && bin/stop >/dev/null 2>&1) || true
  for _ in $(seq 1 300); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
}
rss() { ps -o rss= -p "$(cat "$1/karaf.pid")" | awk '{printf "%.0f", $1/1024}'; }

for i in $(seq 1 "$runs"); do
  home="$work/run$i"; mkdir -p "$home"
  tar xzf "$tgz" -C "$home" --strip-components=1
  sed -i "s/^org.osgi.service.http.port.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
  start_and_wait "$home"; cold=$took; sleep 3; rss_cold=$(rss "$home")
  stop "$home"
  start_and_wait "$home"; warm=$took; sleep 3; rss_warm=$(rss "$home")
  stop "$home"
  echo "run $i: cold start to 200 ${cold}s (RSS ${rss_cold} MB), restart to 200 ${warm}s (RSS ${rss_warm} MB), unpacked $(du -sh "$home" | cut -f1) after runs"
done
rm -rf "$work"
