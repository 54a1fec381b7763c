#!/usr/bin/env bash
# Fails when anything web-specific enters the engine's dependency tree: the engine must stay
# plain Rust, testable natively and usable outside a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(cargo tree -p quota-engine -e normal,build,dev --target all --prefix none)
if web=$(grep -E '^(yew|web-sys|js-sys|wasm-bindgen|gloo)[a-z-]* ' <<<"$tree"); then
  echo "engine: web dependencies found in quota-engine's tree:" >&2
  echo "$web" | sort -u >&2
  exit 1
fi
echo "engine: no web dependencies ($(sort -u <<<"$tree" | wc -l) crates in its tree)"
