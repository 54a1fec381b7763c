// A screenshot of the release build for a human to look at: `node shot.mjs <out.png> [width]
// [tab] [steps…]` against a server on 127.0.0.1:4173 (`node serve.mjs ../dist 4173`; another
// address in QP_URL). Steps: `click:<button name>`, `link:<link name>` (a step of the bulletin
// screen), `wait:<ms>`, `fill:<label>=<value>`.
import { chromium } from '@playwright/test';

const [out, width = '1280', ...steps] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale: 'zh-CN' });
await page.goto(process.env.QP_URL || 'http://127.0.0.1:4173/');
await page.waitForSelector('table');
for (const step of steps) {
  const [kind, arg] = step.split(/:(.*)/s);
  if (kind === 'click') await page.getByRole('button', { name: arg, exact: true }).first().click();
  if (kind === 'link') await page.getByRole('link', { name: arg, exact: true }).first().click();
  if (kind === 'wait') await page.waitForTimeout(Number(arg));
  if (kind === 'fill') {
    const [label, value] = arg.split('=');
    const box = page.getByRole('textbox', { name: label, exact: true });
    await box.fill(value);
    await box.press('Tab');
  }
}
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
