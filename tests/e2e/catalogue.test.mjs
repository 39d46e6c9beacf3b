// The catalogue shown read-only in the widget: the list of every sample procedure,
// accent-insensitive search, filters, a procedure's page with its channels,
// documents and steps, and a catalogue with a broken procedure that still shows the
// others with a message naming the file, path and problem.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, goToPart, openPage, sampleCatalogue, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
const catalogue = sampleCatalogue();

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

async function openDemo(viewport = DESKTOP) {
  const opened = await openPage(browser, `${server.url}/`, { viewport });
  await opened.page.locator('procedure-guide .pg-result').first().waitFor();
  return opened;
}

test('the list shows every procedure of the sample catalogue', async () => {
  const { page, log, violations, close } = await openDemo();
  const names = await page.locator('procedure-guide .pg-result__name').allTextContents();
  assert.equal(names.length, catalogue.procedures.length);
  for (const procedure of catalogue.procedures) {
    assert.ok(names.includes(textIn(procedure.name)), `listed: ${textIn(procedure.name)}`);
  }
  assert.deepEqual(await violations(), []);
  assert.deepEqual(log.consoleErrors, []);
  await close();
});

test('typing without accents finds the procedure', async () => {
  const { page, close } = await openDemo();
  const search = page.locator('procedure-guide input[type="search"]');
  for (const [query, expected] of [
    ['dang ky khai sinh', 'Thủ tục đăng ký khai sinh'],
    ['DANG KY KET HON', 'Thủ tục đăng ký kết hôn'],
    ['giay doc than', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân'],
    ['1.001612', 'Đăng ký thành lập hộ kinh doanh'],
  ]) {
    await search.fill(query);
    const names = await page.locator('procedure-guide .pg-result__name').allTextContents();
    assert.ok(names.includes(expected), `${query} → ${names.join(' | ')}`);
    assert.ok(names.length < catalogue.procedures.length, `${query} narrows the list`);
  }
  await search.fill('khong co thu tuc nao nhu vay');
  await page.locator('procedure-guide .pg-empty').waitFor();
  await page.locator('procedure-guide .pg-empty button').click();
  assert.equal(await search.inputValue(), '');
  assert.equal(
    await page.locator('procedure-guide .pg-result').count(),
    catalogue.procedures.length,
  );
  await close();
});

test('filters by agency and field narrow the list', async () => {
  const { page, close } = await openDemo();
  // Folded behind one control, which then says how many are on.
  const toggle = page.getByRole('button', { name: 'Lọc', exact: true });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('procedure-guide #pg-filter-agency').isVisible(), false);
  await toggle.click();
  await page.locator('procedure-guide #pg-filter-agency').selectOption('cong-an-tphcm');
  await page.getByRole('button', { name: 'Lọc (1) bộ lọc đang bật' }).waitFor();
  const police = catalogue.procedures.filter((p) =>
    p.agencies.some((a) => a === 'cong-an-tphcm'),
  );
  assert.equal(await page.locator('procedure-guide .pg-result').count(), police.length);
  await page.locator('procedure-guide #pg-filter-agency').selectOption('');
  const field = catalogue.procedures[0].field;
  await page.locator('procedure-guide #pg-filter-field').selectOption(field);
  const inField = catalogue.procedures.filter((p) => p.field === field);
  assert.equal(await page.locator('procedure-guide .pg-result').count(), inField.length);
  await close();
});

test("a procedure shows its channels, documents and steps", async () => {
  const { page, log, violations, close } = await openDemo();
  const birth = catalogue.procedures.find((p) => p.id === '1.001193');
  await page.locator('procedure-guide .pg-result', { hasText: textIn(birth.name) }).click();
  await page.locator('procedure-guide .pg-procedure__title').waitFor();
  // The title is already in the loading shell; the channels come with the journey module.
  await page.locator('procedure-guide .pg-journey[data-view]').waitFor();
  assert.equal(await page.locator('procedure-guide .pg-channel').count(), birth.channels.length);
  const channels = await page.locator('procedure-guide .pg-channels').textContent();
  assert.match(channels, /Trực tiếp/);
  assert.match(channels, /Mức độ 4 – toàn trình/);
  // Legal basis is folded away until asked for.
  const details = page.locator('procedure-guide details.pg-details:not(.pg-glossary)');
  assert.equal(await details.getAttribute('open'), null);
  await details.locator('summary').click();
  assert.equal(await details.getAttribute('open'), '');
  // External links open in a new tab without handing over the host page.
  const links = page.locator('procedure-guide a[target="_blank"]');
  assert.ok((await links.count()) > 0);
  for (const rel of await links.evaluateAll((all) => all.map((a) => a.rel))) {
    assert.equal(rel, 'noopener noreferrer');
  }
  await page.locator('procedure-guide .pg-viewnav__button[data-view="documents"]').click();
  assert.equal(await page.locator('procedure-guide .pg-checklist__item').count() > 0, true);
  await page.locator('procedure-guide .pg-viewnav__button[data-view="steps"]').click();
  assert.ok((await page.locator('procedure-guide .pg-step').count()) > 0);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(log.consoleErrors, []);
  await close();
});

test('a withdrawn procedure says so and leads to its replacement', async () => {
  const { page, close } = await openDemo();
  const old = catalogue.procedures.find((p) => p.status === 'withdrawn');
  const replacement = catalogue.procedures.find((p) => p.id === old.replaced_by);
  await page.locator('procedure-guide .pg-result', { hasText: textIn(old.name) }).click();
  const notice = page.locator('procedure-guide .pg-notice--warning');
  await notice.waitFor();
  assert.match(await notice.textContent(), /đã bị bãi bỏ/);
  await notice.locator('button').click();
  await page.locator('procedure-guide .pg-procedure__title', { hasText: textIn(replacement.name) }).waitFor();
  await close();
});

test('a catalogue with a broken procedure names the file, path and problem and shows the rest', async () => {
  const { page, violations, close } = await openPage(browser, `${server.url}/test-pages/broken-catalogue.html`);
  const notice = page.locator('procedure-guide .pg-notice');
  await notice.waitFor();
  // The list of problems comes with the journey module, just after the notice.
  await notice.locator('.pg-diagnostics').waitFor();
  const text = await notice.textContent();
  assert.match(text, /broken-catalogue\.json/);
  assert.match(text, /E012/);
  assert.match(text, /procedures\[1\]\.agencies\[0\]/);
  assert.match(text, /so-khong-ton-tai/);
  const names = await page.locator('procedure-guide .pg-result__name').allTextContents();
  // Catalogue text is text: the markup shows as characters, not as bold.
  assert.deepEqual(names, ['Đăng ký khai sinh <b>ngay</b>', 'Xác nhận tình trạng hôn nhân']);
  assert.equal(await page.locator('procedure-guide b').count(), 0);
  assert.deepEqual(await violations(), []);
  await close();
});

test('two widgets on one page share one wasm instance and stay independent', async () => {
  const wasmRequests = [];
  const { page, log, violations, close } = await openPage(browser, 'about:blank');
  // The main module; the journey module (fetched once after first render) is
  // tests/e2e/split.test.mjs's.
  page.on('request', (r) => /\/procedure-guide-[0-9a-f]{16}\.wasm$/.test(r.url()) && wasmRequests.push(r.url()));
  await page.goto(`${server.url}/test-pages/two-widgets.html`);
  const one = page.locator('#mot');
  const two = page.locator('#hai');
  await one.locator('.pg-result').first().waitFor();
  await two.locator('.pg-result').first().waitFor();
  assert.equal(wasmRequests.length, 1, 'the wasm is fetched once for both');
  assert.equal(await one.locator('.pg-result').count(), catalogue.procedures.length);
  assert.equal(await two.locator('.pg-result').count(), 2);
  assert.match(await one.locator('.pg-search label').textContent(), /Tìm thủ tục/);
  assert.match(await two.locator('.pg-search label').textContent(), /Find a procedure/);
  // Searching in one leaves the other alone.
  await one.locator('input[type="search"]').fill('ket hon');
  assert.equal(await two.locator('.pg-result').count(), 2);
  assert.equal(await two.locator('input[type="search"]').inputValue(), '');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('a link with a disallowed scheme is never rendered as a link', async () => {
  const { page, violations, close } = await openPage(browser, `${server.url}/test-pages/broken-catalogue.html`);
  await page.locator('procedure-guide .pg-result').first().click();
  await page.locator('procedure-guide .pg-journey').waitFor();
  for (const view of ['overview', 'steps']) {
    await goToPart(page, view);
    await page.locator(`procedure-guide .pg-journey[data-view="${view}"]`).waitFor();
    const hrefs = await page.locator('procedure-guide a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.every((h) => /^(https?:|tel:|mailto:)/.test(h)), hrefs.join(' '));
  }
  assert.ok(await page.locator('procedure-guide a[href="https://dichvucong.gov.vn/"]').count() > 0);
  const notice = await page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.textContent);
  assert.doesNotMatch(notice, /Bấm vào đây/);
  assert.deepEqual(await violations(), []);
  await close();
});
