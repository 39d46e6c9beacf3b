// Takes the screenshots of docs/STUDIO.md (the webmaster's walkthrough) from the release
// build: the studio opened, a spreadsheet imported, a procedure edited beside the preview.
// 1280×800, the visible part only, so the pictures read at the size of a screen; once in
// Vietnamese and once in English.
//
// Usage (after bash scripts/build.sh): node tools/studio-screenshots.mjs

import { mkdirSync } from 'node:fs';
import { launchBrowser, serveBuild, ROOT } from '../tests/e2e/harness.mjs';

const OUT = `${ROOT}docs/images`;
// The walkthrough's two languages: the studio's own words for what each step finds
// (crates/core/src/i18n/studio.rs), and where the pictures go (docs/images/en/ for the
// English section).
const LANGS = [
  {
    dir: OUT,
    sheet: 'Hoặc nhập từ bảng tính (CSV, XLSX)',
    finish: /^Cần hoàn thiện sau khi nhập/,
    template: 'Bắt đầu từ mẫu',
    editor: 'Sửa danh mục',
    procedures: /^Thủ tục \(1\)$/,
    preview: 'Xem trước trên tiện ích',
    shows: 'Hiển thị',
    editing: /^Đang sửa: /,
  },
  {
    dir: `${OUT}/en`,
    switchTo: 'English',
    sheet: 'Or import a spreadsheet (CSV, XLSX)',
    finish: /^To finish after the import/,
    template: 'Start from the template',
    editor: 'Edit the catalogue',
    procedures: /^Procedures \(1\)$/,
    preview: 'Preview in the widget',
    shows: 'Showing',
    editing: /^Editing: /,
  },
];
const server = await serveBuild();
const browser = await launchBrowser();
try {
  for (const L of LANGS) {
    mkdirSync(L.dir, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/procedure-guide/procedure-guide-studio.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (L.switchTo) await page.getByRole('button', { name: L.switchTo, exact: true }).click();
    await page.getByLabel(L.sheet).waitFor();
    await page.screenshot({ path: `${L.dir}/studio-open.png` });

    await page.getByLabel(L.sheet).setInputFiles({
      name: 'thu-tuc-phuong.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Tên thủ tục,Mã thủ tục,Lĩnh vực,Thời hạn giải quyết,Thành phần hồ sơ\n'
        + 'Đăng ký khai tử,1.000656,Hộ tịch,03,"Tờ khai đăng ký khai tử (01 bản chính)\nTrường hợp ủy quyền: Văn bản ủy quyền (01 bản chính)"\n',
      ),
    });
    const finish = page.getByRole('region', { name: L.finish });
    await finish.waitFor();
    await page.waitForTimeout(1500);
    await finish.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${L.dir}/studio-import.png` });

    await page.getByRole('button', { name: L.template }).click();
    const parts = page.getByRole('region', { name: L.editor }).getByRole('navigation');
    await parts.locator('summary', { hasText: L.procedures }).click();
    await parts.getByRole('button', { name: /^(Chứng thực bản sao|Certifying a copy)/ }).click();
    await page.getByRole('region', { name: L.preview }).getByLabel(L.shows).selectOption('2.000815');
    await page.frameLocator('iframe').getByRole('heading', { level: 2, name: /Chứng thực bản sao|Certifying a copy/ }).waitFor();
    await page.getByRole('heading', { name: L.editing }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${L.dir}/studio-edit.png` });
    await context.close();
  }
  console.log('studio-screenshots: docs/images/studio-{open,import,edit}.png and docs/images/en/');
} finally {
  await browser.close();
  await server.close();
}
