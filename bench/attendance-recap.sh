#!/usr/bin/env bash
# The regency's monthly attendance recap: N employees x the working days of a month, from the day summaries of an
# embedded Derby file database, judged under the default rule pack. Usage: bench/attendance-recap.sh [employees]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl bundles/attendance test -Dtest=RecapBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench=attendance-recap -Dbench.employees="${1:-12000}"
