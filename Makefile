# Quota Planner. `make serve` and `make test` set up everything they need (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TERM_COLOR := never

.PHONY: all setup setup-browser serve dev build dist test lint check-engine-deps check-cycles \
	test-native test-wasm test-e2e check-floor test-old-browsers bundle-size bytes bench clean single-file

all: test

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh browser

## Build the release app and serve it at http://127.0.0.1:8080 (the 2021 plan opens).
serve: setup
	trunk serve --release

## The same with a debug build, for a faster edit–reload loop.
dev: setup
	trunk serve

## The deployable folder dist/ (relative asset URLs: works under any sub-path).
build dist: setup
	trunk build --release
	@scripts/bundle-size.sh dist

## One self-contained HTML file (dist-single/quota-planner.html): works from file:// or as a
## mail attachment, with no request at all.
single-file: build
	node scripts/single-file.mjs dist dist-single/quota-planner.html

## Every test layer: lint, engine, browser components, end-to-end on the release build.
test: setup-browser lint check-engine-deps check-cycles test-native test-wasm single-file check-floor test-e2e test-old-browsers

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p quota-planner --all-targets --target wasm32-unknown-unknown -- -D warnings

check-engine-deps:
	@scripts/check-engine-deps.sh

## No module cycles (scripts/check-cycles.mjs): the checker on its fixture, then the engine and the app.
check-cycles:
	node scripts/check-cycles.mjs --self-test
	node scripts/check-cycles.mjs

test-native:
	cargo test --workspace

test-wasm:
	cargo test -p quota-planner --target wasm32-unknown-unknown

test-e2e:
	cd e2e && npx playwright test

## The browser floor (scripts/floor.mjs): the build's WebAssembly features, the versions and
## probes in check.js, the docs, and every built module and script of dist/ agree.
check-floor:
	node scripts/floor.mjs --check dist

## The release build in real old browsers: Chromium 75, 81 and 86 (from npm packages) and Debian's
## Firefox ESR (e2e/old-browsers/README.md).
test-old-browsers:
	node --test e2e/old-browsers/walk.test.mjs

bundle-size:
	@scripts/bundle-size.sh dist

## Where the page's WebAssembly bytes are, by part (twiggy on a build that keeps names).
bytes: build
	@scripts/bytes.sh

## Speed and size against a bare Yew baseline: bundle, first render, edits, Monte Carlo in the
## page vs native, the matrix, link lengths; appended to bench/results.md. Not part of `make test`.
bench: setup-browser
	@scripts/bench.sh

clean:
	cargo clean
	rm -rf dist dist-single e2e/test-results
