//! Test support for the end-to-end suite: a static server for `dist/` with the index.html
//! fallback any SPA host needs, chromedriver, and lookups by role and label.

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
    let mut reader = BufReader::new(match stream.try_clone() { Ok(s) => s, Err(_) => return });
    if reader.read_line(&mut line).is_err() { return; }
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).map(|n| n == 0).unwrap_or(true) || header == "\r\n" { break; }
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").split('?').next().unwrap_or("/").to_string();
    let candidate = dir.join(path.trim_start_matches('/'));
    let file = if path != "/" && candidate.is_file() && !path.contains("..") { candidate } else { dir.join("index.html") };
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
    let head = format!("HTTP/1.1 200 OK\r\nContent-Type: {mime}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

pub struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("free port")
}

/// Starts chromedriver and a headless Chromium session that downloads into `downloads`.
pub async fn browser(downloads: &Path) -> (Driver, Client) {
    let port = free_port();
    let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let child = Command::new(binary).arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("start chromedriver");
    let driver = Driver(child);
    let profile = tempdir("profile");
    let caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--window-size=1280,900", "--js-flags=--expose-gc", format!("--user-data-dir={}", profile.display())],
            "prefs": { "download.default_directory": downloads.display().to_string(), "download.prompt_for_download": false }
        }
    });
    let caps = match caps { serde_json::Value::Object(map) => map, _ => unreachable!() };
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector).capabilities(caps.clone()).connect(&format!("http://127.0.0.1:{port}")).await {
            Ok(client) => return (driver, client),
            Err(e) if Instant::now() > deadline => panic!("chromedriver did not start: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

pub fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wave-e2e-{name}-{}-{}", std::process::id(), free_port()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// XPath string literal for any text (handles both quote kinds).
fn literal(text: &str) -> String {
    if !text.contains('\'') { return format!("'{text}'"); }
    if !text.contains('"') { return format!("\"{text}\""); }
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
            panic!("not found: {xpath}: {e}\n--- page text ---\n{text}")
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
    let xpath = format!("//*[contains(normalize-space(), {})][not(*[contains(normalize-space(), {0})])]", literal(text));
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
        match async { field.clear().await?; field.send_keys(text).await }.await {
            Ok(()) => return,
            Err(e) if attempt < 5 && matches!(&e, fantoccini::error::CmdError::Standard(w) if w.error == fantoccini::error::ErrorStatus::StaleElementReference) => {
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
    let _ = client.close().await;
    if let Err(e) = result {
        if e.is_panic() { std::panic::resume_unwind(e.into_panic()); }
        panic!("scenario failed: {e}");
    }
}

/// In the create wizard's first step: searches events for `query` and picks the one titled `title`.
pub async fn pick_event(c: &Client, query: &str, title: &str) {
    type_into(c, "Search events", query).await;
    let option = format!("//li[@role='option'][contains(., {})]", literal(title));
    wait_for(c, &option).await.click().await.expect("pick event");
}
