// Named scenarios: create, duplicate, switch, rename, compare, delete; kept across reloads;
// an autosave of the first release is migrated, not lost.
import { test, expect } from './fixtures.js';

const cell = (page, label) => page.getByRole('textbox', { name: label, exact: true });

async function enter(page, label, value) {
  const input = cell(page, label);
  await input.fill(value);
  await input.press('Enter');
}

test('scenarios are kept apart, compared and kept across reloads', async ({ page }) => {
  await page.goto('./');
  await enter(page, '鹿城 技能人才培训数', '13,000');
  await page.getByRole('button', { name: '复制为新方案' }).click();
  const name = page.getByRole('textbox', { name: '方案名称' });
  await expect(name).toHaveValue('我的方案 副本');
  await name.fill('乙方案');
  await name.press('Enter');
  await enter(page, '鹿城 技能人才培训数', '14,000');
  await page.getByRole('combobox', { name: '对比方案' }).selectOption({ label: '我的方案' });
  const compare = page.getByRole('region', { name: /方案对比/ });
  await expect(compare.locator('tbody tr').first()).toContainText('13,000');
  await expect(compare.locator('td.differs').first()).toHaveText('+1,000');
  await page.getByRole('combobox', { name: '方案', exact: true }).selectOption({ label: '我的方案' });
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('13,000');
  await page.reload();
  await expect(page.getByRole('combobox', { name: '方案', exact: true }).locator('option')).toHaveText(['我的方案', '乙方案']);
  await page.getByRole('combobox', { name: '方案', exact: true }).selectOption({ label: '乙方案' });
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('14,000');
  await page.getByRole('button', { name: '删除此方案' }).click();
  await expect(page.getByRole('combobox', { name: '方案', exact: true }).locator('option')).toHaveText(['我的方案']);
  await expect(page.getByRole('button', { name: '删除此方案' })).toBeDisabled();
});

test('an autosave from the first release is migrated', async ({ page }) => {
  await page.goto('./');
  await enter(page, '龙湾 技能人才培训数', '11,000');
  // The autosave runs just after the edit's frame.
  const key = 'quota-planner/library/v3/scenario/1';
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', key)).toContain('11000');
  // Rewrite the save as the first release wrote it: one workspace under the old key.
  await page.evaluate((k) => {
    const scenario = JSON.parse(localStorage.getItem(k));
    localStorage.clear();
    localStorage.setItem('quota-planner/autosave/v1', JSON.stringify({ workspace: scenario.workspace, lang: 'Zh' }));
  }, key);
  await page.goto('./');
  await expect(cell(page, '龙湾 技能人才培训数')).toHaveValue('11,000');
  await expect(page.getByRole('combobox', { name: '方案', exact: true })).toHaveValue('0');
  // Migrated into the current layout, and the old key removed only then.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('quota-planner/autosave/v1'))).toBeNull();
  await expect(page.getByRole('alert', { name: '浏览器中保存的数据' })).toHaveCount(0);
});

test('a shared link opens as a new scenario next to the own ones', async ({ page, browser }) => {
  await page.goto('./');
  await enter(page, '鹿城 技能人才培训数', '13,000');
  await page.getByRole('button', { name: '复制分享链接' }).click();
  const link = await page.getByRole('textbox', { name: '复制分享链接' }).inputValue();
  await page.getByRole('button', { name: '恢复2021年方案' }).click();
  await enter(page, '洞头 技能人才培训数', '2,000');
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('status').filter({ hasText: '作为新方案打开' })).toBeVisible();
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('13,000');
  await page.getByRole('combobox', { name: '方案', exact: true }).selectOption({ label: '我的方案' });
  await expect(cell(page, '洞头 技能人才培训数')).toHaveValue('2,000');
});
