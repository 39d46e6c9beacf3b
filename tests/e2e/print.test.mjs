// Printing (issue 4, item 2): the summary of the procedure with the most documents,
// printed to an A4 PDF in print media, holds every applicable document name and none of
// the host page's text; the loader's temporary page-level sheet goes away afterwards.
// Needs `pdftotext` and `pdfinfo` (Debian poppler-utils, installed by scripts/setup.sh).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SCREENSHOTS, goToPart, openPage, sampleCatalogue, textIn, useBrowserAndServer,
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
  assert.deepEqual(await page.evaluate(() => window.__printing), { marked: true, sheets: 1 });
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  assert.equal(await page.evaluate(() => document.querySelector('procedure-guide').hasAttribute('data-pg-printing')), false);
  await close();
});
