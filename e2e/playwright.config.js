// Playwright runs the release build (dist/, made by `trunk build --release`) in Debian's
// Chromium: no browser is downloaded. `make test-e2e` builds dist/ first.
import { defineConfig } from '@playwright/test';

const port = 4173;

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'functional', testIgnore: /speed\.spec\.js/ },
    // Timings run last, alone and in order, so the other tests do not disturb them.
    { name: 'speed', testMatch: /speed\.spec\.js/, fullyParallel: false, dependencies: ['functional'] },
  ],
  webServer: [
    {
      command: `node serve.mjs ../dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The same build under an intranet sub-path, with a strict Content-Security-Policy.
      command: `node serve.mjs ../dist ${port + 1} /tools/quota/ strict`,
      url: `http://127.0.0.1:${port + 1}/tools/quota/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The repository root: examples/intranet.html as an intranet host page, with the app
      // beside it in /dist/ (same origin) or on the first server (another origin).
      command: `node serve.mjs .. ${port + 2}`,
      url: `http://127.0.0.1:${port + 2}/examples/intranet.html`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
