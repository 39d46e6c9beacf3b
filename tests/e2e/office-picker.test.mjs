// The office picker (issue 12, items 18 and 10): the shorthand people type finds the ward
// ("P9 Q3", "p.9 q.3", "F9 Q3"), a search that leaves one office chooses it and says why;
// the host's own office (`office`, followed live) comes first and is marked; "Tiếp tục"
// without an office says what is missing and takes focus there; the demo ward's centre
// shows the address and hotline of the city's notice; an office without an address
// offers a map search for its name, requested from nobody until tapped; the only office
// of a procedure is the person's, and the summary says why. By role and name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations, eventually, goToPart, openPage, sampleCatalogue, screenshot, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const PHONE = { width: 360, height: 640 };
const BIRTH = 'Thủ tục đăng ký khai sinh';
const ONLY_MATCH = 'Chỉ còn một nơi khớp với nội dung bạn gõ nên nơi đó đã được chọn sẵn';
const MISSING = 'Hãy chọn nơi nộp hồ sơ trước khi tiếp tục.';

const officeSearch = (page) => page.getByRole('searchbox', { name: 'Tìm nơi bạn nộp hồ sơ' });
const offices = (page) => page.getByRole('group', { name: 'Nơi nộp hồ sơ' }).getByRole('radio');
const shadowActive = (page) =>
  page.evaluate(() => {
    const active = document.querySelector('procedure-guide').shadowRoot.activeElement;
    return active ? { className: active.className, text: active.textContent } : null;
  });

/** Records every request the page makes, to show that nothing went to Google. */
function requests(page) {
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function openBirthAtOffice(page) {
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai sinh');
  await page.getByRole('button', { name: new RegExp(`^${BIRTH}`) }).click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  await goToPart(page, 'office');
  await officeSearch(page).waitFor();
}

test('the shorthand people type finds the ward, and the one office it leaves is chosen with why', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  const urls = requests(page);
  await openBirthAtOffice(page);
  const nhieuLoc = page.getByRole('radio', { name: /phường Nhiêu Lộc/ });
  for (const typed of ['P9 Q3', 'p.9 q.3', 'F9 Q3', 'phường 9 quận 3', 'P.9, Q.3']) {
    await officeSearch(page).fill(typed);
    await eventually(async () => (await offices(page).count()) === 1);
    assert.equal(await offices(page).count(), 1, typed);
    assert.ok(await nhieuLoc.isVisible(), typed);
    // Found through the old ward, which the option says.
    assert.match(await nhieuLoc.evaluate((r) => r.labels[0].textContent), /Trước đây: Phường 9 \(Quận 3\)/);
  }
  // The one office the search left is chosen, and the count says why.
  await page.getByRole('status').filter({ hasText: ONLY_MATCH }).waitFor();
  assert.ok(await nhieuLoc.isChecked());
  await page.getByRole('heading', { name: 'Nơi nộp hồ sơ của bạn' }).waitFor();
  await screenshot(page, 'office-shorthand-360');

  // A neighbouring number is another ward: P1 Q3 is Bàn Cờ, not a Phường 10–14.
  await officeSearch(page).fill('P1 Q3');
  await page.getByRole('radio', { name: /phường Bàn Cờ/ }).waitFor();
  assert.equal(await offices(page).count(), 1);
  // A later search that leaves another single office moves the choice made for the person.
  assert.ok(await page.getByRole('radio', { name: /phường Bàn Cờ/ }).isChecked());
  // "P9" alone: every former Phường 9, never Phường 19 (now Thạnh Mỹ Tây).
  await officeSearch(page).fill('P9');
  await eventually(async () => (await offices(page).count()) > 1);
  assert.equal(await page.getByRole('radio', { name: /Thạnh Mỹ Tây/ }).count(), 0);
  assert.equal(await page.getByRole('status').filter({ hasText: ONLY_MATCH }).count(), 0, 'said only while it is so');

  // Chosen by the person, a choice a later search does not move.
  await officeSearch(page).fill('Quận 1');
  await eventually(async () => (await offices(page).count()) > 1);
  await page.getByRole('radio', { name: /phường Sài Gòn/ }).check();
  await officeSearch(page).fill('P9 Q3');
  await eventually(async () => (await offices(page).count()) === 1);
  await page.waitForTimeout(200);
  assert.equal(await page.locator('procedure-guide .pg-office__chosen').getAttribute('data-office'), 'phuong-sai-gon');

  // CSP first: axe adds a style of its own.
  assert.deepEqual(await violations(), []);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(urls.filter((u) => /google/i.test(u)), []);
  await close();
});

test('the host office comes first and is marked; the attribute is followed live and checked', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/test-pages/office-picker.html`, { viewport: PHONE });
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  await goToPart(page, 'office');
  await officeSearch(page).waitFor();
  const first = offices(page).first();
  assert.match(await first.getAttribute('id'), /phuong-ban-co$/);
  const firstName = await first.evaluate((r) => r.labels[0].textContent);
  assert.match(firstName, /phường Bàn Cờ.*Đơn vị của trang này/);
  await page.getByRole('radio', { name: /phường Bàn Cờ – Đơn vị của trang này/ }).waitFor();
  // Only one office is this site's.
  assert.equal(await page.getByText('Đơn vị của trang này').count(), 1);
  // The rest by place: An Đông, An Hội Đông, … (not by "Trung tâm … phường/xã").
  assert.match(await offices(page).nth(1).evaluate((r) => r.labels[0].textContent), /phường An Đông/);
  await screenshot(page, 'office-host-first-360');

  // Changed by a script: followed at once.
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('office', 'phuong-sai-gon'));
  await page.getByRole('radio', { name: /phường Sài Gòn – Đơn vị của trang này/ }).waitFor();
  assert.match(await offices(page).first().getAttribute('id'), /phuong-sai-gon$/);

  // An id the catalogue does not hold: the webmaster is told, the picker still works.
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('office', 'phuong-khong-co'));
  const problem = page.getByRole('status').filter({ hasText: 'office="phuong-khong-co"' });
  await problem.waitFor();
  assert.match(await problem.textContent(), /Thuộc tính office="phuong-khong-co" không có trong danh mục\. Mã cơ quan hợp lệ, ví dụ: .*Tiện ích liệt kê các nơi nộp hồ sơ theo tên/);
  assert.equal(await page.getByText('Đơn vị của trang này').count(), 0);
  assert.match(await offices(page).first().evaluate((r) => r.labels[0].textContent), /phường An Đông/);
  await officeSearch(page).fill('P9 Q3');
  await page.getByRole('radio', { name: /phường Nhiêu Lộc/ }).waitFor();

  // No `office`: the host's `agency`, when it takes this procedure's files.
  await page.evaluate(() => {
    const w = document.querySelector('procedure-guide');
    w.removeAttribute('office');
    w.setAttribute('agency', 'phuong-tan-dinh');
  });
  await officeSearch(page).fill('');
  await page.getByRole('radio', { name: /phường Tân Định – Đơn vị của trang này/ }).waitFor();
  assert.match(await offices(page).first().getAttribute('id'), /phuong-tan-dinh$/);
  assert.equal(await problem.count(), 0, 'the message goes with the bad value');

  assert.deepEqual(await violations(), []);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('"Tiếp tục" without an office says what is missing and takes focus there', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await openBirthAtOffice(page);
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: MISSING });
  await alert.waitFor();
  assert.match(await alert.textContent(), /Bạn chưa thể tiếp tục/);
  assert.equal(await page.locator('procedure-guide .pg-journey').getAttribute('data-view'), 'office', 'did not move on');
  // Focus is on the message, for screen readers and for the eye (scrolled into view).
  assert.ok(await eventually(async () => /Bạn chưa thể tiếp tục/.test((await shadowActive(page))?.text ?? '')));
  assert.ok(await alert.isVisible());
  // The group says it too: described by the message, each option marked invalid.
  const group = page.getByRole('group', { name: 'Nơi nộp hồ sơ' });
  const description = await group.evaluate((el) => (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/).map((id) => el.getRootNode().getElementById(id)?.textContent ?? '').join(' '));
  assert.match(description, /Lỗi: Hãy chọn nơi nộp hồ sơ trước khi tiếp tục\./);
  assert.equal(await offices(page).first().getAttribute('aria-invalid'), 'true');
  await screenshot(page, 'office-missing-360');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(await axeViolations(page), []);

  // Its link brings the person to the office search.
  await alert.getByRole('button', { name: MISSING }).click();
  assert.equal((await shadowActive(page))?.className, 'pg-input');
  // Pressing again brings focus back to the message.
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  assert.ok(await eventually(async () => /Bạn chưa thể tiếp tục/.test((await shadowActive(page))?.text ?? '')));

  // Said after the press, not again when the person comes back from another part.
  await goToPart(page, 'channel');
  await page.locator('procedure-guide .pg-journey[data-view="channel"]').waitFor();
  await goToPart(page, 'office');
  await officeSearch(page).waitFor();
  assert.equal(await alert.count(), 0);

  // Once an office is chosen, the message goes and Continue moves on.
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await alert.waitFor();
  await offices(page).first().check();
  await eventually(async () => (await alert.count()) === 0);
  assert.equal(await alert.count(), 0);
  assert.equal(await offices(page).first().getAttribute('aria-invalid'), null);
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await page.locator('procedure-guide .pg-journey[data-view="channel"]').waitFor();
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('"Continue" without an office, in English', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/test-pages/office-picker.html`, { viewport: PHONE });
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('lang', 'en'));
  await page.getByRole('button', { name: 'Start preparing' }).click();
  await goToPart(page, 'office');
  await page.getByRole('searchbox', { name: 'Find your office' }).waitFor();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Choose an office before you continue.' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /You cannot continue yet/);
  // The host office is marked in English too.
  await page.getByRole('radio', { name: /Bàn Cờ Ward – This website's office/ }).waitFor();
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('the demo ward\'s centre shows its address and hotline, on the summary too', async () => {
  const ward = sampleCatalogue().agencies.find((a) => a.id === 'phuong-nhieu-loc');
  // From Thông báo 243/TB-UBND (tools/data/hcmc-ward-centres.tsv).
  assert.equal(ward.address, '82 Bà Huyện Thanh Quan, phường Nhiêu Lộc');
  assert.equal(ward.hotline, '028.39317313');
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await openBirthAtOffice(page);
  await officeSearch(page).fill('nhieu loc');
  await page.getByRole('radio', { name: /phường Nhiêu Lộc/ }).check();
  for (const box of [page.locator('procedure-guide .pg-office__chosen'), page.locator('procedure-guide .pg-summary')]) {
    if (!(await box.count())) await goToPart(page, 'summary');
    await box.getByText(ward.address).waitFor();
    assert.match(await box.textContent(), new RegExp(textIn(ward.name)));
    const tel = box.getByRole('link', { name: ward.hotline });
    assert.equal(await tel.getAttribute('href'), `tel:${ward.hotline}`);
    assert.equal(await box.getByText('Danh mục chưa có địa chỉ').count(), 0);
    // An address to go by: no search on its name.
    assert.equal(await box.getByRole('link', { name: /^Tìm trên Google Maps/ }).count(), 0);
  }
  await screenshot(page, 'office-demo-ward-summary-360');
  // No editor's note reaches the person: the row's source is for the catalogue's editors.
  assert.doesNotMatch(await page.locator('procedure-guide').evaluate((h) => h.shadowRoot.textContent), /243\/TB-UBND|Thông báo 243/);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('an office without an address offers a map search for its name, fetched by nobody', async () => {
  // Every ward of the sample has an address now: a catalogue where the demo ward has none.
  const catalogue = sampleCatalogue();
  const ward = catalogue.agencies.find((a) => a.id === 'phuong-nhieu-loc');
  delete ward.address;
  delete ward.hotline;
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.route('**/catalogue.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(catalogue) }));
  await page.reload();
  const urls = requests(page);
  await openBirthAtOffice(page);
  await officeSearch(page).fill('nhieu loc');
  await page.getByRole('radio', { name: /phường Nhiêu Lộc/ }).check();
  const chosen = page.locator('procedure-guide .pg-office__chosen');
  await chosen.getByText('Danh mục chưa có địa chỉ').waitFor();
  const map = chosen.getByRole('link', { name: /^Tìm trên Google Maps/ });
  const name = 'Trung tâm Phục vụ hành chính công phường Nhiêu Lộc';
  assert.equal(
    await map.getAttribute('href'),
    `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(name)}`,
  );
  assert.equal(await map.getAttribute('target'), '_blank');
  assert.equal(await map.getAttribute('rel'), 'noopener noreferrer');
  // The summary (and its print) has it too.
  await goToPart(page, 'summary');
  await page.locator('procedure-guide .pg-summary').getByRole('link', { name: /^Tìm trên Google Maps/ }).waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(urls.filter((u) => /google/i.test(u)), [], 'nothing asked of Google until the person taps');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('the only office of a procedure is the person\'s, and the summary says why', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('3.000333');
  await page.getByRole('button', { name: /^Cấp Phiếu Lý lịch tư pháp/ }).click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  // No "Where" part: there is nothing to choose.
  assert.equal(await page.locator('procedure-guide .pg-viewnav__button[data-view="office"]').count(), 0);
  await goToPart(page, 'summary');
  const summary = page.locator('procedure-guide .pg-summary');
  await summary.getByText('Thủ tục này chỉ nhận hồ sơ tại một nơi nên nơi đó đã được chọn sẵn.').waitFor();
  assert.match(await summary.textContent(), /Công an Thành phố Hồ Chí Minh/);
  assert.doesNotMatch(await summary.textContent(), /Bạn chưa chọn nơi nộp hồ sơ/);
  await screenshot(page, 'office-only-one-summary-360');
  assert.deepEqual(log.pageErrors, []);
  await close();
});
