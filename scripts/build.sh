#!/usr/bin/env bash
# Builds the release widget and the demo page into dist/ and prints the size of
# everything loaded before first render.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

mkdir -p target
if ! trunk build --release --offline --locked > target/trunk.log 2>&1; then
  cat target/trunk.log >&2
  echo "build.sh: trunk build failed (log above, also in target/trunk.log)" >&2
  exit 1
fi
tail -n 2 target/trunk.log
# The QR encoder (npm uqr), imported by the loader only when a person asks for a code.
cp node_modules/uqr/dist/index.mjs dist/procedure-guide-qr.js
node tools/size.mjs dist
