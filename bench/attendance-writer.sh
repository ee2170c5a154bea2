#!/usr/bin/env bash
# The check-in writer alone on embedded Derby (file database, durable commits): group commit against one
# transaction per check-in, with N submitters that each wait for their commit. Usage: bench/attendance-writer.sh [submitters] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl bundles/attendance test -Dtest=WriterBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench=attendance-writer -Dbench.threads="${1:-200}" -Dbench.seconds="${2:-10}"
