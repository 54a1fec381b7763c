// A `page` that records console errors, page errors and every request the app makes, so each
// test can assert that nothing went wrong and nothing left this machine.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  watched: async ({ page }, use) => {
    const watched = { errors: [], requests: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') watched.errors.push(msg.text());
    });
    page.on('pageerror', (err) => watched.errors.push(String(err)));
    page.on('request', (req) => watched.requests.push(req.url()));
    await use(watched);
  },
});

/** Fails when any request left the local test server. */
export function expectOnlyLocalRequests(requests) {
  const foreign = requests.filter((url) => !url.startsWith('http://127.0.0.1:'));
  expect(foreign, 'requests that left 127.0.0.1').toEqual([]);
}

export { expect };
