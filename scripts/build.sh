#!/usr/bin/env bash
# The release build in dist/: what every test tier, the benchmark and a deployment use.
# trunk builds the app with route-level code splitting (the `split` feature); its post_build
# hook, scripts/split.sh, cuts the wasm into chunks. `trunk serve` stays unsplit.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/bin:$PATH"
# The splitter needs the linker's relocations. RUSTFLAGS replaces .cargo/config.toml's
# rustflags, so that flag is repeated here.
export RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs"
WAVE_SPLIT=1 trunk build --release --features split "$@"
