//! What the theme and CSV scenarios share: opening a page, the live app against the mock Wave
//! API, signing in, and reading a downloaded file.

use e2e::*;
use fantoccini::Client;
use mock_server::Server;
use std::path::Path;
use std::time::Duration;

pub(crate) async fn open(c: &Client, base: &str, path: &str) {
    c.goto(&format!("{base}{path}")).await.expect("navigate");
    settled(c).await;
    assert_healthy(c, &format!("opening {path}")).await;
}

pub(crate) async fn start_live() -> (Server, String) {
    let server = Server::new(Some(dist()), "partner-42");
    let addr = mock_server::start(server.clone(), 0).await.expect("mock server");
    (server, format!("http://{addr}"))
}

/// Signs in on /connect like a user (live mode), landing on the package list.
pub(crate) async fn connect(c: &Client, base: &str) {
    c.goto(&format!("{base}/connect")).await.expect("goto");
    heading(c, "Connect").await;
    c.execute("document.querySelectorAll('input[name=mode]')[1].click()", vec![]).await.expect("live");
    type_into(c, "API token", "t0ken").await;
    type_into(c, "Partner ID", "partner-42").await;
    button(c, "Connect").await.click().await.expect("connect");
    heading(c, "Packages").await;
    assert_healthy(c, "signing in").await;
}

/// The text of the downloaded file `name` (waits up to 10 s for it), without the UTF-8 byte
/// order mark the app writes for Excel (checked here).
pub(crate) async fn downloaded(dir: &Path, name: &str) -> String {
    let file = dir.join(name);
    for _ in 0..50 {
        if let Ok(bytes) = std::fs::read(&file) {
            if !bytes.is_empty() {
                assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "{name} starts with a UTF-8 byte order mark");
                return String::from_utf8_lossy(&bytes[3..]).into_owned();
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let found: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    panic!("{name} was not downloaded; the download folder holds {found:?}");
}

/// The first line and the others of a CSV file (CRLF records).
pub(crate) fn records(csv: &str) -> (String, Vec<String>) {
    let mut lines = csv.split("\r\n").filter(|l| !l.is_empty()).map(str::to_string);
    (lines.next().unwrap_or_default(), lines.collect())
}
