#!/usr/bin/env bash
# Prints the gzip sizes of a built app: `bundle: wasm 52.1 KB gz, js 5.9 KB gz, css 1.2 KB gz`.
# Usage: scripts/bundle-size.sh [dist-dir]
set -euo pipefail
dist=${1:-dist}
gz() { cat "$@" 2>/dev/null | gzip -9 | wc -c; }
raw() { cat "$@" 2>/dev/null | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
shopt -s nullglob
wasm=("$dist"/*.wasm) js=("$dist"/*.js) css=("$dist"/*.css)
[ ${#wasm[@]} -gt 0 ] || { echo "bundle: no wasm in $dist" >&2; exit 1; }
total=$(($(gz "${wasm[@]}") + $(gz "${js[@]}") + $(gz "${css[@]}")))
echo "bundle: wasm $(kb "$(gz "${wasm[@]}")") gz ($(kb "$(raw "${wasm[@]}")") raw)," \
  "js $(kb "$(gz "${js[@]}")") gz, css $(kb "$(gz "${css[@]}")") gz; total $(kb "$total") gz"
