// A large catalogue in the index + detail layout (CATALOGUE.md, "Large catalogues"),
// made here from the sample: the list comes from the index alone, a procedure's detail
// file is fetched when it is opened (once: later openings use what was fetched), a
// detail file that fails says so with a retry, and ticks survive a reload.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DIST, goToPart, launchBrowser, openPage, sampleCatalogue, screenshot, serveBuild, textIn,
} from './harness.mjs';

let browser;
let server;
let dir;
const sample = sampleCatalogue();
const W = 'procedure-guide';
const MISSING = '1.004194'; // its detail file is written only later in a test
const WRONG = '1.001612'; // its detail file holds another procedure

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pg-index-'));
  mkdirSync(join(dir, 'procedures'));
  const index = {
    ...sample,
    procedures: sample.procedures.map((p) => {
      const entry = {
        id: p.id,
        name: p.name,
        field: p.field,
        level: p.level,
        agencies: p.agencies,
        keywords: p.keywords,
        channels: p.channels.map((c) => (c.online_level ? { kind: c.kind, online_level: c.online_level } : { kind: c.kind })),
        href: `procedures/${p.id}.json`,
      };
      for (const key of Object.keys(entry)) if (entry[key] === undefined) delete entry[key];
      return entry;
    }),
  };
  writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
  for (const p of sample.procedures) {
    if (p.id === MISSING) continue;
    const body = p.id === WRONG ? { ...p, id: '1.000894' } : p;
    writeFileSync(join(dir, 'procedures', `${p.id}.json`), JSON.stringify(body));
  }
  writeFileSync(
    join(dir, 'host.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Danh mục lớn</title><link rel="icon" href="/favicon.svg">
<script type="module" src="/procedure-guide/procedure-guide.js"></script></head>
<body><h1>Danh mục dạng chỉ mục</h1><procedure-guide id="lon" catalogue="/large/index.json"></procedure-guide></body></html>`,
  );
  server = await serveBuild({ roots: [{ prefix: '/', dir: DIST }, { prefix: '/large/', dir }] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function detailRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const m = /\/large\/procedures\/(.+)\.json$/.exec(r.url());
    if (m) seen.push(m[1]);
  });
  return seen;
}

test('the list comes from the index; a detail is fetched when opened, once', async () => {
  const opened = await openPage(browser, 'about:blank');
  const { page } = opened;
  const seen = detailRequests(page);
  await page.goto(`${server.url}/large/host.html`);
  await page.locator(`${W} .pg-result`).first().waitFor();
  assert.equal(await page.locator(`${W} .pg-result`).count(), sample.procedures.length);
  assert.deepEqual(seen, [], 'no detail file before a procedure is opened');
  // Search works on the index alone.
  await page.locator(`${W} input[type="search"]`).fill('dang ky ket hon');
  assert.equal(await page.locator(`${W} .pg-result__code`).first().textContent(), '1.000894');
  await page.locator(`${W} .pg-result`).first().click();
  await page.locator(`${W} .pg-journey[data-procedure="1.000894"][data-view="overview"]`).waitFor();
  assert.deepEqual(seen, ['1.000894']);
  // The full procedure: its documents are there.
  await goToPart(page, 'documents');
  const box = page.locator(`${W} .pg-checklist .pg-tick input[type="checkbox"]`).first();
  await box.check();
  await page.locator(`${W} .pg-back`).click();
  await page.locator(`${W} .pg-in-progress__item[data-procedure="1.000894"] button`).click();
  await page.locator(`${W} .pg-journey[data-procedure="1.000894"][data-view="documents"]`).waitFor();
  assert.equal(await box.isChecked(), true);
  assert.deepEqual(seen, ['1.000894'], 'fetched once, then kept');
  // A reload fetches it again (a new page) and the tick is still there.
  await page.reload();
  await page.locator(`${W} .pg-journey[data-procedure="1.000894"][data-view="documents"]`).waitFor();
  assert.equal(await box.isChecked(), true, 'the tick survived: restored against the full procedure');
  assert.deepEqual(await opened.violations(), []);
  assert.deepEqual(opened.log.pageErrors, []);
  await opened.close();
});

test('a detail file that fails says so, with a retry that works once the file is there', async () => {
  const opened = await openPage(browser, `${server.url}/large/host.html`);
  const { page } = opened;
  const p = sample.procedures.find((x) => x.id === MISSING);
  await page.locator(`${W} .pg-result`, { hasText: textIn(p.name) }).click();
  const failed = page.locator(`${W} .pg-detail-failed`);
  await failed.waitFor();
  assert.match(await failed.textContent(), /Không tải được hướng dẫn chi tiết.*procedures\/1\.004194\.json.*HTTP 404/s);
  await screenshot(page, 'large-detail-failed-desktop');
  writeFileSync(join(dir, 'procedures', `${MISSING}.json`), JSON.stringify(p));
  try {
    await failed.locator('button').click();
    await page.locator(`${W} .pg-journey[data-procedure="${MISSING}"][data-view="overview"]`).waitFor();
  } finally {
    rmSync(join(dir, 'procedures', `${MISSING}.json`));
  }
  // A detail file that holds another procedure is refused with its problem.
  await page.locator(`${W} .pg-back`).click();
  const wrong = sample.procedures.find((x) => x.id === WRONG);
  await page.locator(`${W} .pg-result`, { hasText: textIn(wrong.name) }).click();
  await failed.waitFor();
  assert.match(await failed.textContent(), /1\.000894/);
  assert.equal(await page.locator(`${W} .pg-journey[data-view]`).count(), 0, 'no journey on a wrong procedure');
  assert.deepEqual(await opened.violations(), []);
  assert.deepEqual(opened.log.pageErrors, []);
  await opened.close();
});

test('a city-sized list shows a page of results at a time, and a query starts again at one page', async () => {
  const { write } = await import('../../tools/gen-catalogue.mjs');
  const out = join(dir, 'gen');
  write({ count: 300, layout: 'index', out });
  writeFileSync(
    join(dir, 'gen.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>300</title><link rel="icon" href="/favicon.svg">
<script type="module" src="/procedure-guide/procedure-guide.js"></script></head>
<body><procedure-guide id="lon" catalogue="/large/gen/catalogue.json"></procedure-guide></body></html>`,
  );
  const opened = await openPage(browser, `${server.url}/large/gen.html`);
  const { page } = opened;
  await page.locator(`${W} .pg-result`).first().waitFor();
  assert.equal(await page.locator(`${W} .pg-result-count strong`).textContent(), '300');
  assert.equal(await page.locator(`${W} .pg-result`).count(), 20);
  const more = page.locator(`${W} .pg-more`);
  assert.equal(await more.textContent(), 'Xem thêm 20 thủ tục');
  await more.click();
  assert.equal(await page.locator(`${W} .pg-result`).count(), 40);
  await page.locator(`${W} input[type="search"]`).fill('cap');
  const found = Number(await page.locator(`${W} .pg-result-count strong`).textContent());
  assert.ok(found > 20, `${found} results for "cap"`);
  assert.equal(await page.locator(`${W} .pg-result`).count(), 20, 'a new query starts at one page');
  assert.deepEqual(await opened.violations(), []);
  assert.deepEqual(opened.log.pageErrors, []);
  await opened.close();
});
