// Printing (issue 4, item 2): the summary of the procedure with the most documents,
// printed to an A4 PDF in print media, holds every applicable document name and none of
// the host page's text; the loader's temporary page-level sheet goes away afterwards.
// Needs `pdftotext` and `pdfinfo` (Debian poppler-utils, installed by scripts/setup.sh).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import {
  SCREENSHOTS, eventually, goToPart, openPage, sampleCatalogue, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
const catalogue = sampleCatalogue();
const W = 'procedure-guide';
const largest = [...catalogue.procedures].sort(
  (a, b) => (b.documents ?? []).length - (a.documents ?? []).length,
)[0];

// The situation the test chooses (every question answered "no" or the first choice),
// and the channel: applicable documents follow from these the way CATALOGUE.md says.
const IN_PERSON = largest.channels.find((c) => c.kind === 'in_person');

function answersFor(p) {
  const answers = {};
  for (const q of p.questions ?? []) answers[q.id] = q.kind === 'yes_no' ? 'no' : q.options[0].id;
  return answers;
}

function holds(condition, answers) {
  if (!condition) return true;
  if (condition.all) return condition.all.every((c) => holds(c, answers));
  if (condition.any) return condition.any.some((c) => holds(c, answers));
  const value = answers[condition.question];
  if ('is' in condition) return value === condition.is;
  if ('in' in condition) return condition.in.includes(value);
  return true;
}

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

test('the summary prints alone on A4 with every applicable document', async () => {
  assert.ok(IN_PERSON, 'the largest procedure has an in-person channel');
  const answers = answersFor(largest);
  const channelRef = IN_PERSON.id ?? 'in_person';
  const applicable = largest.documents.filter(
    (d) =>
      !d.optional &&
      holds(d.when, answers) &&
      (!d.channels || d.channels.includes(channelRef) || d.channels.includes('in_person')),
  );
  const notApplicable = largest.documents.filter((d) => d.when && !holds(d.when, answers));
  assert.ok(applicable.length >= 3, applicable.map((d) => d.id).join(', '));

  const { page, log, violations, close } = await openPage(browser, `${server.url}/`);
  await page.locator(`${W} .pg-result`, { hasText: textIn(largest.name) }).click();
  await page.locator(`${W} .pg-journey[data-view="overview"]`).waitFor();
  if ((largest.questions ?? []).length > 0) {
    await goToPart(page, 'situation');
    for (const [question, value] of Object.entries(answers)) {
      const input = page.locator(`${W} [data-question="${question}"] input[value="${value}"]`);
      if (await input.count()) await input.check();
    }
  }
  const channel = page.locator(`${W} .pg-viewnav__button[data-view="channel"]`);
  if (await channel.count()) {
    await channel.click();
    await page.locator(`${W} .pg-channel--in-person input[type="radio"]`).check();
  }
  // Everything ticked, as the issue asks: the printed checklist still names every paper.
  await goToPart(page, 'documents');
  for (const box of await page.locator(`${W} .pg-checklist .pg-tick input[type="checkbox"]`).all()) {
    if (!(await box.isChecked())) await box.check();
  }
  await goToPart(page, 'summary');
  await page.locator(`${W} .pg-summary`).waitFor();

  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => document.querySelector('procedure-guide').hasAttribute('data-pg-printing'));
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 1);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'pg-print-'));
  try {
    const file = join(dir, 'summary.pdf');
    writeFileSync(file, pdf);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(`${SCREENSHOTS}/print-summary.pdf`, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    assert.match(info, /Page size:.*\(A4\)/);
    assert.match(info, /Pages:\s+1\n/, 'every paper of the largest procedure, ticked, fits one page');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .normalize('NFC')
      .replace(/\s+/g, ' ');
    for (const d of applicable) {
      assert.ok(text.includes(textIn(d.name)), `the PDF names "${textIn(d.name)}"\n${text}`);
    }
    for (const d of notApplicable) {
      assert.ok(!text.includes(textIn(d.name)), `the PDF does not name "${textIn(d.name)}"`);
    }
    assert.ok(text.includes(textIn(largest.name)), 'the procedure is named');
    // Nothing of the host page, nothing of the widget's controls.
    for (const host of [
      'Nhúng tiện ích này vào trang của bạn',
      'Cổng thông tin điện tử',
      'Trang mẫu trình diễn',
      'Bỏ qua, đến nội dung chính',
    ]) {
      assert.ok(!text.includes(host), `host text "${host}" is not printed`);
    }
    for (const control of ['Chữ lớn', 'In bản tóm tắt', 'Làm lại từ đầu', 'Danh sách thủ tục']) {
      assert.ok(!text.includes(control), `control "${control}" is not printed`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // After printing the page is itself again.
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => !document.querySelector('procedure-guide').hasAttribute('data-pg-printing'));
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  assert.equal(await page.locator('h1').isVisible(), true);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('printing the host page while no widget shows a summary prints the host page', async () => {
  const { page, close } = await openPage(browser, `${server.url}/`);
  await page.locator(`${W} .pg-result`).first().waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  const pdf = await page.pdf({ format: 'A4' });
  const dir = mkdtempSync(join(tmpdir(), 'pg-print-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
    assert.match(text.replace(/\s+/g, ' '), /Nhúng tiện ích này vào trang của bạn/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await close();
});

test("the summary's print button marks its own widget before the print dialog opens", async () => {
  const { page, close } = await openPage(browser, `${server.url}/`);
  await page.locator(`${W} .pg-result`).first().click();
  await goToPart(page, 'summary');
  await page.locator(`${W} .pg-summary`).waitFor();
  // The dialog itself cannot open headless: record what the page looks like when it would.
  await page.evaluate(() => {
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      window.__printing = {
        marked: document.querySelector('procedure-guide').hasAttribute('data-pg-printing'),
        sheets: document.adoptedStyleSheets.length,
      };
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await page.locator(`${W} .pg-summary button`, { hasText: 'In bản tóm tắt' }).click();
  // The dialog opens once the QR code for the page is drawn (its encoder loads first).
  assert.ok(await eventually(() => page.evaluate(() => Boolean(window.__printing))), 'print() was called');
  assert.deepEqual(await page.evaluate(() => window.__printing), { marked: true, sheets: 1 });
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  assert.equal(await page.evaluate(() => document.querySelector('procedure-guide').hasAttribute('data-pg-printing')), false);
  await close();
});

// ---------------------------------------------------------------------------------------
// Issue 12, item 14: every procedure of the sample prints on ONE A4 page, with all its
// steps, the chosen office (address, hours, phone) and a QR code that reopens the
// journey. The sample's wards have no address yet, so the catalogue the page fetches is
// the sample with every office given a long address, opening hours, a hotline and a
// phone: the worst case for the page count.

/** The sample, every office with full contact details. */
function sampleWithFullOffices() {
  const c = sampleCatalogue();
  for (const a of c.agencies) {
    const name = textIn(a.name);
    a.address = { vi: `Số 123 Đường Nguyễn Thị Minh Khai, khu phố 4, ${name}, Thành phố Hồ Chí Minh (địa chỉ thử)`, en: `123 Nguyen Thi Minh Khai Street, quarter 4, ${name}, Ho Chi Minh City (test address)` };
    a.opening_hours = { vi: 'Thứ Hai đến Thứ Sáu 7:30–11:30 và 13:00–17:00; sáng Thứ Bảy 7:30–11:30 (giờ thử)', en: 'Monday to Friday 7:30–11:30 and 13:00–17:00; Saturday morning 7:30–11:30 (test hours)' };
    a.hotline = '0283 000 0001';
    a.phone = '0283 000 0002';
  }
  return c;
}

/**
 * Decodes the QR code on the printed page as a phone's camera would see the paper: the
 * PDF rendered at 150 dpi (a grey map from `pdftoppm -gray`), read by jsQR.
 */
function decodePrintedQr(pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-qr-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '150', '-gray', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')]);
    const pgm = readFileSync(join(dir, 'page.pgm'));
    // P5 header: magic, width, height, maximum value, each followed by white space.
    const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    assert.ok(header, 'a PGM image');
    const [whole, width, height] = [header[0], Number(header[1]), Number(header[2])];
    const grey = pgm.subarray(whole.length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = grey[i];
      rgba[i * 4 + 3] = 255;
    }
    const code = jsQR(rgba, width, height);
    assert.ok(code, 'the printed QR code decodes');
    return code.data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Counts the pages of a PDF: `/Type /Page` objects, not the `/Pages` tree nodes. */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

function pdfText(pdf, name) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-print-'));
  try {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A plausible journey through procedure `p`, as a person makes it, by roles and names:
 * every question answered ("Không" where it is a yes/no question, else the first
 * choice), an office and a way of applying chosen (`online` asks for an online one when
 * there is one), every other paper ticked, the first step marked done. Returns what the
 * print must show: the office's name and the titles of the steps listed on screen.
 */
async function walk(page, p, { online, officeIndex }) {
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill(p.id);
  await page.getByRole('button', { name: new RegExp(`^${textIn(p.name).slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  const seen = { office: null, steps: [], ticked: 0 };
  const view = () => page.locator(`${W} .pg-journey`).getAttribute('data-view');
  for (let round = 0; round < 12; round++) {
    const shown = await view();
    if (shown === 'summary') return seen;
    if (shown === 'situation') {
      for (let q = 0; q < 20; q++) {
        const open = page.locator(`${W} .pg-situation fieldset:not(:has(input:checked))`).filter({ has: page.getByRole('radio') });
        if ((await open.count()) === 0) break;
        const group = open.first();
        // The person's answer: "Không" to a yes/no question, else the first choice;
        // never one that stops the journey ("Bạn cần làm thủ tục khác"): that is another
        // person's case.
        const legend = (await group.locator('legend').first().innerText()).trim();
        const q = (p.questions ?? []).find((x) => legend.startsWith(textIn(x.text)));
        // A stop is under the question (`stop.yes`) or under an option (`options[].stop`).
        const stops = [...Object.keys(q?.stop ?? {}), ...(q?.options ?? []).filter((o) => o.stop).map((o) => o.id)];
        const label = (value) => (value === 'yes' ? 'Có' : value === 'no' ? 'Không' : textIn(q.options.find((o) => o.id === value).label));
        const values = q?.kind === 'yes_no' ? ['no', 'yes'] : (q?.options ?? []).map((o) => o.id);
        const value = values.find((v) => !stops.includes(v));
        await (value ? group.getByRole('radio', { name: label(value), exact: true }) : group.getByRole('radio').first()).check();
      }
    } else if (shown === 'office') {
      const radios = page.getByRole('group', { name: 'Nơi nộp hồ sơ' }).getByRole('radio');
      const radio = radios.nth(officeIndex % (await radios.count()));
      await radio.check();
      seen.office = (await radio.getAttribute('aria-label')) ?? (await page.locator(`${W} label[for="${await radio.getAttribute('id')}"]`).innerText()).split('\n')[0];
    } else if (shown === 'channel') {
      const group = page.getByRole('group', { name: 'Bạn muốn nộp hồ sơ bằng cách nào?' });
      const wanted = online ? group.getByRole('radio', { name: /^Trực tuyến/ }) : group.getByRole('radio', { name: /^Trực tiếp/ });
      await ((await wanted.count()) ? wanted.first() : group.getByRole('radio').first()).check();
    } else if (shown === 'documents') {
      const boxes = await page.getByRole('region', { name: 'Giấy tờ' }).getByRole('checkbox').all();
      for (const [i, box] of boxes.entries()) {
        if (i % 2 === 0 && !(await box.isChecked())) {
          await box.check();
          seen.ticked += 1;
        }
      }
    } else if (shown === 'steps') {
      const titles = await page.getByRole('region', { name: 'Các bước' }).getByRole('heading', { level: 4 }).allInnerTexts();
      seen.steps = titles.map((s) => s.replace(/Bước tiếp theo$/, '').replace(/\s+/g, ' ').trim());
      const first = page.getByRole('checkbox', { name: /Đã làm xong bước này/ }).first();
      if (await first.count()) await first.check();
    }
    const next = page.getByRole('button', { name: 'Tiếp tục', exact: true });
    if (!(await next.count())) {
      await page.screenshot({ path: `${SCREENSHOTS}/print-walk-${p.id}.png`, fullPage: true });
      throw new Error(`${p.id}: no "Tiếp tục" on ${shown}`);
    }
    await next.click();
  }
  throw new Error(`${p.id}: the summary was not reached`);
}

const printable = catalogue.procedures.filter((p) => p.status !== 'withdrawn');

test('every sample procedure prints on one A4 page with its steps, office and a QR code', async () => {
  const full = JSON.stringify(sampleWithFullOffices());
  const pages = {};
  for (const [i, p] of printable.entries()) {
    const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: { width: 360, height: 640 } });
    await page.route('**/catalogue.json', (route) => route.fulfill({ contentType: 'application/json', body: full }));
    await page.reload();
    const online = i % 2 === 1;
    const seen = await walk(page, p, { online, officeIndex: i });
    assert.ok(seen.steps.length > 0, `${p.id}: the steps view lists steps`);
    // The dialog cannot open headless: the button's print() is recorded instead.
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => {
        window.__printed += 1;
      };
    });
    await page.getByRole('button', { name: 'In bản tóm tắt' }).click();
    assert.ok(await eventually(() => page.evaluate(() => window.__printed === 1)), `${p.id}: print() was called`);
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('img', { name: /^Mã QR/ }).waitFor();
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    pages[p.id] = pageCount(pdf);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(`${SCREENSHOTS}/print-${p.id}.pdf`, pdf);
    const text = pdfText(pdf, p.id);
    assert.ok(text.includes(textIn(p.name)), `${p.id}: the procedure is named`);
    assert.ok(seen.ticked > 0, `${p.id}: some papers were ticked`);
    // Papers with their marks: ☑ the person has it, ☐ still missing.
    assert.ok(text.includes('☑'), `${p.id}: a paper the person has is marked\n${text}`);
    for (const title of seen.steps) assert.ok(text.includes(title), `${p.id}: step "${title}" is printed\n${text}`);
    if (seen.office) {
      assert.ok(text.includes(seen.office), `${p.id}: the office "${seen.office}" is printed\n${text}`);
      assert.ok(text.includes('Số 123 Đường Nguyễn Thị Minh Khai'), `${p.id}: its address`);
      assert.ok(text.includes('0283 000 0001'), `${p.id}: its hotline`);
    }
    for (const control of ['Tiếp tục', 'In bản tóm tắt', 'Làm lại từ đầu', 'Hiện mã QR', 'Sao chép']) {
      assert.ok(!text.includes(control), `${p.id}: control "${control}" is not printed`);
    }
    if (i === 0) {
      // The printed code reopens this journey on another phone.
      const link = decodePrintedQr(pdf);
      assert.match(link, new RegExp(`^${server.url}/#pg-huong-dan=`));
      const phone = await openPage(browser, link, { viewport: { width: 360, height: 640 } });
      await phone.page.route('**/catalogue.json', (route) => route.fulfill({ contentType: 'application/json', body: full }));
      await phone.page.reload();
      await phone.page.getByRole('heading', { name: 'Tóm tắt' }).waitFor();
      assert.ok((await phone.page.getByRole('region', { name: 'Tóm tắt' }).innerText()).includes(seen.office));
      await phone.close();
    }
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await violations(), [], p.id);
    assert.deepEqual(log.consoleErrors, [], p.id);
    assert.deepEqual(log.pageErrors, [], p.id);
    await close();
  }
  assert.deepEqual(pages, Object.fromEntries(printable.map((p) => [p.id, 1])), 'one A4 page per procedure');
});
