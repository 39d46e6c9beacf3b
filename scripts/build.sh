#!/usr/bin/env bash
# Builds the release widget into dist/procedure-guide/ (the folder a webmaster copies)
# and the demo page into dist/, and prints the size of everything loaded before first
# render.
#
# Two wasm modules by default (issue 14): the list page in the main module, the journey
# page in a second one fetched on demand. The steps, which Trunk cannot run (see
# ARCHITECTURE.md, "Toolchain"):
#   cargo build --features split, linked with --emit-relocs (wasm-split needs the
#   relocations) → wasm-split-cli (main module, split_journey.wasm, __wasm_split.js)
#   → wasm-bindgen --keep-lld-exports on the main module (the journey module imports
#   from it by those names) → wasm-opt -Oz on each module → tools/release.mjs.
#
#   PG_SPLIT=0 bash scripts/build.sh   one module, as before the split: the switch that
#                                      keeps a release possible if the split tools break
#   PG_DIST=dir PG_KEEP=dir            build into PG_DIST instead of dist/, keeping the raw
#                                      glue and modules in PG_KEEP instead of
#                                      target/wasm-glue (the tests' unsplit smoke build)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

SPLIT="${PG_SPLIT:-1}"
DIST="${PG_DIST:-dist}"
KEEP="${PG_KEEP:-target/wasm-glue}"
# wasm-split needs the linker's relocations (--emit-relocs). The unsplit build must not
# have them (its wasm came out almost three times larger: wasm-opt keeps what the
# relocations name), and builds in a target dir of its own so that switching between
# the two never rebuilds every crate (a changed RUSTFLAGS would).
if [ "$SPLIT" = 1 ]; then
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Clink-arg=--emit-relocs"
  CARGO_OUT=target
else
  export CARGO_TARGET_DIR="$ROOT/target/unsplit-cargo"
  CARGO_OUT="$CARGO_TARGET_DIR"
fi
WASM_OPT="$ROOT/node_modules/binaryen/bin/wasm-opt"
STEM=procedure-guide-wasm
WORK="target/wasm-build"
rm -rf "$WORK" "$DIST"
mkdir -p "$WORK" "$DIST"

features=()
[ "$SPLIT" = 1 ] && features=(--features split)
if ! cargo build --release --target wasm32-unknown-unknown -p procedure-guide-wasm "${features[@]}" \
  --locked --offline > target/wasm-build.log 2>&1; then
  cat target/wasm-build.log >&2
  echo "build.sh: cargo build failed (log above, also in target/wasm-build.log)" >&2
  exit 1
fi
linked="$CARGO_OUT/wasm32-unknown-unknown/release/procedure_guide_wasm.wasm"

bindgen=(--target web --no-typescript --out-name "$STEM" --out-dir "$WORK/bindgen")
if [ "$SPLIT" = 1 ]; then
  wasm-split-cli "$linked" "$WORK/split" --out-name "$STEM" >> target/wasm-build.log 2>&1 || {
    cat target/wasm-build.log >&2
    echo "build.sh: wasm-split-cli failed; PG_SPLIT=0 builds one module" >&2
    exit 1
  }
  if [ ! -f "$WORK/split/split_journey.wasm" ]; then
    echo "build.sh: wasm-split-cli made no journey module (is #[wasm_split(journey)] still there?)" >&2
    exit 1
  fi
  wasm-bindgen "${bindgen[@]}" --keep-lld-exports "$WORK/split/$STEM.wasm"
  "$WASM_OPT" -Oz "$WORK/split/split_journey.wasm" -o "$DIST/split_journey.wasm"
  cp "$WORK/split/__wasm_split.js" "$DIST/__wasm_split.js"
else
  wasm-bindgen "${bindgen[@]}" "$linked"
fi
"$WASM_OPT" -Oz "$WORK/bindgen/${STEM}_bg.wasm" -o "$DIST/${STEM}_bg.wasm"
cp "$WORK/bindgen/$STEM.js" "$DIST/$STEM.js"

# The catalogue studio (crates/studio, issue 15): its own module, built like the widget's
# but never split and never loaded by the widget. Linked without --emit-relocs, which
# only wasm-split needs (with it, wasm-opt kept 1.3 MB instead of 350 KB).
if ! env -u CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS cargo build --release --target wasm32-unknown-unknown -p procedure-guide-studio \
  --locked --offline >> target/wasm-build.log 2>&1; then
  cat target/wasm-build.log >&2
  echo "build.sh: cargo build of the studio failed (log above)" >&2
  exit 1
fi
wasm-bindgen --target web --no-typescript --out-name procedure-guide-studio --out-dir "$WORK/studio" \
  "$CARGO_OUT/wasm32-unknown-unknown/release/procedure_guide_studio.wasm"
"$WASM_OPT" -Oz "$WORK/studio/procedure-guide-studio_bg.wasm" -o "$DIST/procedure-guide-studio_bg.wasm"
cp "$WORK/studio/procedure-guide-studio.js" "$DIST/procedure-guide-studio-glue.js"

# The demo department page (www/index.html) and what it uses, and the spreadsheet
# template of `procedure-guide import` (docs/IMPORT.md; the XLSX is made from the CSV by
# crates/cli/examples/import_template.rs).
cp www/index.html www/catalogue.json www/demo.css www/favicon.svg "$DIST/"
cp www/catalogue-template.csv www/catalogue-template.xlsx "$DIST/"
cp -r www/examples "$DIST/examples"

# The release folder dist/procedure-guide/: the loader with the glue (and the journey
# module's loader) inside it, the content-hashed wasm modules and stylesheet, the QR
# module, the standalone page, the schema and the format's documents.
node tools/release.mjs "$DIST" "$KEEP"
if [ "$DIST" = dist ]; then
  node tools/size.mjs dist
else
  node tools/size.mjs "$DIST" --print-only
fi
