// Reach: a real Chromium whose WebAssembly is switched off, as Edge's enhanced security mode and
// JIT-off policies (DefaultJavaScriptJitSetting) do — V8 without its compilers exposes no
// WebAssembly. check.js must say so and advise allowing the site, not 极速模式.
import { test, expect } from './fixtures.js';
import { SUB_PATH, watchViolations, expectMessage } from './reach-helpers.js';

test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--jitless'],
  },
});

for (const [where, url] of [['at the root', './'], ['under a strict CSP and a sub-path', SUB_PATH]]) {
  test(`a JIT-off engine: allow this site, not 极速模式 (${where})`, async ({ page, watched }) => {
    const violations = await watchViolations(page);
    await page.goto(url);
    expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
    await expectMessage(page, {
      zh: 'WebAssembly 已被关闭',
      en: 'WebAssembly is switched off',
      advice: ['增强 Web 安全性', 'JavaScriptJitAllowedForSites', 'Enhance your security on the web'],
    });
    await expect(page.getByRole('alert')).not.toContainText('极速模式');
    await expect(page.locator('html')).toHaveAttribute('data-unsupported', 'off');
    expect(violations).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
}
