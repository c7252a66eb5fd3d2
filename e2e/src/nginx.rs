//! The release build behind nginx as deployed: deploy/nginx/wave-console.conf as shipped, with
//! only its lines marked `# deploy:` replaced (port, certificate, root). For the deployment
//! tests (e2e/tests/deploy) and the benchmark's HTTP/2 figures. nginx and its brotli_static
//! module come from Debian (scripts/setup.sh).

use crate::local::{free_port, tempdir};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The shipped configuration (a `server` block and its `map`, read inside `http { }`).
pub const SHIPPED: &str = include_str!("../../deploy/nginx/wave-console.conf");
/// Debian's brotli_static module (package libnginx-mod-http-brotli-static).
const BROTLI_STATIC: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/// How the server listens: as shipped (HTTPS and HTTP/2, a self-signed certificate made
/// here), or plain HTTP/1.1, for browsers that would not cache files from a certificate they
/// were told to ignore.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Listen {
    Tls,
    Plain,
}

/// A running nginx; stopped when dropped, and its folder (configuration, certificate and key,
/// log) removed.
pub struct Nginx {
    child: Child,
    work: PathBuf,
    pub url: String,
    pub error_log: PathBuf,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.work);
    }
}

/// The shipped file with the `# deploy:` lines replaced; `Err` names a line that is missing,
/// so a changed file cannot silently stop being tested.
pub fn site_config(
    shipped: &str,
    port: u16,
    listen: Listen,
    root: &Path,
    cert: &Path,
    key: &Path,
) -> Result<String, String> {
    let mut out = String::new();
    let mut seen = Vec::new();
    for line in shipped.lines() {
        let Some((_, marker)) = line.split_once("# deploy: ") else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let indent = &line[..line.len() - line.trim_start().len()];
        let marker = marker.trim();
        seen.push(marker.to_string());
        let replaced = match (marker, listen) {
            ("port", Listen::Tls) => format!("listen 127.0.0.1:{port} ssl http2;"),
            ("port", Listen::Plain) => format!("listen 127.0.0.1:{port};"),
            ("certificate", Listen::Tls) => format!("ssl_certificate {};", cert.display()),
            ("certificate key", Listen::Tls) => format!("ssl_certificate_key {};", key.display()),
            ("certificate" | "certificate key", Listen::Plain) => String::new(),
            ("root", _) => format!("root {};", root.display()),
            (other, _) => return Err(format!("unknown `# deploy: {other}` line")),
        };
        out.push_str(indent);
        out.push_str(&replaced);
        out.push('\n');
    }
    for want in ["port", "certificate", "certificate key", "root"] {
        if !seen.iter().any(|s| s == want) {
            return Err(format!("no `# deploy: {want}` line in the shipped configuration"));
        }
    }
    Ok(out)
}

/// Serves `dist` (absolute or relative to the working directory) behind the shipped
/// configuration, or says why it cannot.
pub fn start_nginx(dist: &Path, listen: Listen) -> Result<Nginx, String> {
    start_nginx_with(dist, listen, SHIPPED)
}

/// Like [`start_nginx`] with another configuration text in the shipped file's place (the
/// benchmark's bare counter: trunk's inline loader needs the policy line gone).
pub fn start_nginx_with(dist: &Path, listen: Listen, shipped: &str) -> Result<Nginx, String> {
    let work = tempdir("nginx");
    let root = std::fs::canonicalize(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let (cert, key) = (work.join("cert.pem"), work.join("key.pem"));
    if listen == Listen::Tls {
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
    }
    let port = free_port();
    let site = work.join("wave-console.conf");
    std::fs::write(&site, site_config(shipped, port, listen, &root, &cert, &key)?).map_err(|e| e.to_string())?;
    let error_log = work.join("error.log");
    let conf = work.join("nginx.conf");
    // What Debian's /etc/nginx/nginx.conf and modules-enabled give a site, in a private folder.
    // One process (no master and workers), run by whoever runs the tests: killing it stops
    // the server.
    let tmp = work.display();
    std::fs::write(
        &conf,
        format!(
            "load_module {BROTLI_STATIC};\nmaster_process off;\nworker_processes 1;\npid {tmp}/nginx.pid;\nerror_log {log};\n\
             events {{ worker_connections 256; }}\n\
             http {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n\
               client_body_temp_path {tmp}; proxy_temp_path {tmp}; fastcgi_temp_path {tmp}; uwsgi_temp_path {tmp}; scgi_temp_path {tmp};\n\
               include {site};\n}}\n",
            log = error_log.display(),
            site = site.display(),
        ),
    )
    .map_err(|e| e.to_string())?;
    // Debian puts nginx in /usr/sbin, which a user's PATH may not have.
    let binary = if Path::new("/usr/sbin/nginx").is_file() { "/usr/sbin/nginx" } else { "nginx" };
    let child = Command::new(binary)
        .arg("-c")
        .arg(&conf)
        .args(["-g", "daemon off;"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("nginx: {e}"))?;
    let scheme = if listen == Listen::Tls { "https" } else { "http" };
    let mut server = Nginx { child, work: work.clone(), url: format!("{scheme}://127.0.0.1:{port}"), error_log };
    for _ in 0..50 {
        if let Ok(Some(status)) = server.child.try_wait() {
            let log = std::fs::read_to_string(&server.error_log).unwrap_or_default();
            return Err(format!("nginx stopped ({status}): {log}"));
        }
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(server);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err("nginx did not start".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_marked_lines_change() {
        let (root, cert, key) = (Path::new("/d"), Path::new("/c.pem"), Path::new("/k.pem"));
        let tls = site_config(SHIPPED, 8443, Listen::Tls, root, cert, key).expect("the shipped file has its markers");
        assert!(tls.contains("listen 127.0.0.1:8443 ssl http2;") && tls.contains("root /d;"));
        assert!(tls.contains("ssl_certificate /c.pem;") && tls.contains("ssl_certificate_key /k.pem;"));
        let plain = site_config(SHIPPED, 8080, Listen::Plain, root, cert, key).expect("plain");
        assert!(plain.contains("listen 127.0.0.1:8080;") && !plain.contains("ssl_certificate"));
        let (a, b): (Vec<&str>, Vec<&str>) = (SHIPPED.lines().collect(), tls.lines().collect());
        assert_eq!(a.len(), b.len());
        let changed = a.iter().zip(&b).filter(|(x, y)| x != y).count();
        assert_eq!(changed, 4, "port, certificate, key and root only");
        assert!(
            site_config("server {}", 1, Listen::Tls, root, cert, key).is_err(),
            "a file without markers is refused"
        );
    }
}
