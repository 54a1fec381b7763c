// The 通报 document: written from the numbers in the register bureaus use, with a header the
// planner types; printed on A4 (GB/T 9704 margins, page numbers) and downloaded as DOCX that an
// independent reader (mammoth) opens.
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';
import { openStep } from './steps.js';

async function openWithSample(page) {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报', exact: true }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await openStep(page, '通报');
}

async function fill(page, label, value) {
  const box = page.getByRole('textbox', { name: label, exact: true });
  await box.fill(value);
  await box.press('Tab');
}

test('the bulletin document reads the numbers, prints on A4 and downloads as DOCX', async ({ page, watched }) => {
  await openWithSample(page);
  const panel = page.getByRole('region', { name: '通报文稿' });
  const article = panel.locator('article.document');
  await expect(article.locator('.doc-title')).toHaveText('关于2021年6月技能人才工作进展情况的通报');
  await expect(article).toContainText('一、技能人才培训数');
  await expect(article).toContainText('截至6月底，全市累计完成53,746，占年度目标任务120,000的44.8%，落后时间进度（50.0%）5.2个百分点。');
  await expect(article).toContainText('列为督办对象');
  // The rules the lights follow, said in the document.
  await expect(article).toContainText('亮灯规则：完成率落后时间进度 10 至 30 个百分点亮黄灯');
  await fill(page, '文号', '温人社〔2021〕45号');
  await fill(page, '日期', '2021年7月5日');
  await page.getByRole('textbox', { name: '补充段落（每行一段）' }).fill('请各地对照通报抓紧推进。');
  await page.getByRole('textbox', { name: '补充段落（每行一段）' }).press('Tab');
  await expect(article.locator('.doc-number')).toHaveText('温人社〔2021〕45号');
  await expect(article).toContainText('请各地对照通报抓紧推进。');
  await expect(article.locator('.doc-signature')).toContainText('2021年7月5日');

  // DOCX: opened by an independent reader, with the same text and table.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: '下载 Word（DOCX）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('2021-通报文稿.docx');
  const bytes = readFileSync(await download.path());
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: bytes });
  expect(messages.filter((m) => m.type === 'error')).toEqual([]);
  expect(html).toContain('关于2021年6月技能人才工作进展情况的通报');
  expect(html).toContain('温人社〔2021〕45号');
  expect(html).toContain('截至6月底，全市累计完成53,746');
  expect(html).toContain('请各地对照通报抓紧推进。');
  // Three metrics and the departments.
  expect((html.match(/<table>/g) || []).length).toBe(4);
  expect(html).toContain('个部门累计完成');
  expect(html).toContain('<td><p>鹿城</p></td>');

  // Print: the document alone, on A4 pages.
  await page.evaluate(() => document.body.classList.add('printing-document'));
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.evaluate(() => document.body.classList.remove('printing-document'));
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBeGreaterThanOrEqual(3);
  // A4 is 595 × 842 points (210 × 297 mm).
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  expect(Math.round(Number(box[1]))).toBe(595);
  expect(Math.round(Number(box[2]))).toBe(842);

  // The English interface writes the English text.
  await page.getByRole('button', { name: '切换到英文界面' }).click();
  await expect(page.getByRole('region', { name: 'Bulletin document' }).locator('article.document'))
    .toContainText('By the end of Jun the city had completed 53,746 of its annual target of 120,000 (44.8 %)');
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('without actuals the document says what it needs and offers nothing to print', async ({ page }) => {
  await page.goto('./');
  await openStep(page, '通报');
  const panel = page.getByRole('region', { name: '通报文稿' });
  await expect(panel.getByRole('status')).toContainText('尚无任何地区报送完成数');
  await expect(panel.getByRole('button', { name: '打印通报' })).toBeDisabled();
  await expect(panel.getByRole('button', { name: '下载 Word（DOCX）' })).toBeDisabled();
});
