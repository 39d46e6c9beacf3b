// The hand-off end to end on the demo page: the largest state (the procedure with the
// most documents, everything ticked) becomes a share link and a QR code; the code,
// decoded from a screenshot of its image, gives the link; the link opened in a fresh
// browser context shows the same ticks and view and leaves no `#pg-` fragment in the
// address bar (a host fragment stays); a tampered or truncated link says so and changes
// nothing. No CSP violation anywhere.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import {
  PHONE, SCREENSHOTS, axeViolations, eventually, goToPart, openPage, sampleCatalogue, screenshot, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
const W = 'procedure-guide';
const catalogue = sampleCatalogue();
const largest = catalogue.procedures.reduce((a, b) => ((b.documents?.length ?? 0) > (a.documents?.length ?? 0) ? b : a));

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

/** Ticks every paper the checklist shows, until none is left unticked. */
async function tickEverything(page) {
  for (let round = 0; round < 50; round++) {
    const unticked = page.locator(`${W} .pg-tick input[type="checkbox"]:not(:checked)`);
    if ((await unticked.count()) === 0) return;
    await unticked.first().check();
  }
  throw new Error('could not tick every paper');
}

async function tickedTargets(page) {
  return page.locator(`${W} .pg-tick:has(input:checked)`).evaluateAll((els) => els.map((e) => e.dataset.tick).sort());
}

/** Decodes the QR code shown in the widget from a screenshot of it, as a phone would. */
async function decodeQr(page) {
  const image = page.locator(`${W} .pg-share__qr svg`);
  await image.waitFor();
  const png = await image.screenshot();
  // PNG decoding in the page (createImageBitmap on bytes: no URL, so the CSP is not
  // involved), the QR decoding in Node with jsQR.
  const { width, height, data } = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
  }, png.toString('base64'));
  const code = jsQR(new Uint8ClampedArray(data), width, height);
  assert.ok(code, 'the QR code decodes');
  return code.data;
}

async function assertClean(opened, what) {
  assert.deepEqual(await opened.violations(), [], `no CSP violation: ${what}`);
  assert.deepEqual(opened.log.consoleErrors, [], `no console error: ${what}`);
  assert.deepEqual(opened.log.pageErrors, [], `no page error: ${what}`);
}

let link;
let ticked;

test('the largest state becomes a link and a QR code that decodes to it', async () => {
  const opened = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  const { page } = opened;
  await page.locator(`${W} .pg-result`, { hasText: textIn(largest.name) }).click();
  await page.locator(`${W} .pg-journey[data-procedure="${largest.id}"]`).waitFor();
  await goToPart(page, 'documents');
  await page.locator(`${W} .pg-journey[data-view="documents"]`).waitFor();
  await tickEverything(page);
  ticked = await tickedTargets(page);
  assert.ok(ticked.length >= largest.documents.length - 1, `ticked ${ticked.length}`);
  await goToPart(page, 'summary');
  await page.locator(`${W} .pg-journey[data-view="summary"]`).waitFor();

  // No link, and no QR module loaded, until the person asks.
  assert.equal(await page.locator(`${W} .pg-share__link`).count(), 0);
  const qrRequests = [];
  page.on('request', (r) => /procedure-guide-qr-[0-9a-f]+\.js$/.test(r.url()) && qrRequests.push(r.url()));
  await page.locator(`${W} .pg-share__create`).click();
  link = await page.locator(`${W} .pg-share__link`).inputValue();
  assert.match(link, new RegExp(`^${server.url}/#pg-huong-dan=\\.[A-Za-z0-9_.-]+$`));
  // The compact form (issue 12, item 13): the largest state in a few dozen characters.
  const payloadLength = link.split('=').slice(1).join('=').length;
  assert.ok(payloadLength <= 64, `payload of ${payloadLength} characters: ${link}`);
  assert.equal(qrRequests.length, 0, 'the QR encoder is not loaded before it is asked for');
  const focused = () => page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.activeElement?.className ?? null);
  // The button went away: focus is on the link it made, not lost to the page.
  assert.equal(await focused(), 'pg-share__link');

  await page.locator(`${W} .pg-share__show-qr`).click();
  await page.locator(`${W} .pg-share__qr svg`).waitFor();
  assert.ok(await eventually(async () => (await focused()) === 'pg-share__qr'), 'focus on the QR code');
  // Checked before the screenshot (Playwright's element screenshot may mark the page).
  assert.deepEqual(
    await page.locator(`${W} [style]`).evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 120))),
    [],
    'no style attributes, QR included',
  );
  assert.equal(await decodeQr(page), link);
  assert.equal(qrRequests.length, 1);

  // Copy as text: the checklist in words, on the clipboard.
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.locator(`${W} .pg-share__copy-text`).click();
  await page.locator(`${W} .pg-share__message`, { hasText: 'Đã sao chép' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(textIn(largest.name)), copied);
  assert.ok(copied.includes(largest.id) && copied.includes(link), copied);

  await page.locator(`${W} .pg-share`).scrollIntoViewIfNeeded();
  await page.locator(`${W} .pg-share`).screenshot({ path: `${SCREENSHOTS}/share-phone-box.png` });
  await screenshot(page, 'share-phone-summary');
  await assertClean(opened, 'making the link');
  // Last: axe-core injects its own inline style, which the strict CSP reports.
  assert.deepEqual(await axeViolations(page), [], 'axe-core: the share box with link and QR code');
  await opened.close();
});

test('the link opens the same state in a fresh browser and leaves no fragment', async () => {
  assert.ok(link, 'the first test made a link');
  const opened = await openPage(browser, link, { viewport: PHONE });
  const { page } = opened;
  await page.locator(`${W} .pg-journey[data-procedure="${largest.id}"][data-view="summary"]`).waitFor();
  await page.locator(`${W} .pg-shared-notice[data-shared="opened"]`).waitFor();
  assert.equal(page.url(), `${server.url}/`, 'no fragment left in the address bar');
  assert.match(await page.locator(`${W} .pg-summary`).textContent(), /Bạn đã có đủ giấy tờ/);
  await goToPart(page, 'documents');
  await page.locator(`${W} .pg-journey[data-view="documents"]`).waitFor();
  assert.deepEqual(await tickedTargets(page), ticked);
  // Saved on this device too: a reload keeps it (and finds no link to read again).
  const saved = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('procedure-guide:')));
  assert.equal(saved.length, 1, saved.join(', '));
  await assertClean(opened, 'opening the link');
  await opened.close();
});

test("the host's own fragment stays when ours is removed", async () => {
  const payload = link.split('=').slice(1).join('=');
  const opened = await openPage(browser, `${server.url}/#noi-dung&pg-huong-dan=${payload}`);
  const { page } = opened;
  await page.locator(`${W} .pg-journey[data-view="summary"]`).waitFor();
  assert.equal(page.url(), `${server.url}/#noi-dung`);
  await assertClean(opened, 'host fragment');
  await opened.close();
});

test('a link opened below a tall header brings the widget into view and focuses the procedure heading', async () => {
  assert.ok(link, 'the first test made a link');
  const payload = link.split('=').slice(1).join('=');
  const page0 = `${server.url}/test-pages/tall-header.html`;
  // Without a link the host page stays where it is.
  const plain = await openPage(browser, page0, { viewport: PHONE });
  await plain.page.getByRole('searchbox', { name: 'Tìm thủ tục' }).waitFor({ state: 'attached' });
  assert.equal(await plain.page.evaluate(() => window.scrollY), 0, 'no link: no scrolling');
  await plain.close();

  const opened = await openPage(browser, `${page0}#pg-huong-dan=${payload}`, { viewport: PHONE });
  const { page } = opened;
  const heading = page.getByRole('heading', { level: 2, name: textIn(largest.name) });
  await heading.waitFor();
  const focusedHeading = () => page.evaluate(() => {
    const active = document.querySelector('procedure-guide').shadowRoot.activeElement;
    return active?.matches('h2') ? active.textContent : null;
  });
  assert.ok(await eventually(async () => (await focusedHeading()) === textIn(largest.name)), 'the heading has focus');
  assert.equal(await heading.getAttribute('tabindex'), '-1');
  const box = await heading.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height, `the heading is in the viewport: ${JSON.stringify(box)}`);
  assert.ok((await page.evaluate(() => window.scrollY)) > 1000, 'the page scrolled down to the widget');
  // The notice saying what opened is in view too.
  const notice = await page.getByRole('status').filter({ hasText: 'Đã mở tiến độ từ đường dẫn chia sẻ' }).boundingBox();
  assert.ok(notice && notice.y >= 0 && notice.y < PHONE.height, `the notice is in view: ${JSON.stringify(notice)}`);
  await screenshot(page, 'share-opened-below-tall-header');
  await assertClean(opened, 'tall header');
  await opened.close();
});

test('a tampered or truncated link says so and changes nothing', async () => {
  const payload = link.split('=').slice(1).join('=');
  const middle = Math.floor(payload.length / 2);
  const flip = payload[middle] === 'A' ? 'B' : 'A';
  const tampered = `${payload.slice(0, middle)}${flip}${payload.slice(middle + 1)}`;
  for (const [what, bad] of [
    ['truncated', payload.slice(0, payload.length - 7)],
    ['tampered', tampered],
    ['not base64', `${payload.slice(0, 10)}!*${payload.slice(12)}`],
    ['another catalogue', Buffer.from(`another-ward\n{"v":1,"p":"${largest.id}"}`).toString('base64url')],
  ]) {
    const opened = await openPage(browser, `${server.url}/#pg-huong-dan=${bad}`);
    const { page } = opened;
    const notice = page.locator(`${W} .pg-shared-notice`);
    await notice.waitFor();
    // A flipped character can still decode to a valid journey (a different nonce or
    // fingerprint); then it opens like any link. Everything else must say "problem".
    const kind = await notice.getAttribute('data-shared');
    if (what !== 'tampered') assert.equal(kind, 'broken', what);
    if (kind === 'broken') {
      assert.equal(await page.locator(`${W} .pg-journey`).count(), 0, `${what}: nothing opened`);
      const saved = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('procedure-guide:')));
      assert.deepEqual(saved, [], `${what}: nothing saved`);
    }
    assert.equal(page.url(), `${server.url}/`, `${what}: the fragment is removed`);
    await assertClean(opened, what);
    await opened.close();
  }
});

test('a link from an older catalogue opens with what still matches, and says so', async () => {
  // A link in the first format (base64url of the catalogue id and the state's JSON), as
  // the widget made them before the compact form: they keep opening. One paper that no
  // longer exists, one ticked paper renamed since (another fingerprint).
  assert.ok(ticked?.length, 'the first test ticked papers');
  const kept = ticked[0];
  const state = { v: 1, p: largest.id, n: 0, t: 0, w: 'summary', k: { [kept]: 1, 'giay-da-bo': 1 } };
  const older = Buffer.from(`${catalogue.catalogue.id}\n${JSON.stringify(state)}`).toString('base64url');
  const opened = await openPage(browser, `${server.url}/#pg-huong-dan=${older}`);
  const { page } = opened;
  await page.locator(`${W} .pg-shared-notice[data-shared="partly"]`).waitFor();
  await page.locator(`${W} .pg-journey[data-view="summary"]`).waitFor();
  await goToPart(page, 'documents');
  await page.locator(`${W} .pg-tick--changed[data-tick="${kept}"]`).waitFor();
  assert.deepEqual(await tickedTargets(page), [], 'a changed tick waits for the person to check again');
  assert.equal(page.url(), `${server.url}/`);
  await assertClean(opened, 'older catalogue');
  await opened.close();
});

test('with share-page, links open the standalone page, not the host page', async () => {
  const opened = await openPage(browser, `${server.url}/test-pages/share-page.html#/router/route`);
  const { page } = opened;
  await page.locator(`${W} .pg-result`, { hasText: textIn(largest.name) }).click();
  await goToPart(page, 'summary');
  await page.locator(`${W} .pg-share__create`).click();
  const made = await page.locator(`${W} .pg-share__link`).inputValue();
  assert.match(made, new RegExp(`^${server.url}/#pg-huong-dan=\\.[A-Za-z0-9_.-]+$`));
  assert.equal(page.url(), `${server.url}/test-pages/share-page.html#/router/route`, "the host's hash is untouched");
  await assertClean(opened, 'share-page');
  await opened.close();
});

test("in an app's own browser: the share sheet where there is one, no dead print button", async () => {
  // Zalo's in-app browser: a user agent with its mark, a share sheet, and a print()
  // that does nothing.
  const context = await browser.newContext({
    viewport: PHONE,
    userAgent: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130 Mobile Safari/537.36 Zalo android/12',
  });
  await context.addInitScript(() => {
    window.__pgShared = [];
    navigator.share = async (data) => {
      window.__pgShared.push(data);
    };
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator(`${W} .pg-result`, { hasText: textIn(largest.name) }).click();
  await goToPart(page, 'summary');
  await page.locator(`${W} .pg-journey[data-view="summary"]`).waitFor();
  assert.equal(await page.locator(`${W} .pg-summary button`, { hasText: 'In bản tóm tắt' }).count(), 0);
  await page.locator(`${W} .pg-summary`, { hasText: 'không in được' }).waitFor();
  await page.locator(`${W} .pg-share__create`).click();
  const made = await page.locator(`${W} .pg-share__link`).inputValue();
  await page.locator(`${W} .pg-share__sheet`).click();
  const shared = await page.evaluate(() => window.__pgShared);
  assert.equal(shared.length, 1);
  assert.equal(shared[0].url, made);
  // The link goes once, as the url: apps put it after the text themselves.
  assert.ok(!shared[0].text.includes(made), shared[0].text);
  assert.match(shared[0].text, /^Còn thiếu \d+\/\d+ giấy tờ:$|^Bạn đã có đủ giấy tờ/m);
  assert.equal(shared[0].title, textIn(largest.name));
  await context.close();
});

test("the grandmother's text is the whole checklist, ending with a link that opens it", async () => {
  // Issue 12, item 13: what she sends her son over Zalo. An office with address, hours
  // and hotline (the test page's catalogue), the desk, one paper of a choice ticked.
  const opened = await openPage(browser, `${server.url}/test-pages/test-offices.html`, { viewport: { width: 360, height: 640 } });
  const { page, context } = opened;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.getByRole('button', { name: /^Thủ tục đăng ký khai sinh/ }).click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  const question = (text) => page.getByRole('group', { name: new RegExp(text) });
  await question('làm cùng lúc khai sinh').getByRole('radio', { name: 'Không' }).check();
  await question('Ai đi đăng ký khai sinh').getByRole('radio', { name: /Cha hoặc mẹ/ }).check();
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await page.getByRole('radio', { name: /Phường Thử Nghiệm A/ }).check();
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await page.getByRole('radio', { name: /^Trực tiếp/ }).check();
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  const papers = page.getByRole('region', { name: 'Giấy tờ' });
  await papers.getByRole('checkbox', { name: /^Tờ khai đăng ký khai sinh/ }).check();
  await papers.getByRole('checkbox', { name: /^Hộ chiếu/ }).check();
  const parts = page.getByRole('navigation', { name: 'Các phần của hướng dẫn' });
  if (!(await parts.getByRole('button', { name: /^\d+ Tóm tắt$/ }).isVisible())) {
    await parts.getByRole('button', { name: /^Bước \d+\/\d+/ }).click();
  }
  await parts.getByRole('button', { name: /^\d+ Tóm tắt$/ }).click();
  // No link made on screen yet: the copied text carries one all the same.
  await page.getByRole('button', { name: 'Sao chép dạng văn bản' }).click();
  await page.getByText('Đã sao chép').waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  let at = 0;
  for (const expected of [
    /^Thủ tục đăng ký khai sinh \(Mã thủ tục 1\.001193\)$/,
    /^Nơi nộp hồ sơ: Phường Thử Nghiệm A \(dữ liệu thử\), Số 1 Đường Không Có Thật/,
    /^  Giờ làm việc: Thứ Hai đến Thứ Sáu, 7:30 đến 11:30/,
    /^  Đường dây nóng: 0000 000 001$/,
    /^Cách nộp: Trực tiếp$/,
    /^Còn thiếu \d+\/\d+ giấy tờ:$/,
    /^✓ Tờ khai đăng ký khai sinh/,
    // A choice of papers none of which she has yet: the choices, any one will do.
    /^✗ Giấy chứng sinh hoặc giấy tờ thay thế – Một trong các giấy tờ sau: Giấy chứng sinh do cơ sở y tế cấp; /,
    // A choice she has: the one ticked.
    /^✓ Giấy tờ tùy thân của người đi nộp.*: Hộ chiếu$/,
    /^Bước tiếp theo: \S/,
    /^Thông tin theo danh mục của cơ quan/,
    new RegExp(`^${server.url}/test-pages/test-offices\\.html#pg-thu-co-quan=\\.[A-Za-z0-9_.-]+$`),
  ]) {
    const found = lines.findIndex((line, i) => i >= at && expected.test(line));
    assert.ok(found >= 0, `${expected} after line ${at} in\n${text}`);
    at = found + 1;
  }
  assert.equal(at, lines.length, 'the link is the last line');
  const sent = lines[lines.length - 1];
  await opened.close();

  // The son opens it on his phone: the same office, the same papers.
  const son = await openPage(browser, sent, { viewport: { width: 360, height: 640 } });
  await son.page.getByRole('heading', { name: 'Tóm tắt' }).waitFor();
  const summary = (await son.page.getByRole('region', { name: 'Tóm tắt' }).textContent()).replace(/\s+/g, ' ');
  assert.match(summary, /Phường Thử Nghiệm A/);
  assert.match(summary, /Đã có: Tờ khai đăng ký khai sinh/);
  assert.match(summary, /Đã có: Giấy tờ tùy thân của người đi nộp.*: Hộ chiếu/);
  await assertClean(son, "the son's phone");
  await son.close();
});
