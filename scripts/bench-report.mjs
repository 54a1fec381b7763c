// `make bench`, last step: gathers the bundle sizes, the criterion medians, the page timings
// (e2e/test-results/bench.json) and the link lengths, prints one table and appends it, with the
// date and the machine, to bench/results.md (earlier runs stay, so a regression shows).
// Usage: node scripts/bench-report.mjs <link-lengths.txt>
import { readFileSync, readdirSync, existsSync, appendFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { floor } from './floor.mjs';

const [linksFile] = process.argv.slice(2);
const { chromium, firefox } = floor();
const floorText = `Chromium ${chromium}, Firefox ${firefox}`;

/** The worker's files: fetched only when a forecast is first asked for. */
const isWorker = (f) => f.startsWith('quota-worker') || f === 'worker.js';

function bundle(dir, pick = (f) => !isWorker(f)) {
  const out = {};
  for (const ext of ['wasm', 'js', 'css']) {
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(`.${ext}`) && pick(f)) : [];
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
    out[ext] = { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
  }
  out.total = { raw: out.wasm.raw + out.js.raw + out.css.raw, gz: out.wasm.gz + out.js.gz + out.css.gz };
  return out;
}

/** Criterion medians in nanoseconds, by full benchmark id. */
function criterion(root = 'target/criterion') {
  const medians = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!statSync(path).isDirectory()) continue;
      const estimates = join(path, 'new', 'estimates.json');
      const meta = join(path, 'new', 'benchmark.json');
      if (existsSync(estimates) && existsSync(meta)) {
        const id = JSON.parse(readFileSync(meta, 'utf8')).full_id;
        medians[id] = JSON.parse(readFileSync(estimates, 'utf8')).median.point_estimate;
      }
      if (name !== 'new' && name !== 'base' && name !== 'report') walk(path);
    }
  };
  if (existsSync(root)) walk(root);
  return medians;
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (ns) => (ns === undefined ? '—' : ns >= 1e6 ? `${(ns / 1e6).toFixed(1)} ms` : `${(ns / 1e3).toFixed(0)} µs`);
const app = bundle('dist');
const hello = bundle('bench/dist/hello');
const worker = bundle('dist', isWorker);
const native = criterion();
const page = existsSync('e2e/test-results/bench.json') ? JSON.parse(readFileSync('e2e/test-results/bench.json', 'utf8')) : {};
const links = linksFile && existsSync(linksFile) ? readFileSync(linksFile, 'utf8') : '';
const link = (pattern) => links.match(pattern)?.[1] ?? '—';
const mcNative = native['forecast/10000x14x3/january'];
const mcPage = page.monte_carlo?.median_ms;
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '—');

const gzFile = (path) => (existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : undefined);
const pageFloor = gzFile('dist/quota-planner_bg.wasm');
const pageModern = gzFile('target/modern/quota-planner_bg.wasm');

const rows = [
  [`bundle: the page's wasm at the browser floor (${floorText})`, pageFloor ? `${kb(pageFloor)} gz` : '—', 'no more than the row below'],
  ['the same built with rustc\'s default wasm32 features (reference types, multi-value: Chromium 96)', pageModern ? `${kb(pageModern)} gz (floor build ${pageFloor && pageModern ? `${pageFloor - pageModern >= 0 ? '+' : ''}${((pageFloor - pageModern) / 1024).toFixed(1)} KB` : '—'})` : '—', ''],
  ['bundle: wasm', `${kb(app.wasm.raw)} raw, ${kb(app.wasm.gz)} gz`, ''],
  ['bundle: JS', `${kb(app.js.raw)} raw, ${kb(app.js.gz)} gz`, ''],
  ['bundle: CSS', `${kb(app.css.raw)} raw, ${kb(app.css.gz)} gz`, ''],
  ['bundle: first load, total (wasm + JS + CSS)', `${kb(app.total.gz)} gz`, '≤ 200 KB'],
  ['bundle: the forecast worker, fetched on first use (wasm + JS)', `${kb(worker.total.gz)} gz`, ''],
  ['bundle: the whole app, every module (first load + worker)', `${kb(app.total.gz + worker.total.gz)} gz`, 'no more than 392 KB (the issue\'s start)'],
  ['bundle: bare Yew hello, same profile', `${kb(hello.total.gz)} gz`, ''],
  [`first render → table painted (median of ${page.app?.loads ?? '—'})`, `${page.app?.median_ms ?? '—'} ms`, ''],
  ['first render, bare Yew hello', `${page.hello?.median_ms ?? '—'} ms`, ''],
  ['first render ratio app / hello', page.first_render_ratio ? `${page.first_render_ratio}×` : '—', '≤ 1.3×'],
  ['next frame with no work at all: the floor of the rows below (median, p95)', page.idleFrame ? `${page.idleFrame.median_ms} ms, ${page.idleFrame.p95_ms} ms` : '—', ''],
  ['one edit → DOM updated and laid out, 2021 plan (median, p95)', page.edit2021 ? `${page.edit2021.work.median_ms} ms, ${page.edit2021.work.p95_ms} ms` : '—', '≤ 6 ms (≤ 12)'],
  ['one edit → next frame, 2021 plan (median, p95)', page.edit2021 ? `${page.edit2021.frame.median_ms} ms, ${page.edit2021.frame.p95_ms} ms` : '—', '≤ 6 ms (unreachable below the floor above)'],
  ['the same with the CPU throttled 4×: DOM updated, next frame (medians)', page.edit2021slow ? `${page.edit2021slow.work.median_ms} ms, ${page.edit2021slow.frame.median_ms} ms` : '—', '≤ 25 ms'],
  ['one edit → next frame, 3,000 districts (median, p95)', page.edit3000 ? `${page.edit3000.frame.median_ms} ms, ${page.edit3000.frame.p95_ms} ms` : '—', '≤ 30 ms'],
  ['Monte Carlo 10,000 × 14 × 3 from January, in the page', mcPage ? `${mcPage} ms` : '—', '< 100 ms'],
  ['the same, native (criterion)', ms(mcNative), ''],
  ['Monte Carlo wasm / native', ratio(mcPage, mcNative && mcNative / 1e6), '≤ 2×'],
  ['longest main-thread task while the forecast screen recomputes (5 seeds): worker, page fallback', page.forecastTasks ? `${page.forecastTasks.worker_ms} ms, ${page.forecastTasks.page_ms} ms` : '—', '< 50 ms (worker)'],
  ['matrix 13 × 14 (native)', ms(native['matrix/13x14/default']), '< 1 ms'],
  ['matrix 30 × 3,000 Webster (native)', ms(native['matrix/30x3000/Webster']), '< 1 s'],
  ['allocate 3,000 regions, largest remainder (native)', ms(native['allocate/LargestRemainder/3000']), '< 1 ms'],
  ['allocate 100,000 regions, largest remainder (native)', ms(native['allocate/LargestRemainder/100000']), '< 50 ms'],
  ['share link, default plan', `${link(/default plan (\d+) characters/)} characters`, '≤ 100'],
  ['share link, 12 months of the districts\' actuals 14 × 3', `${link(/the districts' actuals only: (\d+) characters/)} characters`, '≤ 1,500'],
  ['share link, the same with the departments, manufacturing and countable targets (73 series)', `${link(/12 months[^:]*: (\d+) characters/)} characters`, '≤ 2,500'],
];

const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model?.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.platform()} ${os.release()}`;
const stamp = new Date().toISOString().replace('T', ' ').slice(0, 16);
const table = ['| measure | this run | goal |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
// Where the page's bytes are (scripts/bytes.sh, run by `make bench` just before).
const bytes = existsSync('target/bytes.md') ? `\n${readFileSync('target/bytes.md', 'utf8')}` : '';
const section = `\n## ${stamp} UTC\n\nMachine: ${machine}. Chromium: /usr/bin/chromium (headless).\n\n${table}\n${bytes}`;
console.log(section);
const results = 'bench/results.md';
if (!existsSync(results)) {
  writeFileSync(results, '# `make bench` results\n\nOne section per run, newest last; the machines are shared and noisy, so compare ratios\nand runs on the same machine.\n');
}
appendFileSync(results, section);
