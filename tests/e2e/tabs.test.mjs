// Two tabs of one browser on the same procedure, acting "at once": each changes the
// journey before it hears the other's save. The race is made deterministic by holding
// back the `storage` events a tab receives (a capturing listener installed before the
// widget's, which stops them) and handing them over later: exactly what happens when
// two saves cross. Nothing either tab did may be lost, a later untick still wins, and
// both tabs end with the same journey, also after a reload.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, eventually, useBrowserAndServer } from './harness.mjs';

let browser;
let server;

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

/** Runs in every page before its scripts: `__hold()` starts holding back `storage`
 * events, `__release()` delivers the held ones (as new events with the same key; the
 * widget reads storage itself) and stops holding. */
function holdStorageEvents() {
  const held = [];
  let holding = false;
  window.addEventListener(
    'storage',
    (event) => {
      if (!holding || event.__released) return;
      event.stopImmediatePropagation();
      held.push(event.key);
    },
    true,
  );
  window.__hold = () => {
    holding = true;
  };
  window.__held = () => held.length;
  window.__release = () => {
    holding = false;
    for (const key of held.splice(0)) {
      const event = new StorageEvent('storage', { key, storageArea: localStorage });
      event.__released = true;
      window.dispatchEvent(event);
    }
  };
}

async function openTabs(count) {
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.addInitScript(holdStorageEvents);
  const tabs = [];
  for (let i = 0; i < count; i++) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.url}/test-pages/same-procedure.html`);
    tabs.push({ page, errors });
  }
  for (const { page } of tabs) await toDocuments(page);
  return { context, tabs };
}

async function toDocuments(page) {
  for (const id of ['#a', '#b']) {
    const w = page.locator(id);
    await w.locator('.pg-journey').waitFor();
    await w.locator('.pg-viewnav__button[data-view="documents"]').click();
    await w.locator('.pg-journey[data-view="documents"]').waitFor();
  }
}

const boxes = (page, id = '#a') => page.locator(`${id} .pg-checklist .pg-tick input[type="checkbox"]`);

/** Which of the checklist's boxes are checked, as a string of 0 and 1. */
const ticks = async (page, id = '#a') =>
  (await boxes(page, id).evaluateAll((all) => all.map((b) => (b.checked ? '1' : '0')))).join('');

/** Both tabs hold back what they hear, each acts, then both hear it all. */
async function atOnce(tabs, acts) {
  for (const { page } of tabs) await page.evaluate(() => window.__hold());
  for (let i = 0; i < tabs.length; i++) await acts[i](tabs[i].page);
  // Each tab's save reached the others (held, not yet delivered): the saves crossed.
  for (const { page } of tabs) {
    assert.ok(await eventually(() => page.evaluate(() => window.__held() > 0)), 'a storage event was held');
  }
  for (const { page } of tabs) await page.evaluate(() => window.__release());
}

async function assertEverywhere(tabs, expected, message) {
  for (const [i, { page }] of tabs.entries()) {
    for (const id of ['#a', '#b']) {
      const held = await eventually(async () => (await ticks(page, id)) === expected, 5000);
      assert.ok(held, `${message}: tab ${i + 1} ${id} shows ${await ticks(page, id)}, not ${expected}`);
    }
  }
}

test('two tabs ticking different papers at the same moment both keep both ticks, also after a reload', async () => {
  const { context, tabs } = await openTabs(2);
  const [one, two] = tabs.map((t) => t.page);
  const count = await boxes(one).count();
  assert.ok(count >= 3, `the procedure has ${count} boxes`);
  const none = '0'.repeat(count);
  const only = (...indexes) => [...none].map((c, i) => (indexes.includes(i) ? '1' : c)).join('');
  assert.equal(await ticks(one), none);

  await atOnce(tabs, [(p) => boxes(p).nth(0).check(), (p) => boxes(p).nth(1).check()]);
  await assertEverywhere(tabs, only(0, 1), 'both ticks kept');

  // A later untick wins over the earlier tick, while the other tab ticks a third paper.
  await atOnce(tabs, [(p) => boxes(p).nth(0).uncheck(), (p) => boxes(p).nth(2).check()]);
  await assertEverywhere(tabs, only(1, 2), 'the untick and the new tick both kept');

  // One after the other, heard at once as before: untick in one, re-tick in the other.
  await boxes(two).nth(1).uncheck();
  await assertEverywhere(tabs, only(2), 'an untick followed');
  await boxes(one).nth(1).check();
  await assertEverywhere(tabs, only(1, 2), 'a tick after it followed');

  for (const page of [one, two]) {
    await page.reload();
    await toDocuments(page);
  }
  await assertEverywhere(tabs, only(1, 2), 'after a reload');
  for (const [i, { errors }] of tabs.entries()) assert.deepEqual(errors, [], `no errors in tab ${i + 1}`);
  await context.close();
});

test('a step marked done in one tab while the other ticks a paper: both kept', async () => {
  const { context, tabs } = await openTabs(2);
  const [one, two] = tabs.map((t) => t.page);
  await atOnce(tabs, [
    async (p) => {
      await p.locator('#a .pg-viewnav__button[data-view="steps"]').click();
      await p.locator('#a .pg-journey[data-view="steps"] .pg-step input[type="checkbox"]').first().check();
    },
    (p) => boxes(p).nth(0).check(),
  ]);
  for (const page of [one, two]) {
    assert.ok(await eventually(async () => (await ticks(page, '#b')).startsWith('1')), 'the tick kept');
  }
  await one.locator('#a .pg-viewnav__button[data-view="documents"]').click();
  assert.ok(await eventually(async () => (await ticks(one)).startsWith('1')), 'the tick reached the tab that marked the step');
  await two.locator('#a .pg-viewnav__button[data-view="steps"]').click();
  const done = two.locator('#a .pg-journey[data-view="steps"] .pg-step input[type="checkbox"]').first();
  assert.ok(await eventually(() => done.isChecked()), 'the step kept');
  await context.close();
});
