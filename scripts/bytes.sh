#!/usr/bin/env bash
# `make bytes`: where the page's WebAssembly bytes are. Builds the page's wasm again with its
# names kept (the same cargo build Trunk makes, then wasm-bindgen and wasm-opt -Oz -g), lists
# every function and data segment with twiggy and groups them (scripts/bytes.mjs). Needs a
# release build in dist/ (`make build`) for the shipped size.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh bytes
[ -f dist/quota-planner_bg.wasm ] || { echo "bytes: no dist/quota-planner_bg.wasm; run make build" >&2; exit 1; }
cargo build --release --offline --target wasm32-unknown-unknown --bin quota-planner
out=target/bytes
rm -rf "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  target/wasm32-unknown-unknown/release/quota-planner.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/quota-planner_bg.wasm" -o "$out/named.wasm"
twiggy top -n 1000000 -f csv "$out/named.wasm" > "$out/top.csv"
node scripts/bytes.mjs "$out/top.csv" dist/quota-planner_bg.wasm
