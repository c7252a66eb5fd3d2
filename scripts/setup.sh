#!/usr/bin/env bash
# scripts/setup.sh — install whatever this project needs that the machine lacks. Idempotent:
# a second run only checks (seconds). Called by scripts/serve.sh and scripts/test.sh.
#
# Rust: if the active toolchain already has wasm32-unknown-unknown (a normal rustup machine)
# it is used as is. Otherwise (these build machines cannot download rust-std) Debian's
# rustc-web 1.96 + rust-web-src are installed, the wasm32 std is built once with
# -Zbuild-std into Debian's sysroot, and the project directory is pointed at that toolchain
# with a rustup override (nothing machine-specific lands in the repo).
#
# Browsers for the end-to-end tests: Chromium + chromedriver and Firefox ESR + geckodriver
# (built from crates.io), axe-core (npm) for the accessibility checks, and the Nu HTML
# Checker (npm vnu-jar, run on Debian's Java) for the markup check; nginx with its brotli_static
# module, openssl and curl for the deployment tests.
#
# Knobs: WASM_TOOLCHAIN=auto|debian|rustup, TRUNK_VERSION, BINARYEN_VERSION, GECKODRIVER_VERSION,
# AXE_VERSION, VNU_VERSION, WASM_SPLIT_VERSION, LIGHTHOUSE_VERSION (with --bench), TOOLS_ROOT.
set -euo pipefail

PROJECT_DIR=$(cd "$(dirname "$0")/.." && pwd)
WASM_TOOLCHAIN=${WASM_TOOLCHAIN:-auto}
TRUNK_VERSION=${TRUNK_VERSION:-0.21.14}
BINARYEN_VERSION=${BINARYEN_VERSION:-132.0.0}
# The newest geckodriver on crates.io; builds with Debian's rustc-web 1.96.
GECKODRIVER_VERSION=${GECKODRIVER_VERSION:-0.37.1}
AXE_VERSION=${AXE_VERSION:-4}
# The Nu HTML Checker (the W3C validator's engine) as vnu.jar; it needs Java 17 or newer.
VNU_VERSION=${VNU_VERSION:-26}
# The route splitter of the release build (scripts/split.sh); 0.2.4 reads wasm-bindgen 0.2.130.
WASM_SPLIT_VERSION=${WASM_SPLIT_VERSION:-0.2.4}
# For the benchmark only (`setup.sh --bench`): Lighthouse 12 needs Node 18 or newer.
LIGHTHOUSE_VERSION=${LIGHTHOUSE_VERSION:-12}
TOOLS_ROOT=${TOOLS_ROOT:-/usr/local}
DEB_TC=debian-web
WASM_SYSROOT=/usr/lib/rustlib/wasm32-unknown-unknown
STD_CRATES=std,panic_abort,panic_unwind,test,proc_macro
# Not Debian's `binaryen` (wasm-opt 108): it corrupts wasm-bindgen's externref table export.
BROWSER_PKGS=(chromium chromium-driver firefox-esr)
DEBIAN_RUST_PKGS=(rustc-web cargo-web rust-web-src rust-web-llvm lld-22 rustfmt-web rust-web-clippy)
export PATH="$TOOLS_ROOT/bin:$PATH"

T0=$(date +%s)
log()  { printf '[setup +%3ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
ok()   { log "ok: $*"; }
die()  { log "ERROR: $*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
in_project() { (cd "$PROJECT_DIR" && "$@"); }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo

apt_install() {
  local missing=() p
  for p in "$@"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then ok "apt: $*"; return; fi
  log "apt: installing ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

active_toolchain() {
  have rustup || return 0
  { in_project rustup show active-toolchain 2>/dev/null || true; } | awk '{print $1}'
}

toolchain_has_wasm32() {
  local dir
  dir=$(in_project rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null) || return 1
  compgen -G "$dir/libstd-*.rlib" >/dev/null
}

choose_route() {
  case "$WASM_TOOLCHAIN" in
    debian|rustup) ROUTE=$WASM_TOOLCHAIN ;;
    auto)
      if have rustc && [ "$(active_toolchain)" != "$DEB_TC" ] && toolchain_has_wasm32; then ROUTE=rustup; else ROUTE=debian; fi ;;
    *) die "WASM_TOOLCHAIN must be auto, debian or rustup" ;;
  esac
  log "route: $ROUTE"
}

# Build std for wasm32 with Debian's compiler once; the stamp triggers a rebuild after an
# apt upgrade of rustc-web. -Cembed-bitcode=yes keeps `lto = true` working.
install_wasm32_std() {
  local want stamp="$WASM_SYSROOT/.std-built-for" work
  want=$(/usr/bin/rustc -vV)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && compgen -G "$WASM_SYSROOT/lib/libstd-*.rlib" >/dev/null; then
    ok "wasm32 std ($(/usr/bin/rustc -V))"; return
  fi
  [ "$(dpkg-query -W -f='${Version}' rustc-web)" = "$(dpkg-query -W -f='${Version}' rust-web-src)" ] ||
    die "rustc-web and rust-web-src versions differ"
  log "building wasm32 std with -Zbuild-std (1-2 min)"
  work=$(mktemp -d /var/tmp/wasm32-std.XXXXXX)
  mkdir -p "$work/src"
  printf '[package]\nname = "wasm32-std"\nversion = "0.0.0"\nedition = "2021"\n' >"$work/Cargo.toml"
  echo '#![no_std]' >"$work/src/lib.rs"
  (cd "$work" && env -u CARGO_BUILD_TARGET RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Cembed-bitcode=yes" \
     /usr/bin/cargo build -q --release --target wasm32-unknown-unknown --target-dir "$work/target" -Zbuild-std="$STD_CRATES")
  $SUDO rm -rf "$WASM_SYSROOT/lib"
  $SUDO mkdir -p "$WASM_SYSROOT/lib"
  find "$work/target/wasm32-unknown-unknown/release/deps" -name 'lib*.rlib' ! -name 'libwasm32_std-*' \
    -exec $SUDO cp {} "$WASM_SYSROOT/lib/" \;
  echo "$want" | $SUDO tee "$stamp" >/dev/null
  rm -rf "$work"
}

select_debian_toolchain() {
  if ! have rustup; then ok "no rustup: /usr/bin/cargo is used"; return; fi
  rustup toolchain list | grep -q "^$DEB_TC" || rustup toolchain link "$DEB_TC" /usr
  [ "$(active_toolchain)" = "$DEB_TC" ] || rustup override set "$DEB_TC" --path "$PROJECT_DIR" >/dev/null 2>&1
  ok "toolchain in project: $(in_project rustc -V)"
}

# cargo of the project's toolchain, run outside the project so its .cargo/config.toml
# cannot affect `cargo install`.
tool_cargo() {
  local tc; tc=$(active_toolchain)
  if [ -n "$tc" ]; then (cd / && cargo "+$tc" "$@"); else (cd / && cargo "$@"); fi
}

wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$PROJECT_DIR/Cargo.lock"
}

# Downgrade lockfile entries the registry does not serve (wasm-bindgen-cli 0.2.130 locks a
# webpki-roots release that is missing here).
relock_missing() {
  local i err name
  for i in 1 2 3 4 5 6 7 8; do
    err=$(tool_cargo metadata -q --format-version 1 --manifest-path "$PWD/Cargo.toml" 2>&1 >/dev/null) && return 0
    name=$(sed -n 's/.*requirement `\([^ ]*\) = .*(locked to .*/\1/p' <<<"$err" | head -1)
    [ -n "$name" ] || { printf '%s\n' "$err" >&2; return 1; }
    log "  registry lacks the locked $name; cargo update -p $name"
    tool_cargo update -q -p "$name" --manifest-path "$PWD/Cargo.toml"
  done
  return 1
}

# install_cargo_tool <binary> <expected --version line> <crate> <version> [install args...]
# (the first line of --version is compared; it may go on after a space, e.g. geckodriver's date)
install_cargo_tool() {
  local bin=$1 want=$2 crate=$3 ver=$4; shift 4
  local got; got=$("$TOOLS_ROOT/bin/$bin" --version 2>/dev/null | sed -n 1p || true)
  if [ "$got" = "$want" ] || [[ "$got" == "$want "* ]]; then ok "$want"; return; fi
  log "cargo install $crate@$ver (minutes on 2 cores)"
  # Build tools need no fat LTO: this profile roughly halves their build time.
  export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1
  local errlog src work
  errlog=$(mktemp)
  if tool_cargo install -q --locked --force --root "$TOOLS_ROOT" "$@" "$crate@$ver" 2>"$errlog"; then
    rm -f "$errlog"; return
  fi
  grep -q 'locked to' "$errlog" || { cat "$errlog" >&2; die "cargo install $crate@$ver failed"; }
  rm -f "$errlog"
  src=$(compgen -G "${CARGO_HOME:-$HOME/.cargo}/registry/cache/*/$crate-$ver.crate" | head -1 || true)
  [ -n "$src" ] || die "cargo install $crate@$ver failed and its .crate is not cached"
  work=$(mktemp -d /var/tmp/cargo-tool.XXXXXX)
  tar -xzf "$src" -C "$work"
  (cd "$work/$crate-$ver" && relock_missing) || die "cannot repair the lockfile of $crate@$ver"
  tool_cargo install -q --locked --force --root "$TOOLS_ROOT" "$@" --path "$work/$crate-$ver"
  rm -rf "$work"
}

install_wasm_opt() {
  local major=${BINARYEN_VERSION%%.*}
  if [ "$("$TOOLS_ROOT/bin/wasm-opt" --version 2>/dev/null)" = "wasm-opt version $major (version_$major)" ]; then
    ok "wasm-opt $major"; return
  fi
  have npm || apt_install nodejs npm
  log "npm install -g binaryen@$BINARYEN_VERSION (wasm-opt)"
  $SUDO npm install -g -s --prefix "$TOOLS_ROOT" --no-audit --no-fund "binaryen@$BINARYEN_VERSION"
}

# axe-core for the e2e accessibility checks: $TOOLS_ROOT/lib/node_modules/axe-core/axe.min.js
install_axe() {
  local dir="$TOOLS_ROOT/lib/node_modules/axe-core"
  if [ -f "$dir/axe.min.js" ]; then ok "axe-core $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$dir/package.json" | head -1)"; return; fi
  have npm || apt_install nodejs npm
  log "npm install -g axe-core@$AXE_VERSION"
  $SUDO npm install -g -s --prefix "$TOOLS_ROOT" --no-audit --no-fund "axe-core@$AXE_VERSION"
}

# The Nu HTML Checker for the e2e markup check: $TOOLS_ROOT/lib/node_modules/vnu-jar/build/dist/vnu.jar,
# run with Debian's Java (default-jre-headless: OpenJDK 17 on Debian 12). --ignore-scripts: the
# package's postinstall would download a Java runtime from GitHub when none is found; Debian's
# is installed first, and nothing but the registry is needed.
install_vnu() {
  local dir="$TOOLS_ROOT/lib/node_modules/vnu-jar"
  apt_install default-jre-headless
  if [ -f "$dir/build/dist/vnu.jar" ]; then ok "vnu-jar $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$dir/package.json" | head -1)"; return; fi
  have npm || apt_install nodejs npm
  log "npm install -g vnu-jar@$VNU_VERSION"
  $SUDO npm install -g -s --prefix "$TOOLS_ROOT" --no-audit --no-fund --ignore-scripts "vnu-jar@$VNU_VERSION"
}

# wasm-split-cli has no --version: cargo's install record says which version is there.
install_wasm_split() {
  if [ -x "$TOOLS_ROOT/bin/wasm-split-cli" ] \
    && tool_cargo install --list --root "$TOOLS_ROOT" 2>/dev/null | grep "^wasm_split_cli_support v$WASM_SPLIT_VERSION:" >/dev/null; then
    ok "wasm-split-cli $WASM_SPLIT_VERSION"; return
  fi
  install_cargo_tool wasm-split-cli "wasm-split-cli $WASM_SPLIT_VERSION" wasm_split_cli_support "$WASM_SPLIT_VERSION" \
    --features build-binary
}

install_lighthouse() {
  local dir="$TOOLS_ROOT/lib/node_modules/lighthouse"
  if [ -x "$TOOLS_ROOT/bin/lighthouse" ] && [ -f "$dir/package.json" ]; then
    ok "lighthouse $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$dir/package.json" | head -1)"; return
  fi
  have npm || apt_install nodejs npm
  log "npm install -g lighthouse@$LIGHTHOUSE_VERSION"
  $SUDO npm install -g -s --prefix "$TOOLS_ROOT" --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION"
}

# /dev/null must be the null device. Seen on these machines: a regular file, so whatever one
# program "discards" into it the next one reads back. Cargo gives rustc's target probe
# (`rustc - --print=cfg`) /dev/null as its stdin; after proc-macro2's build script had
# discarded a compiler error there, the probe compiled that text and CI failed in 32 s.
repair_dev_null() {
  [ -c /dev/null ] && return
  if $SUDO rm -f /dev/null && $SUDO mknod -m 666 /dev/null c 1 3 && [ -c /dev/null ]; then
    ok "/dev/null was a regular file: it is the null device again"
  else
    # No mknod here: keep it a world-writable empty file; scripts/test.sh empties it before
    # every tier.
    [ -e /dev/null ] || { $SUDO touch /dev/null; $SUDO chmod 666 /dev/null; }
    : >/dev/null
    log "warning: /dev/null is a regular file and cannot be made a device; emptied"
  fi
}

main() {
  repair_dev_null
  apt_install "${BROWSER_PKGS[@]}" brotli
  # The deployment tests (e2e/tests/deploy): the release build behind deploy/nginx/ as shipped.
  apt_install nginx-light libnginx-mod-http-brotli-static openssl curl
  choose_route
  if [ "$ROUTE" = debian ]; then
    apt_install "${DEBIAN_RUST_PKGS[@]}"
    install_wasm32_std
    select_debian_toolchain
  fi
  # Trunk.toml has offline = true (cargo --offline): the crates must be in the cache.
  in_project cargo fetch -q
  install_cargo_tool trunk "trunk $TRUNK_VERSION" trunk "$TRUNK_VERSION" --no-default-features --features rustls
  local wb; wb=$(wasm_bindgen_version)
  [ -n "$wb" ] || die "wasm-bindgen not found in Cargo.lock"
  install_cargo_tool wasm-bindgen "wasm-bindgen $wb" wasm-bindgen-cli "$wb"
  install_wasm_opt
  install_wasm_split
  install_cargo_tool geckodriver "geckodriver $GECKODRIVER_VERSION" geckodriver "$GECKODRIVER_VERSION"
  install_axe
  install_vnu
  if [ "${1:-}" = --bench ]; then
    install_lighthouse
  fi
  local cdv crv
  cdv=$(chromedriver --version | awk '{print $2}'); crv=$(chromium --version 2>/dev/null | awk '{print $2}')
  [ "${cdv%%.*}" = "${crv%%.*}" ] || die "chromium $crv and chromedriver $cdv differ"
  ok "$(in_project rustc -V); $(trunk --version); $(wasm-bindgen --version); chromium $crv; $(firefox-esr --version 2>/dev/null); $(geckodriver --version 2>/dev/null | sed -n 1p)"
  log "done"
}

main "$@"
