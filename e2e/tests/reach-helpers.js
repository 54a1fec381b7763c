// What the reach tests share: the sub-path server, CSP violation reports, the bilingual message.
import { expect } from './fixtures.js';

export const SUB_PATH = 'http://127.0.0.1:4174/tools/quota/';

export async function watchViolations(page) {
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

/** The bilingual message and nothing half-started. */
export async function expectMessage(page, { zh, en, advice }) {
  const message = page.getByRole('alert');
  await expect(message).toContainText(`您的浏览器无法运行本工具：${zh}`);
  await expect(message).toContainText(`Your browser cannot run this tool: ${en}`);
  for (const words of advice) await expect(message).toContainText(words);
  // Every sentence in both languages: two paragraphs each.
  await expect(message.locator('p[lang="zh-CN"]')).toHaveCount(2);
  await expect(message.locator('p[lang="en"]')).toHaveCount(2);
  // No plan table: nothing half-started.
  await expect(page.getByRole('table')).toHaveCount(0);
}
