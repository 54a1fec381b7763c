// The old-browser walk: the release build (dist/) in real old browsers, the main paths once each.
//   Chromium 75, 81 and 86: chrome-aws-lambda's headless builds, each driven by the
//   puppeteer-core of its day; Firefox ESR: Debian's, driven by a current puppeteer-core over
//   WebDriver BiDi. `scripts/setup-old-browsers.sh` installs them; run from the repository root:
//     node --test e2e/old-browsers/walk.test.mjs
// OLD_BROWSERS=chromium-86,firefox-esr picks some; OLD_BROWSERS_PORT moves the server (4196: 4190 is ManageSieve's, a port browsers refuse);
// OLD_BROWSERS_DIST serves another folder than dist/.
// Every wait waits for a condition in the page (waitForFunction with a timeout), never a time.
// The functions run in the page are plain ES2017 (no `?.`, `??`, replaceAll): Chromium 75 runs them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const dist = process.env.OLD_BROWSERS_DIST || join(repo, 'dist');
const require = createRequire(import.meta.url);
const port = Number(process.env.OLD_BROWSERS_PORT || 4196);
const base = `http://127.0.0.1:${port}/`;
const WAIT = 20_000;
const TEST = { timeout: 90_000 };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=zh-CN',
];

const chromium = (major, driver) => ({
  name: `chromium-${major}`,
  launch: () => {
    const executablePath = join(here, '.browsers', `chromium-${major}`, 'chromium');
    assert.ok(existsSync(executablePath), `${executablePath} is missing: run scripts/setup-old-browsers.sh`);
    return require(driver).launch({ executablePath, headless: true, args: CHROMIUM_ARGS, defaultViewport: null });
  },
});

const BROWSERS = [
  chromium(86, 'puppeteer-core-5'),
  chromium(81, 'puppeteer-core-3'),
  chromium(75, 'puppeteer-core-1'),
  {
    name: 'firefox-esr',
    launch: async () => {
      assert.ok(existsSync('/usr/bin/firefox-esr'), '/usr/bin/firefox-esr is missing: run scripts/setup-old-browsers.sh');
      const { default: puppeteer } = await import('puppeteer-core');
      return puppeteer.launch({
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
        defaultViewport: null,
        extraPrefsFirefox: { 'intl.accept_languages': 'zh-CN' },
      });
    },
  },
];

const chosen = process.env.OLD_BROWSERS ? process.env.OLD_BROWSERS.split(',').map((s) => s.trim()) : null;
const browsers = chosen ? BROWSERS.filter((b) => chosen.includes(b.name)) : BROWSERS;

// ---- in the page --------------------------------------------------------------------------

/**
 * Runs in the page. `q` is { role, name, in } (name: a string matched exactly after collapsing
 * white space, or { re } matched as a regular expression; `in`: a query the element must be
 * inside) or { css }. `op`: 'find' → the first visible match; 'value' → it, once its value is
 * `arg`; 'text' → it, once its text contains `arg`.
 */
function lib(op, q, arg) {
  function norm(s) { return (s || '').replace(/\s+/g, ' ').trim(); }
  function shown(el) {
    if (!el.getClientRects().length) return false;
    var r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
  }
  function textOf(el) {
    var copy = el.cloneNode(true);
    var controls = copy.querySelectorAll('input, textarea, select');
    for (var i = 0; i < controls.length; i++) controls[i].parentNode.removeChild(controls[i]);
    return norm(copy.textContent);
  }
  function nameOf(el) {
    var label = el.getAttribute('aria-label');
    if (label) return norm(label);
    var by = el.getAttribute('aria-labelledby');
    if (by) {
      return norm(by.split(/\s+/).map(function (id) {
        var e = document.getElementById(id);
        return e ? textOf(e) : '';
      }).join(' '));
    }
    if (el.labels && el.labels.length) return textOf(el.labels[0]);
    if (/^(BUTTON|H[1-6]|A)$/.test(el.tagName)) return textOf(el);
    return '';
  }
  var ROLES = {
    button: 'button, [role=button], input[type=button], input[type=submit]',
    textbox: 'input:not([type]), input[type=text], input[type=search], textarea, [role=textbox]',
    region: 'section[aria-label], section[aria-labelledby], [role=region]',
    link: 'a[href]',
    heading1: 'h1',
    note: '[role=note]',
    combobox: 'select',
  };
  function matches(name, want) {
    if (want === undefined) return true;
    if (typeof want === 'string') return name === want;
    return new RegExp(want.re).test(name);
  }
  function all(query) {
    var scope = query.in ? all(query.in) : [document];
    var found = [];
    scope.forEach(function (s) {
      var list = s.querySelectorAll(query.css || ROLES[query.role]);
      for (var i = 0; i < list.length; i++) {
        var el = list[i];
        if (found.indexOf(el) < 0 && shown(el) && (query.css || matches(nameOf(el), query.name))) found.push(el);
      }
    });
    return found;
  }
  var el = all(q)[0];
  if (!el) return null;
  if (op === 'value') return el.value === arg ? el : null;
  if (op === 'text') return norm(el.innerText || el.textContent).indexOf(arg) >= 0 ? el : null;
  return el;
}

/** Runs in the page: pairs of visible buttons on one row (overlapping vertically by more than
 * 1 px) that are closer than 2 px horizontally (or overlap). */
function touchingButtons() {
  function norm(s) { return (s || '').replace(/\s+/g, ' ').trim(); }
  var buttons = document.querySelectorAll('button, [role=button], input[type=button], input[type=submit]');
  var boxes = [];
  for (var i = 0; i < buttons.length; i++) {
    var b = buttons[i];
    if (!b.getClientRects().length || getComputedStyle(b).visibility === 'hidden') continue;
    var r = b.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;
    boxes.push({ name: norm(b.getAttribute('aria-label') || b.textContent || b.value), r: r });
  }
  var bad = [];
  for (var x = 0; x < boxes.length; x++) {
    for (var y = x + 1; y < boxes.length; y++) {
      var a = boxes[x].r;
      var c = boxes[y].r;
      var vertical = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
      if (vertical <= 1) continue;
      var gap = Math.max(c.left - a.right, a.left - c.right);
      if (gap < 2) {
        bad.push(boxes[x].name + ' [' + Math.round(a.left) + '–' + Math.round(a.right) + ' × ' + Math.round(a.top) + '–' + Math.round(a.bottom) + '] / '
          + boxes[y].name + ' [' + Math.round(c.left) + '–' + Math.round(c.right) + ' × ' + Math.round(c.top) + '–' + Math.round(c.bottom) + ']: gap ' + gap.toFixed(1) + ' px');
      }
    }
  }
  return bad;
}

// ---- in node ------------------------------------------------------------------------------

/** What the page shows, for a failure's message. */
async function snapshot(page) {
  try {
    return await page.evaluate(() => location.href + '\n' + (document.body ? document.body.innerText.slice(0, 600) : '(no body)'));
  } catch (err) {
    return `(page unreadable: ${err.message})`;
  }
}

/** Waits until `lib(op, q, arg)` finds its element in the page, and returns it. */
async function waitFor(page, what, op, q, arg) {
  const expression = `(${lib})(${JSON.stringify(op)}, ${JSON.stringify(q)}, ${JSON.stringify(arg === undefined ? null : arg)})`;
  try {
    const handle = await page.waitForFunction(expression, { timeout: WAIT, polling: 100 });
    return handle.asElement();
  } catch (err) {
    const seen = page.watched ? page.watched.errors : [];
    throw new Error(`${what}: not within ${WAIT} ms (${err.message.split('\n')[0]})\n--- errors: ${JSON.stringify(seen)}\n--- page: ${await snapshot(page)}`);
  }
}

/** Waits until a self-contained function of the page returns something truthy; returns its value. */
async function until(page, what, fn, ...args) {
  try {
    const handle = await page.waitForFunction(fn, { timeout: WAIT, polling: 100 }, ...args);
    return await handle.jsonValue();
  } catch (err) {
    const seen = page.watched ? page.watched.errors : [];
    throw new Error(`${what}: not within ${WAIT} ms (${err.message.split('\n')[0]})\n--- errors: ${JSON.stringify(seen)}\n--- page: ${await snapshot(page)}`);
  }
}

const button = (name, within) => ({ role: 'button', name, in: within });
const textbox = (name, within) => ({ role: 'textbox', name, in: within });
const region = (re) => ({ role: 'region', name: { re } });

async function click(page, q) {
  const el = await waitFor(page, `${q.role} ${JSON.stringify(q.name)}`, 'find', q);
  await el.click();
}

/** Replaces a text box's content by typing `value` (then Enter or Tab, when given). */
async function fill(page, q, value, key) {
  const el = await waitFor(page, `${q.role} ${JSON.stringify(q.name)}`, 'find', q);
  await el.focus();
  await page.evaluate((e) => e.select(), el);
  await page.keyboard.type(value);
  if (key) await page.keyboard.press(key);
}

/** A new page in a context of its own (its own storage), watched for errors and requests. */
async function openPage(browser, opened, { label = 'page', width = 1280, height = 900, noWorker = false } = {}) {
  const context = browser.createBrowserContext ? await browser.createBrowserContext() : await browser.createIncognitoBrowserContext();
  const page = await context.newPage();
  opened.push({ context, page });
  page.watched = { errors: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.watched.errors.push(`${label}: console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.watched.errors.push(`${label}: pageerror: ${err && err.message ? err.message : err}`));
  page.on('request', (req) => page.watched.requests.push(req.url()));
  await page.setViewport({ width, height });
  if (noWorker) await page.evaluateOnNewDocument(() => { window.Worker = undefined; });
  return page;
}

async function goto(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: WAIT });
}

/** Nothing went wrong on the pages opened, and nothing left 127.0.0.1. */
function checkWatched(opened) {
  const errors = opened.flatMap(({ page }) => page.watched.errors);
  assert.deepEqual(errors, [], 'page errors and console errors');
  // data: and blob: URLs never leave the browser (Firefox reports a data: font of its own).
  const foreign = opened.flatMap(({ page }) => page.watched.requests)
    .filter((url) => !url.startsWith('http://127.0.0.1:') && !/^(data|blob):/.test(url));
  assert.deepEqual(foreign, [], 'requests that left 127.0.0.1');
}

async function closeAll(opened) {
  for (const { context } of opened.splice(0)) await context.close().catch(() => {});
}

/** The buttons of the screen shown that touch, at 1280 px and at 390 px (asserted by the test
 * after its errors, which say more when both fail). */
async function touchingAt(page, screen) {
  const bad = [];
  for (const width of [1280, 390]) {
    await page.setViewport({ width, height: 900 });
    await until(page, `viewport ${width}`, (w) => window.innerWidth === w && document.documentElement.clientWidth > 0, width);
    for (const pair of await page.evaluate(touchingButtons)) bad.push(`${screen} at ${width} px: ${pair}`);
  }
  await page.setViewport({ width: 1280, height: 900 });
  return bad;
}

const planTotal = textbox('全市 技能人才培训数');

async function openPlan(page) {
  await goto(page, base);
  // check.js marks a browser it finds unable to run the app: say why at once, without waiting.
  const opened = await until(page, 'the 2021 plan or check.js\'s message', (name) => {
    const why = document.documentElement.getAttribute('data-unsupported');
    if (why) {
      const box = document.querySelector('.unsupported');
      return { unsupported: why + ': ' + (box ? box.innerText : '') };
    }
    const total = document.querySelector('input[aria-label="' + name + '"]');
    return total && total.value === '120,000' ? { ok: true } : null;
  }, planTotal.name);
  assert.ok(opened.ok, `check.js turned this browser away (data-unsupported=${opened.unsupported})`);
  await waitFor(page, 'the 2021 plan (全市 技能人才培训数 = 120,000)', 'value', planTotal, '120,000');
}

/** The numbers of a metric column of the plan table. */
function column(metric) {
  const inputs = document.querySelectorAll('tbody input[data-cell$="-' + metric + '"]');
  return Array.prototype.map.call(inputs, (e) => Number(e.value.split(',').join('')));
}

async function openForecast(page) {
  await openPlan(page);
  await click(page, button('完成预测'));
  await click(page, button('载入示例数据'));
  return until(page, 'the forecast of the sample data', () => {
    const section = document.querySelector('section.forecast');
    const table = section && section.querySelector('table');
    const mode = document.documentElement.getAttribute('data-forecast-worker');
    if (!table || table.innerText.indexOf('鹿城') < 0 || section.getAttribute('aria-busy') !== 'false' || !mode) return null;
    return { mode, table: table.innerText };
  });
}

// ---- the walk -----------------------------------------------------------------------------

let server;

before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), `${dist}/index.html is missing: build dist/ first`);
  assert.ok(browsers.length > 0, `OLD_BROWSERS=${process.env.OLD_BROWSERS} names none of ${BROWSERS.map((b) => b.name).join(', ')}`);
  server = spawn(process.execPath, [join(repo, 'e2e', 'serve.mjs'), dist, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start on ${port}: ${err}`)), 10_000);
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes('serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.stderr.on('data', (chunk) => { err += chunk; });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited (${code}) on port ${port}: ${err}`));
    });
  });
});

after(() => {
  if (server) server.kill();
});

for (const spec of browsers) {
  describe(spec.name, () => {
    let browser;
    const opened = [];
    let started;

    before(async () => {
      started = Date.now();
      browser = await spec.launch();
      console.log(`${spec.name}: ${await browser.version()}`);
    });

    after(async () => {
      await closeAll(opened);
      if (browser) await browser.close();
      console.log(`${spec.name}: walked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

    it('the 2021 plan opens, its buttons apart', TEST, async () => {
      try {
        const page = await openPage(browser, opened);
        await openPlan(page);
        const touching = await touchingAt(page, 'the plan screen');
        checkWatched(opened);
        assert.deepEqual(touching, [], 'buttons on one row that touch');
      } finally {
        await closeAll(opened);
      }
    });

    it('an edit redistributes, the total held', TEST, async () => {
      try {
        const page = await openPage(browser, opened);
        await openPlan(page);
        const before = await page.evaluate(column, 0);
        assert.equal(before.reduce((a, b) => a + b, 0), 120000);
        await fill(page, textbox('鹿城 技能人才培训数'), '13000', 'Enter');
        await waitFor(page, '鹿城 技能人才培训数 = 13,000', 'value', textbox('鹿城 技能人才培训数'), '13,000');
        await waitFor(page, '全市 技能人才培训数 still 120,000', 'value', planTotal, '120,000');
        const after = await page.evaluate(column, 0);
        assert.equal(after[0], 13000);
        assert.equal(after.reduce((a, b) => a + b, 0), 120000, `the districts add up: ${after.join(' ')}`);
        assert.ok(after.every((v) => v % 100 === 0), `whole steps of 100: ${after.join(' ')}`);
        assert.ok(after.filter((v, i) => i > 0 && v !== before[i]).length > 1, 'more than one other district moved');
        checkWatched(opened);
      } finally {
        await closeAll(opened);
      }
    });

    it('the bulletin of the sample data, its buttons apart', TEST, async () => {
      try {
        const page = await openPage(browser, opened);
        await openPlan(page);
        await click(page, button('月度通报'));
        await click(page, button('载入示例数据'));
        await waitFor(page, 'the sample data note', 'text', { role: 'note' }, '示例数据');
        // The month's steps (收数 → 核对 → 亮灯 → 通报): each opens, its buttons apart; the
        // bulletin is the last.
        const touching = [];
        for (const step of ['收数', '核对', '亮灯', '通报']) {
          // Each link reads its number (aria-hidden) and its name.
          await click(page, { role: 'link', name: { re: `^\\d${step}$` } });
          await until(page, `the ${step} step`, (name) => {
            const links = document.querySelectorAll('nav a[aria-current=step]');
            return links.length === 1 && links[0].textContent.trim().slice(1) === name;
          }, step);
          touching.push(...await touchingAt(page, `the ${step} step`));
        }
        const bulletin = region('6月月度通报');
        await waitFor(page, 'the June bulletin at 50.0 % time progress', 'text', bulletin, '时间进度 50.0%');
        const lines = await until(page, 'the bulletin table', (q) => {
          const sections = document.querySelectorAll('section[aria-labelledby]');
          for (const s of sections) {
            const heading = document.getElementById(s.getAttribute('aria-labelledby'));
            if (!heading || heading.textContent.indexOf(q) < 0) continue;
            const rows = s.querySelectorAll('table tbody tr');
            const foot = s.querySelector('table tfoot');
            if (rows.length !== 14 || !foot) return null;
            return { foot: foot.textContent, rows: Array.prototype.map.call(rows, (tr) => Array.prototype.map.call(tr.children, (c) => c.textContent.trim())) };
          }
          return null;
        }, '6月月度通报');
        assert.ok(lines.rows.every((l) => l[4] === '50.0%'), `time progress in every row: ${JSON.stringify(lines.rows.map((l) => l[4]))}`);
        assert.ok(lines.foot.includes('120,000'), `the city's quota in the footer: ${lines.foot}`);
        assert.ok(lines.rows.some((l) => l[7] === '滞后'), 'a district behind time progress');
        await waitFor(page, 'the mid-year review', 'text', region('半年评价'), '未达标');
        checkWatched(opened);
        assert.deepEqual(touching, [], 'buttons on one row that touch');
      } finally {
        await closeAll(opened);
      }
    });

    it('the forecast from the worker, and the same from the page where no worker can start', TEST, async () => {
      try {
        const inWorker = await openForecast(await openPage(browser, opened, { label: 'worker page' }));
        assert.equal(inWorker.mode, 'worker', 'data-forecast-worker with workers');
        const onPage = await openForecast(await openPage(browser, opened, { label: 'page without Worker', noWorker: true }));
        assert.equal(onPage.mode, 'page', 'data-forecast-worker without workers');
        assert.equal(onPage.table, inWorker.table, 'the page works out the numbers the worker did');
        checkWatched(opened);
      } finally {
        await closeAll(opened);
      }
    });

    it('a return form refuses a part above its whole, then makes the reply', TEST, async () => {
      try {
        const city = await openPage(browser, opened, { label: 'city page' });
        await openPlan(city);
        await click(city, button('月度通报'));
        const field = await waitFor(city, 'the 鹿城 request link', 'find', textbox('鹿城 报送链接'));
        const link = new URL(await city.evaluate((e) => e.value, field), base).href;
        // The district opens its link in a browser of its own.
        const form = await openPage(browser, opened, { label: 'form page' });
        await goto(form, link);
        await waitFor(form, 'the 鹿城 June form', 'text', { role: 'heading1' }, '鹿城 6月数据报送');
        await fill(form, textbox('鹿城 技能人才取证数'), '4000', 'Tab');
        await fill(form, textbox('鹿城 其中制造业取证数'), '4500', 'Tab');
        await fill(form, textbox('鹿城 其中:高技能人才数'), '4100', 'Tab');
        await click(form, button('生成回复链接'));
        await waitFor(form, 'the refusal of a part above its whole', 'text', { css: '[role=alert]' }, '其中制造业取证数（4,500）不能大于技能人才取证数（4,000）');
        await waitFor(form, 'the second pair in the refusal', 'text', { css: '[role=alert]' }, '其中:高技能人才数（4,100）不能大于技能人才取证数（4,000）');
        assert.equal(await form.evaluate(() => document.querySelectorAll('textarea[readonly]').length), 0, 'no reply link before the numbers agree');
        await fill(form, textbox('鹿城 其中制造业取证数'), '1700', 'Tab');
        await fill(form, textbox('鹿城 其中:高技能人才数'), '1200', 'Tab');
        await click(form, button('生成回复链接'));
        const reply = await waitFor(form, 'the reply link', 'find', textbox('回复链接（复制后发回）'));
        const value = await until(form, 'a reply link of the a2 format', (e) => /^a2\./.test(e.value) && e.value, reply);
        assert.match(value, /^a2\./);
        assert.equal(await form.evaluate(() => Object.keys(localStorage).length), 0, 'the form saved nothing');
        checkWatched(opened);
      } finally {
        await closeAll(opened);
      }
    });
  });
}

// The walk reads these once, so that a missing package says so before any browser starts.
for (const pkg of ['puppeteer-core', 'puppeteer-core-1', 'puppeteer-core-3', 'puppeteer-core-5']) {
  try {
    JSON.parse(readFileSync(join(here, 'node_modules', pkg, 'package.json'), 'utf8'));
  } catch {
    throw new Error(`e2e/old-browsers/node_modules/${pkg} is missing: run scripts/setup-old-browsers.sh`);
  }
}
