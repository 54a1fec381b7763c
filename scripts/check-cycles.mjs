#!/usr/bin/env node
// Module cycles in the engine (crates/engine/src) and the app (src/): no file may import one
// that imports it back (docs: /work/shared/STYLE.md, "No module cycles").
//
//   node scripts/check-cycles.mjs              check both crates; exit 1 and print each cycle
//   node scripts/check-cycles.mjs DIR [NAME]   check one crate's source folder
//   node scripts/check-cycles.mjs --self-test  check scripts/fixtures/cycles/, expect its cycle
//   node scripts/check-cycles.mjs --edges [DIR] print the graph the check sees
//
// How it reads a crate, with no dependency (no rustc, no syn):
// - Each .rs file is one module: lib.rs/main.rs the root, a/mod.rs and a.rs `a`, a/b.rs `a::b`.
//   Files declared `#[cfg(test)] mod x;`, files named tests.rs and `#[cfg(test)]` items are
//   left out: tests may reach anywhere.
// - Comments, strings and char literals are blanked first, so a path in a doc comment is no edge.
// - A file refers to a module through its `use` declarations and the paths in its code that start
//   with `crate::`, `super::`, `self::`, a child module's name or a name a `use` brought in as a
//   module (`use crate::simulate::forecast;` then `forecast::run`). A path is resolved to the file
//   that defines its item: `crate::simulate::Actuals`, where simulate/mod.rs says
//   `pub use actuals::Actuals`, is an edge to simulate::actuals, not to simulate.
// - Cycles are counted between siblings, as the layers are: an edge from a file under `a` to a
//   file under `b`, where `a` and `b` share a parent, is an edge a -> b (so workspace/settings.rs
//   using bounds.rs is workspace -> bounds). Edges between a module and its own ancestors or
//   descendants join no two siblings: a parent declares its children (`mod x;`), re-exports
//   them and may call them, and a child may use what its parent defines; that is ownership, not
//   a cycle.
// - A cycle is a strongly connected set of siblings; each is printed as its shortest loops,
//   `a -> b -> a`, with the file edges that make each step. Exit 1 when there is any.
// - A .rs file no `mod` declaration reaches is reported (tests.rs aside), not read.

import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");

// ---- Lexing: blank comments, strings and chars, keep offsets and newlines. ----------------

function blank(src) {
  const out = src.split("");
  const n = src.length;
  const wipe = (a, b) => {
    for (let k = a; k < b && k < n; k++) if (out[k] !== "\n") out[k] = " ";
  };
  let i = 0;
  while (i < n) {
    const c = src[i];
    const d = src[i + 1];
    if (c === "/" && d === "/") {
      let j = src.indexOf("\n", i);
      if (j < 0) j = n;
      wipe(i, j);
      i = j;
    } else if (c === "/" && d === "*") {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (src[j] === "/" && src[j + 1] === "*") (depth++, (j += 2));
        else if (src[j] === "*" && src[j + 1] === "/") (depth--, (j += 2));
        else j++;
      }
      wipe(i, j);
      i = j;
    } else if (
      (c === "r" || (c === "b" && d === "r")) &&
      /^(b?r)(#*)"/.test(src.slice(i, i + 260)) &&
      !/[A-Za-z0-9_]/.test(src[i - 1] ?? "")
    ) {
      const m = /^(b?r)(#*)"/.exec(src.slice(i, i + 260));
      const close = '"' + m[2];
      let j = src.indexOf(close, i + m[0].length);
      j = j < 0 ? n : j + close.length;
      wipe(i, j);
      i = j;
    } else if (c === '"' || (c === "b" && d === '"' && !/[A-Za-z0-9_]/.test(src[i - 1] ?? ""))) {
      let j = c === "b" ? i + 2 : i + 1;
      while (j < n && src[j] !== '"') j += src[j] === "\\" ? 2 : 1;
      wipe(i, j + 1);
      i = j + 1;
    } else if (c === "'") {
      // A char literal ('a', '\n', '\u{4e07}', '万') or a lifetime ('a, 'static).
      if (d === "\\") {
        const j = src.indexOf("'", i + 3);
        wipe(i, j + 1);
        i = j + 1;
      } else {
        const cp = src.codePointAt(i + 1);
        const w = cp > 0xffff ? 2 : 1;
        if (src[i + 1 + w] === "'") {
          wipe(i, i + 2 + w);
          i = i + 2 + w;
        } else i++;
      }
    } else i++;
  }
  return out.join("");
}

// The end of the item starting at `from`: its first `;` or its balanced `{ }`, whichever ends it.
function itemEnd(text, from) {
  let depth = 0;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === ";" && depth === 0) return j + 1;
    else if (c === "{" && depth === 0) {
      let b = 0;
      for (let k = j; k < text.length; k++) {
        if (text[k] === "{") b++;
        else if (text[k] === "}" && --b === 0) return k + 1;
      }
      return text.length;
    }
  }
  return text.length;
}

// Blank every `#[cfg(test)]` item; return the names of test modules declared as files.
function dropTests(text) {
  const testFiles = new Set();
  const re = /#\s*\[\s*cfg\s*\(\s*test\s*\)\s*\]/g;
  let m;
  let out = text;
  while ((m = re.exec(out))) {
    let start = m.index + m[0].length;
    // Further attributes on the same item.
    for (;;) {
      const a = /^\s*#\s*\[/.exec(out.slice(start));
      if (!a) break;
      let k = start + a[0].length - 1;
      for (let depth = 0; k < out.length; k++) {
        if (out[k] === "[") depth++;
        else if (out[k] === "]" && --depth === 0) break;
      }
      start = k + 1;
    }
    const decl = /^\s*(?:pub(?:\s*\([^)]*\))?\s+)?mod\s+([A-Za-z_][A-Za-z0-9_]*)\s*;/.exec(out.slice(start));
    if (decl) testFiles.add(decl[1]);
    const end = itemEnd(out, start);
    out = out.slice(0, m.index) + out.slice(m.index, end).replace(/[^\n]/g, " ") + out.slice(end);
    re.lastIndex = end;
  }
  return { text: out, testFiles };
}

// ---- `use` trees. ------------------------------------------------------------------------

function tokens(s) {
  return s.match(/::|[A-Za-z_][A-Za-z0-9_]*|[{},*;]|\S/g) ?? [];
}

// Leaves of a use tree: { path: [segments], alias: name | null, glob: bool }.
function useLeaves(body) {
  const t = tokens(body);
  let p = 0;
  const leaves = [];
  function tree(prefix) {
    const path = [...prefix];
    if (t[p] === "::") p++;
    for (;;) {
      const tok = t[p];
      if (tok === "{") {
        p++;
        while (t[p] !== "}" && p < t.length) {
          tree(path);
          if (t[p] === ",") p++;
        }
        p++;
        return;
      }
      if (tok === "*") {
        p++;
        leaves.push({ path, alias: null, glob: true });
        return;
      }
      if (tok === undefined || !/^[A-Za-z_]/.test(tok)) return;
      p++;
      if (tok === "self" && path.length > 0 && t[p] !== "::") {
        let alias = path[path.length - 1];
        if (t[p] === "as") (p++, (alias = t[p++]));
        leaves.push({ path, alias, glob: false });
        return;
      }
      path.push(tok);
      if (t[p] === "::") {
        p++;
        continue;
      }
      let alias = tok;
      if (t[p] === "as") (p++, (alias = t[p++]));
      leaves.push({ path, alias, glob: false });
      return;
    }
  }
  tree([]);
  return leaves;
}

// ---- A crate. ----------------------------------------------------------------------------

// Modules: logical path "a::b" (root ""), each with its file, children and `pub use`s.
function readCrate(dir) {
  const modules = new Map();
  const reached = new Set();
  function add(path, file, parent) {
    const m = { file, children: new Map(), reexports: [], uses: [], refs: [] };
    modules.set(path, m);
    if (parent !== null) modules.get(parent).children.set(path.split("::").pop(), path);
    return m;
  }
  const join2 = (a, b) => (a === "" ? b : `${a}::${b}`);

  function loadFile(file, path, parent) {
    const raw = readFileSync(file, "utf8");
    const { text, testFiles } = dropTests(blank(raw));
    add(path, file, parent);
    reached.add(file);
    // Inline modules, with the logical path at each offset.
    const spans = [];
    const inl = /\bmod\s+([A-Za-z_][A-Za-z0-9_]*)\s*\{/g;
    let m;
    const stack = [];
    while ((m = inl.exec(text))) {
      const open = m.index + m[0].length - 1;
      const end = itemEnd(text, open);
      while (stack.length && stack[stack.length - 1].end <= m.index) stack.pop();
      const parentPath = stack.length ? stack[stack.length - 1].path : path;
      const p = join2(parentPath, m[1]);
      add(p, file, parentPath);
      const span = { start: open, end, path: p };
      spans.push(span);
      stack.push(span);
    }
    const at = (off) => {
      let best = path;
      let len = -1;
      for (const s of spans)
        if (s.start <= off && off < s.end && s.end - s.start < (len < 0 ? Infinity : len))
          (best = s.path), (len = s.end - s.start);
      return best;
    };
    // Uses.
    const use = /\b(pub(?:\s*\([^)]*\))?\s+)?use\s+([^;]*);/g;
    while ((m = use.exec(text))) {
      const owner = modules.get(at(m.index));
      for (const leaf of useLeaves(m[2])) {
        owner.uses.push(leaf);
        if (m[1]) owner.reexports.push(leaf);
      }
    }
    // Paths in code (outside use declarations).
    // Visibility paths (`pub(in crate::a)`) name where an item may be seen, not a use.
    const code = text
      .replace(/\b(pub(?:\s*\([^)]*\))?\s+)?use\s+[^;]*;/g, (s) => s.replace(/[^\n]/g, " "))
      .replace(/\bpub\s*\(\s*in\s+[^)]*\)/g, (s) => s.replace(/[^\n]/g, " "));
    const ref = /(?<![\w:$])([A-Za-z_][A-Za-z0-9_]*)((?:\s*::\s*[A-Za-z_][A-Za-z0-9_]*)+)/g;
    while ((m = ref.exec(code))) {
      const segs = [m[1], ...m[2].split("::").map((s) => s.trim()).filter(Boolean)];
      modules.get(at(m.index)).refs.push(segs);
    }
    // Child files.
    const decl = /\bmod\s+([A-Za-z_][A-Za-z0-9_]*)\s*;/g;
    const base = /(^|\/)(mod|lib|main)\.rs$/.test(file) ? dirname(file) : file.replace(/\.rs$/, "");
    while ((m = decl.exec(text))) {
      const name = m[1];
      const owner = at(m.index);
      const sub = owner === path ? base : join(base, ...owner.slice(path.length).split("::").filter(Boolean));
      const a = join(sub, `${name}.rs`);
      const b = join(sub, name, "mod.rs");
      const f = existsSync(a) ? a : existsSync(b) ? b : null;
      if (!f) continue;
      if (testFiles.has(name) || name === "tests") reached.add(f);
      else loadFile(f, join2(owner, name), owner);
    }
  }
  const rootFile = existsSync(join(dir, "lib.rs")) ? join(dir, "lib.rs") : join(dir, "main.rs");
  loadFile(rootFile, "", null);
  // Every other .rs file: none should be left, or the graph misses it (tests.rs aside). A
  // main.rs beside lib.rs is the binary's root, a crate of its own that reaches the library
  // only by its public paths: no cycle can pass through it.
  if (rootFile.endsWith("lib.rs")) reached.add(join(dir, "main.rs"));
  const unreached = [];
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const f = join(d, entry);
      if (statSync(f).isDirectory()) walk(f);
      else if (f.endsWith(".rs") && !reached.has(f) && entry !== "tests.rs") unreached.push(f);
    }
  };
  walk(dir);
  return { modules, unreached };
}

function analyse(dir) {
  const { modules, unreached } = readCrate(dir);
  const parentOf = (p) => (p === "" ? null : p.includes("::") ? p.slice(0, p.lastIndexOf("::")) : "");
  // The file module holding logical module p (an inline module belongs to its file).
  const fileOf = (p) => {
    let q = p;
    while (q !== "" && modules.get(parentOf(q)).file === modules.get(q).file) q = parentOf(q);
    return q;
  };
  // Names a module's `use`s bring in as modules: name -> module path.
  const aliases = new Map();
  const resolving = new Set();

  // The module a path's first segment starts from, seen from module `from`.
  function start(segs, from) {
    let cur = from;
    let i = 0;
    if (segs[0] === "crate") return { cur: "", i: 1 };
    if (segs[0] === "self") return { cur, i: 1 };
    while (segs[i] === "super") {
      cur = parentOf(cur);
      if (cur === null) return null;
      i++;
    }
    if (i > 0) return { cur, i };
    const m = modules.get(from);
    if (m.children.has(segs[0])) return { cur: m.children.get(segs[0]), i: 1 };
    const al = aliasesOf(from);
    if (al.has(segs[0])) return { cur: al.get(segs[0]), i: 1 };
    return null;
  }

  // The defining module of segs (seen from `from`), and whether it names a module itself.
  function resolvePath(segs, from, depth = 0) {
    const s = start(segs, from);
    if (!s || depth > 20) return null;
    let { cur, i } = s;
    for (; i < segs.length; i++) {
      const m = modules.get(cur);
      const name = segs[i];
      if (m.children.has(name)) {
        cur = m.children.get(name);
        continue;
      }
      const re = m.reexports.find((u) => !u.glob && u.alias === name);
      if (re) {
        const key = `${cur}|${name}`;
        if (resolving.has(key)) return { module: cur, isModule: false };
        resolving.add(key);
        const r = resolvePath([...re.path, ...segs.slice(i + 1)], cur, depth + 1);
        resolving.delete(key);
        return r ?? { module: cur, isModule: false };
      }
      return { module: cur, isModule: false };
    }
    return { module: cur, isModule: true };
  }

  function aliasesOf(path) {
    if (aliases.has(path)) return aliases.get(path);
    const al = new Map();
    aliases.set(path, al); // Guards recursion; filled below.
    for (const u of modules.get(path).uses) {
      if (u.glob) continue;
      const r = resolvePath(u.path, path);
      if (r && r.isModule) al.set(u.alias, r.module);
    }
    return al;
  }

  // A file's edges, lifted to the siblings that hold each end: an edge from a file under `a` to
  // one under `b`, where a and b share a parent, is an edge a -> b. Edges to a descendant are
  // ownership and not counted; an edge to an ancestor joins no two siblings.
  const isAncestor = (a, b) => a === "" || b.startsWith(`${a}::`);
  const below = (a, b) => {
    // The child of LCA(a, b) on a's side and on b's side.
    const x = a.split("::");
    const y = b.split("::");
    let k = 0;
    while (k < x.length && k < y.length && x[k] === y[k]) k++;
    return [x.slice(0, k + 1).join("::"), y.slice(0, k + 1).join("::")];
  };
  const edges = new Map();
  for (const p of modules.keys()) if (fileOf(p) === p) edges.set(p, new Map());
  const addEdge = (from, to) => {
    const a = fileOf(from);
    const b = fileOf(to);
    if (a === b || isAncestor(a, b) || isAncestor(b, a)) return;
    const [x, y] = below(a, b);
    const via = edges.get(x);
    if (!via.has(y)) via.set(y, new Set());
    via.get(y).add(`${a} -> ${b}`);
  };
  for (const [p, m] of modules) {
    for (const u of m.uses) {
      const r = resolvePath(u.path, p);
      if (!r) continue;
      if (r.isModule && !u.glob) {
        // A module brought in by name: its uses count. A name that is both a child module and
        // an item its parent re-exports (`mod sample; pub use sample::sample;`) brings both.
        const name = u.path[u.path.length - 1];
        const parent = parentOf(r.module);
        const re = parent === null ? undefined : modules.get(parent).reexports.find((x) => !x.glob && x.alias === name);
        const item = re && resolvePath(re.path, parent);
        if (item && !item.isModule) addEdge(p, item.module);
        continue;
      }
      addEdge(p, r.module);
    }
    for (const segs of m.refs) {
      const r = resolvePath(segs, p);
      if (r) addEdge(p, r.module);
    }
  }
  return { modules: [...edges.keys()], edges, unreached };
}

// ---- Cycles. -----------------------------------------------------------------------------

function components(nodes, edges) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const on = new Set();
  const stack = [];
  const out = [];
  function strong(v) {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v).keys()) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const c = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        c.push(w);
      } while (w !== v);
      if (c.length > 1) out.push(c);
    }
  }
  for (const v of [...nodes].sort()) if (!idx.has(v)) strong(v);
  return out;
}

// The shortest loop through each member of a component, each loop once.
function loops(component, edges) {
  const inside = new Set(component);
  const seen = new Set();
  const out = [];
  for (const s of [...component].sort()) {
    const prev = new Map([[s, null]]);
    const queue = [s];
    let found = null;
    while (queue.length && !found) {
      const v = queue.shift();
      for (const w of [...edges.get(v).keys()].sort()) {
        if (!inside.has(w)) continue;
        if (w === s) {
          found = v;
          break;
        }
        if (!prev.has(w)) (prev.set(w, v), queue.push(w));
      }
    }
    if (found === null) continue;
    const path = [];
    for (let v = found; v !== null; v = prev.get(v)) path.unshift(v);
    // Canonical rotation: start at the smallest name.
    const k = path.indexOf([...path].sort()[0]);
    const rot = [...path.slice(k), ...path.slice(0, k)];
    const key = rot.join(" ");
    if (!seen.has(key)) (seen.add(key), out.push(rot));
  }
  return out;
}

function check(dir, name) {
  const { modules, edges, unreached } = analyse(dir);
  for (const f of unreached) console.error(`note: ${relative(root, f)} is no module of ${name}: not read`);
  const show = (p) => (p === "" ? name : `${name}::${p}`);
  const found = [];
  for (const c of components(modules, edges))
    for (const l of loops(c, edges)) {
      const ring = [...l, l[0]];
      const via = [];
      for (let k = 0; k + 1 < ring.length; k++)
        via.push([...edges.get(ring[k]).get(ring[k + 1])].sort().slice(0, 3).join(", "));
      found.push({ cycle: ring.map(show).join(" -> "), via: via.join("; ") });
    }
  found.sort((a, b) => (a.cycle < b.cycle ? -1 : 1));
  return { count: modules.length, cycles: found };
}

// ---- Main. -------------------------------------------------------------------------------

const args = process.argv.slice(2);
if (args[0] === "--self-test") {
  const dir = join(here, "fixtures", "cycles", "src");
  const { count, cycles } = check(dir, "fixture");
  const got = cycles.map((c) => c.cycle);
  const want = ["fixture::a -> fixture::b -> fixture::a"];
  console.log(`self-test: ${count} modules; cycles: ${got.length ? got.join("; ") : "none"}`);
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    console.error(`self-test FAILED: expected exactly ${want.join("; ")}`);
    process.exit(1);
  }
  console.log("self-test: ok");
  process.exit(0);
}

if (args[0] === "--edges") {
  // The lifted graph of one crate, for a look at what the checker sees.
  const { edges } = analyse(resolve(args[1] ?? join(root, "crates", "engine", "src")));
  for (const [a, to] of [...edges].sort())
    for (const [b, via] of [...to].sort()) console.log(`${a || "crate"} -> ${b}   (${[...via].join(", ")})`);
  process.exit(0);
}

const crates = args.length
  ? [[resolve(args[0]), args[1] ?? "crate"]]
  : [
      [join(root, "crates", "engine", "src"), "quota_engine"],
      [join(root, "src"), "quota_planner"],
    ];
let total = 0;
let failed = false;
for (const [dir, name] of crates) {
  const { count, cycles } = check(dir, name);
  total += count;
  if (!cycles.length) continue;
  failed = true;
  console.log(`${relative(root, dir) || dir}: ${cycles.length} cycle(s) in ${count} modules`);
  for (const c of cycles) console.log(`  ${c.cycle}\n      (${c.via})`);
}
if (failed) process.exit(1);
const what = args.length ? args[1] ?? args[0] : "engine and app";
console.log(`cycles: none in ${total} modules (${what})`);
