#!/usr/bin/env bash
# What each size lever buys (issue 6): builds the widget's wasm in variants of the
# release settings and prints raw / gzip -9 / brotli sizes of the final .wasm, the build
# times, and the speed of the core's loader and search in each. Not part of test.sh/CI.
#
# Usage: bash scripts/size-levers.sh [--fast] [--names] [--write] [VARIANT ...]
#   VARIANT   names from the list below (default: all of them, in that order); a run
#             of named variants replaces their rows and keeps the last run's others
#   --fast    no clean build and no rebuild timing: reuse whatever the target dir holds
#             (sizes and speed only; the time columns then mean nothing)
#   --names   also "where the bytes are": the baseline's wasm again with its names kept
#             (wasm-bindgen --keep-debug, wasm-opt -Oz -g), its code by crate and its
#             biggest functions (tools/wasm-names.mjs); needs the baseline variant
#   --write   also put the tables into BENCHMARKS.md, section "## What each size lever bought"
#
# Each variant is the unsplit release pipeline of scripts/build.sh (PG_SPLIT=0, the one
# Trunk 0.21.14 ran before issue 14): `cargo build --release --target
# wasm32-unknown-unknown` of the cdylib crates/wasm, `wasm-bindgen --target=web
# --out-name=procedure-guide-wasm --no-typescript`, then `wasm-opt -Oz` (npm binaryen
# 132, no other flags). The split build's two modules: tools/size.mjs.
# Profile changes are `cargo --config` overrides: no file is edited per variant.
#
# Cargo builds go to $CARGO_TARGET_DIR, by default target/levers-cargo (not target/:
# every variant starts by deleting the wasm32 release dir, to time a clean build of
# every wasm32 crate; host build scripts and proc-macros stay cached). Outputs, one
# folder per variant, and the results: target/size-levers/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

FAST=0
NAMES=0
WRITE=0
WANTED=()
for arg in "$@"; do
  case "$arg" in
    --fast) FAST=1 ;;
    --names) NAMES=1 ;;
    --write) WRITE=1 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    -*) echo "size-levers.sh: unknown option $arg" >&2; exit 2 ;;
    *) WANTED+=("$arg") ;;
  esac
done

# name | cargo --config overrides (';'-separated) | wasm-opt options ('' = no wasm-opt) | what
VARIANTS=(
  "baseline||-Oz|current settings: opt-level z, lto fat, codegen-units 1, panic abort, wasm-opt -Oz"
  "no-wasm-opt|||baseline without wasm-opt"
  "wasm-opt-O||-O|wasm-opt -O instead of -Oz (binaryen's -O is -Os)"
  "wasm-opt-O2||-O2|wasm-opt -O2 instead of -Oz"
  "wasm-opt-O3||-O3|wasm-opt -O3 instead of -Oz"
  "wasm-opt-converge||-Oz --converge|wasm-opt -Oz --converge (passes again until nothing shrinks)"
  "opt-s|profile.release.opt-level=\"s\"|-Oz|opt-level \"s\""
  "opt-3|profile.release.opt-level=3|-Oz|opt-level 3"
  "core-opt-3|profile.release.package.procedure-guide-core.opt-level=3|-Oz|opt-level 3 for procedure-guide-core only"
  "core-opt-2|profile.release.package.procedure-guide-core.opt-level=2|-Oz|opt-level 2 for procedure-guide-core only"
  "core-opt-s|profile.release.package.procedure-guide-core.opt-level=\"s\"|-Oz|opt-level \"s\" for procedure-guide-core only"
  "lto-false|profile.release.lto=false|-Oz|lto = false (thin-local)"
  "lto-thin|profile.release.lto=\"thin\"|-Oz|lto = \"thin\""
  "cgu-16|profile.release.codegen-units=16|-Oz|codegen-units = 16"
  "panic-unwind|profile.release.panic=\"unwind\"|-Oz|panic = \"unwind\" (std for wasm32 still aborts: no exception handling)"
)
# Not a variant: -C target-cpu=mvp (by --config 'target.wasm32-unknown-unknown.rustflags=
# ["-C","target-cpu=mvp"]') builds, but wasm-bindgen 0.2.130 then fails ("failed to find
# the `__wbindgen_externref_table_alloc` function"): it needs reference types, and the
# shipped std has them anyway (an MVP std needs nightly -Zbuild-std).

if ! grep -q '"$WASM_OPT" -Oz "$WORK/bindgen/' scripts/build.sh; then
  echo "size-levers.sh: scripts/build.sh no longer runs wasm-opt -Oz; update the baseline" >&2
  exit 1
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target/levers-cargo}"
OUT="$ROOT/target/size-levers"
mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"
# A run of named variants replaces their rows and keeps the others of the last run.
touch "$RESULTS"
if [ ${#WANTED[@]} -eq 0 ]; then
  : > "$RESULTS"
else
  for name in "${WANTED[@]}"; do
    grep -q "^$name|" <(printf '%s\n' "${VARIANTS[@]}") || { echo "size-levers.sh: no variant $name" >&2; exit 2; }
    awk -F '\t' -v n="$name" '$1 != n' "$RESULTS" > "$RESULTS.tmp" && mv "$RESULTS.tmp" "$RESULTS"
  done
fi
WASM_OPT="$ROOT/node_modules/binaryen/bin/wasm-opt"
CARGO_WASM="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/procedure_guide_wasm.wasm"

# The catalogues the speed columns use (as scripts/bench.sh makes them).
[ -f target/catalogues/2000-inline/catalogue.json ] ||
  node tools/gen-catalogue.mjs --count 2000 --layout inline --out target/catalogues/2000-inline
[ -f target/catalogues/10000-index/catalogue.json ] ||
  node tools/gen-catalogue.mjs --count 10000 --layout index --out target/catalogues/10000-index

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

declare -A BUILT # cargo overrides -> folder holding that build's wasm-bindgen output
# A named run without the baseline: the wasm-opt-only variants take the last baseline's.
if [ ${#WANTED[@]} -gt 0 ] && [[ " ${WANTED[*]} " != *" baseline "* ]] && [ -f "$OUT/baseline/procedure-guide-wasm_bg.wasm" ]; then
  BUILT[k]="$OUT/baseline"
fi
for spec in "${VARIANTS[@]}"; do
  IFS='|' read -r name overrides opt what <<< "$spec"
  if [ ${#WANTED[@]} -gt 0 ] && [[ " ${WANTED[*]} " != *" $name "* ]]; then continue; fi
  dir="$OUT/$name"
  rm -rf "$dir"
  mkdir -p "$dir"
  cargo_s=- rebuild_s=- bindgen_s=- opt_s=-
  if [ -n "${BUILT[k$overrides]:-}" ]; then
    cp "${BUILT[k$overrides]}"/procedure-guide-wasm.js "${BUILT[k$overrides]}"/procedure-guide-wasm_bg.wasm "$dir/"
    shared="${BUILT[k$overrides]##*/}"
  else
    shared=
    config=()
    IFS=';' read -r -a parts <<< "$overrides"
    for p in "${parts[@]}"; do [ -n "$p" ] && config+=(--config "$p"); done
    build() { nice -n 10 cargo build --release --offline --locked --target wasm32-unknown-unknown -p procedure-guide-wasm ${config[@]+"${config[@]}"} >> "$dir/cargo.log" 2>&1; }
    echo "size-levers: $name: cargo build ${config[*]:-}" >&2
    [ "$FAST" = 1 ] || rm -rf "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release"
    t=$(now)
    if ! build; then
      echo "size-levers: $name: cargo build failed (log: $dir/cargo.log)" >&2
      tail -n 20 "$dir/cargo.log" >&2
      printf '%s\t%s\tFAILED\t\t\t\t\t%s\n' "$name" "$what" "$overrides" >> "$RESULTS"
      continue
    fi
    cargo_s=$(since "$t")
    if [ "$FAST" = 0 ]; then
      # The edit-rebuild loop: the core, the widget and the shim again, and the link (LTO).
      touch crates/core/src/lib.rs
      t=$(now)
      build
      rebuild_s=$(since "$t")
    fi
    cp "$CARGO_WASM" "$dir/cargo.wasm"
    t=$(now)
    if ! wasm-bindgen --target=web --out-dir="$dir" --out-name=procedure-guide-wasm "$CARGO_WASM" --no-typescript 2> "$dir/wasm-bindgen.log"; then
      echo "size-levers: $name: wasm-bindgen failed: $(head -n 1 "$dir/wasm-bindgen.log")" >&2
      printf '%s\t%s\tFAILED\t\t\t\t\t%s\n' "$name" "$what" "$overrides" >> "$RESULTS"
      continue
    fi
    bindgen_s=$(since "$t")
    BUILT[k$overrides]="$dir"
  fi
  if [ -n "$opt" ]; then
    read -r -a opt_args <<< "$opt"
    t=$(now)
    nice -n 10 "$WASM_OPT" --output="$dir/final.wasm" "${opt_args[@]}" "$dir/procedure-guide-wasm_bg.wasm"
    opt_s=$(since "$t")
  else
    cp "$dir/procedure-guide-wasm_bg.wasm" "$dir/final.wasm"
  fi
  echo "size-levers: $name: $(stat -c %s "$dir/final.wasm") bytes (cargo ${cargo_s} s, rebuild ${rebuild_s} s, wasm-opt ${opt_s} s)" >&2
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$what" "$cargo_s" "$rebuild_s" "$bindgen_s" "$opt_s" "$shared" "$overrides" >> "$RESULTS"
done

# Rows in the order of VARIANTS.
for spec in "${VARIANTS[@]}"; do awk -F '\t' -v n="${spec%%|*}" '$1 == n' "$RESULTS"; done > "$RESULTS.tmp"
mv "$RESULTS.tmp" "$RESULTS"

args=("$OUT")
rm -f "$OUT/names.md"
if [ "$NAMES" = 1 ]; then
  if [ ! -f "$OUT/baseline/cargo.wasm" ]; then
    echo "size-levers.sh: --names needs the baseline variant" >&2
    exit 1
  fi
  # Names survive wasm-bindgen only with --keep-debug and wasm-opt only with -g; the
  # code is otherwise the shipped one (within a few hundred bytes).
  mkdir -p "$OUT/names"
  wasm-bindgen --target=web --out-dir="$OUT/names" --out-name=procedure-guide-wasm "$OUT/baseline/cargo.wasm" --no-typescript --keep-debug
  nice -n 10 "$WASM_OPT" --output="$OUT/names/final.wasm" -Oz -g "$OUT/names/procedure-guide-wasm_bg.wasm"
  node tools/wasm-names.mjs "$OUT/names/final.wasm" --md --top 20 > "$OUT/names.md"
  args+=(--names "$OUT/names.md")
fi
[ "$WRITE" = 1 ] && args+=(--write)
SIZE_LEVERS_ARGS="$*" node --no-liftoff tools/size-levers.mjs "${args[@]}"
