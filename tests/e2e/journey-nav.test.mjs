// Navigation and the next person (issue 4, items 5 and 7): Back/Forward between views
// and between the list and a procedure through the page's own history, keeping the
// host's `history.state` keys and its URL; "start over" leaving nothing of the journey
// on the device and nothing for Back to bring back; volunteer mode (large text, the
// idle warning, then the device cleared); the large-text toggle for anyone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHONE, axeViolations, openPage, sampleCatalogue, screenshot, textIn, useBrowserAndServer,
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

/** The journeys saved for procedure `id` (any catalogue key). */
function savedFor(page, id) {
  return page.evaluate(
    (pid) => Object.keys(localStorage).filter((k) => k.startsWith('procedure-guide:') && k.endsWith(`:${pid}`)),
    id,
  );
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

/** Every key of the widget in localStorage and sessionStorage. */
function storedKeys(page) {
  return page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((s) => Object.keys(s).filter((k) => k.startsWith('procedure-guide:'))),
  );
}

test('start over leaves nothing of the journey on the device, and Back brings no answers back', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`);
  await page.locator(`${W} .pg-result`).first().waitFor();
  const firstEntry = await page.evaluate(() => history.length);
  // A journey of another procedure, in progress: start over clears it too.
  await page.locator(`${W} .pg-result`, { hasText: 'Thủ tục đăng ký kết hôn' }).click();
  await page.locator(`${W} .pg-viewnav__button[data-view="documents"]`).click();
  await page.locator(`${W} .pg-checklist input[type="checkbox"]`).first().check();
  await page.locator(`${W} .pg-back`).click();
  await page.locator(`${W} .pg-list-view`).waitFor();
  await openBirth(page);
  await page.locator(`${W} .pg-pager__next`).click();
  await waitView(page, 'situation');
  await page.locator(`${W} [data-question="lien_thong"] input[value="no"]`).click();
  await page.locator(`${W} [data-question="nguoi_nop"] input[value="cha_me"]`).click();
  await page.locator(`${W} .pg-pager__next`).click();
  await waitView(page, 'office');
  assert.equal((await savedFor(page, '1.001193')).length, 1);
  assert.equal((await savedFor(page, '1.000894')).length, 1);
  const oldNonce = await page.evaluate((k) => history.state[k].n, KEY);

  await page.locator(`${W} .pg-start-over`).click();
  await waitView(page, 'overview');
  assert.match(await page.locator(`${W} .pg-journey [role="status"]`).last().textContent(), /Đã xoá/);
  assert.deepEqual(await savedFor(page, '1.001193'), []);
  // Nothing of any journey is left on the device, in either storage.
  assert.deepEqual(await storedKeys(page), []);

  // Every entry Back can reach holds ids only, never an answer. Entries pushed before
  // start over still carry the old nonce (a page cannot rewrite past entries without
  // walking the host's history), but it matches nothing left on the device, so they
  // restore nothing (below); the current entry has the new one.
  const reachable = await page.evaluate(async ([first, key]) => {
    const states = [history.state];
    // One step at a time, as a person presses Back, letting the widget settle.
    const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
    for (let steps = history.length - first; steps > 0; steps--) {
      await new Promise((resolve) => {
        addEventListener('popstate', resolve, { once: true });
        history.back();
      });
      states.push(history.state);
      await settle();
    }
    // Back to where the person was.
    for (let steps = states.length - 1; steps > 0; steps--) {
      await new Promise((resolve) => {
        addEventListener('popstate', resolve, { once: true });
        history.forward();
      });
      await settle();
    }
    return states.map((s) => ({ ours: s?.[key] ?? null, text: JSON.stringify(s) }));
  }, [firstEntry, KEY]);
  assert.ok(reachable.length >= 4, `${reachable.length} entries`);
  for (const { ours, text } of reachable) {
    for (const word of ['lien_thong', 'nguoi_nop', 'cha_me', '"no"']) {
      assert.ok(!text.includes(word), `no answer in history.state: ${text}`);
    }
    if (ours) assert.ok(Object.keys(ours).every((k) => ['p', 'v', 'n'].includes(k)), text);
  }
  assert.equal(typeof reachable[0].ours?.n, 'number', 'the current entry has a nonce');
  assert.notEqual(reachable[0].ours.n, oldNonce, 'the current entry has the new nonce');
  assert.ok(reachable.slice(1).some((e) => e.ours?.n === oldNonce), 'earlier entries are of the old journey');
  assert.ok(
    await page.evaluate((n) => [localStorage, sessionStorage].every((s) => !Object.values(s).some((v) => v.includes(String(n)))), oldNonce),
    'the old nonce is nowhere on the device',
  );
  // Back at the current entry: the fresh journey's overview, or the list (a journey with
  // nothing done is not kept, so its entry may find nothing to restore).
  await page.locator(`${W} .pg-journey[data-view="overview"], ${W} .pg-list-view`).first().waitFor({ timeout: 5000 });

  // Back: the earlier entries belong to the erased journey; they restore nothing.
  await page.goBack();
  await page.waitForTimeout(300);
  const shown = await page.evaluate(() => {
    const root = document.querySelector('procedure-guide').shadowRoot;
    return {
      list: Boolean(root.querySelector('.pg-list-view')),
      view: root.querySelector('.pg-journey')?.dataset.view ?? null,
      checked: root.querySelectorAll('input:checked').length,
    };
  });
  assert.ok(shown.list || shown.view === 'overview', JSON.stringify(shown));
  assert.equal(shown.checked, 0);
  // Going to the situation view now shows no earlier answer either.
  if (!shown.list) {
    await page.locator(`${W} .pg-viewnav__button[data-view="situation"]`).click();
    await waitView(page, 'situation');
    assert.equal(await page.locator(`${W} input:checked`).count(), 0);
  }
  await page.goBack();
  await page.waitForTimeout(300);
  assert.equal(await page.locator(`${W} input:checked`).count(), 0);
  assert.deepEqual(await savedFor(page, '1.001193'), []);
  assert.deepEqual(await storedKeys(page), []);
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
  assert.ok(sizeAfter >= sizeBefore * 1.2, `${sizeBefore} → ${sizeAfter}`);

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

test('volunteer mode: large text, start over after the summary, the idle warning, then the device cleared', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.locator(`${W} .pg-result`).first().waitFor();
  // Changing attributes updates the widget: volunteer mode (ten idle minutes for now).
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('mode', 'volunteer'));
  await page.locator(`${W} .pg--large`).waitFor();
  assert.equal(await page.locator(`${W} .pg-toggle-large`).getAttribute('aria-pressed'), 'true');

  // Start over is offered after the summary and clears every journey of the catalogue.
  await openBirth(page);
  await page.locator(`${W} .pg-viewnav__button[data-view="situation"]`).click();
  await page.locator(`${W} [data-question="lien_thong"] input[value="no"]`).click();
  await page.locator(`${W} .pg-viewnav__button[data-view="summary"]`).click();
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
  await page.locator(`${W} .pg-viewnav__button[data-view="situation"]`).click();
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
