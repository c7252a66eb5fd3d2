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
// A deep link to a lazily loaded route: fetch its wasm chunks together with the main module,
// not after it has started. The chunk for a path is the one src/pages/split.rs `preload`
// names for it (the module of its `split_page!`); scripts/split.sh writes which files each chunk needs into #wave-chunks.
try {
  const files = JSON.parse(document.getElementById("wave-chunks")?.textContent || "{}");
  const path = location.pathname.replace(/\/+$/, "").split("/").slice(1);
  const [a, b, c] = path;
  const chunk =
    path.length === 0 ? "overview_pages"
    : a === "package-builder" && b === "create" && path.length === 2 ? "create_page"
    : a === "package-builder" && b === "results" && path.length === 3 ? "results_page"
    : a === "campaigns" && path.length === 1 ? "campaign_pages"
    : a === "campaigns" && c === "setup" && path.length === 3 ? "campaign_pages"
    : a === "events" && path.length === 2 ? "campaign_pages"
    : null;
  for (const file of files[chunk] || []) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = "/" + file;
    document.head.append(link);
  }
} catch (_) {
  // No manifest (an unsplit build): the app fetches what it needs.
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
