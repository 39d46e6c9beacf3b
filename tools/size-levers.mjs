// The table of scripts/size-levers.sh (issue 6): for each variant built there, the
// final .wasm's raw / gzip -9 / brotli size, the build times it recorded, and the speed
// of the core in that wasm (the benchmark's exports, run in Node's V8): parse + validate
// of the 2,000 inline catalogue, and the labelled queries typed a character at a time
// against the 10,000 index. Runs interleave the variants, so load on the machine hits
// them alike; the fastest of SIZE_LEVERS_ROUNDS (9) runs counts: on a shared machine the
// other runs measure the neighbours.
//
// Usage: node tools/size-levers.mjs target/size-levers [--names names.md] [--write]
//   --names  appends that breakdown (tools/wasm-names.mjs --md) as "Where the bytes are"
//   --write  puts the tables into BENCHMARKS.md between the size-levers markers of the
//            section "## What each size lever bought" (text around them is kept)

import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = resolve(process.argv[2] ?? 'target/size-levers');
const write = process.argv.includes('--write');
const namesFile = process.argv.includes('--names') ? process.argv[process.argv.indexOf('--names') + 1] : undefined;
const ROUNDS = Number(process.env.SIZE_LEVERS_ROUNDS) || 9;

const rows = readFileSync(join(dir, 'results.tsv'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [name, what, cargo, rebuild, bindgen, opt, shared, overrides] = line.split('\t');
    return { name, what, cargo, rebuild, bindgen, opt, shared, overrides };
  });

for (const r of rows) {
  if (r.cargo === 'FAILED') continue;
  const bytes = readFileSync(join(dir, r.name, 'final.wasm'));
  r.raw = bytes.length;
  r.gzip = gzipSync(bytes, { level: 9 }).length;
  r.brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  r.bytes = bytes;
}

// ---- speed: each variant's own glue and wasm in this process.
const inline2000 = readFileSync('target/catalogues/2000-inline/catalogue.json');
const index10000 = readFileSync('target/catalogues/10000-index/catalogue.json');
const labelled = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')).queries.map((q) => q.query);
const keystrokes = labelled.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)).filter((s) => s.trim()));
const best = (xs) => Math.min(...xs);
const live = rows.filter((r) => r.bytes);
for (const r of live) {
  const glue = await import(pathToFileURL(join(dir, r.name, 'procedure-guide-wasm.js')).href);
  glue.initSync({ module: new WebAssembly.Module(r.bytes) });
  r.glue = glue;
  r.parse = [];
  r.search = [];
  const t = performance.now();
  r.index = glue.BenchIndex.load(index10000);
  r.load10000 = performance.now() - t;
}
for (let round = 0; round < ROUNDS; round++) {
  for (const r of live) {
    let t = performance.now();
    r.glue.bench_parse(inline2000);
    r.parse.push(performance.now() - t);
    t = performance.now();
    for (const k of keystrokes) r.index.search(k);
    r.search.push((performance.now() - t) / keystrokes.length);
  }
}

// ---- the table
const base = rows.find((r) => r.name === 'baseline' && r.bytes);
const kb = (n) => (n / 1024).toFixed(1);
const pct = (n, of) => `${n >= of ? '+' : '−'}${Math.abs((100 * (n - of)) / of).toFixed(1)} %`;
const secs = (s) => (s === '-' || s === '' || s === undefined ? '–' : s);
const lines = [
  '| variant | what changes | raw KB | gzip KB | gzip vs baseline | brotli KB | parse 2,000 inline ms | search µs/keystroke | cargo build s | rebuild s | wasm-opt s |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
];
for (const r of rows) {
  if (!r.bytes) {
    lines.push(`| ${r.name} | ${r.what} | build failed | | | | | | | | |`);
    continue;
  }
  const p = best(r.parse);
  const s = best(r.search) * 1000;
  const rel = (x, b) => (base && r !== base ? ` (${(x / b).toFixed(2)}×)` : '');
  const cargo = r.shared ? `= ${r.shared}` : secs(r.cargo);
  lines.push(
    `| ${r.name} | ${r.what} | ${kb(r.raw)} | ${kb(r.gzip)} | ${base && r !== base ? pct(r.gzip, base.gzip) : '—'} | ${kb(r.brotli)} | ` +
      `${p.toFixed(1)}${rel(p, best(base.parse))} | ${s.toFixed(0)}${rel(s, best(base.search) * 1000)} | ` +
      `${cargo} | ${r.shared ? '' : secs(r.rebuild)} | ${secs(r.opt)} |`,
  );
}

const tool = (cmd) => {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
};
const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? cpus()[0]?.model;
const binaryen = JSON.parse(readFileSync('node_modules/binaryen/package.json', 'utf8')).version;
const header = [
  `- date: ${new Date().toISOString().slice(0, 10)}`,
  `- machine: ${tool('nproc')} cores, ${cpu}; load average at the end ${tool("cut -d' ' -f1-3 /proc/loadavg")}`,
  `- command: \`${['bash scripts/size-levers.sh', process.env.SIZE_LEVERS_ARGS].filter(Boolean).join(' ')}\` (${tool('rustc --version')}, ${tool('wasm-bindgen --version')}, wasm-opt from npm binaryen ${binaryen}, ${process.version})`,
];
const named = (process.env.SIZE_LEVERS_ARGS ?? '').split(/\s+/).filter((a) => a && !a.startsWith('-'));
if (named.length) header.push(`- rows of the variants not named there: from the run before (\`results.tsv\`); speed measured again for all`);
// The baseline against what Trunk shipped, when a release build is there.
let check = '';
const shipped = existsSync('dist/procedure-guide')
  ? readdirSync('dist/procedure-guide').find((n) => /^procedure-guide-[0-9a-f]{16}\.wasm$/.test(n))
  : undefined;
if (base && shipped) {
  const s = readFileSync(join('dist/procedure-guide', shipped));
  const same = Buffer.compare(s, base.bytes) === 0;
  check = `- baseline vs the release build's \`dist/procedure-guide/${shipped}\` (\`bash scripts/build.sh\`): ${
    same ? 'byte for byte the same' : `${base.raw} vs ${s.length} bytes raw (${pct(base.raw, s.length)})`
  }`;
  header.push(check);
}
const notes = [
  '',
  'KB = 1024 bytes. "gzip vs baseline" is the lever\'s own effect on the wasm\'s gzip -9 size.',
  'Speed: the benchmark\'s exports of each variant\'s wasm in Node\'s V8 (' +
    `fastest of ${ROUNDS} interleaved runs; in brackets, relative to the baseline): \`bench_parse\` of ` +
    '`target/catalogues/2000-inline` (4.9 MB), and `BenchIndex::search` for the 82 labelled queries typed a ' +
    `character at a time (${keystrokes.length} keystrokes) on the 10,000 index. ` +
    '"cargo build": every wasm32 crate from clean with that profile (host build scripts and proc-macros cached); ' +
    '"rebuild": after touching `crates/core/src/lib.rs` (core, widget, shim, link). A variant marked "= baseline" ' +
    'only differs after cargo.',
];
const names = namesFile
  ? [
      '',
      '### Where the bytes are (baseline)',
      '',
      'The baseline\'s cargo output again through `wasm-bindgen --keep-debug` and `wasm-opt -Oz -g` (names kept; its code section is ' +
        'the shipped one\'s size to the byte), read by `node tools/wasm-names.mjs`: function bodies of the code section by the crate ' +
        'that starts their name (a generic is counted where it is defined: `yew::…::view` holds our `html!` output, ' +
        '`core::ptr::drop_in_place<…>` our types\' drops; rows "instantiated for our …" are those whose name mentions ' +
        '`procedure_guide_*`). "gzip KB alone": that group\'s bodies compressed by themselves.',
      '',
      ...readFileSync(namesFile, 'utf8').trimEnd().split('\n').slice(2),
    ]
  : [];
const table = [...header, '', ...lines, ...notes, ...names].join('\n');
console.log(table);
writeFileSync(join(dir, 'table.md'), `${table}\n`);
writeFileSync(
  join(dir, 'results.json'),
  `${JSON.stringify(
    rows.map(({ bytes, glue, index, ...r }) => ({ ...r, parseBest: r.parse && best(r.parse), searchBest: r.search && best(r.search) })),
    null,
    2,
  )}\n`,
);

if (write) {
  const BEGIN = '<!-- size-levers: begin (bash scripts/size-levers.sh --write) -->';
  const END = '<!-- size-levers: end -->';
  const TITLE = '## What each size lever bought';
  let md = readFileSync('BENCHMARKS.md', 'utf8');
  const block = `${BEGIN}\n\n${table}\n\n${END}`;
  if (md.includes(BEGIN) && md.includes(END)) {
    md = md.slice(0, md.indexOf(BEGIN)) + block + md.slice(md.indexOf(END) + END.length);
  } else if (md.includes(`${TITLE}\n`)) {
    md = md.replace(`${TITLE}\n`, () => `${TITLE}\n\n${block}\n`);
  } else {
    const at = md.search(/\nRun took /);
    const section = `${TITLE}\n\n${block}\n`;
    md = at < 0 ? `${md.trimEnd()}\n\n${section}` : `${md.slice(0, at + 1)}${section}\n${md.slice(at + 1)}`;
  }
  writeFileSync('BENCHMARKS.md', md);
  console.log('size-levers: BENCHMARKS.md written');
}
