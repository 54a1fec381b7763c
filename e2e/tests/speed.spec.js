// Speed as a planner feels it: one edit → engine → repaint, timed in Chromium from the change
// event to the next animation frame. Figures are printed (and written to
// test-results/speed.json), not asserted: these machines are shared and noisy. Each run still
// checks the edit's result, so a broken page fails here.
import { writeFileSync, mkdirSync } from 'node:fs';
import { test, expect } from './fixtures.js';
import { timeEdits, show, openBigPlan } from '../timing.js';

const results = {};

test('one edit on the 2021 plan', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-cell="14-0"]')).toHaveValue('120,000');
  const r = await timeEdits(page, 30);
  await expect(page.locator('[data-cell="14-0"]')).toHaveValue('120,000');
  results.plan2021 = { districts: 14, ...r };
  console.log(`speed: one edit, 2021 plan (14 districts): ${show(r)}`);
});

test('one edit on a generated 3,000-district plan', async ({ page }) => {
  test.setTimeout(120_000);
  const { total, started: loadStart } = await openBigPlan(page, 3_000);
  const totalCell = page.locator('[data-cell="3000-0"]');
  await expect(totalCell).toHaveValue(total.toLocaleString('en-US'), { timeout: 60_000 });
  const loadMs = Date.now() - loadStart;
  const r = await timeEdits(page, 10);
  await expect(totalCell).toHaveValue(total.toLocaleString('en-US'));
  results.plan3000 = { districts: 3000, load_ms: loadMs, ...r };
  // A large plan is shown 200 rows a page.
  const pager = page.getByRole('navigation', { name: '分页' });
  await expect(pager).toContainText('第 1–200 行，共 3,000 个地区');
  await expect(page.locator('.plan-table tbody tr')).toHaveCount(200);
  await pager.getByRole('button', { name: /下一页/ }).click();
  await expect(page.locator('.plan-table tbody tr').first().locator('th')).toHaveText('地区201');
  console.log(`speed: one edit, 3,000 districts: ${show(r)}; load ${loadMs} ms`);
});

test('a new seed on the forecast screen → next frame (the Monte Carlo runs in the worker)', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '完成预测' }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  const seed = page.getByRole('textbox', { name: '随机种子' });
  await expect(seed).toBeVisible();
  const times = [];
  for (let i = 0; i < 7; i++) {
    const ms = await seed.evaluate(async (input, value) => {
      input.value = String(value);
      const start = performance.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      return performance.now() - start;
    }, 100 + i);
    times.push(ms);
  }
  await expect(page.getByRole('region', { name: /年末预测/ }).first().locator('tfoot')).toContainText('120,000');
  times.sort((a, b) => a - b);
  const median = Number(times[3].toFixed(1));
  results.monteCarlo = { paths: 10000, districts: 14, metrics: 1, in_worker: true, median_ms: median };
  console.log(`speed: a new seed → next frame, the Monte Carlo (10,000 paths × 14 districts, forecast + reallocation + backtest) in the worker: median ${median} ms`);
});

test('a forecast of a generated 3,000-district plan', async ({ page }) => {
  test.setTimeout(120_000);
  await openBigPlan(page, 3_000);
  await page.getByRole('button', { name: '完成预测' }).click();
  const start = Date.now();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  const forecast = page.getByRole('region', { name: /年末预测/ }).first();
  await expect(forecast).toContainText('按 200 次模拟计算', { timeout: 60_000 });
  const ms = Date.now() - start;
  results.monteCarlo3000 = { districts: 3000, paths: 200, runs: 2, ms };
  console.log(`speed: sample data + forecast + reallocation, 3,000 districts (200 paths): ${ms} ms`);
});

test.afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/speed.json', JSON.stringify(results, null, 2));
});
