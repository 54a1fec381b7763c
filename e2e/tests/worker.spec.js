// The forecast's Monte Carlo runs in a background worker, loaded on first use: the page shows
// "computing…" meanwhile, and the numbers are the same as when the page works them out itself
// (a browser without workers, or the single-file build opened from file://).
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';
import { openStep } from './steps.js';

async function forecastTable(page) {
  await page.goto('./');
  await page.getByRole('button', { name: '完成预测', exact: true }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  const table = page.locator('section.forecast table');
  await expect(table).toContainText('鹿城');
  return table.innerText();
}

test('the forecast comes from the worker, with the numbers the page would work out', async ({ page, browser, watched }) => {
  // The worker's files are fetched only when a forecast is first asked for.
  await page.goto('./');
  await expect(page.getByRole('textbox', { name: '全市 技能人才培训数' })).toHaveValue('120,000');
  expect(watched.requests.some((url) => url.includes('quota-worker'))).toBe(false);
  const inWorker = await forecastTable(page);
  await expect(page.locator('html')).toHaveAttribute('data-forecast-worker', 'worker');
  expect(watched.requests.some((url) => url.endsWith('quota-worker_bg.wasm'))).toBe(true);

  // A browser without workers: the page works it out, to the same numbers.
  const context = await browser.newContext({ locale: 'zh-CN' });
  const plain = await context.newPage();
  const plainErrors = [];
  const plainScripts = [];
  plain.on('pageerror', (err) => plainErrors.push(String(err)));
  plain.on('console', (msg) => { if (msg.type() === 'error') plainErrors.push(msg.text()); });
  plain.on('request', (req) => { if (req.url().endsWith('/quota-worker.js')) plainScripts.push(req.url()); });
  await plain.addInitScript(() => { window.Worker = undefined; });
  const onPage = await forecastTable(plain);
  await expect(plain.locator('html')).toHaveAttribute('data-forecast-worker', 'page');
  expect(onPage).toBe(inWorker);
  // The forecast screen asks for several jobs at once: the worker's script is loaded once for
  // all of them (twice would declare its `wasm_bindgen` twice, a page error).
  expect(plainScripts).toHaveLength(1);
  expect(plainErrors).toEqual([]);
  await context.close();
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('an edit shows "computing…" until the new forecast comes, and then the new numbers', async ({ page }) => {
  const before = await forecastTable(page);
  // Record every status the forecast panel shows from now on.
  await page.evaluate(() => {
    window.seen = [];
    new MutationObserver(() => {
      const status = document.querySelector('section.forecast p.computing');
      if (status) window.seen.push(status.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const seed = page.getByRole('textbox', { name: '随机种子' });
  await seed.fill('12345');
  await seed.press('Tab');
  const section = page.locator('section.forecast');
  await expect(section).toHaveAttribute('aria-busy', 'false');
  await expect(section.locator('table')).not.toHaveText(before);
  const seen = await page.evaluate(() => window.seen);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen[0]).toMatch(/^正在计算（[\d,]+ 次模拟）/);
  await expect(section.locator('p.computing')).toHaveCount(0);
});

test('text typed while a forecast is computed is kept when its answer comes', async ({ page }) => {
  await forecastTable(page);
  const section = page.locator('section.forecast');
  const seed = page.getByRole('textbox', { name: '随机种子' });
  await seed.fill('777');
  await seed.press('Tab');
  // Typed, not yet committed, while the worker computes.
  const weight = page.getByRole('textbox', { name: '季节权重 3月', exact: true });
  await weight.fill('7');
  await expect(section).toHaveAttribute('aria-busy', 'false');
  await expect(weight).toHaveValue('7');
});

test('without the forecast\'s files the forecast says so, and the rest of the app works', async ({ page }) => {
  await page.route(/quota-worker/, (route) => route.abort());
  await page.goto('./');
  await page.getByRole('button', { name: '完成预测', exact: true }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  const section = page.locator('section.forecast');
  await expect(section.getByRole('status').filter({ hasText: '无法加载预测计算模块' })).toBeVisible();
  await expect(section.locator('table')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-forecast-worker', 'page');
  // The bulletin does not need them.
  await openStep(page, '通报');
  await expect(page.getByRole('region', { name: /6月月度通报/ })).toContainText('鹿城');
});
