// The loader and the release folder end to end ("Embed anywhere"): the folder works
// from any path and from another site with CORS; a missing, refused or tampered wasm,
// a wrong integrity on the script tag or a browser below the floor keeps the fallback,
// says why in the console and leaves the host page working; a wrong wasm MIME type
// still works; loading the script twice defines the element once; a panic shows the
// error panel in every widget and "reload" brings working widgets back; the <div> form
// and the standalone page work. No CSP violation on any page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DESKTOP, DIST, PHONE, ROOT, axeViolations, eventually, launchBrowser, openPage, sampleCatalogue, screenshot,
  serveBuild, textIn,
} from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

const FOLDER = join(DIST, 'procedure-guide');
const PAGES = join(ROOT, 'tests', 'e2e', 'pages');
const catalogue = sampleCatalogue();
const TITLE = textIn(catalogue.catalogue.title);
const wasmName = () => readdirSync(FOLDER).find((n) => n.endsWith('.wasm'));

let browser;
let server;
const temporary = [];

before(async () => {
  // The release folder also under /copy/ and /some/other/path/, copied as it is.
  server = await serveBuild({
    roots: [
      { prefix: '/', dir: DIST },
      { prefix: '/test-pages/', dir: PAGES },
      { prefix: '/copy/', dir: FOLDER },
      { prefix: '/some/other/path/', dir: FOLDER },
    ],
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** A copy of the release folder, changed by `change(dir)`. */
function folderCopy(change) {
  const dir = tempDir('pg-folder-');
  cpSync(FOLDER, dir, { recursive: true });
  change?.(dir);
  return dir;
}

/** The shadow root's text of the widget matching `selector` (empty if none). */
const shadowText = (page, selector = 'procedure-guide') =>
  page.evaluate((s) => document.querySelector(s)?.shadowRoot?.textContent ?? '', selector);

async function assertHostWorks(page) {
  await page.locator('#host-button').click();
  await page.locator('#host-button').click();
  assert.equal(await page.locator('#host-count').textContent(), '2', 'the host page still works');
}

/**
 * Console errors apart from the 404 of the browser's own /favicon.ico request, which the
 * standalone page of the release folder does not answer (a real site has its own).
 * Every other response is seen by `failedResponses`, the favicon request is not.
 * Chromium may ask for the favicon a second time when the page's address changes
 * before the first answer (the share fragment removed): at most two (a CI run saw two).
 */
function errorsBesideFavicon(log) {
  assert.deepEqual(log.failedResponses, []);
  const rest = log.consoleErrors.filter((t) => !t.includes('status of 404'));
  assert.ok(log.consoleErrors.length - rest.length <= 2, log.consoleErrors.join('\n'));
  return rest;
}

async function assertNoViolations(opened, what) {
  assert.deepEqual(await opened.violations(), [], `CSP violations on ${what}`);
}

test('the release folder works unchanged from another path', async () => {
  const wasm = [];
  const opened = await openPage(browser, 'about:blank');
  // The main module (the journey module, fetched later, is split.test's).
  opened.page.on('request', (r) => /\/procedure-guide-[0-9a-f]{16}\.wasm$/.test(r.url()) && wasm.push(new URL(r.url()).pathname));
  await opened.page.goto(`${server.url}/test-pages/loader-relocated.html`);
  await opened.page.locator('procedure-guide .pg-catalogue__title', { hasText: TITLE }).waitFor();
  assert.deepEqual(wasm, [`/some/other/path/${wasmName()}`]);
  const css = await opened.page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.querySelector('link').href);
  assert.match(new URL(css).pathname, /^\/some\/other\/path\/procedure-guide-[0-9a-f]{16}\.css$/);
  await assertNoViolations(opened, 'the relocated folder');
  assert.deepEqual(opened.log.consoleErrors, []);
  assert.deepEqual(opened.log.failedResponses, []);
  await opened.close();
});

/** The build with the release folder's wasm missing (a real 404). */
function serveWithoutWasm(wasm) {
  return serveBuild({
    roots: [
      { prefix: '/', dir: DIST },
      { prefix: '/test-pages/', dir: PAGES },
      { prefix: '/procedure-guide/', dir: folderCopy((dir) => rmSync(join(dir, wasm))) },
    ],
  });
}

test('while the wasm comes, a loading state (not the fallback) shows; the fallback only when loading fails', async () => {
  for (const outcome of ['arrives', 'fails']) {
    const opened = await openPage(browser, 'about:blank', { viewport: PHONE });
    const { page, log } = opened;
    // The wasm held back, as on a slow connection, until the test lets it go.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => {
      await held;
      if (outcome === 'arrives') await route.continue();
      else await route.abort('connectionreset');
    });
    await page.goto(`${server.url}/test-pages/loader-host.html`);
    const status = page.getByRole('status').filter({ hasText: 'Đang tải hướng dẫn thủ tục…' });
    await status.waitFor();
    assert.equal(await page.locator('procedure-guide .fallback').isVisible(), false, 'no "could not show" while loading');
    assert.equal(await page.locator('procedure-guide').getAttribute('aria-busy'), 'true');
    assert.equal(await page.getByRole('progressbar').count(), 1);
    if (outcome === 'arrives') {
      await screenshot(page, 'loader-phone-loading');
      assert.deepEqual(await opened.violations(), [], 'CSP violations while loading');
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], 'axe on the loading state');
    }
    release();
    if (outcome === 'arrives') {
      await page.locator('procedure-guide .pg-catalogue__title', { hasText: TITLE }).waitFor();
      assert.equal(await status.count(), 0);
      assert.equal(await page.locator('procedure-guide').getAttribute('aria-busy'), null);
    } else {
      await page.locator('procedure-guide .fallback').waitFor();
      assert.equal(await status.count(), 0);
      assert.equal(await page.locator('procedure-guide').getAttribute('aria-busy'), null);
      assert.ok(await eventually(() => log.consoleErrors.some((t) => t.includes('fallback content stays'))));
    }
    // axe-core adds a <style> element of its own, which the strict CSP blocks; the
    // widget never does, so only those are set aside.
    const ours = (await opened.violations()).filter((v) => v.directive !== 'style-src-elem');
    assert.deepEqual(ours, [], `CSP violations (${outcome})`);
    assert.deepEqual(log.pageErrors, []);
    await opened.close();
  }
  // In the element's language.
  const english = await openPage(browser, 'about:blank');
  await english.page.route('**/*.wasm', () => {});
  await english.page.goto(`${server.url}/test-pages/loader-host.html`);
  await english.page.evaluate(() => {
    const element = document.createElement('procedure-guide');
    element.setAttribute('lang', 'en');
    element.setAttribute('catalogue', '../catalogue.json');
    document.body.append(element);
  });
  await english.page.getByRole('status').filter({ hasText: 'Loading the procedure guide…' }).waitFor();
  await english.close();
});

test('a missing wasm keeps the fallback, says so, and the host page keeps working', async () => {
  const wasm = wasmName();
  const broken = await serveWithoutWasm(wasm);
  try {
    const opened = await openPage(browser, `${broken.url}/test-pages/loader-host.html`);
    const { page, log } = opened;
    assert.ok(
      await eventually(() => log.consoleErrors.some((t) => t.includes('fallback content stays') && t.includes('HTTP 404'))),
      log.consoleErrors.join('\n'),
    );
    assert.ok(log.consoleErrors.some((t) => t.includes(wasm) && t.includes('whole release folder')), log.consoleErrors.join('\n'));
    assert.equal(await page.locator('procedure-guide .fallback').isVisible(), true);
    await assertHostWorks(page);
    await assertNoViolations(opened, 'the missing wasm page');
    assert.deepEqual(log.pageErrors, []);
    await opened.close();
  } finally {
    await broken.close();
  }
});

test('a wasm that does not match the built-in hash is refused: fallback and a message', async () => {
  const wasm = wasmName();
  const tampered = folderCopy((dir) => {
    const bytes = readFileSync(join(dir, wasm));
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(join(dir, wasm), bytes);
  });
  const broken = await serveBuild({
    roots: [
      { prefix: '/', dir: DIST },
      { prefix: '/test-pages/', dir: PAGES },
      { prefix: '/procedure-guide/', dir: tampered },
    ],
  });
  try {
    const opened = await openPage(browser, `${broken.url}/test-pages/loader-host.html`);
    const { page, log } = opened;
    assert.ok(
      await eventually(() => log.consoleErrors.some((t) => t.includes('does not match the integrity hash'))),
      log.consoleErrors.join('\n'),
    );
    assert.equal(await page.locator('procedure-guide .fallback').isVisible(), true);
    await assertHostWorks(page);
    await assertNoViolations(opened, 'the tampered wasm page');
    await opened.close();
  } finally {
    await broken.close();
  }
});

test('a wasm served with the wrong MIME type still works, with a console warning', async () => {
  const odd = await serveBuild({
    headersFor: (path) => (path.endsWith('.wasm') ? { 'Content-Type': 'application/octet-stream' } : {}),
  });
  try {
    const opened = await openPage(browser, 'about:blank');
    const warnings = [];
    opened.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await opened.page.goto(`${odd.url}/`);
    await opened.page.locator('procedure-guide .pg-catalogue__title', { hasText: TITLE }).waitFor();
    assert.ok(warnings.some((w) => w.includes('not "application/wasm"') && w.includes('application/octet-stream')), warnings.join('\n'));
    assert.deepEqual(opened.log.consoleErrors, []);
    await assertNoViolations(opened, 'the wrong MIME type page');
    await opened.close();
  } finally {
    await odd.close();
  }
});

/** A host page on `host` that loads the release folder from the central copy at `central`. */
async function crossOriginCase(cors) {
  const central = await startServer({
    roots: [{ prefix: '/central/', dir: FOLDER }],
    port: 0,
    csp: null,
    headersFor: (path) =>
      cors === 'all' || (cors === 'js' && path.endsWith('.js')) ? { 'Access-Control-Allow-Origin': '*' } : {},
  });
  const pages = tempDir('pg-cross-');
  writeFileSync(
    join(pages, 'cross.html'),
    `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Bản dùng chung ở trang khác</title>
<link rel="icon" href="/favicon.svg">
<script type="module" src="${central.url}/central/procedure-guide.js"></script>
<script type="module" src="/test-pages/host.js"></script></head>
<body><h1>Trang thử: bản dùng chung ở trang khác</h1>
<p><button type="button" id="host-button">Nút của trang</button> <output id="host-count">0</output></p>
<procedure-guide catalogue="/catalogue.json" lang="vi"><p class="fallback">Nội dung dự phòng.</p></procedure-guide>
</body></html>`,
  );
  // The host allows the central copy's origin, as a real host would have to.
  const origin = central.url;
  const host = await serveBuild({
    roots: [
      { prefix: '/', dir: DIST },
      { prefix: '/test-pages/', dir: PAGES },
      { prefix: '/gen/', dir: pages },
    ],
    csp: `default-src 'self' ${origin}; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}`,
  });
  const opened = await openPage(browser, `${host.url}/gen/cross.html`);
  return {
    opened,
    central,
    close: async () => {
      await opened.close();
      await host.close();
      await central.close();
    },
  };
}

test('a central copy on another site without CORS headers: fallback, message, host works', async () => {
  // No CORS at all: the browser itself refuses the module script and says why.
  const none = await crossOriginCase('none');
  try {
    const { page, log } = none.opened;
    assert.ok(await eventually(() => log.consoleErrors.some((t) => /CORS/.test(t) && t.includes('procedure-guide.js'))), log.consoleErrors.join('\n'));
    assert.equal(await page.locator('procedure-guide .fallback').isVisible(), true);
    await assertHostWorks(page);
    await assertNoViolations(none.opened, 'the cross-origin page without CORS');
  } finally {
    await none.close();
  }
  // CORS for the scripts only: the loader runs, the wasm is refused, the loader says why.
  const scripts = await crossOriginCase('js');
  try {
    const { page, log } = scripts.opened;
    assert.ok(
      await eventually(() =>
        log.consoleErrors.some((t) => t.includes('fallback content stays') && t.includes('Access-Control-Allow-Origin')),
      ),
      log.consoleErrors.join('\n'),
    );
    assert.equal(await page.locator('procedure-guide .fallback').isVisible(), true);
    await assertHostWorks(page);
    await assertNoViolations(scripts.opened, 'the cross-origin page with CORS on scripts only');
  } finally {
    await scripts.close();
  }
});

test('a central copy on another site with CORS headers works', async () => {
  const cors = await crossOriginCase('all');
  try {
    const { page, log } = cors.opened;
    await page.locator('procedure-guide .pg-catalogue__title', { hasText: TITLE }).waitFor();
    await assertHostWorks(page);
    await assertNoViolations(cors.opened, 'the cross-origin page with CORS');
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await cors.close();
  }
});

test('the snippet integrity: the built value loads, a wrong one loads nothing and the console says so', async () => {
  const good = readFileSync(join(FOLDER, 'procedure-guide.js.sri'), 'utf8').trim();
  const wrong = `sha384-${Buffer.alloc(48, 7).toString('base64')}`;
  const pages = tempDir('pg-sri-');
  for (const [name, integrity] of [['good', good], ['wrong', wrong]]) {
    writeFileSync(
      join(pages, `${name}.html`),
      `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Integrity ${name}</title><link rel="icon" href="/favicon.svg">
<script type="module" src="/procedure-guide/procedure-guide.js" integrity="${integrity}" crossorigin="anonymous"></script>
</head><body><h1>Integrity</h1>
<procedure-guide catalogue="/catalogue.json" lang="vi"><p class="fallback">Nội dung dự phòng.</p></procedure-guide>
</body></html>`,
    );
  }
  const sriServer = await serveBuild({
    roots: [{ prefix: '/', dir: DIST }, { prefix: '/gen/', dir: pages }],
  });
  try {
    const ok = await openPage(browser, `${sriServer.url}/gen/good.html`);
    await ok.page.locator('procedure-guide .pg-catalogue__title', { hasText: TITLE }).waitFor();
    assert.deepEqual(ok.log.consoleErrors, []);
    await assertNoViolations(ok, 'the good integrity page');
    await ok.close();

    const bad = await openPage(browser, `${sriServer.url}/gen/wrong.html`);
    assert.ok(await eventually(() => bad.log.consoleErrors.some((t) => /integrity/i.test(t) && t.includes('procedure-guide.js'))), bad.log.consoleErrors.join('\n'));
    assert.equal(await bad.page.evaluate(() => customElements.get('procedure-guide')), undefined);
    assert.equal(await bad.page.locator('procedure-guide .fallback').isVisible(), true);
    await assertNoViolations(bad, 'the wrong integrity page');
    await bad.close();
  } finally {
    await sriServer.close();
  }
});

test('below the browser floor the fallback stays and the console says what is missing', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  // A browser without WebAssembly reference types: its validate() refuses that module.
  await context.addInitScript(() => {
    const validate = WebAssembly.validate;
    WebAssembly.validate = (bytes) => (new Uint8Array(bytes).includes(208) ? false : validate(bytes));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  await page.goto(`${server.url}/test-pages/loader-host.html`);
  assert.ok(await eventually(() => errors.some((t) => t.includes('lacks WebAssembly reference types'))), errors.join('\n'));
  assert.equal(await page.locator('procedure-guide .fallback').isVisible(), true);
  assert.deepEqual(wasm, [], 'nothing is downloaded for nothing');
  await assertHostWorks(page);
  await context.close();
});

test('loading the script twice, and a second copy elsewhere, defines the element once', async () => {
  const wasm = [];
  const opened = await openPage(browser, 'about:blank');
  const warnings = [];
  opened.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  opened.page.on('request', (r) => /\/procedure-guide-[0-9a-f]{16}\.wasm$/.test(r.url()) && wasm.push(r.url()));
  await opened.page.goto(`${server.url}/test-pages/loader-twice.html`);
  const { page, log } = opened;
  await page.locator('procedure-guide .pg-catalogue__title', { hasText: TITLE }).waitFor();
  assert.equal(wasm.length, 1, wasm.join('\n'));
  assert.equal(
    await page.evaluate(() => customElements.get('procedure-guide').source),
    `${server.url}/procedure-guide/procedure-guide.js`,
  );
  assert.ok(warnings.some((w) => w.includes('loaded twice') && w.includes('/copy/procedure-guide.js')), warnings.join('\n'));
  // One shadow root, one app: the widget works.
  await page.locator('procedure-guide input[type="search"]').fill('ket hon');
  assert.ok((await page.locator('procedure-guide .pg-result').count()) < catalogue.procedures.length);
  assert.equal(await page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.querySelectorAll('.pg-root').length), 1);
  assert.deepEqual(log.consoleErrors, []);
  await assertNoViolations(opened, 'the twice-loaded page');
  await opened.close();
});

async function crashPanels(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('procedure-guide')].map((e) => ({
      panel: e.shadowRoot.querySelector('.pg-crash')?.textContent ?? null,
      app: Boolean(e.shadowRoot.querySelector('.pg-catalogue__title')),
      styled: e.shadowRoot.querySelectorAll('[style]').length,
    })),
  );
}

test('a panic shows the error panel in every widget; reload brings working widgets back', async () => {
  const opened = await openPage(browser, `${server.url}/test-pages/loader-panic.html`, { viewport: PHONE });
  const { page, log } = opened;
  const one = page.locator('#mot');
  const two = page.locator('#hai');
  await one.locator('.pg-catalogue__title').waitFor();
  await two.locator('.pg-catalogue__title').waitFor();
  for (let round = 1; round <= 2; round++) {
    await one.locator('.pg-catalogue__title').click();
    await one.locator('.pg-crash').waitFor();
    await two.locator('.pg-crash').waitFor();
    const panels = await crashPanels(page);
    for (const p of panels) {
      assert.match(p.panel, /Tiện ích gặp lỗi và đã dừng\..*The widget stopped because of an error\./s);
      assert.match(p.panel, /Tải lại tiện ích \/ Reload the widget/);
      assert.equal(p.app, false, 'the dead app is gone');
      assert.equal(p.styled, 0);
    }
    assert.ok(log.consoleErrors.some((t) => t.includes('stopped because of an error') && t.includes('test-panic')), log.consoleErrors.join('\n'));
    assert.equal(await page.locator('procedure-guide .fallback').first().isVisible(), false);
    if (round === 1) {
      await screenshot(page, 'loader-panic-phone');
      await page.setViewportSize(DESKTOP);
      await screenshot(page, 'loader-panic-desktop');
      await page.setViewportSize(PHONE);
      await assertHostWorks(page);
    }
    // Reload from the second widget: both come back, on a fresh instance.
    await two.locator('.pg-crash__reload').click();
    await one.locator('.pg-catalogue__title').waitFor();
    await two.locator('.pg-catalogue__title').waitFor();
    assert.equal(await page.locator('procedure-guide .pg-crash').count(), 0);
    await two.locator('input[type="search"]').fill('ket hon');
    await eventually(async () => (await two.locator('.pg-result').count()) < catalogue.procedures.length);
    assert.ok((await two.locator('.pg-result').count()) < catalogue.procedures.length, 'the reloaded widget searches');
    assert.equal(await one.locator('.pg-result').count(), catalogue.procedures.length);
  }
  assert.ok(log.pageErrors.every((e) => /RuntimeError|unreachable/.test(e)), log.pageErrors.join('\n'));
  await assertNoViolations(opened, 'the panic page');
  await opened.close();
});

test('a panic during the mount shows the panel instead of a blank area', async () => {
  const pages = tempDir('pg-mount-panic-');
  writeFileSync(
    join(pages, 'mount.html'),
    `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Mount panic</title><link rel="icon" href="/favicon.svg">
<script type="module" src="/procedure-guide/procedure-guide.js"></script></head>
<body><h1>Mount panic</h1><procedure-guide catalogue="/catalogue.json" test-panic="mount"></procedure-guide></body></html>`,
  );
  const s = await serveBuild({ roots: [{ prefix: '/', dir: DIST }, { prefix: '/gen/', dir: pages }] });
  try {
    const opened = await openPage(browser, `${s.url}/gen/mount.html`);
    await opened.page.locator('procedure-guide .pg-crash').waitFor();
    assert.ok(opened.log.consoleErrors.some((t) => t.includes('forced on mount')), opened.log.consoleErrors.join('\n'));
    await assertNoViolations(opened, 'the mount panic page');
    await opened.close();
  } finally {
    await s.close();
  }
});

test('the <div data-procedure-guide> form works, also added later and when its data changes', async () => {
  const opened = await openPage(browser, `${server.url}/test-pages/loader-div.html`);
  const { page, log } = opened;
  const first = page.locator('#first procedure-guide');
  await first.locator('.pg-search label', { hasText: 'Find a procedure' }).waitFor();
  assert.deepEqual(
    await page.evaluate(() => {
      const e = document.querySelector('#first procedure-guide');
      return { id: e.id, catalogue: e.getAttribute('catalogue'), onclick: e.getAttribute('onclick'), fallback: Boolean(e.querySelector('.fallback')) };
    }),
    { id: 'dau', catalogue: '../catalogue.json', onclick: null, fallback: true },
  );
  // A data attribute changed by the content system: the widget follows.
  await page.evaluate(() => { document.getElementById('first').dataset.lang = 'vi'; });
  await first.locator('.pg-search label', { hasText: 'Tìm thủ tục' }).waitFor();
  // A div added after load.
  await page.locator('#add-div').click();
  await page.locator('#later procedure-guide .pg-catalogue__title', { hasText: TITLE }).waitFor();
  assert.equal(await page.locator('procedure-guide').count(), 2);
  assert.equal(await page.evaluate(() => window.__pgInjected), undefined);
  assert.deepEqual(log.consoleErrors, []);
  await assertNoViolations(opened, 'the div page');
  await opened.close();
});

test('the standalone page maps query parameters and works in an <iframe>', async () => {
  const some = catalogue.procedures[0];
  const direct = await openPage(
    browser,
    `${server.url}/procedure-guide/procedure-guide-frame.html?catalogue=../catalogue.json&lang=en&procedure=${encodeURIComponent(some.id)}&mode=volunteer&style=x&share-page=https://example.com/&test-panic=click&forget-after-days=1`,
  );
  const element = direct.page.locator('procedure-guide');
  await element.locator('.pg-root').first().waitFor();
  assert.deepEqual(
    await direct.page.evaluate(() => {
      const e = document.querySelector('procedure-guide');
      return { names: e.getAttributeNames().sort(), lang: document.documentElement.lang, parent: e.parentElement.id };
    }),
    { names: ['catalogue', 'lang', 'mode', 'procedure'], lang: 'en', parent: 'pg-frame' },
  );
  assert.equal(await direct.page.locator('#pg-frame-fallback').isVisible(), false);
  assert.deepEqual(errorsBesideFavicon(direct.log), []);
  await assertNoViolations(direct, 'the standalone page');
  await direct.close();

  const framed = await openPage(browser, `${server.url}/test-pages/loader-iframe.html`);
  const frame = framed.page.frameLocator('iframe');
  await frame.locator('procedure-guide .pg-search label', { hasText: 'Find a procedure' }).waitFor();
  await frame.locator('procedure-guide input[type="search"]').fill('ket hon');
  assert.ok((await frame.locator('procedure-guide .pg-result').count()) < catalogue.procedures.length);
  const frameViolations = await framed.page.frames()[1].evaluate(() => window.__pgViolations ?? []);
  assert.deepEqual(frameViolations, []);
  await assertNoViolations(framed, 'the iframe host page');
  assert.deepEqual(errorsBesideFavicon(framed.log), []);
  await framed.close();

  const missing = await openPage(browser, `${server.url}/procedure-guide/procedure-guide-frame.html`);
  assert.ok(await eventually(() => missing.log.consoleErrors.some((t) => t.includes('needs a catalogue parameter'))));
  assert.equal(await missing.page.locator('#pg-frame-fallback').isVisible(), true);
  await missing.close();
});

test('as share-page target, the standalone page opens a shared journey', async () => {
  const pages = tempDir('pg-share-frame-');
  const target = '/procedure-guide/procedure-guide-frame.html?catalogue=/catalogue.json&id=huong-dan';
  writeFileSync(
    join(pages, 'host.html'),
    `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>share-page</title><link rel="icon" href="/favicon.svg">
<script type="module" src="/procedure-guide/procedure-guide.js"></script></head>
<body><h1>share-page</h1><procedure-guide id="huong-dan" catalogue="/catalogue.json" share-page="${target.replace(/&/g, '&amp;')}"></procedure-guide></body></html>`,
  );
  const s = await serveBuild({ roots: [{ prefix: '/', dir: DIST }, { prefix: '/gen/', dir: pages }] });
  try {
    const opened = await openPage(browser, `${s.url}/gen/host.html#/router`);
    const W = 'procedure-guide';
    await opened.page.locator(`${W} .pg-result`).first().click();
    await opened.page.locator(`${W} .pg-viewnav__button[data-view="summary"]`).click();
    await opened.page.locator(`${W} .pg-share__create`).click();
    const field = opened.page.locator(`${W} .pg-share__link`);
    await eventually(async () => (await field.inputValue()).includes('#pg-'));
    const link = await field.inputValue();
    assert.ok(link.startsWith(`${s.url}${target}#pg-huong-dan=`), link);
    await assertNoViolations(opened, 'the share-page host');
    await opened.close();

    // Opened elsewhere (a fresh context: another device), the standalone page shows it.
    const there = await openPage(browser, link);
    await there.page.locator(`${W} .pg-journey[data-view="summary"]`).waitFor();
    assert.equal(there.page.url(), `${s.url}${target}`, 'the fragment is read once and removed');
    assert.deepEqual(errorsBesideFavicon(there.log), []);
    await assertNoViolations(there, 'the standalone share page');
    await there.close();
  } finally {
    await s.close();
  }
});

test('the test hooks do nothing on a page not served from this machine', async () => {
  // The same page under a department-like host name (mapped to this machine): a copied
  // test-panic or idle-timeout attribute must not stop or reset anyone's widget.
  const port = new URL(server.url).port;
  const remote = await launchBrowser([`--host-resolver-rules=MAP phuong.example.gov.vn 127.0.0.1`]);
  try {
    const opened = await openPage(remote, `http://phuong.example.gov.vn:${port}/test-pages/loader-panic.html`);
    const one = opened.page.locator('#mot');
    await one.locator('.pg-catalogue__title').waitFor();
    await one.locator('.pg-catalogue__title').click();
    await one.locator('input[type="search"]').fill('ket hon');
    assert.ok(await eventually(async () => (await one.locator('.pg-result').count()) < catalogue.procedures.length));
    assert.equal(await opened.page.locator('procedure-guide .pg-crash').count(), 0, 'no panic from the hook');
    assert.deepEqual(opened.log.pageErrors, []);
    await opened.close();
  } finally {
    await remote.close();
  }
});

test('host scripts hear a failed load and a panic as procedure-guide:error', async () => {
  const record = () => {
    window.__pgErrors = [];
    document.addEventListener('procedure-guide:error', (e) =>
      window.__pgErrors.push({ target: e.target.id || e.target.nodeName, ...e.detail }));
  };
  const wasm = wasmName();
  const broken = await serveWithoutWasm(wasm);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(record);
    await page.goto(`${broken.url}/test-pages/loader-host.html`);
    assert.ok(await eventually(() => page.evaluate(() => window.__pgErrors.length > 0)));
    const [failed] = await page.evaluate(() => window.__pgErrors);
    assert.equal(failed.kind, 'loader');
    assert.equal(failed.reason, 'load-failed');
    assert.match(failed.message, /HTTP 404/);

    await page.goto(`${server.url}/test-pages/loader-panic.html`);
    await page.locator('#mot .pg-catalogue__title').click();
    await page.locator('#hai .pg-crash').waitFor();
    assert.ok(await eventually(() => page.evaluate(() => window.__pgErrors.filter((e) => e.kind === 'panic').length === 2)));
    const panics = await page.evaluate(() => window.__pgErrors.filter((e) => e.kind === 'panic').map((e) => e.target).sort());
    assert.deepEqual(panics, ['hai', 'mot'], 'each widget says so');
  } finally {
    await context.close();
    await broken.close();
  }
});
