// Embedding: a chrome-less view in an iframe that tells its host it is ready and how tall it is.
import { test, expect, expectOnlyLocalRequests } from './fixtures.js';

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
  await expect(frame.getByRole('region', { name: /^Bulletin:/ })).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(frame.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Load sample data' })).toBeDisabled();
  await expect.poll(() => page.evaluate(() => window.messages.map((m) => m.type))).toContain('quota-planner:ready');
  await expect.poll(() => page.evaluate(() =>
    window.messages.filter((m) => m.type === 'quota-planner:resize').map((m) => m.height).pop() ?? 0)).toBeGreaterThan(300);
});

// examples/intranet.html: the host page of docs/embedding.md, served from the repository root.
const HOST = 'http://127.0.0.1:4175/examples/intranet.html';
const OTHER_APP = 'http://127.0.0.1:4173/';

const messageTypes = (page) =>
  page.locator('#messages li').evaluateAll((items) => items.map((li) => li.dataset.type));

test('the intranet example embeds the app, follows its height and loads a scenario into it', async ({ page, watched }) => {
  await page.goto(HOST);
  const frame = page.frameLocator('#quota-planner');
  await expect(frame.locator('table.plan-table')).toBeVisible();
  await expect.poll(() => messageTypes(page)).toContain('quota-planner:ready');
  await expect.poll(() => messageTypes(page)).toContain('quota-planner:resize');
  // The iframe grows from its initial 480 px to the app's content height.
  await expect.poll(async () => (await page.locator('#quota-planner').boundingBox()).height).toBeGreaterThan(800);
  const inner = await frame.locator('html').evaluate((html) => html.scrollHeight);
  const outer = (await page.locator('#quota-planner').boundingBox()).height;
  expect(Math.abs(outer - inner)).toBeLessThan(8);
  await page.getByRole('button', { name: '载入示例方案' }).click();
  await expect(frame.getByRole('textbox', { name: '鹿城 技能人才培训数', exact: true })).toHaveValue('13,000');
  await expect(frame.getByRole('status').filter({ hasText: '主页面发送的方案' })).toBeVisible();
  // The edit the load made is reported back with a link that reopens it.
  await expect.poll(() => messageTypes(page)).toContain('quota-planner:change');
  const href = await page.locator('#link').getAttribute('href');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:4175\/dist\/(index\.html)?#v1\./);
  expect(href).not.toContain('embed=');
  expect(watched.errors).toEqual([]);
  expectOnlyLocalRequests(watched.requests);
});

test('the app on another origin accepts a load only from the origin it was told to trust', async ({ page }) => {
  // Trusted: the host's own origin is in the app's ?origin= allow-list.
  await page.goto(`${HOST}?app=${encodeURIComponent(OTHER_APP)}`);
  let frame = page.frameLocator('#quota-planner');
  await expect(frame.locator('table.plan-table')).toBeVisible();
  await expect.poll(() => messageTypes(page)).toContain('quota-planner:ready');
  await page.getByRole('button', { name: '载入示例方案' }).click();
  await expect(frame.getByRole('textbox', { name: '鹿城 技能人才培训数', exact: true })).toHaveValue('13,000');

  // Foreign: the app trusts another origin, so the host's load message is ignored (and the
  // app's own messages go to that other origin only).
  await page.goto(`${HOST}?app=${encodeURIComponent(OTHER_APP)}&trust=${encodeURIComponent('http://127.0.0.1:4176')}`);
  frame = page.frameLocator('#quota-planner');
  await expect(frame.locator('table.plan-table')).toBeVisible();
  const before = await frame.getByRole('textbox', { name: '鹿城 技能人才培训数', exact: true }).inputValue();
  // Count the load messages that reach the app's window. All listeners of one message event
  // run in one task, the app's own among them, so once one is counted the app has had it and
  // rendered whatever it made of it: only then does "nothing changed" mean anything.
  const app = await (await page.locator('#quota-planner').elementHandle()).contentFrame();
  await app.evaluate(() => {
    window.loadsReceived = 0;
    window.addEventListener('message', (e) => {
      if (e.data?.type === 'quota-planner:load') window.loadsReceived += 1;
    });
  });
  await page.getByRole('button', { name: '载入示例方案' }).click();
  await expect.poll(() => app.evaluate(() => window.loadsReceived), {
    message: 'the host\'s load message delivered to the app',
  }).toBe(1);
  await expect(frame.getByRole('textbox', { name: '鹿城 技能人才培训数', exact: true })).toHaveValue(before);
  await expect(frame.getByRole('status').filter({ hasText: '主页面发送的方案' })).toHaveCount(0);
  expect(await messageTypes(page)).toEqual([]);
});

test('the single-file build renders the plan from file:// with no request beyond itself', async ({ page, watched }) => {
  const file = new URL('../../dist-single/quota-planner.html', import.meta.url).href;
  await page.goto(file);
  await expect(page.locator('table.plan-table tbody tr')).toHaveCount(14);
  await expect(page.getByRole('textbox', { name: '鹿城 技能人才培训数', exact: true })).toHaveValue('12,000');
  const cell = page.getByRole('textbox', { name: '鹿城 技能人才培训数', exact: true });
  await cell.fill('13000');
  await cell.press('Enter');
  await expect(page.getByRole('textbox', { name: '全市 技能人才培训数', exact: true })).toHaveValue('120,000');
  // No worker can start from file://: the forecast is worked out on the page instead.
  await page.getByRole('button', { name: '完成预测', exact: true }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.locator('section.forecast table')).toContainText('鹿城');
  await expect(page.locator('html')).toHaveAttribute('data-forecast-worker', 'page');
  expect(watched.errors).toEqual([]);
  expect(watched.requests.filter((url) => !url.endsWith('/worker.js'))).toEqual([file]);
});
