// Prints the compressed size of everything a page loads before the widget's first
// render (loader, wasm-bindgen glue, wasm, stylesheet) and writes it to
// target/size.json for the tests and the benchmark.
//
// Usage: node tools/size.mjs [dist]

import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const FIRST_RENDER_FILES = [
  'procedure-guide.js',
  'procedure-guide-wasm.js',
  'procedure-guide-wasm_bg.wasm',
  'procedure-guide.css',
];

export function measure(dist) {
  const files = FIRST_RENDER_FILES.map((name) => {
    const bytes = readFileSync(join(dist, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  });
  const total = files.reduce(
    (sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { files, total };
}

// KB here is 1024 bytes, as the budget in the issues is read.
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const dist = process.argv[2] ?? 'dist';
  const { files, total } = measure(dist);
  console.log('Loaded before first render:');
  console.log(`${'file'.padEnd(34)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
  for (const f of files) console.log(`${f.name.padEnd(34)}${kb(f.raw)}${kb(f.gzip)}${kb(f.brotli)}`);
  console.log(`${'total'.padEnd(34)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
  mkdirSync('target', { recursive: true });
  writeFileSync('target/size.json', `${JSON.stringify({ files, total }, null, 2)}\n`);
}
