// Share links: the address carries the scenario; a copied link reopens the same numbers in a
// fresh browser; a broken link says what failed and leaves the user's own data as it was.
import { test, expect } from './fixtures.js';
import { openStep } from './steps.js';

const cell = (page, label) => page.getByRole('textbox', { name: label, exact: true });

async function enter(page, label, value) {
  const input = cell(page, label);
  await input.fill(value);
  await input.press('Enter');
}

async function table(page) {
  return page.locator('.plan-table input').evaluateAll((els) => els.map((e) => e.value));
}

test('a copied link reopens exactly the same table in another browser', async ({ page, browser }) => {
  await page.goto('./');
  await enter(page, '鹿城 技能人才培训数', '13,000');
  await page.getByRole('button', { name: '锁定 乐清 技能人才取证数' }).click();
  await enter(page, '全市 技能人才取证数', '81,000');
  await page.getByRole('button', { name: '复制分享链接' }).click();
  const field = page.getByRole('textbox', { name: '复制分享链接' });
  const link = await field.inputValue();
  expect(link).toMatch(/#v1\./);
  const numbers = await table(page);
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('status').filter({ hasText: '分享链接作为新方案打开' })).toBeVisible();
  expect(await table(fresh)).toEqual(numbers);
  await expect(fresh.getByRole('button', { name: '锁定 乐清 技能人才取证数' })).toHaveAttribute('aria-pressed', 'true');
  await other.close();
});

test('the address bar follows the scenario', async ({ page }) => {
  await page.goto('./');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#v1.AAAAAAAAAAAA');
  await enter(page, '龙湾 技能人才培训数', '11,000');
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe('#v1.AAAAAAAAAAAA');
});

test('a broken link says so and keeps the user\'s own data', async ({ page, watched }) => {
  await page.goto('./');
  await enter(page, '鹿城 技能人才培训数', '13,000');
  // The edit's own save (and, in the same step just before it, its link in the address bar),
  // not only the first save of the page as it opened: a link or save still pending could
  // otherwise land on top of the broken link opened next.
  await expect.poll(() => page.evaluate(() => {
    const text = localStorage.getItem('quota-planner/library/v3/scenario/1');
    if (text === null) return null;
    const { plan } = JSON.parse(text).workspace;
    return plan.metrics[0].quotas[plan.districts.findIndex((d) => d.name.zh === '鹿城')];
  }), { message: 'the edit (鹿城 13,000) saved in the browser' }).toBe(13000);
  for (const [broken, reason] of [['v1.AAAA$$$', '无效字符'], ['v1.ASA8c2NyaX', '不完整'], ['v7.AAAA', '更新版本'], ['v999.AAAA', '更新版本'], ['hello', '不是本工具']]) {
    // A fresh page opened on the broken link. (Not a reload after a same-page hash change: the
    // app may by then have written its own scenario's link into the address bar, and the reload
    // would open that instead.)
    await page.goto('about:blank');
    await page.goto(`./#${broken}`);
    await expect(page.getByRole('status').filter({ hasText: '无法打开分享链接' })).toContainText(reason);
    await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('13,000');
  }
  expect(watched.errors).toEqual([]);
});

test('names in a link are shown as text, never as markup', async ({ page, watched }) => {
  await page.goto('./');
  await page.getByText('编辑方案结构').click();
  const title = page.getByRole('textbox', { name: '方案标题' });
  const markup = '<img src=x onerror="window.hacked=1"><script>1</script>';
  await title.fill(markup);
  await title.press('Enter');
  await page.getByRole('button', { name: '复制分享链接' }).click();
  const link = await page.getByRole('textbox', { name: '复制分享链接' }).inputValue();
  const other = await page.context().browser().newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(markup);
  expect(await fresh.evaluate(() => window.hacked)).toBeUndefined();
  expect(await fresh.locator('h1 img, h1 script').count()).toBe(0);
  await other.close();
  expect(watched.errors).toEqual([]);
});

test('a JSON export imports back to the same scenario', async ({ page }) => {
  await page.goto('./');
  await enter(page, '鹿城 技能人才培训数', '13,000');
  // The edit's redistribution is drawn (the districts it took from are marked) before the
  // table is read.
  await expect(page.locator('.plan-table td.changed').nth(1)).toBeVisible();
  const numbers = await table(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出方案（JSON）' }).click(),
  ]);
  const path = await download.path();
  const json = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8'));
  expect(json.format).toBe('quota-planner-scenario');
  expect(json.version).toBe(1);
  await page.getByRole('button', { name: '恢复2021年方案' }).click();
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('12,000');
  await page.getByLabel('导入方案（JSON）').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: '方案文件作为新方案打开' })).toBeVisible();
  expect(await table(page)).toEqual(numbers);
  await page.getByLabel('导入方案（JSON）').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"x"}') });
  await expect(page.getByRole('status').filter({ hasText: '无法打开方案文件' })).toBeVisible();
  expect(await table(page)).toEqual(numbers);
});

test('the bulletin CSV starts with a byte-order mark and holds the numbers', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报' }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await openStep(page, '通报');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 CSV' }).click(),
  ]);
  const bytes = await (await import('node:fs/promises')).readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const lines = text.trim().split('\n');
  expect(lines[0]).toContain('指标数');
  expect(lines).toHaveLength(16);
  expect(lines[1]).toMatch(/^鹿城,12000,/);
  expect(lines[15]).toMatch(/^全市,120000,/);
});

test('the plan table CSV opens in Excel with the right numbers', async ({ page }) => {
  await page.goto('./');
  await enter(page, '鹿城 技能人才培训数', '13,000');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出指标表（CSV）' }).click(),
  ]);
  const bytes = await (await import('node:fs/promises')).readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('地区,技能人才培训数,技能人才取证数,其中:高技能人才数');
  expect(lines[1]).toBe('鹿城,13000,8000,2200');
  expect(lines[15]).toBe('全市总计,120000,80000,24000');
});
