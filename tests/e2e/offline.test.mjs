// The optional offline service worker: with `offline` set, the standalone page, the
// widget and the catalogue come back with the network off.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, eventually, goToPart, sampleCatalogue, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
const catalogue = sampleCatalogue();
const W = 'procedure-guide';

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

test('with the offline service worker, the page and the widget work with the network off', async () => {
  const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const url = `${server.url}/procedure-guide/procedure-guide-frame.html?catalogue=../catalogue.json&offline=`;
  await page.goto(url);
  await page.locator(`${W} .pg-result`).first().waitFor();
  assert.ok(await eventually(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))), 'the page is controlled');
  // Once controlled, a visit fills the copy.
  await page.reload();
  await page.locator(`${W} .pg-result`).first().waitFor();
  await page.locator(`${W} .pg-result__code`, { hasText: '2.000635' }).click();
  await goToPart(page, 'documents');
  await page.locator(`${W} .pg-checklist .pg-tick input[type="checkbox"]`).first().check();

  await context.setOffline(true);
  await page.reload();
  await page.locator(`${W} .pg-journey[data-procedure="2.000635"][data-view="documents"]`).waitFor();
  assert.equal(await page.locator(`${W} .pg-checklist .pg-tick input[type="checkbox"]`).first().isChecked(), true);
  await page.locator(`${W} .pg-back`).click();
  assert.equal(await page.locator(`${W} .pg-result`).count(), catalogue.procedures.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without the attribute no service worker is registered', async () => {
  const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const workerRequests = [];
  page.on('request', (request) => {
    if (request.url().includes('procedure-guide-sw')) workerRequests.push(request.url());
  });
  // The widget's `ready` event (the catalogue is shown), recorded from before any script.
  await page.addInitScript(() => {
    window.__pgReady = false;
    document.addEventListener('procedure-guide:ready', () => {
      window.__pgReady = true;
    });
  });
  // Loaded when the network has settled: the loader, the wasm, the catalogue and,
  // had the loader registered one, the service worker's script have all been asked for.
  await page.goto(`${server.url}/procedure-guide/procedure-guide-frame.html?catalogue=../catalogue.json`, {
    waitUntil: 'networkidle',
  });
  await page.waitForFunction(() => window.__pgReady === true);
  await page.locator(`${W} .pg-result`).first().waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  assert.deepEqual(workerRequests, [], 'the service worker script was never fetched');
  await context.close();
});
