#!/usr/bin/env bash
# Serves the release build in LIVE mode against the mock Wave API on http://127.0.0.1:8080
# (the mock serves dist/, a live config.json and the API under /api). Sign in on /connect
# with any token. Faults: POST a JSON list to /__faults (paths without /api), e.g.
#   curl -X POST localhost:8080/__faults -d '[{"path":"/package_builder","kind":"status","status":503}]'
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="/usr/local/bin:$PATH"
bash scripts/build.sh
exec cargo run -p mock-server -- --port "${PORT:-8080}" --dist dist "$@"
