// `make bench`: page timings of the release build (dist/) against a bare Yew page built with the
// same profile (bench/dist/hello/), in Debian's Chromium. Not part of `make test`.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.js';

export const APP = 4180;
export const HELLO = 4181;

export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: /\.bench\.js$/,
  timeout: 180_000,
  fullyParallel: false,
  workers: 1,
  projects: [{ name: 'bench' }],
  use: { ...base.use, baseURL: `http://127.0.0.1:${APP}/` },
  webServer: [
    { command: `node serve.mjs ../dist ${APP}`, url: `http://127.0.0.1:${APP}/`, reuseExistingServer: false },
    { command: `node serve.mjs ../bench/dist/hello ${HELLO}`, url: `http://127.0.0.1:${HELLO}/`, reuseExistingServer: false },
  ],
});
