// The monthly supervision on the bulletin screen: traffic lights by the bureau's rules, 督办 for
// districts that stay behind, the phased monthly targets, all kept in the scenario's link.
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';
import { openStep } from './steps.js';

async function lightsOf(table) {
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    name: tr.querySelector('th').textContent.trim(),
    lights: [...tr.querySelectorAll('td.light')].map((td) => td.className.replace('light', '').trim()),
    streak: tr.lastElementChild.textContent.trim(),
  })));
}

test('lights per district and month, with 督办 and the rules in a footnote', async ({ page, watched }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报', exact: true }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await openStep(page, '亮灯');
  const panel = page.getByRole('region', { name: /亮灯督办：技能人才培训数/ });
  const table = panel.getByRole('table');
  await expect(table.locator('thead th')).toHaveCount(1 + 6 + 2);
  const rows = await lightsOf(table);
  expect(rows).toHaveLength(14);
  expect(rows.every((r) => r.lights.length === 6)).toBe(true);
  // 督办 exactly where the last months are yellow or red, two or more in a row.
  for (const r of rows) {
    const tail = [...r.lights].reverse();
    const streak = tail.findIndex((l) => l !== 'yellow' && l !== 'red');
    const run = streak === -1 ? tail.length : streak;
    expect(r.streak.includes('督办') || r.streak.includes('约谈')).toBe(run >= 2);
  }
  await expect(panel).toContainText('亮灯规则：完成率落后时间进度 10 至 30 个百分点亮黄灯');
  await expect(panel).toContainText('连续 3 个月红灯约谈');

  // Against the seasonal phased targets the sample's spring shape is no longer "behind".
  const yellowBefore = rows.flatMap((r) => r.lights).filter((l) => l === 'yellow' || l === 'red').length;
  await panel.getByRole('combobox', { name: '序时目标按' }).selectOption({ label: '季节权重（同预测设置）' });
  await panel.getByRole('combobox', { name: '对照' }).selectOption({ label: '序时目标' });
  await expect(panel).toContainText('落后序时目标');
  // The bulletin says which yardstick it uses, and judges each district by its own target.
  await openStep(page, '通报');
  const bulletin = page.getByRole('region', { name: /6月月度通报/ });
  await expect(bulletin.getByRole('heading')).toContainText('序时进度');
  await expect(bulletin.getByRole('columnheader', { name: '序时进度' })).toBeVisible();
  await openStep(page, '亮灯');
  const after = await lightsOf(table);
  const yellowAfter = after.flatMap((r) => r.lights).filter((l) => l === 'yellow' || l === 'red').length;
  expect(yellowAfter).toBeLessThan(yellowBefore);

  // The phased targets add up to each quota.
  await panel.getByText('各月序时目标', { exact: true }).click();
  const phased = panel.locator('table.phased-table tbody tr').first();
  await expect(phased.locator('td')).toHaveCount(12);
  const cells = await phased.locator('td').allTextContents();
  expect(cells.reduce((sum, c) => sum + Number(c.replaceAll(',', '')), 0)).toBe(12000);

  // The rules travel with the scenario: a reload of the link keeps them.
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#v1\./);
  await page.reload();
  await openStep(page, '亮灯');
  await expect(page.getByRole('combobox', { name: '对照' })).toHaveValue('phased');
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('the rules\' numbers can be typed, and bands that contradict each other are refused', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报', exact: true }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await openStep(page, '亮灯');
  const panel = page.getByRole('region', { name: /亮灯督办/ });
  const yellow = panel.getByRole('textbox', { name: '黄灯起点（落后百分点）' });
  await yellow.fill('40');
  await yellow.press('Tab');
  await expect(panel.getByRole('alert')).toContainText('黄灯起点（落后 40 个百分点）不能高于红灯界线（落后 30 个百分点）');
  await expect(panel).toContainText('落后时间进度 10 至 30 个百分点亮黄灯');
  const before = await panel.locator('td.light.yellow').count();
  await yellow.fill('5');
  await yellow.press('Tab');
  await expect(panel).toContainText('落后时间进度 5 至 30 个百分点亮黄灯');
  expect(await panel.locator('td.light.yellow').count()).toBeGreaterThan(before);
  // No longer a preset: the choice says so.
  await expect(panel.getByRole('combobox', { name: '亮灯规则' })).toHaveValue('custom');
});
