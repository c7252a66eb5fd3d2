// Loads the app. A file (not an inline script) so the Content-Security-Policy can forbid
// inline scripts; trunk's own loader injection is switched off in Trunk.toml.
import init from "/wave-console.js";
try {
  // The benchmark reads wasm linear memory through this handle.
  window.waveWasm = await init({ module_or_path: "/wave-console_bg.wasm" });
} catch (error) {
  // Say so instead of "Loading…" forever (an old browser, a broken download).
  const status = document.getElementById("boot-status");
  if (status) {
    status.setAttribute("role", "alert");
    status.textContent = "Wave Console could not start in this browser. Reload the page, or try an up-to-date Chrome, Firefox, Safari or Edge.";
  }
  throw error;
}
