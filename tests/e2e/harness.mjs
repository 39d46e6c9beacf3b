// Shared set-up for the end-to-end tests: a static server over the release build
// (dist/) and the test pages, and Debian's Chromium driven by playwright-core.
//
// Every page opened through `openPage` records, from before any of its scripts run,
// Content-Security-Policy violations, console errors and uncaught exceptions, so a
// test can assert that there were none.

import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { startServer } from '../../tools/serve.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
// PG_E2E_DIST: another build to test, e.g. the unsplit smoke run of scripts/test.sh.
export const DIST = process.env.PG_E2E_DIST ?? `${ROOT}dist`;
/** Where that build kept its raw glue and modules (scripts/build.sh's PG_KEEP). */
export const KEPT = process.env.PG_E2E_KEEP ?? `${ROOT}target/wasm-glue`;
export const SCREENSHOTS = `${ROOT}target/screenshots`;

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 800 };

// Flags from the toolchain notes: without the background-networking ones Chromium
// keeps trying hosts this machine cannot reach.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}

/** Serves dist/ at `/` and tests/e2e/pages at `/test-pages/` under the strict CSP. */
export function serveBuild(options = {}) {
  return startServer({
    roots: [
      { prefix: '/', dir: options.dist ?? DIST },
      { prefix: '/test-pages/', dir: `${ROOT}tests/e2e/pages` },
    ],
    port: 0,
    ...options,
  });
}

/**
 * The set-up most end-to-end files share: the test server over the release build and
 * one Chromium, started before the file's tests (`ready` gets both) and closed after.
 */
export function useBrowserAndServer(ready, serverOptions) {
  let browser;
  let server;
  before(async () => {
    server = await serveBuild(serverOptions);
    browser = await launchBrowser();
    ready(browser, server);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

export async function openPage(browser, url, { viewport = DESKTOP } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], failedResponses: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  await page.addInitScript(() => {
    window.__pgViolations = [];
    const record = (event) =>
      window.__pgViolations.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    // Capture phase on window: sees violations from the document and shadow roots.
    window.addEventListener('securitypolicyviolation', record, true);
  });
  await page.goto(url);
  return {
    page,
    context,
    log,
    violations: () => page.evaluate(() => window.__pgViolations),
    close: () => context.close(),
  };
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** The sample catalogue as the tests read it, to compare with what the widget shows. */
export function sampleCatalogue() {
  return JSON.parse(readFileSync(`${ROOT}www/catalogue.json`, 'utf8'));
}

/** A localised text in `lang`, falling back to the string form. */
export function textIn(text, lang = 'vi') {
  return typeof text === 'string' ? text : text[lang];
}

/** Polls `predicate` until it holds or `timeout` ms pass; returns whether it held. */
export async function eventually(predicate, timeout = 10000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Boolean(await predicate());
}

/**
 * Presses Tab until the focused element inside the first <procedure-guide>'s shadow
 * root matches `selector`; returns whether it got there within `max` presses.
 */
export async function tabTo(page, selector, { max = 60, host = 'procedure-guide' } = {}) {
  for (let i = 0; i < max; i++) {
    const there = await page.evaluate(
      ([h, s]) => Boolean(document.querySelector(h)?.shadowRoot?.activeElement?.matches(s)),
      [host, selector],
    );
    if (there) return true;
    await page.keyboard.press('Tab');
  }
  return false;
}

const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules) over the widget, shadow root included,
 * and returns its violations as short strings. `evaluate` runs outside the page's CSP,
 * so the strict policy stays in force for the widget itself.
 */
export async function axeViolations(page, selector = 'procedure-guide') {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (sel) => {
    const result = await window.axe.run(
      { include: [[sel]] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    );
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
    );
  }, selector);
  return violations;
}

/**
 * Goes to a part of the guide as a person does: on a phone the parts are folded into one
 * line ("Bước 3/7 · …") that opens the list first.
 */
export async function goToPart(page, view, host = 'procedure-guide') {
  // The journey page itself, not its loading shell (the journey module may still come).
  await page.locator(`${host} .pg-journey[data-view]`).waitFor();
  const button = page.locator(`${host} .pg-viewnav__button[data-view="${view}"]`);
  if (!(await button.isVisible())) await page.locator(`${host} .pg-viewnav__toggle`).click();
  await button.click();
}
