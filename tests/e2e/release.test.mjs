// The release folder and the build step that makes it (tools/release.mjs), in Node:
// the glue-to-factory transform still applies to the glue this wasm-bindgen emits, each
// factory call gives a fresh wasm instance, and the folder holds what the loader names,
// with the hashes it checks.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOCS, GLUE, WASM, glueFactory, sri } from '../../tools/release.mjs';
import { DIST, ROOT } from './harness.mjs';

const KEPT = join(ROOT, 'target', 'trunk-glue');
const FOLDER = join(DIST, 'procedure-guide');
const glue = () => readFileSync(join(KEPT, GLUE), 'utf8');

async function importSource(source, name) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-glue-'));
  const file = join(dir, name);
  writeFileSync(file, source);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the factory returns every export of the build's glue, and each call is a fresh instance", async () => {
  const original = await importSource(glue(), 'glue.mjs');
  const { createGlue } = await importSource(`${glueFactory(glue())}\nexport { createGlue };\n`, 'factory.mjs');
  const one = createGlue();
  const two = createGlue();
  assert.deepEqual(Object.keys(one).sort(), Object.keys(original).sort());
  assert.ok(Object.keys(one).includes('mount_with_services') && Object.keys(one).includes('default'));
  assert.notEqual(one.Widget, two.Widget, 'two evaluations of the glue, not one shared');
  const module = await WebAssembly.compile(readFileSync(join(KEPT, WASM)));
  const first = await one.default({ module_or_path: module });
  const second = await two.default({ module_or_path: module });
  assert.ok(first.memory instanceof WebAssembly.Memory);
  assert.notEqual(first.memory, second.memory, 'each factory call instantiates its own wasm');
  assert.equal(await one.default({ module_or_path: module }), first, 'init is once per factory call');
});

test('the transform refuses a glue whose shape it does not know', () => {
  const base = glue();
  const changed = {
    'a snippet import': `import { x } from './snippets/a/inline0.js';\n${base}`,
    'a re-export': `${base}\nexport * from './other.js';\n`,
    'an unreadable export': `${base}\nexport { a as 'b c' };\n`,
    'no default export': base.replace(/^export \{([^}]*)\bdefault\b([^}]*)\};?$/m, 'export { initSync };'),
  };
  for (const [what, source] of Object.entries(changed)) {
    assert.notEqual(source, base, what);
    assert.throws(() => glueFactory(source), /glue shape changed/, what);
  }
});

test('the release folder holds what the loader names, with the hashes it checks', () => {
  const names = readdirSync(FOLDER).sort();
  const wasm = names.filter((n) => /^procedure-guide-[0-9a-f]{16}\.wasm$/.test(n));
  const css = names.filter((n) => /^procedure-guide-[0-9a-f]{16}\.css$/.test(n));
  const qr = names.filter((n) => /^procedure-guide-qr-[0-9a-f]{16}\.js$/.test(n));
  assert.equal(wasm.length, 1, names.join(' '));
  assert.equal(css.length, 1, names.join(' '));
  assert.equal(qr.length, 1, names.join(' '));
  for (const name of [
    'procedure-guide.js', 'procedure-guide.js.sri', 'procedure-guide-frame.html',
    'procedure-guide-frame.js', 'procedure-guide-frame.css', 'catalogue.schema.json',
    'CATALOGUE.md', 'CATALOGUE.en.md',
  ]) {
    assert.ok(names.includes(name), `${name} in ${names.join(' ')}`);
  }
  const loader = readFileSync(join(FOLDER, 'procedure-guide.js'));
  const text = loader.toString('utf8');
  assert.equal(readFileSync(join(FOLDER, 'procedure-guide.js.sri'), 'utf8').trim(), sri(loader));
  assert.ok(text.includes(`'./${wasm[0]}'`) && text.includes(`'${sri(readFileSync(join(FOLDER, wasm[0])))}'`));
  assert.ok(text.includes(`'./${css[0]}'`) && text.includes(`'${sri(readFileSync(join(FOLDER, css[0])))}'`));
  assert.ok(text.includes(`'./${qr[0]}'`), 'the loader names the hashed QR module');
  assert.doesNotMatch(text, /@@[A-Z_-]+@@/);
  assert.doesNotMatch(text, /^\s*(export|import)\b(?!\s*[.(])/m, 'one module: no static import or export');
  assert.deepEqual(
    readFileSync(join(FOLDER, 'catalogue.schema.json')),
    readFileSync(join(ROOT, 'www', 'catalogue.schema.json')),
  );
  // The format's documents, as in docs/ (the schema's description names them).
  for (const name of DOCS) {
    assert.deepEqual(readFileSync(join(FOLDER, name)), readFileSync(join(ROOT, 'docs', name)), name);
  }
  // The raw Trunk outputs are not in dist/ any more.
  assert.ok(!readdirSync(DIST).some((n) => n.startsWith('procedure-guide-wasm')), readdirSync(DIST).join(' '));
});
