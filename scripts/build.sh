#!/usr/bin/env bash
# Builds the release widget and the demo page into dist/ and prints the size of
# everything loaded before first render.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

trunk build --release --offline --locked 2>&1 | grep -v '^\s*$' | tail -n 5
node tools/size.mjs dist
