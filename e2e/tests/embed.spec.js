// Embedding: a chrome-less view in an iframe that tells its host it is ready and how tall it is.
import { test, expect } from './fixtures.js';

test('an embedded read-only bulletin reports ready and its height to the host page', async ({ page }) => {
  // A host page on the app's own origin (the default message target).
  await page.goto('./not-a-page');
  await page.setContent(`
    <h1>OA 门户</h1>
    <script>
      window.messages = [];
      window.addEventListener('message', (e) => window.messages.push(e.data));
    </script>
    <iframe id="app" style="width: 900px; height: 400px"
            src="/?embed=1&view=bulletin&readonly=1&lang=en"></iframe>`);
  const frame = page.frameLocator('#app');
  await expect(frame.getByRole('region', { name: /Bulletin/ })).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(frame.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Load sample data' })).toBeDisabled();
  await expect.poll(() => page.evaluate(() => window.messages.map((m) => m.type))).toContain('quota-planner:ready');
  await expect.poll(() => page.evaluate(() =>
    window.messages.filter((m) => m.type === 'quota-planner:resize').map((m) => m.height).pop() ?? 0)).toBeGreaterThan(300);
});
