// The list as a person meets it (issue 12, item 20): a life-event chip that would show
// nothing under the widget's `field` / `agency` is not offered, and the empty-results
// message suggests a shorter query only when something was typed. Found by role and
// accessible name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHONE, eventually, openPage, sampleCatalogue, screenshot, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const chips = (page) => page.getByRole('group', { name: 'Bạn đang cần làm gì?' }).getByRole('button');

test('life-event chips with nothing under the embed\'s field are hidden', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).waitFor();
  assert.equal(await chips(page).count(), 7, 'every life event of the sample');
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('field', 'ho-tich'));
  await chips(page).filter({ hasText: 'Mở kinh doanh' }).waitFor({ state: 'detached' });
  assert.deepEqual(await chips(page).allTextContents(), ['Khai sinh', 'Kết hôn', 'Người thân qua đời']);
  // Every chip offered leads somewhere.
  for (const name of ['Khai sinh', 'Kết hôn', 'Người thân qua đời']) {
    await chips(page).filter({ hasText: name }).click();
    assert.notEqual(await page.getByTestId('result-count').textContent(), '0 thủ tục');
    assert.ok((await page.locator('procedure-guide .pg-result').count()) > 0, name);
    await chips(page).filter({ hasText: name }).click();
  }
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('no results: a shorter word is suggested only when something was typed', async () => {
  const { page, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  const search = page.getByRole('searchbox', { name: 'Tìm thủ tục' });
  await search.fill('xyzxyz khong co');
  await page.getByText('Hãy thử từ khác ngắn hơn').waitFor();
  await search.fill('');
  // Filters alone that leave nothing: "building a house" among civil-status procedures.
  await chips(page).filter({ hasText: 'Xây nhà' }).click();
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await page.getByRole('combobox', { name: 'Lĩnh vực' }).selectOption({ label: 'Hộ tịch' });
  await page.getByText('Không có thủ tục nào khớp với bộ lọc đã chọn').waitFor();
  assert.equal(await page.getByText('Hãy thử từ khác ngắn hơn').count(), 0);
  await close();
});

test('keyboard: "skip to search" is the first stop, and the first result is three Tabs from the top', async () => {
  const { page, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).waitFor();
  // Focus on the page just before the widget (its heading is not focusable: a link).
  await page.evaluate(() => {
    const before = document.createElement('a');
    before.href = '#truoc';
    before.id = 'truoc-tien-ich';
    before.textContent = 'trước';
    document.querySelector('procedure-guide').before(before);
    before.focus();
  });
  const active = () => page.evaluate(() => {
    const root = document.querySelector('procedure-guide').shadowRoot;
    const a = root.activeElement;
    return a ? (a.getAttribute('aria-label') || a.textContent || a.id).trim() : null;
  });
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'Đến ô tìm thủ tục', 'the first stop');
  await page.getByRole('button', { name: 'Đến ô tìm thủ tục' }).waitFor();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.activeElement?.id), 'pg-search-input');
  await page.keyboard.type('khai sinh');
  await page.keyboard.press('Tab');
  assert.match(await active(), /^Lọc/);
  await page.keyboard.press('Tab');
  assert.match(await active(), /^Thủ tục đăng ký khai sinh/, 'the first result, three Tabs from the top');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Thủ tục đăng ký khai sinh' }).waitFor();
  await close();
});

test('in English, the words people use find the procedures', async () => {
  const { page, close } = await openPage(browser, `${server.url}/`);
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('lang', 'en'));
  const search = page.getByRole('searchbox', { name: 'Find a procedure' });
  await search.waitFor();
  for (const [query, name] of [
    ['register birth', 'Birth registration'],
    ['police check', 'Criminal-record certificate for Vietnamese citizens'],
    ['marriage certificate', 'Marriage registration'],
    ['business licence', 'Business household registration'],
  ]) {
    await search.fill(query);
    const top = page.locator('procedure-guide .pg-result .pg-result__name');
    let first3 = [];
    const found = await eventually(async () => {
      first3 = (await top.allTextContents()).slice(0, 3);
      return first3.some((n) => n.startsWith(name));
    }, 3000);
    assert.ok(found, `${query}: ${first3.join(' | ')}`);
  }
  // Plurals: one result reads "1 procedure".
  await search.fill('police check');
  await page.getByTestId('result-count').filter({ hasText: /^\d+ procedures?$/ }).waitFor();
  const count = await page.getByTestId('result-count').textContent();
  assert.match(count, /^(1 procedure|[02-9]\d* procedures|1\d+ procedures)$/, count);
  await close();
});

test('a life-event chip brings its results into view, in the life event\'s own order', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: { width: 360, height: 640 } });
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).waitFor();
  // The widget sits below the demo page's header: the chips are reached by scrolling.
  await chips(page).filter({ hasText: 'Khai sinh' }).scrollIntoViewIfNeeded();
  await chips(page).filter({ hasText: 'Khai sinh' }).click();
  const count = page.getByRole('status').filter({ hasText: /^\d+ thủ tục$/ });
  await count.waitFor();
  const inView = () => count.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(await eventually(inView, 3000), 'the number of results is on screen');
  const first = page.locator('procedure-guide .pg-results').getByRole('button').first();
  assert.ok(await first.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight), 'the first result is on screen');
  // The catalogue's order for the event, not the alphabet's.
  const catalogue = sampleCatalogue();
  const event = catalogue.life_events.find((e) => e.id === 'khai-sinh');
  const names = event.procedures.map((id) => textIn(catalogue.procedures.find((p) => p.id === id).name));
  const shown = await page.locator('procedure-guide .pg-results').getByRole('button').allTextContents();
  assert.deepEqual(shown.map((s) => names.find((n) => s.startsWith(n))), names, shown.join(' | '));
  await screenshot(page, 'life-event-results-360x640');
  assert.deepEqual(log.pageErrors, []);
  await close();
});
