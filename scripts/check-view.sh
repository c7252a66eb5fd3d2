#!/usr/bin/env bash
# Habits no compiler checks.
#
# Fails when an attribute closure inside `view!` compares with `<`, `>`, `<=` or `>=` without
# braces: the macro takes the `>` as the end of the tag and renders the rest as text (the
# pager once showed "= pages.get() on : click = …" on its button). Write `attr={move || a > b}`
# or name the closure first.
set -euo pipefail
cd "$(dirname "$0")/.."
if grep -rnP '\b[a-z:_-]+=move \|[^|]*\|(?![^{}]*\})[^{}"]*\s(<|>|<=|>=)\s' src --include=*.rs; then
  echo "check-view: an unbraced attribute closure above compares with < or > (wrap it in braces)." >&2
  exit 1
fi
# The release build has no Debug formatting (scripts/build.sh, -Zfmt-debug=none): `{x:?}` in
# the app would print nothing there, while every debug build and test still shows it. The app
# and wave-api (compiled into it), up to each file's `#[cfg(test)]` module.
debug_formats() {
  find src crates/wave-api/src -name '*.rs' -print0 |
    xargs -0 awk '/^#\[cfg\(test\)\]/ { nextfile } /\{[A-Za-z0-9_.]*:[^{}"]*\?\}/ { print FILENAME ":" FNR ": " $0; found = 1 } END { exit !found }'
}
if debug_formats; then
  echo "check-view: Debug formatting above prints nothing in the release build (use Display or a name)." >&2
  exit 1
fi
echo "check-view: ok"
