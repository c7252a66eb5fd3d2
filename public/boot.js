// Loads the app. A file (not an inline script) so the Content-Security-Policy can forbid
// inline scripts; trunk's own loader injection is switched off in Trunk.toml.
import init from "/wave-console.js";
// The benchmark reads wasm linear memory through this handle.
window.waveWasm = await init({ module_or_path: "/wave-console_bg.wasm" });
