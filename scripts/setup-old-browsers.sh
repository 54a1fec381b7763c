#!/usr/bin/env bash
# Sets up the old-browser walk (e2e/old-browsers/): Debian's Firefox ESR, the npm packages of
# e2e/old-browsers/package-lock.json (the headless Chromium 75, 81 and 86 that chrome-aws-lambda
# ships, and the puppeteer-core of each one's day beside a current one for Firefox), and each
# Chromium decompressed into e2e/old-browsers/.browsers/chromium-NN/. Anything already present
# at the pinned version is skipped; nothing is downloaded but Debian and npm packages.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/e2e/old-browsers"

# Debian: Firefox ESR, and the three libraries the Chromium builds link against (Debian's
# firefox-esr bundles its own NSS, so it does not bring them).
apt_packages=(firefox-esr libnss3 libnspr4 libexpat1)
missing=()
for pkg in "${apt_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "old browsers: installing ${missing[*]} (apt)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # The package lists of a fresh machine are empty: fetch them once, then install.
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"; then
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi
echo "old browsers: $(/usr/bin/firefox-esr --version 2>/dev/null || echo 'firefox-esr missing')"

# npm: exactly the lock file, no install script (none of the packages needs one, and old
# puppeteer-core's would try to download a browser), no browser download.
export PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1
lock_sum="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
stamp="$dir/node_modules/.installed-lock-sha256"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
  echo "old browsers: npm ci in e2e/old-browsers"
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund)
  echo "$lock_sum" >"$stamp"
fi

# Each Chromium, decompressed (brotli) next to a stamp of the package version it came from.
inflate() { # <alias package> <folder name>
  local pkg="$1" name="$2"
  local pkgdir="$dir/node_modules/$pkg"
  local version
  version="$(node -p "require('$pkgdir/package.json').version")"
  local out="$dir/.browsers/$name"
  if [ -x "$out/chromium" ] && [ "$(cat "$out/VERSION" 2>/dev/null)" = "chrome-aws-lambda@$version" ]; then
    return
  fi
  local source
  source="$(ls "$pkgdir"/bin/chromium*.br | head -n1)"
  echo "old browsers: decompressing $pkg (chrome-aws-lambda@$version) into .browsers/$name"
  rm -rf "$out" "$out.tmp"
  mkdir -p "$out.tmp"
  node -e '
    const fs = require("fs"), zlib = require("zlib");
    const [from, to] = process.argv.slice(1);
    fs.writeFileSync(to, zlib.brotliDecompressSync(fs.readFileSync(from)), { mode: 0o755 });
  ' "$source" "$out.tmp/chromium"
  echo "chrome-aws-lambda@$version" >"$out.tmp/VERSION"
  mv "$out.tmp" "$out"
}
inflate chrome-aws-lambda-75 chromium-75
inflate chrome-aws-lambda-81 chromium-81
inflate chrome-aws-lambda-86 chromium-86
echo "old browsers: ready ($(cat "$dir"/.browsers/chromium-*/VERSION | tr '\n' ' '))"
