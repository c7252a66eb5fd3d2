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
# the app would print nothing there, while every debug build and test still shows it.
if grep -rnP '\{[A-Za-z0-9_.]*:#?\?\}' src --include=*.rs; then
  echo "check-view: Debug formatting above prints nothing in the release build (use Display or a name)." >&2
  exit 1
fi
echo "check-view: ok"
