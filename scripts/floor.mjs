// The browser floor: the oldest Chromium and Firefox that run the build, worked out from one
// place, the build's WebAssembly feature list (the linker's `--features=` in
// .cargo/config.toml), and checked everywhere it is stated.
//
//   node scripts/floor.mjs                 prints the floor
//   node scripts/floor.mjs --check [DIST]  fails unless index.html gives wasm-opt the same
//                                          features, check.js names the same versions and probes
//                                          each feature with a module that needs exactly it,
//                                          README.md and docs/hosting.md state the same floor,
//                                          styles/*.css use nothing above it unguarded,
//                                          and (with DIST) every built module validates against
//                                          the list and every script parses at the floor's
//                                          JavaScript level
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path) => readFileSync(join(root, path), 'utf8');

/**
 * Each WebAssembly feature the build may use: the first Chromium and Firefox that ship it on by
 * default, and binaryen's name for it (webassembly.org/features, MDN's compatibility tables).
 */
const FEATURES = {
  'mutable-globals': { chromium: 74, firefox: 61, binaryen: 'mutable-globals' },
  'sign-ext': { chromium: 74, firefox: 62, binaryen: 'sign-ext' },
  'nontrapping-fptoint': { chromium: 75, firefox: 64, binaryen: 'nontrapping-float-to-int' },
  'bulk-memory': { chromium: 75, firefox: 79, binaryen: 'bulk-memory' },
  multivalue: { chromium: 85, firefox: 78, binaryen: 'multivalue' },
  'reference-types': { chromium: 96, firefox: 79, binaryen: 'reference-types' },
};

/**
 * The JavaScript the floor's engines parse: ES2020 without `??` and `?.` (those two arrived in
 * Chromium 80 and Firefox 72; the rest of ES2020 — `import.meta`, dynamic `import()`, BigInt —
 * by Chromium 67 and Firefox 68). scripts/lower-js.mjs lowers wasm-bindgen's glue to it.
 */
const JS_LEVEL = 2020;

/** The first node of a syntax newer than the floor's, or null. */
function tooNew(node) {
  if (!node || typeof node.type !== 'string') return null;
  if (node.type === 'ChainExpression' || (node.type === 'LogicalExpression' && node.operator === '??')) return node;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object') {
        const found = tooNew(child);
        if (found) return found;
      }
    }
  }
  return null;
}

export function buildFeatures() {
  const config = read('.cargo/config.toml');
  const match = config.match(/--features=([a-z0-9,-]+)/);
  if (!match) throw new Error('.cargo/config.toml: no -Clink-arg=--features=… (the build\'s feature list)');
  const list = match[1].split(',');
  for (const f of list) {
    if (!FEATURES[f]) throw new Error(`.cargo/config.toml: unknown WebAssembly feature ${f} (add it to scripts/floor.mjs)`);
  }
  return list;
}

export function floor(list = buildFeatures()) {
  return {
    chromium: Math.max(...list.map((f) => FEATURES[f].chromium)),
    firefox: Math.max(...list.map((f) => FEATURES[f].firefox)),
  };
}

const wasmOpt = join(root, 'e2e/node_modules/binaryen/bin/wasm-opt');
const enable = (list) => list.map((f) => `--enable-${FEATURES[f].binaryen}`);

/** A LEB128 unsigned number at `at`: [value, next position]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  let pos = at;
  for (;;) {
    const byte = bytes[pos];
    pos += 1;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, pos];
  }
}

/**
 * The module without its `target_features` custom section: binaryen enables whatever that
 * section lists on top of the flags it is given, so a module must lose it to be judged by the
 * flags alone.
 */
export function withoutTargetFeatures(bytes) {
  const kept = [bytes.subarray(0, 8)];
  let pos = 8;
  while (pos < bytes.length) {
    const start = pos;
    const id = bytes[pos];
    const [size, body] = leb(bytes, pos + 1);
    pos = body + size;
    if (id === 0) {
      const [nameLength, name] = leb(bytes, body);
      if (Buffer.from(bytes.subarray(name, name + nameLength)).toString() === 'target_features') continue;
    }
    kept.push(bytes.subarray(start, pos));
  }
  return Buffer.concat(kept);
}

/** Whether binaryen accepts the module with exactly these feature flags. */
function validates(bytes, flags) {
  const dir = mkdtempSync(join(tmpdir(), 'floor-'));
  const file = join(dir, 'm.wasm');
  writeFileSync(file, withoutTargetFeatures(bytes));
  try {
    execFileSync(wasmOpt, [file, ...flags, '-o', join(dir, 'out.wasm')], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** check.js's constants and probes, by running it in a stand-in page. */
function checkJs() {
  const source = read('check.js');
  const num = (name) => Number(source.match(new RegExp(`var ${name} = (\\d+);`))?.[1]);
  const pick = (name) => source.match(new RegExp(`var ${name} = (\\[[^\\]]*\\]);`))?.[1];
  const header = JSON.parse(pick('HEADER'));
  const voidFunction = JSON.parse(pick('VOID_FUNCTION'));
  const block = source.match(/var PROBES = \{([\s\S]*?)\n {2}\};/)?.[1] ?? '';
  const probes = {};
  for (const line of block.split('\n')) {
    const m = line.match(/'?([a-z-]+)'?: (VOID_FUNCTION\.concat\()?(\[[^\]]*\])/);
    if (m) probes[m[1]] = [...header, ...(m[2] ? voidFunction : []), ...JSON.parse(m[3])];
  }
  return { chromium: num('CHROMIUM'), firefox: num('FIREFOX'), probes };
}

/**
 * CSS newer than the floor, where no fallback stands beside it: a property or function the
 * floor's engines drop, flex `gap` (Chromium 84), and a selector list that names a pseudo-class
 * they do not know (the whole list is dropped, not just that selector).
 */
const CSS_NEWER = [
  [/(^|[;{\s])(aspect-ratio|inset|inset-(inline|block)(-start|-end)?|(margin|padding|border)-(inline|block)(-start|-end)?|(min-|max-)?(inline|block)-size|accent-color|content-visibility|scrollbar-gutter|container(-type|-name)?)\s*:/, 'a property newer than Chromium 75'],
  [/:\s*[^;{}]*\b(clamp|min|max|color-mix)\(/, 'min()/max()/clamp()/color-mix() (Chromium 79+)'],
  [/\b\d+(\.\d+)?(dvh|svh|lvh|dvw|svw|lvw)\b/, 'dynamic viewport units'],
  [/overflow(-[xy])?\s*:\s*clip/, 'overflow: clip (Chromium 90)'],
  [/@container|@layer/, '@container/@layer'],
];
const NEW_PSEUDO = /:(focus-visible|has|is|where)\(?/;

export function stylesheetProblems(css, want, name = 'styles/main.css') {
  const problems = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const line = (index) => text.slice(0, index).split('\n').length;
  const rules = [...text.matchAll(/([^{}]*)\{([^{}]*)\}/g)];
  // Flex or grid is often set in one rule and the gap in another: judge a selector by all of them.
  const display = new Map();
  for (const [, selector, body] of rules) {
    const d = body.match(/display\s*:\s*([a-z-]+)/)?.[1];
    if (d) for (const x of selector.split(',')) display.set(x.trim(), d);
  }
  const isFlex = (x) => /^(inline-)?flex$/.test(display.get(x) ?? '');
  for (const m of rules) {
    const [, selector, body] = m;
    const at = line(m.index + selector.length);
    for (const [pattern, what] of CSS_NEWER) {
      if (pattern.test(body) || (what.startsWith('@') && pattern.test(selector))) {
        problems.push(`${name}:${at}: ${what}, above the floor (Chromium ${want.chromium})`);
      }
    }
    const own = body.match(/display\s*:\s*([a-z-]+)/)?.[1];
    const flex = own ? /^(inline-)?flex$/.test(own) : selector.split(',').some((x) => isFlex(x.trim()));
    if (flex && /(^|[;\s])(row-|column-)?gap\s*:(?!\s*(0(?![.\d])|normal))/.test(body)) {
      problems.push(`${name}:${at}: gap on a flex container (Chromium 84): use margins`);
    }
    const onFieldset = selector.split(',').some((x) => /fieldset[^\s>+~]*$/.test(x.trim()));
    if (onFieldset && /(^|[;\s])(row-|column-)?gap\s*:(?!\s*(0(?![.\d])|normal))/.test(body)) {
      problems.push(`${name}:${at}: gap on a fieldset (no grid or flex on a fieldset before Chromium 86): use margins`);
    }
    const selectors = selector.split(',').map((x) => x.trim()).filter(Boolean);
    if (selectors.length > 1 && selectors.some((x) => NEW_PSEUDO.test(x))) {
      problems.push(`${name}:${at}: a selector list with :focus-visible/:has()/:is()/:where() is dropped whole before Chromium 86–105: give it a rule of its own`);
    }
  }
  return problems;
}

function check(dist) {
  const problems = [];
  const list = buildFeatures();
  const want = floor(list);

  // index.html: wasm-opt is given the same features, for every module.
  const params = [...read('index.html').matchAll(/data-wasm-opt-params="([^"]*)"/g)].map((m) => m[1].split(/\s+/));
  const rustLinks = [...read('index.html').matchAll(/rel="rust"/g)].length;
  const expected = ['--mvp-features', ...enable(list)].sort().join(' ');
  if (params.length !== rustLinks) problems.push(`index.html: ${rustLinks} rust modules but ${params.length} data-wasm-opt-params`);
  for (const p of params) {
    if ([...p].sort().join(' ') !== expected) problems.push(`index.html: wasm-opt gets "${p.join(' ')}", the build's list is "${expected}"`);
  }

  // check.js: the same versions, one probe per feature, each needing exactly its feature.
  const js = checkJs();
  if (js.chromium !== want.chromium) problems.push(`check.js: CHROMIUM = ${js.chromium}, the floor is ${want.chromium}`);
  if (js.firefox !== want.firefox) problems.push(`check.js: FIREFOX = ${js.firefox}, the floor is ${want.firefox}`);
  const probed = Object.keys(js.probes).sort().join(',');
  if (probed !== [...list].sort().join(',')) problems.push(`check.js: probes ${probed}, the build uses ${list.join(',')}`);
  for (const [name, bytes] of Object.entries(js.probes)) {
    if (!FEATURES[name]) continue;
    const buffer = Uint8Array.from(bytes);
    if (!validates(buffer, ['--mvp-features', `--enable-${FEATURES[name].binaryen}`])) {
      problems.push(`check.js: the ${name} probe is not a valid module with ${name}`);
    }
    const others = list.filter((f) => f !== name);
    if (validates(buffer, ['--mvp-features', ...enable(others)])) {
      problems.push(`check.js: the ${name} probe is accepted with the build's other features but not ${name}: it tests nothing`);
    }
  }

  // README.md and docs/hosting.md: every "Chromium N" / "Firefox N" stated as the floor.
  for (const doc of ['README.md', 'docs/hosting.md']) {
    const text = read(doc);
    const marker = text.match(/browser floor: Chromium (\d+), Firefox (\d+)/i);
    if (!marker) {
      problems.push(`${doc}: no "browser floor: Chromium N, Firefox N"`);
    } else if (Number(marker[1]) !== want.chromium || Number(marker[2]) !== want.firefox) {
      problems.push(`${doc}: says Chromium ${marker[1]}, Firefox ${marker[2]}; the floor is ${want.chromium}, ${want.firefox}`);
    }
    for (const m of text.matchAll(/(Chromium|Firefox) (\d+)(?: or later|\+| 及以上)/g)) {
      const n = Number(m[2]);
      if (n !== want[m[1].toLowerCase()]) problems.push(`${doc}: "${m[0]}", the floor is ${m[1]} ${want[m[1].toLowerCase()]}`);
    }
  }

  for (const sheet of readdirSync(join(root, 'styles')).filter((f) => f.endsWith('.css'))) {
    problems.push(...stylesheetProblems(read(`styles/${sheet}`), want, `styles/${sheet}`));
  }

  if (dist) {
    const files = readdirSync(dist);
    const wasm = files.filter((f) => f.endsWith('.wasm'));
    if (!wasm.length) problems.push(`${dist}: no .wasm`);
    for (const f of wasm) {
      if (!validates(readFileSync(join(dist, f)), ['--mvp-features', ...enable(list)])) {
        problems.push(`${dist}/${f}: uses a WebAssembly feature outside the build's list ${list.join(',')}`);
      }
    }
    const require = createRequire(join(root, 'e2e/package.json'));
    const acorn = require('acorn');
    for (const f of files.filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(join(dist, f), 'utf8');
      // check.js must run in IE too; the module glue and the loader are modules.
      const level = f === 'check.js' ? 5 : JS_LEVEL;
      const sourceType = /^\s*(import|export)\b/m.test(source) ? 'module' : 'script';
      try {
        const found = tooNew(acorn.parse(source, { ecmaVersion: level, sourceType, locations: true }));
        if (found) problems.push(`${dist}/${f}:${found.loc.start.line}: \`?.\` or \`??\`, newer than the floor (Chromium 80)`);
      } catch (err) {
        problems.push(`${dist}/${f}: not ES${level} (${err.message})`);
      }
    }
  }

  if (problems.length) {
    console.error(`floor: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`floor: Chromium ${want.chromium}, Firefox ${want.firefox} (features ${list.join(', ')}); index.html, check.js, README.md, docs/hosting.md agree${dist ? `; ${dist} validates` : ''}`);
}

const args = process.argv.slice(2);
if (args[0] === '--check') {
  check(args[1]);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const f = floor();
  console.log(`Chromium ${f.chromium}, Firefox ${f.firefox} (${buildFeatures().join(', ')})`);
}
