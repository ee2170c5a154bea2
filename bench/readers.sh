#!/usr/bin/env bash
# Personnel's own CSV/XLSX readers against FastCSV and fastexcel-reader on one generated table, in one run.
# Needs the personnel bundle installed (mvn -B install -DskipITs). Usage: bench/readers.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/readers"
mvn -B -q compile exec:java -Dexec.args="${1:-120000}"
