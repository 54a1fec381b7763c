// Hosting: the built folder works under any sub-path of an intranet site, under a strict
// Content-Security-Policy (no 'unsafe-inline'), with no request beyond its own files.
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';

const SUB_PATH = 'http://127.0.0.1:4174/tools/quota/';

test('the app runs under /tools/quota/ with a strict CSP and no violation', async ({ page, watched }) => {
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(SUB_PATH);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.getByRole('textbox', { name: '全市 技能人才培训数' })).toHaveValue('120,000');
  const input = page.getByRole('textbox', { name: '鹿城 技能人才培训数', exact: true });
  await input.fill('13,000');
  await input.press('Enter');
  await expect(page.getByRole('textbox', { name: '全市 技能人才培训数' })).toHaveValue('120,000');
  await page.getByRole('button', { name: '完成预测' }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByRole('region', { name: /年末预测/ }).first()).toBeVisible();
  // The forecast came from the background worker, which loaded under the same policy.
  await expect(page.locator('section.forecast table')).toContainText('鹿城');
  await expect(page.locator('html')).toHaveAttribute('data-forecast-worker', 'worker');
  expect(watched.requests.some((url) => url.endsWith('/tools/quota/quota-worker_bg.wasm'))).toBe(true);
  expect(violations).toEqual([]);
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
  expect(watched.requests.every((url) => url.startsWith(SUB_PATH))).toBe(true);
});
