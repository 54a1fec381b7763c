// Starts the app. An external file, not Trunk's inline script, so the page runs under a strict
// Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`) with no 'unsafe-inline'.
// check.js has run first: where it found that this browser cannot run the app it has said why,
// and there is nothing to start; a browser that cannot compile the app's WebAssembly after all
// gets the same message, not a blank page. Plain ES2017 syntax (no `??` or `?.`): the oldest
// engines of the build's floor (Chromium 75) must parse this module to show anything.
import init from './quota-planner.js';

const unsupported = window.quotaPlannerUnsupported || (() => {});
const blocked = window.quotaPlannerBlocked ? window.quotaPlannerBlocked() : null;
if (blocked) {
  // check.js has shown why.
} else if (typeof WebAssembly === 'object') {
  init({ module_or_path: new URL('./quota-planner_bg.wasm', import.meta.url) }).catch((err) => {
    if (err instanceof WebAssembly.CompileError || err instanceof WebAssembly.LinkError) {
      unsupported('features');
    } else {
      throw err;
    }
  });
} else {
  unsupported('off');
}
