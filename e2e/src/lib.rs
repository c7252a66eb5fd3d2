//! Test support for the end-to-end suite: a static server for `dist/` with the index.html
//! fallback any SPA host needs, the browser (Chromium via chromedriver or Firefox via
//! geckodriver, env `E2E_BROWSER`), lookups by role and label, and the checks made after
//! every step: [`assert_healthy`] (no panic, no source text on screen) and [`axe_check`].

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Serves `dir` on a free loopback port; unknown paths get index.html (deep links).
pub fn serve_dist(dir: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let addr = listener.local_addr().expect("local address");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let dir = dir.clone();
            std::thread::spawn(move || serve_one(stream, &dir));
        }
    });
    format!("http://{addr}")
}

fn serve_one(mut stream: TcpStream, dir: &Path) {
    let mut line = String::new();
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    if reader.read_line(&mut line).is_err() {
        return;
    }
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).map(|n| n == 0).unwrap_or(true) || header == "\r\n" {
            break;
        }
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").split('?').next().unwrap_or("/").to_string();
    let candidate = dir.join(path.trim_start_matches('/'));
    let file =
        if path != "/" && candidate.is_file() && !path.contains("..") { candidate } else { dir.join("index.html") };
    let body = std::fs::read(&file).unwrap_or_default();
    let mime = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    };
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {mime}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// The WebDriver server of one session (chromedriver or geckodriver), started in its own
/// process group so that the browser it launched goes with it.
pub struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        // The group id is the driver's pid (process_group(0)); the browser's processes are in it.
        let _ =
            Command::new("kill").arg("-KILL").arg("--").arg(format!("-{}", self.0.id())).stderr(Stdio::null()).status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("free port")
}

/// The browser the suite drives: env `E2E_BROWSER` = `chromium` (default) or `firefox`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrowserKind {
    Chromium,
    Firefox,
}

impl BrowserKind {
    pub fn current() -> BrowserKind {
        match std::env::var("E2E_BROWSER").unwrap_or_default().trim().to_ascii_lowercase().as_str() {
            "" | "chromium" | "chrome" => BrowserKind::Chromium,
            "firefox" | "firefox-esr" | "gecko" => BrowserKind::Firefox,
            other => panic!("E2E_BROWSER={other}: use chromium or firefox"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            BrowserKind::Chromium => "chromium",
            BrowserKind::Firefox => "firefox",
        }
    }
}

/// For checks only Chromium can make (`window.gc`, `performance.memory`, …): true, with the
/// reason printed, when another browser runs the suite; the caller then skips the check.
pub fn skip_unless_chromium(what: &str) -> bool {
    let kind = BrowserKind::current();
    if kind == BrowserKind::Chromium {
        return false;
    }
    println!("skipped in {}: {what} (Chromium only)", kind.name());
    true
}

/// Starts the WebDriver server and a headless browser session (window 1280×900) that
/// downloads into `downloads`. Which browser: env `E2E_BROWSER`.
pub async fn browser(downloads: &Path) -> (Driver, Client) {
    browser_sized(downloads, 1280, 900).await
}

/// [`browser`] with another window size.
pub async fn browser_sized(downloads: &Path, width: u32, height: u32) -> (Driver, Client) {
    match BrowserKind::current() {
        BrowserKind::Chromium => chromium(downloads, width, height).await,
        BrowserKind::Firefox => firefox(downloads, width, height).await,
    }
}

fn spawn_driver(mut command: Command, what: &str) -> Driver {
    use std::os::unix::process::CommandExt;
    let child = command.stdin(Stdio::null()).process_group(0).spawn().unwrap_or_else(|e| panic!("start {what}: {e}"));
    Driver(child)
}

async fn connect_session(port: u16, caps: serde_json::Value, what: &str, patience: Duration) -> Client {
    let caps = match caps {
        serde_json::Value::Object(map) => map,
        _ => unreachable!(),
    };
    let deadline = Instant::now() + patience;
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => return client,
            Err(e) if Instant::now() > deadline => panic!("{what} did not start a session: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(250)).await,
        }
    }
}

async fn chromium(downloads: &Path, width: u32, height: u32) -> (Driver, Client) {
    let port = free_port();
    let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let mut command = Command::new(binary);
    command.arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null());
    let driver = spawn_driver(command, "chromedriver");
    let profile = tempdir("profile");
    let caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", format!("--window-size={width},{height}"), "--js-flags=--expose-gc", format!("--user-data-dir={}", profile.display())],
            "prefs": { "download.default_directory": downloads.display().to_string(), "download.prompt_for_download": false }
        }
    });
    let client = connect_session(port, caps, "chromedriver", Duration::from_secs(20)).await;
    (driver, client)
}

/// geckodriver (env `GECKODRIVER`) and headless Firefox (env `FIREFOX`, default Debian's
/// firefox-esr) in a fresh profile (geckodriver makes one per session and deletes it after).
async fn firefox(downloads: &Path, width: u32, height: u32) -> (Driver, Client) {
    let port = free_port();
    let geckodriver = std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".into());
    let firefox = std::env::var("FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into());
    let log = std::fs::File::create(tempdir("geckodriver").join("geckodriver.log")).expect("geckodriver log");
    let mut command = Command::new(geckodriver);
    command
        .args([
            "--host",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--websocket-port",
            &free_port().to_string(),
            "--binary",
            &firefox,
        ])
        .env("MOZ_HEADLESS", "1")
        .stdout(log.try_clone().expect("log"))
        .stderr(log);
    let driver = spawn_driver(command, "geckodriver");
    let caps = serde_json::json!({
        "browserName": "firefox",
        "moz:firefoxOptions": {
            "binary": firefox,
            "args": ["-headless", format!("--width={width}"), format!("--height={height}")],
            "prefs": {
                "browser.download.folderList": 2,
                "browser.download.dir": downloads.display().to_string(),
                "browser.download.useDownloadDir": true,
                "browser.helperApps.neverAsk.saveToDisk": "text/csv,text/plain,application/octet-stream",
                "browser.download.always_ask_before_handling_new_types": false,
                "browser.download.manager.showWhenStarting": false,
                "browser.download.alwaysOpenPanel": false,
                "browser.download.start_downloads_in_tmp_dir": false,
                "browser.shell.checkDefaultBrowser": false,
                "browser.aboutwelcome.enabled": false,
                "datareporting.policy.dataSubmissionEnabled": false,
                "toolkit.telemetry.reportingpolicy.firstRun": false
            }
        }
    });
    let client = connect_session(port, caps, "geckodriver", Duration::from_secs(60)).await;
    let _ = client.set_window_size(width, height).await;
    (driver, client)
}

/// Makes the page's viewport (`innerWidth` × `innerHeight`) `width` × `height`, whatever the
/// browser adds around it.
pub async fn set_viewport(c: &Client, width: u32, height: u32) {
    let (mut w, mut h) = (width, height);
    for _ in 0..3 {
        let _ = c.set_window_size(w, h).await;
        let inner = c.execute("return [window.innerWidth, window.innerHeight]", vec![]).await.unwrap_or_default();
        let (iw, ih) = (inner[0].as_i64().unwrap_or(width as i64), inner[1].as_i64().unwrap_or(height as i64));
        if iw == width as i64 && ih == height as i64 {
            return;
        }
        w = (w as i64 + width as i64 - iw).max(100) as u32;
        h = (h as i64 + height as i64 - ih).max(100) as u32;
    }
}

pub fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wave-e2e-{name}-{}-{}", std::process::id(), free_port()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// XPath string literal for any text (handles both quote kinds).
fn literal(text: &str) -> String {
    if !text.contains('\'') {
        return format!("'{text}'");
    }
    if !text.contains('"') {
        return format!("\"{text}\"");
    }
    format!("concat('{}')", text.replace('\'', "', \"'\", '"))
}

pub async fn wait_for(c: &Client, xpath: &str) -> Element {
    find_within(c, xpath, 15).await
}

/// Waits for `xpath`; on timeout fails with the visible page text, which says why.
async fn find_within(c: &Client, xpath: &str, secs: u64) -> Element {
    match c.wait().at_most(Duration::from_secs(secs)).for_element(Locator::XPath(xpath)).await {
        Ok(found) => found,
        Err(e) => {
            let text = match c.find(Locator::Css("body")).await {
                Ok(body) => body.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            let panicked = match health(c).await {
                Err(why) => format!("\n--- the app is not healthy ---\n{why}"),
                Ok(()) => String::new(),
            };
            panic!("not found: {xpath}: {e}{panicked}\n--- page text ---\n{text}")
        }
    }
}

/// A control labelled `label` (`<label for>`), as a user finds it.
pub async fn by_label(c: &Client, label: &str) -> Element {
    let l = literal(label);
    wait_for(c, &format!("//*[@id=//label[normalize-space()={l}]/@for] | //*[@aria-label={l}]")).await
}

pub async fn button(c: &Client, name: &str) -> Element {
    let n = literal(name);
    wait_for(c, &format!("//button[(normalize-space()={n} or @aria-label={n}) and not(@disabled)]")).await
}

pub async fn link(c: &Client, name: &str) -> Element {
    wait_for(c, &format!("//a[normalize-space()={}]", literal(name))).await
}

pub async fn heading(c: &Client, text: &str) -> Element {
    wait_for(c, &format!("//h1[normalize-space()={}]", literal(text))).await
}

pub async fn text_appears(c: &Client, text: &str, secs: u64) -> Element {
    let xpath =
        format!("//*[contains(normalize-space(), {})][not(*[contains(normalize-space(), {0})])]", literal(text));
    find_within(c, &xpath, secs).await
}

pub async fn type_into(c: &Client, label: &str, text: &str) {
    let field = by_label(c, label).await;
    if field.attr("type").await.expect("type attr").as_deref() == Some("date") {
        // Date inputs take keystrokes in the browser locale's order; pick the date instead,
        // as the native picker would (value plus the events it fires).
        let field_json = serde_json::to_value(&field).expect("element");
        c.execute(
            "arguments[0].value = arguments[1];
             arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
             arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            vec![field_json, serde_json::Value::from(text)],
        )
        .await
        .expect("pick date");
        return;
    }
    // The field may be re-rendered between finding and typing (a route settling); find it again.
    let mut field = field;
    for attempt in 0.. {
        match async {
            field.clear().await?;
            field.send_keys(text).await
        }
        .await
        {
            Ok(()) => return,
            Err(e)
                if attempt < 5
                    && matches!(&e, fantoccini::error::CmdError::Standard(w) if w.error == fantoccini::error::ErrorStatus::StaleElementReference) =>
            {
                tokio::time::sleep(Duration::from_millis(100)).await;
                field = by_label(c, label).await;
            }
            Err(e) => panic!("typing into {label}: {e}"),
        }
    }
}

/// Runs a scenario against the served app and always closes the browser, even when an
/// assertion fails (otherwise Chromium outlives the test).
pub async fn scenario<F, Fut>(f: F)
where
    F: FnOnce(Client, String, PathBuf) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let base = serve_dist(dist());
    run(base, f).await;
}

/// The release build the suite drives.
pub fn dist() -> PathBuf {
    let dist = std::env::var("E2E_DIST").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from("../dist"));
    assert!(dist.join("index.html").is_file(), "no build in {} (trunk build --release first)", dist.display());
    dist
}

/// Runs `f` in a fresh browser against `base`.
pub async fn run<F, Fut>(base: String, f: F)
where
    F: FnOnce(Client, String, PathBuf) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let downloads = tempdir("downloads");
    let (_driver, client) = browser(&downloads).await;
    let handle = tokio::spawn(f(client.clone(), base, downloads));
    let result = handle.await;
    let end = if result.is_ok() { health(&client).await } else { Ok(()) };
    let _ = client.close().await;
    if let Err(why) = end {
        panic!("unhealthy at the end of the scenario: {why}");
    }
    if let Err(e) = result {
        if e.is_panic() {
            std::panic::resume_unwind(e.into_panic());
        }
        panic!("scenario failed: {e}");
    }
}

/// In the create wizard's first step: searches events for `query` and picks the one titled `title`.
pub async fn pick_event(c: &Client, query: &str, title: &str) {
    type_into(c, "Search events", query).await;
    let option = format!("//li[@role='option'][contains(., {})]", literal(title));
    wait_for(c, &option).await.click().await.expect("pick event");
}

/// Source text that must never reach the screen: a `view!` macro or closure rendered as text.
pub const SOURCE_PATTERNS: &[&str] = &[
    "move |",
    "move ||",
    "{move",
    "on:click",
    "on:input",
    "on:change",
    "on:submit",
    "prop:value",
    "prop:checked",
    ".get()",
    ".set(",
    "=> ",
    "::",
    "Callback",
    "RwSignal",
    "view!",
    "into_any()",
];

/// What the app shows when it panics (src/main.rs).
pub const PANIC_ALERT: &str = "Wave Console stopped working";

/// Checks that the app still works: no `data-panic` on `<html>`, no panic alert, no Rust
/// source text on screen, no JavaScript alert open. `Err` says what is wrong and where.
pub async fn health(c: &Client) -> Result<(), String> {
    let script = "const de = document.documentElement;
        return [de.getAttribute('data-panic'), document.body ? document.body.innerText : '', location.href];";
    let state = match c.execute(script, vec![]).await {
        Ok(state) => state,
        Err(fantoccini::error::CmdError::Standard(w))
            if w.error == fantoccini::error::ErrorStatus::UnexpectedAlertOpen =>
        {
            let text = c.get_alert_text().await.unwrap_or_default();
            let _ = c.dismiss_alert().await;
            return Err(format!("a JavaScript dialog opened (script injection?): {text:?}"));
        }
        Err(e) => return Err(format!("cannot read the page: {e}")),
    };
    let url = state[2].as_str().unwrap_or_default();
    if let Some(message) = state[0].as_str() {
        return Err(format!("the app panicked at {url}: data-panic = {message:?}"));
    }
    let text = state[1].as_str().unwrap_or_default();
    if text.contains(PANIC_ALERT) {
        return Err(format!("the panic alert is shown at {url} (without data-panic)"));
    }
    for pattern in SOURCE_PATTERNS {
        if let Some(line) = text.lines().find(|l| l.contains(pattern)) {
            return Err(format!("source text {pattern:?} on screen at {url}: {:?}", line.trim()));
        }
    }
    Ok(())
}

/// [`health`], failing the test with `context` (what was just done).
pub async fn assert_healthy(c: &Client, context: &str) {
    if let Err(why) = health(c).await {
        panic!("unhealthy after {context}: {why}");
    }
}

/// One axe-core rule that found problems.
#[derive(Clone, Debug)]
pub struct AxeViolation {
    pub id: String,
    pub impact: String,
    pub help: String,
    pub nodes: usize,
    pub targets: Vec<String>,
}

impl std::fmt::Display for AxeViolation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} [{}] {} — {} node(s): {}", self.id, self.impact, self.help, self.nodes, self.targets.join(" | "))
    }
}

/// Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now. The script comes
/// from env `AXE_JS`, default npm's global axe-core (scripts/setup.sh installs it).
pub async fn axe_violations(c: &Client) -> Result<Vec<AxeViolation>, String> {
    let present =
        c.execute("return typeof window.axe === 'object' && typeof window.axe.run === 'function'", vec![]).await;
    if present.map_err(|e| format!("cannot run a script: {e}"))?.as_bool() != Some(true) {
        let path = std::env::var("AXE_JS").unwrap_or_else(|_| "/usr/local/lib/node_modules/axe-core/axe.min.js".into());
        let source = std::fs::read_to_string(&path)
            .map_err(|e| format!("axe-core not found at {path} ({e}); run scripts/setup.sh or set AXE_JS"))?;
        c.execute(&format!("{source}\n;return typeof window.axe;"), vec![])
            .await
            .map_err(|e| format!("injecting axe-core: {e}"))?;
    }
    let script = "const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
          .then(r => done({ok: r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.length,
              targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))}))
          .catch(e => done({error: String(e)}));";
    let answer = c.execute_async(script, vec![]).await.map_err(|e| format!("axe.run: {e}"))?;
    if let Some(error) = answer.get("error") {
        return Err(format!("axe.run failed: {error}"));
    }
    let list = answer.get("ok").and_then(|v| v.as_array()).cloned().unwrap_or_default();
    let s = |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or_default().to_string();
    Ok(list
        .iter()
        .map(|v| AxeViolation {
            id: s(v, "id"),
            impact: s(v, "impact"),
            help: s(v, "help"),
            nodes: v.get("nodes").and_then(|n| n.as_u64()).unwrap_or(0) as usize,
            targets: v
                .get("targets")
                .and_then(|t| t.as_array())
                .map(|t| t.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
                .unwrap_or_default(),
        })
        .collect())
}

/// Fails when axe-core finds WCAG 2.1 A/AA violations, listing each (id, impact, help, first
/// targets). `E2E_AXE=report` prints them instead of failing (to list them all in one run).
pub async fn axe_check(c: &Client, context: &str) {
    let url = c.current_url().await.map(|u| u.to_string()).unwrap_or_default();
    let violations = match axe_violations(c).await {
        Ok(v) => v,
        Err(why) => panic!("axe check at {context} ({url}): {why}"),
    };
    if violations.is_empty() {
        return;
    }
    let list: Vec<String> = violations.iter().map(|v| format!("  - {v}")).collect();
    let message = format!(
        "axe: {} WCAG violation(s) at {context} ({url}) in {}:\n{}",
        violations.len(),
        BrowserKind::current().name(),
        list.join("\n")
    );
    if std::env::var("E2E_AXE").is_ok_and(|v| v == "report") {
        println!("{message}");
    } else {
        panic!("{message}");
    }
}

/// Waits until `xpath` matches, without failing: for states that may or may not appear.
pub async fn appears(c: &Client, xpath: &str, secs: u64) -> Option<Element> {
    c.wait().at_most(Duration::from_secs(secs)).for_element(Locator::XPath(xpath)).await.ok()
}

/// An open modal dialog: the native `<dialog open>` (shown with `showModal()`), or an
/// element with role dialog.
pub const OPEN_DIALOG: &str = "//dialog[@open] | //*[@role='dialog'][not(self::dialog)]";

/// Waits until the control labelled `label` exists and is enabled (a campaign draft is
/// read-only until the tab handshake says this tab owns it).
pub async fn editable(c: &Client, label: &str) -> Element {
    let l = literal(label);
    wait_for(
        c,
        &format!("//*[@id=//label[normalize-space()={l}]/@for][not(@disabled)] | //*[@aria-label={l}][not(@disabled)]"),
    )
    .await
}

/// Waits (up to 15 s, without failing) until nothing in `main` is loading (`aria-busy`) and the
/// boot shell is gone.
pub async fn settled(c: &Client) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline {
        let busy = c.execute("return !!document.querySelector('main [aria-busy=true], #boot')", vec![]).await;
        if busy.ok().and_then(|b| b.as_bool()) == Some(false) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
