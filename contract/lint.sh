#!/usr/bin/env bash
# Lints every OpenAPI description the integration tests were served (recorded in the folder given as $1) with
# Redocly's recommended rules (redocly.yaml); an error fails the build.
set -euo pipefail
shopt -s nullglob
dir=$1
specs=("$dir"/openapi-*.json)
if [ ${#specs[@]} -eq 0 ]; then
  echo "no OpenAPI description was recorded in $dir (did the integration tests run?)" >&2
  exit 1
fi
cd "$(dirname "$0")"
node node_modules/@redocly/cli/bin/cli.js lint --config redocly.yaml --format=summary "${specs[@]}"
