#!/usr/bin/env bash
# Installs everything building and testing Quota Planner needs, and skips whatever is already
# present at the pinned version, so a warm machine passes through in seconds. A fresh machine
# compiles Trunk and wasm-bindgen-cli (~15 minutes on 2 cores).
#
#   scripts/setup.sh          toolchain, Trunk, wasm-bindgen-cli, npm packages (wasm-opt)
#   scripts/setup.sh browser  the same, plus Debian's Chromium and chromedriver for the tests, and
#                             the old browsers of the reach walk (scripts/setup-old-browsers.sh)
#   scripts/setup.sh bytes    the same, plus twiggy (where the wasm's bytes are: `make bytes`)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
TWIGGY_VERSION=0.8.0
# wasm-bindgen-cli must match Cargo.lock's wasm-bindgen to the patch version.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
: "${WASM_BINDGEN_VERSION:?could not read the wasm-bindgen version from Cargo.lock}"

say() { printf 'setup: %s\n' "$*"; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION present"
else
  say "installing trunk $TRUNK_VERSION (about 8 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# Without --locked: one locked dependency of wasm-bindgen-cli is missing from the registry here.
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] &&
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION present"
else
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages: Playwright (no browser download), binaryen@132 (whose wasm-opt Trunk uses),
# axe-core (accessibility checks) and mammoth (an independent DOCX reader for the tests).
stamp=e2e/node_modules/.installed-lock.json
if [ -f "$stamp" ] && cmp -s e2e/package-lock.json "$stamp"; then
  say "npm packages present"
else
  say "installing npm packages"
  (cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  cp e2e/package-lock.json "$stamp"
fi

if [ "${1:-}" = browser ]; then
  # fonts-noto-cjk: without a CJK font, screenshots of the Chinese interface show boxes.
  # poppler-utils: pdftotext and pdftoppm read the printed PDFs back (e2e/tests/print.spec.js).
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && dpkg -s fonts-noto-cjk >/dev/null 2>&1 &&
    dpkg -s poppler-utils >/dev/null 2>&1; then
    say "chromium, chromedriver, CJK fonts and poppler-utils present"
  else
    say "installing Debian's chromium, chromium-driver, fonts-noto-cjk and poppler-utils"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q chromium chromium-driver fonts-noto-cjk poppler-utils
  fi
  # The old-browser walk's browsers: Chromium 75, 81 and 86 from npm packages, Firefox ESR.
  scripts/setup-old-browsers.sh
fi

if [ "${1:-}" = bytes ]; then
  # It calls itself twiggy-opt.
  if [[ "$(twiggy --version 2>/dev/null)" == *" $TWIGGY_VERSION" ]]; then
    say "twiggy $TWIGGY_VERSION present"
  else
    say "installing twiggy $TWIGGY_VERSION (about 1 minute)"
    cargo install --locked twiggy --version "$TWIGGY_VERSION"
  fi
fi
