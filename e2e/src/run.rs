//! Running a scenario: the release build in `dist/` (env `E2E_DIST`), a fresh browser for
//! each scenario that is always closed, and the files it downloads.

use crate::browser::browser_speaking;
use crate::health::health;
use crate::local::tempdir;
use crate::serve::serve_dist;
use fantoccini::Client;
use std::path::PathBuf;
use std::time::Duration;

/// The longest a scenario may take (the slowest takes about a minute).
const SCENARIO_LIMIT: Duration = Duration::from_secs(300);

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

/// One deep link to every page of the console, in demo mode (ids the demo world has): for the
/// suites that visit them all and for the benchmark.
pub const EVERY_PAGE: [&str; 8] = [
    "/",
    "/package-builder",
    "/package-builder/create",
    "/package-builder/results/101",
    "/campaigns",
    "/campaigns/7001/setup",
    "/events/7002",
    "/connect",
];

/// The release build the suite drives.
pub fn dist() -> PathBuf {
    let dist = std::env::var("E2E_DIST").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from("../dist"));
    assert!(dist.join("index.html").is_file(), "no build in {} (bash scripts/build.sh first)", dist.display());
    dist
}

/// Runs `f` in a fresh browser against `base`.
pub async fn run<F, Fut>(base: String, f: F)
where
    F: FnOnce(Client, String, PathBuf) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    run_speaking(base, None, f).await;
}

/// [`run`] in a browser that asks for `languages` first (`"de-DE,de"`).
pub async fn run_speaking<F, Fut>(base: String, languages: Option<&str>, f: F)
where
    F: FnOnce(Client, String, PathBuf) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let downloads = tempdir("downloads");
    let (_driver, client) = browser_speaking(&downloads, 1280, 900, languages).await;
    // A scenario that hangs (a WebDriver command that never answers) fails instead of
    // blocking the suite.
    let handle = tokio::spawn(f(client.clone(), base, downloads));
    let abort = handle.abort_handle();
    let result = match tokio::time::timeout(SCENARIO_LIMIT, handle).await {
        Ok(result) => result,
        Err(_) => {
            abort.abort();
            panic!("the scenario did not finish within {} s", SCENARIO_LIMIT.as_secs());
        }
    };
    let end = if result.is_ok() { health(&client).await } else { Ok(()) };
    // A page with unsaved edits asks before it unloads, and Firefox's quit waits for that
    // answer forever: closing is bounded, then the driver's process group (browser included)
    // is killed when `_driver` drops.
    let _ = tokio::time::timeout(Duration::from_secs(10), client.close()).await;
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

/// The text of the file `name` the browser downloaded into `dir`, once it is there (up to
/// 10 s; empty if it never comes).
pub async fn downloaded_text(dir: &std::path::Path, name: &str) -> String {
    let file = dir.join(name);
    for _ in 0..50 {
        match std::fs::read_to_string(&file) {
            Ok(text) if !text.is_empty() => return text,
            _ => tokio::time::sleep(std::time::Duration::from_millis(200)).await,
        }
    }
    String::new()
}
