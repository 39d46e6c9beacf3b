// Network faults on the catalogue (Playwright route interception): 404, 500, a slow
// answer past the `timeout` attribute, an HTML page, a truncated body, a wrong content
// type, and the network lost after a first good load, when the copy kept on the device
// is shown with its date and the ticks are still there. Then a gzip answer larger than
// the limit once decoded, from the test server (a precompressed file, as nginx's
// gzip_static sends it, with the compressed size as Content-Length).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DESKTOP, DIST, ROOT, openPage, sampleCatalogue, screenshot, serveBuild, useBrowserAndServer } from './harness.mjs';

let browser;
let server;
const catalogue = sampleCatalogue();
const W = 'procedure-guide';
const BYTES = readFileSync(`${ROOT}www/catalogue.json`);
const PAGE = '/examples/theming.html';

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

/** Opens the page with the catalogue answered by `handler`, and `timeout="2"` set. */
async function openWith(handler, context) {
  const ctx = context ?? (await browser.newContext({ viewport: DESKTOP }));
  const page = await ctx.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.route('**/catalogue.json', handler);
  await page.addInitScript(() => {
    // Before the loader reads the attributes: fail fast in the timeout test.
    document.addEventListener('DOMContentLoaded', () => document.querySelector('procedure-guide')?.setAttribute('timeout', '2'));
  });
  await page.goto(`${server.url}${PAGE}`);
  return { page, ctx, pageErrors };
}

/** The error panel's text; `problems`: once its list of problems (journey module) is in. */
async function errorText(page, { problems = false } = {}) {
  const error = page.locator(`${W} .pg-error`);
  await error.waitFor();
  if (problems) await error.locator('.pg-diagnostics').waitFor();
  assert.ok(await error.locator('button').isVisible(), 'a retry button');
  return error.textContent();
}

test('404 and 500: a message with the status, and a retry that works once the server does', async () => {
  for (const status of [404, 500]) {
    let failing = true;
    const { page, ctx, pageErrors } = await openWith((route) =>
      failing ? route.fulfill({ status, body: 'no' }) : route.continue());
    assert.match(await errorText(page), new RegExp(`Máy chủ trả lời lỗi \\(HTTP ${status}\\)`));
    failing = false;
    await page.locator(`${W} .pg-error button`).click();
    await page.locator(`${W} .pg-result`).first().waitFor();
    assert.deepEqual(pageErrors, []);
    await ctx.close();
  }
});

test('an answer slower than the timeout ends in a message, not an endless wait', async () => {
  const started = Date.now();
  const { page, ctx, pageErrors } = await openWith(async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 30000));
    await route.fulfill({ body: BYTES }).catch(() => {});
  });
  assert.match(await errorText(page), /Máy chủ không trả lời kịp/);
  assert.ok(Date.now() - started < 15000, `gave up after ${Date.now() - started} ms`);
  await screenshot(page, 'network-timeout-desktop');
  assert.deepEqual(pageErrors, []);
  await ctx.close();
});

test('an HTML page, a truncated body: the problem named; a wrong content type still loads', async () => {
  for (const [body, expected] of [
    ['<!doctype html><html><body>502 Bad Gateway</body></html>', /HTML/],
    [BYTES.subarray(0, Math.floor(BYTES.length / 2)), /\$|procedures/],
  ]) {
    const { page, ctx, pageErrors } = await openWith((route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }));
    const text = await errorText(page, { problems: true });
    assert.match(text, /không phải là danh mục|not a valid/i);
    assert.match(text, expected);
    assert.deepEqual(pageErrors, []);
    await ctx.close();
  }
  const { page, ctx } = await openWith((route) => route.fulfill({ status: 200, contentType: 'text/plain', body: BYTES }));
  await page.locator(`${W} .pg-result`).first().waitFor();
  assert.equal(await page.locator(`${W} .pg-result`).count(), catalogue.procedures.length);
  await ctx.close();
});

test('offline after a first good load: the saved copy is shown with its date, ticks intact', async () => {
  const ctx = await browser.newContext({ viewport: DESKTOP });
  const first = await openWith((route) => route.continue(), ctx);
  const w = first.page.locator(W);
  await w.locator('.pg-result', { hasText: 'Cấp bản sao Trích lục' }).click();
  await w.locator('.pg-viewnav__button[data-view="documents"]').click();
  await w.locator('.pg-checklist .pg-tick input[type="checkbox"]').first().check();
  await w.locator('.pg-back').click();
  await first.page.close();

  // The network is gone for the catalogue: the saved copy, flagged, with today's date.
  const second = await openWith((route) => route.abort('internetdisconnected'), ctx);
  const notice = second.page.locator(`${W} .pg-offline`);
  await notice.waitFor();
  const now = new Date();
  const today = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
  assert.match(await notice.textContent(), new RegExp(`bản đã lưu trên thiết bị này ngày ${today}`));
  assert.equal(await second.page.locator(`${W} .pg-result`).count(), catalogue.procedures.length);
  await second.page.locator(`${W} .pg-in-progress__item[data-procedure="2.000635"] button`).click();
  await second.page.locator(`${W} .pg-viewnav__button[data-view="documents"]`).click();
  assert.equal(await second.page.locator(`${W} .pg-checklist .pg-tick input[type="checkbox"]`).first().isChecked(), true);
  await screenshot(second.page, 'network-offline-copy-desktop');
  // Back online: retry replaces the copy and the notice goes.
  await second.page.unroute('**/catalogue.json');
  await second.page.locator(`${W} .pg-back`).click();
  await second.page.locator(`${W} .pg-offline button`).click();
  await second.page.locator(`${W} .pg-offline`).waitFor({ state: 'detached' });
  assert.deepEqual(second.pageErrors, []);
  await ctx.close();
});

test('a gzip answer is held to the size limit on its decoded bytes; a normal gzip catalogue still loads', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { gzipSync } = await import('node:zlib');
  const dir = mkdtempSync(join(tmpdir(), 'pg-gzip-'));
  try {
    // 64 MB once decoded (the sample, then white space), about 70 KB as sent.
    writeFileSync(join(dir, 'huge.json.gz'), gzipSync(Buffer.concat([BYTES, Buffer.alloc(64 * 1024 * 1024, 0x20)])));
    writeFileSync(join(dir, 'ok.json.gz'), gzipSync(BYTES));
    for (const name of ['huge', 'ok']) {
      writeFileSync(
        join(dir, `${name}.html`),
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="/favicon.svg">
<script type="module" src="/procedure-guide/procedure-guide.js"></script></head>
<body><procedure-guide catalogue="/gz/${name}.json"></procedure-guide></body></html>`,
      );
    }
    const s = await serveBuild({ roots: [{ prefix: '/', dir: DIST }, { prefix: '/gz/', dir }] });
    try {
      // What the browser is told: compressed, and a Content-Length far under 20 MB.
      const head = await fetch(`${s.url}/gz/huge.json`, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(head.headers.get('content-encoding'), 'gzip');
      assert.ok(Number(head.headers.get('content-length')) < 1024 * 1024, head.headers.get('content-length'));
      await head.body.cancel();

      const huge = await openPage(browser, `${s.url}/gz/huge.html`);
      const events = huge.page.evaluate(() => new Promise((resolve) => {
        document.addEventListener('procedure-guide:error', (e) => resolve(e.detail.reason));
      }));
      const error = huge.page.locator(`${W} .pg-error`);
      await error.waitFor();
      assert.match(await error.textContent(), /Tệp danh mục quá lớn \(hơn 20 MB\) nên không được tải/);
      assert.ok(await error.locator('button').isVisible(), 'a retry button');
      assert.equal(await events, 'too-large');
      assert.deepEqual(await huge.violations(), []);
      assert.deepEqual(huge.log.pageErrors, []);
      await huge.close();

      const ok = await openPage(browser, `${s.url}/gz/ok.html`);
      await ok.page.locator(`${W} .pg-result`).first().waitFor();
      assert.equal(await ok.page.locator(`${W} .pg-result`).count(), catalogue.procedures.length);
      assert.deepEqual(await ok.violations(), []);
      assert.deepEqual(ok.log.pageErrors, []);
      await ok.close();
    } finally {
      await s.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
