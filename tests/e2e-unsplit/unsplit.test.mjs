// The unsplit build (PG_SPLIT=0 bash scripts/build.sh: one wasm module, the switch that
// keeps a release possible if the split tools break), run by scripts/test.sh with
// PG_E2E_DIST/PG_E2E_KEEP pointing at it, beside tests/e2e/journey.test.mjs and
// tests/e2e/release.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, PHONE, openPage, sampleCatalogue, textIn, useBrowserAndServer } from '../e2e/harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const FOLDER = join(DIST, 'procedure-guide');
const names = readdirSync(FOLDER);
const MAIN = names.find((n) => /^procedure-guide-[0-9a-f]{16}\.wasm$/.test(n));
const first = sampleCatalogue().procedures.find((p) => p.status !== 'withdrawn');

test('the unsplit build has one module, and a journey opens from it', async () => {
  const opened = await openPage(browser, 'about:blank', { viewport: PHONE });
  const { page } = opened;
  const seen = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && seen.push(new URL(r.url()).pathname.split('/').pop()));
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: textIn(first.name), exact: false }).first().click();
  await page.getByRole('heading', { level: 3, name: 'Tổng quan' }).waitFor();
  await page.waitForTimeout(1000);
  assert.deepEqual(seen, [MAIN]);
  assert.ok(!names.some((n) => n.includes('journey')), names.join(' '));
  assert.ok(!readFileSync(join(FOLDER, 'procedure-guide.js'), 'utf8').includes('__wasm_split_load_journey'));
  assert.deepEqual(opened.log.consoleErrors, []);
  assert.deepEqual(await opened.violations(), []);
  await opened.close();
});
