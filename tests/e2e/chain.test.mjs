// The build-and-test chain end to end: the release build of the widget, served
// under the strict CSP, renders inside the element's shadow root, answers clicks
// and keys, keeps the host's fallback when the wasm is missing, and says so when
// the catalogue is missing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DIST, eventually, openPage, sampleCatalogue, serveBuild, tabTo, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

test('the demo page renders the widget inside a shadow root under the strict CSP', async () => {
  const catalogue = sampleCatalogue();
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`);
  const title = page.locator('procedure-guide .pg-catalogue__title');
  await title.waitFor();
  assert.equal(await title.textContent(), textIn(catalogue.catalogue.title));
  assert.equal(
    await page.locator('procedure-guide [data-testid="result-count"] strong').textContent(),
    String(catalogue.procedures.length),
  );
  const placement = await page.evaluate(() => {
    const element = document.querySelector('procedure-guide');
    return {
      inShadow: Boolean(element.shadowRoot?.querySelector('.pg-catalogue__title')),
      inLightDom: Boolean(element.querySelector('.pg-catalogue__title')),
      fallbackVisible: element.querySelector('.fallback').getClientRects().length > 0,
      styleAttributes: element.shadowRoot.querySelectorAll('[style]').length,
    };
  });
  assert.deepEqual(placement, { inShadow: true, inLightDom: false, fallbackVisible: false, styleAttributes: 0 });
  assert.deepEqual(await violations(), []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.failedResponses, []);
  await close();
});

test('clicks and keys work inside the shadow root', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`);
  const search = page.locator('procedure-guide input[type="search"]');
  await search.waitFor();
  // Keyboard only: Tab from the top of the host page into the shadow root.
  assert.ok(await tabTo(page, 'input[type="search"]'), 'Tab reaches the search box inside the shadow root');
  await page.keyboard.type('dang ky khai sinh');
  const first = page.locator('procedure-guide .pg-result').first();
  await assert.doesNotReject(first.filter({ hasText: 'Thủ tục đăng ký khai sinh' }).waitFor({ timeout: 5000 }));
  assert.ok(await tabTo(page, '.pg-result'), 'Tab reaches the first result');
  await page.keyboard.press('Enter');
  const heading = page.locator('procedure-guide .pg-procedure__title');
  await heading.waitFor();
  assert.equal(await heading.textContent(), 'Thủ tục đăng ký khai sinh');
  // Focus went to the heading, for screen readers.
  assert.equal(
    await page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.activeElement?.className),
    'pg-view__title',
  );
  // Back with the keyboard keeps the query.
  await page.locator('procedure-guide .pg-back').focus();
  await page.keyboard.press('Enter');
  await search.waitFor();
  assert.equal(await search.inputValue(), 'dang ky khai sinh');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(log.consoleErrors, []);
  await close();
});

test('the violation listener is live: a style attribute on a canary page is reported', async () => {
  const { page, violations, close } = await openPage(browser, `${server.url}/test-pages/csp-canary.html`);
  await page.locator('#canary').waitFor();
  await page.waitForFunction(() => window.__pgViolations.length > 0);
  const recorded = await violations();
  assert.equal(recorded.length, 1);
  assert.match(recorded[0].directive, /^style-src/);
  await close();
});

test('the fallback content stays and the console says why when the wasm is missing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-no-wasm-'));
  cpSync(DIST, dir, { recursive: true });
  const folder = join(dir, 'procedure-guide');
  // The main module (the journey module comes after first render: tests/e2e/split.test.mjs).
  const wasm = readdirSync(folder).filter((name) => /^procedure-guide-[0-9a-f]{16}\.wasm$/.test(name));
  assert.equal(wasm.length, 1, 'one main wasm in the release folder');
  rmSync(join(folder, wasm[0]));
  const broken = await serveBuild({ dist: dir });
  try {
    const { page, log, close } = await openPage(browser, `${broken.url}/`);
    const said = await eventually(() => log.consoleErrors.some((t) => t.includes('fallback content stays')));
    assert.ok(said, `console errors: ${log.consoleErrors.join('\n')}`);
    assert.ok(log.failedResponses.some((r) => r.startsWith('404') && r.endsWith(wasm[0])), log.failedResponses.join('\n'));
    assert.equal(await page.locator('procedure-guide .fallback').isVisible(), true);
    assert.equal(await page.locator('h1').textContent(), 'Hướng dẫn thủ tục hành chính');
    await close();
  } finally {
    await broken.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing catalogue shows a message naming the file', async () => {
  const { page, violations, close } = await openPage(browser, `${server.url}/test-pages/missing-catalogue.html`);
  const alert = page.locator('procedure-guide [role="alert"]');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /Không tải được danh mục thủ tục/);
  assert.match(text, /does-not-exist\.json/);
  assert.match(text, /HTTP 404/);
  assert.ok(await page.locator('procedure-guide button', { hasText: 'Thử lại' }).isVisible());
  assert.deepEqual(await violations(), []);
  await close();
});

