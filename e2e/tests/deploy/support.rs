//! What the deployment tests share: the build's files and an HTTP client (curl) that shows
//! the bytes and headers as they crossed the wire.

use e2e::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One answer, as sent: status, HTTP version, headers (names lowercased) and the body bytes
/// (still compressed when the server compressed them).
pub struct Answer {
    pub status: u16,
    pub version: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// GET `url` with curl (the certificate is the test's own, so not checked), sending
/// `Accept-Encoding: encodings` when given.
pub fn get(url: &str, encodings: Option<&str>) -> Answer {
    let dir = tempdir("curl");
    let (head, body) = (dir.join("head"), dir.join("body"));
    let mut cmd = Command::new("curl");
    cmd.args(["-sk", "--http2", "-D"]).arg(&head).arg("-o").arg(&body).args(["-w", "%{http_code} %{http_version}"]);
    if let Some(e) = encodings {
        cmd.args(["-H", &format!("Accept-Encoding: {e}")]);
    }
    let out = cmd.arg(url).output().expect("run curl (scripts/setup.sh installs it)");
    let written = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut parts = written.split_whitespace();
    let status = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let version = parts.next().unwrap_or_default().to_string();
    let head = std::fs::read_to_string(&head).unwrap_or_default();
    let headers = head
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Answer { status, version, headers, body: std::fs::read(&body).unwrap_or_default() }
}

/// The build's files (not its .br/.gz copies), relative to `dist`, sorted.
pub fn build_files(dist: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, base, out);
            } else if !matches!(path.extension().and_then(|e| e.to_str()), Some("br" | "gz")) {
                out.push(path.strip_prefix(base).map(Path::to_path_buf).unwrap_or(path));
            }
        }
    }
    let mut out = Vec::new();
    walk(dist, dist, &mut out);
    out.sort();
    out
}

/// `name-<hex>.js|wasm|css` or `name-<hex>_bg.wasm` (8 to 16 digits: trunk does not pad its
/// hash): a file the build never rewrites. The same rule as the shipped configuration's.
pub fn is_hashed(file: &str) -> bool {
    let name = file.rsplit('/').next().unwrap_or(file);
    let Some((stem, "js" | "wasm" | "css")) = name.rsplit_once('.') else { return false };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, h)| (8..=16).contains(&h.len()) && h.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The bytes a browser that accepts brotli receives for `file`: its .br copy, else itself.
pub fn brotli_bytes(dist: &Path, file: &Path) -> u64 {
    let br = dist.join(format!("{}.br", file.display()));
    std::fs::metadata(&br).or_else(|_| std::fs::metadata(dist.join(file))).map(|m| m.len()).unwrap_or(0)
}
