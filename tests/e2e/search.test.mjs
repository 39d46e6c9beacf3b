// Search and browse on the demo page: ranked results (the plain procedure first, typos,
// the word being typed), life-event chips and the "can be done online" filter, combined
// with the text query.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, axeViolations, openPage, sampleCatalogue, screenshot, useBrowserAndServer } from './harness.mjs';

let browser;
let server;
const catalogue = sampleCatalogue();
const W = 'procedure-guide';

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const codes = (page) => page.locator(`${W} .pg-result__code`).allTextContents();

test('results are ranked: the plain procedure first, typos and half-typed words found', async () => {
  const opened = await openPage(browser, `${server.url}/`);
  const { page, close } = opened;
  await page.locator(`${W} .pg-result`).first().waitFor();
  const search = page.locator(`${W} input[type="search"]`);
  for (const [query, first] of [
    ['dang ky khai sinh', '1.001193'],
    ['khai sinhh', '1.001193'],
    ['dang ky ket h', '1.000894'],
    ['lí lịch tư pháp', '3.000333'],
    ['LLTP', '3.000333'],
    ['giay doc than', '1.004873'],
    ['bản sao', '2.000815'],
    ['1.001612', '1.001612'],
  ]) {
    // Typed a key at a time, as a person does.
    await search.fill('');
    await search.pressSequentially(query);
    const got = await codes(page);
    assert.equal(got[0], first, `${query} → ${got.join(', ')}`);
  }
  assert.deepEqual(await opened.violations(), []);
  await close();
});

test('life events and the online filter narrow the list, together with the query', async () => {
  const opened = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  const { page, close } = opened;
  await page.locator(`${W} .pg-result`).first().waitFor();
  const event = catalogue.life_events.find((e) => e.id === 'ket-hon');
  const chip = page.locator(`${W} .pg-chip[data-life-event="ket-hon"]`);
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  assert.deepEqual((await codes(page)).sort(), [...event.procedures].sort());
  await screenshot(page, 'search-life-event-phone');
  await chip.click();
  assert.equal((await codes(page)).length, catalogue.procedures.length);

  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await page.locator(`${W} #pg-filter-online`).selectOption('4');
  const full = catalogue.procedures.filter((p) => p.channels.some((c) => c.online_level === 4)).map((p) => p.id);
  assert.ok(full.length > 0 && full.length < catalogue.procedures.length);
  assert.deepEqual((await codes(page)).sort(), full.sort());
  await page.locator(`${W} #pg-filter-online`).selectOption('3');
  const online = catalogue.procedures.filter((p) => p.channels.some((c) => c.online_level >= 3)).map((p) => p.id);
  assert.deepEqual((await codes(page)).sort(), online.sort());
  // With a query and a life event at once.
  await page.locator(`${W} .pg-chip[data-life-event="khai-sinh"]`).click();
  await page.locator(`${W} input[type="search"]`).fill('khai sinh');
  const both = await codes(page);
  assert.ok(both.length > 0);
  for (const id of both) {
    const p = catalogue.procedures.find((x) => x.id === id);
    assert.ok(catalogue.life_events.find((e) => e.id === 'khai-sinh').procedures.includes(id), id);
    assert.ok(p.channels.some((c) => c.online_level >= 3), id);
  }
  // Named so first; the rest of the life event follows (its name is "Khai sinh").
  assert.equal(both[0], '1.001193');
  assert.deepEqual(await opened.violations(), []);
  assert.deepEqual(await axeViolations(page), []);
  await close();
});
