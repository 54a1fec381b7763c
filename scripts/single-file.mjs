// Writes one self-contained HTML file from the release build in dist/: the stylesheet, the
// favicon, the wasm-bindgen glue and the wasm itself (base64) inlined, so the page works opened
// from disk (file://) or as a mail attachment and makes no request at all. The forecast's own
// WebAssembly (the worker's) is inlined too: no worker can start from file://, so the page
// loads it itself on the first forecast (src/platform/worker.rs), decoded only then.
// Usage: node scripts/single-file.mjs [dist] [out]
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dist = 'dist', out = 'dist-single/quota-planner.html'] = process.argv.slice(2);
const read = (name) => readFile(join(dist, name));

const html = (await read('index.html')).toString('utf8');
// Every stylesheet the built page links, in its order (main.css, then the screens' own).
const sheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\.?\/?([^"]+\.css)"/g)].map((m) => m[1]);
if (!sheets.includes('main.css')) throw new Error('unexpected index.html: no main.css');
const css = (await Promise.all(sheets.map((name) => read(name)))).map((b) => b.toString('utf8')).join('\n');
const favicon = (await read('favicon.svg')).toString('base64');
let glue = (await read('quota-planner.js')).toString('utf8');
const wasm = (await read('quota-planner_bg.wasm')).toString('base64');
// The browser check (plain script) runs first, as in index.html.
const check = (await read('check.js')).toString('utf8');
if (check.includes('</script')) throw new Error('check.js contains </script');
const workerGlue = (await read('quota-worker.js')).toString('utf8');
const workerWasm = (await read('quota-worker_bg.wasm')).toString('base64');
if (workerGlue.includes('</script')) throw new Error('the worker glue contains </script');

// The glue is an ES module; inline it as a module script without its export line.
const exportLine = /^export \{[^}]*\};?\s*$/m;
if (!exportLine.test(glue)) throw new Error('unexpected glue: no export line to strip');
glue = glue.replace(exportLine, '');
if (glue.includes('</script')) throw new Error('the glue contains </script');

const start = `
const bytes = Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0));
try {
  await __wbg_init({ module_or_path: bytes });
} catch (err) {
  if (err instanceof WebAssembly.CompileError || err instanceof WebAssembly.LinkError) {
    window.quotaPlannerUnsupported?.('features');
  } else {
    throw err;
  }
}`;

const title = html.match(/<title>[\s\S]*?<\/title>/)?.[0] ?? '<title>Quota Planner</title>';
const description = html.match(/<meta name="description"[^>]*>/)?.[0] ?? '';
const page = `<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    ${description}
    ${title}
    <link rel="icon" href="data:image/svg+xml;base64,${favicon}" />
    <style>
${css.replaceAll('</style', '<\\/style')}
    </style>
  </head>
  <body>
    <noscript>本工具需要启用 JavaScript 和 WebAssembly。 This tool needs JavaScript and WebAssembly.</noscript>
    <script>
${check}
    </script>
    <script>
${workerGlue}
window.quotaWorker = wasm_bindgen;
Object.defineProperty(window, 'quotaWorkerWasm', {
  get: () => Uint8Array.from(atob("${workerWasm}"), (c) => c.charCodeAt(0)),
});
    </script>
    <script type="module">
const WASM_BASE64 = "${wasm}";
${glue}
${start}
    </script>
  </body>
</html>
`;
await mkdir(dirname(out), { recursive: true });
await writeFile(out, page);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`${out}: ${kb(Buffer.byteLength(page))} (${kb(gzipSync(page).length)} gzip)`);
