// Completion simulation on the release build: the bulletin of the sample data, the mid-year
// review, forecasts that answer a pace change, actuals typed in the month grid.
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';
import { openStep } from './steps.js';

async function openWithSample(page, tab) {
  await page.goto('./');
  await page.getByRole('button', { name: tab }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByRole('note')).toContainText('示例数据');
  if (tab === '完成预测') {
    // The forecast comes from the background worker: wait for the sample's, not the one before.
    await expect(page.locator('section.forecast table')).toContainText('鹿城');
    await expect(page.locator('section.forecast')).toHaveAttribute('aria-busy', 'false');
  }
}

/** The rows of a report table as arrays of cell texts. */
async function rows(table) {
  return table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
}

test('the June bulletin of the sample data', async ({ page, watched }) => {
  await openWithSample(page, '月度通报');
  await openStep(page, '通报');
  const bulletin = page.getByRole('region', { name: /6月月度通报/ });
  await expect(bulletin).toContainText('时间进度 50.0%');
  const table = bulletin.getByRole('table');
  const lines = await rows(table);
  expect(lines).toHaveLength(14);
  expect(lines.every((l) => l[4] === '50.0%')).toBe(true);
  // Ranks follow the completion rates: sorted by rate, the ranks never go down.
  const byRate = [...lines].sort((a, b) => parseFloat(b[3]) - parseFloat(a[3]));
  const ranks = byRate.map((l) => Number(l[6]));
  expect(ranks[0]).toBe(1);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  // A district below time progress is flagged, with its gap in persons.
  const behind = lines.find((l) => l[7] === '滞后');
  expect(behind).toBeTruthy();
  expect(behind[5]).toMatch(/^−/);
  await expect(table.locator('tfoot')).toContainText('120,000');
  const review = page.getByRole('region', { name: /半年评价/ });
  await expect(review.getByText('未达标').first()).toBeVisible();
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('an actual typed in the month grid changes the bulletin', async ({ page }) => {
  await openWithSample(page, '月度通报');
  const cell = page.getByRole('textbox', { name: '鹿城 技能人才培训数 6月', exact: true });
  await cell.fill('6,500');
  await cell.press('Tab');
  await openStep(page, '通报');
  const bulletin = page.getByRole('region', { name: /6月月度通报/ });
  const first = bulletin.getByRole('table').locator('tbody tr').first();
  await expect(first).toContainText('6,500');
  await expect(first).toContainText('54.2%');
  await expect(first).toContainText('超进度');
  await openStep(page, '收数');
  await cell.fill('abc');
  await cell.press('Tab');
  await expect(page.getByRole('alert')).toContainText('不是数字');
  await openStep(page, '通报');
  await expect(first).toContainText('6,500');
});

test('a faster pace for 乐清 raises its chance of reaching the quota', async ({ page, watched }) => {
  await openWithSample(page, '完成预测');
  const forecast = page.getByRole('region', { name: /年末预测/ }).first();
  const yueqing = forecast.getByRole('table').locator('tbody tr').nth(4);
  await expect(yueqing.locator('th')).toHaveText('乐清');
  const before = parseFloat(await yueqing.locator('td.probability').textContent());
  await page.getByRole('button', { name: '添加进度调整' }).click();
  const knobDistrict = page.getByRole('combobox', { name: '进度调整 地区' });
  await knobDistrict.selectOption({ label: '乐清' });
  const percent = page.getByRole('textbox', { name: '乐清 进度（%）' });
  await percent.fill('180');
  await percent.press('Tab');
  await expect.poll(async () => parseFloat(await yueqing.locator('td.probability').textContent())).toBeGreaterThan(before);
  expect(watched.errors).toEqual([]);
});

test('the reallocation keeps the city total and every floor', async ({ page }) => {
  await openWithSample(page, '完成预测');
  const realloc = page.getByRole('region', { name: /年中调整/ });
  const lines = await rows(realloc.getByRole('table'));
  const num = (s) => Number(s.replaceAll(',', ''));
  expect(lines.reduce((sum, l) => sum + num(l[3]), 0)).toBe(120000);
  expect(lines.every((l) => num(l[3]) >= num(l[1]))).toBe(true);
  await realloc.getByRole('button', { name: '采用新指标' }).click();
  await page.getByRole('button', { name: '指标分解' }).click();
  await expect(page.getByRole('textbox', { name: '全市 技能人才培训数' })).toHaveValue('120,000');
  await expect(page.getByRole('textbox', { name: '鹿城 技能人才培训数' })).toHaveValue(lines[0][3]);
});

test('the cumulative path chart follows the city or a chosen district', async ({ page }) => {
  await openWithSample(page, '完成预测');
  const chart = page.locator('figure.path-chart');
  await expect(chart.locator('figcaption')).toContainText('累计完成与目标进度：全市');
  await expect(chart.locator('polyline.actual-path')).toHaveAttribute('points', /\s/);
  await chart.getByRole('combobox', { name: '累计完成与目标进度' }).selectOption({ label: '瑞安' });
  await expect(chart.locator('figcaption')).toContainText('累计完成与目标进度：瑞安');
  // Seven points: the start and January–June.
  const points = await chart.locator('polyline.actual-path').getAttribute('points');
  expect(points.trim().split(/\s+/)).toHaveLength(7);
});

test('the backtest sets last month\'s forecast against this month, from four months on', async ({ page }) => {
  await openWithSample(page, '完成预测');
  const backtest = page.getByRole('region', { name: /方法回测：上月预测的6月/ });
  await expect(backtest).toContainText('本月报送的 14 个地区中');
  const lines = await rows(backtest.getByRole('table'));
  expect(lines).toHaveLength(14);
  const num = (s) => Number(s.replaceAll(',', ''));
  for (const [, range, median, actual, , inside] of lines) {
    const [low, high] = range.split('–').map(num);
    expect(low).toBeLessThanOrEqual(num(median));
    expect(num(median)).toBeLessThanOrEqual(high);
    expect(inside).toBe(low <= num(actual) && num(actual) <= high ? '是' : '否');
  }
  await page.getByRole('combobox', { name: '截至月份' }).selectOption({ label: '3月' });
  await expect(page.getByRole('region', { name: '方法回测' }).getByRole('status'))
    .toContainText('回测需要至少 4 个月的完成数');
});
