// The background worker's start, and its stand-in on the page.
//
// In a worker: loads the worker's WebAssembly (a classic worker, so every browser the app
// supports can run it; same-origin files only, so it loads under the app's strict
// Content-Security-Policy `script-src 'self' 'wasm-unsafe-eval'`). Jobs that arrive while the
// WebAssembly is still loading are kept and handed over once it runs; if it cannot run, the page
// is told and loads the same WebAssembly itself.
//
// On the page (where no worker could start), after quota-worker.js: hands the page its
// functions, which a classic script keeps out of the page's reach otherwise.
if (typeof importScripts === 'function') {
  importScripts('./quota-worker.js');
  const early = [];
  self.onmessage = (event) => early.push(event);
  wasm_bindgen({ module_or_path: './quota-worker_bg.wasm' })
    .then(() => {
      // The worker's main() has installed its own handler: hand it what came early.
      for (const event of early) self.onmessage(event);
    })
    .catch(() => self.postMessage('unavailable'));
} else {
  window.quotaWorker = wasm_bindgen;
}
