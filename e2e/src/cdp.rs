//! Chromium's DevTools protocol through chromedriver (`goog/cdp/execute`): the CPU and the
//! network slowed as a phone's, the cache emptied, a script run before every page's own. For
//! the benchmark and the tests that need Chromium's view of a page. `Err` when the browser
//! did not take the command (Firefox, or a command it does not know): a caller that depends
//! on it says so instead of measuring without it.

use fantoccini::Client;
use serde_json::{json, Value};

#[derive(Debug)]
struct Cdp(Value);

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// Sends one DevTools command.
pub async fn cdp(c: &Client, cmd: &str, params: Value) -> Result<Value, String> {
    c.issue_cmd(Cdp(json!({ "cmd": cmd, "params": params }))).await.map_err(|e| format!("{cmd}: {e}"))
}

/// The CPU `rate` times slower (1: as it is).
pub async fn slow_cpu(c: &Client, rate: u32) -> Result<(), String> {
    cdp(c, "Emulation.setCPUThrottlingRate", json!({ "rate": rate })).await.map(drop)
}

/// A phone's network: `latency_ms` added to every request (sent → answer's headers) and
/// `kbit_s` down (half of it up); `None`: as it is.
pub async fn slow_network(c: &Client, shape: Option<(u32, u32)>) -> Result<(), String> {
    cdp(c, "Network.enable", json!({})).await?;
    // DevTools wants bytes per second; -1 switches throttling off.
    let (latency, down) = shape.map(|(l, k)| (l, f64::from(k) * 1000.0 / 8.0)).unwrap_or((0, -1.0));
    let up = if down < 0.0 { -1.0 } else { down / 2.0 };
    cdp(
        c,
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": latency, "downloadThroughput": down, "uploadThroughput": up }),
    )
    .await
    .map(drop)
}

/// Empties the HTTP cache: the next visit is a first one.
pub async fn clear_cache(c: &Client) -> Result<(), String> {
    cdp(c, "Network.enable", json!({})).await?;
    cdp(c, "Network.clearBrowserCache", json!({})).await.map(drop)
}

/// Runs `script` in every document this tab opens from now on, before the page's own scripts.
pub async fn before_every_page(c: &Client, script: &str) -> Result<(), String> {
    cdp(c, "Page.enable", json!({})).await?;
    cdp(c, "Page.addScriptToEvaluateOnNewDocument", json!({ "source": script })).await.map(drop)
}
