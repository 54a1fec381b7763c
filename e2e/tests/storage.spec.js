// Saved work survives damaged browser storage: each reproduction of issue 17 part 1. Whatever
// is damaged, every intact scenario opens, the planner is told what could not be read, and
// that data stays exactly as it was, to download or delete.
import { test, expect } from './fixtures.js';

const INDEX = 'quota-planner/library/v3/index';
const SCENARIO = (id) => `quota-planner/library/v3/scenario/${id}`;
const V2 = 'quota-planner/library/v2';
const V1 = 'quota-planner/autosave/v1';
const UNREADABLE = 'quota-planner/library/unreadable';

const cell = (page, label) => page.getByRole('textbox', { name: label, exact: true });
const scenarios = (page) => page.getByRole('combobox', { name: '方案', exact: true }).locator('option');
const report = (page) => page.getByRole('alert', { name: '浏览器中保存的数据' });
const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
/** The training quota (metric 0) of `district` in scenario `id` as stored, or null. */
const storedQuota = (page, id, district) => page.evaluate(([key, name]) => {
  const text = localStorage.getItem(key);
  if (text === null) return null;
  const { plan } = JSON.parse(text).workspace;
  const d = plan.districts.findIndex((x) => x.name.zh === name);
  return d < 0 ? null : plan.metrics[0].quotas[d];
}, [SCENARIO(id), district]);

async function enter(page, label, value) {
  const input = cell(page, label);
  await input.fill(value);
  await input.press('Enter');
}

/** Three scenarios: 我的方案 (鹿城 13,000), 保留方案甲 (龙湾 11,000), 保留方案乙 (洞头 2,000). */
async function threeScenarios(page) {
  await page.goto('./');
  await enter(page, '鹿城 技能人才培训数', '13,000');
  for (const [name, district, value] of [['保留方案甲', '龙湾', '11,000'], ['保留方案乙', '洞头', '2,000']]) {
    await page.getByRole('button', { name: '复制为新方案' }).click();
    const field = page.getByRole('textbox', { name: '方案名称' });
    await field.fill(name);
    await field.press('Enter');
    await enter(page, `${district} 技能人才培训数`, value);
  }
  await expect.poll(() => stored(page, INDEX)).toContain('"order":[1,2,3]');
  await expect.poll(() => stored(page, SCENARIO(3))).toContain('保留方案乙');
  // The rename is saved; the last edit's save follows it by 20 ms (or, on a busy machine,
  // later). Wait until it has landed, so the tests that now rewrite the storage are not
  // overwritten by it when the page goes (pagehide): one save writes the whole change at once.
  await expect.poll(() => storedQuota(page, 3, '洞头'), {
    message: 'the last edit (洞头 2,000) saved in scenario 3',
  }).toBe(2000);
}

/** Writes `entries` into localStorage (and the tab's own-link key), then flushes and reloads. */
async function damage(page, entries, ownLink) {
  await page.evaluate(([entries, ownLink]) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    if (ownLink !== undefined) sessionStorage.setItem('quota-planner/own-link', ownLink);
  }, [entries, ownLink]);
  await page.reload();
}

test('a damaged list of scenarios loses none of them, and says so truthfully', async ({ page, watched }) => {
  await threeScenarios(page);
  await damage(page, { [INDEX]: 'garbage', [V1]: 'garbage', [V2]: 'garbage' }, 'garbage');
  await expect(scenarios(page)).toHaveText(['我的方案', '保留方案甲', '保留方案乙']);
  await expect(report(page)).toContainText('方案列表已损坏');
  await expect(report(page)).toContainText('找回 3 个方案');
  await expect(report(page).getByRole('listitem')).toHaveCount(3);
  // The address still holds the last link this tab wrote: it is a saved scenario, opened as
  // itself, not passed off as a new one.
  await expect(page.getByText('作为新方案打开')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '已保存为“保留方案乙”' })).toBeVisible();
  await expect(cell(page, '洞头 技能人才培训数')).toHaveValue('2,000');
  // The damaged list was copied aside before a new one was written; it can be downloaded.
  await expect.poll(() => stored(page, INDEX)).toContain('"format":3');
  await expect.poll(() => stored(page, 'quota-planner/kept/1')).toBe('garbage');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    report(page).getByRole('listitem').filter({ hasText: 'quota-planner/kept/1' }).getByRole('button', { name: /^下载/ }).click(),
  ]);
  const text = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
  expect(text).toBe('garbage');
  expect(watched.errors).toEqual([]);
});

test('one damaged scenario never takes the others with it, and can be deleted on request', async ({ page }) => {
  await threeScenarios(page);
  const damaged = (await stored(page, SCENARIO(3))).replace('"quotas":[', '"quotas":[-5,');
  await damage(page, { [SCENARIO(3)]: damaged });
  await expect(scenarios(page)).toHaveText(['我的方案', '保留方案甲']);
  await expect(report(page)).toContainText('上次打开的方案无法读取');
  const entry = report(page).getByRole('listitem');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(SCENARIO(3));
  // Editing and saving never writes over it.
  await enter(page, '瓯海 技能人才培训数', '9,000');
  await expect.poll(() => stored(page, INDEX)).toContain('"order":[1,2]');
  expect(await stored(page, SCENARIO(3))).toBe(damaged);
  // A new scenario does not take its number.
  await page.getByRole('button', { name: '新建方案' }).click();
  await expect.poll(() => stored(page, INDEX)).toContain('"order":[1,2,4]');
  // Deleting asks first.
  page.once('dialog', (dialog) => dialog.dismiss());
  await entry.getByRole('button', { name: /^删除/ }).click();
  expect(await stored(page, SCENARIO(3))).toBe(damaged);
  page.once('dialog', (dialog) => dialog.accept());
  await entry.getByRole('button', { name: /^删除/ }).click();
  await expect(entry).toHaveCount(0);
  expect(await stored(page, SCENARIO(3))).toBeNull();
});

test('a library written by a newer release is left untouched and reported', async ({ page }) => {
  await page.goto('./');
  const newer = '{"version": 3, "scenarios": "of a newer kind"}';
  await page.evaluate((v) => { localStorage.clear(); localStorage.setItem('quota-planner/library/v2', v); }, newer);
  await page.reload();
  await expect(report(page)).toContainText('较新版本保存的数据（版本 3）');
  await enter(page, '鹿城 技能人才培训数', '13,000');
  await expect.poll(() => stored(page, SCENARIO(1))).toContain('13000');
  expect(await stored(page, V2)).toBe(newer);
});

test('a newer release\'s list makes this release read-only: nothing is written', async ({ page }) => {
  await threeScenarios(page);
  const newer = '{"format":4,"order":["x"]}';
  const before = await page.evaluate((index) => {
    localStorage.setItem('quota-planner/library/v3/index', index);
    return JSON.stringify(Object.entries(localStorage).sort());
  }, newer);
  await page.reload();
  await expect(report(page)).toContainText('较新版本的本工具（格式 4）');
  await expect(page.getByRole('status').filter({ hasText: '不自动保存' })).toBeVisible();
  await enter(page, '鹿城 技能人才培训数', '14,000');
  // Leaving the page runs any pending autosave at once.
  await page.goto('about:blank');
  await page.goto('./');
  const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  expect(after).toBe(before);
});

test('an earlier library pointing past its scenarios, with garbage beside it, loses nothing', async ({ page }) => {
  await threeScenarios(page);
  const legacy = await page.evaluate(() => {
    const read = (id) => JSON.parse(localStorage.getItem(`quota-planner/library/v3/scenario/${id}`));
    const scenarios = [1, 2].map((id) => ({ name: read(id).name, workspace: read(id).workspace }));
    return JSON.stringify({ version: 2, scenarios, current: 7, lang: 'Zh' });
  });
  await page.evaluate(([legacy]) => {
    localStorage.clear();
    localStorage.setItem('quota-planner/library/v2', legacy);
    localStorage.setItem('quota-planner/autosave/v1', 'garbage');
    localStorage.setItem('quota-planner/library/unreadable', 'older garbage');
  }, [legacy]);
  await page.goto('./');
  await expect(scenarios(page)).toHaveText(['我的方案', '保留方案甲']);
  await expect(report(page)).toContainText('上次打开的方案无法读取');
  await enter(page, '瓯海 技能人才培训数', '9,000');
  await expect.poll(() => stored(page, INDEX)).toContain('"order":[1,2]');
  expect(await stored(page, UNREADABLE)).toBe('older garbage');
  expect(await stored(page, V1)).toBe('garbage');
});

test('a first-release autosave beside a later library is never shown as current', async ({ page }) => {
  await threeScenarios(page);
  const [legacy, old] = await page.evaluate(() => {
    const read = (id) => JSON.parse(localStorage.getItem(`quota-planner/library/v3/scenario/${id}`));
    const scenarios = [1, 2].map((id) => ({ name: read(id).name, workspace: read(id).workspace }));
    return [
      JSON.stringify({ version: 2, scenarios, current: 7, lang: 'Zh' }),
      JSON.stringify({ workspace: read(3).workspace, lang: 'Zh' }),
    ];
  });
  await page.evaluate(([legacy, old]) => {
    localStorage.clear();
    localStorage.setItem('quota-planner/library/v2', legacy);
    localStorage.setItem('quota-planner/autosave/v1', old);
  }, [legacy, old]);
  await page.goto('./');
  await expect(scenarios(page)).toHaveText(['我的方案', '保留方案甲']);
  await expect(cell(page, '洞头 技能人才培训数')).not.toHaveValue('2,000');
  await expect(report(page).getByRole('listitem')).toContainText('旧版本的自动保存');
});

test('storage cleared behind the app\'s back is written whole again at the next save', async ({ page }) => {
  await threeScenarios(page);
  // Developer tools, a cleaner, another tab: the stored library is gone while the page is open.
  await page.evaluate(() => localStorage.clear());
  await enter(page, '瓯海 技能人才培训数', '9,000');
  await expect.poll(() => stored(page, INDEX)).toContain('"order":[1,2,3]');
  await expect.poll(() => stored(page, SCENARIO(1))).not.toBeNull();
  await page.reload();
  await expect(scenarios(page)).toHaveText(['我的方案', '保留方案甲', '保留方案乙']);
  await expect(report(page)).toHaveCount(0);
});
