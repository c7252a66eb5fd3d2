//! The browser the suite drives: chromedriver + Chromium or geckodriver + Firefox (env
//! `E2E_BROWSER`), each session's driver in its own process group, and the window size.

use crate::local::{free_port, tempdir};
use fantoccini::{Client, ClientBuilder};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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
    browser_speaking(downloads, width, height, None).await
}

/// [`browser_sized`] for a user whose browser asks for `languages` first (`"de-DE,de"`: a
/// German browser), as `navigator.languages` and `Accept-Language` say.
pub async fn browser_speaking(downloads: &Path, width: u32, height: u32, languages: Option<&str>) -> (Driver, Client) {
    match BrowserKind::current() {
        BrowserKind::Chromium => chromium(downloads, width, height, languages).await,
        BrowserKind::Firefox => firefox(downloads, width, height, languages).await,
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

async fn chromium(downloads: &Path, width: u32, height: u32, languages: Option<&str>) -> (Driver, Client) {
    let port = free_port();
    let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let mut command = Command::new(binary);
    command.arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null());
    let driver = spawn_driver(command, "chromedriver");
    let profile = tempdir("profile");
    let mut caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", format!("--window-size={width},{height}"), "--js-flags=--expose-gc", format!("--user-data-dir={}", profile.display())],
            "prefs": { "download.default_directory": downloads.display().to_string(), "download.prompt_for_download": false }
        }
    });
    if let Some(languages) = languages {
        let first = languages.split(',').next().unwrap_or(languages).trim();
        caps["goog:chromeOptions"]["args"].as_array_mut().expect("args").push(format!("--lang={first}").into());
        caps["goog:chromeOptions"]["prefs"]["intl"] = serde_json::json!({ "accept_languages": languages });
    }
    let client = connect_session(port, caps, "chromedriver", Duration::from_secs(20)).await;
    (driver, client)
}

/// geckodriver (env `GECKODRIVER`) and headless Firefox (env `FIREFOX`, default Debian's
/// firefox-esr) in a fresh profile (geckodriver makes one per session and deletes it after).
async fn firefox(downloads: &Path, width: u32, height: u32, languages: Option<&str>) -> (Driver, Client) {
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
    let mut caps = serde_json::json!({
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
                // No race between the cache and the network: a cached file is read from the
                // cache (the deployment test checks that a repeat visit asks the server nothing).
                "network.http.rcwn.enabled": false,
                "browser.aboutwelcome.enabled": false,
                "datareporting.policy.dataSubmissionEnabled": false,
                "toolkit.telemetry.reportingpolicy.firstRun": false
            }
        }
    });
    if let Some(languages) = languages {
        caps["moz:firefoxOptions"]["prefs"]["intl.accept_languages"] = languages.into();
    }
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
