// 部门分解: the department × district matrix on the release build — both margins exact, structural
// zeros and locks, margins that disagree, an infeasible table, the CSV and the phone width.
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';

const num = (text) => Number(String(text).replaceAll(',', '').trim());

async function openMatrix(page) {
  await page.goto('./');
  await page.getByRole('button', { name: '部门分解', exact: true }).click();
  await expect(page.locator('table.matrix-table')).toBeVisible();
}

/** Every department row as {cells, sum, target}, and the district sums and targets. */
async function readMatrix(page) {
  return page.locator('table.matrix-table').evaluate((table) => {
    const n = (t) => Number(String(t).replaceAll(',', '').trim());
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => ({
      name: tr.querySelector('th').textContent,
      cells: [...tr.querySelectorAll('td.mcell input')].map((i) => n(i.value)),
      sum: n(tr.querySelector('td.sum').textContent),
      target: n(tr.querySelector('td.target input').value),
    }));
    const sums = [...table.querySelectorAll('tfoot tr.sums td.sum')].map((td) => n(td.textContent));
    const targets = [...table.querySelectorAll('tfoot tr.targets td.target')].map((td) => n(td.textContent));
    return { rows, sums, targets };
  });
}

/** Asserts that every row and column adds up to its target, from the cells themselves. */
function expectMarginsExact(matrix, columns) {
  for (const row of matrix.rows) {
    expect(row.cells).toHaveLength(columns);
    expect(row.cells.reduce((a, b) => a + b, 0), row.name).toBe(row.target);
    expect(row.sum, row.name).toBe(row.target);
  }
  for (let j = 0; j < columns; j += 1) {
    const column = matrix.rows.reduce((a, r) => a + r.cells[j], 0);
    expect(column).toBe(matrix.targets[j]);
    expect(matrix.sums[j]).toBe(matrix.targets[j]);
  }
}

test('the matrix opens with every row and column sum equal to its target', async ({ page, watched }) => {
  await openMatrix(page);
  const matrix = await readMatrix(page);
  expect(matrix.rows).toHaveLength(13);
  expect(matrix.targets.slice(0, 14)).toHaveLength(14);
  expectMarginsExact(matrix, 14);
  expect(matrix.rows.flatMap((r) => r.cells).every((v) => v % 100 === 0)).toBe(true);
  // The grand total is the certified-worker total of the 2021 plan.
  expect(matrix.targets[14]).toBe(80000);
  await expect(page.getByRole('textbox', { name: '市经信局 鹿城', exact: true })).toBeVisible();
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('a structural zero and a locked cell are kept and both margins still hold; undo restores', async ({ page }) => {
  await openMatrix(page);
  const before = await readMatrix(page);
  await page.getByRole('button', { name: '结构零 市经信局 鹿城' }).click();
  await expect(page.getByRole('button', { name: '结构零 市经信局 鹿城' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('textbox', { name: '市经信局 鹿城', exact: true })).toHaveValue('0');
  const cell = page.getByRole('textbox', { name: '市教育局 鹿城', exact: true });
  await cell.fill('2000');
  await cell.press('Tab');
  await expect(cell).toHaveValue('2,000');
  await expect(page.getByRole('button', { name: '锁定 市教育局 鹿城' })).toHaveAttribute('aria-pressed', 'true');
  const after = await readMatrix(page);
  expectMarginsExact(after, 14);
  expect(after.rows[0].cells[0]).toBe(0);
  expect(after.rows[1].cells[0]).toBe(2000);
  await expect(page.locator('td.mcell.changed').first()).toBeVisible();
  await page.getByRole('button', { name: '撤销' }).click();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => readMatrix(page), { message: 'the matrix as it was before both edits' }).toEqual(before);
});

test('margins that disagree are reported with both numbers and balanced only on request', async ({ page }) => {
  await page.goto('./');
  const total = page.getByRole('textbox', { name: '全市 技能人才取证数', exact: true });
  await total.fill('81000');
  await total.press('Enter');
  await page.getByRole('button', { name: '部门分解', exact: true }).click();
  const alert = page.locator('.matrix-mismatch');
  await expect(alert).toContainText('80,000');
  await expect(alert).toContainText('81,000');
  await page.getByRole('button', { name: /添加平衡行/ }).click();
  await expect(page.locator('table.matrix-table tbody tr')).toHaveCount(14);
  const matrix = await readMatrix(page);
  expectMarginsExact(matrix, 14);
  expect(matrix.rows[13]).toMatchObject({ name: '人社部门及其他', target: 1000 });
});

test('zeros that make the table impossible name the department and its districts', async ({ page }) => {
  await openMatrix(page);
  const districts = ['鹿城', '龙湾', '瓯海', '乐清', '瑞安', '永嘉', '文成', '平阳', '泰顺', '苍南', '龙港', '瓯江口', '经开区'];
  for (const d of districts) {
    await page.getByRole('button', { name: `结构零 市经信局 ${d}` }).click();
  }
  const error = page.locator('.matrix-error');
  await expect(error).toContainText('市经信局');
  await expect(error).toContainText('洞头');
  await expect(error).toContainText('8,000');
  // The rest of the app still works: undoing the zeros brings the table back.
  for (let i = 0; i < districts.length; i += 1) {
    await page.getByRole('button', { name: '撤销' }).click();
  }
  await expect(error).toHaveCount(0);
  await expect(page.getByRole('button', { name: '结构零 市经信局 鹿城' })).toHaveAttribute('aria-pressed', 'false');
  expectMarginsExact(await readMatrix(page), 14);
});

test('the matrix CSV has a BOM, the departments and exact sums; English labels', async ({ page }) => {
  await openMatrix(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出矩阵 CSV' }).click(),
  ]);
  const bytes = await (await import('node:fs/promises')).readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(16);
  expect(lines[0]).toMatch(/^部门,鹿城,/);
  for (const line of lines.slice(1, 14)) {
    const fields = line.split(',');
    const cells = fields.slice(1, 15).map(num);
    expect(cells.reduce((a, b) => a + b, 0)).toBe(num(fields[16]));
  }
  await page.getByRole('button', { name: '切换到英文界面' }).click();
  await expect(page.getByRole('heading', { name: 'Departments × districts' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Economy & IT Bureau Lucheng', exact: true })).toBeVisible();
});

test('on a 390 px phone the matrix scrolls inside its box, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openMatrix(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
