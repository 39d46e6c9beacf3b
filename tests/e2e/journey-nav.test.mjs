// Navigation and volunteer mode (issue 4, items 5 and 7): Back/Forward between views
// and between the list and a procedure through the page's own history, keeping the
// host's `history.state` keys and its URL; volunteer mode (large text, the idle
// warning, then the device cleared); the large-text toggle for anyone. "Start over"
// itself: next-person.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHONE, axeViolations, goToPart, openPage, sampleCatalogue, screenshot, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
const catalogue = sampleCatalogue();
const birth = catalogue.procedures.find((p) => p.id === '1.001193');
const W = 'procedure-guide';
// The demo page's element has id="huong-dan": the widget's key in history.state.
const KEY = 'pg-huong-dan';

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

async function currentView(page) {
  return page.locator(`${W} .pg-journey`).getAttribute('data-view');
}

async function openBirth(page) {
  await page.locator(`${W} .pg-result`, { hasText: textIn(birth.name) }).click();
  await page.locator(`${W} .pg-journey[data-view="overview"]`).waitFor();
}

async function waitView(page, view) {
  await page.locator(`${W} .pg-journey[data-view="${view}"]`).waitFor({ timeout: 5000 });
}

function savedJourneys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('procedure-guide:')));
}

test('Back and Forward move between views and between the list and a procedure, keeping the host state', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`);
  await page.locator(`${W} .pg-result`).first().waitFor();
  const url = page.url();
  // The host's own key, set the way a host router would (merging with what is there).
  await page.evaluate(() => history.replaceState({ ...(history.state ?? {}), host: 'keep' }, ''));
  const hostKept = () => page.evaluate(() => history.state?.host === 'keep');

  await openBirth(page);
  await page.locator(`${W} .pg-pager__next`).click();
  await waitView(page, 'situation');
  await page.locator(`${W} [data-question="lien_thong"] input[value="no"]`).click();
  await page.locator(`${W} .pg-pager__next`).click();
  await waitView(page, 'office');

  // Entries hold ids and the nonce only, never answers.
  const ours = await page.evaluate((k) => history.state[k], KEY);
  assert.deepEqual(Object.keys(ours).sort(), ['n', 'p', 'v']);
  assert.equal(ours.p, '1.001193');
  assert.equal(ours.v, 'office');
  assert.equal(typeof ours.n, 'number');
  assert.ok(await hostKept());

  await page.goBack();
  await waitView(page, 'situation');
  // The answer is still there (it is the same journey), but came from storage.
  assert.equal(await page.locator(`${W} [data-question="lien_thong"] input[value="no"]`).isChecked(), true);
  await page.goBack();
  await waitView(page, 'overview');
  await page.goBack();
  await page.locator(`${W} .pg-list-view`).waitFor({ timeout: 5000 });
  assert.ok(await hostKept());

  await page.goForward();
  await waitView(page, 'overview');
  await page.goForward();
  await waitView(page, 'situation');
  await page.goForward();
  await waitView(page, 'office');
  assert.ok(await hostKept());

  // "Back to the list" is a step too.
  await page.locator(`${W} .pg-back`).click();
  await page.locator(`${W} .pg-list-view`).waitFor();
  await page.goBack();
  await waitView(page, 'office');
  assert.equal(await page.locator(`${W} .pg-procedure__title`).textContent(), textIn(birth.name));

  // The address never changed: no fragment, no query.
  assert.equal(page.url(), url);
  assert.ok(await hostKept());
  assert.deepEqual(await violations(), []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('the large-text toggle gives larger text and 44 px touch targets', async () => {
  const { page, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.locator(`${W} .pg-result`).first().waitFor();
  const toggle = page.locator(`${W} .pg-toggle-large`);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator(`${W} .pg--large`).count(), 0);
  const sizeBefore = await page.locator(`${W} .pg`).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await page.locator(`${W} .pg--large`).waitFor();
  const sizeAfter = await page.locator(`${W} .pg`).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(sizeAfter >= sizeBefore * 1.5, `${sizeBefore} → ${sizeAfter}`);

  await openBirth(page);
  await page.locator(`${W} .pg-pager__next`).click();
  await waitView(page, 'situation');
  const small = await page.evaluate(() => {
    const root = document.querySelector('procedure-guide').shadowRoot;
    const targets = [...root.querySelectorAll('button, .pg-option, input[type="search"], select')];
    return targets
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => ({ what: e.className || e.tagName, h: e.getBoundingClientRect().height }))
      .filter((t) => t.h < 44);
  });
  assert.deepEqual(small, []);
  await screenshot(page, 'nav-phone-large-text');
  await toggle.click();
  assert.equal(await page.locator(`${W} .pg--large`).count(), 0);
  await close();
});

test("the reader's own text size is honoured, between 16 and 24 px", async () => {
  const { page, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.locator(`${W} .pg-result`).first().waitFor();
  const size = () => page.locator(`${W} .pg`).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.equal(await size(), 16, 'the browser default');
  // The browser's font-size setting reaches the page as the root's size.
  await page.evaluate(() => { document.documentElement.style.fontSize = '20px'; });
  assert.equal(await size(), 20);
  // A host that shrinks rem for itself does not shrink the widget below 16 px, nor does
  // a huge root blow it past 24 px.
  await page.evaluate(() => { document.documentElement.style.fontSize = '62.5%'; });
  assert.equal(await size(), 16);
  await page.evaluate(() => { document.documentElement.style.fontSize = '40px'; });
  assert.equal(await size(), 24);
  await close();
});

test('volunteer mode: large text, start over after the summary, the idle warning, then the device cleared', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.locator(`${W} .pg-result`).first().waitFor();
  // Changing attributes updates the widget: volunteer mode (ten idle minutes for now).
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('mode', 'volunteer'));
  await page.locator(`${W} .pg--large`).waitFor();
  assert.equal(await page.locator(`${W} .pg-toggle-large`).getAttribute('aria-pressed'), 'true');

  // Start over is offered after the summary and clears every journey of the catalogue.
  await openBirth(page);
  await goToPart(page, 'situation');
  await page.locator(`${W} [data-question="lien_thong"] input[value="no"]`).click();
  await goToPart(page, 'summary');
  await waitView(page, 'summary');
  const prominent = page.locator(`${W} .pg-next-person .pg-start-over`);
  await prominent.waitFor();
  await screenshot(page, 'nav-phone-volunteer-summary');
  assert.deepEqual(await axeViolations(page), [], 'axe on the volunteer summary');
  assert.ok((await savedJourneys(page)).length > 0);
  await prominent.click();
  await page.locator(`${W} .pg-list-view`).waitFor();
  assert.deepEqual(await savedJourneys(page), []);
  assert.equal(await page.locator(`${W} .pg-in-progress`).count(), 0);

  // Idle, shortened for the test (4 s, then 4 s of warning): the warning comes
  // first; "keep going" puts it off.
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('idle-timeout', '4000'));
  await openBirth(page);
  await goToPart(page, 'situation');
  await page.locator(`${W} [data-question="lien_thong"] input[value="no"]`).click();
  assert.ok((await savedJourneys(page)).length > 0);
  const warning = page.locator(`${W} .pg-idle[role="alert"]`);
  await warning.waitFor({ timeout: 12000 });
  assert.match(await warning.textContent(), /1 phút/);
  await screenshot(page, 'nav-phone-volunteer-idle');
  assert.deepEqual(await axeViolations(page), [], 'axe with the idle warning');
  await warning.locator('button').click();
  assert.equal(await warning.count(), 0);
  assert.equal(await currentView(page), 'situation');

  // Left alone: warning, then start over on its own, with nothing left on the device.
  await warning.waitFor({ timeout: 12000 });
  await page.locator(`${W} .pg-list-view`).waitFor({ timeout: 12000 });
  assert.equal(await warning.count(), 0);
  assert.deepEqual(await savedJourneys(page), []);
  // Back brings none of the earlier answers back.
  await page.goBack();
  await page.waitForTimeout(300);
  assert.equal(await page.locator(`${W} input:checked`).count(), 0);

  // axe-core itself adds a <style> element, which the strict CSP blocks (style-src-elem);
  // the widget never does, so only those are set aside.
  const ours = (await violations()).filter((v) => v.directive !== 'style-src-elem');
  assert.deepEqual(ours, []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});
