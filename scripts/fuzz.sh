#!/usr/bin/env bash
# Long fuzz runs of the core's untrusted-input entry points (not part of test.sh / CI).
#
#   bash scripts/fuzz.sh                 # every target, 1,000,000 runs each, one at a time
#   bash scripts/fuzz.sh search 200000   # one target, another number of runs
#
# Stable toolchain: `--sanitizer none` (the default address sanitizer needs nightly).
# Each target starts from seeds copied out of tests/fixtures and tests/corpus; libFuzzer
# keeps what it finds in fuzz/corpus/<target>/ (git-ignored) and a crashing input in
# fuzz/artifacts/<target>/. A finding is fixed in the core with a regression test
# (see TESTING.md). Runs nice'd, so a build beside it keeps its cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v cargo-fuzz >/dev/null; then
  echo "fuzz.sh: installing cargo-fuzz (about 2 minutes)"
  cargo install cargo-fuzz  # not --locked: works as is from crates.io (0.13.2 on 2026-12-01)
fi

targets=(catalogue stored_journey shared_journey search)
runs=1000000
if [[ $# -ge 1 ]]; then targets=("$1"); fi
if [[ $# -ge 2 ]]; then runs=$2; fi

seed() {
  local target=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  case $target in
    catalogue)
      # Small files only: libFuzzer's default -max_len is 4096 bytes anyway.
      find tests/fixtures tests/corpus -name '*.json' -size -64k ! -name manifest.json \
        -exec cp -n {} "$dir/" \;
      ;;
    stored_journey)
      printf '%s' '{"v":1,"p":"1.001193","n":42,"t":1764000000000,"w":"documents","a":{"nguoi_nop":"cha_me"},"o":"phuong-sai-gon","c":"~in_person","k":{"to-khai":2166136261},"l":["giay-to-tuy-than"],"s":["nop-truc-tiep"]}' > "$dir/seed-full"
      printf '%s' '{"v":1,"p":"1.001193","n":1,"t":0}' > "$dir/seed-minimal"
      printf '%s' '{"v":2,"p":"x"}' > "$dir/seed-future"
      ;;
    shared_journey)
      # First byte odd: the rest is wrapped as a well-formed link to the sample.
      printf '\x01%s' '{"v":1,"p":"1.001193","n":0,"t":0,"a":{"nguoi_nop":"cha_me"},"k":{"to-khai":1}}' > "$dir/seed-wrapped"
      printf '\x00%s' 'dHBoY20KeyJ2IjoxLCJwIjoiMS4wMDExOTMifQ' > "$dir/seed-raw"
      ;;
    search)
      for q in 'dang ky khai sinh' 'Đăng ký' 'phuong 9' '1.001193' 'KẾT HÔN' 'giay  doc-than'; do
        printf '\x01%s' "$q" > "$dir/seed-$(printf '%s' "$q" | cksum | cut -d' ' -f1)"
      done
      ;;
  esac
}

for target in "${targets[@]}"; do
  seed "$target"
  echo "== fuzz $target: $runs runs"
  started=$SECONDS
  status=0
  # The search target folds ~170 office names per input: with libFuzzer's comparison
  # tracing it managed ~400 runs/s, without it several times more.
  flags=(--sanitizer none)
  [[ $target == search ]] && flags+=(--no-trace-compares)
  (cd fuzz && nice -n 19 cargo fuzz run "$target" "${flags[@]}" -- \
      -runs="$runs" -print_final_stats=1 "corpus/$target") > "fuzz/last-$target.log" 2>&1 || status=$?
  grep -E '^(#[0-9]+ +(DONE|INITED)|stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|SUMMARY|thread .* panicked)' \
    "fuzz/last-$target.log" || true
  echo "== fuzz $target: exit $status after $((SECONDS - started)) s"
  [[ $status -eq 0 ]] || exit "$status"
done
