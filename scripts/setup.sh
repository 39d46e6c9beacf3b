#!/usr/bin/env bash
# Installs everything the build and the tests need, pinned, and only what is
# missing: a second run takes seconds. Sourced by build.sh, demo.sh and test.sh.
#
# Versions: wasm-split-cli 0.2.4 (crate wasm_split_cli_support; it must agree with the
# wasm_split_helpers pin in Cargo.toml; Trunk is not used: it cannot split);
# wasm-bindgen-cli equal to the wasm-bindgen in Cargo.lock; wasm-opt 132 from npm
# `binaryen` (Debian's is too old); Debian chromium + chromium-driver (Playwright's
# own browser download cannot work offline). See ARCHITECTURE.md, "Toolchain".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

WASM_SPLIT_VERSION=0.2.4
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"

say() { echo "setup: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! rustup component list --installed | grep -q '^clippy'; then rustup component add clippy; fi
if ! rustup component list --installed | grep -q '^rustfmt'; then rustup component add rustfmt; fi

# The split build's tool (scripts/build.sh): cuts the linked wasm at #[wasm_split].
# (It has no --version: cargo's own list says which is installed.)
if ! command -v wasm-split-cli >/dev/null ||
  ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (wasm_split_cli_support, about 2 minutes)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

# Without --locked on purpose: the CLI's own lockfile pins a webpki-roots version
# that the registry no longer serves.
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
  ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# poppler-utils: `pdftotext`, for the print test (the summary's PDF, tests/e2e/print.test.mjs).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null ||
  ! command -v pdftotext >/dev/null; then
  say "installing Debian chromium, chromium-driver and poppler-utils"
  as_root apt-get update
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends chromium chromium-driver poppler-utils
fi

# npm ci only when the lockfile changed since the last install.
if [ ! -d node_modules ] || ! cmp -s package-lock.json node_modules/.installed-lock.json; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.installed-lock.json
fi

# Fetch every crate for every target now, refusing a stale lockfile, so that the
# --offline builds below never touch the network and no `cargo metadata`
# has nothing to rewrite.
cargo fetch --locked --quiet
