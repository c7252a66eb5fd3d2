//! Screenshots of every route and state of the release build, at desktop (1366×900) and
//! phone (390×844) size, into one folder with readable names (`desktop-package-list.png`,
//! `phone-results-expired.png`, …). Demo mode from a static server for most states; live
//! mode against the mock Wave API for errors, loading, empty and sign-in states.
//!
//! `bash scripts/screenshots.sh [dist] [out-dir]` (defaults: dist, screenshots). Pages are
//! only ever loaded by URL, so hashed wasm/js file names in dist/ do not matter.
//!
//! Where things are: [`shots`] (one session: reach a state, check it, save the PNG), [`table`]
//! (a state as a row: its name, page, fault and steps), the tables [`demo_states`] and
//! [`live_states`], and [`team_states`] (the states that need the server changed as they
//! are reached, as code).

mod demo_states;
mod live_states;
mod shots;
mod table;
mod team_states;

use e2e::{browser_sized, serve_dist_with, set_viewport, tempdir, BrowserKind, ChunkFault};
use mock_server::Server;
use shots::Shots;
use std::path::PathBuf;
use table::Site;

const VIEWPORTS: [(&str, u32, u32); 2] = [("desktop", 1366, 900), ("phone", 390, 844)];

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let dist = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let out = PathBuf::from(args.next().unwrap_or_else(|| "screenshots".into()));
    assert!(dist.join("index.html").is_file(), "no build in {} (bash scripts/build.sh first)", dist.display());
    let dist = dist.canonicalize().expect("dist path");
    std::fs::create_dir_all(&out).expect("create the output folder");
    for old in std::fs::read_dir(&out).expect("read the output folder").flatten() {
        if old.path().extension().is_some_and(|e| e == "png") {
            let _ = std::fs::remove_file(old.path());
        }
    }
    // Route chunks can be made to fail, for the "could not be loaded" state.
    let fault = std::sync::Arc::new(ChunkFault::default());
    let demo = Site { base: serve_dist_with(dist.clone(), fault.clone()), chunks: Some(fault), server: None };
    let mut saved = Vec::new();
    let mut problems = Vec::new();
    for (prefix, width, height) in VIEWPORTS {
        println!("{prefix} ({width}×{height}) in {}:", BrowserKind::current().name());
        let (driver, c) = browser_sized(&tempdir("screenshot-downloads"), width, height).await;
        set_viewport(&c, width, height).await;
        let inner = c.execute("return [innerWidth, innerHeight]", vec![]).await.unwrap_or_default();
        if inner != serde_json::json!([width, height]) {
            println!("  note: viewport is {inner} (asked for {width}×{height})");
        }
        let mut s = Shots { c: c.clone(), out: out.clone(), prefix, saved: Vec::new(), problems: Vec::new() };
        s.states(&demo, demo_states::STATES).await;
        let server = Server::new(Some(dist.clone()), "partner-42");
        let addr = mock_server::start(server.clone(), 0).await.expect("mock server");
        let live = Site { base: format!("http://{addr}"), chunks: None, server: Some(server) };
        s.states(&live, live_states::STATES).await;
        team_states::team_states(&mut s, &live).await;
        team_states::odd_id_states(&mut s, &live).await;
        saved.append(&mut s.saved);
        problems.append(&mut s.problems);
        // Bounded: Firefox waits forever on a page that asks before unloading.
        let _ = tokio::time::timeout(std::time::Duration::from_secs(10), c.close()).await;
        drop(driver);
    }
    println!("\n{} screenshots in {}", saved.len(), out.canonicalize().unwrap_or(out).display());
    if !problems.is_empty() {
        println!("{} state(s) had problems:\n  {}", problems.len(), problems.join("\n  "));
        std::process::exit(1);
    }
}
