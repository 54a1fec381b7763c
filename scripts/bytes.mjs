// Where the page's WebAssembly bytes are: twiggy's list of every function and data segment of a
// build that keeps names (scripts/bytes.sh makes it), grouped into the parts a contributor can
// act on. Prints a Markdown table and writes it to target/bytes.md, which `make bench` appends
// to bench/results.md.
// Usage: node scripts/bytes.mjs <twiggy-top.csv> <the shipped wasm>
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [csvFile, shipped] = process.argv.slice(2);

/** First match wins: the more specific patterns come first. */
const PARTS = [
  ['data: strings (both languages), file templates, tables', /^data segment/],
  ['serde_json', /serde_json::/],
  ['serde derives: reading (links, saved library, files, worker answers)', /serde_core::de::|Deserialize|Visitor/],
  ['serde derives: writing', /serde_core::ser::|Serialize/],
  ['postcard, base64 (links, worker jobs)', /postcard::|base64::/],
  ['app views: component bodies (html!), every screen', /CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view|quota_planner::components::/],
  ['app state: reducer, input, history, scenarios', /quota_planner::state::/],
  ['app: session, platform (storage, link, worker, files), i18n code', /quota_planner::/],
  ['engine: files (CSV, XLSX, DOCX, scenario JSON)', /quota_engine::(import|xlsx|zip|export|docx|csv|file)\b|miniz_oxide::/],
  ['engine: saved library', /quota_engine::library::/],
  ['engine: monthly loop, returns, worker jobs', /quota_engine::(simulate|returns|jobs)::/],
  ['engine: departments × districts', /quota_engine::matrix::/],
  ['engine: plan, apportionment, edits, links', /quota_engine::/],
  ['Yew runtime', /yew::|implicit_clone::/],
  ['wasm-bindgen, web-sys, js-sys, gloo', /wasm_bindgen|web_sys::|js_sys::|gloo|__wbg|__wbindgen|externref/],
  ['Rust formatting', /core::fmt::|alloc::fmt::|fmt::Display|fmt::Debug|float_to_decimal|pad_formatted/],
  ['Rust std: collections, allocation, sorting, iterators', /core::|alloc::|std::|dlmalloc|hashbrown|indexmap|__rust|rustc\[/],
];
const OTHER = 'other: inlined or unnamed functions, tables, imports, exports';

// twiggy's CSV: Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent
const rows = readFileSync(csvFile, 'utf8').trim().split('\n').slice(1).map((line) => {
  const match = line.match(/^(".*"|[^,]*),(\d+),/);
  return match ? { name: match[1].replace(/^"|"$/g, '').replaceAll('""', '"'), size: Number(match[2]) } : null;
}).filter(Boolean).filter((row) => !/function names|subsection|custom section|producers/.test(row.name));

const totals = new Map([...PARTS.map(([part]) => [part, 0]), [OTHER, 0]]);
for (const { name, size } of rows) {
  const part = PARTS.find(([, pattern]) => pattern.test(name))?.[0] ?? OTHER;
  totals.set(part, totals.get(part) + size);
}
const raw = [...totals.values()].reduce((a, b) => a + b, 0);
const wasm = readFileSync(shipped);
const gz = gzipSync(wasm, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

const lines = [
  `Page WebAssembly as shipped: ${kb(wasm.length)} KB raw, ${kb(gz)} KB gz. By part (twiggy on the same`,
  'build with names kept; gz shared out pro rata, so a part\'s gz is an estimate):',
  '',
  '| part | raw KB | share | ≈ gz KB |',
  '|---|---:|---:|---:|',
  ...[...totals].filter(([, size]) => size > 0).sort((a, b) => b[1] - a[1]).map(([part, size]) =>
    `| ${part} | ${kb(size)} | ${((100 * size) / raw).toFixed(1)} % | ${kb((gz * size) / raw)} |`),
  '',
];
const table = lines.join('\n');
writeFileSync('target/bytes.md', table);
console.log(table);
