// Printing what is on screen: each panel of the bulletin screen with a 打印 button — the
// bulletin, the mid-year review, the lights, the departments' table — prints alone on A4
// (the lights across the page), with every column, no controls, and its header again on every
// page. Checked on the PDF itself: its text read back by pdftotext (poppler-utils), the page
// size and every word inside its page, and the first page rendered to PNG by pdftoppm.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';
import { openStep } from './steps.js';
import { bigPlan, KEY } from '../timing.js';

const PRINTS = [
  { name: 'bulletin', step: '通报', region: /6月月度通报/, paper: 'portrait' },
  { name: 'review', step: '通报', region: /半年评价/, paper: 'portrait' },
  { name: 'lights', step: '亮灯', region: /亮灯督办/, paper: 'landscape' },
  { name: 'units', step: '亮灯', region: /部门与其他指标/, paper: 'portrait' },
];

/** What must never be printed: the chrome, the scenario bar, the steps and the controls. */
const CONTROLS = [
  '指标分解与完成模拟', '新建方案', '复制为新方案', '复制分享链接', '导出工作簿（XLSX）',
  '载入示例数据', '清空完成数', '本月工作步骤', '收数', '核对', '工作进度', '打印', '导出 CSV',
  '黄灯起点', '序时目标按', '其中制造业',
];

const flat = (text) => text.replace(/\s+/g, '');

/** Prints `region`'s panel by its 打印 button into a PDF file; returns its path. */
async function printPanel(page, region, file) {
  await region.getByRole('button', { name: '打印', exact: true }).click();
  // The button marks the panel and calls window.print (stubbed): the PDF is what it would print.
  await expect(page.locator('body')).toHaveClass(/printing-panel/);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('body')).not.toHaveClass(/printing-panel/);
  writeFileSync(file, pdf);
  return file;
}

/** The PDF's pages: size in points, text, and whether every word lies inside the page. */
function readPdf(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const pages = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => {
    const [width, height] = [Number(m[1]), Number(m[2])];
    const words = [...m[3].matchAll(/xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</g)];
    return {
      width,
      height,
      inside: words.every((w) => Number(w[1]) >= 0 && Number(w[3]) <= width && Number(w[2]) >= 0 && Number(w[4]) <= height),
    };
  });
  // In layout mode: a header such as 6月 (a digit and a CJK glyph from two fonts) stays one word.
  const texts = pages.map((_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }));
  expect(pages).toHaveLength(count);
  return pages.map((p, i) => ({ ...p, text: texts[i] }));
}

function expectA4(pages, paper) {
  for (const p of pages) {
    const [short, long] = paper === 'portrait' ? [p.width, p.height] : [p.height, p.width];
    expect(Math.round(short)).toBe(595);
    expect(Math.round(long)).toBe(842);
    expect(p.inside).toBe(true);
  }
}

test('each panel of the bulletin screen prints alone on A4, every column and no controls', async ({ page, watched }, info) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await page.getByRole('button', { name: '月度通报', exact: true }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.evaluate(() => { window.print = () => { window.printed = (window.printed ?? 0) + 1; }; });
  for (const [i, print] of PRINTS.entries()) {
    await openStep(page, print.step);
    const region = page.getByRole('region', { name: print.region });
    const headers = (await region.locator('table.report-table').first().locator('thead th').allTextContents()).map(flat);
    expect(headers.length).toBeGreaterThanOrEqual(3);
    const file = await printPanel(page, region, info.outputPath(`${print.name}.pdf`));
    expect(await page.evaluate(() => window.printed)).toBe(i + 1);
    const pages = readPdf(file);
    expectA4(pages, print.paper);
    // The sample data fit one page each.
    expect(pages, print.name).toHaveLength(1);
    const text = flat(pages[0].text);
    for (const h of headers) expect(text, `${print.name}: column ${h}`).toContain(h);
    for (const c of CONTROLS) expect(text, `${print.name}: control ${c}`).not.toContain(flat(c));
    // Printed sample data still say they are samples.
    expect(text).toContain('示例数据·Sample');
    // Every row is there: 14 districts (or 13 departments) and the line below them.
    const first = print.name === 'units' ? ['市经信局', '职技院校', '部门合计'] : ['鹿城', '经开区'];
    for (const name of first) expect(text).toContain(name);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, info.outputPath(print.name)]);
  }
  // The screen itself is as it was.
  await expect(page.getByRole('region', { name: /部门与其他指标/ }).getByRole('button', { name: '打印', exact: true })).toBeVisible();
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('a long bulletin and its lights repeat their header on every printed page', async ({ page }, info) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  const big = bigPlan(saved, 90);
  delete big.total;
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(big)]);
  await page.goto('./?view=bulletin&step=report');
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.evaluate(() => { window.print = () => {}; });
  for (const print of PRINTS.filter((p) => p.name === 'bulletin' || p.name === 'lights')) {
    await openStep(page, print.step);
    const region = page.getByRole('region', { name: print.region });
    await expect(region.locator('table.report-table').first().locator('tbody tr')).toHaveCount(90);
    const headers = (await region.locator('table.report-table').first().locator('thead th').allTextContents()).map(flat);
    const pages = readPdf(await printPanel(page, region, info.outputPath(`long-${print.name}.pdf`)));
    expectA4(pages, print.paper);
    // The pages of the table: its rows (the bulletin's chart after it names the districts too,
    // without a status).
    const withRows = pages.filter((p) => /地区\d+/.test(p.text) && (print.name !== 'bulletin' || /滞后|超进度|符合进度/.test(p.text)));
    expect(withRows.length, print.name).toBeGreaterThanOrEqual(2);
    for (const [n, p] of withRows.entries()) {
      const text = flat(p.text);
      for (const h of headers) expect(text, `${print.name} page ${n + 1}: column ${h}`).toContain(h);
    }
    // Every district once, none lost at a page break.
    const all = flat(pages.map((p) => p.text).join('\n'));
    for (const k of [1, 45, 90]) expect(all).toContain(`地区${k}`);
  }
});
