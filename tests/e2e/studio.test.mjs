// Issue 15, first slice: the catalogue studio page in the release folder
// (procedure-guide-studio.html) under the strict CSP. Open a catalogue from the template,
// a chosen file, a dropped file and an address on the same site; every problem listed
// with its code, severity, explanation, JSON path and line, the lines of the file shown
// when one is chosen; refused and failed addresses say why; the draft comes back after a
// reload; saving downloads the text; the English switch. Found by role and accessible
// name; axe-core on each view; screenshots at 360×640 and 1280×800. The agencies editor's
// picker of HCMC ward centres (the list fetched from the release folder only when asked).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  DESKTOP, DIST, ROOT, SCREENSHOTS, axeViolations, eventually, goToPart, openPage, sampleCatalogue, screenshot, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const SMALL = { width: 360, height: 640 };
const PAGE = () => `${server.url}/procedure-guide/procedure-guide-studio.html`;
const TITLE = 'Xưởng danh mục thủ tục';
const sample = sampleCatalogue();
/** `procedure-guide check FILE` (the command-line checker), as a webmaster runs it. */
const check = (file) => spawnSync('cargo', ['run', '--quiet', '--offline', '--locked', '--bin', 'procedure-guide', '--', 'check', file], {
  cwd: ROOT, encoding: 'utf8',
});

async function noAxe(page, what) {
  assert.deepEqual(await axeViolations(page, '#studio'), [], what);
}

/** The count shown beside a label of the check result ("Lỗi" → "0"). */
async function count(page, label) {
  const check = page.getByRole('region', { name: /^Kết quả kiểm tra|^Check result/ });
  return Number(await check.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd').textContent());
}

test('the studio opens the template and the sample, lists nothing to fix, and is clean', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: SMALL });
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByText('Chưa mở danh mục nào.', { exact: false }).waitFor();
  await noAxe(page, 'empty studio');
  await screenshot(page, 'studio-empty-360');

  await page.getByRole('button', { name: 'Bắt đầu từ mẫu' }).click();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: catalogue.json' }).waitFor();
  assert.equal(await count(page, 'Thủ tục'), 1);
  assert.equal(await count(page, 'Lỗi'), 0);
  assert.equal(await count(page, 'Cảnh báo'), 0);
  await page.getByText('Không có lỗi hay cảnh báo nào: danh mục dùng được.').waitFor();
  assert.equal(await page.getByRole('region', { name: 'Các vấn đề cần sửa' }).count(), 0);

  // The sample, from an address on the same site.
  await page.getByLabel('Hoặc địa chỉ của tệp trên trang web này').fill('/catalogue.json');
  await page.getByRole('button', { name: 'Mở từ địa chỉ' }).click();
  await page.getByRole('status').getByText('Đã mở: catalogue.json').waitFor();
  assert.equal(await count(page, 'Thủ tục'), sample.procedures.length);
  assert.equal(await count(page, 'Lỗi'), 0);
  await noAxe(page, 'sample opened');
  await screenshot(page, 'studio-sample-360');

  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});

test('a broken file: each problem with code, severity, message, path and line; choosing one shows the lines', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: DESKTOP });
  const broken = readFileSync(`${DIST}/catalogue.json`, 'utf8')
    .replace('"format": "procedure-guide/1.1",', '"format": "procedure-guide/1.1",\n  "colour": "blue",')
    .replace(/"originals": 1,/, '"originals": "hai",');
  const lines = broken.split('\n');
  const wrongLine = lines.findIndex((l) => l.includes('"originals": "hai"')) + 1;
  await page.getByLabel('Chọn tệp danh mục (JSON)').setInputFiles({
    name: 'phuong-1.json', mimeType: 'application/json', buffer: Buffer.from(broken),
  });
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: phuong-1.json' }).waitFor();
  assert.equal(await count(page, 'Lỗi'), 1);
  assert.equal(await count(page, 'Cảnh báo'), 1);
  const problems = page.getByRole('region', { name: 'Các vấn đề cần sửa' });
  const items = problems.getByRole('listitem');
  assert.equal(await items.count(), 2);
  // The error first, with its line.
  const error = problems.getByRole('button', { name: new RegExp(`^Lỗi E008 .*\\(dòng ${wrongLine}\\)$`) });
  await error.waitFor();
  await items.first().getByText(/^Vị trí: procedures\[\d+\]\.documents\[\d+\]\.originals$/).waitFor();
  await problems.getByRole('button', { name: /^Cảnh báo W\d{3} .*\(dòng 3\)$/ }).waitFor();
  assert.equal(await error.getAttribute('aria-expanded'), 'false');
  await error.click();
  assert.equal(await error.getAttribute('aria-expanded'), 'true');
  const excerpt = items.first().getByRole('figure', { name: 'Đoạn trong tệp' });
  await excerpt.getByText(`${String(wrongLine).padStart(5)}  ${lines[wrongLine - 1]}`).waitFor();
  await noAxe(page, 'problems with one open');
  await screenshot(page, 'studio-problems-1280');

  // English: the same problems in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Catalogue studio' }).waitFor();
  assert.equal(await page.locator('#studio > div').getAttribute('lang'), 'en');
  await page.getByRole('button', { name: new RegExp(`^Error E008 .*\\(line ${wrongLine}\\)$`) }).waitFor();
  await noAxe(page, 'problems in English');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

  // Not JSON at all: one clear problem, never a blank page.
  await page.getByLabel('Chọn tệp danh mục (JSON)').setInputFiles({
    name: 'trang.html', mimeType: 'text/html', buffer: Buffer.from('<!doctype html><p>Không phải JSON</p>'),
  });
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: trang.html' }).waitFor();
  await problems.getByRole('button', { name: /^Lỗi E003 / }).waitFor();
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});

test('a dropped file opens; another site or a missing file says why and keeps what is open', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: SMALL });
  await page.getByRole('button', { name: 'Bắt đầu từ mẫu' }).click();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: catalogue.json' }).waitFor();

  const text = readFileSync(`${DIST}/catalogue.json`, 'utf8');
  await page.getByRole('region', { name: 'Mở danh mục' }).evaluate((section, body) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([body], 'keo-tha.json', { type: 'application/json' }));
    for (const type of ['dragover', 'drop']) {
      section.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, text);
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: keo-tha.json' }).waitFor();
  assert.equal(await count(page, 'Thủ tục'), sample.procedures.length);

  const address = page.getByLabel('Hoặc địa chỉ của tệp trên trang web này');
  await address.fill('https://example.org/catalogue.json');
  await page.getByRole('button', { name: 'Mở từ địa chỉ' }).click();
  await page.getByRole('status').getByText(/^Chỉ mở được tệp trên cùng trang web/).waitFor();
  await address.fill('/khong-co.json');
  await page.getByRole('button', { name: 'Mở từ địa chỉ' }).click();
  await page.getByRole('status').getByText('Không tải được tệp từ địa chỉ này: /khong-co.json (HTTP 404)').waitFor();
  // What was open stays open.
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: keo-tha.json' }).waitFor();
  await noAxe(page, 'failed address');
  await screenshot(page, 'studio-failed-address-360');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});

test('the draft comes back after a reload, and saving downloads the same text', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: DESKTOP });
  const text = readFileSync(`${DIST}/catalogue.json`, 'utf8').replace(/"originals": 1,/, '"originals": -1,');
  await page.getByLabel('Chọn tệp danh mục (JSON)').setInputFiles({
    name: 'nhap.json', mimeType: 'application/json', buffer: Buffer.from(text),
  });
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: nhap.json' }).waitFor();
  assert.equal(await count(page, 'Lỗi'), 1);
  await page.reload();
  await page.getByRole('status').getByText('Đã mở lại bản nháp lưu trên máy này.').waitFor();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: nhap.json' }).waitFor();
  assert.equal(await count(page, 'Lỗi'), 1);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp về máy' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'nhap.json');
  const saved = readFileSync(await download.path(), 'utf8');
  assert.equal(saved, text);
  await page.getByRole('status').getByText('Đã lưu tệp: nhap.json').waitFor();

  // A stored draft that is not ours (another tool, an old version) opens as a file.
  await page.evaluate(() => localStorage.setItem('procedure-guide-studio:draft', 'rác'));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByText('Chưa mở danh mục nào.', { exact: false }).waitFor();
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});

test('the preview is the real widget on the draft: the list, a chosen procedure, a problem\'s procedure, both widths', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: DESKTOP });
  await page.getByRole('button', { name: 'Bắt đầu từ mẫu' }).click();
  const preview = page.getByRole('region', { name: 'Xem trước trên tiện ích' });
  const frame = page.frameLocator('iframe[title="Xem trước tiện ích hướng dẫn với danh mục đang sửa"]');
  // The list of the template's one procedure, in the widget itself.
  await frame.getByRole('heading', { name: 'Thủ tục hành chính Phường Mẫu' }).waitFor();
  await frame.getByRole('button', { name: /Chứng thực bản sao từ bản chính/ }).waitFor();
  // Jump to a procedure.
  await preview.getByLabel('Hiển thị').selectOption('2.000815');
  await frame.getByRole('heading', { level: 2, name: 'Chứng thực bản sao từ bản chính' }).waitFor();
  await noAxe(page, 'preview of a procedure');
  await screenshot(page, 'studio-preview-1280');

  // Widths: the phone's is 360 px; the desktop's takes the page's width.
  const iframe = page.locator('iframe');
  assert.equal(Math.round((await iframe.boundingBox()).width), 360);
  await preview.getByRole('button', { name: 'Máy tính' }).click();
  assert.equal(await preview.getByRole('button', { name: 'Máy tính' }).getAttribute('aria-pressed'), 'true');
  assert.ok((await iframe.boundingBox()).width > 900, 'the desktop preview is wide');
  await preview.getByRole('button', { name: 'Điện thoại' }).click();

  // Another file: the preview shows it; a problem inside a procedure takes the preview there.
  const text = readFileSync(`${DIST}/catalogue.json`, 'utf8');
  const at = text.indexOf('"id": "2.000815"');
  // A warning keeps the procedure; an error in another one drops that one.
  const broken = (text.slice(0, at) + text.slice(at).replace('"id": "2.000815",', '"id": "2.000815",\n      "mau": "đỏ",'))
    .replace(/"originals": 1,/, '"originals": "một",');
  await page.getByLabel('Chọn tệp danh mục (JSON)').setInputFiles({
    name: 'mau.json', mimeType: 'application/json', buffer: Buffer.from(broken),
  });
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: mau.json' }).waitFor();
  await frame.getByRole('heading', { name: sample.catalogue.title.vi }).waitFor();
  assert.equal(await preview.getByLabel('Hiển thị').inputValue(), '');
  const problems = page.getByRole('region', { name: 'Các vấn đề cần sửa' });
  await problems.getByRole('button', { name: /^Cảnh báo W003 / }).click();
  assert.equal(await preview.getByLabel('Hiển thị').inputValue(), '2.000815');
  await frame.getByRole('heading', { level: 2, name: 'Chứng thực bản sao từ bản chính' }).waitFor();
  // The error's procedure is not in the widget: the preview says why instead of going.
  await problems.getByRole('button', { name: /^Lỗi E008 / }).click();
  await preview.getByText(/^Tiện ích chưa hiển thị thủ tục 1\.001193: lỗi này làm thủ tục bị bỏ qua\./).waitFor();
  assert.equal(await preview.getByLabel('Hiển thị').inputValue(), '2.000815');
  await page.setViewportSize({ width: 360, height: 640 });
  await screenshot(page, 'studio-preview-360');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});

/** Opens a part of the editor ("Thủ tục (1)") and one of its items. */
async function editItem(page, section, item) {
  const editor = page.getByRole('region', { name: 'Sửa danh mục' });
  const parts = editor.getByRole('navigation');
  const summary = parts.locator('summary', { hasText: new RegExp(`^${section} \\(\\d+\\)$`) });
  if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
  await parts.getByRole('button', { name: item }).click();
  return editor;
}

test('forms: a planted error fixed from the problem list, a document renamed and a conditional one added, seen in the preview, saved and checked', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: DESKTOP });
  const sampleText = readFileSync(`${DIST}/catalogue.json`, 'utf8');
  const birth = sampleText.indexOf('"id": "1.001193"');
  const planted = sampleText.slice(0, birth) + sampleText.slice(birth).replace(/"originals": 1\b/, '"originals": "hai"');
  assert.notEqual(planted, sampleText);
  await page.getByLabel('Chọn tệp danh mục (JSON)').setInputFiles({
    name: 'phuong.json', mimeType: 'application/json', buffer: Buffer.from(planted),
  });
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: phuong.json' }).waitFor();
  assert.equal(await count(page, 'Lỗi'), 1);

  // Choosing the problem opens its procedure's form with the field focused.
  await page.getByRole('region', { name: 'Các vấn đề cần sửa' }).getByRole('button', { name: /^Lỗi E008 / }).click();
  const editor = page.getByRole('region', { name: 'Sửa danh mục' });
  await editor.getByRole('heading', { name: /^Đang sửa: Thủ tục đăng ký khai sinh \(1\.001193\)$/ }).waitFor();
  const focused = page.locator(':focus');
  assert.equal(await focused.inputValue(), 'hai');
  await focused.fill('1');
  await page.getByText('Không có lỗi hay cảnh báo nào: danh mục dùng được.').waitFor();
  assert.equal(await count(page, 'Lỗi'), 0);
  assert.equal(await page.getByRole('region', { name: 'Các vấn đề cần sửa' }).count(), 0);
  await noAxe(page, 'editing a procedure');
  await screenshot(page, 'studio-form-1280');

  // From the template: rename its document and watch the preview.
  await page.getByRole('button', { name: 'Bắt đầu từ mẫu' }).click();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: catalogue.json' }).waitFor();
  await editItem(page, 'Thủ tục', /^Chứng thực bản sao từ bản chính/);
  const preview = page.getByRole('region', { name: 'Xem trước trên tiện ích' });
  await preview.getByLabel('Hiển thị').selectOption('2.000815');
  const frame = page.frameLocator('iframe');
  const documents = editor.getByRole('group', { name: /^Thành phần hồ sơ \(1\)$/ });
  await documents.locator('summary').first().click();
  const docName = documents.getByRole('group', { name: /^Tên giấy tờ/ }).getByLabel('Tiếng Việt');
  await docName.fill('Bản chính giấy tờ (đã sửa tên)');
  await frame.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  await goToPart(frame, 'documents');
  await frame.getByText('Bản chính giấy tờ (đã sửa tên)').first().waitFor();

  // A question, then a document that is needed only when it is answered "yes".
  const questions = editor.getByRole('group', { name: /^Câu hỏi \(0\)$/ });
  await editor.getByRole('button', { name: 'Thêm câu hỏi' }).click();
  const question = editor.getByRole('group', { name: /^Câu hỏi \(1\)$/ });
  await question.getByLabel(/^Mã câu hỏi/).fill('co-ban-sao');
  await question.getByRole('group', { name: /^Câu hỏi( \*)?$/ }).getByLabel('Tiếng Việt').fill('Bạn đã có bản sao chưa?');
  await question.getByLabel(/^Loại câu hỏi/).selectOption('yes_no');
  await editor.getByRole('button', { name: 'Thêm thành phần hồ sơ' }).click();
  const added = editor.getByRole('group', { name: /^Thành phần hồ sơ \(2\)$/ }).getByRole('listitem').nth(1);
  await added.getByRole('group', { name: /^Tên giấy tờ/ }).getByLabel('Tiếng Việt').fill('Bản sao đã có sẵn');
  await added.getByRole('button', { name: 'Thêm “Chỉ cần khi”' }).click();
  await added.getByLabel(/^Câu hỏi/).selectOption('co-ban-sao');
  await added.getByLabel('Câu trả lời là', { exact: true }).selectOption('yes');
  // Checked as it is typed: a paper with a condition needs an id, and the list says so.
  await page.getByRole('region', { name: 'Các vấn đề cần sửa' })
    .getByText('Vị trí: procedures[0].documents[1].id').waitFor();
  await added.getByLabel(/^Mã giấy tờ/).fill('ban-sao-co-san');
  await page.getByText('Không có lỗi hay cảnh báo nào: danh mục dùng được.').waitFor();
  // The preview reloads the draft: the new question is asked, and "yes" brings the paper.
  await goToPart(frame, 'situation');
  await frame.getByRole('group', { name: 'Bạn đã có bản sao chưa?' }).getByRole('radio', { name: 'Có' }).check();
  await goToPart(frame, 'documents');
  await frame.getByText('Bản sao đã có sẵn').first().waitFor();
  await noAxe(page, 'a conditional document added');

  // Saved: the file passes the command-line check with no error.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp về máy' }).click(),
  ]);
  const saved = await download.path();
  const checked = check(saved);
  assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  const written = JSON.parse(readFileSync(saved, 'utf8'));
  assert.equal(written.procedures[0].questions[0].id, 'co-ban-sao');
  assert.deepEqual(written.procedures[0].documents[1].when, { question: 'co-ban-sao', is: 'yes' });

  // A reload finds the draft as it was.
  await page.reload();
  await page.getByRole('status').getByText('Đã mở lại bản nháp lưu trên máy này.').waitFor();
  await editItem(page, 'Thủ tục', /^Chứng thực bản sao từ bản chính/);
  await editor.getByRole('group', { name: /^Thành phần hồ sơ \(2\)$/ }).waitFor();
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});

test('forms: agencies, related procedures, a paper\'s channels and "see" chosen by name (an agency filtered without accents, any office at a level, a procedure, a link), saved as the format writes them', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: { width: 390, height: 844 } });
  await page.getByLabel('Hoặc địa chỉ của tệp trên trang web này').fill('/catalogue.json');
  await page.getByRole('button', { name: 'Mở từ địa chỉ' }).click();
  await page.getByRole('status').getByText('Đã mở: catalogue.json').waitFor();
  assert.equal(await count(page, 'Lỗi'), 0);

  // A procedure with one agency: add "any office at commune level", then one agency by name.
  const editor = await editItem(page, 'Thủ tục', /^Cấp Phiếu lý lịch tư pháp tại Sở Tư pháp/);
  const agencies = editor.getByRole('group', { name: /^Cơ quan thực hiện \(1\)$/ });
  await agencies.locator('summary', { hasText: 'Sở Tư pháp Thành phố Hồ Chí Minh' }).waitFor();
  // A list says what to put in it, as a single field does.
  await agencies.getByText(/^Các cơ quan nhận hồ sơ, hoặc mọi cơ quan của một cấp/).waitFor();
  await agencies.getByRole('button', { name: 'Thêm cơ quan thực hiện' }).click();
  const two = editor.getByRole('group', { name: /^Cơ quan thực hiện \(2\)$/ });
  const second = two.getByRole('listitem').nth(1);
  await second.getByRole('combobox', { name: 'Cơ quan hoặc cấp thực hiện' }).selectOption({ label: 'Bất kỳ cơ quan nào ở cấp: Xã, phường, đặc khu' });
  await two.locator('summary', { hasText: 'Bất kỳ cơ quan nào ở cấp: Xã, phường, đặc khu' }).waitFor();
  // The next one by keyboard: the filter (no accents typed), Tab to the list, a key to choose.
  await two.getByRole('button', { name: 'Thêm cơ quan thực hiện' }).click();
  const three = editor.getByRole('group', { name: /^Cơ quan thực hiện \(3\)$/ });
  const third = three.getByRole('listitem').nth(2);
  const filter = third.getByRole('searchbox', { name: /^Tìm cơ quan theo tên/ });
  await filter.fill('cong an thanh pho');
  await third.getByRole('status').getByText('1 cơ quan khớp.').waitFor();
  const choose = third.getByRole('combobox', { name: 'Cơ quan hoặc cấp thực hiện' });
  await filter.press('Tab');
  assert.equal(await choose.evaluate((el) => el === document.activeElement), true);
  assert.deepEqual(
    await choose.locator('optgroup[label="Cơ quan trong danh mục"] option').allTextContents(),
    ['Công an Thành phố Hồ Chí Minh'],
  );
  await choose.selectOption({ label: 'Công an Thành phố Hồ Chí Minh' });
  await three.locator('summary', { hasText: 'Công an Thành phố Hồ Chí Minh' }).waitFor();
  assert.equal(await count(page, 'Lỗi'), 0);
  await noAxe(page, 'agencies chosen by name');
  await third.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/studio-agencies-390.png` });

  // A list of procedure ids, chosen by name too.
  await editor.getByRole('group', { name: /^Thủ tục liên quan \(0\)$/ }).getByRole('button', { name: 'Thêm thủ tục liên quan' }).click();
  const related = editor.getByRole('group', { name: /^Thủ tục liên quan \(1\)$/ });
  await related.getByRole('combobox', { name: 'Thủ tục' }).selectOption('3.000333');
  await related.locator('summary', { hasText: /Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam/ }).waitFor();

  // A stop's "see": the procedure it names chosen by its name, and a link added.
  await editItem(page, 'Thủ tục', /^Thủ tục đăng ký khai sinh/);
  // First, a paper's channels ticked among the procedure's by their names.
  const papers = editor.getByRole('group', { name: /^Thành phần hồ sơ \(\d+\)$/ });
  await papers.locator('summary', { hasText: 'Tờ khai đăng ký khai sinh' }).click();
  const ways = papers.getByRole('group', { name: /^Chỉ cần với cách/ }).first();
  assert.equal(await ways.getByRole('checkbox', { name: 'Trực tiếp' }).isChecked(), true);
  assert.equal(await ways.getByRole('checkbox', { name: 'Qua bưu chính' }).isChecked(), true);
  await ways.getByRole('checkbox', { name: 'Ứng dụng VNeID (online-vneid)' }).check();
  await ways.getByRole('checkbox', { name: 'Qua bưu chính' }).uncheck();
  const questions = editor.getByRole('group', { name: /^Câu hỏi \(\d+\)$/ });
  await questions.getByRole('listitem').first().locator('summary').first().click();
  const see = questions.getByRole('group', { name: /^Nên xem \(1\)$/ });
  await see.locator('summary', { hasText: /^⠿ Liên thông thủ tục hành chính về đăng ký khai sinh/ }).click();
  await see.getByRole('combobox', { name: 'Thủ tục' }).selectOption({ label: 'Thủ tục đăng ký kết hôn' });
  await see.locator('summary', { hasText: 'Thủ tục đăng ký kết hôn' }).waitFor();
  await see.getByRole('button', { name: 'Thêm nên xem' }).click();
  const link = questions.getByRole('group', { name: /^Nên xem \(2\)$/ }).getByRole('listitem').nth(1);
  await link.getByRole('combobox', { name: 'Xem thêm ở đâu' }).selectOption({ label: 'Một trang web (liên kết)' });
  await link.getByRole('textbox', { name: 'Địa chỉ trang web (https://…)' }).fill('https://dichvucong.gov.vn');
  await link.getByRole('group', { name: 'Tên liên kết' }).getByLabel('Tiếng Việt').fill('Cổng Dịch vụ công quốc gia');
  assert.equal(await count(page, 'Lỗi'), 0);
  await noAxe(page, 'see chosen by name');
  await link.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/studio-see-390.png` });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp về máy' }).click(),
  ]);
  const saved = await download.path();
  const checked = check(saved);
  assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  const written = JSON.parse(readFileSync(saved, 'utf8'));
  const byId = (id) => written.procedures.find((p) => p.id === id);
  assert.deepEqual(byId('hcm-lltp-stp-cu').agencies, ['so-tu-phap-tphcm', { level: 'commune' }, 'cong-an-tphcm']);
  assert.deepEqual(byId('hcm-lltp-stp-cu').related, ['3.000333']);
  assert.deepEqual(byId('1.001193').questions[0].stop.yes.see, [
    '1.000894', { label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
  ]);
  assert.deepEqual(byId('1.001193').documents[0].channels, ['in_person', 'online-vneid']);
  // Untouched groups are written as they were.
  assert.deepEqual(byId('1.000894').agencies, [{ level: 'commune' }]);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});

test('forms: a single agency group is chosen in place and can become a list; a reference of another kind is shown as written and kept', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: { width: 390, height: 844 } });
  const text = readFileSync(`${DIST}/catalogue.json`, 'utf8');
  const at = (id) => text.indexOf(`"id": "${id}"`);
  const group = /"agencies": \[\s*\{ "level": "commune" \}\s*\]/;
  // 2.000815 with one group, not in a list; 1.000656 with a number among its agencies.
  const odd = text.slice(0, at('1.000656'))
    + text.slice(at('1.000656'), at('2.000635')).replace(group, '"agencies": [{ "level": "commune" }, 42]')
    + text.slice(at('2.000635'), at('2.000815'))
    + text.slice(at('2.000815')).replace(group, '"agencies": { "level": "commune" }');
  assert.notEqual(odd, text);
  assert.match(odd, /"agencies": \[\{ "level": "commune" \}, 42\]/);
  assert.match(odd, /"agencies": \{ "level": "commune" \}/);
  await page.getByLabel('Chọn tệp danh mục (JSON)').setInputFiles({
    name: 'la.json', mimeType: 'application/json', buffer: Buffer.from(odd),
  });
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: la.json' }).waitFor();

  const editor = await editItem(page, 'Thủ tục', /^Thủ tục đăng ký khai tử/);
  const kept = editor.getByRole('group', { name: /^Cơ quan thực hiện \(2\)$/ });
  await kept.getByRole('listitem').nth(1).locator('summary').click();
  await kept.getByRole('listitem').nth(1).getByText('42', { exact: true }).waitFor();
  await kept.getByRole('listitem').nth(1).getByText(/^Giữ nguyên như trong tệp/).waitFor();

  await editItem(page, 'Thủ tục', /^Chứng thực bản sao từ bản chính/);
  const one = editor.getByRole('group', { name: /^Cơ quan thực hiện/ });
  assert.equal(await one.getByRole('combobox', { name: 'Cơ quan hoặc cấp thực hiện' }).inputValue(), 'l:commune');
  await noAxe(page, 'one agency group');
  await one.getByRole('button', { name: 'Thêm cơ quan khác' }).click();
  const list = editor.getByRole('group', { name: /^Cơ quan thực hiện \(2\)$/ });
  const added = list.getByRole('listitem').nth(1);
  await added.getByRole('searchbox', { name: /^Tìm cơ quan theo tên/ }).fill('ben thanh');
  await added.getByRole('combobox', { name: 'Cơ quan hoặc cấp thực hiện' }).selectOption({ label: 'Trung tâm Phục vụ hành chính công phường Bến Thành' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp về máy' }).click(),
  ]);
  const written = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const byId = (id) => written.procedures.find((p) => p.id === id);
  assert.deepEqual(byId('2.000815').agencies, [{ level: 'commune' }, 'phuong-ben-thanh']);
  assert.deepEqual(byId('1.000656').agencies, [{ level: 'commune' }, 42]);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});

test('an unchanged file is saved byte for byte, and an edited one warns before leaving until saved', async () => {
  const { page, close } = await openPage(browser, PAGE(), { viewport: DESKTOP });
  const sampleText = readFileSync(`${DIST}/catalogue.json`, 'utf8');
  await page.getByLabel('Chọn tệp danh mục (JSON)').setInputFiles({
    name: 'mau.json', mimeType: 'application/json', buffer: Buffer.from(sampleText),
  });
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: mau.json' }).waitFor();
  const save = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp về máy' }).click(),
    ]);
    return readFileSync(await download.path(), 'utf8');
  };
  assert.equal(await save(), sampleText, 'the sample is kept in fmt layout: saved unchanged, the same bytes');

  // An edit not yet saved: leaving asks first.
  await editItem(page, 'Thủ tục', /^Thủ tục đăng ký khai sinh/);
  const summary = page.getByRole('region', { name: 'Sửa danh mục' }).getByRole('group', { name: /^Mô tả/ }).getByLabel('Tiếng Việt');
  await summary.fill('Tóm tắt mới');
  let asked = false;
  page.once('dialog', async (dialog) => {
    asked = dialog.type() === 'beforeunload';
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await eventually(() => asked);
  await close();
});

test('a spreadsheet (the template, XLSX and CSV) imports into a draft, with what is left to finish listed', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: SMALL });
  const sheet = page.getByLabel('Hoặc nhập từ bảng tính (CSV, XLSX)');
  await sheet.setInputFiles(`${ROOT}www/catalogue-template.xlsx`);
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: catalogue-template.json' }).waitFor();
  assert.equal(await count(page, 'Thủ tục'), 2);
  assert.equal(await count(page, 'Lỗi'), 0);
  // The two example rows are the sample's: they show in the preview's list.
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: /Thủ tục đăng ký khai sinh/ }).waitFor();

  // A row with a time limit in no unit: imported, and the cell is listed to finish.
  const csv = 'Tên thủ tục,Mã thủ tục,Lĩnh vực,Thời hạn giải quyết\nĐăng ký khai tử,1.000656,Hộ tịch,05\n';
  await sheet.setInputFiles({ name: 'phuong-2.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: phuong-2.json' }).waitFor();
  const finish = page.getByRole('region', { name: /^Cần hoàn thiện sau khi nhập \(\d+\)$/ });
  await finish.getByText(/^dòng 2, cột "Thời hạn giải quyết": /).waitFor();
  await noAxe(page, 'import warnings');
  await screenshot(page, 'studio-import-360');
  // A closed tab or a reload keeps the list with the draft.
  const listed = await finish.getByRole('listitem').allTextContents();
  assert.ok(listed.length > 0);
  await page.reload();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: phuong-2.json' }).waitFor();
  assert.deepEqual(await finish.getByRole('listitem').allTextContents(), listed);

  // Not a workbook: said, and what was open stays.
  await sheet.setInputFiles({ name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK không phải zip') });
  await page.getByRole('status').getByText(/^Không đọc được bảng tính: hong\.xlsx: /).waitFor();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: phuong-2.json' }).waitFor();

  // Another file opened: its draft has no list, and a reload brings none back.
  await page.getByRole('button', { name: 'Bắt đầu từ mẫu' }).click();
  await page.getByRole('heading', { name: /^Kết quả kiểm tra: / }).filter({ hasNotText: 'phuong-2' }).waitFor();
  assert.equal(await finish.count(), 0);
  await page.reload();
  await page.getByRole('heading', { name: /^Kết quả kiểm tra: / }).filter({ hasNotText: 'phuong-2' }).waitFor();
  assert.equal(await finish.count(), 0);

  // The templates are in the release folder beside the studio.
  for (const name of ['catalogue-template.xlsx', 'catalogue-template.csv']) {
    const response = await page.request.get(`${server.url}/procedure-guide/${name}`);
    assert.equal(response.status(), 200, name);
  }
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});

/** The agencies part of the editor, opened, and the picker's open button in it. */
async function agencies(page) {
  const editor = page.getByRole('region', { name: 'Sửa danh mục' });
  const summary = editor.getByRole('navigation').locator('summary', { hasText: /^Cơ quan \(\d+\)$/ });
  if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
  return { editor, summary, open: editor.getByRole('button', { name: 'Thêm Trung tâm phường, xã từ danh sách có sẵn' }) };
}

const WARDS = '**/procedure-guide/procedure-guide-studio-wards.json';

test('agencies: HCMC ward centres added from the shipped list, searched without accents, fetched only when asked', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: { width: 390, height: 844 } });
  const fetched = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/procedure-guide-studio-wards.json')) fetched.push(request.url());
  });
  await page.getByRole('button', { name: 'Bắt đầu từ mẫu' }).click();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: catalogue.json' }).waitFor();
  const { editor, summary, open } = await agencies(page);
  assert.equal(await summary.textContent(), 'Cơ quan (1)');
  assert.deepEqual(fetched, [], 'the list is not fetched before the picker opens');
  assert.equal(await open.getAttribute('aria-expanded'), 'false');

  await open.click();
  assert.equal(await open.getAttribute('aria-expanded'), 'true');
  const picker = page.getByRole('region', { name: 'Trung tâm phường, xã của TP. Hồ Chí Minh' });
  const search = picker.getByRole('searchbox', { name: /^Tìm theo tên hoặc địa chỉ/ });
  await search.waitFor();
  assert.ok(await eventually(async () => await search.evaluate((el) => el === document.activeElement)), 'focus');
  assert.equal(fetched.length, 1);
  await picker.getByText('168 trung tâm khớp với tìm kiếm.').waitFor();
  // The template's own agency is not in the list; none is marked present.
  assert.equal(await picker.getByText('đã có trong danh mục').count(), 0);

  // Without accents, as people type on a phone.
  await search.fill('thu duc');
  await picker.getByText('1 trung tâm khớp với tìm kiếm.').waitFor();
  const thuDuc = picker.getByRole('checkbox', { name: /^Trung tâm Phục vụ hành chính công phường Thủ Đức 2 Nguyễn Công Trứ, phường Thủ Đức( đã có trong danh mục)?$/ });
  assert.equal(await picker.getByRole('checkbox').count(), 1);
  const add = picker.getByRole('button', { name: /^Thêm \d+ trung tâm$/ });
  assert.equal(await add.textContent(), 'Thêm 0 trung tâm');
  assert.ok(await add.isDisabled());
  await thuDuc.check();
  // A ticked centre stays ticked while the search changes.
  await search.fill('binh thanh');
  await picker.getByRole('checkbox', { name: /^Trung tâm Phục vụ hành chính công phường Bình Thạnh\b/ }).check();
  await search.fill('Thủ Đức');
  assert.ok(await thuDuc.isChecked());
  assert.equal(await add.textContent(), 'Thêm 2 trung tâm');
  await noAxe(page, 'the ward picker, open');
  await screenshot(page, 'studio-wards-390');

  await add.click();
  await page.getByRole('status').getByText('Đã thêm 2 trung tâm vào danh mục.').waitFor();
  assert.equal(await picker.count(), 0, 'the panel closes');
  assert.ok(await eventually(async () => await open.evaluate((el) => el === document.activeElement)), 'focus');
  assert.equal(await summary.textContent(), 'Cơ quan (3)');
  await editor.getByRole('navigation').getByRole('button', { name: 'Trung tâm Phục vụ hành chính công phường Thủ Đức (phuong-thu-duc)' }).waitFor();
  assert.equal(await count(page, 'Lỗi'), 0);
  assert.equal(await count(page, 'Cảnh báo'), 0);
  await page.getByText('Không có lỗi hay cảnh báo nào: danh mục dùng được.').waitFor();

  // Opened again: no second fetch; what the draft has is ticked, disabled and said.
  await open.click();
  await search.fill('thu duc');
  await picker.getByText('1 trung tâm khớp với tìm kiếm.').waitFor();
  assert.ok(await thuDuc.isChecked());
  assert.ok(await thuDuc.isDisabled());
  await picker.getByText('đã có trong danh mục').waitFor();
  assert.equal(fetched.length, 1);
  // Escape closes it, the focus back on the button.
  await search.press('Escape');
  assert.equal(await picker.count(), 0);
  assert.ok(await eventually(async () => await open.evaluate((el) => el === document.activeElement)), 'focus');

  // Saved: the agencies are in the file as in the shipped list, and the file checks clean.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp về máy' }).click(),
  ]);
  const saved = await download.path();
  const written = JSON.parse(readFileSync(saved, 'utf8'));
  const shipped = JSON.parse(readFileSync(`${DIST}/procedure-guide/procedure-guide-studio-wards.json`, 'utf8'));
  assert.deepEqual(written.agencies.slice(1).map((a) => a.id).sort(), ['phuong-binh-thanh', 'phuong-thu-duc']);
  assert.deepEqual(written.agencies.find((a) => a.id === 'phuong-thu-duc'), shipped.find((a) => a.id === 'phuong-thu-duc'));
  const checked = check(saved);
  assert.equal(checked.status, 0, checked.stdout + checked.stderr);

  // In English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Add ward and commune centres from the ready-made list' }).click();
  await page.getByRole('searchbox', { name: /^Search by name or address/ }).fill('thu duc');
  await page.getByText('1 centre matches the search.').waitFor();
  await page.getByText('already in the catalogue').waitFor();
  await noAxe(page, 'the ward picker in English');
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});

test('agencies: a missing or broken list of ward centres says so, with a retry, and the rest keeps working', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: SMALL });
  // Slow, then missing: the panel says it is loading meanwhile.
  let answer;
  const answered = new Promise((resolve) => { answer = resolve; });
  await page.route(WARDS, async (route) => {
    await answered;
    await route.fulfill({ status: 404, contentType: 'text/html', body: '<p>Not found</p>' });
  });
  await page.getByRole('button', { name: 'Bắt đầu từ mẫu' }).click();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra: catalogue.json' }).waitFor();
  const { summary, open } = await agencies(page);
  await open.click();
  const picker = page.getByRole('region', { name: 'Trung tâm phường, xã của TP. Hồ Chí Minh' });
  await picker.getByRole('status').getByText('Đang tải danh sách trung tâm…').waitFor();
  answer();
  await picker.getByRole('alert').getByText('Không tải được danh sách trung tâm phường, xã (HTTP 404).').waitFor();
  const retry = picker.getByRole('button', { name: 'Thử lại' });
  assert.ok(await eventually(async () => await retry.evaluate((el) => el === document.activeElement)), 'focus');
  await noAxe(page, 'the ward list missing');
  await screenshot(page, 'studio-wards-missing-360');

  // An HTML page served as the list (a server's catch-all), then a list of nothing usable.
  await page.unroute(WARDS);
  await page.route(WARDS, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '<!doctype html><p>Trang chủ</p>' }));
  await retry.click();
  await picker.getByRole('alert').getByText(/^Tệp danh sách trung tâm phường, xã bị hỏng \(không đọc được từ dòng 1, cột 1\)\.$/).waitFor();
  await page.unroute(WARDS);
  await page.route(WARDS, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": 1}, "x"]' }));
  await retry.click();
  await picker.getByRole('alert').getByText('Tệp danh sách trung tâm phường, xã không có trung tâm nào dùng được.').waitFor();
  // Forms still work meanwhile; the catalogue is unchanged.
  assert.equal(await summary.textContent(), 'Cơ quan (1)');
  assert.equal(await count(page, 'Lỗi'), 0);

  // The real list: the retry brings it.
  await page.unroute(WARDS);
  await page.route(WARDS, async (route) => {
    await new Promise((resolve) => { setTimeout(resolve, 300); });
    await route.continue();
  });
  await retry.click();
  // While it loads, the focus waits on the panel's heading, not the page's start.
  await picker.getByRole('status').getByText('Đang tải danh sách trung tâm…').waitFor();
  assert.ok(await eventually(async () => await picker.getByRole('heading').evaluate((el) => el === document.activeElement)), 'focus');
  await picker.getByText('168 trung tâm khớp với tìm kiếm.').waitFor();
  assert.ok(await eventually(async () => await picker.getByRole('searchbox').evaluate((el) => el === document.activeElement)), 'focus');
  await picker.getByRole('button', { name: 'Huỷ' }).click();
  assert.equal(await picker.count(), 0);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});
