import { chromium } from '@playwright/test';
const [url, out, width, height, tab] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', m => console.log('console', m.type(), m.text()));
await page.goto(url);
await page.waitForSelector('table');
if (tab) { await page.getByRole('button', { name: tab, exact: true }).click(); await page.waitForTimeout(300); }
await page.screenshot({ path: out, fullPage: true });
await browser.close();
