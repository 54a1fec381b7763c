// "Why this number" a reviewer can check: the method's rule with its numbers, what would flip
// the number, the disproportionality of every method, and a paradox said when an edit
// triggers one.
import { readFileSync } from 'node:fs';
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';

test('a chosen cell shows its rule and what would change it', async ({ page, watched }) => {
  await page.goto('./');
  await page.getByRole('textbox', { name: '瓯江口 技能人才培训数', exact: true }).click();
  const why = page.getByRole('region', { name: /这个数是怎么来的：瓯江口 技能人才培训数/ });
  await expect(why).toContainText('最大余数法：各地区先取精确份额的整数部分');
  const flips = why.locator('ul.flips li');
  await expect(flips).toHaveCount(4);
  // The base that gains a step is above today's base (600), the one that loses is below.
  const gain = await flips.nth(0).textContent();
  const lose = await flips.nth(1).textContent();
  const number = (text) => Number(text.match(/([\d,]+)/)[1].replaceAll(',', ''));
  expect(number(gain)).toBeGreaterThan(600);
  expect(number(lose)).toBeLessThan(600);
  await expect(flips.nth(2)).toContainText('全市总数增至');

  // Under a divisor method the rule is the divisor interval.
  await page.getByRole('combobox', { name: '技能人才培训数 分配方法' }).selectOption({ label: "最高平均数法（D'Hondt）" });
  await expect(why).toContainText('除数法：');
  await expect(why).toContainText('都得到这一分配');

  // Every method's disproportionality, as numbers.
  const compare = page.getByRole('region', { name: /方法对比/ });
  const gallagher = compare.locator('tfoot tr').first();
  await expect(gallagher.locator('th')).toHaveText('加拉格尔指数（百分点）');
  // The comparison reads the state of the last painted frame: wait for its numbers.
  await expect(gallagher.locator('td.num')).toHaveText(Array(6).fill(/^\d+\.\d\d$/));
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('a split that breaks the quota rule says so', async ({ page }) => {
  // One metric of 10 persons over 14 districts; 鹿城's base dwarfs the others'. D'Hondt gives
  // it all 10, above the ceiling 6 of its exact share 5.36.
  const sample = JSON.parse(readFileSync(new URL('../../examples/sample-scenario.json', import.meta.url)));
  const ws = sample.workspace;
  const districts = ws.plan.districts.length;
  ws.plan.metrics = [{ ...ws.plan.metrics[0], parent: null, quotas: [10, ...Array(districts - 1).fill(0)] }];
  ws.plan.departments = [];
  ws.plan.department_metric = 0;
  ws.rules = [{ ...ws.rules[0], method: 'DHondt', step: 1, base: { Custom: [1500, ...Array(districts - 1).fill(100)] } }];
  delete ws.actuals;
  delete ws.matrix;
  await page.goto('./');
  await page.getByLabel('导入方案（JSON）').setInputFiles({
    name: 'skewed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sample)),
  });
  await page.getByRole('button', { name: '按规则重新分配' }).first().click();
  const notice = page.getByRole('status', { name: /分配悖论提示/ });
  await expect(notice).toContainText('鹿城的指标 10 超出其精确份额取整后的范围 5–6');
  await expect(notice).toContainText('份额规则');
  await expect(page.getByRole('textbox', { name: /^鹿城 /, exact: false }).first()).toHaveValue('10');
});
