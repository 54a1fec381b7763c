// Starts the app. An external file, not Trunk's inline script, so the page runs under a strict
// Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`) with no 'unsafe-inline'.
// check.js has run first: without WebAssembly it has said so and there is nothing to start; a
// browser that cannot compile the app's WebAssembly gets the same message, not a blank page.
import init from './quota-planner.js';

const unsupported = window.quotaPlannerUnsupported ?? (() => {});
if (typeof WebAssembly === 'object') {
  init({ module_or_path: new URL('./quota-planner_bg.wasm', import.meta.url) }).catch((err) => {
    if (err instanceof WebAssembly.CompileError || err instanceof WebAssembly.LinkError) {
      unsupported('features');
    } else {
      throw err;
    }
  });
} else {
  unsupported('wasm');
}
