// Questions are asked only when they apply (issue 12, item 3; CATALOGUE.md: "A question
// with `when` is asked only when it applies"), and one that an answer makes apply is
// announced politely. The rule over every sample procedure is the native table test
// `a_question_is_asked_only_when_it_applies`; here, the criminal-record certificate as
// a person meets it, found by role and accessible name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, axeViolations, openPage, useBrowserAndServer } from './harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const question = (page, text) => page.getByRole('group', { name: new RegExp(text) });
/** A group's accessible description, from the elements its aria-describedby names. */
const description = (group) => group.evaluate((el) => (el.getAttribute('aria-describedby') ?? '')
  .split(/\s+/).map((id) => el.getRootNode().getElementById(id)?.textContent ?? '').join(' ').trim());
const ARROW_HINT = /Dùng phím mũi tên lên, xuống để đổi lựa chọn\./;

test('the proxy question waits for the certificate number, then appears once and is announced', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('LLTP');
  await page.getByRole('button', { name: /^Cấp Phiếu Lý lịch tư pháp/ }).first().click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  await question(page, 'Phiếu số 1 hay số 2').waitFor();
  // Radio groups say how the arrow keys change the choice, as GOV.UK's radios do.
  assert.match(await description(question(page, 'Phiếu số 1 hay số 2')), ARROW_HINT);
  // Before the person has said which certificate: no proxy question at all.
  assert.equal(await question(page, 'Có người làm thay bạn').count(), 0);
  await question(page, 'Phiếu số 1 hay số 2').getByRole('radio', { name: 'Phiếu số 2' }).check();
  assert.equal(await question(page, 'Có người làm thay bạn').count(), 0, 'still waits for the parent question');
  await question(page, 'cha hoặc mẹ, yêu cầu Phiếu cho con').getByRole('radio', { name: 'Không' }).check();
  // Now it applies: one proxy question, announced.
  await question(page, 'Có người làm thay bạn').waitFor();
  assert.equal(await question(page, 'Có người làm thay bạn').count(), 1);
  await page.getByRole('status').filter({ hasText: 'Có thêm câu hỏi: Có người làm thay bạn (ủy quyền)?' }).waitFor();
  // Changing the answer back takes it away again.
  await question(page, 'cha hoặc mẹ, yêu cầu Phiếu cho con').getByRole('radio', { name: 'Có' }).check();
  assert.equal(await question(page, 'Có người làm thay bạn').count(), 0);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('once answered, a paper that applies reads as needed, without "Tuỳ trường hợp"', async () => {
  const { page, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai sinh');
  await page.getByRole('button', { name: /^Thủ tục đăng ký khai sinh/ }).click();
  const parts = page.getByRole('navigation', { name: 'Các phần của hướng dẫn' });
  const goTo = async (name) => {
    const button = parts.getByRole('button', { name: new RegExp(`^\\d+ ${name}$`) });
    if (!(await button.isVisible())) await parts.getByRole('button', { name: /^Bước \d+\/\d+/ }).click();
    await button.click();
  };
  await goTo('Giấy tờ');
  const proxyLetter = page.locator('procedure-guide [data-tick="van-ban-uy-quyen"]');
  await proxyLetter.waitFor();
  assert.match(await proxyLetter.textContent(), /Tuỳ trường hợp:/, 'unanswered: may be needed, and when');
  await goTo('Trường hợp của bạn');
  await question(page, 'Ai đi đăng ký khai sinh').getByRole('radio', { name: 'Người khác được cha, mẹ ủy quyền' }).check();
  await goTo('Giấy tờ');
  await proxyLetter.waitFor();
  assert.doesNotMatch(await proxyLetter.textContent(), /Tuỳ trường hợp/, 'answered: simply needed');
  await close();
});

test('a choice of papers keeps its own marks, and names the one ticked on screen, in print and in the shared text', async () => {
  const opened = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  const { page, context, close } = opened;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai sinh');
  await page.getByRole('button', { name: /^Thủ tục đăng ký khai sinh/ }).click();
  const parts = page.getByRole('navigation', { name: 'Các phần của hướng dẫn' });
  const goTo = async (name) => {
    const button = parts.getByRole('button', { name: new RegExp(`^\\d+ ${name}$`) });
    if (!(await button.isVisible())) await parts.getByRole('button', { name: /^Bước \d+\/\d+/ }).click();
    await button.click();
  };
  // The identity papers are shown at the desk: the person answers, picks an office and
  // the desk first.
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  await question(page, 'làm cùng lúc khai sinh').getByRole('radio', { name: 'Không' }).check();
  await question(page, 'Ai đi đăng ký khai sinh').getByRole('radio', { name: /Cha hoặc mẹ/ }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  assert.match(await description(page.getByRole('group', { name: 'Bạn muốn nộp hồ sơ bằng cách nào?' })), ARROW_HINT);
  await page.getByRole('radio', { name: /^Trực tiếp/ }).check();
  await goTo('Giấy tờ');
  // The identity papers: "show, don't hand in" stays on the group itself.
  const identity = page.locator('procedure-guide [data-document="giay-to-tuy-than"]');
  await identity.waitFor();
  assert.match(await identity.locator('.pg-group__title').textContent(), /Giấy tờ tùy thân của người đi nộp.*Chỉ xuất trình, không nộp/);
  await identity.getByRole('checkbox', { name: /^Hộ chiếu/ }).check();
  await goTo('Tóm tắt');
  const line = page.locator('procedure-guide .pg-summary [data-document="giay-to-tuy-than"]');
  await line.waitFor();
  assert.match(await line.textContent(), /Đã có.*Giấy tờ tùy thân của người đi nộp.*Chỉ xuất trình.*: Hộ chiếu/);
  // Printing shows the summary: the same line is in it (print media).
  await page.emulateMedia({ media: 'print' });
  assert.equal(await line.isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Sao chép dạng văn bản' }).click();
  await page.getByText('Đã sao chép').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /✓ Giấy tờ tùy thân của người đi nộp \(Chỉ xuất trình, không nộp\): Hộ chiếu/, copied);
  assert.match(copied, /✗ Tờ khai đăng ký khai sinh/, copied);
  await close();
});
