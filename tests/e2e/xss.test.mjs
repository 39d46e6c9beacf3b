// No script from content: tests/corpus/xss-text-everywhere.json puts <script>,
// <img onerror>, "><svg onload>, {{…}}, U+202E and zero-width characters in every text
// kind, each after its own label; xss-links-everywhere.json puts javascript: (any case,
// leading space, tab, U+0001), data: and vbscript: in every link field. In the widget,
// under the strict CSP: each payload is on screen as literal text (so the test cannot
// pass by rejecting the procedure), no dialog opens, no console error, and the shadow
// DOM holds no <script>, no on* attribute and no javascript:/data:/vbscript: href.
// External links open in a new tab with rel="noopener noreferrer".

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DIST, ROOT, goToPart, launchBrowser, openPage, serveBuild,
} from './harness.mjs';

const PAYLOAD = '<script>alert(1)</script> <img src=x onerror=alert(1)> "><svg onload=alert(1)> '
  + "{{constructor.constructor('alert(1)')()}} \u202eevil\u202c zero\u200b\u200c\u200d\u2060width";

// Every text kind the hostile catalogue carries, and in which view it shows. Each must
// appear on screen followed by the whole payload.
const SHOWN = {
  list: ['catalogue.title', 'procedure.name', 'procedure.summary', 'field.name', 'agency.name'],
  overview: ['procedure.requirements', 'procedure.result', 'legal_basis.code', 'legal_basis.title'],
  situation: ['question.text', 'question.help', 'choice.text', 'option.label', 'option2.label',
    'stop.text', 'option.stop'],
  channel: ['channel.where', 'channel.notes', 'time_limit.text', 'fee.per', 'fee.note', 'online.notes'],
  documents: ['document.name', 'document.notes', 'document.data_lookup', 'form.code', 'form.name',
    'group.name', 'alternative.name'],
  steps: ['step.title', 'step.detail', 'step.bullet', 'step.duration', 'link.label'],
  office: ['agency.address', 'agency.opening_hours', 'agency.phone', 'agency.hotline', 'agency.email'],
  summary: ['catalogue.publisher', 'contact.hotline'],
};
// Carried by the catalogue but not rendered by the widget (nothing to see, nothing to
// run): legal_basis.issuer, contact.email, contact.address, portal.name,
// life_event.name, agency.formerly (searched, not shown), procedure.keywords (searched).

let browser;
let server;

before(async () => {
  server = await serveBuild({
    roots: [
      { prefix: '/', dir: DIST },
      { prefix: '/corpus/', dir: `${ROOT}tests/corpus` },
    ],
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file) {
  const opened = await openPage(
    browser,
    `${server.url}/procedure-guide/procedure-guide-frame.html?catalogue=/corpus/${file}&lang=vi`,
  );
  const dialogs = [];
  opened.page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await opened.page.locator('procedure-guide .pg-result').first().waitFor({ timeout: 20000 });
  return { ...opened, dialogs, widget: opened.page.locator('procedure-guide') };
}

/** The widget's rendered text, as a person sees it. */
function screenText(page) {
  return page.evaluate(() => {
    const root = document.querySelector('procedure-guide').shadowRoot;
    return [...root.children].map((e) => e.innerText ?? '').join('\n');
  });
}

/** Script-bearing markup anywhere in the shadow DOM. */
function dangerousMarkup(page) {
  return page.evaluate(() => {
    const root = document.querySelector('procedure-guide').shadowRoot;
    const found = [];
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (['script', 'iframe', 'object', 'embed', 'svg', 'img', 'foreignobject'].includes(tag)) found.push(`<${tag}>`);
      for (const attr of el.attributes) {
        if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name)) {
          // What a browser would run: control characters and spaces stripped, any case.
          const scheme = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
          if (/^(javascript|data|vbscript):/.test(scheme)) found.push(`${tag}[${attr.name}=${attr.value}]`);
        }
      }
    }
    return found;
  });
}

function links(page) {
  return page.evaluate(() => [...document.querySelector('procedure-guide').shadowRoot.querySelectorAll('a')]
    .map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
}

function checkLinks(all, where) {
  for (const link of all) {
    assert.ok(/^(https?:|tel:|mailto:)/.test(link.href), `${where}: ${link.href}`);
    if (link.href.startsWith('http')) {
      assert.equal(link.target, '_blank', `${where}: ${link.href}`);
      assert.equal(link.rel, 'noopener noreferrer', `${where}: ${link.href}`);
    }
  }
}

async function visit(page, view) {
  await goToPart(page, view);
  await page.locator(`procedure-guide .pg-journey[data-view="${view}"]`).waitFor();
}

test('every text kind shows its script, markup, template, RTL and zero-width payload as literal text', async () => {
  const { page, widget, log, dialogs, violations, close } = await open('xss-text-everywhere.json');
  const screens = [];
  const check = async (where) => {
    screens.push(await screenText(page));
    assert.deepEqual(await dangerousMarkup(page), [], where);
    checkLinks(await links(page), where);
  };
  await check('list');
  await widget.locator('.pg-result').first().click();
  await widget.locator('.pg-journey').waitFor();
  const views = await widget.locator('.pg-viewnav__button').evaluateAll((all) => all.map((b) => b.dataset.view));
  assert.ok(views.length >= 4, views.join(' '));
  for (const view of views) {
    await visit(page, view);
    // Open collapsed parts (the legal basis) so their text is on screen too.
    await page.evaluate(() => {
      for (const d of document.querySelector('procedure-guide').shadowRoot.querySelectorAll('details')) d.open = true;
    });
    await check(view);
  }
  // Answering reaches the stop text and the help, also literal.
  if (views.includes('situation')) {
    await visit(page, 'situation');
    for (const value of ['no', 'yes', 'o2']) {
      const radio = widget.locator(`input[type="radio"][value="${value}"]`).first();
      if (await radio.count()) {
        await radio.check();
        await page.waitForTimeout(100);
        await check(`situation, answered ${value}`);
      }
    }
  }
  const all = screens.join('\n');
  const missing = Object.values(SHOWN).flat().filter((label) => !all.includes(`[${label}] ${PAYLOAD}`));
  const shownLabels = [...new Set([...all.matchAll(/\[([a-z_0-9.]+)\] /g)].map((m) => m[1]))];
  assert.deepEqual([...new Set(missing)], [], `not shown literally; shown: ${shownLabels.join(' ')}`);
  // The payload's markup never became elements, anywhere.
  assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src]), img, svg').length), 0);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors.filter((t) => !t.includes('status of 404')), []);
  assert.deepEqual(await violations(), []);
  await close();
});

test('no link field with javascript:, data: or vbscript: (any case, spaces, control characters) becomes a link', async () => {
  const { page, widget, log, dialogs, violations, close } = await open('xss-links-everywhere.json');
  // The list of problems comes with the journey module, just after the notice.
  await widget.locator('.pg-notice').first().locator('.pg-diagnostics').waitFor();
  const notice = await widget.locator('.pg-notice').first().textContent();
  assert.match(notice, /E021/);
  checkLinks(await links(page), 'list');
  // The procedure with the safe online channel beside the unsafe ones (the list is in
  // alphabetical order, so not necessarily the first).
  await widget.locator('.pg-result', { has: page.locator('.pg-result__code', { hasText: '1.001193' }) }).click();
  await widget.locator('.pg-journey').waitFor();
  const views = await widget.locator('.pg-viewnav__button').evaluateAll((all) => all.map((b) => b.dataset.view));
  for (const view of views) {
    await visit(page, view);
    assert.deepEqual(await dangerousMarkup(page), [], view);
    checkLinks(await links(page), view);
  }
  // The step's seven links were all unsafe: the validator dropped them, none is an <a>.
  await visit(page, 'steps');
  assert.equal(await widget.locator('a', { hasText: 'Liên kết' }).count(), 0);
  // The safe online channel, once chosen (the portal link shows on the chosen way
  // only), still links out, in a new tab, without an opener.
  await visit(page, 'channel');
  const out = [];
  for (const radio of await widget.getByRole('radio', { name: /^Trực tuyến/ }).all()) {
    await radio.check();
    out.push(...await links(page));
  }
  checkLinks(out, 'channel, each online way chosen');
  assert.ok(out.some((l) => l.href === 'https://dichvucong.gov.vn/'), JSON.stringify(out));
  assert.deepEqual(dialogs, []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors.filter((t) => !t.includes('status of 404')), []);
  assert.deepEqual(await violations(), []);
  await close();
});
