// Timing helpers shared by the speed tests (tests/speed.spec.js) and `make bench`
// (bench/page.bench.js): one edit → next frame, and a generated large plan.

/**
 * Times `rounds` edits of the first district's first metric. `work` is the change event to the
 * DOM updated and laid out (Yew renders in a microtask; a macrotask after it forces layout);
 * `frame` is the change event to the next animation frame. Each edit starts at a random point
 * of the frame so the figures are not pinned to the 16.7 ms vsync. Returns medians and p95s.
 */
export async function timeEdits(page, rounds) {
  const samples = await page.evaluate(async (rounds) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const task = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
    const out = { work: [], frame: [] };
    for (let i = 0; i < rounds; i++) {
      await frame();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
      const input = document.querySelector('[data-cell="0-0"]');
      const value = Number(input.value.replaceAll(',', ''));
      input.value = String(i % 2 === 0 ? value + 100 : value - 100);
      const start = performance.now();
      const painted = frame();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await task();
      void document.body.offsetHeight;
      out.work.push(performance.now() - start);
      await painted;
      out.frame.push(performance.now() - start);
    }
    return out;
  }, rounds);
  const stats = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { median_ms: Number(at(0.5).toFixed(1)), p95_ms: Number(at(0.95).toFixed(1)) };
  };
  return { work: stats(samples.work), frame: stats(samples.frame) };
}

/**
 * The floor of "to next frame": a random point of the frame to the next animation frame with no
 * work at all. Frames come at the display's rate, so an edit that costs nothing still waits for
 * the next one (about half a frame, 8 ms at 60 Hz, in the median).
 */
export async function timeIdleFrames(page, rounds) {
  const samples = await page.evaluate(async (rounds) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const out = [];
    for (let i = 0; i < rounds; i++) {
      await frame();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
      const start = performance.now();
      await frame();
      out.push(performance.now() - start);
    }
    return out;
  }, rounds);
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median_ms: Number(at(0.5).toFixed(1)), p95_ms: Number(at(0.95).toFixed(1)) };
}

export const show = (r) => `work median ${r.work.median_ms} ms (p95 ${r.work.p95_ms}); ` +
  `to next frame median ${r.frame.median_ms} ms (p95 ${r.frame.p95_ms})`;

/** A plan of `n` districts as a saved scenario entry, built from the page's own save. */
export function bigPlan(saved, n) {
  const ws = saved.workspace;
  ws.plan.districts = Array.from({ length: n }, (_, i) => ({ name: { zh: `地区${i + 1}`, en: `District ${i + 1}` } }));
  const training = Array.from({ length: n }, (_, i) => 1_000 + ((i * 7_919) % 50) * 100);
  const shapes = [training, training.map((t) => Math.floor((t * 2) / 300) * 100), training.map((t) => Math.floor(t / 500) * 100)];
  ws.plan.metrics.forEach((metric, m) => { metric.quotas = shapes[m]; });
  ws.rules.forEach((rules) => {
    rules.bounds = Array.from({ length: n }, () => ({ min: 0, max: null }));
    rules.locked = Array.from({ length: n }, () => false);
    rules.tie_preference = [];
  });
  return { ...saved, workspace: ws, total: training.reduce((a, b) => a + b, 0) };
}

/** Where the app keeps the scenario a fresh browser opens on (id 1; one entry per scenario). */
export const KEY = 'quota-planner/library/v3/scenario/1';

/**
 * Saves a generated plan of `n` districts as the page's open scenario and reopens the page on it
 * (without the link in the address, which would open the 2021 plan on top). Returns the plan's
 * training total and when the reopening started.
 */
export async function openBigPlan(page, n) {
  await page.goto('./');
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  const big = bigPlan(saved, n);
  const { total } = big;
  delete big.total;
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(big)]);
  const started = Date.now();
  await page.goto('./');
  return { total, started };
}
