// Reach: a browser that cannot run the app shows why and what to do, in both languages, instead
// of a blank page — also under the strict CSP and sub-path. check.js tells apart IE or a
// compatibility mode (no WebAssembly, no modules), WebAssembly switched off (a JIT-off policy),
// no JavaScript modules, and a WebAssembly older than the build's floor (scripts/floor.mjs).
// The app itself in real old browsers: e2e/old-browsers/.
import { test, expect } from './fixtures.js';

import { SUB_PATH, watchViolations, expectMessage } from './reach-helpers.js';

for (const [where, url] of [['at the root', './'], ['under a strict CSP and a sub-path', SUB_PATH]]) {
  test(`IE or a compatibility mode (no WebAssembly, no modules): switch to 极速模式 (${where})`, async ({ page, watched }) => {
    const violations = await watchViolations(page);
    await page.addInitScript(() => {
      delete window.WebAssembly;
      delete HTMLScriptElement.prototype.noModule;
    });
    await page.goto(url);
    await expectMessage(page, {
      zh: '不支持 WebAssembly 和 JavaScript 模块',
      en: 'it supports neither WebAssembly nor JavaScript modules',
      advice: ['极速模式', 'high-speed mode', '75 及以上版本', 'Firefox 79 or later'],
    });
    await expect(page.locator('html')).toHaveAttribute('data-unsupported', 'ie');
    expect(violations).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
}

test('WebAssembly without JavaScript modules: update the browser, naming the floor', async ({ page, watched }) => {
  await page.addInitScript(() => { delete HTMLScriptElement.prototype.noModule; });
  await page.goto('./');
  await expectMessage(page, {
    zh: '不支持 JavaScript 模块',
    en: 'it does not support JavaScript modules',
    advice: ['Chromium 75 及以上内核', 'Chromium 75 or later engine', 'Firefox 79'],
  });
  await expect(page.locator('html')).toHaveAttribute('data-unsupported', 'modules');
  expect(watched.errors).toEqual([]);
});

test('a WebAssembly without a feature of the build: named, with the floor, and no 极速模式 advice', async ({ page, watched }) => {
  // An engine older than Chromium 75 refuses bulk-memory instructions (0xfc 0x0b: memory.fill).
  await page.addInitScript(() => {
    const validate = WebAssembly.validate;
    WebAssembly.validate = (bytes) => {
      const b = Array.from(bytes);
      for (let i = 0; i + 1 < b.length; i += 1) if (b[i] === 0xfc && b[i + 1] === 0x0b) return false;
      return validate(bytes);
    };
  });
  await page.goto('./');
  await expectMessage(page, {
    zh: '它的 WebAssembly 版本过旧，缺少本工具需要的功能。缺少：bulk-memory。',
    en: 'its WebAssembly is too old for the features this tool needs. Missing: bulk-memory.',
    advice: ['Chromium 75 及以上内核', '切换模式没有帮助', 'switching modes does not help', 'chrome://version'],
  });
  await expect(page.locator('html')).toHaveAttribute('data-unsupported', 'features');
  expect(watched.errors).toEqual([]);
});

test('a WebAssembly that cannot compile the build after all gets the too-old message', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => Promise.reject(new WebAssembly.CompileError('feature not supported (test)'));
    WebAssembly.instantiateStreaming = refuse;
    WebAssembly.instantiate = refuse;
    WebAssembly.compileStreaming = refuse;
    WebAssembly.compile = refuse;
  });
  await page.goto('./');
  await expectMessage(page, {
    zh: '它的 WebAssembly 版本过旧',
    en: 'its WebAssembly is too old',
    advice: ['Chromium 75 及以上内核'],
  });
});

test('a browser that runs the app shows no such message', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('textbox', { name: '全市 技能人才培训数' })).toHaveValue('120,000');
  await expect(page.locator('.unsupported')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-unsupported', /.*/);
});
