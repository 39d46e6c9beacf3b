// Catalogue format 1.1 in the widget (issue 13), on a test page whose catalogue uses
// every new field: a legal deadline with its last day and an .ics made on the device;
// two online ways told apart by their own names; the VNeID level-2 account check whose
// "not yet" leads somewhere useful and is kept across reload and share; an online-only
// procedure with no paper desk, the assisted line and its office; and no editors' note
// anywhere on screen, in print or in the shared text. By role and name; axe on each state.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, goToPart, openPage, sampleCatalogue, screenshot, useBrowserAndServer } from './harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const PHONE = { width: 360, height: 640 };
const PAGE = () => `${server.url}/test-pages/format-1-1.html`;
const BIRTH = /^Đăng ký khai sinh/;
const RECORD = /^Cấp Phiếu lý lịch tư pháp/;

async function open(page, name) {
  await page.getByRole('button', { name }).first().click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
}

async function widgetText(page) {
  return page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.textContent);
}

async function noAxe(page, what) {
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `${what}: ${v.join('\n')}`);
}

/** Days from today (in Vietnam) to an ISO date, as the widget counts them. */
function daysUntil(iso) {
  const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
  return Math.round((Date.parse(iso) - Date.parse(today)) / 86400000);
}

test('the deadline gives the last day for a date, and the calendar file made on the device says it', async () => {
  const { page, log, violations, close } = await openPage(browser, PAGE(), { viewport: PHONE });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await open(page, BIRTH);
  const box = page.getByRole('region', { name: 'Hạn nộp hồ sơ' });
  await box.getByText('Trong 60 ngày kể từ ngày sinh (Điều 15 Luật Hộ tịch 2014).').waitFor();
  await screenshot(page, 'deadline-ask-360');
  const date = box.getByLabel('Nhập ngày sinh để biết ngày cuối cùng');
  await date.fill('2026-11-20');
  // Day 60 after 20/11/2026 is Tuesday 19/01/2027 (counting starts the next day).
  await box.getByText('Ngày cuối cùng: Thứ Ba, 19/01/2027').waitFor();
  const left = daysUntil('2027-01-19');
  const said = await box.locator('.pg-deadline__last').textContent();
  if (left > 0) assert.ok(said.includes(`còn ${left} ngày`), said);
  else if (left < 0) assert.ok(said.includes(`đã quá hạn ${-left} ngày`), said);
  await box.getByText(/ngày nghỉ lễ, Tết, hạn được lùi sang ngày làm việc kế tiếp/).waitFor();
  await noAxe(page, 'deadline with a last day');
  await screenshot(page, 'deadline-last-day-360');

  // "Thêm vào lịch": a download, made without any request.
  const before = requests.length;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    box.getByRole('link', { name: 'Thêm vào lịch' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'han-nop-1.001193.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  assert.equal(requests.length, before, 'nothing was fetched for the calendar file');
  assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  assert.match(ics, /\r\nDTSTART;VALUE=DATE:20270119\r\n/);
  assert.match(ics, /\r\nDTEND;VALUE=DATE:20270120\r\n/);
  const unfolded = ics.replace(/\r\n /g, '');
  assert.match(unfolded, /\r\nSUMMARY:Ngày cuối cùng: Đăng ký khai sinh\r\n/);
  assert.match(unfolded, /\r\nDESCRIPTION:Trong 60 ngày kể từ ngày sinh \(Điều 15 Luật Hộ tịch 2014\)\.\\n/);
  assert.match(ics, /END:VCALENDAR\r\n$/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);

  // A weekend end moves to Monday.
  await date.fill('2025-11-30'); // + 60 = Thu 29/01/2026
  await box.getByText('Ngày cuối cùng: Thứ Năm, 29/01/2026').waitFor();
  await date.fill('2025-12-01'); // + 60 = Fri 30/01/2026
  await box.getByText('Ngày cuối cùng: Thứ Sáu, 30/01/2026').waitFor();
  await date.fill('2025-12-02'); // + 60 = Sat 31/01/2026 → Mon 02/02/2026
  await box.getByText('Ngày cuối cùng: Thứ Hai, 02/02/2026').waitFor();
  await box.getByText(/Ngày thứ bảy hoặc chủ nhật được lùi sang thứ Hai/).waitFor();
  await box.getByText(/đã quá hạn \d+ ngày/).waitFor();
  await box.getByText('Hãy hỏi cán bộ tại Trung tâm: bạn vẫn có thể làm thủ tục.').waitFor();
  await noAxe(page, 'deadline passed');

  // Kept on the device: a reload shows the same date and last day.
  await date.fill('2026-11-20');
  await box.getByText('Ngày cuối cùng: Thứ Ba, 19/01/2027').waitFor();
  await page.reload();
  await page.getByRole('region', { name: 'Hạn nộp hồ sơ' }).getByText('Ngày cuối cùng: Thứ Ba, 19/01/2027').waitFor();
  // Clearing the date clears the last day.
  await page.getByLabel('Nhập ngày sinh để biết ngày cuối cùng').fill('');
  await page.getByRole('region', { name: 'Hạn nộp hồ sơ' }).getByText(/^Ngày cuối cùng: /).waitFor({ state: 'detached' });
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});

test('two online ways read apart, and "no account yet" explains and offers the desk, kept across reload and share', async () => {
  const opened = await openPage(browser, PAGE(), { viewport: PHONE });
  const { page, context, log } = opened;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await open(page, BIRTH);
  await page.getByRole('region', { name: 'Hạn nộp hồ sơ' }).getByLabel('Nhập ngày sinh để biết ngày cuối cùng').fill('2026-11-20');
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  await goToPart(page, 'channel');
  const vneid = page.getByRole('radio', { name: /^Trực tuyến – Ứng dụng VNeID/ });
  // No label: told apart by its address.
  const portal = page.getByRole('radio', { name: /^Trực tuyến – dichvucong\.gov\.vn/ });
  await vneid.waitFor();
  await portal.waitFor();
  const question = page.getByRole('group', { name: 'Bạn đã có tài khoản định danh điện tử mức 2 (VNeID) chưa?' });
  assert.equal(await question.count(), 0, 'asked only once a way that needs it is chosen');
  await vneid.check();
  await question.waitFor();
  await noAxe(page, 'account question');
  await question.getByRole('radio', { name: 'Chưa có' }).check();
  const how = page.getByText('Cách có tài khoản định danh điện tử mức 2');
  await how.waitFor();
  await page.getByText(/Công an xã, phường nơi bạn cư trú/).waitFor();
  await page.getByText(/thẻ căn cước/).first().waitFor();
  await screenshot(page, 'account-not-yet-360');
  await noAxe(page, 'account not yet');
  // The way that needs no account, one tap away.
  await page.getByRole('button', { name: /^Trực tiếp/ }).click();
  assert.ok(await page.getByRole('radio', { name: /^Trực tiếp/ }).isChecked());
  assert.equal(await question.count(), 0, 'the desk needs no account');
  // Back to the app: the answer was kept.
  await vneid.check();
  assert.ok(await question.getByRole('radio', { name: 'Chưa có' }).isChecked());
  await page.reload();
  await page.getByRole('group', { name: 'Bạn đã có tài khoản định danh điện tử mức 2 (VNeID) chưa?' })
    .getByRole('radio', { name: 'Chưa có' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'Chưa có' }).isChecked(), 'kept across a reload');

  // The summary and the shared text say the way's own name, the account and the last day.
  await goToPart(page, 'summary');
  const summary = page.getByRole('region', { name: 'Tóm tắt' });
  await summary.getByText('Tài khoản định danh điện tử mức 2 (VNeID): chưa có – cần đăng ký trước khi nộp trực tuyến').waitFor();
  await summary.getByText(/Ứng dụng VNeID/).first().waitFor();
  await summary.getByText('Ngày cuối cùng: Thứ Ba, 19/01/2027').waitFor();
  await noAxe(page, 'summary with account and deadline');
  await page.getByRole('button', { name: 'Sao chép dạng văn bản' }).click();
  await page.getByText('Đã sao chép').waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^Hạn nộp hồ sơ: Trong 60 ngày kể từ ngày sinh\. Ngày cuối cùng: Thứ Ba, 19\/01\/2027$/m);
  assert.match(text, /^Cách nộp: Trực tuyến – Ứng dụng VNeID \(Mức độ 4 – toàn trình\)$/m);
  assert.match(text, /^  Tài khoản định danh điện tử mức 2 \(VNeID\): chưa có/m);
  const link = text.trim().split('\n').at(-1);
  assert.match(link, /#pg-thu-1-1=\./);

  // The son opens the link on his phone: the same way, account answer and date.
  const son = await openPage(browser, link, { viewport: PHONE });
  await son.page.getByRole('heading', { name: 'Tóm tắt' }).waitFor();
  await son.page.getByText('Tài khoản định danh điện tử mức 2 (VNeID): chưa có – cần đăng ký trước khi nộp trực tuyến').waitFor();
  await son.page.getByText('Ngày cuối cùng: Thứ Ba, 19/01/2027').waitFor();
  await son.close();

  // Print: the names, the account and the last day are on the paper.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const dir = mkdtempSync(join(tmpdir(), 'pg-1-1-'));
  writeFileSync(join(dir, 'p.pdf'), pdf);
  const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' })
    .normalize('NFC').replace(/\s+/g, ' ');
  assert.match(printed, /Ứng dụng VNeID/);
  assert.match(printed, /Tài khoản định danh điện tử mức 2 \(VNeID\): chưa có/);
  assert.match(printed, /Ngày cuối cùng: Thứ Ba, 19\/01\/2027/);
  assert.doesNotMatch(printed, /Thêm vào lịch/);
  assert.doesNotMatch(printed, /EDITOR-NOTE/);
  assert.deepEqual(log.pageErrors, []);
  await opened.close();
});

test('an online-only procedure offers no paper desk: the assisted way, the line and its office', async () => {
  const { page, log, close } = await openPage(browser, PAGE(), { viewport: PHONE });
  await open(page, RECORD);
  const note = page.getByRole('note').filter({ hasText: 'Nộp trực tuyến; nếu cần, cán bộ tại Trung tâm hỗ trợ bạn nộp.' });
  await note.waitFor();
  await note.getByText('Không nhận hồ sơ giấy từ ngày 01/10/2025 (Chỉ thị 24/CT-TTg ngày 13/9/2025).').waitFor();
  await note.getByText('Trung tâm Phục vụ hành chính công phường Thử').waitFor();
  await screenshot(page, 'online-only-overview-360');
  await noAxe(page, 'online-only overview');
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  await goToPart(page, 'channel');
  const assisted = page.getByRole('radio', { name: /^Tại Trung tâm: cán bộ hỗ trợ nộp trực tuyến/ });
  await assisted.waitFor();
  assert.equal(await page.getByRole('radio', { name: /^Trực tiếp/ }).count(), 0, 'no paper desk');
  assert.equal(await page.getByRole('radio').count(), 2);
  await page.getByRole('radio', { name: /^Trực tuyến – Cổng Dịch vụ công quốc gia/ }).check();
  await page.getByRole('radio', { name: 'Chưa có' }).check();
  // The way without an account is the assisted one.
  await page.getByRole('button', { name: /^Tại Trung tâm: cán bộ hỗ trợ nộp trực tuyến/ }).click();
  assert.ok(await assisted.isChecked());
  await noAxe(page, 'online-only channel');
  await screenshot(page, 'online-only-channel-360');
  await goToPart(page, 'summary');
  const summary = page.getByRole('region', { name: 'Tóm tắt' });
  await summary.getByText('Số 1 đường Thử, phường Thử').first().waitFor();
  await summary.getByRole('link', { name: '028 3999 0000' }).first().waitFor();
  await summary.getByText('Nộp trực tuyến; nếu cần, cán bộ tại Trung tâm hỗ trợ bạn nộp.').waitFor();
  await noAxe(page, 'online-only summary');
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('no editors\' note reaches any view, the print or the shared text', async () => {
  const { page, context, close } = await openPage(browser, PAGE(), { viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  for (const name of [BIRTH, RECORD]) {
    await open(page, name);
    assert.doesNotMatch(await widgetText(page), /EDITOR-NOTE/);
    await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
    for (const view of ['situation', 'office', 'channel', 'documents', 'steps', 'summary']) {
      const button = page.locator(`procedure-guide .pg-viewnav__button[data-view="${view}"]`);
      if (await button.count() === 0) continue;
      await goToPart(page, view);
      assert.doesNotMatch(await widgetText(page), /EDITOR-NOTE/, view);
    }
    await page.getByRole('button', { name: 'Sao chép dạng văn bản' }).click();
    assert.doesNotMatch(await page.evaluate(() => navigator.clipboard.readText()), /EDITOR-NOTE/);
    await page.emulateMedia({ media: 'print' });
    const dir = mkdtempSync(join(tmpdir(), 'pg-notes-'));
    writeFileSync(join(dir, 'p.pdf'), await page.pdf({ format: 'A4' }));
    const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
    assert.doesNotMatch(printed, /EDITOR-NOTE/);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: /Danh sách thủ tục|Về danh sách/ }).first().click();
  }
  await close();
});

/** Every editor's note of a catalogue, anywhere in it. */
function editorNotes(json, out = []) {
  if (Array.isArray(json)) json.forEach((item) => editorNotes(item, out));
  else if (json && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (key === 'editor_note') out.push(...[value].flat());
      else editorNotes(value, out);
    }
  }
  return out;
}

test("the sample's editors' notes stay off every view, the printed summary and the shared text", async () => {
  const sample = sampleCatalogue();
  const notes = [...new Set(editorNotes(sample))];
  // The sample says where its addresses and values came from (issue 13): if it stops,
  // this scan would prove nothing.
  assert.ok(notes.length >= 10, `the sample has ${notes.length} editors' notes`);
  // A note is found by a long enough piece of it (the widget may wrap or join text).
  const pieces = notes.map((n) => n.trim().slice(0, 40)).filter((n) => n.length >= 12);
  const leaked = (text) => pieces.filter((piece) => text.includes(piece));
  const { page, context, close } = await openPage(browser, `${server.url}/`, { viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const search = page.getByRole('searchbox', { name: 'Tìm thủ tục' });
  await search.waitFor();
  let printed = 0;
  for (const p of sample.procedures.filter((x) => x.status !== 'withdrawn')) {
    await search.fill(p.id);
    const name = (typeof p.name === 'string' ? p.name : p.name.vi).slice(0, 30);
    await page.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    assert.deepEqual(leaked(await widgetText(page)), [], `${p.id} overview`);
    await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
    for (const view of ['situation', 'office', 'channel', 'documents', 'steps', 'summary']) {
      if (await page.locator(`procedure-guide .pg-viewnav__button[data-view="${view}"]`).count() === 0) continue;
      await goToPart(page, view);
      assert.deepEqual(leaked(await widgetText(page)), [], `${p.id} ${view}`);
    }
    await page.getByRole('button', { name: 'Sao chép dạng văn bản' }).click();
    assert.deepEqual(leaked(await page.evaluate(() => navigator.clipboard.readText())), [], `${p.id} shared text`);
    if (printed < 3) {
      printed += 1;
      await page.emulateMedia({ media: 'print' });
      const dir = mkdtempSync(join(tmpdir(), 'pg-notes-'));
      writeFileSync(join(dir, 'p.pdf'), await page.pdf({ format: 'A4' }));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' })
        .normalize('NFC').replace(/\s+/g, ' ');
      assert.deepEqual(leaked(text), [], `${p.id} print`);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.getByRole('button', { name: /Danh sách thủ tục/ }).first().click();
  }
  await close();
});
