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
// The language, as src/i18n/mod.rs chooses it (the header's choice under "waveLang", else the
// browser's first language the console speaks, else English): `<html lang>` and the loading
// shell's words are right before the app starts.
const german = (() => {
  let chosen = null;
  try {
    chosen = localStorage.getItem("waveLang");
  } catch (_) {
    // Storage disabled: the browser's language decides.
  }
  const tags = chosen ? [chosen] : navigator.languages?.length ? navigator.languages : [navigator.language || "en"];
  const spoken = tags.map((t) => String(t).toLowerCase().split(/[-_]/)[0]).find((t) => t === "en" || t === "de");
  return spoken === "de";
})();
if (german) {
  document.documentElement.lang = "de";
  const shell = document.getElementById("boot-status");
  if (shell) shell.textContent = "Wave Console wird geladen …";
}
// A deep link to a lazily loaded route: fetch its wasm chunks together with the main module,
// not after it has started. Which chunk each route's code is in: the routes of src/routes.rs
// (`Page::pattern`) and the chunks of src/pages/split.rs (`chunk_of`). A component test
// (tests/components/routes.rs) fails when this table differs from them; scripts/split.sh
// checks that the build made every chunk named here, and writes which files each one needs
// into #wave-chunks. The table is JSON, one route a line.
const ROUTE_CHUNKS = [
  ["/", "overview_pages"],
  ["/package-builder/create", "create_page"],
  ["/package-builder/results/:id", "results_page"],
  ["/campaigns", "campaigns_page"],
  ["/campaigns/:id/setup", "campaign_pages"],
  ["/events/:id", "campaign_pages"]
];
try {
  const files = JSON.parse(document.getElementById("wave-chunks")?.textContent || "{}");
  const parts = (path) => path.replace(/\/+$/, "").split("/").slice(1);
  const here = parts(location.pathname);
  const matches = (pattern) => {
    const route = parts(pattern);
    return route.length === here.length && route.every((s, i) => s === ":id" ? here[i] !== "" : s === here[i]);
  };
  const chunk = ROUTE_CHUNKS.find(([pattern]) => matches(pattern))?.[1];
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
    el.textContent = german
      ? "Wave Console konnte nicht starten. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu; passiert das wiederholt, verwenden Sie ein aktuelles Chrome, Firefox, Safari oder Edge."
      : "Wave Console could not start. Check your connection and reload the page; if it keeps happening, try an up-to-date Chrome, Firefox, Safari or Edge.";
  }
  throw error;
}
