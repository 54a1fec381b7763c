// Reach: a browser that cannot run the app (no WebAssembly, as in IE compatibility mode or
// an old engine; or a WebAssembly too old to compile the build) shows why and what to do, in
// both languages, instead of a blank page — also under the strict CSP and sub-path.
import { test, expect } from './fixtures.js';

const SUB_PATH = 'http://127.0.0.1:4174/tools/quota/';

async function watchViolations(page) {
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

for (const [where, url] of [['at the root', './'], ['under a strict CSP and a sub-path', SUB_PATH]]) {
  test(`without WebAssembly the page says why and what to do (${where})`, async ({ page, watched }) => {
    const violations = await watchViolations(page);
    await page.addInitScript(() => { delete window.WebAssembly; });
    await page.goto(url);
    const message = page.getByRole('alert');
    await expect(message).toContainText('您的浏览器无法运行本工具：不支持 WebAssembly。');
    await expect(message).toContainText('极速模式');
    await expect(message).toContainText('Your browser cannot run this tool: it does not support WebAssembly.');
    await expect(message.locator('p[lang="en"]')).toHaveCount(2);
    // No plan table: nothing half-started.
    await expect(page.getByRole('table')).toHaveCount(0);
    expect(violations).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
}

test('a WebAssembly that cannot compile the build gets the same message', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => Promise.reject(new WebAssembly.CompileError('feature not supported (test)'));
    WebAssembly.instantiateStreaming = refuse;
    WebAssembly.instantiate = refuse;
    WebAssembly.compileStreaming = refuse;
    WebAssembly.compile = refuse;
  });
  await page.goto('./');
  const message = page.getByRole('alert');
  await expect(message).toContainText('WebAssembly 版本过旧');
  await expect(message).toContainText('its WebAssembly is too old');
});

test('a browser that runs the app shows no such message', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('textbox', { name: '全市 技能人才培训数' })).toHaveValue('120,000');
  await expect(page.locator('.unsupported')).toHaveCount(0);
});
