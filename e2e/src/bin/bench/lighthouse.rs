//! Section: first load on a phone, by Lighthouse (npm `lighthouse`, `setup.sh --bench`) in its
//! default mobile simulation (slow 4G, 4× CPU slowdown) with Debian's Chromium. The app's
//! build and the bare Leptos counter are served brotli-compressed, as a CDN would, and
//! measured in the same run, interleaved. Also the bytes of every wasm chunk of the build.

use crate::report::{median, ratio, Table, LIGHTHOUSE_RUNS};
use crate::size::compressed;
use std::path::Path;
use std::process::Command;

/// Every page (issue #26: each ≥ 95 on a phone), in demo mode.
pub(crate) const ROUTES: &[&str] = &e2e::EVERY_PAGE;

struct Run {
    performance: f64,
    seo: f64,
    lcp_ms: f64,
    tbt_ms: f64,
    bytes: f64,
}

fn lighthouse(url: &str) -> Option<Run> {
    let report = report(&[url.to_string()], "performance,seo")?;
    let score = |c: &str| report["categories"][c]["score"].as_f64().map(|s| s * 100.0);
    let audit = |a: &str| report["audits"][a]["numericValue"].as_f64();
    Some(Run {
        performance: score("performance")?,
        seo: score("seo")?,
        lcp_ms: audit("largest-contentful-paint")?,
        tbt_ms: audit("total-blocking-time")?,
        bytes: audit("total-byte-weight")?,
    })
}

/// Runs Lighthouse with `args` (a URL, or `-A=`/`-G=` and a folder) for `categories`; its
/// JSON report, if it wrote one (gathering only with `-G` writes none).
pub(crate) fn report(args: &[String], categories: &str) -> Option<serde_json::Value> {
    let chrome = std::env::var("CHROME_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into());
    // A file, not stdout: node exits before a large report is through the pipe.
    let file = std::env::temp_dir().join(format!("wave-lighthouse-{}.json", std::process::id()));
    let _ = std::fs::remove_file(&file);
    Command::new("lighthouse")
        .args(args)
        .args(["--output=json", "--quiet"])
        .arg(format!("--only-categories={categories}"))
        .arg(format!("--output-path={}", file.display()))
        // The HTTP/2 server's certificate is self-signed.
        .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --ignore-certificate-errors")
        .env("CHROME_PATH", chrome)
        .status()
        .ok()?;
    serde_json::from_slice(&std::fs::read(&file).ok()?).ok()
}

pub(crate) fn section(t: &mut Table, app: &str, bare: &str, app_dist: &Path, bare_dist: &Path) {
    chunks(t, app_dist);
    // Compressed before the first run, or that run would wait for it.
    e2e::precompress(app_dist);
    e2e::precompress(bare_dist);
    // BENCH_HTTP=2: only the HTTP/2 rows (half the time, for comparing two builds).
    let http1 = std::env::var("BENCH_HTTP").as_deref() != Ok("2");
    let runs = if http1 { measure(app, bare) } else { Vec::new() };
    for (i, page) in pages().iter().enumerate().filter(|_| http1) {
        let med = |f: fn(&Run) -> f64| median(runs[i].iter().map(f).collect());
        let bare_lcp = median(runs[0].iter().map(|r| r.lcp_ms).collect());
        t.row(
            format!("lighthouse mobile: {page}, performance / SEO"),
            format!("{:.0} / {:.0}", med(|r| r.performance), med(|r| r.seo)),
            "",
        );
        let lcp = med(|r| r.lcp_ms);
        t.row(format!("lighthouse mobile: {page}, LCP (ms)"), format!("{lcp:.0}"), ratio(lcp, bare_lcp));
        t.row(format!("lighthouse mobile: {page}, TBT (ms)"), format!("{:.0}", med(|r| r.tbt_ms)), "");
        t.row(format!("lighthouse mobile: {page}, transferred (KB)"), format!("{:.0}", med(|r| r.bytes) / 1000.0), "");
    }
    // The same over HTTP/2 behind the shipped nginx configuration (e2e::nginx): one row per page.
    let bare_conf = crate::repeat::bare_config();
    match (e2e::start_nginx(app_dist, e2e::Listen::Tls), e2e::start_nginx_with(bare_dist, e2e::Listen::Tls, &bare_conf))
    {
        (Ok(app), Ok(bare)) => {
            let runs = measure(&app.url, &bare.url);
            let bare_lcp = median(runs[0].iter().map(|r| r.lcp_ms).collect());
            for (i, page) in pages().iter().enumerate() {
                let med = |f: fn(&Run) -> f64| median(runs[i].iter().map(f).collect());
                let lcp = med(|r| r.lcp_ms);
                t.row(
                    format!("lighthouse mobile, HTTP/2: {page}, performance / LCP ms / TBT ms / KB"),
                    format!(
                        "{:.0} / {lcp:.0} / {:.0} / {:.0}",
                        med(|r| r.performance),
                        med(|r| r.tbt_ms),
                        med(|r| r.bytes) / 1000.0
                    ),
                    ratio(lcp, bare_lcp),
                );
            }
        }
        (Err(why), _) | (_, Err(why)) => eprintln!("no HTTP/2 server, so no HTTP/2 rows: {why}"),
    }
}

/// The bare counter first, then [`routes`].
fn pages() -> Vec<String> {
    std::iter::once("bare Leptos counter".to_string()).chain(routes().map(str::to_string)).collect()
}

/// [`ROUTES`], or those of them BENCH_PAGES names (comma-separated, e.g. `/,/campaigns`).
fn routes() -> impl Iterator<Item = &'static str> {
    let only = std::env::var("BENCH_PAGES").ok();
    ROUTES.iter().copied().filter(move |r| only.as_deref().is_none_or(|o| o.split(',').any(|p| p == *r)))
}

/// [`LIGHTHOUSE_RUNS`] Lighthouse runs of every page of [`pages`], interleaved.
fn measure(app: &str, bare: &str) -> Vec<Vec<Run>> {
    let urls: Vec<String> = std::iter::once(format!("{bare}/")).chain(routes().map(|r| format!("{app}{r}"))).collect();
    let mut runs: Vec<Vec<Run>> = urls.iter().map(|_| Vec::new()).collect();
    for _ in 0..LIGHTHOUSE_RUNS {
        for (i, url) in urls.iter().enumerate() {
            match lighthouse(url) {
                Some(run) => runs[i].push(run),
                None => eprintln!("lighthouse gave no report for {url}"),
            }
        }
    }
    runs
}

/// Every wasm file of the build: the main module first, then the route chunks, each raw and
/// brotli (hash suffixes dropped from the names).
fn chunks(t: &mut Table, dist: &Path) {
    let mut files = crate::size::files(dist, "wasm");
    files
        .sort_by_key(|p| (!p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("wave-console-")), p.clone()));
    for file in files {
        let name = file.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let name = match name.rsplit_once('-') {
            Some((stem, hash)) if hash.len() == 16 || hash.ends_with("_bg") => stem.to_string(),
            _ => name,
        };
        let raw = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        t.row(
            format!("size: wasm chunk {name} (raw / brotli bytes)"),
            format!("{raw} / {}", compressed(&file, "brotli")),
            "",
        );
    }
}
