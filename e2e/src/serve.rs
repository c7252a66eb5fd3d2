//! The static server for `dist/`: the release build on a free loopback port, with the
//! index.html fallback any SPA host needs (deep links).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

/// Serves `dir` on a free loopback port; unknown paths get index.html (deep links).
pub fn serve_dist(dir: PathBuf) -> String {
    serve_dist_with(dir, Arc::default())
}

/// A switch for [`serve_dist_with`]: while `fail` is set, every wasm chunk but the main module
/// (a route's code, fetched when the route is first shown) answers 503; `refused` counts those.
#[derive(Default)]
pub struct ChunkFault {
    pub fail: AtomicBool,
    pub refused: AtomicUsize,
}

impl ChunkFault {
    pub fn set(&self, fail: bool) {
        self.fail.store(fail, Ordering::SeqCst);
    }

    pub fn refused(&self) -> usize {
        self.refused.load(Ordering::SeqCst)
    }
}

/// Like [`serve_dist`], brotli-compressed (quality 11, as a CDN would serve the build) when
/// the browser accepts it: for the benchmark's Lighthouse runs.
pub fn serve_dist_compressed(dir: PathBuf) -> String {
    serve(dir, Arc::default(), true)
}

/// Compresses every file of `dir` once, before a measurement asks for it.
pub fn precompress(dir: &Path) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let copy = matches!(entry.path().extension().and_then(|e| e.to_str()), Some("br" | "gz"));
        if entry.path().is_file() && !copy {
            let _ = brotli_of(&entry.path());
        }
    }
}

/// Like [`serve_dist`], with route chunks failing while `fault` says so.
pub fn serve_dist_with(dir: PathBuf, fault: Arc<ChunkFault>) -> String {
    serve(dir, fault, false)
}

fn serve(dir: PathBuf, chunks_fail: Arc<ChunkFault>, brotli: bool) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let addr = listener.local_addr().expect("local address");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let dir = dir.clone();
            let chunks_fail = chunks_fail.clone();
            std::thread::spawn(move || serve_one(stream, &dir, &chunks_fail, brotli));
        }
    });
    format!("http://{addr}")
}

fn serve_one(mut stream: TcpStream, dir: &Path, chunks_fail: &ChunkFault, brotli: bool) {
    let mut line = String::new();
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut accepts_brotli = false;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).map(|n| n == 0).unwrap_or(true) || header == "\r\n" {
            break;
        }
        let header = header.to_ascii_lowercase();
        if header.starts_with("accept-encoding:") && header.contains("br") {
            accepts_brotli = true;
        }
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").split('?').next().unwrap_or("/").to_string();
    if chunks_fail.fail.load(Ordering::SeqCst) && path.ends_with(".wasm") && !path.starts_with("/wave-console-") {
        chunks_fail.refused.fetch_add(1, Ordering::SeqCst);
        let _ = stream.write_all(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    let candidate = dir.join(path.trim_start_matches('/'));
    let file =
        if path != "/" && candidate.is_file() && !path.contains("..") { candidate } else { dir.join("index.html") };
    let mut body = std::fs::read(&file).unwrap_or_default();
    let mut encoding = "";
    if brotli && accepts_brotli {
        if let Some(compressed) = brotli_of(&file) {
            body = compressed;
            encoding = "Content-Encoding: br\r\n";
        }
    }
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
        "HTTP/1.1 200 OK\r\nContent-Type: {mime}\r\n{encoding}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// The file brotli-compressed by the `brotli` tool (scripts/setup.sh installs it), computed once.
fn brotli_of(file: &Path) -> Option<Vec<u8>> {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static CACHE: Mutex<Option<HashMap<PathBuf, Vec<u8>>>> = Mutex::new(None);
    if let Some(hit) = CACHE.lock().ok()?.get_or_insert_with(HashMap::new).get(file) {
        return Some(hit.clone());
    }
    // Compressed outside the lock: other requests are not kept waiting.
    let out = std::process::Command::new("brotli").args(["-q", "11", "-c"]).arg(file).output().ok()?;
    if !out.status.success() {
        return None;
    }
    CACHE.lock().ok()?.get_or_insert_with(HashMap::new).insert(file.to_path_buf(), out.stdout.clone());
    Some(out.stdout)
}
