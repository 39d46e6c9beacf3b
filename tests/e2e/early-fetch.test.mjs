// The catalogue fetched beside the wasm (issue 14, "one round trip less"): the loader
// starts it as soon as an element is upgraded and hands the answer to the widget. The
// catalogue is asked for while the wasm is held back; one request serves every widget
// on the same catalogue, and a webmaster's <link rel="preload"> is taken rather than
// fetched again; a 404, a changed `catalogue` and a stalled answer end as they did
// before: the same message, the same retry, the same events.
//
// Requests are counted by the test server itself (every request passes `headersFor`),
// so a request answered from a preload is not counted as one and a second one on the
// network cannot hide; answers made up by the test (`route.fulfill`) are counted by
// their handler.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT, eventually, openPage, sampleCatalogue, textIn, useBrowserAndServer } from './harness.mjs';

let browser;
let server;
const hits = [];
const catalogue = sampleCatalogue();
const TITLE = textIn(catalogue.catalogue.title);
const TITLE_EN = textIn(catalogue.catalogue.title, 'en');
const OTHER_TITLE = 'Danh mục thử định dạng 1.1';
const BYTES = readFileSync(`${ROOT}www/catalogue.json`);
const LOADING = 'Đang tải hướng dẫn thủ tục…';

useBrowserAndServer(
  (b, s) => {
    browser = b;
    server = s;
  },
  {
    headersFor: (pathname) => {
      hits.push(pathname);
      return {};
    },
  },
);

/** Requests the server saw for `pathname` since the test began. */
const seen = (pathname) => hits.filter((p) => p === pathname).length;

/**
 * Opens `path` with the wasm held back, as on a slow connection, until `release()`;
 * `held` resolves once the wasm was asked for. `procedure-guide:*` events are recorded.
 */
async function openHeld(path, { catalogueRoute, waitUntil = 'load' } = {}) {
  hits.length = 0;
  const opened = await openPage(browser, 'about:blank');
  const { page } = opened;
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  let asked;
  const held = new Promise((resolve) => { asked = resolve; });
  await page.route('**/*.wasm', async (route) => {
    asked();
    await gate;
    await route.continue();
  });
  if (catalogueRoute) await page.route(catalogueRoute.pattern, catalogueRoute.handler);
  // What the page saw of each request, from the start (paths).
  const net = { asked: [], finished: [], failed: [] };
  const pathOf = (request) => new URL(request.url()).pathname;
  page.on('request', (r) => net.asked.push(pathOf(r)));
  page.on('requestfinished', (r) => net.finished.push(pathOf(r)));
  page.on('requestfailed', (r) => net.failed.push(pathOf(r)));
  net.warnings = [];
  page.on('console', (m) => m.type() === 'warning' && net.warnings.push(m.text()));
  await page.addInitScript(() => {
    window.__pgEvents = [];
    for (const type of ['ready', 'error']) {
      document.addEventListener(`procedure-guide:${type}`, (event) =>
        window.__pgEvents.push({ type, target: event.target.id, detail: JSON.parse(JSON.stringify(event.detail)) }));
    }
  });
  await page.goto(`${server.url}${path}`, { waitUntil });
  return { opened, page, release, held, net };
}

const events = (page, type) => page.evaluate((t) => window.__pgEvents.filter((e) => e.type === t), type);

/** No CSP violation, no uncaught error, nothing in the console. */
async function assertClean(opened) {
  assert.deepEqual(await opened.violations(), [], 'no CSP violations');
  assert.deepEqual(opened.log.pageErrors, [], 'no uncaught errors');
  assert.deepEqual(opened.log.consoleErrors, [], 'no console errors');
}

test('the catalogue is asked for and arrives while the wasm is still held back, and is used', async () => {
  const { opened, page, release, held, net } = await openHeld('/test-pages/loader-host.html');
  await held;
  assert.ok(await eventually(() => net.finished.includes('/catalogue.json')), 'the catalogue arrived');
  assert.equal(seen('/catalogue.json'), 1, 'the catalogue was requested before the wasm came');
  assert.ok(await page.getByRole('status').filter({ hasText: LOADING }).isVisible(), 'the wasm is still held back');
  release();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  assert.equal(seen('/catalogue.json'), 1, 'the widget took the early answer instead of fetching again');
  const ready = await events(page, 'ready');
  assert.equal(ready.length, 1);
  assert.equal(ready[0].detail.url, '../catalogue.json');
  assert.equal(ready[0].detail.procedures, catalogue.procedures.length);
  await assertClean(opened);
  await opened.close();
});

test('two widgets on one catalogue: one request, each its own copy; a preload is taken, not repeated', async () => {
  for (const path of ['/test-pages/early-fetch.html', '/test-pages/early-preload.html']) {
    const { opened, page, release, held, net } = await openHeld(path);
    await held;
    release();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByRole('heading', { name: TITLE_EN }).waitFor();
    // Both lists whole: neither copy was cut short by the other.
    for (const id of ['mot', 'hai']) {
      assert.equal(await page.locator(`#${id} .pg-result`).count(), catalogue.procedures.length, `${path} #${id}`);
    }
    assert.equal(seen('/catalogue.json'), 1, `${path}: one request for the catalogue`);
    assert.equal(seen('/procedure-guide/procedure-guide.js'), 1, `${path}: one request for the loader`);
    assert.deepEqual((await events(page, 'ready')).map((e) => e.target).sort(), ['hai', 'mot']);
    assert.deepEqual(net.warnings.filter((w) => /preload/i.test(w)), [], `${path}: no preload warning`);
    await assertClean(opened);
    await opened.close();
  }
  // EMBEDDING.md's caveat: a preload without `crossorigin` does not match the widget's
  // fetch (credentials differ), so the browser fetches the catalogue twice.
  const { opened, page, release, held, net } = await openHeld('/test-pages/early-preload-wrong.html');
  await held;
  release();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  assert.equal(seen('/catalogue.json'), 2, 'a preload with other credentials is not used');
  assert.ok(
    await eventually(() => net.warnings.some((w) => w.includes('credentials mode does not match'))),
    'Chromium says why in the console, as EMBEDDING.md tells',
  );
  await opened.close();
});

test("the demo department page preloads its catalogue: asked for with the page, fetched once", async () => {
  // www/index.html carries EMBEDDING.md's preload line, as a department page should; the
  // benchmark's time to interactive is measured on this page.
  // The loader is held back too: the catalogue must be on its way without it.
  let releaseLoader;
  const loaderGate = new Promise((resolve) => { releaseLoader = resolve; });
  const { opened, page, release, held, net } = await openHeld('/', {
    catalogueRoute: {
      pattern: '**/procedure-guide/procedure-guide.js',
      handler: async (route) => { await loaderGate; await route.continue(); },
    },
    waitUntil: 'commit',
  });
  assert.ok(await eventually(() => net.finished.includes('/catalogue.json')), 'the catalogue arrived');
  assert.ok(!net.finished.includes('/procedure-guide/procedure-guide.js'), 'while the loader was still held back');
  releaseLoader();
  await held;
  release();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  assert.equal(seen('/catalogue.json'), 1, 'one request for the catalogue: the widget took the preload');
  assert.deepEqual(net.warnings.filter((w) => /preload/i.test(w)), [], 'no preload warning');
  await assertClean(opened);
  await opened.close();
});

test('a 404 found before the wasm came: the same message, event and retry as before', async () => {
  let failing = true;
  let requests = 0;
  const { opened, page, release, held, net } = await openHeld('/test-pages/missing-catalogue.html', {
    catalogueRoute: {
      pattern: '**/does-not-exist.json',
      handler: (route) => {
        requests += 1;
        return failing
          ? route.fulfill({ status: 404, body: 'Not found' })
          : route.fulfill({ contentType: 'application/json', body: BYTES });
      },
    },
  });
  await held;
  assert.ok(await eventually(() => net.finished.includes('/test-pages/does-not-exist.json')), 'the 404 arrived');
  release();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Máy chủ trả lời lỗi \(HTTP 404\)/);
  assert.equal(await page.locator('procedure-guide .fallback').isVisible(), false, 'the widget says it, not the fallback');
  assert.deepEqual((await events(page, 'error')).map((e) => e.detail), [
    { kind: 'catalogue', reason: 'http-status', status: 404, url: 'does-not-exist.json' },
  ]);
  assert.equal(requests, 1);
  failing = false;
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  assert.equal(requests, 2, 'the retry fetched again');
  assert.equal((await events(page, 'ready')).length, 1);
  assert.deepEqual(opened.log.pageErrors, []);
  assert.deepEqual(await opened.violations(), []);
  await opened.close();
});

test('a changed catalogue is fetched anew: before the wasm came, and after the widget showed one', async () => {
  // Before: the early answer for the old URL is not the widget's.
  {
    const { opened, page, release, held } = await openHeld('/test-pages/loader-host.html');
    await held;
    assert.ok(await eventually(() => seen('/catalogue.json') === 1), 'the first URL was asked for early');
    await page.locator('procedure-guide').evaluate((e) => e.setAttribute('catalogue', 'format-1-1.json'));
    assert.ok(await eventually(() => seen('/test-pages/format-1-1.json') === 1), 'the new URL is asked for early too');
    release();
    await page.getByRole('heading', { name: OTHER_TITLE }).waitFor();
    assert.equal(await page.getByRole('heading', { name: TITLE }).count(), 0);
    assert.equal(seen('/test-pages/format-1-1.json'), 1);
    assert.deepEqual((await events(page, 'ready')).map((e) => e.detail.url), ['format-1-1.json']);
    await assertClean(opened);
    await opened.close();
  }
  // After: each change fetches, back to the first URL included (the early answer was
  // taken once and is gone).
  {
    const { opened, page, release } = await openHeld('/test-pages/loader-host.html');
    release();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    assert.equal(seen('/catalogue.json'), 1);
    const widget = page.locator('procedure-guide');
    await widget.evaluate((e) => e.setAttribute('catalogue', 'format-1-1.json'));
    await page.getByRole('heading', { name: OTHER_TITLE }).waitFor();
    await widget.evaluate((e) => e.setAttribute('catalogue', '../catalogue.json'));
    await page.getByRole('heading', { name: TITLE }).waitFor();
    assert.equal(seen('/test-pages/format-1-1.json'), 1);
    assert.equal(seen('/catalogue.json'), 2, 'the first catalogue fetched again, not the early answer reused');
    assert.deepEqual(
      (await events(page, 'ready')).map((e) => e.detail.url),
      ['../catalogue.json', 'format-1-1.json', '../catalogue.json'],
    );
    await assertClean(opened);
    await opened.close();
  }
});

test("a stalled early answer ends in the timeout message, counted from the widget's start", async () => {
  let stalled = true;
  let unstall;
  const stall = new Promise((resolve) => { unstall = resolve; });
  const { opened, page, release, held, net } = await openHeld('/test-pages/loader-host.html', {
    catalogueRoute: {
      pattern: '**/catalogue.json',
      handler: async (route) => {
        if (!stalled) return route.continue();
        await stall;
        return route.fulfill({ body: BYTES }).catch(() => {});
      },
    },
  });
  await held;
  assert.ok(await eventually(() => net.asked.includes('/catalogue.json')), 'the catalogue was asked for early');
  // Set before the widget mounts: its limit, 2 s.
  await page.locator('procedure-guide').evaluate((e) => e.setAttribute('timeout', '2'));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const released = Date.now();
  release();
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 20000 });
  const waited = Date.now() - released;
  assert.match(await alert.textContent(), /Máy chủ không trả lời kịp/);
  // Not sooner than the limit after the widget asked (the early request had been
  // waiting longer), and not endless.
  assert.ok(waited >= 1900 && waited < 15000, `the message came ${waited} ms after the wasm`);
  assert.deepEqual((await events(page, 'error')).map((e) => e.detail.reason), ['timeout']);
  // The stalled request was let go, not left open.
  assert.ok(await eventually(() => net.failed.includes('/catalogue.json')), 'the stalled request was aborted');
  stalled = false;
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  assert.deepEqual(opened.log.pageErrors, []);
  assert.deepEqual(await opened.violations(), []);
  await opened.close();
  unstall();
});
