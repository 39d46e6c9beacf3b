// Papers and fees in the words of the person's way of applying (issue 12, items 7 and 9):
// "Cần mang" only at the desk, "Cần chuẩn bị (bản điện tử)" online with no paper-only
// form listed; every fee an amount or "Miễn phí", a fee with no published amount reads
// its note, and the case a fee is for is a plain clause ("– nếu bạn trả lời “Có” cho câu
// hỏi “…”"), said only while the answer is open. Found by role and accessible name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, axeViolations, openPage, screenshot, useBrowserAndServer } from './harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const question = (page, text) => page.getByRole('group', { name: new RegExp(text) });
const parts = (page) => page.getByRole('navigation', { name: 'Các phần của hướng dẫn' });
async function goTo(page, name) {
  const button = parts(page).getByRole('button', { name: new RegExp(`^\\d+ ${name}$`) });
  if (!(await button.isVisible())) await parts(page).getByRole('button', { name: /^Bước \d+\/\d+/ }).click();
  await button.click();
}

async function openBirth(page) {
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai sinh');
  await page.getByRole('button', { name: /^Thủ tục đăng ký khai sinh/ }).click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  await question(page, 'làm cùng lúc khai sinh').getByRole('radio', { name: 'Không' }).check();
  await question(page, 'Ai đi đăng ký khai sinh').getByRole('radio', { name: /Cha hoặc mẹ/ }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
}

test('the papers heading follows the way of applying, and online lists no paper-only form', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await openBirth(page);
  await page.getByRole('radio', { name: /^Trực tiếp/ }).check();
  await goTo(page, 'Giấy tờ');
  await page.getByRole('heading', { name: 'Cần mang', level: 4 }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: /^Tờ khai đăng ký khai sinh/ }).count(), 1);
  assert.equal(await page.getByRole('checkbox', { name: /^Biểu mẫu hộ tịch điện tử/ }).count(), 0);

  await goTo(page, 'Cách nộp');
  await page.getByRole('radio', { name: /^Trực tuyến/ }).first().check();
  await goTo(page, 'Giấy tờ');
  await page.getByRole('heading', { name: 'Cần chuẩn bị (bản điện tử)', level: 4 }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Cần mang' }).count(), 0, 'nothing to carry online');
  assert.equal(await page.getByRole('checkbox', { name: /^Tờ khai đăng ký khai sinh/ }).count(), 0);
  assert.equal(await page.getByRole('checkbox', { name: /^Biểu mẫu hộ tịch điện tử/ }).count(), 1);
  await screenshot(page, 'papers-online-360');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('fees: an amount or "Miễn phí" for each case, the case in plain words until answered', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('tình trạng hôn nhân');
  await page.getByRole('button', { name: /^Thủ tục cấp Giấy xác nhận tình trạng hôn nhân/ }).click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  await goTo(page, 'Cách nộp');
  // Every way has the same fees here: they are said once, above the choice.
  const desk = page.getByRole('region', { name: 'Cách nộp' })
    .getByText('Như nhau với mọi cách nộp', { exact: true }).locator('xpath=..');
  await desk.waitFor();
  const text = (await desk.textContent()).replace(/\s+/g, ' ');
  assert.match(text, /Lệ phí: Miễn phí – nếu bạn trả lời “Có” cho câu hỏi “Bạn thuộc diện được miễn lệ phí\?”/, text);
  // No amount published: the note is the value, not "xem ghi chú".
  assert.match(text, /Lệ phí: Mức lệ phí do Hội đồng nhân dân Thành phố quyết định.* – nếu bạn trả lời “Không”/, text);
  assert.doesNotMatch(text, /xem ghi chú|Trường hợp|\?:/, text);
  await screenshot(page, 'fees-cases-360');

  await goTo(page, 'Trường hợp của bạn');
  await question(page, 'Bạn thuộc diện được miễn lệ phí').getByRole('radio', { name: 'Có' }).check();
  await goTo(page, 'Cách nộp');
  await desk.waitFor();
  const answered = (await desk.textContent()).replace(/\s+/g, ' ');
  assert.match(answered, /Lệ phí: Miễn phí/, answered);
  assert.doesNotMatch(answered, /nếu bạn trả lời|Hội đồng nhân dân/, 'answered: only the fee that applies, without its case');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});
