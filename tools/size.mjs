// Prints the compressed size of everything a page loads before the widget's first
// render (the loader with the wasm-bindgen glue inside it, the wasm, the stylesheet:
// the files of the release folder dist/procedure-guide/ that the loader fetches at
// once), then the journey module fetched after it (split build), and writes both to
// target/size.json for the tests and the benchmark. The catalogue studio's files (its
// own page, never loaded by the widget) are reported apart (issue 15).
//
// Usage: node tools/size.mjs [dist] [--print-only]

import { existsSync, readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** The release folder's first-render files: the wasm and the CSS have hashed names. */
export function firstRenderFiles(dist) {
  const folder = join(dist, 'procedure-guide');
  const names = readdirSync(folder);
  const one = (pattern, what) => {
    const found = names.filter((n) => pattern.test(n));
    if (found.length !== 1) throw new Error(`size: expected one ${what} in ${folder}, found ${found.length}`);
    return found[0];
  };
  return [
    'procedure-guide.js',
    one(/^procedure-guide-[0-9a-f]{16}\.wasm$/, 'hashed .wasm'),
    one(/^procedure-guide-[0-9a-f]{16}\.css$/, 'hashed .css'),
  ].map((name) => `procedure-guide/${name}`);
}

/** The release folder's files fetched after first render: the journey module (split build). */
export function laterFiles(dist) {
  const folder = join(dist, 'procedure-guide');
  return readdirSync(folder)
    .filter((n) => /^procedure-guide-journey-[0-9a-f]{16}\.wasm$/.test(n))
    .map((name) => `procedure-guide/${name}`);
}

/** The catalogue studio page's files: what its page loads, none of it the widget's. */
export function studioFiles(dist) {
  const folder = join(dist, 'procedure-guide');
  return readdirSync(folder)
    .filter((n) => /^procedure-guide-studio(-[0-9a-f]{16}\.wasm|\.js|\.css|\.html)$/.test(n))
    .sort()
    .map((name) => `procedure-guide/${name}`);
}

function sizes(dist, name) {
    const bytes = readFileSync(join(dist, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
}

export function measure(dist) {
  const files = firstRenderFiles(dist).map((name) => sizes(dist, name));
  const later = laterFiles(dist).map((name) => sizes(dist, name));
  const total = files.reduce(
    (sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  const studio = studioFiles(dist).map((name) => sizes(dist, name));
  return { files, total, later, studio };
}

// KB here is 1024 bytes, as the budget in the issues is read.
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const dist = process.argv[2] ?? 'dist';
  const { files, total, later, studio } = measure(dist);
  console.log('Loaded before first render:');
  console.log(`${'file'.padEnd(52)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
  for (const f of files) console.log(`${f.name.padEnd(52)}${kb(f.raw)}${kb(f.gzip)}${kb(f.brotli)}`);
  console.log(`${'total'.padEnd(52)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
  if (later.length) {
    console.log('Fetched later (when the browser is idle, or when a journey opens):');
    for (const f of later) console.log(`${f.name.padEnd(52)}${kb(f.raw)}${kb(f.gzip)}${kb(f.brotli)}`);
  }
  if (studio.length) {
    console.log('The catalogue studio page (its own files, never loaded by the widget):');
    for (const f of studio) console.log(`${f.name.padEnd(52)}${kb(f.raw)}${kb(f.gzip)}${kb(f.brotli)}`);
    // Not part of the studio's first load: its agencies editor fetches it when asked.
    const wards = 'procedure-guide/procedure-guide-studio-wards.json';
    if (existsSync(join(dist, wards))) {
      const f = sizes(dist, wards);
      console.log('Fetched by the studio only when its list of ward centres is opened:');
      console.log(`${f.name.padEnd(52)}${kb(f.raw)}${kb(f.gzip)}${kb(f.brotli)}`);
    }
  }
  if (process.argv.includes('--print-only')) process.exit(0);
  mkdirSync('target', { recursive: true });
  writeFileSync('target/size.json', `${JSON.stringify({ files, total, later, studio }, null, 2)}\n`);
}
