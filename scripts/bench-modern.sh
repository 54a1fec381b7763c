#!/usr/bin/env bash
# For `make bench`: the page's WebAssembly built as rustc builds wasm32 by default (reference
# types and multi-value on: Chromium 96), beside dist/'s build at the floor (.cargo/config.toml:
# Chromium 75), so the table shows what the lower floor costs in bytes. Writes
# target/modern/quota-planner_bg.wasm; its own target directory keeps dist/'s build untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/modern
# An empty RUSTFLAGS replaces .cargo/config.toml's flags: rustc's and the linker's defaults.
RUSTFLAGS='' CARGO_TARGET_DIR=$out cargo build -q --release --target wasm32-unknown-unknown --bin quota-planner
wasm-bindgen --target web --no-typescript --out-dir "$out/bindgen" --out-name quota-planner \
  "$out/wasm32-unknown-unknown/release/quota-planner.wasm"
e2e/node_modules/binaryen/bin/wasm-opt -Oz --mvp-features --enable-mutable-globals --enable-sign-ext \
  --enable-nontrapping-float-to-int --enable-bulk-memory --enable-multivalue --enable-reference-types \
  "$out/bindgen/quota-planner_bg.wasm" -o "$out/quota-planner_bg.wasm"
