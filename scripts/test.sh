#!/usr/bin/env bash
# Runs every test: native logic, components in headless Chromium, end-to-end against the
# release build in Chromium and in Firefox, and seeded user walks (installs what is missing
# first).
#
# Knobs: E2E_BROWSERS (default "chromium firefox"), WALK_BROWSERS (default "chromium"; add
# firefox to walk there too), WALK_SEEDS / WALK_SEED_COUNT / WALK_STEPS (see e2e/tests/walk/main.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="/usr/local/bin:$PATH" CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export GECKODRIVER="${GECKODRIVER:-/usr/local/bin/geckodriver}" FIREFOX="${FIREFOX:-/usr/bin/firefox-esr}"

# Where /dev/null could not be made the null device again (scripts/setup.sh), empty it before
# every tier: cargo feeds it to rustc's target probe as source text.
fresh_null() { [ -c /dev/null ] || : >/dev/null; }

T0=$(date +%s)
took() { echo "   ($1: $(( $(date +%s) - $2 )) s; $(( $(date +%s) - T0 )) s in all)"; }

fresh_null
echo "== 0/4 habits: view! closures, rustfmt, clippy -D warnings (native crates and the wasm app)"
t=$(date +%s)
bash scripts/check-view.sh
cargo fmt --all --check
cargo clippy -p wave-api -p mock-server -p e2e --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
# The release build's route splitting (src/pages/split.rs) only compiles with the feature.
cargo clippy --target wasm32-unknown-unknown --lib --bins --features split -- -D warnings
took habits "$t"

fresh_null
echo "== 1/4 native: cargo test -p wave-api -p mock-server"
t=$(date +%s); cargo test -p wave-api -p mock-server; took native "$t"

fresh_null
# wasm-bindgen-test-runner picks geckodriver whenever GECKODRIVER is set, chromedriver when
# only CHROMEDRIVER is: each run names its browser.
echo "== 2/4 components: wasm-bindgen-test in headless Chromium"
t=$(date +%s); env -u GECKODRIVER cargo test --target wasm32-unknown-unknown; took "components in chromium" "$t"
echo "== 2/4 components: wasm-bindgen-test in headless Firefox"
t=$(date +%s); cargo test --target wasm32-unknown-unknown; took "components in firefox" "$t"

fresh_null
echo "== 3/4 end-to-end: release build in dist/, every e2e suite but the walks, per browser"
t=$(date +%s); bash scripts/build.sh; took "release build (scripts/build.sh)" "$t"
for browser in ${E2E_BROWSERS:-chromium firefox}; do
  fresh_null
  echo "== 3/4 end-to-end in $browser"
  t=$(date +%s)
  E2E_BROWSER=$browser E2E_DIST="$PWD/dist" cargo test -p e2e --no-fail-fast -- --test-threads=1 --skip seeded_user_walks
  took "end-to-end in $browser" "$t"
done

for browser in ${WALK_BROWSERS:-chromium}; do
  echo "== 4/4 user walks in $browser (live mode, mock server; WALK_SEEDS=… to repeat one)"
  t=$(date +%s)
  E2E_BROWSER=$browser E2E_DIST="$PWD/dist" cargo test -p e2e --test walk -- --test-threads=1 --nocapture
  took "user walks in $browser" "$t"
done
echo "== all tests passed in $(( $(date +%s) - T0 )) s"
