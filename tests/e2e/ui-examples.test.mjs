// The named UI examples of tests/ui-examples/examples.json (in the way of GOV.UK
// Frontend's component examples): each is a small catalogue plus a journey state, shown
// through the standalone page (procedure-guide-frame.html, query parameters as the
// element's attributes) at phone (360×640) and desktop (1280×800) size. For each: the
// expected view is on screen (found by role and accessible name, so an example that
// renders another state fails), no CSP violation, no console or page error, axe-core
// finds nothing, and a screenshot lands in target/screenshots/ui-examples/.
//
// The journey state arrives the way a person gets one: a share link fragment
// `#pg-<key>=<payload>` read on load, or a journey saved on the device before the page
// opens (tests/ui-examples/state.mjs). TESTING.md, "Named UI examples", says how to add
// one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { DIST, ROOT, SCREENSHOTS, axeViolations, openPage, useBrowserAndServer } from './harness.mjs';
import { sharePayload, slug, stateJson, storageKey } from '../ui-examples/state.mjs';

const DIR = `${ROOT}tests/ui-examples`;
const { examples } = JSON.parse(readFileSync(`${DIR}/examples.json`, 'utf8'));
const SIZES = [
  ['phone', { width: 360, height: 640 }],
  ['desktop', { width: 1280, height: 800 }],
];
const OUT = `${SCREENSHOTS}/ui-examples`;
const W = 'procedure-guide';

let browser;
let server;
mkdirSync(OUT, { recursive: true });
useBrowserAndServer(
  (b, s) => {
    browser = b;
    server = s;
  },
  { roots: [{ prefix: '/', dir: DIST }, { prefix: '/ui-examples/', dir: DIR }] },
);

const catalogues = new Map();
function catalogueOf(file) {
  if (!catalogues.has(file)) {
    let parsed = null;
    try {
      parsed = JSON.parse(readFileSync(`${DIR}/catalogues/${file}`, 'utf8'));
    } catch {
      // A missing file (the load-error example) has no journey either.
    }
    catalogues.set(file, parsed);
  }
  return catalogues.get(file);
}

/** The standalone page's address for an example, share fragment included. */
function addressOf(example) {
  const catalogueUrl = `/ui-examples/catalogues/${example.catalogue}`;
  const params = new URLSearchParams({ catalogue: catalogueUrl, id: 'vidu', ...example.attributes });
  let url = `${server.url}/procedure-guide/procedure-guide-frame.html?${params}`;
  const share = example.share;
  if (share) {
    const payload = share.broken
      ? share.broken
      : sharePayload(catalogueOf(example.catalogue), share);
    url += `#pg-${slug('vidu')}=${payload}`;
  }
  return { url, catalogueUrl: `${server.url}${catalogueUrl}` };
}

/**
 * A locator inside the widget (Playwright pierces its shadow root) by role and
 * accessible name, as examples.json gives them: `name` (a substring, or `/regex/flags`),
 * `exact`, `level`, `checked`, `pressed`; `text`, the text the element holds (for
 * roles whose name is not their content: status, alert, note). Without a role, the
 * text alone.
 */
function byRole(page, { role, name, exact, level, checked, pressed, text }) {
  const widget = page.locator(W);
  if (!role) return widget.getByText(text);
  const options = {};
  if (name !== undefined) {
    const regex = /^\/(.*)\/([a-z]*)$/.exec(name);
    options.name = regex ? new RegExp(regex[1], regex[2]) : name;
  }
  for (const [key, value] of Object.entries({ exact, level, checked, pressed })) {
    if (value !== undefined) options[key] = value;
  }
  const found = widget.getByRole(role, options);
  return text === undefined ? found : found.filter({ hasText: text });
}

const describe = (e) => JSON.stringify(e);

async function act(page, step) {
  const target = byRole(page, step);
  if (step.fill !== undefined) await target.fill(step.fill);
  else if (step.check) await target.check();
  else await target.click();
}

/** Console errors other than those the example expects (a 404 it shows) and the page's missing favicon. */
function unexpectedErrors(log, allowed = []) {
  const failures = log.failedResponses.filter((r) => !r.endsWith('/favicon.ico') && !allowed.some((a) => r.includes(a)));
  return log.consoleErrors.filter((text) => !(text.includes('status of 404') && failures.length === 0) && !allowed.some((a) => text.includes(a)));
}

test('every example has a name, a description, a catalogue and something to expect', () => {
  const names = new Set();
  for (const e of examples) {
    assert.match(e.name, /^[a-z0-9-]+$/, e.name);
    assert.ok(!names.has(e.name), `one example per name: ${e.name}`);
    names.add(e.name);
    assert.ok(e.description?.length > 20, `${e.name}: a description`);
    assert.ok(e.catalogue, `${e.name}: a catalogue`);
    assert.ok(e.expect?.length > 0, `${e.name}: something visible to expect`);
  }
  for (const required of [
    'list-empty-query', 'list-results', 'list-no-results', 'overview', 'situation-stop', 'withdrawn',
    'shared-link-opened', 'shared-link-broken', 'changed-tick', 'one-channel-left', 'office-picker',
    'no-office-data', 'channel-comparison', 'documents-one-of', 'steps-some-done', 'summary', 'dark-theme',
    'large-text-volunteer', 'english', 'catalogue-with-errors', 'load-error-404',
  ]) {
    assert.ok(names.has(required), `an example ${required}`);
  }
});

for (const example of examples) {
  test(`UI example ${example.name}: ${example.description}`, async () => {
    const { url, catalogueUrl } = addressOf(example);
    for (const [size, viewport] of SIZES) {
      const opened = await openPage(browser, 'about:blank', { viewport });
      const { page, log, violations, close } = opened;
      try {
        if (example.saved) {
          const catalogue = catalogueOf(example.catalogue);
          const entries = example.saved.map((journey) => [
            storageKey(catalogue, catalogueUrl, journey.procedure),
            stateJson(catalogue, journey, Date.now()),
          ]);
          await page.addInitScript(
            ([origin, items]) => {
              if (location.origin !== origin || sessionStorage.getItem('ui-example-saved')) return;
              sessionStorage.setItem('ui-example-saved', '1');
              for (const [key, value] of items) localStorage.setItem(key, value);
            },
            [server.url, entries],
          );
        }
        await page.goto(url);
        for (const step of example.actions ?? []) await act(page, step);
        for (const expected of example.expect) {
          const target = byRole(page, expected);
          await target.first().waitFor({ state: 'visible', timeout: 15000 }).catch(() => {});
          assert.ok(
            await target.first().isVisible(),
            `${example.name}, ${size}: ${describe(expected)} is visible`,
          );
          if (expected.count !== undefined) {
            assert.equal(await target.count(), expected.count, `${example.name}, ${size}: ${expected.count} × ${describe(expected)}`);
          }
        }
        for (const absent of example.absent ?? []) {
          assert.equal(await byRole(page, absent).count(), 0, `${example.name}, ${size}: no ${describe(absent)}`);
        }
        if (example.share && !example.share.broken) {
          assert.ok(!page.url().includes('#pg-'), `${example.name}: the share fragment is removed from the address`);
        }
        // The policy first: axe-core's own injected style is blocked by it (the widget's never are).
        assert.deepEqual(await violations(), [], `${example.name}, ${size}: no CSP violation`);
        assert.deepEqual(log.pageErrors, [], `${example.name}, ${size}: no page error`);
        assert.deepEqual(unexpectedErrors(log, example.allowConsoleErrors), [], `${example.name}, ${size}: no console error`);
        assert.deepEqual(await axeViolations(page), [], `${example.name}, ${size}: axe-core`);
        await page.screenshot({ path: `${OUT}/${example.name}-${size}.png`, fullPage: true });
      } finally {
        await close();
      }
    }
  });
}
