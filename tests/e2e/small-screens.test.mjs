// Small phones (issue 12, item 15): the channel step fits in three screens at 360×640
// once the person has answered their situation, as they reach it. What every way
// shares (time limit, fees) is said once above the choice; payment, delivery, desk and
// notes fold behind one control per way; the portal link shows on the chosen way only.
// Found by role and accessible name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations, openPage, sampleCatalogue, screenshot, textIn, useBrowserAndServer,
} from './harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const SMALL = { width: 360, height: 640 };
const parts = (page) => page.getByRole('navigation', { name: 'Các phần của hướng dẫn' });
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function goTo(page, name) {
  const button = parts(page).getByRole('button', { name: new RegExp(`^\\d+ ${name}$`) });
  if (!(await button.isVisible())) await parts(page).getByRole('button', { name: /^Bước \d+\/\d+/ }).click();
  await button.click();
}

/** Opens a procedure and answers its situation as a person would, one who may go on. */
async function openAndAnswer(page, name) {
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill(name);
  await page.getByRole('button', { name: new RegExp(`^${escape(name)}`) }).first().click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
  const situation = page.getByRole('region', { name: 'Trường hợp của bạn' });
  if (!(await situation.count())) return;
  for (let asked = 0; asked < 12; asked++) {
    const open = [];
    for (const group of await situation.getByRole('group').all()) {
      const radios = group.getByRole('radio');
      if (!(await radios.count())) continue;
      let answered = false;
      for (const r of await radios.all()) answered ||= await r.isChecked();
      if (!answered) open.push(group);
    }
    if (!open.length) break;
    // "Không" first, then each option in turn, until the answer leads to no stop.
    const radios = await open[0].getByRole('radio').all();
    const no = open[0].getByRole('radio', { name: 'Không', exact: true });
    for (const radio of (await no.count()) ? [no, ...radios] : radios) {
      await radio.check();
      await page.waitForTimeout(50);
      if (!(await page.getByText('Bạn cần làm thủ tục khác').count())) break;
    }
  }
}

test('the channel step fits in three 360×640 screens for every sample procedure with a choice of ways', async () => {
  const choices = sampleCatalogue().procedures.filter((p) => (p.channels ?? []).length > 1 && !p.withdrawn);
  assert.ok(choices.length >= 8, `${choices.length} procedures with a choice of ways`);
  const tall = [];
  for (const p of choices) {
    const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: SMALL });
    const name = textIn(p.name);
    await openAndAnswer(page, name);
    await goTo(page, 'Cách nộp').catch(async (e) => {
      await screenshot(page, `channel-step-unreached-${p.id}`);
      throw new Error(`${p.id}: ${e.message}`);
    });
    const view = page.getByRole('region', { name: 'Cách nộp' });
    await view.getByRole('radiogroup').or(view.getByRole('group')).first().waitFor();
    // From the widget's top edge to the bottom of Continue: what the person scrolls.
    const height = await page.evaluate(() => {
      const root = document.querySelector('procedure-guide');
      const next = [...root.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith('Tiếp tục'));
      return next.getBoundingClientRect().bottom - root.getBoundingClientRect().top;
    });
    if (height > 3 * SMALL.height) {
      tall.push(`${p.id} ${Math.round(height)} px`);
      await screenshot(page, `channel-step-too-tall-${p.id}`);
    }
    assert.deepEqual(log.pageErrors, [], p.id);
    await close();
  }
  assert.deepEqual(tall, [], `taller than ${3 * SMALL.height} px at 360×640`);
});

test('what every way shares is said once; details fold; the portal link only on the chosen way', async () => {
  const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport: SMALL });
  await openAndAnswer(page, 'Thủ tục đăng ký khai tử');
  await goTo(page, 'Cách nộp');
  const view = page.getByRole('region', { name: 'Cách nộp' });
  await view.getByText('Như nhau với mọi cách nộp').waitFor();
  // Said once, above the ways, not on each.
  assert.equal(await view.getByText('Thời hạn giải quyết', { exact: true }).count(), 1);
  assert.equal(await view.getByText('Phí, lệ phí', { exact: true }).count(), 1);
  // The portal link is named after the way's own name (its `label`).
  const start = view.getByRole('link', { name: /^Nộp trực tuyến trên Cổng Dịch vụ công quốc gia/ });
  assert.equal(await start.count(), 0, 'no portal link before a way is chosen');
  // Each way's details are folded, each fold named after its way.
  const more = view.getByRole('group').getByText(/^Thanh toán, nhận kết quả, ghi chú/);
  assert.ok((await more.count()) >= 3);
  const onlineMore = view.locator('summary', { hasText: /Trực tuyến/ }).first();
  // Named after its way, the way's own name (`label`) included.
  assert.match(await onlineMore.textContent(), /Thanh toán, nhận kết quả, ghi chú \(Trực tuyến – Cổng Dịch vụ công quốc gia Mức độ 4/);
  const delivery = onlineMore.locator('xpath=..').getByText('Nhận kết quả', { exact: true });
  assert.equal(await delivery.isVisible(), false);
  await onlineMore.click();
  await delivery.waitFor();

  await view.getByRole('radio', { name: /^Trực tuyến/ }).first().check();
  // The way needs a VNeID level-2 account: its link to the portal once the person has one.
  await page.getByRole('group', { name: 'Bạn đã có tài khoản định danh điện tử mức 2 (VNeID) chưa?' })
    .getByRole('radio', { name: 'Đã có' }).check();
  await start.waitFor();
  assert.equal(await start.count(), 1, 'the chosen online way links to the portal');
  await screenshot(page, 'channel-step-360x640');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.pageErrors, []);
  await close();
});
