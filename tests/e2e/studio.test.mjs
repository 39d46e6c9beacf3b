// Issue 15, first slice: the catalogue studio page in the release folder
// (procedure-guide-studio.html) under the strict CSP. Open a catalogue from the template,
// a chosen file, a dropped file and an address on the same site; every problem listed
// with its code, severity, explanation, JSON path and line, the lines of the file shown
// when one is chosen; refused and failed addresses say why; the draft comes back after a
// reload; saving downloads the text; the English switch. Found by role and accessible
// name; axe-core on each view; screenshots at 360×640 and 1280×800.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DESKTOP, DIST, axeViolations, openPage, sampleCatalogue, screenshot, useBrowserAndServer,
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
