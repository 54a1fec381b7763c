// The first screen of the release build: the 2021 plan's Annex 1 as a table.
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';

test('opens on the 2021 plan with 14 districts and the published totals', async ({ page, watched }) => {
  await page.goto('./');
  const table = page.getByRole('table', { name: '地区指标分解数' });
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(14);
  const totals = table.locator('tfoot input');
  await expect(totals).toHaveCount(3);
  expect(await totals.evaluateAll((els) => els.map((e) => e.value))).toEqual(['120,000', '80,000', '24,000']);
  await expect(table.getByRole('textbox', { name: '鹿城 技能人才培训数' })).toHaveValue('12,000');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('工匠人才');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
  // Preloaded beside the start-up scripts, and that preload is the one fetch (a preload the
  // loader cannot use would be fetched a second time).
  expect(watched.requests.filter((url) => url.endsWith('/quota-planner_bg.wasm'))).toHaveLength(1);
  expect(watched.requests.filter((url) => url.endsWith('/quota-planner.js'))).toHaveLength(1);
});

test('an edit paints the table first; the panels that follow from it catch up just after', async ({ page }) => {
  await page.goto('./');
  const history = page.locator('.history li');
  await expect(history).toHaveCount(1);
  await expect(page.locator('.compare-table')).toBeVisible();
  // Read in the first animation frame after the change: the frame that paints the edit.
  const inThatFrame = await page.evaluate(async () => {
    const input = document.querySelector('[data-cell="0-0"]');
    const seen = new Promise((resolve) => requestAnimationFrame(() => resolve({
      cell: document.querySelector('[data-cell="0-0"]').value,
      districts: [...document.querySelectorAll('.plan-table tbody [data-cell$="-0"]')]
        .map((cell) => Number(cell.value.replaceAll(',', ''))),
      history: document.querySelectorAll('.history li').length,
    })));
    input.value = '12100';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return seen;
  });
  // The table is in that frame: the edited cell, and the 100 taken from another district ...
  expect(inThatFrame.cell).toBe('12,100');
  expect(inThatFrame.districts).toHaveLength(14);
  expect(inThatFrame.districts.reduce((a, b) => a + b, 0)).toBe(120_000);
  // ... the list of changes is not yet: it follows right after.
  expect(inThatFrame.history).toBe(1);
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText('鹿城');
});

test('switches to English and back by keyboard', async ({ page, watched }) => {
  await page.goto('./');
  const toggle = page.getByRole('button', { name: '切换到英文界面' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'District quotas' })).toBeVisible();
  await expect(page.locator('.plan-table tbody tr').first().locator('th')).toHaveText('Lucheng');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Switch to Chinese' }).press('Enter');
  await expect(page.locator('.plan-table tfoot th')).toHaveText('全市总计');
  expect(watched.errors).toEqual([]);
});

test('a 390 px phone has no page-level sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await expect(page.locator('.plan-table tbody tr')).toHaveCount(14);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
