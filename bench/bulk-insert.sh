#!/usr/bin/env bash
# Personnel import writes: multi-row INSERTs against JDBC batches on embedded Derby (file database), the real
# parser and writer on the demo employees. Usage: bench/bulk-insert.sh [employees] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl bundles/personnel verify -DskipITs -Dtest=BulkInsertBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench=bulk-insert -Dbench.employees="${1:-12000}" -Dbench.rounds="${2:-3}"
