// The keyboard-only walk (issue 12): a person with no mouse finds birth registration,
// answers their situation, picks an office and a way, ticks a paper and reaches the
// summary, with Tab, arrows, Space and Enter only. Each stretch has a Tab budget (the
// counts measured when it was written, plus a little), so a new stop in the way or a
// lost focus after a step fails here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, openPage, useBrowserAndServer } from './harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

/** The focused control inside the widget, named as a screen reader would roughly say it. */
function focused(page) {
  return page.evaluate(() => {
    const a = document.querySelector('procedure-guide').shadowRoot.activeElement;
    if (!a) return null;
    const label = a.getAttribute('aria-label') || a.labels?.[0]?.textContent || a.textContent || a.id;
    return { role: a.type === 'radio' || a.type === 'checkbox' ? a.type : a.localName, name: label.replace(/\s+/g, ' ').trim(), checked: a.checked };
  });
}

/** Presses Tab until `wanted(focused)` holds; returns how many presses it took. */
async function tabUntil(page, wanted, what, max = 40) {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && wanted(now)) return presses;
  }
  assert.fail(`${what}: not reached in ${max} Tabs`);
}

test('keyboard only: from the search box to the summary of a birth registration, within a Tab budget', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  const search = page.getByRole('searchbox', { name: 'Tìm thủ tục' });
  await search.focus();
  await page.keyboard.type('khai sinh');
  const count = {};
  count.result = await tabUntil(page, (f) => /^Thủ tục đăng ký khai sinh/.test(f.name), 'first result');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Thủ tục đăng ký khai sinh' }).waitFor();
  count.start = await tabUntil(page, (f) => f.name === 'Bắt đầu chuẩn bị hồ sơ', 'start');
  await page.keyboard.press('Enter');

  // Situation: the first question's first choice takes focus; the arrow moves to "Không".
  count.firstQuestion = await tabUntil(page, (f) => f.role === 'radio', 'first question');
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await focused(page), { role: 'radio', name: 'Không', checked: true });
  count.secondQuestion = await tabUntil(page, (f) => f.role === 'radio' && /Cha hoặc mẹ/.test(f.name), 'who registers');
  await page.keyboard.press('Space');
  count.continue1 = await tabUntil(page, (f) => f.name.startsWith('Tiếp tục'), 'continue after the situation');
  await page.keyboard.press('Enter');

  // Where: type the ward, then the office it found.
  await page.getByRole('heading', { name: 'Nơi nộp hồ sơ', level: 3 }).waitFor();
  count.officeSearch = await tabUntil(page, (f) => f.role === 'input', 'office search');
  await page.keyboard.type('An Đông');
  count.office = await tabUntil(page, (f) => f.role === 'radio', 'an office');
  await page.keyboard.press('Space');
  count.continue2 = await tabUntil(page, (f) => f.name.startsWith('Tiếp tục'), 'continue after the office');
  await page.keyboard.press('Enter');

  // How: at the desk.
  await page.getByRole('heading', { name: 'Cách nộp', level: 3 }).waitFor();
  count.channel = await tabUntil(page, (f) => f.role === 'radio', 'a way');
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, true);
  count.continue3 = await tabUntil(page, (f) => f.name.startsWith('Tiếp tục'), 'continue after the way');
  await page.keyboard.press('Enter');

  // Papers: tick the first, then on to the steps and the summary.
  await page.getByRole('heading', { name: 'Giấy tờ', level: 3 }).waitFor();
  count.paper = await tabUntil(page, (f) => f.role === 'checkbox', 'a paper');
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, true, 'ticked with Space');
  count.continue4 = await tabUntil(page, (f) => f.name.startsWith('Tiếp tục'), 'continue after the papers');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Các bước', level: 3 }).waitFor();
  count.continue5 = await tabUntil(page, (f) => f.name.startsWith('Tiếp tục'), 'continue after the steps');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Tóm tắt', level: 3 }).waitFor();

  const total = Object.values(count).reduce((a, b) => a + b, 0);
  console.log('Tab presses', JSON.stringify(count), 'total', total);
  assert.ok(count.result <= 2, `first result: ${count.result}`);
  assert.ok(total <= BUDGET, `${total} Tabs in all: ${JSON.stringify(count)}`);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

// Measured on 2026-12-05: 49 (2 to the first result, 8 from the opened procedure to
// "Bắt đầu", 15 through the papers to Continue); the budget is that plus about 20 %.
const BUDGET = 60;
