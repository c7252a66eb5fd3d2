//! The benchmark: `bash scripts/bench.sh` builds the app and a bare Leptos counter with the same
//! profile, then runs this. It prints one table (medians of RUNS) and writes BENCHMARKS.md.
//! File sizes are summed per extension, so hashed file names in dist/ (`wave-console-<hash>_bg.wasm`)
//! are measured the same way.
//! Numbers only: nothing here passes or fails.
//!
//! Where things are: [`size`], [`lighthouse`], [`budget`], [`timing`] (load, large data),
//! [`interactions`] (input → next paint, CPU 4× slower), [`repeat`] (first and second visits
//! behind the shipped nginx configuration),
//! [`memory`], [`network`] (one module per section) and [`report`] (the table, medians, BENCHMARKS.md).

mod budget;
mod interactions;
mod lighthouse;
mod memory;
mod network;
mod repeat;
mod report;
mod size;
mod timing;

use e2e::{browser, serve_dist, serve_dist_compressed, skip_unless_chromium, tempdir};
use report::Table;
use std::path::PathBuf;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let app_dist = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let bare_dist = PathBuf::from(args.next().unwrap_or_else(|| "bench/bare/dist".into()));
    // Optional third argument: the sections to run, e.g. `memory` or `size,load`.
    let only = args.next();
    let run = |section: &str| only.as_deref().is_none_or(|o| o.split(',').any(|s| s == section));
    let mut t = Table(Vec::new());
    println!("{:<62} {:>22} {:>10}", "figure", "value", "vs bare");
    if run("size") {
        size::section(&mut t, &app_dist, &bare_dist);
    }
    // Lighthouse first, with no other browser running: it times a simulated phone.
    if run("lighthouse") {
        let app = serve_dist_compressed(app_dist.clone());
        let bare = serve_dist_compressed(bare_dist.clone());
        lighthouse::section(&mut t, &app, &bare, &app_dist, &bare_dist);
    }
    if run("budget") {
        e2e::precompress(&app_dist);
        e2e::precompress(&bare_dist);
        let app = serve_dist_compressed(app_dist.clone());
        let bare = serve_dist_compressed(bare_dist.clone());
        budget::section(&mut t, &app, &bare, lighthouse::ROUTES);
    }
    let app = serve_dist(app_dist.clone());
    let bare = serve_dist(bare_dist.clone());
    let (_driver, c) = browser(&tempdir("bench-downloads")).await;
    if run("load") {
        timing::load(&mut t, &c, &app, &bare).await;
    }
    if run("large") {
        timing::large(&mut t, &c, &app).await;
    }
    // window.gc (Chromium's --js-flags=--expose-gc) and performance.memory are Chromium's.
    if run("memory") && !skip_unless_chromium("memory section: window.gc() and performance.memory") {
        memory::section(&mut t, &c, &app).await;
    }
    // The CPU is slowed through Chromium's DevTools protocol.
    if run("interactions") && !skip_unless_chromium("interactions section: CPU throttling") {
        interactions::section(&mut t, &c, &app).await;
    }
    if run("repeat") && !skip_unless_chromium("repeat section: network and CPU throttling") {
        repeat::section(&mut t, &c, &app_dist, &bare_dist).await;
    }
    if run("network") {
        network::section(&mut t, &c, &app_dist).await;
    }
    // Bounded: Firefox waits forever on a page that asks before unloading.
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), c.close()).await;
    report::write_markdown(&t, &only);
}
