// What a planner feels, measured the same way every run (`make bench`): first render against a
// bare Yew page, one edit → next frame on the 2021 plan and on 3,000 districts, and the Monte
// Carlo benchmark in the page. Results go to test-results/bench.json for scripts/bench-report.mjs.
import { writeFileSync, mkdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { timeEdits, timeIdleFrames, openBigPlan } from '../timing.js';
import { HELLO } from '../bench.config.js';

const LOADS = 12;
const results = {};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.floor(sorted.length / 2)].toFixed(1));
};

/**
 * Milliseconds from navigation start to the first frame painted after `selector` appears,
 * over `loads` fresh pages (each a new tab, with the HTTP cache of the earlier ones).
 */
async function firstRender(context, url, selector, loads) {
  const times = [];
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    await page.addInitScript((selector) => {
      window.__painted = new Promise((resolve) => {
        const seen = () => document.querySelector(selector);
        const done = () => requestAnimationFrame(() => resolve(performance.now()));
        const watch = () => {
          if (seen()) return done();
          new MutationObserver((_, observer) => {
            if (seen()) {
              observer.disconnect();
              done();
            }
          }).observe(document, { childList: true, subtree: true });
        };
        watch();
      });
    }, selector);
    await page.goto(url);
    times.push(await page.evaluate(() => window.__painted));
    await page.close();
  }
  return { median_ms: median(times), loads };
}

test('first render: the app against a bare Yew page', async ({ browser }) => {
  const context = await browser.newContext();
  // One warm-up each, so both are measured with the files in the HTTP cache.
  results.app = await firstRender(context, 'http://127.0.0.1:4180/', 'table.plan-table tbody tr', LOADS);
  results.hello = await firstRender(context, `http://127.0.0.1:${HELLO}/`, '#hello', LOADS);
  results.first_render_ratio = Number((results.app.median_ms / results.hello.median_ms).toFixed(2));
  expect(results.app.median_ms).toBeGreaterThan(0);
  await context.close();
});

test('one edit → next frame, 2021 plan', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-cell="14-0"]')).toHaveValue('120,000');
  results.idleFrame = await timeIdleFrames(page, 60);
  results.edit2021 = await timeEdits(page, 40);
  await expect(page.locator('[data-cell="14-0"]')).toHaveValue('120,000');
});

test('one edit → next frame, 2021 plan, CPU throttled 4×', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-cell="14-0"]')).toHaveValue('120,000');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  results.edit2021slow = await timeEdits(page, 30);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(page.locator('[data-cell="14-0"]')).toHaveValue('120,000');
});

test('one edit → next frame, 3,000 districts', async ({ page }) => {
  const { total } = await openBigPlan(page, 3_000);
  const totalCell = page.locator('[data-cell="3000-0"]');
  await expect(totalCell).toHaveValue(total.toLocaleString('en-US'), { timeout: 60_000 });
  results.edit3000 = await timeEdits(page, 15);
  await expect(totalCell).toHaveValue(total.toLocaleString('en-US'));
});

test('Monte Carlo 10,000 paths × 14 districts × 3 metrics in the page', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('table.plan-table')).toBeVisible();
  const runs = await page.evaluate(async () => {
    // The forecast's own WebAssembly (the worker's), loaded on the page as the app does where
    // no worker can start.
    const load = (src) => new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    await load('./quota-worker.js');
    await load('./worker.js');
    await window.quotaWorker({ module_or_path: './quota-worker_bg.wasm' });
    const out = [];
    for (let i = 0; i < 9; i++) {
      const start = performance.now();
      const made = window.quotaWorker.bench_monte_carlo(1);
      out.push({ ms: performance.now() - start, made });
    }
    return out;
  });
  expect(runs.every((r) => r.made === 3)).toBe(true);
  results.monte_carlo = { from: 'January', median_ms: median(runs.map((r) => r.ms)), runs: runs.length };
});

/** The longest main-thread task (Long Tasks API; 0 when none reached 50 ms) while the forecast
 * screen recomputes for five new seeds, each waited for. */
async function longestTaskWhileForecasting(page) {
  await page.goto('./');
  await page.getByRole('button', { name: '完成预测', exact: true }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  const section = page.locator('section.forecast');
  await expect(section.locator('table')).toContainText('鹿城');
  await expect(section).toHaveAttribute('aria-busy', 'false');
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const seed = page.getByRole('textbox', { name: '随机种子' });
  for (let i = 1; i <= 5; i++) {
    await seed.fill(String(1000 + i));
    await seed.press('Tab');
    await expect(section).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  }
  return Number((await page.evaluate(() => window.__longest)).toFixed(1));
}

test('the longest main-thread task while the forecast recomputes, worker and page', async ({ page, context }) => {
  const worker_ms = await longestTaskWhileForecasting(page);
  await expect(page.locator('html')).toHaveAttribute('data-forecast-worker', 'worker');
  const onPage = await context.newPage();
  await onPage.addInitScript(() => { window.Worker = undefined; });
  const page_ms = await longestTaskWhileForecasting(onPage);
  await expect(onPage.locator('html')).toHaveAttribute('data-forecast-worker', 'page');
  results.forecastTasks = { worker_ms, page_ms, seeds: 5 };
});

test.afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', JSON.stringify(results, null, 2));
});
