#!/usr/bin/env bash
# trunk post_build hook (Trunk.toml): when scripts/build.sh asks for it (WAVE_SPLIT=1), splits
# the release wasm into a main module and one chunk per lazily loaded route group
# (src/pages/split.rs), then replaces trunk's JS glue and wasm in the staging directory.
# Every file gets a content-hashed name, so one index.html only ever loads files of its own
# build: deploy dist/ as a whole.
set -euo pipefail
input="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/wave-console.wasm"
if [ "${WAVE_SPLIT:-}" != 1 ]; then
  # `trunk build --release --features split` alone would make an app that cannot start.
  if [ "${TRUNK_PROFILE:-}" = release ] && [ -f "$input" ] && grep -q __wasm_split_placeholder__ "$input"; then
    echo "split.sh: this wasm was built with --features split: build with scripts/build.sh" >&2
    exit 1
  fi
  exit 0
fi
[ "${TRUNK_PROFILE:-}" = release ] || { echo "split.sh: WAVE_SPLIT needs a release build" >&2; exit 1; }
stage="$TRUNK_STAGING_DIR"
old_js=$(cd "$stage" && ls wave-console-*.js)
old_name="${old_js%.js}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# -Oz with the features wasm-bindgen's output uses (bench/bare/index.html uses the same).
opt() {
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue "$1" -o "$2"
}
hash() { sha256sum "$1" | cut -c1-16; }

wasm-split-cli "$input" "$work/split" --target web --out-name wave-console
wasm-bindgen --target web --keep-lld-exports --no-demangle --out-name wave-console \
  --out-dir "$work/bindgen" "$work/split/wave-console.wasm"

# Chunks name nothing: each is named by its own content. The loader names the chunks and the
# glue, and the glue names the loader, so those two and the main module share one name taken
# from everything in this build.
cp "$work/split/__wasm_split.js" "$work/loader.js"
mkdir "$work/opt"
export -f opt
# Two at a time: wasm-opt is the slow part, and most chunks are small.
cp "$work/bindgen/wave-console_bg.wasm" "$work/split/wave-console.wasm"
(cd "$work/split" && ls ./*.wasm | xargs -P 2 -I{} bash -c 'opt "$1" "../opt/$1"' _ {})
for chunk in "$work"/opt/*.wasm; do
  base=$(basename "$chunk" .wasm)
  [ "$base" = wave-console ] && continue
  named="$base-$(hash "$chunk").wasm"
  mv "$chunk" "$stage/$named"
  sed -i "s#\"\\./$base\\.wasm\"#\"./$named\"#g" "$work/loader.js"
done
mv "$work/opt/wave-console.wasm" "$work/main.wasm"
build=$(cat "$work/main.wasm" "$work/bindgen/wave-console.js" "$work/loader.js" | sha256sum | cut -c1-16)
name="wave-console-$build"
# Only the import statements: the wasm's own import module name ("./__wasm_split.js") stays.
sed -i "s#from \"\\./wave-console\\.js\"#from \"./$name.js\"#g" "$work/loader.js"
sed -i "s#from \"\\./__wasm_split\\.js\"#from \"./__wasm_split-$build.js\"#g" "$work/bindgen/wave-console.js"
mv "$work/loader.js" "$stage/__wasm_split-$build.js"
mv "$work/main.wasm" "$stage/${name}_bg.wasm"
mv "$work/bindgen/wave-console.js" "$stage/$name.js"
if [ -d "$work/bindgen/snippets" ]; then cp -r "$work/bindgen/snippets" "$stage/"; fi
if [ "$old_name" != "$name" ]; then
  rm -f "$stage/$old_js" "$stage/${old_name}_bg.wasm"
  sed -i "s#$old_name#$name#g" "$stage/index.html"
fi
grep -q "href=\"/$name.js\" data-wave=\"js\"" "$stage/index.html" || { echo "split.sh: index.html does not name $name.js" >&2; exit 1; }
# The glue imports the loader: fetch it with the glue, not after it.
sed -i "s#<link rel=\"modulepreload\" href=\"/$name.js\" data-wave=\"js\">#&<link rel=\"modulepreload\" href=\"/__wasm_split-$build.js\">#" "$stage/index.html"
# Which files each lazily loaded route needs (its chunk and the chunks it shares), from the
# loader, for public/boot.js: a deep link to a route fetches them with the main module.
manifest=$(awk '
  /^(export )?const __/ { match($0, /__[A-Za-z0-9_]+/); var = substr($0, RSTART, RLENGTH) }
  /fetch\(new URL\("\.\// { match($0, /"\.\/[^"]+"/); file[var] = substr($0, RSTART + 3, RLENGTH - 4) }
  /^, \[/ { deps[var] = $0 }
  END {
    out = ""
    for (v in file) {
      if (v !~ /^__wasm_split_load_/) continue
      name = substr(v, 19); list = "\"" file[v] "\""
      rest = deps[v]
      while (match(rest, /__chunk_[0-9]+/)) {
        list = list ",\"" file[substr(rest, RSTART, RLENGTH)] "\""
        rest = substr(rest, RSTART + RLENGTH)
      }
      out = out (out == "" ? "" : ",") "\"" name "\":[" list "]"
    }
    print "{" out "}"
  }' "$stage/__wasm_split-$build.js")
# Every chunk public/boot.js preloads (its ROUTE_CHUNKS, held against src/routes.rs and
# src/pages/split.rs by a component test) must be there: a changed loader format fails the build.
chunks=$(sed -n '/^const ROUTE_CHUNKS = \[/,/^\];/p' "${TRUNK_SOURCE_DIR:-.}/public/boot.js" | grep -o '"[a-z_]*"\]' | tr -d '"]' | sort -u)
[ -n "$chunks" ] || { echo "split.sh: no ROUTE_CHUNKS table in public/boot.js" >&2; exit 1; }
for chunk in $chunks; do
  case "$manifest" in *"\"${chunk}\":[\"split_${chunk}-"*) ;;
    *) echo "split.sh: no files for ${chunk} in the loader" >&2; exit 1 ;;
  esac
done
sed -i "s#</head>#<script type=\"application/json\" id=\"wave-chunks\">$manifest</script>\n</head>#" "$stage/index.html"
echo "split.sh: $(ls "$stage"/*.wasm | wc -l) wasm files in $stage"
