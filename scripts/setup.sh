#!/usr/bin/env bash
# Installs everything the build and the tests need, pinned, and only what is
# missing: a second run takes seconds. Sourced by build.sh, demo.sh and test.sh.
#
# Versions: trunk 0.21.14 (0.22 needs a newer rustc than the machine's 1.95);
# wasm-bindgen-cli equal to the wasm-bindgen in Cargo.lock; wasm-opt 132 from npm
# `binaryen` (Debian's is too old); Debian chromium + chromium-driver (Playwright's
# own browser download cannot work offline). See ARCHITECTURE.md, "Toolchain".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"

say() { echo "setup: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! rustup component list --installed | grep -q '^clippy'; then rustup component add clippy; fi
if ! rustup component list --installed | grep -q '^rustfmt'; then rustup component add rustfmt; fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
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
# --offline builds below never touch the network and Trunk's own `cargo metadata`
# has nothing to rewrite.
cargo fetch --locked --quiet
