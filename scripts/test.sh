#!/usr/bin/env bash
# Runs every test: native logic, components in headless Chromium, end-to-end against the
# release build (installs what is missing first).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="/usr/local/bin:$PATH" CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

echo "== 1/3 native: cargo test -p wave-api -p mock-server"
cargo test -p wave-api -p mock-server

echo "== 2/3 components: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown

echo "== 3/3 end-to-end: release build in dist/, driven by Chromium"
trunk build --release
E2E_DIST="$PWD/dist" cargo test -p e2e -- --test-threads=1
