#!/usr/bin/env bash
# Sets each ranking constant of crates/core/src/search/index.rs to zero in turn (each
# entry of WEIGHT on its own) and runs the search tests: every mutant must make at
# least one test fail, the test named after the constant among them. The file is put
# back afterwards, whatever happens. Not part of scripts/test.sh (one compile per
# mutant, about 15 s each); run it after changing the ranking or its tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
FILE=crates/core/src/search/index.rs
# Proptest writes the failing cases of a mutant here: put back as well.
REGRESSIONS=crates/core/proptest-regressions/search/mod.txt
BACKUP="$(mktemp)"
KEPT="$(mktemp)"
cp "$FILE" "$BACKUP"
cp "$REGRESSIONS" "$KEPT"
trap 'cp "$BACKUP" "$FILE"; cp "$KEPT" "$REGRESSIONS"; rm -f "$BACKUP" "$KEPT"' EXIT

CONSTANTS=(EXACT PREFIX TYPO SHORT_TYPO SAME_DIACRITICS IN_ORDER WHOLE REPEAT REPEAT_CAP
  SHORT_NAME WITHDRAWN TYPO_FIELD TYPO_MIN_LEN GAP)
FIELDS=(Code Name Keyword FieldName LifeEvent Agency CodePart)
survivors=0

run() { # label
  local out
  out="$(cargo test -p procedure-guide-core --locked --offline --lib search:: 2>&1 || true)"
  local failed
  failed="$(grep -oE '^    search::[a-z_:]+' <<<"$out" | sed 's/^ *//' | sort -u | tr '\n' ' ')"
  if grep -q 'test result: ok' <<<"$out" && [ -z "$failed" ]; then
    if grep -q 'error\[' <<<"$out"; then echo "$1: DOES NOT COMPILE"; else echo "$1: SURVIVED (no test failed)"; fi
    survivors=$((survivors + 1))
  elif [ -z "$failed" ]; then
    echo "$1: no test ran (compile error?)"; grep -m3 'error' <<<"$out"
    survivors=$((survivors + 1))
  else
    echo "$1 = 0 fails: $failed"
  fi
}

for c in "${CONSTANTS[@]}"; do
  cp "$BACKUP" "$FILE"
  # `const NAME: f32 = 1.0;` → `= 0.0;`, `usize`/`u32` → `= 0;`
  sed -i -E "s/^(const $c: f32 = )[0-9.]+;/\10.0;/; s/^(const $c: (usize|u32) = )[0-9]+;/\10;/" "$FILE"
  if cmp -s "$BACKUP" "$FILE"; then echo "$c: not found in $FILE"; survivors=$((survivors + 1)); continue; fi
  run "$c"
done
for i in "${!FIELDS[@]}"; do
  cp "$BACKUP" "$FILE"
  python3 - "$FILE" "$i" <<'PY'
import re, sys
path, i = sys.argv[1], int(sys.argv[2])
s = open(path).read()
m = re.search(r'const WEIGHT: \[f32; 7\] = \[([^\]]*)\];', s)
vals = [v.strip() for v in m.group(1).split(',')]
vals[i] = '0.0'
s = s[:m.start(1)] + ', '.join(vals) + s[m.end(1):]
open(path, 'w').write(s)
PY
  run "WEIGHT[${FIELDS[$i]}]"
done
echo "mutants that no test caught: $survivors"
[ "$survivors" = 0 ]
