#!/usr/bin/env bash
# The benchmark of issue 6: builds the release widget, generates the catalogues of
# 2,000 and 10,000 procedures into target/catalogues/, measures search, loading,
# size and memory in headless Chromium (tools/bench.mjs) beside MiniSearch and
# FlexSearch, prints the table and writes BENCHMARKS.md. About 5–10 minutes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
started=$SECONDS

bash scripts/build.sh
for n in 2000 10000; do
  node tools/gen-catalogue.mjs --count "$n" --layout index --out "target/catalogues/$n-index"
done
node tools/gen-catalogue.mjs --count 2000 --layout inline --out target/catalogues/2000-inline
node tools/bench.mjs
echo "bench.sh: done in $((SECONDS - started)) s; BENCHMARKS.md written"
