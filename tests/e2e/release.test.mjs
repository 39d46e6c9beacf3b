// The release folder and the build step that makes it (tools/release.mjs), in Node:
// the glue-to-factory transform still applies to the glue this wasm-bindgen emits, each
// factory call gives a fresh wasm instance, and the folder holds what the loader names,
// with the hashes it checks.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOCS, GLUE, SPLIT_JS, STUDIO_WARDS, WASM, glueFactory, splitLoader, sri } from '../../tools/release.mjs';
import { DIST, KEPT, ROOT } from './harness.mjs';

const FOLDER = join(DIST, 'procedure-guide');
const glue = () => readFileSync(join(KEPT, GLUE), 'utf8');
// The split build's glue imports the journey module's loader, inlined by the release.
const SPLIT = existsSync(join(KEPT, SPLIT_JS));
const splitSource = () => readFileSync(join(KEPT, SPLIT_JS), 'utf8');
const inline = () => (SPLIT ? { [`./${SPLIT_JS}`]: splitLoader(splitSource(), GLUE) } : {});
const factory = (source) => glueFactory(source, 'createGlue', { inline: inline() });

/** Imports `source` as the module `name`, beside the raw split loader when there is one. */
async function importSource(source, name) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-glue-'));
  const file = join(dir, name);
  writeFileSync(file, source);
  if (SPLIT) writeFileSync(join(dir, SPLIT_JS), splitSource().replace(`./${GLUE}`, `./${name}`));
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the factory returns every export of the build's glue, and each call is a fresh instance", async () => {
  const original = await importSource(glue(), 'glue.mjs');
  const { createGlue } = await importSource(`${factory(glue())}\nexport { createGlue };\n`, 'factory.mjs');
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
    assert.throws(() => factory(source), /glue shape changed/, what);
  }
});

test("the split build's journey loader is inlined, and a loader of another shape stops the build", () => {
  if (!SPLIT) {
    // The unsplit build (tests/e2e-unsplit/): a glue with no split loader to inline.
    assert.doesNotMatch(glue(), /__wasm_split/);
    return;
  }
  const source = splitSource();
  const inlined = splitLoader(source, GLUE);
  assert.doesNotMatch(inlined, /import\.meta|instantiateStreaming|^\s*(import|export)\b/m);
  assert.match(inlined, /splitModule\("split_journey\.wasm"\)/);
  assert.throws(() => factory(glue().replace(/^import \* as \w+ from "\.\/__wasm_split\.js";?$/m, '')), /no longer imports/);
  const changed = {
    'a second fetch': `${source}\nconst x = fetch(new URL("./chunk_2.wasm", import.meta.url));`,
    'no initSync import': source.replace(/^import \{ initSync \}.*$/m, ''),
    'another import': `import { x } from "./other.js";\n${source}`,
    'no journey loader': source.replace(/__wasm_split_load_journey/g, '__wasm_split_load_other'),
  };
  for (const [what, changedSource] of Object.entries(changed)) {
    assert.notEqual(changedSource, source, what);
    assert.throws(() => splitLoader(changedSource, GLUE), /split loader shape changed/, what);
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
  // The loader is minified: names and hashes in either kind of quotes.
  const quoted = (v) => text.includes(`'${v}'`) || text.includes(`"${v}"`);
  assert.ok(quoted(`./${wasm[0]}`) && quoted(sri(readFileSync(join(FOLDER, wasm[0])))));
  assert.ok(quoted(`./${css[0]}`) && quoted(sri(readFileSync(join(FOLDER, css[0])))));
  assert.ok(quoted(`./${qr[0]}`), 'the loader names the hashed QR module');
  // The journey module (split build): hashed, named by the loader with the hash it checks.
  const journey = names.filter((n) => /^procedure-guide-journey-[0-9a-f]{16}\.wasm$/.test(n));
  assert.equal(journey.length, SPLIT ? 1 : 0, names.join(' '));
  if (SPLIT) {
    assert.ok(text.includes(journey[0]) && quoted(sri(readFileSync(join(FOLDER, journey[0])))));
  }
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
  // The studio's ward centres: the sample's agencies of level "commune", as they are
  // there, sorted by Vietnamese name; never named by the widget's loader.
  const sampleAgencies = JSON.parse(readFileSync(join(ROOT, 'www', 'catalogue.json'), 'utf8')).agencies;
  const wards = JSON.parse(readFileSync(join(FOLDER, STUDIO_WARDS), 'utf8'));
  assert.equal(wards.length, 168);
  const byId = new Map(sampleAgencies.map((a) => [a.id, a]));
  for (const ward of wards) assert.deepEqual(ward, byId.get(ward.id));
  const wardNames = wards.map((w) => w.name.vi);
  assert.deepEqual(wardNames, [...wardNames].sort(new Intl.Collator('vi', { numeric: true }).compare));
  assert.ok(!text.includes(STUDIO_WARDS), 'the widget never fetches the studio\'s list');
  // The raw build outputs are not in dist/ any more.
  assert.ok(!readdirSync(DIST).some((n) => n.startsWith('procedure-guide-wasm')), readdirSync(DIST).join(' '));
});
