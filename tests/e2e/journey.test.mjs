// The guided journey end to end on the demo page: a keyboard-only run from the list to
// the summary, ticks and view kept across a reload, a second procedure that leaves the
// first one's ticks alone, a stop that explains itself, and axe-core on every view at
// phone and desktop width.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, axeViolations, goToPart, openPage, sampleCatalogue, screenshot, tabTo, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
const catalogue = sampleCatalogue();
const birth = catalogue.procedures.find((p) => p.id === '1.001193');
const W = 'procedure-guide';

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

async function openBirth(page) {
  await page.locator(`${W} .pg-result`, { hasText: textIn(birth.name) }).click();
  await page.locator(`${W} .pg-journey[data-view="overview"]`).waitFor();
}

async function currentView(page) {
  return page.locator(`${W} .pg-journey`).getAttribute('data-view');
}

/**
 * Chooses `value` in a radio group by keyboard, as a person does: Tab reaches the
 * group, the arrow keys move (and choose) within it.
 */
async function chooseRadio(page, group, value) {
  assert.ok(await tabTo(page, `${group} input[type="radio"]`), `Tab reaches ${group}`);
  for (let i = 0; i < 20; i++) {
    const at = await page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.activeElement?.value);
    if (at === value) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  assert.equal(await page.locator(`${W} ${group} input[value="${value}"]`).isChecked(), true);
}

async function pressOn(page, selector, key = 'Space') {
  assert.ok(await tabTo(page, selector), `Tab reaches ${selector}`);
  await page.keyboard.press(key);
}

test('keyboard only: from the list to the summary', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`);
  await page.locator(`${W} input[type="search"]`).waitFor();
  assert.ok(await tabTo(page, 'input[type="search"]'));
  await page.keyboard.type('dang ky khai sinh');
  await pressOn(page, '.pg-result', 'Enter');
  await page.locator(`${W} .pg-journey[data-view="overview"]`).waitFor();

  await pressOn(page, '.pg-pager__next', 'Enter');
  assert.equal(await currentView(page), 'situation');
  for (const q of ['lien_thong', 'bi_bo_roi', 'mang_thai_ho']) {
    await chooseRadio(page, `[data-question="${q}"]`, 'no');
  }
  await chooseRadio(page, '[data-question="nguoi_nop"]', 'cha_me');
  assert.equal(await page.locator(`${W} .pg-stop`).count(), 0);

  await pressOn(page, '.pg-pager__next', 'Enter');
  assert.equal(await currentView(page), 'office');
  assert.ok(await tabTo(page, '#pg-office-search'));
  await page.keyboard.type('Phuong 9, Quan 3');
  await pressOn(page, '#pg-office-phuong-nhieu-loc');
  await page.locator(`${W} .pg-office__chosen[data-office="phuong-nhieu-loc"]`).waitFor();

  await pressOn(page, '.pg-pager__next', 'Enter');
  assert.equal(await currentView(page), 'channel');
  await pressOn(page, '.pg-channel--in-person input[type="radio"]');

  await pressOn(page, '.pg-pager__next', 'Enter');
  assert.equal(await currentView(page), 'documents');
  const missingBefore = Number(await page.locator(`${W} .pg-missing`).getAttribute('data-missing'));
  assert.ok(missingBefore > 0);
  await pressOn(page, '.pg-checklist__section--required input[type="checkbox"]');
  const missingAfter = Number(await page.locator(`${W} .pg-missing`).getAttribute('data-missing'));
  assert.equal(missingAfter, missingBefore - 1);

  await pressOn(page, '.pg-pager__next', 'Enter');
  assert.equal(await currentView(page), 'steps');
  await pressOn(page, '.pg-step input[type="checkbox"]');
  // Focus moved on to the next step's title, for screen readers.
  assert.equal(
    await page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.activeElement?.className),
    'pg-step__title',
  );

  await pressOn(page, '.pg-pager__next', 'Enter');
  assert.equal(await currentView(page), 'summary');
  const summary = await page.locator(`${W} .pg-summary`).textContent();
  assert.match(summary, /Nhiêu Lộc/);
  assert.match(summary, /Trực tiếp/);
  assert.match(summary, new RegExp(`Còn thiếu ${missingAfter}/`));
  assert.deepEqual(await violations(), []);
  assert.deepEqual(log.consoleErrors, []);
  await close();
});

test('a reload keeps the ticks and the view; another procedure keeps its own', async () => {
  const { page, close } = await openPage(browser, `${server.url}/`);
  await openBirth(page);
  await goToPart(page, 'documents');
  const first = page.locator(`${W} .pg-checklist__section--required input[type="checkbox"]`).first();
  await first.check();
  const ticked = await page.locator(`${W} .pg-checklist__section--required .pg-tick`).first().getAttribute('data-tick');

  // A reload comes back to the same procedure and view, ticks in place.
  await page.reload();
  await page.locator(`${W} .pg-journey[data-procedure="1.001193"][data-view="documents"]`).waitFor();
  assert.equal(await page.locator(`${W} [data-tick="${ticked}"] input`).isChecked(), true);
  // The list offers it under "in progress".
  await page.locator(`${W} .pg-back`).click();
  await page.locator(`${W} .pg-in-progress`).waitFor();
  assert.match(await page.locator(`${W} .pg-in-progress`).textContent(), new RegExp(textIn(birth.name)));
  await page.locator(`${W} .pg-in-progress__item[data-procedure="1.001193"] button`).click();
  await page.locator(`${W} .pg-journey[data-view="documents"]`).waitFor();

  // A second procedure starts clean and does not disturb the first.
  await page.locator(`${W} .pg-back`).click();
  await page.locator(`${W} .pg-result`, { hasText: 'Thủ tục đăng ký kết hôn' }).click();
  await page.locator(`${W} .pg-journey[data-procedure="1.000894"]`).waitFor();
  await goToPart(page, 'documents');
  assert.equal(await page.locator(`${W} .pg-checklist input[type="checkbox"]:checked`).count(), 0);
  await page.locator(`${W} .pg-checklist input[type="checkbox"]`).first().check();
  await page.locator(`${W} .pg-back`).click();
  await page.locator(`${W} .pg-in-progress__item[data-procedure="1.001193"] button`).click();
  await goToPart(page, 'documents');
  assert.equal(await page.locator(`${W} [data-tick="${ticked}"] input`).isChecked(), true);
  const saved = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('procedure-guide:')));
  assert.equal(saved.length, 2, saved.join(', '));
  assert.ok(saved.every((k) => k.includes('hcm-sample@')), saved.join(', '));

  // Erase asks first (and "keep them" keeps them), then clears this procedure's
  // journey from the device; the person stays where they were.
  await page.getByRole('button', { name: 'Xoá dữ liệu đã lưu' }).click();
  const question = page.getByRole('group', { name: /Xoá mọi câu trả lời/ });
  await question.waitFor();
  await page.getByRole('button', { name: 'Không xoá' }).click();
  assert.equal(await question.count(), 0);
  assert.equal(await page.locator(`${W} [data-tick="${ticked}"] input`).isChecked(), true);
  await page.getByRole('button', { name: 'Xoá dữ liệu đã lưu' }).click();
  await page.getByRole('button', { name: 'Xoá', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Đã xoá dữ liệu trên thiết bị này.' }).waitFor();
  assert.equal(await currentView(page), 'documents');
  assert.equal(await page.locator(`${W} [data-tick="${ticked}"] input`).isChecked(), false);
  assert.deepEqual(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':1.001193'))),
    [],
    'nothing of the erased journey is kept, even the view it was at',
  );
  const left = await page.evaluate(() =>
    Object.entries(localStorage).filter(([k]) => k.endsWith(':1.001193')).map(([, v]) => v),
  );
  assert.ok(left.every((v) => !v.includes(ticked.split('/')[0])), `nothing ticked is left: ${left}`);
  await close();
});

test('an answer that cannot go on stops with an explanation and a way forward', async () => {
  const { page, close } = await openPage(browser, `${server.url}/`);
  await page.locator(`${W} .pg-result`).first().waitFor();
  await openBirth(page);
  await goToPart(page, 'situation');
  await page.locator(`${W} [data-question="lien_thong"] input[value="yes"]`).check();
  const stop = page.locator(`${W} .pg-stop`);
  await stop.waitFor();
  assert.equal(await stop.getAttribute('role'), 'alert');
  // Right under the answer that caused it (not screens further down), worded as a way
  // forward, the procedure to use instead as the main button.
  assert.equal(
    await page.locator(`${W} [data-question="lien_thong"]`).evaluate((q) => q.nextElementSibling?.className),
    'pg-stop',
  );
  await page.getByRole('alert').getByRole('heading', { name: 'Bạn cần làm thủ tục khác' }).waitFor();
  assert.match(await stop.getByRole('button').first().getAttribute('class'), /\bpg-button\b/);
  assert.equal(await page.locator(`${W} .pg-pager__next`).count(), 0, 'no Continue past a stop');
  assert.equal(await page.locator(`${W} .pg-viewnav__button[data-view="documents"]`).count(), 0, 'no way around it');
  await stop.locator('button').first().click();
  await page.locator(`${W} .pg-journey[data-procedure="2.000986"]`).waitFor();
  await close();
});

test('axe-core finds no violations on any view, at phone and desktop width', async () => {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    const { page, close } = await openPage(browser, `${server.url}/`, { viewport });
    await page.locator(`${W} .pg-result`).first().waitFor();
    assert.deepEqual(await axeViolations(page), [], `list, ${name}`);
    await screenshot(page, `journey-${name}-list`);
    await openBirth(page);
    for (const view of ['overview', 'situation', 'office', 'channel', 'documents', 'steps', 'summary']) {
      await goToPart(page, view);
      await page.locator(`${W} .pg-journey[data-view="${view}"]`).waitFor();
      if (view === 'office') {
        await page.locator(`${W} #pg-office-search`).fill('nhieu loc');
        // The one office left is chosen already; the person taps it all the same. A
        // `check()` would do nothing, leaving focus in the search box, and the next
        // click, after the full-page screenshot, landed on a page Chromium had not yet
        // scrolled back within its shorter height.
        await page.locator(`${W} #pg-office-phuong-nhieu-loc`).click();
      }
      if (view === 'channel') await page.locator(`${W} .pg-channel--online input[type="radio"]`).first().check();
      if (view === 'documents') await page.locator(`${W} .pg-checklist input[type="checkbox"]`).first().check();
      assert.deepEqual(await axeViolations(page), [], `${view}, ${name}`);
      await screenshot(page, `journey-${name}-${view}`);
    }
    await close();
  }
});

test('changing the lang attribute switches the words live and keeps the ticks', async () => {
  const { page, close } = await openPage(browser, `${server.url}/`);
  await page.locator(`${W} .pg-result`).first().waitFor();
  await openBirth(page);
  await goToPart(page, 'documents');
  await page.locator(`${W} .pg-checklist input[type="checkbox"]`).first().check();
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('lang', 'en'));
  await page.locator(`${W} .pg-viewnav__button[data-view="documents"]`, { hasText: 'Documents' }).waitFor();
  assert.match(await page.locator(`${W} .pg-view__title`).textContent(), /Documents/);
  assert.equal(await page.locator(`${W} .pg-journey`).getAttribute('data-view'), 'documents');
  assert.equal(await page.locator(`${W} .pg-checklist input[type="checkbox"]`).first().isChecked(), true);
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('lang', 'vi'));
  await page.locator(`${W} .pg-view__title`, { hasText: 'Giấy tờ' }).waitFor();
  await close();
});

test('jargon in a procedure is explained where it appears', async () => {
  const { page, close } = await openPage(browser, `${server.url}/`);
  await page.locator(`${W} .pg-result`, { hasText: 'Lý lịch tư pháp cho công dân' }).click();
  const glossary = page.locator(`${W} .pg-glossary`);
  await glossary.locator('summary').click();
  const text = await glossary.textContent();
  assert.match(text, /VNeID/);
  assert.match(text, /Phiếu lý lịch tư pháp \(LLTP\)/);
  await close();
});

test('a journey untouched for longer than the forget period is forgotten', async () => {
  const { page, close } = await openPage(browser, `${server.url}/`);
  await page.locator(`${W} .pg-result`).first().waitFor();
  await openBirth(page);
  await goToPart(page, 'documents');
  await page.locator(`${W} .pg-checklist input[type="checkbox"]`).first().check();
  // Age the saved journey by 31 days, as if the person came back a month later.
  const key = await page.evaluate(() => {
    const k = Object.keys(localStorage).find((x) => x.endsWith(':1.001193'));
    const saved = JSON.parse(localStorage.getItem(k));
    saved.t -= 31 * 24 * 60 * 60 * 1000;
    localStorage.setItem(k, JSON.stringify(saved));
    return k;
  });
  await page.reload();
  // The reload reopens the procedure: forgotten, it starts afresh; the list has nothing in progress.
  await page.locator(`${W} .pg-journey[data-procedure="1.001193"][data-view="overview"]`).waitFor();
  await page.locator(`${W} .pg-back`).click();
  await page.locator(`${W} .pg-result`).first().waitFor();
  assert.equal(await page.locator(`${W} .pg-in-progress`).count(), 0);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), null);
  await close();
});
