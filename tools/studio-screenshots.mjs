// Takes the screenshots of docs/STUDIO.md (the webmaster's walkthrough) from the release
// build: the studio opened, a spreadsheet imported, a procedure edited beside the preview.
// 1280×800, the visible part only, so the pictures read at the size of a screen.
//
// Usage (after bash scripts/build.sh): node tools/studio-screenshots.mjs

import { launchBrowser, serveBuild, ROOT } from '../tests/e2e/harness.mjs';

const OUT = `${ROOT}docs/images`;
const server = await serveBuild();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/procedure-guide/procedure-guide-studio.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: `${OUT}/studio-open.png` });

  await page.getByLabel('Hoặc nhập từ bảng tính (CSV, XLSX)').setInputFiles({
    name: 'thu-tuc-phuong.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Tên thủ tục,Mã thủ tục,Lĩnh vực,Thời hạn giải quyết,Thành phần hồ sơ\n'
      + 'Đăng ký khai tử,1.000656,Hộ tịch,03,"Tờ khai đăng ký khai tử (01 bản chính)\nTrường hợp ủy quyền: Văn bản ủy quyền (01 bản chính)"\n',
    ),
  });
  const finish = page.getByRole('region', { name: /^Cần hoàn thiện sau khi nhập/ });
  await finish.waitFor();
  await page.waitForTimeout(1500);
  await finish.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/studio-import.png` });

  await page.getByRole('button', { name: 'Bắt đầu từ mẫu' }).click();
  const parts = page.getByRole('region', { name: 'Sửa danh mục' }).getByRole('navigation');
  await parts.locator('summary', { hasText: /^Thủ tục \(1\)$/ }).click();
  await parts.getByRole('button', { name: /^Chứng thực bản sao/ }).click();
  await page.getByRole('region', { name: 'Xem trước trên tiện ích' }).getByLabel('Hiển thị').selectOption('2.000815');
  await page.frameLocator('iframe').getByRole('heading', { level: 2, name: /Chứng thực bản sao/ }).waitFor();
  await page.getByRole('heading', { name: /^Đang sửa: / }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/studio-edit.png` });
  console.log(`studio-screenshots: docs/images/studio-{open,import,edit}.png`);
} finally {
  await browser.close();
  await server.close();
}
