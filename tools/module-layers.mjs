#!/usr/bin/env node
// Checks the widget's module structure (ARCHITECTURE.md, `src/`): no module imports a
// module that imports it back (directly or around a circle), and each layer imports only
// from the layers before it: embed ← context ← hooks ← ui ← mount. Reads the `crate::…`
// and `super::…` paths of every file under src/ (declarations `mod x;` are not imports).
// Exits 1 with the offending paths; run by scripts/test.sh.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');
const LAYERS = ['embed', 'context', 'hooks', 'ui', 'mount'];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.rs') ? [path] : [];
  });
}

/** `src/ui/journey/mod.rs` → `ui::journey`; `src/lib.rs` → `` */
function moduleOf(file) {
  const parts = relative(SRC, file).replace(/\.rs$/, '').split('/');
  if (parts.at(-1) === 'mod' || parts.at(-1) === 'lib') parts.pop();
  return parts.join('::');
}

const modules = new Map(files(SRC).map((f) => [moduleOf(f), f]));

/** The longest known module that `path` (a::b::C) names or lies in. */
function resolve(path) {
  const parts = path.split('::');
  while (parts.length > 0) {
    const name = parts.join('::');
    if (modules.has(name)) return name;
    parts.pop();
  }
  return null;
}

/** Expands `use crate::a::{b, c::d}` groups into full paths. */
function expand(prefix, body) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    const ch = body[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if ((ch === ',' && depth === 0) || i === body.length) {
      const item = body.slice(start, i).trim();
      start = i + 1;
      if (!item) continue;
      const brace = item.indexOf('{');
      if (brace >= 0) {
        const head = item.slice(0, brace).replace(/::$/, '');
        out.push(...expand(head ? `${prefix}::${head}` : prefix, item.slice(brace + 1, item.lastIndexOf('}'))));
      } else {
        out.push(`${prefix}::${item.split(/\s+as\s+/)[0]}`);
      }
    }
  }
  return out;
}

const edges = new Map();
for (const [name, file] of modules) {
  const text = readFileSync(file, 'utf8')
    .replace(/\/\/.*$/gm, '')
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const parent = name.split('::').slice(0, -1).join('::');
  const targets = new Set();
  const add = (path) => {
    const target = resolve(path);
    if (target !== null && target !== '' && target !== name) targets.add(target);
  };
  for (const m of text.matchAll(/\buse\s+(crate|super)::([^;]+);/g)) {
    const base = m[1] === 'crate' ? '' : parent;
    const body = m[2].replace(/\s+/g, ' ');
    const brace = body.indexOf('{');
    const paths = brace >= 0 && !body.slice(0, brace).includes('::') && brace === 0
      ? expand(base, body.slice(1, body.lastIndexOf('}')))
      : expand(base, body);
    for (const p of paths) add(p.replace(/^::/, ''));
  }
  for (const m of text.matchAll(/\b(crate|super)::((?:[a-z_][a-z0-9_]*::)*[A-Za-z_][A-Za-z0-9_]*)/g)) {
    add(`${m[1] === 'crate' ? '' : `${parent}::`}${m[2]}`.replace(/^::/, ''));
  }
  edges.set(name, targets);
}

const problems = [];
const layer = (name) => LAYERS.indexOf(name.split('::')[0]);
for (const [from, targets] of edges) {
  for (const to of targets) {
    if (layer(from) >= 0 && layer(to) > layer(from)) {
      problems.push(`layer: ${from} (${LAYERS[layer(from)]}) imports ${to} (${LAYERS[layer(to)]})`);
    }
  }
}

// Circles: Tarjan's strongly connected components.
let index = 0;
const stack = [];
const info = new Map();
function visit(v) {
  info.set(v, { index, low: index, on: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    if (!info.has(w)) {
      visit(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).on) {
      info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).on = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) problems.push(`circle: ${component.sort().join(' ↔ ')}`);
  }
}
for (const v of edges.keys()) if (!info.has(v)) visit(v);

if (problems.length > 0) {
  console.error(`module-layers: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`module-layers: ${modules.size} modules, no circle, layers ${LAYERS.join(' ← ')} kept`);
