// The guided journey's remaining corners (issue 4 review): axe-core and screenshots of
// the views the per-view run does not reach (journeys in progress, a stop, a withdrawn
// procedure, the shared-link notice, the dark theme, large text at desktop width); the
// chosen office's address, hours, hotline and map link from a test catalogue; focus
// left alone on first render; share links from a newer catalogue or widget; ticks of
// papers renamed or removed in the catalogue since they were saved.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import {
  DESKTOP, PHONE, ROOT, SCREENSHOTS, axeViolations, goToPart, openPage, sampleCatalogue, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
const W = 'procedure-guide';
const catalogue = sampleCatalogue();
const birth = catalogue.procedures.find((p) => p.id === '1.001193');
const withdrawn = catalogue.procedures.find((p) => p.id === 'hcm-lltp-stp-cu');
const testOffices = JSON.parse(readFileSync(`${ROOT}tests/e2e/pages/test-offices.json`, 'utf8'));

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

async function waitView(page, view, procedure) {
  const p = procedure ? `[data-procedure="${procedure}"]` : '';
  await page.locator(`${W} .pg-journey${p}[data-view="${view}"]`).waitFor({ timeout: 5000 });
}

async function goTo(page, view) {
  await goToPart(page, view);
  await waitView(page, view);
}

async function openResult(page, name, id) {
  await page.locator(`${W} .pg-result`, { hasText: name }).first().click();
  await page.locator(`${W} .pg-journey[data-procedure="${id}"]`).waitFor();
}

/** A share-link payload as the widget makes it: base64url(catalogue id, "\n", state). */
function payloadOf(catalogueId, state) {
  return Buffer.from(`${catalogueId}\n${typeof state === 'string' ? state : JSON.stringify(state)}`).toString('base64url');
}

/** axe-core's own <style> element is blocked by the strict CSP; the widget's never are. */
async function ownViolations(violations) {
  return (await violations()).filter((v) => v.directive !== 'style-src-elem');
}

/** The widget alone (the demo page around it is in the other screenshots). */
async function shot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator(W).first().screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

async function shadowFocus(page) {
  return page.evaluate(() => {
    const host = document.querySelector('procedure-guide');
    return {
      page: document.activeElement === document.body ? 'body' : document.activeElement?.tagName.toLowerCase(),
      inWidget: document.activeElement === host || Boolean(host.shadowRoot.activeElement),
      scrollY: window.scrollY,
    };
  });
}

test('axe-core and screenshots: in progress, a stop, withdrawn, shared notice, dark theme, large text', async () => {
  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport });
    await page.locator(`${W} .pg-result`).first().waitFor();

    // Two journeys started, then back to the list: both "in progress".
    await openResult(page, textIn(birth.name), '1.001193');
    await goTo(page, 'documents');
    await page.locator(`${W} .pg-checklist input[type="checkbox"]`).first().check();
    await page.locator(`${W} .pg-back`).click();
    await openResult(page, 'Thủ tục đăng ký kết hôn', '1.000894');
    await goTo(page, 'documents');
    await page.locator(`${W} .pg-checklist input[type="checkbox"]`).first().check();
    await page.locator(`${W} .pg-back`).click();
    await page.locator(`${W} .pg-in-progress__item`).nth(1).waitFor();
    assert.equal(await page.locator(`${W} .pg-in-progress__item`).count(), 2);
    assert.deepEqual(await axeViolations(page), [], `list with journeys in progress, ${size}`);
    await shot(page, `extra-${size}-in-progress`);

    // A stop: the criminal-record certificate no. 2 asked for by someone else.
    await openResult(page, 'Lý lịch tư pháp cho công dân', '3.000333');
    await goTo(page, 'situation');
    await page.locator(`${W} [data-question="loai_phieu"] input[value="so2"]`).check();
    await page.locator(`${W} [data-question="cha_me_cho_con"] input[value="no"]`).check();
    await page.locator(`${W} [data-question="uy_quyen_so2"] input[value="yes"]`).check();
    await page.locator(`${W} .pg-stop[role="alert"]`).waitFor();
    // The "change your answer" hint keeps its distance from the last link of the stop.
    const gap = await page.locator(`${W} .pg-stop > .pg-hint`).evaluate((hint) => {
      const last = hint.previousElementSibling.querySelector('li:last-child a, li:last-child button');
      return hint.getBoundingClientRect().top - last.getBoundingClientRect().bottom;
    });
    assert.ok(gap >= 6, `gap under the stop's links: ${gap}px`);
    assert.deepEqual(await axeViolations(page), [], `stop, ${size}`);
    await shot(page, `extra-${size}-stop`);

    // The withdrawn procedure's overview: says so and leads to its replacement.
    await page.locator(`${W} .pg-back`).click();
    await page.locator(`${W} input[type="search"]`).fill('thủ tục cũ, đã bãi bỏ');
    await openResult(page, textIn(withdrawn.name), withdrawn.id);
    await waitView(page, 'overview', withdrawn.id);
    const overview = await page.locator(`${W} .pg-journey`).textContent();
    assert.match(overview, /bãi bỏ/);
    assert.deepEqual(await axeViolations(page), [], `withdrawn overview, ${size}`);
    await shot(page, `extra-${size}-withdrawn`);

    // Dark theme: summary and documents.
    await page.locator(`${W} .pg-back`).click();
    await page.locator(`${W} input[type="search"]`).fill('');
    await openResult(page, textIn(birth.name), '1.001193');
    await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('theme', 'dark'));
    await page.locator(`${W} .pg--dark, ${W} [data-theme="dark"]`).first().waitFor();
    for (const view of ['summary', 'documents']) {
      await goTo(page, view);
      assert.deepEqual(await axeViolations(page), [], `${view}, dark, ${size}`);
      await shot(page, `extra-${size}-dark-${view}`);
    }
    await page.evaluate(() => document.querySelector('procedure-guide').removeAttribute('theme'));

    // Large text at desktop width (the phone is covered in journey-nav).
    if (size === 'desktop') {
      await page.locator(`${W} .pg-toggle-large`).click();
      await page.locator(`${W} .pg--large`).waitFor();
      for (const view of ['documents', 'summary']) {
        await goTo(page, view);
        assert.deepEqual(await axeViolations(page), [], `${view}, large text, ${size}`);
        await shot(page, `extra-${size}-large-${view}`);
      }
    }
    assert.deepEqual(await ownViolations(violations), []);
    assert.deepEqual(log.pageErrors, []);
    await close();

    // The notice after opening a share link.
    const link = `${server.url}/#pg-huong-dan=${payloadOf(catalogue.catalogue.id, { v: 1, p: '1.001193', w: 'documents' })}`;
    const shared = await openPage(browser, link, { viewport });
    await shared.page.locator(`${W} .pg-shared-notice[data-shared="opened"]`).waitFor();
    await waitView(shared.page, 'documents', '1.001193');
    assert.deepEqual(await axeViolations(shared.page), [], `shared-link notice, ${size}`);
    await shot(shared.page, `extra-${size}-shared-notice`);
    await shared.close();
  }
});

test('the chosen office shows its address, hours, hotline and a safe map link, on the summary too', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/test-pages/test-offices.html`, {
    viewport: PHONE,
  });
  await page.locator(`${W} .pg-result`).first().waitFor();
  assert.equal(await page.locator(`${W} .pg-diagnostic, ${W} .pg-notice`).count(), 0, 'the test catalogue is valid');
  await openResult(page, textIn(birth.name), '1.001193');
  await goTo(page, 'office');
  // Nothing is chosen for the person, and no details are shown before a choice.
  assert.equal(await page.locator(`${W} .pg-office__chosen`).count(), 0);
  const agencies = testOffices.agencies.filter((a) => a.level === 'commune');
  assert.ok(agencies.length >= 2);
  // Found by the former ward name, without accents.
  await page.locator(`${W} #pg-office-search`).fill('phuong cu 2');
  const b = agencies[1];
  await page.locator(`${W} #pg-office-${b.id}`).check();
  const chosen = page.locator(`${W} .pg-office__chosen[data-office="${b.id}"]`);
  await chosen.waitFor();

  async function assertDetails(box, agency, where) {
    const text = await box.textContent();
    for (const value of [textIn(agency.name), textIn(agency.address), textIn(agency.opening_hours), agency.hotline]) {
      assert.ok(text.includes(value), `${where}: shows ${value} in ${text}`);
    }
    const tel = box.locator(`a[href^="tel:"]`);
    assert.equal(await tel.first().getAttribute('href'), `tel:${agency.hotline.replaceAll(' ', '')}`);
    const map = box.locator(`a[href="${agency.map_url}"]`);
    assert.equal(await map.count(), 1, `${where}: one map link`);
    assert.match(await map.getAttribute('href'), /^https:\/\//);
    assert.equal(await map.getAttribute('target'), '_blank');
    assert.match(await map.getAttribute('rel'), /noopener/);
    assert.match(await map.getAttribute('rel'), /noreferrer/);
    // The other offices' details are not mixed in.
    for (const other of agencies.filter((a) => a.id !== agency.id)) {
      assert.ok(!text.includes(textIn(other.address)), `${where}: not ${other.id}'s address`);
    }
  }
  await assertDetails(chosen, b, 'where');
  // Before axe-core, whose own inline styles the strict CSP reports in the console.
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(await axeViolations(page), [], 'where, with office details');
  await shot(page, 'extra-phone-office-details');

  // Changing the choice changes the details.
  const a = agencies[0];
  await page.locator(`${W} #pg-office-search`).fill('');
  await page.locator(`${W} #pg-office-${a.id}`).check();
  await page.locator(`${W} .pg-office__chosen[data-office="${a.id}"]`).waitFor();
  await assertDetails(page.locator(`${W} .pg-office__chosen`), a, 'where, changed');

  await goTo(page, 'summary');
  await assertDetails(page.locator(`${W} .pg-summary`), a, 'summary');
  await shot(page, 'extra-phone-office-summary');
  assert.deepEqual(await ownViolations(violations), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('first render never takes focus or scrolls: a reload on a procedure, a procedure attribute; Continue does', async () => {
  // A reload while on a procedure's view (the widget is below the fold on a phone).
  const { page, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.locator(`${W} .pg-result`).first().waitFor();
  await openResult(page, textIn(birth.name), '1.001193');
  await goTo(page, 'situation');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.reload();
  await waitView(page, 'situation', '1.001193');
  await page.waitForTimeout(300);
  assert.deepEqual(await shadowFocus(page), { page: 'body', inWidget: false, scrollY: 0 }, 'after a reload');

  // Continue moves focus to the new view's heading.
  await page.locator(`${W} [data-question="lien_thong"] input[value="no"]`).check();
  await page.locator(`${W} .pg-pager__next`).click();
  await waitView(page, 'office');
  const focused = await page.evaluate(() => {
    const active = document.querySelector('procedure-guide').shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()}.${active.className}` : null;
  });
  assert.equal(focused, 'h3.pg-view__title');
  await close();

  // The demo page with the element's `procedure` attribute set.
  const context = await browser.newContext({ viewport: PHONE });
  const demo = await context.newPage();
  await demo.route(`${server.url}/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<procedure-guide id="huong-dan"', '<procedure-guide procedure="1.001193" id="huong-dan"');
    assert.ok(html.includes('procedure="1.001193"'));
    await route.fulfill({ response, body: html });
  });
  await demo.goto(`${server.url}/`);
  await waitView(demo, 'overview', '1.001193');
  await demo.waitForTimeout(300);
  assert.deepEqual(await shadowFocus(demo), { page: 'body', inWidget: false, scrollY: 0 }, 'procedure attribute');
  await demo.locator(`${W} .pg-pager__next`).click();
  await waitView(demo, 'situation');
  assert.equal(
    await demo.evaluate(() => document.querySelector('procedure-guide').shadowRoot.activeElement?.className),
    'pg-view__title',
  );
  await context.close();
});

test('a link from a newer catalogue opens with what matches; one from a newer widget says so', async () => {
  const id = catalogue.catalogue.id;
  // Made where the catalogue already had a paper, a question and an office this one
  // does not, by a widget that wrote a key this one does not know.
  const newer = {
    v: 1,
    p: '1.001193',
    w: 'documents',
    x: { future: true },
    a: { lien_thong: 'no', cau_hoi_moi: 'yes' },
    o: 'phuong-chua-co',
    k: { 'giay-moi-them': 123 },
  };
  const opened = await openPage(browser, `${server.url}/#pg-huong-dan=${payloadOf(id, newer)}`);
  const { page } = opened;
  await page.locator(`${W} .pg-shared-notice[data-shared="partly"]`).waitFor();
  await waitView(page, 'documents', '1.001193');
  assert.equal(page.url(), `${server.url}/`, 'the fragment is removed');
  assert.equal(await page.locator(`${W} .pg-tick input:checked`).count(), 0);
  await goTo(page, 'situation');
  assert.equal(await page.locator(`${W} [data-question="lien_thong"] input[value="no"]`).isChecked(), true, 'the answer that matches is kept');
  const saved = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('procedure-guide:')));
  assert.equal(saved.length, 1);
  assert.ok(!saved[0][1].includes('cau_hoi_moi') && !saved[0][1].includes('phuong-chua-co') && !saved[0][1].includes('"x"'), saved[0][1]);
  assert.deepEqual(await opened.violations(), []);
  assert.deepEqual(opened.log.pageErrors, []);
  await opened.close();

  // A state version this widget cannot read: nothing opened or saved, and the link
  // stays in the address so that the reload the notice asks for can open it.
  const future = `${server.url}/#pg-huong-dan=${payloadOf(id, { ...newer, v: 99 })}`;
  const second = await openPage(browser, future);
  const notice = second.page.locator(`${W} .pg-shared-notice[data-shared="broken"]`);
  await notice.waitFor();
  assert.match(await notice.textContent(), /phiên bản mới hơn/);
  assert.equal(await second.page.locator(`${W} .pg-journey`).count(), 0);
  assert.deepEqual(
    await second.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('procedure-guide:'))),
    [],
  );
  assert.equal(second.page.url(), future, 'the link is kept for the reload');
  assert.deepEqual(second.log.pageErrors, []);
  await second.close();
});

test('after a reload with a changed catalogue: a renamed tick is flagged, a removed one dropped with a notice', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`);
  await openResult(page, textIn(birth.name), '1.001193');
  await goTo(page, 'documents');
  const ids = ['to-khai', 'giay-to-cu-tru', 'ban-sao-giay-to-tuy-than'];
  for (const id of ids) await page.locator(`${W} .pg-tick[data-tick="${id}"] input`).check();
  const [renamed, removed, kept] = ids;

  // The department publishes a new catalogue: one paper renamed, one removed.
  const changed = structuredClone(catalogue);
  const p = changed.procedures.find((x) => x.id === '1.001193');
  const doc = p.documents.find((d) => d.id === renamed);
  doc.name = { vi: `${doc.name.vi} (mẫu mới)`, en: `${doc.name.en} (new form)` };
  p.documents = p.documents.filter((d) => d.id !== removed);
  await page.route(`${server.url}/catalogue.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(changed) }),
  );
  await page.reload();
  await waitView(page, 'documents', '1.001193');
  const warning = page.locator(`${W} .pg-notice--warning`);
  await warning.waitFor();
  const text = await warning.textContent();
  assert.match(text, /đã thay đổi/);
  assert.match(text, /không còn trong danh mục/);
  const flagged = page.locator(`${W} .pg-tick--changed[data-tick="${renamed}"]`);
  await flagged.waitFor();
  assert.match(await flagged.textContent(), /mẫu mới/);
  assert.match(await flagged.textContent(), /kiểm tra lại/);
  assert.equal(await flagged.locator('input').isChecked(), false, 'a changed tick waits for the person');
  assert.equal(await page.locator(`${W} [data-tick="${removed}"]`).count(), 0, 'the removed paper is gone');
  assert.equal(await page.locator(`${W} .pg-tick[data-tick="${kept}"] input`).isChecked(), true);
  assert.equal(await page.locator(`${W} .pg-tick--changed`).count(), 1);
  await shot(page, 'extra-desktop-changed-ticks');

  // Ticked again, it is an ordinary tick; the removed one is no longer saved.
  await flagged.locator('input').check();
  await page.locator(`${W} .pg-tick--changed`).waitFor({ state: 'detached' });
  const saved = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.endsWith(':1.001193'))[1]);
  assert.ok(!saved.includes(`"${removed}"`), saved);
  assert.deepEqual(log.pageErrors, []);
  await close();
});
