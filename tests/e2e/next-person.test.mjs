// The next person (issue 11, items 3–5): "start over" really starts over, in citizen and
// volunteer mode, from the summary, from a question and from the documents view: the
// list with an empty search, nothing of any journey on the device, and no history entry
// (Back ×5, Forward ×5, reload) that shows the previous person's procedure, answers,
// office or search text, on screen or in `history.state`. One start-over control per
// screen; the volunteer switch on the screen, remembered across a reload. Elements are
// found by role and accessible name, as a person and a screen reader find them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHONE, axeViolations, eventually, openPage, screenshot, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
// The demo page's element has id="huong-dan": the widget's key in history.state.
const KEY = 'pg-huong-dan';
const BIRTH = 'Thủ tục đăng ký khai sinh';
const START_OVER = 'Làm lại từ đầu (cho người khác)';
const QUERY = 'khai sinh';

useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const searchBox = (page) => page.getByRole('searchbox', { name: 'Tìm thủ tục' });
const partsNav = (page) => page.getByRole('navigation', { name: 'Các phần của hướng dẫn' });
/** Goes to a part of the guide; on a phone the parts are one line ("Bước 3/7 · …") to open first. */
async function goToPartNamed(page, name) {
  const button = partsNav(page).getByRole('button', { name: new RegExp(`^\\d+ ${name}$`) });
  if (!(await button.isVisible())) await partsNav(page).getByRole('button', { name: /^Bước \d+\/\d+/ }).click();
  await button.click();
}
const question = (page, text) => page.getByRole('group', { name: new RegExp(text) });

/** Our part of the current history entry. */
const entry = (page) => page.evaluate((k) => history.state?.[k] ?? null, KEY);

/** What a person would see of the previous one, or what history.state still names. */
async function traces(page) {
  const shown = await page.evaluate(() => {
    const root = document.querySelector('procedure-guide').shadowRoot;
    return {
      procedure: root.querySelector('.pg-journey, .pg-procedure__title') !== null,
      checked: root.querySelectorAll('input:checked').length,
      inProgress: root.querySelector('.pg-in-progress') !== null,
      search: root.querySelector('input[type="search"]')?.value ?? null,
      list: root.querySelector('.pg-list-view') !== null,
    };
  });
  const state = JSON.stringify(await page.evaluate(() => history.state));
  return { ...shown, birthInState: state.includes('1.001193') };
}

/** A person's journey through birth registration, stopping at `at`. */
async function walk(page, at) {
  await searchBox(page).fill(QUERY);
  await page.getByRole('button', { name: new RegExp(`^${BIRTH}`) }).click();
  await page.getByRole('heading', { name: BIRTH }).waitFor();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  await question(page, 'làm cùng lúc khai sinh').getByRole('radio', { name: 'Không' }).check();
  await question(page, 'Ai đi đăng ký khai sinh').getByRole('radio', { name: /Cha hoặc mẹ/ }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  // Where: the first office offered.
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  // How: at the desk.
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('checkbox').first().check();
  // Moving around, as people do: enough entries behind for Back ×5 to stay on the page.
  if (at === 'situation') {
    await goToPartNamed(page, 'Trường hợp của bạn');
    await question(page, 'Ai đi đăng ký khai sinh').waitFor();
    return;
  }
  if (at === 'documents') {
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await goToPartNamed(page, 'Giấy tờ');
    await page.getByRole('checkbox', { checked: true }).first().waitFor();
    return;
  }
  await goToPartNamed(page, 'Tóm tắt');
  await page.locator('procedure-guide .pg-journey[data-view="summary"]').waitFor();
}

async function journeyKeys(page) {
  return page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((s) => Object.keys(s).filter((k) => k.startsWith('procedure-guide:1:'))),
  );
}

async function assertFresh(page, newNonce, what) {
  await eventually(async () => (await entry(page))?.n === newNonce, 5000);
  const seen = await traces(page);
  assert.deepEqual(
    seen,
    { procedure: false, checked: 0, inProgress: false, search: '', list: true, birthInState: false },
    what,
  );
}

for (const volunteer of [false, true]) {
  for (const from of ['summary', 'situation', 'documents']) {
    test(`start over in ${volunteer ? 'volunteer' : 'citizen'} mode from the ${from}: nothing of the person is left, even through Back, Forward and reload`, async () => {
      const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
      await searchBox(page).waitFor();
      if (volunteer) {
        await page.getByRole('button', { name: 'Chế độ tình nguyện viên' }).click();
        await page.locator('procedure-guide .pg--large').waitFor();
      }
      await walk(page, from);
      const before = await entry(page);
      assert.equal(before.p, '1.001193');
      assert.ok((await journeyKeys(page)).length > 0);
      // One start-over control per screen (volunteer mode's summary has the prominent one).
      const startOver = page.getByRole('button', { name: START_OVER });
      assert.equal(await startOver.count(), 1);
      if (volunteer && from === 'summary') {
        assert.equal(await page.locator('procedure-guide .pg-next-person').getByRole('button', { name: START_OVER }).count(), 1);
      }
      await startOver.click();

      await page.getByRole('heading', { level: 2 }).first().waitFor();
      const after = await entry(page);
      assert.notEqual(after.n, before.n, 'a new person');
      await assertFresh(page, after.n, 'right after start over');
      assert.deepEqual(await journeyKeys(page), [], 'no journey left on the device');
      // Focus goes to the list's heading, for screen readers.
      assert.equal(
        await page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.activeElement?.tagName),
        'H2',
      );

      for (let i = 1; i <= 5; i++) {
        await page.goBack();
        await assertFresh(page, after.n, `Back ×${i}`);
      }
      for (let i = 1; i <= 5; i++) {
        await page.goForward();
        await assertFresh(page, after.n, `Forward ×${i}`);
      }
      await page.reload();
      await searchBox(page).waitFor();
      await assertFresh(page, after.n, 'after a reload');
      // Volunteer mode is the device's, not the person's: it stays on.
      assert.equal(
        await page.getByRole('button', { name: 'Chế độ tình nguyện viên' }).getAttribute('aria-pressed'),
        volunteer ? 'true' : 'false',
      );
      assert.deepEqual(await journeyKeys(page), []);
      assert.deepEqual(await violations(), []);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.pageErrors, []);
      await close();
    });
  }
}

test('a volunteer helps three people in a row, each starting from nothing of the one before', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await page.getByRole('button', { name: 'Chế độ tình nguyện viên' }).click();
  await page.locator('procedure-guide .pg--large').waitFor();
  const people = [
    { id: '1.001193', query: 'khai sinh', name: BIRTH },
    { id: '1.000894', query: 'kết hôn', name: 'Thủ tục đăng ký kết hôn' },
    { id: '1.000656', query: 'khai tử', name: 'Thủ tục đăng ký khai tử' },
  ];
  const before = [];
  for (const person of people) {
    // Nothing of anyone before: an empty search, nothing in progress, not in history.
    await searchBox(page).waitFor();
    assert.equal(await searchBox(page).inputValue(), '', person.id);
    assert.equal(await page.getByRole('region', { name: 'Thủ tục bạn đang chuẩn bị' }).count(), 0, person.id);
    const state = JSON.stringify(await page.evaluate(() => history.state));
    for (const id of before) assert.ok(!state.includes(id), `${id} still in history.state for ${person.id}`);
    await searchBox(page).fill(person.query);
    await page.getByRole('button', { name: new RegExp(`^${person.name}`) }).click();
    await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
    assert.equal(await page.getByRole('radio', { checked: true }).count(), 0, `${person.id}: nothing answered yet`);
    await goToPartNamed(page, 'Giấy tờ');
    await page.getByRole('heading', { name: 'Giấy tờ', level: 3 }).waitFor();
    assert.equal(await page.getByRole('checkbox', { checked: true }).count(), 0, `${person.id}: no paper ticked yet`);
    await page.getByRole('checkbox').first().check();
    assert.ok((await journeyKeys(page)).length > 0, `${person.id}: progress kept while they are here`);
    await page.getByRole('button', { name: START_OVER }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    assert.deepEqual(await journeyKeys(page), [], `${person.id}: nothing left on the device`);
    before.push(person.id);
  }
  assert.equal(
    await page.getByRole('button', { name: 'Chế độ tình nguyện viên' }).getAttribute('aria-pressed'),
    'true',
    'the volunteer mode stays on between people',
  );
  assert.deepEqual(await violations(), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('start over from the list clears the journeys in progress and the search', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`);
  await searchBox(page).waitFor();
  await walk(page, 'situation');
  await page.getByRole('button', { name: 'Danh sách thủ tục' }).click();
  const inProgress = page.getByRole('region', { name: 'Thủ tục bạn đang chuẩn bị' });
  await inProgress.waitFor();
  assert.equal(await searchBox(page).inputValue(), QUERY, 'back to the list keeps the search');
  assert.equal(await page.getByRole('button', { name: START_OVER }).count(), 1);
  await page.getByRole('button', { name: START_OVER }).click();
  assert.ok(await eventually(async () => (await inProgress.count()) === 0, 5000), 'nothing of the previous person in progress');
  // Focus goes to the list's heading, for screen readers.
  assert.equal(
    await page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.activeElement?.tagName),
    'H2',
  );
  assert.equal(await searchBox(page).inputValue(), '');
  assert.deepEqual(await journeyKeys(page), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('the volunteer switch turns on large text and the next-person flow, survives a reload, and switches off', async () => {
  const { page, log, violations, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  const toggle = page.getByRole('button', { name: 'Chế độ tình nguyện viên' });
  await toggle.waitFor();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  // Its description says what it does.
  assert.match(
    await toggle.evaluate((b) => b.getRootNode().getElementById(b.getAttribute('aria-describedby'))?.textContent),
    /ghi nhớ trên thiết bị này/,
  );
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await page.locator('procedure-guide .pg--large').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Chữ lớn' }).getAttribute('aria-pressed'), 'true');
  await screenshot(page, 'next-person-phone-volunteer-on');
  assert.deepEqual(await axeViolations(page), []);

  await page.reload();
  await toggle.waitFor();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true', 'remembered on this device');
  await page.locator('procedure-guide .pg--large').waitFor();
  // The next-person flow: the summary offers the prominent start over.
  await walk(page, 'summary');
  assert.equal(await page.locator('procedure-guide .pg-next-person').getByRole('button', { name: START_OVER }).count(), 1);

  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('procedure-guide .pg--large').count(), 0);
  assert.equal(await page.locator('procedure-guide .pg-next-person').count(), 0);
  await page.reload();
  await toggle.waitFor();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'switched off stays off');
  // The page's `mode` attribute is the default; the switch overrides it on this device.
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('mode', 'volunteer'));
  await eventually(async () => (await toggle.getAttribute('aria-pressed')) === 'true', 5000);
  await toggle.click();
  await page.reload();
  await page.evaluate(() => document.querySelector('procedure-guide').setAttribute('mode', 'volunteer'));
  await page.waitForTimeout(300);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'off on this device, whatever the default');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('erasing asks first, and its control is well apart from Back and Continue', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: PHONE });
  await searchBox(page).waitFor();
  await walk(page, 'documents');
  const erase = page.getByRole('button', { name: 'Xoá dữ liệu đã lưu' });
  const pagerBox = await page.getByRole('button', { name: 'Tiếp tục' }).boundingBox();
  const eraseBox = await erase.boundingBox();
  assert.ok(eraseBox.y - (pagerBox.y + pagerBox.height) >= 40, `${JSON.stringify(pagerBox)} / ${JSON.stringify(eraseBox)}`);
  await erase.click();
  const confirm = page.getByRole('group', { name: /Xoá mọi câu trả lời/ });
  await confirm.waitFor();
  // Focus moves to the question, so a screen reader reads it.
  assert.equal(
    await page.evaluate(() => document.querySelector('procedure-guide').shadowRoot.activeElement?.id),
    'pg-erase-question',
  );
  await screenshot(page, 'next-person-phone-erase-confirm');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Không xoá' }).click();
  assert.equal(await page.getByRole('checkbox', { checked: true }).count(), 1, 'kept');
  await erase.click();
  await page.getByRole('button', { name: 'Xoá', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Đã xoá dữ liệu trên thiết bị này.' }).waitFor();
  assert.equal(await page.getByRole('checkbox', { checked: true }).count(), 0);
  assert.deepEqual(await journeyKeys(page), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});

test('start over in one tab is not undone by another tab showing the same procedure', async () => {
  const a = await openPage(browser, `${server.url}/`);
  await searchBox(a.page).waitFor();
  await walk(a.page, 'documents');
  // A second tab of the same browser, on the same procedure's papers.
  const b = await a.context.newPage();
  await b.goto(`${server.url}/`);
  await b.getByRole('button', { name: 'Tiếp tục (Thủ tục đăng ký khai sinh)' }).click();
  await b.locator('procedure-guide .pg-journey').waitFor();
  const journeyKeysOf = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('procedure-guide:1:')));
  assert.ok((await journeyKeysOf(a.page)).length > 0);
  await a.page.getByRole('button', { name: START_OVER }).click();
  await a.page.getByRole('heading', { level: 2 }).first().waitFor();
  // The other tab hears it, shows nothing ticked, and writes nothing back.
  assert.ok(await eventually(async () => (await b.locator('procedure-guide input:checked').count()) === 0, 5000));
  await b.waitForTimeout(500);
  assert.deepEqual(await journeyKeysOf(a.page), [], 'nothing of the previous person back on the device');
  await a.page.reload();
  await searchBox(a.page).waitFor();
  assert.equal(await a.page.getByRole('region', { name: 'Thủ tục bạn đang chuẩn bị' }).count(), 0);
  await a.close();
});
