// Where the bytes of a wasm are (issue 6): the size of every function body from the code
// section, named through the "name" custom section, grouped by crate, plus the other
// sections. A stand-in for `twiggy top` that needs only Node. The wasm must keep its
// names: see scripts/size-levers.sh --names (wasm-bindgen --keep-debug, wasm-opt -g).
//
// Usage: node tools/wasm-names.mjs FILE.wasm [--top N] [--md]
//   WASM_NAMES_GREP=REGEX also prints (to stderr) how many functions, and bytes, match it

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = process.argv[2];
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
const md = process.argv.includes('--md');
const bytes = readFileSync(file);

let pos = 8;
const u32 = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return result;
  }
};
const str = () => {
  const n = u32();
  const s = bytes.toString('utf8', pos, pos + n);
  pos += n;
  return s;
};

const SECTIONS = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count', 'tag'];
const sections = [];
let importedFunctions = 0;
const bodies = []; // { start, size } per defined function
const names = new Map();
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = u32();
  const start = pos;
  const end = start + size;
  let label = SECTIONS[id] ?? `#${id}`;
  if (id === 0) {
    label = `custom "${str()}"`;
    if (label === 'custom "name"') {
      while (pos < end) {
        const sub = bytes[pos++];
        const subSize = u32();
        const subEnd = pos + subSize;
        if (sub === 1) {
          const n = u32();
          for (let i = 0; i < n; i++) {
            const index = u32();
            names.set(index, str());
          }
        }
        pos = subEnd;
      }
    }
  } else if (id === 2) {
    const n = u32();
    for (let i = 0; i < n; i++) {
      str();
      str();
      const kind = bytes[pos++];
      if (kind === 0) {
        u32();
        importedFunctions++;
      } else if (kind === 1) {
        pos++; // reftype
        const flags = u32();
        u32();
        if (flags & 1) u32();
      } else if (kind === 2) {
        const flags = u32();
        u32();
        if (flags & 1) u32();
      } else if (kind === 3) {
        pos += 2; // valtype, mutability
      } else if (kind === 4) {
        pos++;
        u32();
      }
    }
  } else if (id === 10) {
    const n = u32();
    for (let i = 0; i < n; i++) {
      const bodySize = u32();
      bodies.push({ start: pos, size: bodySize });
      pos += bodySize;
    }
  }
  sections.push({ label, size: end - start });
  pos = end;
}

/** The crate a function belongs to: the first path segment of its name that has a `::`
 * after it (`crate::…`, `<crate::Type as …>::…`, `<char as core::fmt::Debug>::fmt`,
 * `core::ptr::drop_in_place<…>`), without v0 mangling's `[hash]`; none for the export
 * wrappers and shims wasm-bindgen writes (`benchindex_load`, `… externref shim`). */
function crateOf(name) {
  const m = name.replace(/\[[0-9a-f]+\]/g, '').match(/([A-Za-z_][A-Za-z0-9_]*)::/);
  return m ? m[1] : '';
}
const GROUPS = [
  ['procedure_guide_widget (our views and glue)', /^procedure_guide_widget$/],
  ['procedure_guide_core (loader, validator, search)', /^procedure_guide_core$/],
  ['yew (+ implicit_clone, yew_macro output)', /^(yew|implicit_clone|yew_macro|prokio|gloo.*|slab|bincode|indexmap|console_error_panic_hook)$/],
  ['std / core / alloc', /^(std|core|alloc|compiler_builtins|__rustc)$/],
  ['wasm_bindgen / js_sys / web_sys / futures', /^(wasm_bindgen|wasm_bindgen_futures|js_sys|web_sys|futures.*|pin_project.*)$/],
  ['dlmalloc', /^dlmalloc$/],
  ['exports and shims written by wasm-bindgen, unnamed', /^$/],
];
const mentionsOurs = /procedure_guide_(widget|core)/;
const functions = bodies.map((b, i) => {
  const name = names.get(importedFunctions + i) ?? `<function ${importedFunctions + i}>`;
  return { name, size: b.size, body: bytes.subarray(b.start, b.start + b.size), crate: crateOf(name) };
});
const codeTotal = functions.reduce((s, f) => s + f.size, 0);
const groups = new Map();
for (const f of functions) {
  let g = GROUPS.find(([, re]) => re.test(f.crate))?.[0] ?? `other (${f.crate})`;
  if (g === 'std / core / alloc' && mentionsOurs.test(f.name)) g = 'std / core / alloc, instantiated for our types';
  if (g.startsWith('yew') && mentionsOurs.test(f.name)) g = 'yew, instantiated for our components';
  if (!groups.has(g)) groups.set(g, []);
  groups.get(g).push(f);
}
const kb = (n) => (n / 1024).toFixed(1);
const share = (n) => `${((100 * n) / codeTotal).toFixed(1)} %`;
const others = [...groups.entries()].filter(([g]) => g.startsWith('other ('));
const otherMerged = others.flatMap(([, fs]) => fs);
const shown = [...groups.entries()].filter(([g]) => !g.startsWith('other ('));
if (otherMerged.length) shown.push([`other (${[...new Set(otherMerged.map((f) => f.crate))].slice(0, 8).join(', ')})`, otherMerged]);
shown.sort((a, b) => b[1].reduce((s, f) => s + f.size, 0) - a[1].reduce((s, f) => s + f.size, 0));

const out = [];
const row = (cells) => out.push(md ? `| ${cells.join(' | ')} |` : cells.join('\t'));
out.push(`${file}: ${bytes.length} bytes, ${functions.length} functions, code ${codeTotal} bytes`);
out.push('');
row(['crate', 'functions', 'code KB', 'share of code', 'gzip KB alone']);
if (md) out.push('|---|---|---|---|---|');
for (const [g, fs] of shown) {
  const size = fs.reduce((s, f) => s + f.size, 0);
  row([g, String(fs.length), kb(size), share(size), kb(gzipSync(Buffer.concat(fs.map((f) => f.body)), { level: 9 }).length)]);
}
out.push('');
row(['section', 'KB']);
if (md) out.push('|---|---|');
for (const s of [...sections].sort((a, b) => b.size - a.size)) if (s.size >= 512) row([s.label, kb(s.size)]);
out.push('');
row(['biggest functions', 'bytes']);
if (md) out.push('|---|---|');
for (const f of [...functions].sort((a, b) => b.size - a.size).slice(0, top)) {
  const n = f.name.replace(/::h[0-9a-f]{16}$/, '');
  row([md ? `\`${(n.length > 150 ? `${n.slice(0, 147)}…` : n).replace(/\|/g, '\\|')}\`` : n, String(f.size)]);
}
if (process.env.WASM_NAMES_GREP) { const re = new RegExp(process.env.WASM_NAMES_GREP); const fs = functions.filter((f) => re.test(f.name)); console.error(`${fs.length} functions matching ${re}: ${fs.reduce((s, f) => s + f.size, 0)} bytes`); }
console.log(out.join('\n'));
