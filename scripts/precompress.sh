#!/usr/bin/env bash
# Precompressed copies for the static server (deploy/nginx/wave-console.conf serves them with
# brotli_static and gzip_static): name.br (brotli 11) and name.gz (gzip 9) beside every text
# and wasm file of the folder given (default dist/). scripts/build.sh runs it on every build.
set -euo pipefail
dir=${1:-dist}
find "$dir" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.json' \
  -o -name '*.svg' -o -name '*.txt' \) -print0 |
  xargs -0 -P 2 -I{} sh -c 'brotli -q 11 -f -k -o "$1.br" "$1" && gzip -9 -n -c "$1" >"$1.gz"' _ {}
