// Screens without the data they need say so, in the user's language, instead of showing zeros,
// ranks and a reallocation proposal read from nothing.
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';
import { openStep } from './steps.js';

async function enter(page, label, value) {
  const cell = page.getByRole('textbox', { name: label, exact: true });
  await cell.fill(value);
  await cell.press('Tab');
}

test('with no actuals the bulletin and the forecast say what they need', async ({ page, watched }) => {
  await page.goto('./');
  await openStep(page, '通报');
  const bulletin = page.getByRole('region', { name: /月度通报：技能人才培训数/ });
  await expect(bulletin.getByRole('status')).toContainText('截至6月尚无任何地区报送完成数');
  await expect(bulletin.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /半年评价/ })).toHaveCount(0);
  // The month grid to enter them is one step back.
  await openStep(page, '收数');
  await expect(page.getByRole('textbox', { name: '鹿城 技能人才培训数 6月', exact: true })).toBeVisible();

  await page.getByRole('button', { name: '完成预测' }).click();
  const forecast = page.getByRole('region', { name: /年末预测/ });
  await expect(forecast.getByRole('status')).toContainText('至少需要一个月的数据');
  await expect(forecast.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '采用新指标' })).toHaveCount(0);

  await page.getByRole('button', { name: '切换到英文界面' }).click();
  await expect(page.getByRole('region', { name: /Year-end forecast/ }).getByRole('status'))
    .toContainText('No district has reported actuals for Jun or earlier');
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('districts that have not reported are marked, not ranked, and hold the reallocation back', async ({ page, watched }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报' }).click();
  await enter(page, '鹿城 技能人才培训数 6月', '5000');
  await enter(page, '龙湾 技能人才培训数 5月', '3000');

  await openStep(page, '通报');
  const bulletin = page.getByRole('region', { name: /6月月度通报/ });
  const rows = bulletin.getByRole('table').locator('tbody tr');
  await expect(rows.nth(0)).toContainText('41.7%');
  await expect(rows.nth(2).locator('th')).toHaveText('瓯海');
  await expect(rows.nth(2)).toContainText('未报送');
  await expect(rows.nth(2)).not.toContainText('滞后');
  const ranks = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[6].textContent.trim()));
  expect(ranks.filter((r) => r !== '')).toEqual(['1', '2']);
  await expect(bulletin.getByRole('note')).toContainText('尚未报送：瓯海');
  const review = page.getByRole('region', { name: /半年评价/ });
  await expect(review.locator('tbody tr').nth(2)).toContainText('未报送');

  await page.getByRole('button', { name: '完成预测' }).click();
  const forecast = page.getByRole('region', { name: /年末预测/ });
  const ouhai = forecast.getByRole('table').locator('tbody tr').nth(2);
  await expect(ouhai).toContainText('未报送');
  await expect(ouhai.locator('td.probability')).toHaveCount(0);
  const realloc = page.getByRole('region', { name: /年中调整/ });
  await expect(realloc.getByRole('status')).toContainText('尚未报送');
  await expect(page.getByRole('button', { name: '采用新指标' })).toHaveCount(0);
  expect(watched.errors).toEqual([]);
});

test('when every district reported zero, no reallocation is proposed', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报' }).click();
  // Paste a column of zeros for June (one per district).
  const first = page.getByRole('textbox', { name: '鹿城 技能人才培训数 6月', exact: true });
  await first.focus();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, Array(14).fill('0').join('\n'));
  const apply = page.getByRole('button', { name: /应用|确认/ }).first();
  if (await apply.isVisible()) await apply.click();
  await expect(page.getByRole('textbox', { name: '经开区 技能人才培训数 6月', exact: true })).toHaveValue('0');
  await page.getByRole('button', { name: '完成预测' }).click();
  const realloc = page.getByRole('region', { name: /年中调整/ });
  await expect(realloc.getByRole('status')).toContainText('各地区完成数均为 0');
});
