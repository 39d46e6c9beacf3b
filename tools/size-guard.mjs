// The size guard of issue 6: fails when the gzip size of what loads before first render
// (target/size.json, written by tools/size.mjs after the build) is more than 2 % past
// the figure recorded in BENCHMARKS.md (`<!-- size-gzip-bytes: N -->`). A ratchet:
// lower that figure whenever the size drops.
//
// Usage: node tools/size-guard.mjs [BENCHMARKS.md] [target/size.json]

import { readFileSync } from 'node:fs';

export function check(benchmarks, size) {
  const m = benchmarks.match(/<!-- size-gzip-bytes: (\d+) -->/);
  if (!m) return { ok: false, message: 'size guard: BENCHMARKS.md has no `<!-- size-gzip-bytes: N -->` line' };
  const recorded = Number(m[1]);
  const now = size.total.gzip;
  const limit = Math.floor(recorded * 1.02);
  const message = `size guard: ${now} bytes gzip before first render, recorded ${recorded}, limit ${limit} (+2 %)`;
  return { ok: now <= limit, message };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [md = 'BENCHMARKS.md', json = 'target/size.json'] = process.argv.slice(2);
  const { ok, message } = check(readFileSync(md, 'utf8'), JSON.parse(readFileSync(json, 'utf8')));
  if (ok) {
    console.log(`${message}: ok`);
  } else {
    console.error(`${message}: TOO LARGE (or lower the figure in BENCHMARKS.md if it dropped)`);
    process.exit(1);
  }
}
