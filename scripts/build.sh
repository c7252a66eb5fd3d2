#!/usr/bin/env bash
# The release build in dist/: what every test tier, the benchmark and a deployment use.
# trunk builds the app with route-level code splitting (the `split` feature); its post_build
# hook, scripts/split.sh, cuts the wasm into chunks. `trunk serve` stays unsplit.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/bin:$PATH"
# The splitter needs the linker's relocations. RUSTFLAGS replaces .cargo/config.toml's
# rustflags, so that flag is repeated here.
# SIZE_FLAGS: no Debug formatting and no file/line of panics in the shipped wasm (measured:
# 667,493 → 657,936 bytes brotli for the whole build). They are unstable flags, so the
# compiler is told to accept them (RUSTC_BOOTSTRAP); nothing in the app may format `{:?}`.
SIZE_FLAGS="-Zfmt-debug=none -Zlocation-detail=none"
export RUSTC_BOOTSTRAP=1 RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs $SIZE_FLAGS"
WAVE_SPLIT=1 trunk build --release --features split "$@"

bash scripts/precompress.sh dist
