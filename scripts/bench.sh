#!/usr/bin/env bash
# `make bench`: release builds of the app and of the bare Yew baseline, where the app's bytes
# are (scripts/bytes.sh), the page's wasm at rustc's default features beside the floor build
# (scripts/bench-modern.sh), the engine's criterion benchmarks, the page timings in Chromium, then
# one table (scripts/bench-report.mjs) printed and appended to bench/results.md. Not part of
# `make test`.
set -euo pipefail
trunk build --release
scripts/bench-modern.sh
scripts/bytes.sh
(cd bench/hello && trunk build --release)
cargo bench -p quota-engine --benches -- --noplot
links=target/bench-links.txt
cargo test -q -p quota-engine --test codec -- --nocapture > "$links" 2>&1
(cd e2e && npx playwright test --config bench.config.js)
node scripts/bench-report.mjs "$links"
