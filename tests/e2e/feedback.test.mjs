// Issue 13, items 3 and 4. The payment safety line: beside an online way that takes
// payment (the chosen card of the channel step, the summary, the printed page) and
// nowhere for a way without online payment. The feedback moment at the end of the
// summary: "Có" sends at once, "Không" opens optional reason chips and "Gửi"; sending
// raises `procedure-guide:feedback` on the host element (bubbling, composed) with the
// procedure, the answer, the reasons and the language, says thanks politely and keeps
// the answer; the catalogue's feedback page and hotline sit below it; a start over (and
// the next person in volunteer mode) brings the question back unanswered. Found by role
// and accessible name; axe-core on each new state; screenshots at 360×640.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SCREENSHOTS, axeViolations, eventually, openPage, sampleCatalogue, screenshot, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const SMALL = { width: 360, height: 640 };
const W = 'procedure-guide';
const PAYMENT = 'Chỉ thanh toán trên Cổng Dịch vụ công hoặc trong ứng dụng VNeID. Cơ quan nhà nước không bao giờ gửi đường link thanh toán qua tin nhắn SMS, Zalo hay gọi điện thoại.';
const PAYMENT_EN = 'Pay only on the public service portal or in the VNeID app. Government agencies never send payment links by SMS, Zalo or phone call.';
const QUESTION = 'Hướng dẫn này có giúp bạn không?';
const THANKS = 'Cảm ơn bạn đã trả lời.';
const START_OVER = 'Làm lại từ đầu (cho người khác)';
const BIRTH = { id: '1.001193', name: 'Thủ tục đăng ký khai sinh' };
const MARRIAGE = { id: '1.000894', name: 'Thủ tục đăng ký kết hôn' };
const catalogue = sampleCatalogue();

const shown = (page) => page.locator(`${W} .pg-journey`).getAttribute('data-view');
const feedback = (page, name = QUESTION) => page.getByRole('group', { name });

/**
 * A person's way through procedure `p` up to view `until`: "Không" to yes/no questions
 * (never an answer that stops the journey), the first office, and the way of applying
 * whose radio's name matches `way`.
 */
async function walk(page, p, { way, until = 'summary' }) {
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill(p.name);
  await page.getByRole('button', { name: new RegExp(`^${p.name}`) }).first().click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  for (let round = 0; round < 12; round++) {
    const view = await shown(page);
    if (view === 'situation') {
      const situation = page.getByRole('region', { name: 'Trường hợp của bạn' });
      for (let asked = 0; asked < 12; asked++) {
        const open = situation.locator('fieldset:not(:has(input:checked))').filter({ has: page.getByRole('radio') });
        if (!(await open.count())) break;
        const group = open.first();
        const no = group.getByRole('radio', { name: 'Không', exact: true });
        const choice = (await no.count()) ? no : group.getByRole('radio').first();
        await choice.check();
      }
    } else if (view === 'office') {
      await page.getByRole('group', { name: 'Nơi nộp hồ sơ' }).getByRole('radio').first().check();
    }
    if (view === until) return;
    if (view === 'channel') {
      await page.getByRole('group', { name: 'Bạn muốn nộp hồ sơ bằng cách nào?' }).getByRole('radio', { name: way }).first().check();
    }
    await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    await eventually(async () => (await shown(page)) !== view, 3000);
  }
  throw new Error(`${p.id}: ${until} was not reached`);
}

/** Records every `procedure-guide:feedback` the host page hears, on the element and on `document`. */
async function listen(page) {
  await page.evaluate(() => {
    window.__feedback = [];
    window.__onDocument = 0;
    const host = document.querySelector('procedure-guide');
    host.addEventListener('procedure-guide:feedback', (event) =>
      window.__feedback.push({
        target: event.target.id,
        bubbles: event.bubbles,
        composed: event.composed,
        detail: JSON.parse(JSON.stringify(event.detail)),
      }));
    document.addEventListener('procedure-guide:feedback', () => {
      window.__onDocument += 1;
    });
  });
}
const heard = (page) => page.evaluate(() => window.__feedback);

/**
 * No CSP violation, console error or page error, but axe-core's own: running axe
 * injects a `<style>` into the page, which the strict policy refuses (one
 * `style-src-elem` "inline" report and its console line per run). The widget never adds
 * a style element (its sheet is a link and a constructable sheet).
 */
const AXE_STYLE = /^Applying inline style violates the following Content Security Policy directive 'style-src 'self''/;
async function assertClean({ log, violations }, what = '') {
  const csp = (await violations()).filter((v) => !(v.directive === 'style-src-elem' && v.blocked === 'inline' && v.sample === ''));
  assert.deepEqual(csp, [], `CSP ${what}`);
  assert.deepEqual(log.consoleErrors.filter((m) => !AXE_STYLE.test(m)), [], `console ${what}`);
  assert.deepEqual(log.pageErrors, [], `page ${what}`);
}

function pdfText(pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-feedback-'));
  try {
    const file = join(dir, 'summary.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test('the payment line: beside the chosen online way that takes payment, in the summary and in print; not for the desk', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: SMALL });
  await walk(page, BIRTH, { until: 'channel' });
  const view = page.getByRole('region', { name: 'Cách nộp' });
  const line = view.getByText(PAYMENT);
  // Nothing chosen yet: no card is the person's way, and the line waits for one.
  assert.equal(await line.count(), 0, 'no payment line before a way is chosen');

  const online = view.getByRole('radio', { name: /^Trực tuyến/ }).first();
  await online.check();
  await line.waitFor();
  // The sample's online ways need a VNeID level-2 account: the portal link waits for "Đã có".
  await page.getByRole('group', { name: 'Bạn đã có tài khoản định danh điện tử mức 2 (VNeID) chưa?' })
    .getByRole('radio', { name: 'Đã có' }).check();
  assert.equal(await line.count(), 1, 'once, on the chosen way');
  assert.ok(await line.isVisible(), 'not folded away');
  // On the chosen card, above its link to the portal.
  const card = view.getByRole('listitem').filter({ has: page.getByRole('radio', { name: /^Trực tuyến/, checked: true }) });
  assert.equal(await card.getByText(PAYMENT).count(), 1);
  const start = card.getByRole('link', { name: /^Nộp trực tuyến trên Cổng Dịch vụ công quốc gia/ });
  const [lineBox, startBox] = [await line.boundingBox(), await start.boundingBox()];
  assert.ok(lineBox.y < startBox.y, 'read before the portal link');
  await line.scrollIntoViewIfNeeded();
  await screenshot(page, 'payment-line-channel-360x640');
  assert.deepEqual(await axeViolations(page), []);

  // The desk takes no online payment: no line.
  await view.getByRole('radio', { name: /^Trực tiếp/ }).check();
  await eventually(async () => (await line.count()) === 0, 3000);
  assert.equal(await line.count(), 0, 'no payment line for the desk');
  await online.check();
  await line.waitFor();

  // The summary of that way says it too.
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await page.getByRole('heading', { name: 'Giấy tờ', level: 3 }).waitFor();
  const parts = page.getByRole('navigation', { name: 'Các phần của hướng dẫn' });
  const summaryButton = parts.getByRole('button', { name: /^\d+ Tóm tắt$/ });
  if (!(await summaryButton.isVisible())) await parts.getByRole('button', { name: /^Bước \d+\/\d+/ }).click();
  await summaryButton.click();
  const summary = page.getByRole('region', { name: 'Tóm tắt' });
  await summary.getByText(PAYMENT).waitFor();
  assert.equal(await summary.getByText(PAYMENT).count(), 1);
  await summary.getByText(PAYMENT).scrollIntoViewIfNeeded();
  await screenshot(page, 'payment-line-summary-360x640');

  // On paper: the line, the feedback page and hotline, not the question; one A4 page.
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => document.querySelector('procedure-guide').hasAttribute('data-pg-printing'));
  const pdf = await page.pdf({ format: 'A4' });
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(`${SCREENSHOTS}/payment-line-print.pdf`, pdf);
  assert.equal(pageCount(pdf), 1, 'one A4 page');
  const text = pdfText(pdf);
  assert.ok(text.includes(PAYMENT), `the printed page has the payment line\n${text}`);
  assert.ok(text.includes('Góp ý, phản ánh, kiến nghị'), 'the feedback page is printed');
  assert.ok(text.includes('Đường dây nóng: 1022'), 'the hotline is printed');
  for (const control of [QUESTION, 'Khó hiểu', 'Gửi']) {
    assert.ok(!text.includes(control), `"${control}" is not printed`);
  }
  await page.emulateMedia({ media: 'screen' });

  // In English too.
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('lang', 'en'));
  await page.getByRole('region', { name: 'Summary' }).getByText(PAYMENT_EN).waitFor();

  await assertClean({ log, violations });
  await close();
});

test('no payment line for an online way without online payment, on screen or in print', async () => {
  const marriage = catalogue.procedures.find((p) => p.id === MARRIAGE.id);
  assert.ok(marriage.channels.some((c) => c.kind === 'online' && c.online_payment === false), 'the sample has such a way');
  const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: SMALL });
  await walk(page, MARRIAGE, { until: 'channel' });
  const view = page.getByRole('region', { name: 'Cách nộp' });
  await view.getByRole('radio', { name: /^Trực tuyến/ }).check();
  await page.getByRole('group', { name: 'Bạn đã có tài khoản định danh điện tử mức 2 (VNeID) chưa?' })
    .getByRole('radio', { name: 'Đã có' }).check();
  await view.getByRole('link', { name: /^Nộp trực tuyến trên Cổng Dịch vụ công quốc gia/ }).waitFor();
  assert.equal(await page.getByText(PAYMENT).count(), 0, 'the chosen online way takes no payment online');
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await eventually(async () => (await shown(page)) !== 'channel', 3000);
  const parts = page.getByRole('navigation', { name: 'Các phần của hướng dẫn' });
  const summaryButton = parts.getByRole('button', { name: /^\d+ Tóm tắt$/ });
  if (!(await summaryButton.isVisible())) await parts.getByRole('button', { name: /^Bước \d+\/\d+/ }).click();
  await summaryButton.click();
  await page.getByRole('region', { name: 'Tóm tắt' }).waitFor();
  assert.equal(await page.getByText(PAYMENT).count(), 0, 'not in the summary');
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => document.querySelector('procedure-guide').hasAttribute('data-pg-printing'));
  const text = pdfText(await page.pdf({ format: 'A4' }));
  assert.ok(text.includes(MARRIAGE.name), 'the summary printed');
  assert.ok(!text.includes('Chỉ thanh toán'), 'not in print');
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('"Có" is sent at once as procedure-guide:feedback, thanked politely and kept', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: SMALL });
  await walk(page, BIRTH, { way: /^Trực tiếp/ });
  await listen(page);
  const box = feedback(page);
  await box.scrollIntoViewIfNeeded();
  await screenshot(page, 'feedback-question-360x640');
  assert.deepEqual(await axeViolations(page), []);
  const yes = box.getByRole('button', { name: 'Có', exact: true });
  const no = box.getByRole('button', { name: 'Không', exact: true });
  assert.equal(await yes.getAttribute('aria-pressed'), 'false');
  assert.equal(await no.getAttribute('aria-pressed'), 'false');
  const status = box.getByRole('status');
  assert.equal((await status.innerText()).trim(), '', 'the live region is there, empty, before any answer');

  await yes.click();
  await status.getByText(THANKS).waitFor();
  assert.deepEqual(await heard(page), [{
    target: 'huong-dan',
    bubbles: true,
    composed: true,
    detail: { procedure: BIRTH.id, helpful: true, reasons: [], lang: 'vi' },
  }]);
  assert.equal(await page.evaluate(() => window.__onDocument), 1, 'it reaches document');
  // The answer stays as given; pressing again (the buttons say they are done) sends
  // nothing more.
  assert.equal(await yes.getAttribute('aria-pressed'), 'true');
  assert.equal(await yes.getAttribute('aria-disabled'), 'true');
  await yes.click({ force: true });
  await no.click({ force: true });
  await page.waitForTimeout(200);
  assert.equal((await heard(page)).length, 1, 'sent once');
  assert.equal(await yes.getAttribute('aria-pressed'), 'true');
  assert.equal(await box.getByRole('button', { name: 'Khó hiểu' }).count(), 0, 'no reasons after a yes');
  await screenshot(page, 'feedback-yes-sent-360x640');
  assert.deepEqual(await axeViolations(page), []);
  await assertClean({ log, violations });
  await close();
});

test('"Không" opens optional reasons; "Gửi" sends them in a fixed order', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: SMALL });
  await walk(page, BIRTH, { way: /^Trực tuyến/ });
  await listen(page);
  const box = feedback(page);
  await box.getByRole('button', { name: 'Không', exact: true }).click();
  const why = box.getByRole('group', { name: /^Chưa ổn ở điểm nào\?/ });
  await why.waitFor();
  assert.deepEqual(await heard(page), [], 'nothing sent before "Gửi"');
  const chips = ['Khó hiểu', 'Thiếu thông tin tôi cần', 'Thông tin chưa đúng', 'Khác'];
  for (const name of chips) {
    assert.equal(await why.getByRole('button', { name, exact: true }).getAttribute('aria-pressed'), 'false', name);
  }
  await why.getByRole('button', { name: 'Khác', exact: true }).click();
  await why.getByRole('button', { name: 'Thiếu thông tin tôi cần', exact: true }).click();
  await why.getByRole('button', { name: 'Khác', exact: true }).click();
  await why.getByRole('button', { name: 'Khó hiểu', exact: true }).click();
  assert.equal(await why.getByRole('button', { name: 'Khác', exact: true }).getAttribute('aria-pressed'), 'false', 'pressed twice: off');
  assert.equal(await why.getByRole('button', { name: 'Khó hiểu', exact: true }).getAttribute('aria-pressed'), 'true');
  await why.scrollIntoViewIfNeeded();
  await screenshot(page, 'feedback-no-reasons-360x640');
  assert.deepEqual(await axeViolations(page), []);

  await why.getByRole('button', { name: 'Gửi', exact: true }).click();
  await box.getByRole('status').getByText(THANKS).waitFor();
  assert.deepEqual((await heard(page)).map((e) => e.detail), [
    { procedure: BIRTH.id, helpful: false, reasons: ['hard_to_understand', 'missing_info'], lang: 'vi' },
  ]);
  // Kept on screen as given, and sent once.
  assert.equal(await why.getByRole('button', { name: 'Thiếu thông tin tôi cần', exact: true }).getAttribute('aria-pressed'), 'true');
  await why.getByRole('button', { name: 'Gửi', exact: true }).click({ force: true });
  await why.getByRole('button', { name: 'Thông tin chưa đúng', exact: true }).click({ force: true });
  await page.waitForTimeout(200);
  assert.equal((await heard(page)).length, 1);
  assert.equal(await why.getByRole('button', { name: 'Thông tin chưa đúng', exact: true }).getAttribute('aria-pressed'), 'false');
  await screenshot(page, 'feedback-no-sent-360x640');
  assert.deepEqual(await axeViolations(page), []);

  await assertClean({ log, violations });
  await close();
});

test('in English the detail says "en"', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: SMALL });
  await walk(page, BIRTH, { way: /^Trực tiếp/ });
  await listen(page);
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('lang', 'en'));
  const en = feedback(page, 'Did this guide help you?');
  await en.getByRole('button', { name: 'No', exact: true }).click();
  await en.getByRole('button', { name: 'Missing what I needed', exact: true }).click();
  await en.getByRole('button', { name: 'Send', exact: true }).click();
  await en.getByRole('status').getByText('Thank you for your answer.').waitFor();
  assert.deepEqual((await heard(page)).map((e) => e.detail), [{
    procedure: BIRTH.id, helpful: false, reasons: ['missing_info'], lang: 'en',
  }]);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test("below the question, the catalogue's feedback page and hotline; neither when the catalogue has none", async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: SMALL });
  await walk(page, BIRTH, { way: /^Trực tiếp/ });
  const summary = page.getByRole('region', { name: 'Tóm tắt' });
  const page_ = summary.getByRole('link', { name: /^Góp ý, phản ánh, kiến nghị/ });
  const hotline = summary.getByRole('link', { name: '1022', exact: true });
  assert.equal(await page_.getAttribute('href'), catalogue.catalogue.portal.feedback_url);
  assert.equal(await page_.getAttribute('target'), '_blank');
  assert.equal(await hotline.getAttribute('href'), 'tel:1022');
  // Once each on the screen, below the question.
  assert.equal(await summary.getByRole('link', { name: /^Góp ý, phản ánh, kiến nghị/ }).count(), 1);
  assert.equal(await summary.getByRole('link', { name: '1022', exact: true }).count(), 1);
  const [question, link] = [await feedback(page).boundingBox(), await page_.boundingBox()];
  assert.ok(link.y > question.y, 'below the question');
  await close();

  // A catalogue without a feedback page or hotline: the question alone.
  const bare = sampleCatalogue();
  delete bare.catalogue.portal.feedback_url;
  delete bare.catalogue.contact;
  const other = await openPage(browser, `${server.url}/`, { viewport: SMALL });
  await other.page.route('**/catalogue.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(bare) }));
  await other.page.reload();
  await walk(other.page, BIRTH, { way: /^Trực tiếp/ });
  await feedback(other.page).waitFor();
  const otherSummary = other.page.getByRole('region', { name: 'Tóm tắt' });
  assert.equal(await otherSummary.getByRole('link', { name: /^Góp ý, phản ánh, kiến nghị/ }).count(), 0);
  assert.equal(await otherSummary.locator('a[href^="tel:"]').count(), 0);
  assert.equal(await otherSummary.getByText('Cần góp ý thêm hoặc hỏi trực tiếp:').count(), 0);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(other.log.pageErrors, []);
  await other.close();
});

for (const volunteer of [false, true]) {
  test(`the answer is gone after ${volunteer ? "the volunteer's next person" : 'start over'}`, async () => {
    const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: SMALL });
    if (volunteer) {
      await page.getByRole('button', { name: 'Chế độ tình nguyện viên' }).click();
      await page.locator(`${W} .pg--large`).waitFor();
    }
    await walk(page, BIRTH, { way: /^Trực tiếp/ });
    await listen(page);
    await feedback(page).getByRole('button', { name: 'Có', exact: true }).click();
    await feedback(page).getByRole('status').getByText(THANKS).waitFor();
    const startOver = volunteer
      ? page.locator(`${W} .pg-next-person`).getByRole('button', { name: START_OVER })
      : page.getByRole('button', { name: START_OVER });
    await startOver.click();
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).waitFor();
    await walk(page, BIRTH, { way: /^Trực tiếp/ });
    const box = feedback(page);
    await box.waitFor();
    assert.equal(await box.getByRole('button', { name: 'Có', exact: true }).getAttribute('aria-pressed'), 'false');
    assert.equal(await box.getByRole('button', { name: 'Không', exact: true }).getAttribute('aria-pressed'), 'false');
    assert.equal((await box.getByRole('status').innerText()).trim(), '', 'no thanks left for the next person');
    // The next person can answer, and is heard.
    await box.getByRole('button', { name: 'Không', exact: true }).click();
    await box.getByRole('button', { name: 'Gửi', exact: true }).click();
    await box.getByRole('status').getByText(THANKS).waitFor();
    assert.deepEqual((await heard(page)).map((e) => e.detail.helpful), [true, false]);
    assert.deepEqual(log.pageErrors, []);
    await close();
  });
}
