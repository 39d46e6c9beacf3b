#!/usr/bin/env bash
# Builds the release widget into dist/procedure-guide/ (the folder a webmaster copies)
# and the demo page into dist/, and prints the size of everything loaded before first
# render.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

mkdir -p target
if ! trunk build --release --offline --locked > target/trunk.log 2>&1; then
  cat target/trunk.log >&2
  echo "build.sh: trunk build failed (log above, also in target/trunk.log)" >&2
  exit 1
fi
tail -n 2 target/trunk.log
# The release folder dist/procedure-guide/: the loader with the glue inside it, the
# content-hashed wasm and stylesheet, the QR module, the standalone page, the schema and
# the format's documents (docs/CATALOGUE.md, docs/CATALOGUE.en.md).
node tools/release.mjs dist
node tools/size.mjs dist
