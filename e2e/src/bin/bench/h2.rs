//! A CDN-like server for Lighthouse: HTTP/2 over TLS (nginx from Debian, a self-signed
//! certificate from openssl), every file brotli-compressed. Lighthouse's simulator allows an
//! HTTP/1.1 origin 6 connections, so on the plain loopback server a route of many files queues
//! in a way an HTTP/2 CDN does not; the benchmark measures both.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The running server; stopped when dropped.
pub(crate) struct H2Server {
    child: Child,
    pub(crate) url: String,
}

impl Drop for H2Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or(0)
}

/// Serves `dist` (a single-page app: unknown paths get index.html) in `work`, or says why not.
pub(crate) fn serve(dist: &Path, work: &Path) -> Result<H2Server, String> {
    let root = work.join("root");
    std::fs::create_dir_all(&root).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(dist).map_err(|e| e.to_string())?.flatten() {
        let path = entry.path();
        if !path.is_file() {
            continue;
        }
        let out = Command::new("brotli").args(["-q", "11", "-c"]).arg(&path).output().map_err(|e| e.to_string())?;
        std::fs::write(root.join(entry.file_name()), out.stdout).map_err(|e| e.to_string())?;
    }
    let (cert, key) = (work.join("cert.pem"), work.join("key.pem"));
    let made = Command::new("openssl")
        .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-keyout"])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("openssl: {e}"))?;
    if !made.success() {
        return Err("openssl could not make a certificate".into());
    }
    let port = port();
    let conf = work.join("nginx.conf");
    let p = |p: PathBuf| p.display().to_string();
    std::fs::write(
        &conf,
        format!(
            "worker_processes 1;\npid {pid};\nerror_log {log};\nevents {{ worker_connections 256; }}\n\
             http {{\n  access_log off;\n  client_body_temp_path {tmp}; proxy_temp_path {tmp}; fastcgi_temp_path {tmp}; uwsgi_temp_path {tmp}; scgi_temp_path {tmp};\n\
             types {{ text/html html; text/javascript js; text/css css; application/wasm wasm; application/json json; image/svg+xml svg; text/plain txt; }}\n\
             server {{\n    listen 127.0.0.1:{port} ssl http2;\n    ssl_certificate {cert}; ssl_certificate_key {key};\n    root {root};\n\
             add_header Content-Encoding br; add_header Cache-Control no-cache;\n    location / {{ try_files $uri /index.html; }}\n  }}\n}}\n",
            pid = p(work.join("nginx.pid")),
            log = p(work.join("error.log")),
            tmp = p(work.to_path_buf()),
            cert = p(cert),
            key = p(key),
            root = p(root),
        ),
    )
    .map_err(|e| e.to_string())?;
    let child = Command::new("nginx")
        .arg("-c")
        .arg(&conf)
        .args(["-g", "daemon off;"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("nginx: {e}"))?;
    let server = H2Server { child, url: format!("https://127.0.0.1:{port}") };
    for _ in 0..50 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(server);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    Err("nginx did not start".into())
}
