#!/usr/bin/env bash
# Benchmark: builds the app and a bare Leptos counter (same profile and wasm-opt settings),
# serves both, drives headless Chromium, prints a table and writes BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --bench
export PATH="/usr/local/bin:$PATH" CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
bash scripts/build.sh
# Its own target directory: the app's release build uses other RUSTFLAGS (scripts/build.sh),
# and sharing one would rebuild every dependency each time.
# The same size flags as scripts/build.sh, so the comparison stays fair.
(cd bench/bare && CARGO_TARGET_DIR="$PWD/../../target/bare" RUSTC_BOOTSTRAP=1 \
  RUSTFLAGS="--cfg erase_components -Zfmt-debug=none -Zlocation-detail=none" trunk build --release)
bash scripts/precompress.sh bench/bare/dist
# Debug profile on purpose: the driver only waits on the browser, and shares the e2e build.
# Optional: sections to run, e.g. `bash scripts/bench.sh memory` (BENCHMARKS.md is then left as is).
cargo run -p e2e --bin bench -- dist bench/bare/dist "$@"
