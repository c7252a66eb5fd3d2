//! What this machine hands out: free loopback ports and temporary folders. A leaf: the
//! browser, the scenarios and the binaries all use it, and it uses none of them.

use std::net::TcpListener;
use std::path::PathBuf;

/// A loopback port nothing listens on right now.
pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("free port")
}

/// A fresh folder under the system's temporary folder, named after `name`, this process and a
/// free port (so that two calls with one name get two folders).
pub fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wave-e2e-{name}-{}-{}", std::process::id(), free_port()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}
