// Refusals and warnings a planner meets with ordinary mistakes (issue 17 part 2): bounds the
// quotas already break are flagged on the cell and impossible ones refused; cumulative actuals
// that go down are flagged; a too long name is refused with its length and a long one never
// covers the inputs.
import { test, expect } from './fixtures.js';

const box = (page, label) => page.getByRole('textbox', { name: label, exact: true });

async function enter(page, label, value, key = 'Enter') {
  const input = box(page, label);
  await input.fill(value);
  await input.press(key);
}

test('a minimum the quota breaks is flagged on its cell; an impossible one is refused', async ({ page, watched }) => {
  await page.goto('./');
  await page.getByText('各地区上下限').click();
  await enter(page, '瓯海 技能人才培训数 下限', '20,000');
  const row = page.getByRole('row', { name: /^瓯海/ }).first();
  await expect(row.getByRole('status').filter({ hasText: '低于下限 20,000' })).toBeVisible();
  // The quota itself is untouched until the planner redistributes.
  await expect(box(page, '瓯海 技能人才培训数')).not.toHaveValue('20,000');
  await enter(page, '鹿城 技能人才培训数 下限', '200,000');
  await expect(page.getByText('下限合计 220,000，超过总数 120,000')).toBeVisible();
  // Nothing was kept: the field shows the stored bound (none) again.
  await expect(box(page, '鹿城 技能人才培训数 下限')).toHaveValue('');
  await expect(row.getByRole('status').filter({ hasText: '低于下限 20,000' })).toBeVisible();
  expect(watched.errors).toEqual([]);
});

test('a cumulative actual below an earlier month is flagged', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报' }).click();
  await enter(page, '鹿城 技能人才培训数 1月', '5,000', 'Tab');
  await enter(page, '鹿城 技能人才培训数 2月', '3,000', 'Tab');
  const cell = page.locator('td.has-warning');
  await expect(cell).toHaveCount(1);
  await expect(cell).toContainText('小于此前月份的累计数');
  await expect(page.getByRole('status').filter({ hasText: '有 1 处累计完成数比此前月份少' })).toBeVisible();
  await enter(page, '鹿城 技能人才培训数 2月', '6,000', 'Tab');
  await expect(page.locator('td.has-warning')).toHaveCount(0);
});

test('a too long district name is refused with its length; a long one never covers the quotas', async ({ page }) => {
  await page.goto('./');
  await page.getByText('编辑方案结构').click();
  const rename = box(page, '名称 鹿城');
  await rename.fill('很'.repeat(10_000));
  await rename.press('Enter');
  await expect(page.getByText('名称最多 60 个字符，输入的有 10,000 个')).toBeVisible();
  await expect(page.getByRole('row', { name: /^鹿城/ }).first()).toBeVisible();
  const long = '很长的区县名称'.repeat(8).slice(0, 60);
  await rename.fill(long);
  await rename.press('Enter');
  const quota = box(page, `${long} 技能人才培训数`);
  await expect(quota).toBeVisible();
  // A click in the middle of the quota input lands on the input, not on the sticky name.
  await quota.scrollIntoViewIfNeeded();
  const rect = await quota.boundingBox();
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await expect(quota).toBeFocused();
});

test('suspicious forecast settings are pointed out in both languages', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '完成预测' }).click();
  await page.getByRole('button', { name: '添加进度调整' }).click();
  const percent = page.getByRole('textbox', { name: /进度（%）$/ }).first();
  await percent.fill('1000000');
  await percent.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '1,000,000%' })).toContainText('可能是输入错误');
  for (let month = 1; month <= 12; month++) {
    const weight = box(page, `季节权重 ${month}月`);
    await weight.fill('0');
    await weight.press('Enter');
  }
  await expect(page.getByRole('status').filter({ hasText: '季节权重全为 0' })).toBeVisible();
  await page.getByRole('button', { name: '切换到英文界面' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Every seasonal weight is 0' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'possibly a typing slip' })).toBeVisible();
});

test('Ctrl+Z undoes back to the start without a passive-listener complaint', async ({ page }) => {
  const messages = [];
  page.on('console', (msg) => messages.push(msg.text()));
  await page.goto('./');
  for (const value of ['13,000', '12,500', '13,500']) await enter(page, '鹿城 技能人才培训数', value);
  await expect(box(page, '鹿城 技能人才培训数')).toHaveValue('13,500');
  await page.locator('body').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
  await expect(box(page, '鹿城 技能人才培训数')).toHaveValue('12,000');
  await expect(page.getByRole('button', { name: /撤销/ })).toBeDisabled();
  expect(messages.filter((m) => m.includes('passive'))).toEqual([]);
});
