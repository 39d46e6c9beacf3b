#!/usr/bin/env bash
# The whole test suite: formatting, lints (native and wasm32), native tests, the
# widget's component tests in headless Chromium, the release build, and the
# end-to-end Playwright tests against the built widget under a strict CSP.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

step() { printf '\n== %s\n' "$*"; }
started=$SECONDS

step "format"
cargo fmt --all --check

step "module layers (no import circles; embed <- context <- hooks <- ui <- mount)"
node tools/module-layers.mjs

step "clippy (native)"
cargo clippy --workspace --all-targets --locked --offline -- -D warnings

step "clippy (wasm32)"
# The core's own tests are native-only (proptest, unicode-normalization): its library is
# what ships in the wasm. The widget's tests are the browser tests, so all its targets.
cargo clippy -p procedure-guide-core --lib --target wasm32-unknown-unknown --locked --offline -- -D warnings
# The spreadsheet mapping is meant for the browser studio too: it must build for wasm32.
cargo clippy -p procedure-guide-import --lib --target wasm32-unknown-unknown --locked --offline -- -D warnings
cargo clippy -p procedure-guide-widget --all-targets --target wasm32-unknown-unknown --locked --offline -- -D warnings
cargo clippy -p procedure-guide-studio --all-targets --target wasm32-unknown-unknown --locked --offline -- -D warnings

step "native tests"
cargo test --workspace --exclude procedure-guide-widget --locked --offline

step "component tests (wasm-bindgen-test, headless Chromium)"
cargo test -p procedure-guide-widget --target wasm32-unknown-unknown --locked --offline

step "release build"
bash scripts/build.sh
node tools/size-guard.mjs

step "end-to-end tests (Playwright, Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "unsplit build (PG_SPLIT=0: one wasm module, the fallback if the split tools break) and its smoke tests"
PG_SPLIT=0 PG_DIST=target/dist-unsplit PG_KEEP=target/wasm-glue-unsplit bash scripts/build.sh > target/unsplit-build.log 2>&1 ||
  { cat target/unsplit-build.log >&2; exit 1; }
PG_E2E_DIST="$ROOT/target/dist-unsplit" PG_E2E_KEEP="$ROOT/target/wasm-glue-unsplit" \
  node --test --test-concurrency=1 tests/e2e-unsplit/ tests/e2e/release.test.mjs tests/e2e/journey.test.mjs

echo "test.sh: all passed in $((SECONDS - started)) s"
