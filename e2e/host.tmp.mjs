import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await page.goto('http://127.0.0.1:4191/examples/intranet.html');
await page.frameLocator('#quota-planner').locator('table.plan-table').waitFor();
await page.getByRole('button', { name: '载入示例方案' }).click();
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/host.png', fullPage: false });
await browser.close();
