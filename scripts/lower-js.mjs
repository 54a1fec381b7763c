// A Trunk post-build hook (Trunk.toml): rewrites wasm-bindgen's JavaScript glue to the syntax
// of the browser floor (scripts/floor.mjs: Chromium 75, Firefox 79) with esbuild, which lowers
// what the glue uses beyond it (`?.` in wasm-bindgen 0.2.130's debug formatting; Chromium 80)
// and fails on what it cannot lower. check.js (ES5), loader.js and worker.js are written at the
// floor by hand; `make check-floor` parses every script of dist/ at its level.
//   node scripts/lower-js.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR)
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { floor } from './floor.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir || !existsSync(dir)) {
  console.error('lower-js: no folder (pass one, or run as a Trunk hook)');
  process.exit(1);
}
const esbuild = createRequire(join(root, 'e2e/package.json'))('esbuild');
const { chromium, firefox } = floor();
const target = [`chrome${chromium}`, `firefox${firefox}`];
const handWritten = new Set(['check.js', 'loader.js', 'worker.js']);

const glue = [];
const walk = (d) => {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const path = join(d, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.js') && !(d === dir && handWritten.has(entry.name))) glue.push(path);
  }
};
walk(dir);
for (const path of glue) {
  const source = readFileSync(path, 'utf8');
  const format = /^\s*(import|export)\b/m.test(source) ? 'esm' : undefined;
  const { code } = esbuild.transformSync(source, { target, format, loader: 'js', legalComments: 'inline' });
  writeFileSync(path, code);
}
console.log(`lower-js: ${glue.length} file(s) at ${target.join(', ')}`);
