// Returns: the city sends each district and department its request link; they (here in their
// own browser contexts) fill their numbers and send a reply link back; the city pastes the
// replies, sees who returned, who is missing, what changes and which line is unusable, and
// imports them as one undoable edit. The last test is the whole monthly loop from the 2021 plan:
// phased targets, 27 return links, the replies pasted back, lights and 督办, the 通报 printed
// and downloaded.
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';
import { openStep } from './steps.js';

async function replyFrom(browser, link, values, baseURL) {
  const context = await browser.newContext({ locale: 'zh-CN', baseURL });
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

test('districts return their numbers by link and the city imports them in one edit', async ({ page, browser, watched, baseURL }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报', exact: true }).click();
  const panel = page.getByRole('region', { name: /数据报送：6月/ });
  const link = (name) => panel.getByRole('textbox', { name: `${name} 报送链接` }).inputValue();
  // 14 districts and 13 departments.
  await expect(panel.locator('.return-link')).toHaveCount(27);

  const replies = [
    await replyFrom(browser, await link('鹿城'), { '鹿城 技能人才培训数': '6,100', '鹿城 技能人才取证数': '4000' }, baseURL),
    // 龙湾 returns its manufacturing count without its certified count (its form cannot know
    // what the city types after sending the links; see below).
    await replyFrom(browser, await link('龙湾'), { '龙湾 技能人才培训数': '5200', '龙湾 其中制造业取证数': '150' }, baseURL),
    await replyFrom(browser, await link('瓯江口'), { '瓯江口 技能人才培训数': '３２０' }, baseURL),
  ];
  expect(replies.every((r) => r.startsWith('a2.'))).toBe(true);

  // Damage one character of a fourth reply; add chat text around another.
  const broken = replies[1].slice(0, -6) + (replies[1].at(-6) === 'A' ? 'B' : 'A') + replies[1].slice(-5);
  const paste = [`鹿城：${replies[0]}`, replies[1], replies[2], broken].join('\n');
  // Meanwhile the city has typed 龙湾's certified count at 100: the manufacturing 150 is
  // imported, but flagged.
  await page.getByRole('combobox', { name: '指标', exact: true }).selectOption({ label: '技能人才取证数' });
  const certified = page.getByRole('textbox', { name: '龙湾 技能人才取证数 6月', exact: true });
  await certified.fill('100');
  await certified.press('Tab');
  await page.getByRole('combobox', { name: '指标', exact: true }).selectOption({ label: '技能人才培训数' });
  const box = panel.getByRole('textbox', { name: '粘贴回复链接（每行一个）' });
  await box.fill(paste);
  const preview = panel.locator('.returns-preview');
  await expect(preview).toContainText('已报送 3 个单位，未报送 24 个。');
  await expect(preview).toContainText('第 4 行：');
  await expect(preview.locator('tbody tr')).toHaveCount(5);
  await expect(preview).toContainText('导入后以下“其中”数将大于同月所属的总数：龙湾 其中制造业取证数');
  await panel.getByRole('button', { name: '确认导入 5 个数（可撤销）' }).click();
  const units = page.getByRole('region', { name: /部门与其他指标/ });
  await units.getByRole('button', { name: '其中制造业', exact: true }).click();
  await expect(units.getByRole('textbox', { name: '龙湾 其中制造业取证数 6月', exact: true })).toHaveValue('150');
  await expect(units).toContainText('有 1 处“其中”数大于同月所属的总数');

  await expect(page.getByRole('textbox', { name: '鹿城 技能人才培训数 6月', exact: true })).toHaveValue('6,100');
  await expect(page.getByRole('textbox', { name: '瓯江口 技能人才培训数 6月', exact: true })).toHaveValue('320');
  // One edit: one undo takes all five back (the certified count the city typed stays).
  await page.getByRole('button', { name: /撤销/ }).first().click();
  await expect(page.getByRole('textbox', { name: '鹿城 技能人才培训数 6月', exact: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: '龙湾 技能人才培训数 6月', exact: true })).toHaveValue('');
  await expect(units.getByRole('textbox', { name: '龙湾 其中制造业取证数 6月', exact: true })).toHaveValue('');
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('a request link that cannot be read says so', async ({ page }) => {
  await page.goto('./#r2.broken');
  await expect(page.getByRole('alert')).toContainText('这个报送链接无法读取');
  // The earlier format's links open the form too, and fail the same way when damaged.
  // A fresh page on the link, not a reload after a same-page hash change (the app may have
  // written its own link into the address bar by then).
  await page.goto('about:blank');
  await page.goto('./#r1.broken');
  await expect(page.getByRole('alert')).toContainText('这个报送链接无法读取');
});

/** Opens `unit`'s June form from the city's returns panel, in the same tab. */
async function openForm(page, unit) {
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报', exact: true }).click();
  const link = await page.getByRole('textbox', { name: `${unit} 报送链接` }).inputValue();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${unit} 6月数据报送`);
}

test('a form sent without a number makes no reply', async ({ page }) => {
  await openForm(page, '市教育局');
  // A department is asked for the departments' metric only.
  await expect(page.getByRole('textbox')).toHaveCount(1);
  await page.getByRole('button', { name: '生成回复链接' }).click();
  await expect(page.getByRole('alert')).toContainText('请至少填写一个数');
});

test('a form refuses an "of which" count above its whole, in both languages, and then makes the reply', async ({ page }) => {
  await openForm(page, '鹿城');
  const fill = async (label, value) => {
    await page.getByRole('textbox', { name: label, exact: true }).fill(value);
    await page.getByRole('textbox', { name: label, exact: true }).press('Tab');
  };
  await fill('鹿城 技能人才取证数', '4000');
  await fill('鹿城 其中制造业取证数', '4500');
  await fill('鹿城 其中:高技能人才数', '4100');
  await page.getByRole('button', { name: '生成回复链接' }).click();
  const alert = page.getByRole('alert');
  // Both pairs named, with both numbers; no reply link is made.
  await expect(alert).toContainText('其中制造业取证数（4,500）不能大于技能人才取证数（4,000）');
  await expect(alert).toContainText('其中:高技能人才数（4,100）不能大于技能人才取证数（4,000）');
  await expect(page.getByRole('textbox', { name: '回复链接（复制后发回）' })).toHaveCount(0);
  await page.getByRole('button', { name: '切换到英文界面' }).click();
  await page.getByRole('button', { name: 'Make the reply link' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot be more than');
  await expect(page.getByRole('alert')).not.toContainText('不能大于');
  await page.getByRole('button', { name: 'Switch to Chinese' }).click();
  await fill('鹿城 其中制造业取证数', '1700');
  await fill('鹿城 其中:高技能人才数', '1200');
  await page.getByRole('button', { name: '生成回复链接' }).click();
  await expect(page.getByRole('textbox', { name: '回复链接（复制后发回）' })).toHaveValue(/^a2\./);
});

test('the monthly loop from the 2021 plan: phased targets, 27 returns, lights, the 通报', async ({ page, browser, watched, baseURL }) => {
  test.setTimeout(180_000);
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报', exact: true }).click();
  // Nothing has come in yet.
  const status = page.getByRole('region', { name: '6月工作进度' });
  await expect(status).toContainText('地区已报送 0/14');
  await expect(status).toContainText('部门已报送 0/13');
  // Phased targets by the seasonal profile, and the lights judged against them.
  await openStep(page, '亮灯');
  const lights = page.getByRole('region', { name: /亮灯督办：技能人才培训数/ });
  await lights.getByRole('combobox', { name: '序时目标按' }).selectOption({ label: '季节权重（同预测设置）' });
  await lights.getByRole('combobox', { name: '对照' }).selectOption({ label: '序时目标' });
  // May, typed for 鹿城 and 市住建局: far behind, as June will be.
  await openStep(page, '收数');
  const may = async (label, value) => {
    const box = page.getByRole('textbox', { name: `${label} 5月`, exact: true });
    await box.fill(value);
    await box.press('Tab');
  };
  await may('鹿城 技能人才培训数', '100');
  const units = page.getByRole('region', { name: /部门与其他指标/ });
  await may('市住建局 技能人才取证数', '10');

  // 27 request links: every district and department, each answered in its own browser.
  const panel = page.getByRole('region', { name: /数据报送：6月/ });
  await expect(panel.locator('.return-link')).toHaveCount(27);
  const names = await panel.locator('.return-name').allTextContents();
  const links = await panel.locator('.return-link').evaluateAll((inputs) => inputs.map((i) => i.value));
  expect(names.slice(0, 2)).toEqual(['鹿城', '龙湾']);
  expect(names[14]).toBe('市经信局');
  const replies = [];
  for (const [i, name] of names.entries()) {
    const values = i < 14
      ? {
        [`${name} 技能人才培训数`]: String(name === '鹿城' ? 200 : 4000 + i * 100),
        [`${name} 技能人才取证数`]: String(name === '鹿城' ? 100 : 2000 + i * 50),
        [`${name} 其中制造业取证数`]: String(name === '鹿城' ? 10 : 900 + i * 20),
      }
      : { [`${name} 技能人才取证数`]: String(name === '市住建局' ? 20 : 2000 + i * 10) };
    replies.push(await replyFrom(browser, links[i], values, baseURL));
  }
  expect(new Set(replies).size).toBe(27);

  await panel.getByRole('textbox', { name: '粘贴回复链接（每行一个）' }).fill(replies.join('\n'));
  const preview = panel.locator('.returns-preview');
  await expect(preview).toContainText('已报送 27 个单位，未报送 0 个。');
  // 14 × (training, certified, manufacturing) + 13 departments.
  await panel.getByRole('button', { name: '确认导入 55 个数（可撤销）' }).click();
  await expect(page.getByRole('textbox', { name: '龙湾 技能人才培训数 6月', exact: true })).toHaveValue('4,100');
  // Everyone has returned, and nothing is flagged.
  await expect(status).toContainText('地区已报送 14/14');
  await expect(status).toContainText('部门已报送 13/13');
  await expect(status).toContainText('核对未发现问题');

  // Lights and escalation: 鹿城 is red in May and June against its phased targets.
  await openStep(page, '亮灯');
  const lucheng = lights.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: '鹿城' }) });
  await expect(lucheng.locator('td.light.red')).toHaveCount(2);
  await expect(lucheng).toContainText('督办');
  // The departments' tab: every department judged, 市住建局 red twice and flagged.
  await units.getByRole('button', { name: '部门', exact: true }).click();
  const rows = units.locator('table.units-table tbody tr');
  await expect(rows).toHaveCount(13);
  await expect(units.locator('table.units-table td.light.not-reported')).toHaveCount(0);
  const housing = rows.filter({ has: page.getByRole('rowheader', { name: '市住建局' }) });
  await expect(housing.locator('td.light.red')).toHaveCount(1);
  await expect(housing).toContainText('督办');
  // The manufacturing share: 鹿城 10 of 100 is 30 points below the 40 % minimum.
  await units.getByRole('button', { name: '其中制造业', exact: true }).click();
  const share = units.locator('table.units-table tbody tr').filter({ has: page.getByRole('rowheader', { name: '鹿城' }) });
  await expect(share).toContainText('10.0%');
  await expect(share.locator('td.light.yellow')).toHaveCount(1);

  // The 通报: districts and departments, printed on A4 and downloaded as DOCX.
  await openStep(page, '通报');
  const doc = page.getByRole('region', { name: '通报文稿' });
  const article = doc.locator('article.document');
  await expect(article).toContainText('一、技能人才培训数');
  await expect(article).toContainText('13个部门累计完成技能人才取证数');
  await expect(article).toContainText(/市住建局[^。]*亮红灯/);
  await expect(article).toContainText('全市取证人员中制造业占');
  await page.evaluate(() => document.body.classList.add('printing-document'));
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.evaluate(() => document.body.classList.remove('printing-document'));
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length).toBeGreaterThanOrEqual(3);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    doc.getByRole('button', { name: '下载 Word（DOCX）' }).click(),
  ]);
  const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(await download.path()) });
  expect(html).toContain('<td><p>市住建局</p></td>');
  expect(html).toContain('13个部门累计完成');
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});
