// Starts the background worker (a classic worker: no module workers needed, so it runs in every
// browser the app supports). Same-origin files only, so it loads under the app's strict
// Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`). Jobs that arrive while the
// WebAssembly is still loading are kept and handed over once it runs; if it cannot run, the page
// is told and works the forecast out itself.
importScripts('./quota-worker.js');

const early = [];
self.onmessage = (event) => early.push(event);
wasm_bindgen({ module_or_path: './quota-worker_bg.wasm' })
  .then(() => {
    // The worker's main() has installed its own handler: hand it what came early.
    for (const event of early) self.onmessage(event);
  })
  .catch(() => self.postMessage('unavailable'));
