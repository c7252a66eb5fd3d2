//! What the theme and CSV scenarios share: opening a page, the live app against the mock Wave
//! API, signing in, and reading a downloaded file.

use e2e::*;
pub(crate) use e2e::{connect_live, start_live};
use fantoccini::Client;
use std::path::Path;
use std::time::Duration;

pub(crate) async fn open(c: &Client, base: &str, path: &str) {
    c.goto(&format!("{base}{path}")).await.expect("navigate");
    settled(c).await;
    assert_healthy(c, &format!("opening {path}")).await;
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
