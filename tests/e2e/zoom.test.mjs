// 200 % zoom (issue 12, the zoom walk): a 1280×800 screen at 200 % lays the page out in
// 640×400 CSS pixels, and WCAG's reflow case at 400 % in 320. A person walks every part
// of a journey there, and nothing needs a horizontal scroll, on the page or inside the
// widget. Found by role and accessible name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, useBrowserAndServer } from './harness.mjs';

let browser;
let server;
useBrowserAndServer((b, s) => {
  browser = b;
  server = s;
});

const parts = (page) => page.getByRole('navigation', { name: 'Các phần của hướng dẫn' });
const question = (page, text) => page.getByRole('group', { name: new RegExp(text) });

/** Widths wider than the viewport, on the page and inside the widget's shadow root. */
function overflow(page) {
  return page.evaluate(() => {
    const found = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) found.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelector('procedure-guide').shadowRoot.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width && r.right > width + 1 && getComputedStyle(el).position !== 'absolute') {
        found.push(`${el.localName}.${[...el.classList].join('.')} right ${Math.round(r.right)} > ${width}`);
      }
    }
    return found.slice(0, 5);
  });
}

for (const viewport of [{ width: 640, height: 400 }, { width: 320, height: 256 }]) {
  test(`every part of a journey reflows without a horizontal scroll at ${viewport.width}×${viewport.height}`, async () => {
    const { page, log, close } = await openPage(browser, `${server.url}/`, { viewport });
    const seen = {};
    seen.list = await overflow(page);
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai sinh');
    await page.getByRole('button', { name: /^Thủ tục đăng ký khai sinh/ }).click();
    seen.overview = await overflow(page);
    await page.getByRole('button', { name: 'Bắt đầu chuẩn bị hồ sơ' }).click();
    await question(page, 'làm cùng lúc khai sinh').getByRole('radio', { name: 'Không' }).check();
    await question(page, 'Ai đi đăng ký khai sinh').getByRole('radio', { name: /Cha hoặc mẹ/ }).check();
    seen.situation = await overflow(page);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('radio').first().check();
    seen.office = await overflow(page);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('radio', { name: /^Trực tuyến/ }).first().check();
    seen.channel = await overflow(page);
    for (const name of ['Giấy tờ', 'Các bước', 'Tóm tắt']) {
      const button = parts(page).getByRole('button', { name: new RegExp(`^\\d+ ${name}$`) });
      if (!(await button.isVisible())) await parts(page).getByRole('button', { name: /^Bước \d+\/\d+/ }).click();
      await button.click();
      await page.getByRole('heading', { name, level: 3 }).waitFor();
      seen[name] = await overflow(page);
    }
    await screenshot(page, `zoom-summary-${viewport.width}`);
    const wide = Object.entries(seen).filter(([, found]) => found.length);
    assert.deepEqual(wide, [], JSON.stringify(wide));
    assert.deepEqual(log.pageErrors, []);
    await close();
  });
}
