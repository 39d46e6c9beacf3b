// The adversarial corpus in the widget: each file of tests/corpus/manifest.json marked
// `widget` (truncated, HTML, not UTF-8, BOM, NFD, garbled, duplicates, cycles, deep
// nesting, huge arrays, bare NaN, script in content …) loaded in the standalone page
// under the strict CSP. A rejected file shows `.pg-error` with its code and JSON path; a
// file with errors shows the notice with them and the procedures that still load; a
// clean one shows its procedures and no notice. Never a page error.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, ROOT, launchBrowser, openPage, serveBuild } from './harness.mjs';

const manifest = JSON.parse(readFileSync(`${ROOT}tests/corpus/manifest.json`, 'utf8')).corpus;
const subset = manifest.filter((e) => e.widget);

let browser;
let server;

before(async () => {
  server = await serveBuild({
    roots: [
      { prefix: '/', dir: DIST },
      { prefix: '/test-pages/', dir: `${ROOT}tests/e2e/pages` },
      { prefix: '/corpus/', dir: `${ROOT}tests/corpus` },
    ],
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Console errors other than the standalone page's missing favicon. */
function realErrors(log) {
  return log.consoleErrors.filter((t) => !(t.includes('status of 404') && log.failedResponses.every((r) => r.endsWith('/favicon.ico'))));
}

async function openCorpusFile(file, lang = 'en') {
  const opened = await openPage(
    browser,
    `${server.url}/procedure-guide/procedure-guide-frame.html?catalogue=/corpus/${encodeURIComponent(file)}&lang=${lang}`,
  );
  const widget = opened.page.locator('procedure-guide');
  await widget.locator('.pg-error, .pg-result, .pg-empty').first().waitFor({ timeout: 20000 });
  return { ...opened, widget };
}

test('the corpus subset covers at least ten kinds, the required ones among them', () => {
  const files = subset.map((e) => e.file);
  assert.ok(files.length >= 10, files.join(' '));
  for (const kind of ['truncated-', 'html-', 'encoding-windows', 'encoding-utf8-bom', 'cycle-', 'depth-']) {
    assert.ok(files.some((f) => f.startsWith(kind)), `a ${kind} file`);
  }
});

for (const entry of subset) {
  test(`corpus ${entry.file}: ${entry.procedures === null ? 'rejected with its code and path' : `${entry.procedures} procedures`}`, async () => {
    const { page, widget, log, violations, close } = await openCorpusFile(entry.file);
    const errors = entry.diagnostics.filter((d) => d.code.startsWith('E'));
    if (entry.procedures === null) {
      const panel = widget.locator('.pg-error');
      await panel.waitFor();
      // The problems are listed by the journey module, which comes after the panel.
      await panel.locator('.pg-diagnostics').waitFor();
      const text = await panel.textContent();
      assert.match(text, new RegExp(entry.file.replace(/[.]/g, '\\.')), 'names the file');
      assert.ok(text.includes(errors[0].code), `${errors[0].code} in: ${text}`);
      assert.ok(text.includes(errors[0].path), `${errors[0].path} in: ${text}`);
      assert.ok(await panel.locator('button').isVisible(), 'a retry button');
      assert.equal(await widget.locator('.pg-result').count(), 0);
    } else {
      await widget.locator('.pg-result').first().waitFor();
      const notice = widget.locator('.pg-notice');
      if (errors.length > 0) {
        await notice.first().locator('.pg-diagnostics').waitFor();
        const text = await notice.first().textContent();
        // Errors are listed first, up to 20: the first expected one is among them.
        assert.ok(text.includes(errors[0].code) && text.includes(errors[0].path), `${errors[0].code} at ${errors[0].path} in: ${text}`);
      } else {
        assert.equal(await notice.count(), 0, 'no problem notice for a file without errors');
      }
      const listed = await widget.locator('.pg-result').count();
      // Withdrawn procedures stay findable, so every loaded procedure is listed.
      assert.equal(listed, entry.procedures, 'listed');
      if (entry.names) {
        // The list is in Vietnamese alphabetical order: each expected name is in it.
        const names = await widget.locator('.pg-result__name').allTextContents();
        for (const name of entry.names) assert.ok(names.includes(name), `${name} in ${names.join(' | ')}`);
      }
      // Every usable procedure opens.
      await widget.locator('.pg-result').first().click();
      await widget.locator('.pg-journey').waitFor();
    }
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(realErrors(log), []);
    assert.deepEqual(await violations(), []);
    await close();
  });
}

test('an index entry whose href is the catalogue itself: one clear problem when it is opened', async () => {
  const file = 'index-detail-is-the-index.json';
  const entry = manifest.find((e) => e.file === file);
  // The CLI names the entry; the widget, in the detail panel of that entry, says `$`.
  assert.deepEqual(entry.diagnostics, [{ code: 'E031', path: 'procedures[1]' }]);
  assert.equal(entry.exact, true);
  const { widget, log, violations, close } = await openCorpusFile(file);
  await widget.locator('.pg-result', { hasText: 'Đăng ký kết hôn' }).click();
  const failed = widget.locator('.pg-detail-failed');
  await failed.waitFor();
  const items = failed.locator('.pg-diagnostics__item');
  // The list of problems arrives with the journey module, after the panel itself.
  await items.first().waitFor();
  assert.equal(await items.count(), 1, await failed.textContent());
  const text = await items.first().textContent();
  assert.match(text, /^E031 \$: This detail file is the catalogue \(the index\) itself, not one procedure/);
  assert.equal(await failed.locator('.pg-diagnostics__more').count(), 0);
  assert.ok(await failed.locator('button').isVisible(), 'a retry button');
  assert.equal(await widget.locator('.pg-journey[data-view]').count(), 0, 'no journey on the index');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(realErrors(log), []);
  assert.deepEqual(await violations(), []);
  await close();
});
