// The planning workspace on the release build: edit, lock, redistribute, undo, autosave,
// paste, refusals, ties and the English labels.
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';

const cell = (page, label) => page.getByRole('textbox', { name: label, exact: true });

/** Types a value into a labelled cell and commits it with Enter. */
async function enter(page, label, value) {
  const input = cell(page, label);
  await input.fill(value);
  await input.press('Enter');
}

/** The numbers of one metric column, read from the inputs. */
async function column(page, metric) {
  const inputs = page.locator(`tbody input[data-cell$="-${metric}"]`);
  return (await inputs.evaluateAll((els) => els.map((e) => e.value))).map((v) => Number(v.replaceAll(',', '')));
}

test('raising 鹿城 training keeps the city total and moves the other districts', async ({ page, watched }) => {
  await page.goto('./');
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('12,000');
  const before = await column(page, 0);
  await enter(page, '鹿城 技能人才培训数', '13000');
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('13,000');
  await expect(cell(page, '全市 技能人才培训数')).toHaveValue('120,000');
  const after = await column(page, 0);
  expect(after.reduce((a, b) => a + b, 0)).toBe(120000);
  expect(after.every((v) => v % 100 === 0)).toBe(true);
  const moved = after.filter((v, i) => i > 0 && v !== before[i]);
  expect(moved.length).toBeGreaterThan(1);
  await expect(page.locator('td.changed').first()).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: '初始方案' })).toContainText('鹿城 技能人才培训数 改为 13,000');
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('a locked district keeps its quota when the city total changes', async ({ page }) => {
  await page.goto('./');
  const lock = page.getByRole('button', { name: '锁定 乐清 技能人才培训数' });
  // The padlock is drawn (shackle and body, no image a policy could block), and shows the state.
  const padlock = () => lock.evaluate((button) => {
    const shackle = getComputedStyle(button, '::before');
    const body = getComputedStyle(button, '::after');
    return { body: body.backgroundColor, width: body.width, rightLeg: shackle.borderRightColor, image: body.backgroundImage };
  });
  const open = await padlock();
  expect(open.width).toBe('10px');
  expect(open.image).toBe('none');
  expect(open.rightLeg).toBe('rgba(0, 0, 0, 0)');
  await lock.click();
  await expect(lock).toHaveAttribute('aria-pressed', 'true');
  const closed = await padlock();
  expect(closed.body).not.toBe(open.body);
  expect(closed.rightLeg).toBe(closed.body);
  await enter(page, '全市 技能人才培训数', '130,000');
  await expect(cell(page, '全市 技能人才培训数')).toHaveValue('130,000');
  await expect(cell(page, '乐清 技能人才培训数')).toHaveValue('16,200');
  const after = await column(page, 0);
  expect(after.reduce((a, b) => a + b, 0)).toBe(130000);
});

test('undo and redo by button and keyboard', async ({ page }) => {
  await page.goto('./');
  await enter(page, '鹿城 技能人才培训数', '13000');
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('13,000');
  await page.getByRole('button', { name: /撤销/ }).click();
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('12,000');
  await page.keyboard.press('Control+Y');
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('13,000');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('12,000');
  await page.keyboard.press('Control+Shift+Z');
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('13,000');
});

test('reload keeps the work', async ({ page }) => {
  await page.goto('./');
  await enter(page, '龙湾 技能人才取证数', '7,500');
  await expect(cell(page, '龙湾 技能人才取证数')).toHaveValue('7,500');
  await page.reload();
  await expect(cell(page, '龙湾 技能人才取证数')).toHaveValue('7,500');
  await expect(cell(page, '全市 技能人才取证数')).toHaveValue('80,000');
});

test('a reload started right after an edit keeps it', async ({ page }) => {
  // The link and the autosave are written just after the edit's frame, or when the page goes:
  // a reload in the same task as the edit reloads the address as it was before the edit.
  await page.goto('./');
  await expect(cell(page, '龙湾 技能人才取证数')).toHaveValue('7,200');
  await enter(page, '龙湾 技能人才取证数', '7,400');
  await expect(cell(page, '龙湾 技能人才取证数')).toHaveValue('7,400');
  await page.evaluate(() => {
    const input = document.querySelector('input[aria-label="龙湾 技能人才取证数"]');
    input.value = '7,500';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    location.reload();
  });
  await page.waitForLoadState('load');
  await expect(cell(page, '龙湾 技能人才取证数')).toHaveValue('7,500');
});

test('a bad entry shows a message next to the cell and changes nothing', async ({ page, watched }) => {
  await page.goto('./');
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('12,000');
  const before = await column(page, 0);
  await enter(page, '鹿城 技能人才培训数', '12050');
  await expect(page.getByRole('alert')).toContainText('12,050 不是 100 的整数倍，可改为 12,000 或 12,100');
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveAttribute('aria-invalid', 'true');
  expect(await column(page, 0)).toEqual(before);
  await enter(page, '鹿城 技能人才培训数', '十二万');
  await expect(page.getByRole('alert')).toContainText('不是数字');
  await enter(page, '鹿城 其中:高技能人才数', '9000');
  await expect(page.getByRole('alert')).toContainText('须在 0 至 8,000 之间');
  expect(await column(page, 0)).toEqual(before);
  await expect(page.getByRole('button', { name: /撤销/ })).toBeDisabled();
  expect(watched.errors).toEqual([]);
});

test('a pasted 3 × 3 block lists bad cells and applies the good ones on confirmation', async ({ page }) => {
  await page.goto('./');
  const target = cell(page, '龙湾 技能人才培训数');
  await target.focus();
  await target.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text', '11,000\t7,000\t2,000\r\n1,900\tabc\t500\r\n１２,５００\t8,300\t2,300\r\n');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const dialog = page.getByRole('dialog', { name: '粘贴数据' });
  await expect(dialog).toContainText('可读取 8 个单元格；1 个无法读取');
  await expect(dialog).toContainText('行 2 列 2');
  await expect(cell(page, '龙湾 技能人才培训数')).toHaveValue('10,800');
  await dialog.getByRole('button', { name: '应用可读取部分' }).click();
  await expect(dialog).toBeHidden();
  await expect(cell(page, '龙湾 技能人才培训数')).toHaveValue('11,000');
  await expect(cell(page, '瓯海 技能人才培训数')).toHaveValue('1,900');
  await expect(cell(page, '洞头 技能人才培训数')).toHaveValue('12,500');
  await expect(cell(page, '瓯海 技能人才取证数')).toHaveValue('8,000');
  await expect(cell(page, '洞头 其中:高技能人才数')).toHaveValue('2,300');
  // 瓯海 now trains 1,900 but certifies 8,000: the "of which" relation is flagged.
  const ouhaiCertified = page.locator('td').filter({ has: cell(page, '瓯海 技能人才取证数') });
  await expect(ouhaiCertified.locator('.badge')).toHaveText('超过 技能人才培训数');
});

test('a tie is shown and can be handed to the other district', async ({ page }) => {
  await page.goto('./');
  await enter(page, '全市 技能人才培训数', '121000');
  const notice = page.getByRole('status').filter({ hasText: '并列' });
  await expect(notice).toContainText('乐清、瑞安 并列');
  await expect(cell(page, '乐清 技能人才培训数')).toHaveValue('16,400');
  await expect(cell(page, '瑞安 技能人才培训数')).toHaveValue('16,300');
  await notice.getByRole('button', { name: '改给瑞安' }).click();
  await expect(cell(page, '瑞安 技能人才培训数')).toHaveValue('16,400');
  await expect(cell(page, '乐清 技能人才培训数')).toHaveValue('16,300');
  await expect(cell(page, '全市 技能人才培训数')).toHaveValue('121,000');
});

test('the English switch renames every label', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '切换到英文界面' }).click();
  await expect(cell(page, 'Lucheng Skills training (person-times)')).toHaveValue('12,000');
  await expect(page.getByRole('button', { name: 'Lock Yueqing Newly certified workers' })).toBeVisible();
  await expect(cell(page, 'City Of which high-skill workers')).toHaveValue('24,000');
  await enter(page, 'Lucheng Skills training (person-times)', '12050');
  await expect(page.getByRole('alert')).toContainText('is not a multiple of 100: use 12,000 or 12,100');
});

test('arrow keys and Enter move between cells', async ({ page }) => {
  await page.goto('./');
  await cell(page, '鹿城 技能人才取证数').focus();
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, '龙湾 技能人才取证数')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell(page, '瓯海 技能人才取证数')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cell(page, '龙湾 技能人才取证数')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '锁定 龙湾 技能人才取证数' })).toBeFocused();
});

test('the why panel explains a cell and compares methods', async ({ page }) => {
  await page.goto('./');
  await cell(page, '苍南 技能人才培训数').focus();
  const why = page.getByRole('region', { name: /这个数是怎么来的/ });
  await expect(why).toContainText('苍南 技能人才培训数');
  await expect(why).toContainText('精确份额 8,300.00');
  const compare = page.getByRole('region', { name: /方法对比/ });
  await expect(compare).toContainText('技能人才培训数');
  await expect(compare.getByRole('table')).toContainText('亨廷顿-希尔法');
  // Every method splits the published plan the same way: nothing differs.
  await expect(compare.locator('td.differs')).toHaveCount(0);
  await enter(page, '全市 技能人才培训数', '121,000');
  await cell(page, '乐清 技能人才培训数').focus();
  await expect(compare.locator('td.differs').first()).toBeVisible();
});

test('the plan structure can be edited and reset', async ({ page }) => {
  await page.goto('./');
  await page.getByText('编辑方案结构').click();
  await page.getByRole('button', { name: '添加地区' }).click();
  await expect(page.locator('.plan-table tbody tr')).toHaveCount(15);
  const name = page.getByRole('textbox', { name: '名称 新地区' });
  await name.fill('高新区');
  await name.press('Enter');
  await expect(cell(page, '高新区 技能人才培训数')).toHaveValue('0');
  await page.getByRole('button', { name: '删除 鹿城' }).click();
  await expect(page.locator('.plan-table tbody tr')).toHaveCount(14);
  await expect(cell(page, '全市 技能人才培训数')).toHaveValue('108,000');
  const title = page.getByRole('textbox', { name: '方案标题' });
  await title.fill('2022年技能人才指标分解');
  await title.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2022年技能人才指标分解');
  await page.getByRole('button', { name: '恢复2021年方案' }).click();
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('12,000');
  await page.getByRole('button', { name: '新建空白方案' }).click();
  await expect(page.locator('.plan-table tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: /撤销/ }).click();
  await expect(page.locator('.plan-table tbody tr')).toHaveCount(14);
});

test('blocked storage shows a warning and the app keeps working', async ({ page, watched }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.goto('./');
  await enter(page, '鹿城 技能人才培训数', '13000');
  await expect(page.getByRole('status').filter({ hasText: '无法自动保存' })).toBeVisible();
  await expect(cell(page, '鹿城 技能人才培训数')).toHaveValue('13,000');
  await expect(cell(page, '全市 技能人才培训数')).toHaveValue('120,000');
  expect(watched.errors).toEqual([]);
});

test('a blended base can be chosen and its percentage set', async ({ page }) => {
  await page.goto('./');
  const base = page.getByRole('combobox', { name: '技能人才培训数 分配基数' });
  await base.selectOption({ label: '混合基数' });
  const percent = page.getByRole('textbox', { name: '技能人才培训数 当前指标占比（%）' });
  await expect(percent).toHaveValue('50');
  await percent.fill('120');
  await percent.press('Tab');
  await expect(page.getByRole('alert')).toContainText('混合比例须在 0 至 100 之间');
  await percent.fill('70');
  await percent.press('Tab');
  await expect(percent).toHaveValue('70');
  await enter(page, '全市 技能人才培训数', '134,000');
  await expect(cell(page, '全市 技能人才培训数')).toHaveValue('134,000');
  // 70 % current shares + 30 % equal shares gives a small district far more than its current
  // share of the 14,000 added: 瓯江口 (0.5 %) gets about 300 instead of 70.
  const small = Number((await cell(page, '瓯江口 技能人才培训数').inputValue()).replaceAll(',', ''));
  expect(small).toBeGreaterThan(600 + 100);
});
