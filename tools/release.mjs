// Builds the release folder dist/procedure-guide/, which a webmaster copies as it is,
// from scripts/build.sh's output (the wasm-bindgen glue and the .wasm modules in dist/)
// and www/:
//
//   procedure-guide.js            the loader with the glue inside it (one module)
//   procedure-guide.js.sri        the loader's SRI value, for the snippet's `integrity`
//   procedure-guide-<hash>.wasm   fetched by the loader with `integrity` (hash baked in)
//   procedure-guide-journey-<hash>.wasm
//                                 the journey page's module (split build), fetched when
//                                 the browser is idle or a journey opens, also checked
//   procedure-guide-<hash>.css    the stylesheet loaded inside each shadow root
//   procedure-guide-qr-<hash>.js  the QR encoder (npm uqr), imported on demand
//   procedure-guide-frame.html    the standalone page, for an <iframe> and share-page
//   procedure-guide-frame.js/.css its script and stylesheet (no inline script or style)
//   procedure-guide-sw.js         the optional offline service worker (`offline` attribute)
//   procedure-guide-studio.html   the catalogue studio (issue 15), with its .css and .js
//                                 (the studio's glue and boot code) and its own
//                                 procedure-guide-studio-<hash>.wasm: never loaded by
//                                 the widget; procedure-guide-studio-sw.js and
//                                 studio-preview/ (the live preview's frame and the
//                                 only scope of that service worker)
//   procedure-guide-studio-wards.json
//                                 the 168 HCMC ward and commune centres the studio's
//                                 agencies editor offers to add (the sample catalogue's
//                                 agencies of level "commune"), fetched by the studio
//                                 only when that picker opens
//   catalogue.schema.json         the catalogue's JSON Schema
//   CATALOGUE.md, CATALOGUE.en.md the catalogue format for webmasters (docs/, Vietnamese
//                                 and English), beside the schema that names them
//   IMPORT.md                     `procedure-guide import`'s spreadsheet conventions (the
//                                 format's documents link to it)
//
// The wasm modules and the stylesheet are named by their content: a loader cached from
// an older release can never pair with a newer wasm. The raw build outputs leave dist/
// (kept in target/wasm-glue/ for tests/e2e/release.test.mjs and the benchmark).
//
// Usage: node tools/release.mjs [dist] [keep]

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { minify } from 'terser';

export const GLUE = 'procedure-guide-wasm.js';
export const WASM = 'procedure-guide-wasm_bg.wasm';
export const FOLDER = 'procedure-guide';
/** The split build's journey module and its loader, as wasm-split-cli names them. */
export const JOURNEY_WASM = 'split_journey.wasm';
export const SPLIT_JS = '__wasm_split.js';
/** The format's documents, copied from docs/ into the release folder. */
export const DOCS = ['CATALOGUE.md', 'CATALOGUE.en.md', 'IMPORT.md'];
/** The catalogue studio's glue and wasm (crates/studio), as scripts/build.sh names them. */
export const STUDIO_GLUE = 'procedure-guide-studio-glue.js';
export const STUDIO_WASM = 'procedure-guide-studio_bg.wasm';
/** The ward centres the studio offers to add (crates/studio/src/wards.rs names it too). */
export const STUDIO_WARDS = 'procedure-guide-studio-wards.json';

/**
 * The studio's list of ward and commune centres: the sample catalogue's agencies of
 * level "commune", each as it is in the catalogue (editor notes included: they say what
 * to check before publishing), sorted by Vietnamese name, compact. A file of its own so
 * that neither the widget nor the studio's first load carries it.
 */
export function studioWards(catalogueText) {
  const agencies = JSON.parse(catalogueText).agencies ?? [];
  const name = (a) => (typeof a.name === 'string' ? a.name : a.name?.vi ?? '');
  const collator = new Intl.Collator('vi', { numeric: true });
  const wards = agencies.filter((a) => a.level === 'commune').sort((a, b) => collator.compare(name(a), name(b)));
  if (wards.length === 0) throw new Error('release: the sample catalogue has no agency of level "commune" for the studio');
  return `${JSON.stringify(wards)}\n`;
}

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const hashName = (stem, bytes, extension) =>
  `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${extension}`;

/**
 * The wasm-bindgen glue (`--target web`) turned into the body of a factory function:
 * `function createGlue() { …glue without its exports…; return { default, mount, … }; }`.
 * Each call evaluates the glue again: its own `wasm` variable, so a fresh instance.
 *
 * It accepts only the shape wasm-bindgen 0.2.130 emits (top-level `export function`,
 * `export class`, `export const`, `export { a, b as default }`, `export default x`) and
 * throws on anything else (an `import` of a snippet, `export *`, an export it cannot
 * read), so a changed glue stops the build instead of shipping a broken loader.
 */
export function glueFactory(glue, name = 'createGlue', { inline = {} } = {}) {
  const exported = new Map(); // exported name → local name
  const inlined = new Set();
  const lines = glue.split('\n').map((line, index) => {
    const where = `glue line ${index + 1}: ${line.trim().slice(0, 80)}`;
    let m;
    // The split build's glue imports the journey module's loader (made by wasm-split-cli),
    // which imports the glue's `initSync` back: inside the factory it becomes a local
    // object beside the glue's own functions, so each instance has its own.
    if ((m = /^import \* as ([A-Za-z_$][\w$]*) from ['"]([^'"]+)['"];?\s*$/.exec(line)) && m[2] in inline) {
      inlined.add(m[2]);
      return `const ${m[1]} = ${inline[m[2]]};`;
    }
    if ((m = /^export (async function\*?|function\*?|class|const|let) ([A-Za-z_$][\w$]*)/.exec(line))) {
      exported.set(m[2], m[2]);
      return line.slice('export '.length);
    }
    if ((m = /^export \{([^}]*)\};?\s*$/.exec(line))) {
      for (const part of m[1].split(',').map((s) => s.trim()).filter(Boolean)) {
        const named = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/.exec(part);
        if (!named) throw new Error(`glue shape changed, cannot read the export in ${where}`);
        exported.set(named[2] ?? named[1], named[1]);
      }
      return '';
    }
    if ((m = /^export default ([A-Za-z_$][\w$]*);?\s*$/.exec(line))) {
      exported.set('default', m[1]);
      return '';
    }
    if (/^\s*export\b/.test(line)) throw new Error(`glue shape changed, unknown export in ${where}`);
    if (/^\s*import\b(?!\s*[.(])/.test(line)) {
      throw new Error(`glue shape changed, it imports another module (${where}); the loader must stay one file`);
    }
    return line;
  });
  for (const path of Object.keys(inline)) {
    if (!inlined.has(path)) throw new Error(`glue shape changed: it no longer imports ${path}`);
  }
  if (!exported.has('default')) throw new Error('glue shape changed: no default export (the init function)');
  for (const needed of ['mount_with_services', 'Widget']) {
    if (!exported.has(needed)) throw new Error(`glue shape changed: no export named ${needed}`);
  }
  const entries = [...exported].map(([outer, local]) => (outer === local ? local : `${JSON.stringify(outer)}: ${local}`));
  return `function ${name}() {\n${lines.join('\n')}\nreturn { ${entries.join(', ')} };\n}\n`;
}

/**
 * wasm-split-cli's `__wasm_split.js` (its web target) as an expression for the glue
 * factory: `(() => { …; return { __wasm_split_load_journey }; })()`. Its import of the
 * glue's `initSync` goes (the factory's own is in scope); its fetch of
 * `new URL("./split_journey.wasm", import.meta.url)` becomes the loader's
 * `splitModule(name)` (hashed name, integrity, one compile per page) and its
 * `instantiateStreaming` the loader's `instantiateSplit`. Any other shape stops the build.
 */
export function splitLoader(code, glueName) {
  const exported = [];
  let imports = 0;
  let body = code
    .split('\n')
    .map((line) => {
      if (line.trim() === `import { initSync } from "./${glueName}";`) {
        imports += 1;
        return '';
      }
      const m = /^export const ([A-Za-z_$][\w$]*) = /.exec(line);
      if (m) {
        exported.push(m[1]);
        return line.slice('export '.length);
      }
      if (/^\s*(import|export)\b/.test(line)) throw new Error(`split loader shape changed: ${line.trim().slice(0, 80)}`);
      return line;
    })
    .join('\n');
  if (imports !== 1) throw new Error(`split loader shape changed: it imports initSync from ./${glueName} ${imports} times`);
  let fetches = 0;
  body = body.replace(/fetch\(new URL\("\.\/([\w.-]+\.wasm)", import\.meta\.url\)\)/g, (_, file) => {
    fetches += 1;
    return `splitModule(${JSON.stringify(file)})`;
  });
  let instantiations = 0;
  body = body.replace(/WebAssembly\.instantiateStreaming\(/g, () => {
    instantiations += 1;
    return 'instantiateSplit(';
  });
  if (fetches !== 1 || instantiations !== 1 || /import\.meta|instantiateStreaming|\bfetch\(/.test(body)) {
    throw new Error(`split loader shape changed: ${fetches} module fetches, ${instantiations} instantiations (one of each expected)`);
  }
  if (!exported.includes('__wasm_split_load_journey')) throw new Error('split loader shape changed: no __wasm_split_load_journey');
  return `(() => {\n${body}\nreturn { ${exported.join(', ')} };\n})()`;
}

/**
 * The stylesheet without its comments, blank lines and indentation (issue 14: 7.0 → 4.6
 * KB gzip before first render). Nothing else changes: no comment marker sits inside a
 * string of the sheet, and tests/e2e/embed.test.mjs checks that every top-level rule
 * of the source reaches the shadow root.
 */
export function compactCss(source) {
  return `${source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')}\n`;
}

/** The source loader with the glue factory and the build's names and hashes filled in. */
export function buildLoader(source, glue, values, { inline = {} } = {}) {
  const begin = '// @@GLUE-BEGIN@@\n';
  const end = '// @@GLUE-END@@\n';
  const from = source.indexOf(begin);
  const to = source.indexOf(end);
  if (from < 0 || to < from || source.indexOf(begin, from + 1) >= 0) {
    throw new Error('www/procedure-guide.js: the @@GLUE-BEGIN@@ / @@GLUE-END@@ markers are missing or repeated');
  }
  let out = `${source.slice(0, from)}${glueFactory(glue, 'createGlue', { inline })}${source.slice(to + end.length)}`;
  for (const [key, value] of Object.entries(values)) {
    const marker = `@@${key}@@`;
    if (!out.includes(marker)) throw new Error(`www/procedure-guide.js: no ${marker} to fill in`);
    out = out.split(marker).join(value);
  }
  const left = /@@[A-Z_-]+@@/.exec(out);
  if (left) throw new Error(`www/procedure-guide.js: ${left[0]} is not filled in`);
  return out;
}

export async function release(dist = 'dist', { root = '.', keep = 'target/wasm-glue' } = {}) {
  const from = (...parts) => join(root, ...parts);
  const glueFile = existsSync(join(dist, GLUE)) ? join(dist, GLUE) : join(keep, GLUE);
  const wasmFile = existsSync(join(dist, WASM)) ? join(dist, WASM) : join(keep, WASM);
  const glue = readFileSync(glueFile, 'utf8');
  const wasm = readFileSync(wasmFile);
  const css = Buffer.from(compactCss(readFileSync(from('www', 'procedure-guide.css'), 'utf8')));
  // The split build (scripts/build.sh without PG_SPLIT=0): the journey module and its
  // loader beside the glue.
  const splitFile = [join(dist, SPLIT_JS), join(keep, SPLIT_JS)].find(existsSync);
  const journeyFile = [join(dist, JOURNEY_WASM), join(keep, JOURNEY_WASM)].find(existsSync);
  const split = glueFile.startsWith(dist) ? existsSync(join(dist, SPLIT_JS)) : Boolean(splitFile);

  const out = join(dist, FOLDER);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const qr = readFileSync(from('node_modules', 'uqr', 'dist', 'index.mjs'));
  const qrName = hashName('procedure-guide-qr', qr, 'js');
  writeFileSync(join(out, qrName), qr);
  const wasmName = hashName('procedure-guide', wasm, 'wasm');
  const cssName = hashName('procedure-guide', css, 'css');
  writeFileSync(join(out, wasmName), wasm);
  writeFileSync(join(out, cssName), css);
  let journeyName = '';
  let journeyIntegrity = '';
  const inline = {};
  if (split) {
    if (!journeyFile) throw new Error(`release: ${SPLIT_JS} without ${JOURNEY_WASM}`);
    const journey = readFileSync(journeyFile);
    journeyName = hashName('procedure-guide-journey', journey, 'wasm');
    journeyIntegrity = sri(journey);
    writeFileSync(join(out, journeyName), journey);
    inline[`./${SPLIT_JS}`] = splitLoader(readFileSync(splitFile, 'utf8'), GLUE);
  }
  const assembled = buildLoader(
    readFileSync(from('www', 'procedure-guide.js'), 'utf8'),
    glue,
    {
      WASM_FILE: wasmName,
      WASM_INTEGRITY: sri(wasm),
      CSS_FILE: cssName,
      CSS_INTEGRITY: sri(css),
      QR_FILE: qrName,
      JOURNEY_FILE: journeyName,
      JOURNEY_INTEGRITY: journeyIntegrity,
    },
    { inline },
  );
  // Minified (issue 14: 19.9 → 12.1 KB gzip, the most bytes saved before first render for
  // the least change); the readable source is www/procedure-guide.js. Names at the top
  // level are mangled too: the loader is one module that exports nothing.
  const minified = await minify(assembled, {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false, preamble: '/* procedure-guide loader: built by tools/release.mjs from www/procedure-guide.js */' },
  });
  const loader = minified.code;
  writeFileSync(join(out, 'procedure-guide.js'), loader);
  // A syntax error in the assembled module would otherwise only show in a browser.
  execFileSync(process.execPath, ['--check', join(out, 'procedure-guide.js')], { stdio: 'inherit' });
  const loaderSri = sri(Buffer.from(loader));
  writeFileSync(join(out, 'procedure-guide.js.sri'), `${loaderSri}\n`);

  for (const name of ['procedure-guide-frame.html', 'procedure-guide-frame.js', 'procedure-guide-frame.css', 'procedure-guide-sw.js']) {
    copyFileSync(from('www', name), join(out, name));
  }
  const studio = studioFiles(dist, keep, from, out);
  copyFileSync(from('www', 'catalogue.schema.json'), join(out, 'catalogue.schema.json'));
  for (const name of DOCS) copyFileSync(from('docs', name), join(out, name));

  // The raw build outputs are not part of the release: kept aside for the glue test.
  mkdirSync(keep, { recursive: true });
  if (glueFile.startsWith(dist)) {
    // A fresh build: what the last one kept aside goes, so an unsplit build never
    // pairs with an older split module.
    for (const name of [SPLIT_JS, JOURNEY_WASM]) rmSync(join(keep, name), { force: true });
  }
  for (const [file, name] of [
    [glueFile, GLUE], [wasmFile, WASM], [splitFile, SPLIT_JS], [journeyFile, JOURNEY_WASM],
    [studio?.glueFile, STUDIO_GLUE], [studio?.wasmFile, STUDIO_WASM],
  ]) {
    if (file?.startsWith(dist)) renameSync(file, join(keep, name));
  }
  return { folder: out, wasm: wasmName, css: cssName, qr: qrName, journey: journeyName, studio: studio?.wasmName, loaderSri };
}

/**
 * The catalogue studio's files in the release folder: its page and stylesheet, one
 * module (the glue, then www/procedure-guide-studio-boot.js, which names the hashed
 * wasm), and the wasm. Absent when the build made no studio (a glue-only rerun).
 */
function studioFiles(dist, keep, from, out) {
  const glueFile = [join(dist, STUDIO_GLUE), join(keep, STUDIO_GLUE)].find(existsSync);
  const wasmFile = [join(dist, STUDIO_WASM), join(keep, STUDIO_WASM)].find(existsSync);
  if (!glueFile || !wasmFile) return null;
  const wasm = readFileSync(wasmFile);
  const wasmName = hashName('procedure-guide-studio', wasm, 'wasm');
  writeFileSync(join(out, wasmName), wasm);
  const glue = readFileSync(glueFile, 'utf8');
  if (!/^async function __wbg_init\(/m.test(glue) || !/^export function mount_studio\(/m.test(glue)) {
    throw new Error(`${glueFile}: the studio glue no longer has __wbg_init and mount_studio`);
  }
  const boot = readFileSync(from('www', 'procedure-guide-studio-boot.js'), 'utf8').replace('@STUDIO_WASM@', wasmName);
  writeFileSync(join(out, 'procedure-guide-studio.js'), `${glue}\n${boot}`);
  execFileSync(process.execPath, ['--check', join(out, 'procedure-guide-studio.js')], { stdio: 'inherit' });
  for (const name of [
    'procedure-guide-studio.html', 'procedure-guide-studio.css', 'procedure-guide-studio-sw.js',
    // The spreadsheet template of the import (docs/IMPORT.md), linked from the studio.
    'catalogue-template.csv', 'catalogue-template.xlsx',
  ]) {
    copyFileSync(from('www', name), join(out, name));
  }
  writeFileSync(join(out, STUDIO_WARDS), studioWards(readFileSync(from('www', 'catalogue.json'), 'utf8')));
  // The preview frame: the only page the studio's service worker controls (its scope).
  mkdirSync(join(out, 'studio-preview'), { recursive: true });
  for (const name of ['index.html', 'preview.js', 'preview.css']) {
    copyFileSync(from('www', 'studio-preview', name), join(out, 'studio-preview', name));
  }
  return { glueFile, wasmFile, wasmName };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? 'dist';
  const { folder, loaderSri } = await release(dist, process.argv[3] ? { keep: process.argv[3] } : {});
  console.log(`Release folder: ${folder}/ (copy it as it is)`);
  console.log(`Loader integrity (also in ${folder}/procedure-guide.js.sri): ${loaderSri}`);
  console.log(
    `<script type="module" src="…/${FOLDER}/procedure-guide.js" integrity="${loaderSri}" crossorigin="anonymous"></script>`,
  );
}
