#!/usr/bin/env bash
# Screenshots of every route and state of the release build at desktop (1366×900) and phone
# (390×844) size: bash scripts/screenshots.sh [dist] [out-dir]  (defaults: dist, screenshots).
# Builds dist/ first when it is missing (or when SCREENSHOTS_BUILD=1). Browser: E2E_BROWSER.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="/usr/local/bin:$PATH" CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
DIST=${1:-dist}
OUT=${2:-screenshots}
if [ ! -f "$DIST/index.html" ] || [ "${SCREENSHOTS_BUILD:-0}" = 1 ]; then
  [ "$DIST" = dist ] || { echo "no build in $DIST" >&2; exit 1; }
  bash scripts/build.sh
fi
cargo run -q -p e2e --bin screenshots -- "$DIST" "$OUT"
