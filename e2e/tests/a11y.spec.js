// Accessibility: an axe-core audit of every screen (and each step of the bulletin screen), in
// Chinese and English, on a desktop (1280 px) and a phone (390 px) viewport, with the sample data
// loaded so that the bulletin and forecast show their tables. No serious or critical violation
// may appear.
import { createRequire } from 'node:module';
import { test, expect } from './fixtures.js';
import { openStep } from './steps.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const SCREENS = {
  zh: { plan: '指标分解', matrix: '部门分解', bulletin: '月度通报', forecast: '完成预测', sample: '载入示例数据', switch: '切换到英文界面' },
  en: { plan: 'Decomposition', matrix: 'Departments', bulletin: 'Monthly bulletin', forecast: 'Forecast' },
};

/** The bulletin screen's steps, by their keys in the links (`step=`). */
const STEPS = {
  zh: { collect: '收数', check: '核对', lights: '亮灯', report: '通报' },
  en: { collect: 'Collect', check: 'Check', lights: 'Lights', report: 'Report' },
};

/** Serious and critical violations on the page, as "rule: target" lines. */
async function audit(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
  });
  return result;
}

for (const width of [1280, 390]) {
  for (const lang of ['zh', 'en']) {
    test(`every screen passes axe at ${width} px in ${lang}`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      await page.getByRole('button', { name: SCREENS.zh.bulletin }).click();
      await page.getByRole('button', { name: SCREENS.zh.sample }).click();
      if (lang === 'en') await page.getByRole('button', { name: SCREENS.zh.switch }).click();
      const found = {};
      for (const screen of ['plan', 'matrix', 'bulletin', 'forecast']) {
        await page.getByRole('button', { name: SCREENS[lang][screen], exact: true }).click();
        await expect(page.getByRole('table').first()).toBeVisible();
        if (screen !== 'bulletin') {
          found[screen] = await audit(page);
          continue;
        }
        for (const [key, name] of Object.entries(STEPS[lang])) {
          await openStep(page, name);
          found[`bulletin/${key}`] = await audit(page);
        }
      }
      expect(found).toEqual({
        plan: [], matrix: [], 'bulletin/collect': [], 'bulletin/check': [], 'bulletin/lights': [], 'bulletin/report': [], forecast: [],
      });
    });
  }
}
