// Loads the app. A file (not an inline script) so the Content-Security-Policy can forbid
// inline scripts. The app's files have content-hashed names (Trunk.toml: filehash), which
// trunk writes into index.html as preload links; this loader reads them from there. So a
// page can only ever start the JS glue and the wasm of one and the same build, and the
// downloads start with the HTML, before this script runs.
// The colour theme chosen in the header, shown before the app starts so a reload never
// flashes the other theme. Same key and values as src/components/theme.rs (THEME_KEY);
// anything else (absent, garbage, storage disabled) follows the system's preference.
try {
  const theme = localStorage.getItem("waveTheme");
  if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
} catch (_) {
  // Storage disabled: the stylesheet follows prefers-color-scheme.
}
const status = () => document.getElementById("boot-status");
try {
  const js = document.querySelector('link[data-wave="js"]')?.href;
  const wasm = document.querySelector('link[data-wave="wasm"]')?.href;
  if (!js || !wasm) throw new Error("index.html names no app files");
  const { default: init } = await import(js);
  // The benchmark reads wasm linear memory through this handle.
  window.waveWasm = await init({ module_or_path: wasm });
} catch (error) {
  // Say so instead of "Loading…" forever (an old browser, a broken or interrupted download).
  const el = status();
  if (el) {
    el.setAttribute("role", "alert");
    el.textContent = "Wave Console could not start. Check your connection and reload the page; if it keeps happening, try an up-to-date Chrome, Firefox, Safari or Edge.";
  }
  throw error;
}
