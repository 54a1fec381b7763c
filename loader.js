// Starts the app. An external file, not Trunk's inline script, so the page runs under a strict
// Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`) with no 'unsafe-inline'.
import init from './quota-planner.js';

init({ module_or_path: new URL('./quota-planner_bg.wasm', import.meta.url) });
