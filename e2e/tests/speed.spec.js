// Speed as a planner feels it: one edit → engine → repaint, timed in Chromium from the change
// event to the next animation frame. Figures are printed (and written to
// test-results/speed.json), not asserted: these machines are shared and noisy. Each run still
// checks the edit's result, so a broken page fails here.
import { writeFileSync, mkdirSync } from 'node:fs';
import { test, expect } from './fixtures.js';

const KEY = 'quota-planner/library/v2';
const results = {};

/**
 * Times `rounds` edits of the first district's first metric. `work` is the change event to the
 * DOM updated and laid out (Yew renders in a microtask; a macrotask after it forces layout);
 * `frame` is the change event to the next animation frame. Each edit starts at a random point
 * of the frame so the figures are not pinned to the 16.7 ms vsync. Returns medians and p95s.
 */
async function timeEdits(page, rounds) {
  const samples = await page.evaluate(async (rounds) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const task = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
    const out = { work: [], frame: [] };
    for (let i = 0; i < rounds; i++) {
      await frame();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
      const input = document.querySelector('[data-cell="0-0"]');
      const value = Number(input.value.replaceAll(',', ''));
      input.value = String(i % 2 === 0 ? value + 100 : value - 100);
      const start = performance.now();
      const painted = frame();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await task();
      void document.body.offsetHeight;
      out.work.push(performance.now() - start);
      await painted;
      out.frame.push(performance.now() - start);
    }
    return out;
  }, rounds);
  const stats = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { median_ms: Number(at(0.5).toFixed(1)), p95_ms: Number(at(0.95).toFixed(1)) };
  };
  return { work: stats(samples.work), frame: stats(samples.frame) };
}

const show = (r) => `work median ${r.work.median_ms} ms (p95 ${r.work.p95_ms}); ` +
  `to next frame median ${r.frame.median_ms} ms (p95 ${r.frame.p95_ms})`;

/** A plan of `n` districts in the saved-library format, built from the page's own save. */
function bigPlan(saved, n) {
  const ws = saved.scenarios[saved.current].workspace;
  ws.plan.districts = Array.from({ length: n }, (_, i) => ({ name: { zh: `地区${i + 1}`, en: `District ${i + 1}` } }));
  const training = Array.from({ length: n }, (_, i) => 1_000 + ((i * 7_919) % 50) * 100);
  const shapes = [training, training.map((t) => Math.floor((t * 2) / 300) * 100), training.map((t) => Math.floor(t / 500) * 100)];
  ws.plan.metrics.forEach((metric, m) => { metric.quotas = shapes[m]; });
  ws.rules.forEach((rules) => {
    rules.bounds = Array.from({ length: n }, () => ({ min: 0, max: null }));
    rules.locked = Array.from({ length: n }, () => false);
    rules.tie_preference = [];
  });
  return { ...saved, workspace: ws, total: training.reduce((a, b) => a + b, 0) };
}

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
  await page.goto('./');
  await expect(page.locator('[data-cell="14-0"]')).toHaveValue('120,000');
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  const big = bigPlan(saved, 3_000);
  const total = big.total;
  delete big.total;
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(big)]);
  const loadStart = Date.now();
  // Without the link in the address, which would open the 2021 plan on top of this one.
  await page.goto('./');
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

test('a Monte Carlo forecast in the page', async ({ page }) => {
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
  results.monteCarlo = { paths: 10000, districts: 14, metrics: 1, runs_per_change: 2, median_ms: median };
  console.log(`speed: Monte Carlo 10,000 paths × 14 districts × 6 months, forecast + reallocation (2 runs) → next frame: median ${median} ms`);
});

test('a forecast of a generated 3,000-district plan', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  const big = bigPlan(saved, 3_000);
  delete big.total;
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(big)]);
  // Without the link in the address, which would open the 2021 plan on top of this one.
  await page.goto('./');
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
