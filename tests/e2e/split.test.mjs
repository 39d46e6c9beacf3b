// The two wasm modules (issue 14): the list renders from the main module alone; the
// journey page's module is fetched once per page, when the browser is idle after first
// render or at once when a journey opens directly (a share link: both modules in
// parallel, no waterfall); a journey module that cannot be fetched shows a message with
// "try again" inside the widget, and trying again once the network is back works.
//
// The unsplit build (PG_SPLIT=0) has its own smoke run: tests/e2e-unsplit/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DIST, PHONE, axeViolations, eventually, openPage, sampleCatalogue, screenshot, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const FOLDER = join(DIST, 'procedure-guide');
const names = readdirSync(FOLDER);
const JOURNEY = names.find((n) => /^procedure-guide-journey-[0-9a-f]{16}\.wasm$/.test(n));
const MAIN = names.find((n) => /^procedure-guide-[0-9a-f]{16}\.wasm$/.test(n));
if (!JOURNEY) throw new Error(`no journey module in ${FOLDER}: this file tests the split build (tests/e2e-unsplit/ the other)`);
const catalogue = sampleCatalogue();
const first = catalogue.procedures.find((p) => p.status !== 'withdrawn');
const second = catalogue.procedures.find((p) => p.status !== 'withdrawn' && p.id !== first.id);

/** Every .wasm request of the page, by file name, in order. */
function wasmRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) seen.push(name);
  });
  return seen;
}

async function openProcedure(page, procedure) {
  await page.getByRole('button', { name: textIn(procedure.name), exact: false }).first().click();
}

test('the list renders without the journey module, which then comes once, when the browser is idle', async () => {
  const opened = await openPage(browser, 'about:blank', { viewport: PHONE });
  const { page } = opened;
  const seen = wasmRequests(page);
  // Nothing of the journey before first render: with the catalogue held back, the main
  // module is in and mounted, and the journey module is still not asked for.
  let releaseCatalogue;
  const catalogueHeld = new Promise((resolve) => { releaseCatalogue = resolve; });
  await page.route('**/catalogue.json', async (route) => {
    await catalogueHeld;
    await route.continue();
  });
  // The journey module held back: the list must not wait for it.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(`**/${JOURNEY}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${server.url}/`);
  await page.getByRole('status').filter({ hasText: 'Đang tải danh mục thủ tục' }).waitFor();
  await page.waitForTimeout(1500);
  assert.deepEqual(seen, [MAIN], 'only the main module before the list has rendered');
  releaseCatalogue();
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).waitFor();
  await page.getByRole('button', { name: textIn(first.name), exact: false }).first().waitFor();
  // Idle after first render: the prefetch starts by itself.
  assert.ok(await eventually(() => seen.includes(JOURNEY), 8000), `prefetched: ${seen.join(', ')}`);
  release();
  await openProcedure(page, first);
  await page.getByRole('heading', { level: 2, name: textIn(first.name) }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Tổng quan' }).waitFor();
  await page.getByRole('button', { name: /Danh sách thủ tục/ }).first().click();
  await openProcedure(page, second);
  await page.getByRole('heading', { level: 2, name: textIn(second.name) }).waitFor();
  assert.deepEqual(seen.filter((n) => n === JOURNEY), [JOURNEY], 'fetched once per page');
  assert.deepEqual(seen.filter((n) => n === MAIN), [MAIN]);
  assert.deepEqual(opened.log.pageErrors, []);
  assert.deepEqual(await opened.violations(), []);
  await opened.close();
});

test('two widgets on one page share one fetch of each module', async () => {
  const opened = await openPage(browser, 'about:blank');
  const { page } = opened;
  const seen = wasmRequests(page);
  await page.goto(`${server.url}/test-pages/loader-twice.html`);
  await page.locator('procedure-guide').first().getByRole('searchbox').waitFor();
  assert.ok(await eventually(() => seen.includes(JOURNEY), 8000), seen.join(', '));
  await page.waitForTimeout(500);
  assert.deepEqual(seen.sort(), [JOURNEY, MAIN].sort());
  await opened.close();
});

test('a journey module that cannot be fetched says so inside the widget, and "try again" recovers', async () => {
  const opened = await openPage(browser, 'about:blank', { viewport: PHONE });
  const { page } = opened;
  let blocked = true;
  let attempts = 0;
  await page.route(`**/${JOURNEY}`, async (route) => {
    attempts += 1;
    if (blocked) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await page.goto(`${server.url}/`);
  await openProcedure(page, first);
  const alert = page.getByRole('alert').filter({ hasText: 'Không tải được phần hướng dẫn từng bước' });
  await alert.waitFor();
  // The page around it is the procedure's: its heading, and the way back to the list.
  await page.getByRole('heading', { level: 2, name: textIn(first.name) }).waitFor();
  assert.equal(await page.getByRole('button', { name: /Danh sách thủ tục/ }).count(), 1);
  assert.deepEqual(await axeViolations(page), [], 'axe-core: the failed journey module');
  await screenshot(page, 'split-journey-failed-phone');
  blocked = false;
  const before = attempts;
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await page.getByRole('heading', { level: 3, name: 'Tổng quan' }).waitFor();
  assert.ok(attempts > before, 'trying again fetched again');
  assert.equal(await alert.count(), 0);
  assert.deepEqual(opened.log.pageErrors, []);
  await opened.close();
});

test('a share link fetches both modules at once, and opens its journey', async () => {
  // A link made as a person makes one.
  const maker = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await openProcedure(maker.page, first);
  await maker.page.getByRole('heading', { level: 3, name: 'Tổng quan' }).waitFor();
  const W = 'procedure-guide';
  await maker.page.locator(`${W} .pg-journey`).waitFor();
  // The summary holds the share box; the parts line on a phone opens the list first.
  const { goToPart } = await import('./harness.mjs');
  await goToPart(maker.page, 'summary');
  await maker.page.getByRole('button', { name: 'Tạo đường dẫn chia sẻ' }).click();
  const link = await maker.page.getByRole('textbox', { name: /Đường dẫn/ }).inputValue();
  await maker.close();
  assert.match(link, /#pg-[a-z0-9-]+=/);

  const opened = await openPage(browser, 'about:blank', { viewport: PHONE });
  const { page } = opened;
  const seen = wasmRequests(page);
  // The main module is held until the journey module's request has started: with a
  // waterfall (journey fetched only once the main module runs) this never happens.
  let journeyAsked;
  const journeyStarted = new Promise((resolve) => { journeyAsked = resolve; });
  page.on('request', (r) => r.url().endsWith(JOURNEY) && journeyAsked(true));
  let parallel;
  await page.route(`**/${MAIN}`, async (route) => {
    parallel = await Promise.race([journeyStarted, new Promise((r) => setTimeout(() => r(false), 5000))]);
    await route.continue();
  });
  await page.goto(link);
  // The link was made on the summary, and opens there.
  await page.getByRole('heading', { level: 3, name: /Tóm tắt/ }).waitFor();
  assert.equal(parallel, true, `the journey module asked for while the main one was still loading: ${seen.join(', ')}`);
  assert.deepEqual(seen.filter((n) => n === JOURNEY), [JOURNEY]);
  assert.deepEqual(opened.log.consoleErrors, []);
  await opened.close();
});

test('after a panic and "reload", a journey opens again: the fresh instance gets its own journey module', async () => {
  const opened = await openPage(browser, 'about:blank', { viewport: PHONE });
  const { page, log } = opened;
  const seen = wasmRequests(page);
  await page.goto(`${server.url}/test-pages/loader-panic.html`);
  const one = page.locator('#mot');
  const two = page.locator('#hai'); // in English
  await two.getByRole('button', { name: textIn(first.name, 'en'), exact: false }).first().click();
  await two.getByRole('heading', { level: 3, name: 'Overview' }).waitFor();
  // The test page's hook: a click on the first widget's title panics.
  await one.locator('.pg-catalogue__title').click();
  await two.getByRole('button', { name: /Tải lại tiện ích/ }).click();
  await two.getByRole('button', { name: textIn(second.name, 'en'), exact: false }).first().click();
  await two.getByRole('heading', { level: 3, name: 'Overview' }).waitFor();
  await two.getByRole('heading', { level: 2, name: textIn(second.name, 'en') }).waitFor();
  // Compiled once for the page; instantiated again against the new instance's memory.
  assert.deepEqual(seen.filter((n) => n === JOURNEY), [JOURNEY]);
  assert.ok(log.pageErrors.every((e) => /RuntimeError|unreachable/.test(e)), log.pageErrors.join('\n'));
  await opened.close();
});

test("a catalogue's problems are listed from the journey module; when it cannot come, the notice stays with a retry", async () => {
  const opened = await openPage(browser, 'about:blank', { viewport: PHONE });
  const { page } = opened;
  let blocked = true;
  await page.route(`**/${JOURNEY}`, async (route) => {
    if (blocked) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await page.goto(`${server.url}/test-pages/broken-catalogue.html`);
  const notice = page.locator('procedure-guide .pg-notice').filter({ hasText: 'Danh mục có lỗi' });
  await notice.waitFor();
  // What the main module knows: there are problems, in this file.
  assert.match(await notice.textContent(), /broken-catalogue\.json/);
  await notice.getByText('Không tải được danh sách các vấn đề').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'axe-core: the problems list that could not come');
  blocked = false;
  await notice.getByRole('button', { name: 'Thử lại' }).click();
  await notice.getByText(/E012/).waitFor();
  assert.match(await notice.textContent(), /procedures\[1\]\.agencies\[0\]/);
  // The rest of the catalogue was usable all along.
  assert.equal(await page.locator('procedure-guide').getByRole('button', { name: /Xác nhận tình trạng hôn nhân/ }).count(), 1);
  await opened.close();
});
