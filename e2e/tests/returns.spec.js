// Returns: the city sends each district its request link; districts (here in their own
// browser contexts) fill their numbers and send a reply link back; the city pastes the replies,
// sees who returned, who is missing, what changes and which line is unusable, and imports them
// as one undoable edit.
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';

async function replyFrom(browser, link, values) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('6月数据报送');
  for (const [label, value] of Object.entries(values)) {
    await page.getByRole('textbox', { name: label, exact: true }).fill(value);
    await page.getByRole('textbox', { name: label, exact: true }).press('Tab');
  }
  await page.getByRole('button', { name: '生成回复链接' }).click();
  const reply = await page.getByRole('textbox', { name: '回复链接（复制后发回）' }).inputValue();
  // Nothing of the district's own app was opened or saved.
  expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
  await context.close();
  return reply;
}

test('districts return their numbers by link and the city imports them in one edit', async ({ page, browser, watched }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报', exact: true }).click();
  const panel = page.getByRole('region', { name: /数据报送：6月/ });
  const link = (name) => panel.getByRole('textbox', { name: `${name} 报送链接` }).inputValue();
  await expect(panel.locator('.return-link')).toHaveCount(14);

  const replies = [
    await replyFrom(browser, await link('鹿城'), { '鹿城 技能人才培训数': '6,100', '鹿城 技能人才取证数': '4000' }),
    await replyFrom(browser, await link('龙湾'), { '龙湾 技能人才培训数': '5200' }),
    await replyFrom(browser, await link('瓯江口'), { '瓯江口 技能人才培训数': '３２０' }),
  ];
  expect(replies.every((r) => r.startsWith('a1.'))).toBe(true);

  // Damage one character of a fourth reply; add chat text around another.
  const broken = replies[1].slice(0, -6) + (replies[1].at(-6) === 'A' ? 'B' : 'A') + replies[1].slice(-5);
  const paste = [`鹿城：${replies[0]}`, replies[1], replies[2], broken].join('\n');
  const box = panel.getByRole('textbox', { name: '粘贴回复链接（每行一个）' });
  await box.fill(paste);
  const preview = panel.locator('.returns-preview');
  await expect(preview).toContainText('已报送 3 个地区，未报送 11 个。');
  await expect(preview).toContainText('第 4 行：');
  await expect(preview.locator('tbody tr')).toHaveCount(4);
  await panel.getByRole('button', { name: '确认导入 4 个数（可撤销）' }).click();

  await expect(page.getByRole('textbox', { name: '鹿城 技能人才培训数 6月', exact: true })).toHaveValue('6,100');
  await expect(page.getByRole('textbox', { name: '瓯江口 技能人才培训数 6月', exact: true })).toHaveValue('320');
  // One edit: one undo takes all four back.
  await page.getByRole('button', { name: /撤销/ }).first().click();
  await expect(page.getByRole('textbox', { name: '鹿城 技能人才培训数 6月', exact: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: '龙湾 技能人才培训数 6月', exact: true })).toHaveValue('');
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('a request link that cannot be read says so', async ({ page }) => {
  await page.goto('./#r1.broken');
  await expect(page.getByRole('alert')).toContainText('这个报送链接无法读取');
});
