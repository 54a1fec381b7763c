// The bulletin screen as the month's work in steps — 收数 → 核对 → 亮灯 → 通报 — under the month's
// status: a navigation of links walked by keyboard, the current step marked, each step opened by
// its own address (in the full app and in an embed), and the checks listing what the grids flag.
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';
import { openStep, stepsNav } from './steps.js';

const STEPS = [
  { key: 'collect', name: '收数', region: /数据报送：6月/ },
  { key: 'check', name: '核对', region: /6月数据核对/ },
  { key: 'lights', name: '亮灯', region: /亮灯督办：技能人才培训数/ },
  { key: 'report', name: '通报', region: /6月月度通报/ },
];

async function enter(page, label, value) {
  const cell = page.getByRole('textbox', { name: label, exact: true });
  await cell.fill(value);
  await cell.press('Tab');
}

test('the steps are links walked by keyboard, the current one marked', async ({ page, watched }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报', exact: true }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  const nav = stepsNav(page);
  const links = nav.getByRole('link');
  await expect(links).toHaveCount(4);
  for (const [i, step] of STEPS.entries()) await expect(links.nth(i)).toHaveAccessibleName(step.name);
  // The screen opens on the first step.
  await expect(links.first()).toHaveAttribute('aria-current', 'step');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await links.first().focus();
  for (const [i, step] of STEPS.entries()) {
    const link = nav.getByRole('link', { name: step.name, exact: true });
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute('href', `#view=bulletin&step=${step.key}`);
    await page.keyboard.press('Enter');
    await expect(link).toHaveAttribute('aria-current', 'step');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);
    await expect(page.getByRole('region', { name: step.region })).toBeVisible();
    // The other steps' panels are not on the page.
    for (const other of STEPS.filter((s) => s !== step)) {
      await expect(page.getByRole('region', { name: other.region })).toHaveCount(0);
    }
    // A click shows the step in place: the address keeps the share link.
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#v1\./);
    await expect(link).toBeFocused();
    if (i < STEPS.length - 1) await page.keyboard.press('Tab');
  }
  // Another screen and back: the step last shown.
  await page.getByRole('button', { name: '指标分解', exact: true }).click();
  await expect(nav).toHaveCount(0);
  await page.getByRole('button', { name: '月度通报', exact: true }).click();
  await expect(nav.getByRole('link', { name: '通报', exact: true })).toHaveAttribute('aria-current', 'step');
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('the month\'s status counts the returns and the checks list what the grids flag', async ({ page, watched }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报', exact: true }).click();
  const status = page.getByRole('region', { name: '6月工作进度' });
  await expect(status.getByRole('listitem')).toHaveText(['地区已报送 0/14', '部门已报送 0/13', '✓核对未发现问题']);
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(status.getByRole('listitem')).toHaveText(['✓地区已报送 14/14', '✓部门已报送 13/13', '✓核对未发现问题']);
  // June below May for 鹿城, and 龙湾's high-skill count above its certified one in December.
  await enter(page, '鹿城 技能人才培训数 6月', '100');
  await page.getByRole('combobox', { name: '指标', exact: true }).selectOption({ label: '其中:高技能人才数' });
  await enter(page, '龙湾 其中:高技能人才数 12月', '99,999');
  await page.getByRole('combobox', { name: '指标', exact: true }).selectOption({ label: '技能人才培训数' });
  // 鹿城's June training is now below its certified count too.
  await expect(status.getByRole('listitem').nth(2)).toHaveText('核对发现 3 处问题');
  await status.getByRole('link', { name: '核对发现 3 处问题' }).click();
  await expect(stepsNav(page).getByRole('link', { name: '核对', exact: true })).toHaveAttribute('aria-current', 'step');
  const checks = page.getByRole('region', { name: '6月数据核对' });
  await expect(checks).toContainText('各地区、各部门均已报送。');
  await expect(checks.getByRole('listitem')).toHaveText(['鹿城 技能人才培训数（6月）', '鹿城 技能人才取证数（6月）', '龙湾 其中:高技能人才数（12月）']);
  await checks.getByRole('link', { name: '到“收数”修改' }).click();
  await expect(stepsNav(page).getByRole('link', { name: '收数', exact: true })).toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: /撤销/ }).first().click();
  await page.getByRole('button', { name: /撤销/ }).first().click();
  await expect(status.getByRole('listitem').nth(2)).toHaveText('✓核对未发现问题');

  // Who has not returned: a district with nothing, one with some metrics, a department.
  await page.getByRole('button', { name: '清空完成数' }).click();
  await enter(page, '鹿城 技能人才培训数 6月', '5,000');
  await expect(status.getByRole('listitem')).toHaveText(['地区已报送 1/14', '部门已报送 0/13', '✓核对未发现问题']);
  await openStep(page, '核对');
  await expect(checks).toContainText('尚未报送的地区：龙湾、瓯海');
  await expect(checks).toContainText('尚未报送的部门：市经信局、市教育局');
  await expect(checks).toContainText('鹿城 尚未报送：技能人才取证数、其中:高技能人才数。');
  // In English too.
  await page.getByRole('button', { name: '切换到英文界面' }).click();
  await expect(page.getByRole('region', { name: 'Jun so far' }).getByRole('listitem'))
    .toHaveText(['Districts returned: 1 of 14', 'Departments returned: 0 of 13', '✓Checks: nothing flagged']);
  for (const [i, name] of ['Collect', 'Check', 'Lights', 'Report'].entries()) {
    await expect(stepsNav(page).getByRole('link').nth(i)).toHaveAccessibleName(name);
  }
  await expect(page.getByRole('region', { name: 'Checks for Jun' })).toContainText('Districts that have not returned: Longwan');
  expect(watched.errors).toEqual([]);
});

test('every step opens from its own address, in the app and in an embed', async ({ page, watched }) => {
  for (const step of STEPS) {
    for (const address of [`./?view=bulletin&step=${step.key}`, `./#view=bulletin&step=${step.key}`, `./?step=${step.key}`]) {
      await page.goto(address);
      const link = stepsNav(page).getByRole('link', { name: step.name, exact: true });
      await expect(link, address).toHaveAttribute('aria-current', 'step');
      await expect(page.getByRole('button', { name: '月度通报', exact: true })).toHaveAttribute('aria-current', 'page');
      // The region is there (the check step's with its heading; the others' with the sample
      // loaded or an empty state).
      if (step.key !== 'report') await expect(page.getByRole('region', { name: step.region })).toBeVisible();
    }
  }
  for (const step of STEPS) {
    // Embedded, read-only and in English: no chrome, the steps still there.
    await page.goto(`./?embed=1&view=bulletin&step=${step.key}&readonly=1&lang=en`);
    await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
    const link = stepsNav(page).getByRole('link', { name: ['Collect', 'Check', 'Lights', 'Report'][STEPS.indexOf(step)], exact: true });
    await expect(link).toHaveAttribute('aria-current', 'step');
    await expect(page.getByRole('button', { name: 'Load sample data' })).toBeDisabled();
  }
  // An embed of the bulletin screen without a step opens on the bulletin, as before the steps.
  await page.goto('./?embed=1&view=bulletin&lang=en');
  await expect(stepsNav(page).getByRole('link', { name: 'Report', exact: true })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('region', { name: /^Bulletin:/ })).toBeVisible();
  // In an embed the steps change in place too; the link of a step keeps the embed's query.
  await stepsNav(page).getByRole('link', { name: 'Lights', exact: true }).click();
  await expect(page.getByRole('region', { name: /^Traffic lights/ })).toBeVisible();
  const href = await stepsNav(page).getByRole('link', { name: 'Check', exact: true }).evaluate((a) => a.href);
  expect(href).toMatch(/\?embed=1&view=bulletin&lang=en#view=bulletin&step=check$/);
  // Only the fragment changes: the page follows it without reloading.
  await page.evaluate(() => { window.notReloaded = true; });
  await page.goto(href);
  expect(await page.evaluate(() => window.notReloaded)).toBe(true);
  await expect(page.getByRole('region', { name: 'Checks for Jun' })).toBeVisible();
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});
