// Embedding on a host page: the attributes a webmaster sets (agency, field, procedure,
// theme and bad values of each), live attribute changes, the DOM events a host script
// hears, hostile host CSS, theming through custom properties, and two widgets showing
// the same procedure staying in step (same page and another tab).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP, PHONE, ROOT as ROOT_DIR, axeViolations, eventually, openPage, sampleCatalogue, screenshot, serveBuild, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
const catalogue = sampleCatalogue();

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const EVENTS = ['ready', 'error', 'procedure-opened', 'channel-chosen', 'step-done', 'checklist-complete'];

/** Records every procedure-guide:* event that reaches `document`, from before any script. */
async function recordEvents(page) {
  await page.addInitScript((names) => {
    window.__pgEvents = [];
    for (const name of names) {
      document.addEventListener(`procedure-guide:${name}`, (event) => {
        window.__pgEvents.push({
          type: event.type,
          detail: JSON.parse(JSON.stringify(event.detail)),
          target: event.target.id,
          bubbles: event.bubbles,
          composed: event.composed,
        });
      });
    }
  }, EVENTS);
}

const events = (page, type) =>
  page.evaluate((t) => window.__pgEvents.filter((e) => !t || e.type === `procedure-guide:${t}`), type);

/** No CSP violation and no uncaught error so far. Call it before axe-core, whose own
 * injected styles the policy reports (the widget's are never inline). */
async function assertClean(opened) {
  assert.deepEqual(await opened.violations(), [], 'no CSP violations');
  assert.deepEqual(opened.log.pageErrors, [], 'no uncaught errors');
}

test('agency and field restrict the list, name the restriction and offer no wider filter', async () => {
  const opened = await openPage(browser, `${server.url}/test-pages/embed-attributes.html`);
  const { page, close } = opened;
  const ward = page.locator('#phuong');
  await ward.locator('.pg-result').first().waitFor();
  const expected = catalogue.procedures.filter(
    (p) => p.field === 'ho-tich' && p.agencies.some((a) => a.level === 'commune' || a === 'phuong-nhieu-loc'),
  );
  assert.ok(expected.length > 1 && expected.length < catalogue.procedures.length);
  const names = await ward.locator('.pg-result__name').allTextContents();
  assert.deepEqual(names.sort(), expected.map((p) => textIn(p.name)).sort());
  assert.equal(await ward.locator('#pg-filter-agency').count(), 0, 'no agency filter to widen the list');
  assert.equal(await ward.locator('#pg-filter-field').count(), 0, 'no field filter to widen the list');
  const scope = await ward.locator('.pg-scope').textContent();
  assert.match(scope, /phường Nhiêu Lộc/i);
  assert.match(scope, /Hộ tịch/);
  // Searching stays inside the restriction.
  await ward.locator('input[type="search"]').fill('ly lich tu phap');
  await ward.locator('.pg-empty').waitFor();
  await assertClean(opened);
  await close();
});

test('procedure opens one directly, in the language and theme asked', async () => {
  const opened = await openPage(browser, `${server.url}/test-pages/embed-attributes.html`);
  const { page, close } = opened;
  const one = page.locator('#mot-thu-tuc');
  await one.locator('.pg-journey[data-procedure="2.000815"][data-view="overview"]').waitFor();
  assert.match(await one.locator('.pg-back').textContent(), /All procedures/);
  const background = await one.evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('.pg-root')).backgroundColor);
  assert.equal(background, 'rgb(21, 24, 27)', 'theme="dark"');
  await assertClean(opened);
  assert.deepEqual(await axeViolations(page, '#mot-thu-tuc'), [], 'the dark theme passes axe-core');
  await one.locator('.pg-back').click();
  await one.locator('.pg-result').first().waitFor();
  assert.deepEqual(await axeViolations(page, '#mot-thu-tuc'), [], 'the dark list passes axe-core');
  await screenshot(page, 'embed-attributes-desktop');
  await close();
});

test('each bad attribute value is named with what is allowed, and the widget still works', async () => {
  const opened = await openPage(browser, `${server.url}/test-pages/embed-attributes.html`, { viewport: PHONE });
  const { page, close } = opened;
  const bad = page.locator('#sai');
  await bad.locator('.pg-attribute-problems').waitFor();
  // The catalogue ids are checked once it is loaded.
  await bad.locator('.pg-attribute-problems li[data-attribute="procedure"]').waitFor();
  const said = async (attribute) => bad.locator(`.pg-attribute-problems li[data-attribute="${attribute}"]`).textContent();
  assert.match(await said('lang'), /lang="fr".*vi, en/);
  assert.match(await said('theme'), /theme="blue".*light, dark/);
  assert.match(await said('storage'), /storage="cookie".*local, session, none/);
  assert.match(await said('mode'), /mode="admin".*citizen, volunteer/);
  assert.match(await said('forget-after-days'), /forget-after-days="0".*từ 1 đến 3650/);
  assert.match(await said('agency'), /agency="so-khong-co".*không có trong danh mục.*ví dụ: trung-tam-phuc-vu-hcc-tphcm/);
  assert.match(await said('procedure'), /procedure="9.999999".*1\.001193/);
  // Defaults stand in: Vietnamese, the whole list, nothing opened.
  assert.equal(await bad.locator('.pg-result').count(), catalogue.procedures.length);
  assert.match(await bad.locator('.pg-search label').textContent(), /Tìm thủ tục/);
  await bad.locator('.pg-result').first().click();
  await bad.locator('.pg-journey').waitFor();
  await screenshot(page, 'embed-bad-attributes-phone');
  await assertClean(opened);
  assert.deepEqual(await axeViolations(page, '#sai'), []);
  await close();
});

test('changing attributes after load updates the widget', async () => {
  const opened = await openPage(browser, `${server.url}/`);
  const { page, close } = opened;
  const w = page.locator('procedure-guide');
  await w.locator('.pg-result').first().waitFor();
  await w.evaluate((e) => e.setAttribute('procedure', '1.000894'));
  await w.locator('.pg-journey[data-procedure="1.000894"]').waitFor();
  await w.evaluate((e) => e.setAttribute('lang', 'en'));
  await eventually(async () => /All procedures/.test(await w.locator('.pg-back').textContent()));
  assert.match(await w.locator('.pg-back').textContent(), /All procedures/);
  await w.evaluate((e) => e.setAttribute('theme', 'dark'));
  assert.ok(await eventually(() =>
    w.evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('.pg-root')).backgroundColor === 'rgb(21, 24, 27)')));
  await w.evaluate((e) => {
    e.setAttribute('agency', 'cong-an-tphcm');
    e.removeAttribute('procedure');
  });
  await w.locator('.pg-list-view').waitFor();
  assert.ok(await eventually(async () => (await w.locator('.pg-result').count()) === 1));
  assert.equal(await w.locator('.pg-result__code').textContent(), '3.000333');
  // A bad value set later is reported, and fixing it removes the message.
  await w.evaluate((e) => e.setAttribute('storage', 'cloud'));
  await w.locator('.pg-attribute-problems li[data-attribute="storage"]').waitFor();
  await w.evaluate((e) => e.setAttribute('storage', 'session'));
  await w.locator('.pg-attribute-problems').waitFor({ state: 'detached' });
  await assertClean(opened);
  await close();
});

test('events reach document with ids and counts, never answers', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await recordEvents(page);
  await page.goto(`${server.url}/`);
  const w = page.locator('procedure-guide');
  await w.locator('.pg-result').first().waitFor();
  const [ready] = await events(page, 'ready');
  assert.ok(ready, 'ready');
  assert.equal(ready.target, 'huong-dan', 'retargeted to the element');
  assert.equal(ready.bubbles && ready.composed, true);
  assert.equal(ready.detail.catalogue, catalogue.catalogue.id);
  assert.equal(ready.detail.procedures, catalogue.procedures.length);
  assert.equal(ready.detail.errors, 0);

  const p = catalogue.procedures.find((x) => x.id === '1.000894');
  await w.locator('.pg-result', { hasText: textIn(p.name) }).click();
  await w.locator('.pg-journey[data-view="overview"]').waitFor();
  assert.deepEqual((await events(page, 'procedure-opened')).map((e) => e.detail), [{ procedure: '1.000894' }]);

  await w.locator('.pg-viewnav__button[data-view="channel"]').click();
  await w.locator('.pg-channel--online input[type="radio"]').check();
  await w.locator('.pg-channel--in-person input[type="radio"]').check();
  const online = p.channels.find((c) => c.kind === 'online');
  assert.deepEqual((await events(page, 'channel-chosen')).map((e) => e.detail), [
    { procedure: '1.000894', channel: `~online${online.online_level}`, kind: 'online', level: online.online_level },
    { procedure: '1.000894', channel: '~in_person', kind: 'in_person', level: null },
  ]);

  await w.locator('.pg-viewnav__button[data-view="documents"]').click();
  const boxes = await w.locator('.pg-checklist .pg-tick input[type="checkbox"]').all();
  assert.ok(boxes.length > 1);
  for (const box of boxes) if (!(await box.isChecked())) await box.check();
  await w.locator('.pg-missing[data-missing="0"]').waitFor();
  assert.ok(await eventually(async () => (await events(page, 'checklist-complete')).length === 1));
  assert.deepEqual((await events(page, 'checklist-complete')).map((e) => e.detail), [{ procedure: '1.000894' }]);

  await w.locator('.pg-viewnav__button[data-view="steps"]').click();
  await w.locator('.pg-step input[type="checkbox"]').first().check();
  assert.ok(await eventually(async () => (await events(page, 'step-done')).length === 1));
  assert.deepEqual((await events(page, 'step-done')).map((e) => e.detail), [
    { procedure: '1.000894', step: p.steps[0].id },
  ]);
  // Nothing but ids, counts and words of the contract: no answers, no names.
  for (const e of await events(page)) {
    for (const value of Object.values(e.detail)) {
      assert.ok(value === null || ['string', 'number'].includes(typeof value) || Array.isArray(value), JSON.stringify(e));
    }
  }
  assert.equal((await events(page, 'error')).length, 0);

  // The page points the widget at a file that is not there: an error, and no `ready`
  // for the catalogue no longer in use (nor is it shown meanwhile).
  await page.evaluate(() => { window.__pgEvents.length = 0; });
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('catalogue', 'khong-co.json'));
  await w.locator('.pg-error').waitFor();
  assert.ok(await eventually(async () => (await events(page, 'error')).length === 1));
  assert.deepEqual((await events(page)).map((e) => e.type), ['procedure-guide:error']);
  assert.equal((await events(page, 'error'))[0].detail.reason, 'http-status');
  // And back: `ready` once, for the catalogue now in use.
  await page.evaluate(() => { window.__pgEvents.length = 0; });
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('catalogue', 'catalogue.json'));
  // (The history entry still names the procedure the person had open: it opens again.)
  await w.locator('.pg-journey[data-procedure="1.000894"]').waitFor();
  assert.ok(await eventually(async () => (await events(page, 'ready')).length === 1));
  assert.equal((await events(page, 'ready'))[0].detail.url, 'catalogue.json');
  assert.equal((await events(page, 'error')).length, 0);

  // A catalogue that is not there: an error event with the reason and status.
  await page.goto(`${server.url}/test-pages/missing-catalogue.html`);
  await page.locator('procedure-guide .pg-error').waitFor();
  const [error] = await events(page, 'error');
  assert.equal(error.detail.kind, 'catalogue');
  assert.equal(error.detail.reason, 'http-status');
  assert.equal(error.detail.status, 404);
  assert.equal((await events(page, 'ready')).length, 0);

  // Attribute values the widget could not use.
  await page.goto(`${server.url}/test-pages/embed-attributes.html`);
  await page.locator('#sai .pg-attribute-problems li[data-attribute="procedure"]').waitFor();
  // The catalogue-dependent problems (agency, procedure) come in a second event, after
  // the render that lists them: under load the list can show first.
  const wanted = ['lang', 'theme', 'storage', 'mode', 'forget-after-days', 'agency', 'procedure'];
  let errors = [];
  let named = new Set();
  await eventually(async () => {
    errors = (await events(page, 'error')).filter((e) => e.target === 'sai');
    named = new Set(errors.flatMap((e) => e.detail.attributes));
    return wanted.every((a) => named.has(a));
  }, 5000);
  for (const a of wanted) {
    assert.ok(named.has(a), `error event names ${a}: ${JSON.stringify(errors)}`);
  }
  assert.equal((await events(page, 'error')).filter((e) => e.target !== 'sai').length, 0);
  await context.close();
});

test('hostile host CSS leaves the widget usable and the host page untouched', async () => {
  for (const [viewport, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
    const opened = await openPage(browser, `${server.url}/examples/hostile-css.html`, { viewport });
    const { page, close } = opened;
    const w = page.locator('procedure-guide');
    await w.locator('.pg-result').first().waitFor();
    assert.equal(await w.evaluate((e) => getComputedStyle(e).display), 'block', ':host stays a block');
    // Buttons and the search box are there, large enough to touch, readable.
    const button = w.locator('.pg-result').first();
    const box = await button.boundingBox();
    assert.ok(box && box.width > 100 && box.height >= 44, JSON.stringify(box));
    assert.ok(await w.locator('input[type="search"]').isVisible());
    for (const selector of ['.pg-result__name', '.pg-label', '.pg-catalogue__title', '.pg-result-count']) {
      const size = await w.locator(selector).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      // The host's root size reaches the widget as the reader's setting would, but only
      // up to 24 px (its `* { font-size: 30px !important }` sets the root too).
      assert.ok(size >= 14 && size <= 24 * 1.375, `${selector}: ${size}px`);
    }
    await screenshot(page, `embed-hostile-css-${name}`);
    await button.click();
    await w.locator('.pg-journey[data-view="overview"]').waitFor();
    assert.ok(await w.locator('.pg-pager__next').isVisible(), 'Continue is visible and clickable');
    await w.locator('.pg-pager__next').click();
    // The widget's CSS never reached the host's elements that share its class names.
    const host = await page.evaluate(() => {
      const style = (id) => getComputedStyle(document.getElementById(id));
      return {
        text: style('host-text').backgroundColor,
        button: style('host-button').backgroundColor,
        buttonPadding: style('host-button').paddingLeft,
        heading: style('host-heading').fontSize,
      };
    });
    assert.deepEqual(host, { text: 'rgba(0, 0, 0, 0)', button: 'rgba(0, 0, 0, 0)', buttonPadding: '0px', heading: '30px' });
    await assertClean(opened);
    assert.deepEqual(await axeViolations(page), []);
    await close();
  }
});

test('the host page themes the widget through its custom properties and ::part', async () => {
  const opened = await openPage(browser, `${server.url}/examples/theming.html`);
  const { page, close } = opened;
  const w = page.locator('procedure-guide');
  await w.locator('.pg-result').first().waitFor();
  const root = await w.evaluate((e) => {
    const s = getComputedStyle(e.shadowRoot.querySelector('.pg-root'));
    return { font: s.fontFamily, size: s.fontSize, radius: s.borderTopLeftRadius };
  });
  assert.deepEqual(root, { font: 'Georgia, serif', size: '18px', radius: '0px' });
  assert.equal(await w.evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('.pg')).outlineStyle), 'dashed');
  assert.equal(
    await w.evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('.pg-root')).borderTopColor),
    'rgb(165, 14, 14)',
    '::part(frame) reaches the visible frame',
  );
  // The host page can still hide the widget, despite :host { display: block !important }.
  await w.evaluate((e) => { e.hidden = true; });
  assert.equal(await w.evaluate((e) => getComputedStyle(e).display), 'none');
  await w.evaluate((e) => { e.hidden = false; });
  assert.equal(await w.evaluate((e) => getComputedStyle(e).display), 'block');
  await w.locator('.pg-result').first().click();
  const next = w.locator('.pg-pager__next');
  await next.waitFor();
  assert.equal(await next.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(165, 14, 14)');
  await screenshot(page, 'embed-themed-desktop');
  await assertClean(opened);
  await close();
});

test('two widgets with the same procedure stay in step, on the page and across tabs', async () => {
  const opened = await openPage(browser, `${server.url}/test-pages/same-procedure.html`);
  const { page, context, close } = opened;
  const [a, b, c] = ['#a', '#b', '#c'].map((id) => page.locator(id));
  for (const w of [a, b, c]) await w.locator('.pg-journey').waitFor();
  for (const w of [a, b, c]) await w.locator('.pg-viewnav__button[data-view="documents"]').click();
  const first = (w) => w.locator('.pg-checklist .pg-tick input[type="checkbox"]').first();
  await first(a).check();
  assert.ok(await eventually(() => first(b).isChecked()), 'a tick in one shows in the other');
  // Another procedure is independent: its ticks leave a and b alone, and theirs leave it.
  assert.equal(await first(c).isChecked(), false, "a's tick did not reach another procedure");
  await first(c).check();
  await first(c).uncheck();
  await page.waitForTimeout(200);
  assert.equal(await first(a).isChecked(), true, "c's untick did not reach a");
  assert.equal(await first(b).isChecked(), true, "c's untick did not reach b");
  await first(c).check();
  // Each keeps its own view.
  await a.locator('.pg-viewnav__button[data-view="steps"]').click();
  await a.locator('.pg-journey[data-view="steps"]').waitFor();
  assert.equal(await b.locator('.pg-journey').getAttribute('data-view'), 'documents');
  await first(b).uncheck();
  await a.locator('.pg-viewnav__button[data-view="documents"]').click();
  assert.ok(await eventually(async () => !(await first(a).isChecked())), 'and back');
  assert.equal(await first(c).isChecked(), true, "a and b's untick did not reach c");

  // Another tab of the same site follows through the storage event.
  const other = await context.newPage();
  await other.goto(`${server.url}/test-pages/same-procedure.html`);
  const a2 = other.locator('#a');
  await a2.locator('.pg-viewnav__button[data-view="documents"]').click();
  assert.equal(await first(a2).isChecked(), false);
  await first(a).check();
  assert.ok(await eventually(() => first(a2).isChecked()), 'the other tab follows');
  await assertClean(opened);
  await close();
});

test('the example host pages of the demo work under the strict CSP, at phone and desktop size', async () => {
  const pages = {
    'two-widgets': async (page) => {
      await page.locator('#phuong .pg-result').first().waitFor();
      await page.locator('#lltp .pg-journey[data-procedure="3.000333"]').waitFor();
    },
    'div-form': (page) => page.locator('#huong-dan-div .pg-journey[data-procedure="1.001193"]').waitFor(),
    iframe: (page) => page.frameLocator('iframe').locator('procedure-guide .pg-journey[data-procedure="1.000894"]').waitFor(),
    theming: (page) => page.locator('procedure-guide .pg-result').first().waitFor(),
    'hash-router': async (page) => {
      await page.locator('.router-nav a[href="#/thu-tuc"]').click();
      await page.locator('procedure-guide .pg-result').first().waitFor();
    },
  };
  for (const [name, ready] of Object.entries(pages)) {
    for (const [viewport, size] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
      const opened = await openPage(browser, `${server.url}/examples/${name}.html`, { viewport });
      await ready(opened.page);
      await screenshot(opened.page, `example-${name}-${size}`);
      await assertClean(opened);
      assert.deepEqual(opened.log.consoleErrors, [], name);
      await opened.close();
    }
  }
  // The demo page links to every example.
  const demo = await openPage(browser, `${server.url}/`);
  const links = await demo.page.locator('a[href^="examples/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const name of [...Object.keys(pages), 'hostile-css']) assert.ok(links.includes(`examples/${name}.html`), name);
  await demo.close();
});

test("the host page's own hash router keeps routing while the widget moves through history", async () => {
  const opened = await openPage(browser, `${server.url}/examples/hash-router.html`);
  const { page, close } = opened;
  const status = page.locator('#route-status');
  await page.locator('.router-nav a[href="#/thu-tuc"]').click();
  assert.ok(await eventually(async () => (await status.textContent()) === 'Đang mở: /thu-tuc'), await status.textContent());
  const w = page.locator('procedure-guide');
  await w.locator('.pg-result').first().click();
  await w.locator('.pg-journey[data-view="overview"]').waitFor();
  await w.locator('.pg-pager__next').click();
  await page.waitForFunction(() => document.querySelector('procedure-guide').shadowRoot.querySelector('.pg-journey').dataset.view !== 'overview');
  assert.equal(new URL(page.url()).hash, '#/thu-tuc', 'the widget never writes the hash');
  // The host's own links still route, and Back comes back through them.
  await page.locator('.router-nav a[href="#/lien-he"]').click();
  assert.ok(await eventually(async () => (await status.textContent()) === 'Đang mở: /lien-he'), await status.textContent());
  assert.ok(await page.locator('[data-route="/thu-tuc"]').isHidden());
  await page.goBack();
  assert.ok(await eventually(async () => (await status.textContent()) === 'Đang mở: /thu-tuc'));
  assert.notEqual(await w.locator('.pg-journey').getAttribute('data-view'), 'overview', 'the widget kept its view');
  await page.goBack();
  await w.locator('.pg-journey[data-view="overview"]').waitFor();
  assert.equal(await status.textContent(), 'Đang mở: /thu-tuc', "the widget's own entry does not move the host's route");
  await assertClean(opened);
  await close();
});

test('removing the element and adding it back works, and keeps the ticks', async () => {
  const opened = await openPage(browser, `${server.url}/`);
  const { page, close } = opened;
  const w = page.locator('procedure-guide');
  await w.locator('.pg-result', { hasText: 'Cấp bản sao Trích lục' }).click();
  await w.locator('.pg-viewnav__button[data-view="documents"]').click();
  await w.locator('.pg-checklist .pg-tick input[type="checkbox"]').first().check();
  await page.evaluate(() => {
    const e = document.querySelector('procedure-guide');
    window.__pgParent = e.parentElement;
    window.__pgNext = e.nextSibling;
    e.remove();
  });
  assert.equal(await page.locator('procedure-guide').count(), 0);
  await page.evaluate(() => {
    const e = document.createElement('procedure-guide');
    e.setAttribute('catalogue', 'catalogue.json');
    e.id = 'huong-dan';
    window.__pgParent.insertBefore(e, window.__pgNext);
  });
  await w.locator('.pg-root').first().waitFor();
  // Back in place: the history entry still names the open procedure and its view.
  await w.locator('.pg-journey[data-procedure="2.000635"][data-view="documents"]').waitFor();
  assert.equal(await w.locator('.pg-checklist .pg-tick input[type="checkbox"]').first().isChecked(), true);
  // The same element moved elsewhere on the page also keeps working.
  await page.evaluate(() => document.body.append(document.querySelector('procedure-guide')));
  await w.locator('.pg-back').click();
  await w.locator('.pg-result').first().waitFor();
  await assertClean(opened);
  await close();
});

test("the widget's stylesheet parses whole: every top-level rule of the file reaches the shadow root", async () => {
  // A lost brace silently swallows every rule after it; count what the browser kept.
  const source = (await import('node:fs')).readFileSync(new URL('../../www/procedure-guide.css', import.meta.url), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  let topLevel = 0;
  for (const ch of source) {
    if (ch === '{') {
      if (depth === 0) topLevel += 1;
      depth += 1;
    } else if (ch === '}') {
      depth -= 1;
      assert.ok(depth >= 0, 'no stray closing brace');
    }
  }
  assert.equal(depth, 0, 'every brace is closed');
  const opened = await openPage(browser, `${server.url}/`);
  await opened.page.locator('procedure-guide .pg-result').first().waitFor();
  const parsed = await opened.page.evaluate(() => {
    const root = document.querySelector('procedure-guide').shadowRoot;
    const sheet = [...root.styleSheets].find((s) => s.href && s.href.includes('procedure-guide-'));
    return sheet.cssRules.length;
  });
  assert.equal(parsed, topLevel);
  await opened.close();
});

test('a catalogue the server says is too large is refused before it is read, with a clear message', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'pg-huge-'));
  try {
    // Not compressed by the test server (unknown type), so it sends a Content-Length.
    writeFileSync(join(dir, 'huge.bin'), Buffer.alloc(21 * 1024 * 1024, 0x20));
    writeFileSync(
      join(dir, 'host.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>huge</title><link rel="icon" href="/favicon.svg">
<script type="module" src="/procedure-guide/procedure-guide.js"></script></head>
<body><procedure-guide catalogue="/huge/huge.bin"></procedure-guide></body></html>`,
    );
    const s = await serveBuild({ roots: [{ prefix: '/', dir: `${ROOT_DIR}dist` }, { prefix: '/huge/', dir }] });
    try {
      const opened = await openPage(browser, `${s.url}/huge/host.html`);
      const error = opened.page.locator('procedure-guide .pg-error');
      await error.waitFor();
      assert.match(await error.textContent(), /Tệp danh mục quá lớn \(21 MB; tối đa 20 MB\)/);
      assert.ok(await error.locator('button').isVisible(), 'a retry button');
      await assertClean(opened);
      await opened.close();
    } finally {
      await s.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
