// Storage faults: corrupt saved text, a state from a newer widget, a state whose
// procedure left the catalogue, storage that is full or refused. Never a panic, never a
// tick lost that could be kept, and a notice where something could not be kept.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, goToPart, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
const W = 'procedure-guide';
const PROC = '2.000635';

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

async function fresh(init) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (init) await page.addInitScript(init);
  await page.goto(`${server.url}/`);
  await page.locator(`${W} .pg-result`).first().waitFor();
  return { context, page, errors };
}

async function openProcedure(page) {
  await page.locator(`${W} .pg-result__code`, { hasText: PROC }).click();
  await page.locator(`${W} .pg-journey[data-procedure="${PROC}"]`).waitFor();
}

const savedKey = (page) => page.evaluate((p) => Object.keys(localStorage).find((k) => k.endsWith(`:${p}`)), PROC);

async function keyFor(page) {
  // Tick once so the widget writes its key, then read it back.
  await openProcedure(page);
  await goToPart(page, 'documents');
  await page.locator(`${W} .pg-checklist .pg-tick input[type="checkbox"]`).first().check();
  const key = await savedKey(page);
  assert.ok(key);
  await page.locator(`${W} .pg-back`).click();
  return key;
}

test('corrupt saved text: a notice, a fresh start, and the text kept until the person acts', async () => {
  const { context, page, errors } = await fresh();
  const key = await keyFor(page);
  for (const garbage of ['{"v":1,"p":"2.000635","k":[', 'not json at all', '[]', '{"v":"x"}']) {
    await page.evaluate(([k, g]) => localStorage.setItem(k, g), [key, garbage]);
    await page.reload();
    await page.locator(`${W} .pg-result, ${W} .pg-journey`).first().waitFor();
    if ((await page.locator(`${W} .pg-journey`).count()) === 0) await openProcedure(page);
    const notice = page.locator(`${W} .pg-notice--warning`, { hasText: 'Không đọc được tiến độ đã lưu' });
    await notice.waitFor();
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), garbage, 'kept while nothing is done');
    await page.locator(`${W} .pg-back`).click();
  }
  // Acting replaces it with a readable journey.
  await openProcedure(page);
  await goToPart(page, 'documents');
  await page.locator(`${W} .pg-checklist .pg-tick input[type="checkbox"]`).first().check();
  const now = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
  assert.equal(now.p, PROC);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a state from a newer widget is kept untouched, with its own notice', async () => {
  const { context, page, errors } = await fresh();
  const key = await keyFor(page);
  const newer = JSON.stringify({ v: 99, p: PROC, whatever: [1, 2, 3] });
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [key, newer]);
  await openProcedure(page);
  await page.locator(`${W} .pg-notice--warning`, { hasText: 'phiên bản mới hơn' }).waitFor();
  await goToPart(page, 'steps');
  await page.locator(`${W} .pg-back`).click();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), newer, 'a newer state is never overwritten by looking');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a state whose procedure left the catalogue stays on the device and breaks nothing', async () => {
  const { context, page, errors } = await fresh();
  const key = await keyFor(page);
  const gone = key.replace(`:${PROC}`, ':9.999999');
  await page.evaluate(([k, g]) => {
    const s = JSON.parse(localStorage.getItem(k));
    s.p = '9.999999';
    localStorage.setItem(g, JSON.stringify(s));
  }, [key, gone]);
  await page.reload();
  await page.locator(`${W} .pg-in-progress`).waitFor();
  assert.equal(await page.locator(`${W} .pg-in-progress__item`).count(), 1, 'only the procedure that still exists');
  assert.ok(await page.evaluate((g) => localStorage.getItem(g) !== null, gone), 'not deleted: the catalogue may bring it back');
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage full or refused: the journey works in memory and the widget says so', async () => {
  for (const [init, says] of [
    [() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }, 'Bộ nhớ của trình duyệt đã đầy'],
    [() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }, 'Trình duyệt không cho lưu dữ liệu'],
  ]) {
    const { context, page, errors } = await fresh(init);
    await openProcedure(page);
    await goToPart(page, 'documents');
    const box = page.locator(`${W} .pg-checklist .pg-tick input[type="checkbox"]`).first();
    await box.check();
    await page.locator(`${W}`, { hasText: says }).first().waitFor();
    // Kept in memory while the page stays: back to the list and in again.
    await page.locator(`${W} .pg-back`).click();
    await openProcedure(page);
    await goToPart(page, 'documents');
    assert.equal(await box.isChecked(), true, 'the tick is still there');
    assert.deepEqual(errors, []);
    await context.close();
  }
});
