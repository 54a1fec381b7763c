// Starts the baseline page the same way loader.js starts the app (an external module script).
import init from './bench-hello.js';

init({ module_or_path: new URL('./bench-hello_bg.wasm', import.meta.url) });
