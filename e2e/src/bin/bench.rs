//! The benchmark: `bash scripts/bench.sh` builds the app and a bare Leptos counter with the same
//! profile, then runs this. It prints one table (medians of RUNS) and writes BENCHMARKS.md.
//! File sizes are summed per extension, so hashed file names in dist/ (`wave-console-<hash>_bg.wasm`)
//! are measured the same way.
//! Numbers only: nothing here passes or fails.

use e2e::{browser, serve_dist, skip_unless_chromium, tempdir, type_into, wait_for, BrowserKind};
use fantoccini::Client;
use mock_server::{LoggedRequest, Server};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const RUNS: usize = 5;

struct Table(Vec<(String, String, String)>);

impl Table {
    fn row(&mut self, what: impl Into<String>, value: impl Into<String>, vs_bare: impl Into<String>) {
        let row = (what.into(), value.into(), vs_bare.into());
        println!("{:<62} {:>22} {:>10}", row.0, row.1, row.2);
        self.0.push(row);
    }
}

fn compressed(path: &Path, tool: &str) -> u64 {
    let args: &[&str] = if tool == "gzip" { &["-9", "-c"] } else { &["-q", "11", "-c"] };
    Command::new(tool).args(args).arg(path).output().map(|o| o.stdout.len() as u64).unwrap_or(0)
}

fn files(dist: &Path, ext: &str) -> Vec<PathBuf> {
    std::fs::read_dir(dist)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == ext)).collect())
        .unwrap_or_default()
}

fn sizes(dist: &Path, ext: &str) -> (u64, u64, u64) {
    files(dist, ext).iter().fold((0, 0, 0), |(r, g, b), p| {
        (r + std::fs::metadata(p).map(|m| m.len()).unwrap_or(0), g + compressed(p, "gzip"), b + compressed(p, "brotli"))
    })
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        f64::NAN
    } else {
        v[v.len() / 2]
    }
}

fn ratio(a: f64, b: f64) -> String {
    if b > 0.0 && a.is_finite() {
        format!("{:.2}×", a / b)
    } else {
        String::new()
    }
}

async fn js(c: &Client, script: &str) -> Value {
    c.execute_async(script, vec![]).await.unwrap_or(Value::Null)
}

/// Milliseconds from navigation start until `selector` matches at least `count` elements.
async fn time_until(c: &Client, url: &str, selector: &str, count: usize) -> f64 {
    let _ = c.goto(url).await;
    let script = format!(
        "const done = arguments[arguments.length - 1];
         const tick = () => document.querySelectorAll({selector:?}).length >= {count} ? done(performance.now()) : requestAnimationFrame(tick);
         tick();"
    );
    js(c, &script).await.as_f64().unwrap_or(f64::NAN)
}

async fn first_paint(c: &Client, url: &str) -> f64 {
    let _ = c.goto(url).await;
    let script = "const done = arguments[arguments.length - 1];
        const tick = () => { const e = performance.getEntriesByName('first-contentful-paint')[0]; e ? done(e.startTime) : setTimeout(tick, 20); };
        tick();";
    js(c, script).await.as_f64().unwrap_or(f64::NAN)
}

async fn mark(c: &Client, name: &str) -> f64 {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         const tick = () => {{ const e = performance.getEntriesByName({name:?}); e.length ? done(e[e.length - 1].startTime) : setTimeout(tick, 10); }};
         tick();"
    );
    js(c, &script).await.as_f64().unwrap_or(f64::NAN)
}

/// JS heap (MB, after a forced GC), wasm linear memory (MB, a high-water mark: it never shrinks)
/// and live wasm heap (KB still allocated, from the app's counting allocator).
async fn memory(c: &Client) -> (f64, f64, f64) {
    let v = js(c, "const done = arguments[arguments.length - 1];
        if (window.gc) gc();
        const w = window.waveWasm;
        done([performance.memory ? performance.memory.usedJSHeapSize : 0, w ? w.memory.buffer.byteLength : 0, w ? w.liveHeapBytes() : 0]);").await;
    let n = |i: usize| v.get(i).and_then(Value::as_f64).unwrap_or(0.0);
    (n(0) / 1_048_576.0, n(1) / 1_048_576.0, n(2) / 1024.0)
}

fn requests<'a>(
    log: &'a [LoggedRequest],
    method: &'a str,
    path: &'a str,
) -> impl Iterator<Item = &'a LoggedRequest> + 'a {
    log.iter().filter(move |r| r.method == method && r.path == path)
}

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
        // 1. Size
        let mut app_brotli_total = 0;
        for (ext, label) in [("wasm", "wasm"), ("js", "JS glue + loader"), ("css", "CSS")] {
            let (r, g, b) = sizes(&app_dist, ext);
            let (_, _, bb) = sizes(&bare_dist, ext);
            t.row(
                format!("size: {label} (raw / gzip / brotli bytes)"),
                format!("{r} / {g} / {b}"),
                ratio(b as f64, bb as f64),
            );
        }
        for p in
            std::fs::read_dir(&app_dist).map(|d| d.flatten().map(|e| e.path()).collect::<Vec<_>>()).unwrap_or_default()
        {
            if p.is_file() {
                app_brotli_total += compressed(&p, "brotli");
            }
        }
        let bare_total: u64 = std::fs::read_dir(&bare_dist)
            .map(|d| d.flatten().map(|e| compressed(&e.path(), "brotli")).sum())
            .unwrap_or(0);
        t.row(
            "size: cold load of /package-builder, all files (brotli bytes)",
            app_brotli_total.to_string(),
            ratio(app_brotli_total as f64, bare_total as f64),
        );
    }
    let app = serve_dist(app_dist.clone());
    let bare = serve_dist(bare_dist.clone());
    let (_driver, c) = browser(&tempdir("bench-downloads")).await;

    if run("load") {
        // 2. Load
        let mut fcp = Vec::new();
        let mut bare_fcp = Vec::new();
        let mut list = Vec::new();
        for _ in 0..RUNS {
            bare_fcp.push(first_paint(&c, &format!("{bare}/")).await);
            fcp.push(first_paint(&c, &format!("{app}/package-builder")).await);
            list.push(mark(&c, "package-list-rendered").await);
        }
        let (fcp, bare_fcp) = (median(fcp), median(bare_fcp));
        t.row(
            "load: navigation → first contentful paint, static shell (ms)",
            format!("{fcp:.1}"),
            ratio(fcp, bare_fcp),
        );
        t.row("load: bare Leptos counter → first contentful paint (ms)", format!("{bare_fcp:.1}"), "1.00×");
        t.row("load: navigation → package list rendered (ms)", format!("{:.1}", median(list)), "");
    }
    if run("large") {
        // 3. Large data
        let mut render = Vec::new();
        let mut render_only = Vec::new();
        let mut keystroke = Vec::new();
        let mut last_page = Vec::new();
        let mut clusters = Vec::new();
        for _ in 0..RUNS {
            render.push(time_until(&c, &format!("{app}/package-builder?demo_packages=10000"), "tbody tr", 50).await);
            render_only.push(mark(&c, "package-list-rendered").await - mark(&c, "package-list-data").await);
            // Input event → the list and its count updated in the DOM (Leptos effects run as
            // microtasks, so a zero timeout lands after them; paint follows in the same frame).
            let k = js(
                &c,
                "const done = arguments[arguments.length - 1];
                const input = document.getElementById('filter-text');
                const count = document.querySelector('.count');
                const before = count.textContent;
                const t0 = performance.now();
                input.value = 'Generated audience #999'; input.dispatchEvent(new Event('input'));
                const check = () => count.textContent !== before ? done(performance.now() - t0) : setTimeout(check, 0);
                setTimeout(check, 0);",
            )
            .await;
            keystroke.push(k.as_f64().unwrap_or(f64::NAN));
            last_page.push(
                time_until(&c, &format!("{app}/package-builder?demo_packages=10000&page=201"), "tbody tr", 1).await,
            );
            clusters.push(
                time_until(
                    &c,
                    &format!("{app}/package-builder/results/101?demo_clusters=50"),
                    "article.cluster tbody tr",
                    50 * 500,
                )
                .await,
            );
        }
        t.row("large: 10,000 packages, navigation → first page rendered (ms)", format!("{:.1}", median(render)), "");
        t.row(
            "large: 10,000 packages, data in hand → first page rendered (ms)",
            format!("{:.1}", median(render_only)),
            "",
        );
        t.row("large: filter keystroke → list updated, 10,000 packages (ms)", format!("{:.1}", median(keystroke)), "");
        t.row("large: navigation → last page of 10,000 rendered (ms)", format!("{:.1}", median(last_page)), "");
        t.row("large: 50 clusters × 500 rows, navigation → rendered (ms)", format!("{:.1}", median(clusters)), "");
    }
    // window.gc (Chromium's --js-flags=--expose-gc) and performance.memory are Chromium's.
    if run("memory") && !skip_unless_chromium("memory section: window.gc() and performance.memory") {
        // 5. Memory (demo mode)
        let _ = c.goto(&format!("{app}/package-builder")).await;
        mark(&c, "package-list-rendered").await;
        let show = |(heap, wasm, live): (f64, f64, f64)| format!("{heap:.2} / {wasm:.2} / {live:.0}");
        t.row("memory: after load, JS heap MB / wasm memory MB / live wasm heap KB", show(memory(&c).await), "");
        // Two ways round: clicking links only (every step a forward navigation), and out by link,
        // back by the Back button. leptos_router keeps one URL per forward navigation to detect
        // "back" (its path stack), which only the first way grows. Both grow a little more:
        // reactive_graph 0.2's Owner::child keeps a Weak per child in a long-lived parent, and
        // the router makes a child owner per navigation.
        let round_trip = |back: bool| {
            format!(
            "const done = arguments[arguments.length - 1];
             const wait = (h1, next) => {{ const h = document.querySelector('main h1'); h && h.textContent === h1 ? next() : setTimeout(() => wait(h1, next), 5); }};
             const go = (sel, h1, next) => {{ const a = [...document.querySelectorAll('a')].find(a => a.getAttribute('href') === sel);
               if (!a) return setTimeout(() => go(sel, h1, next), 10); a.click(); wait(h1, next); }};
             go('/package-builder/results/101', 'Munich shows Q3', () => {back} ? (history.back(), wait('Packages', () => done(true))) : go('/package-builder', 'Packages', () => done(true)));")
        };
        for (back, how) in [(false, "by links"), (true, "out by link, back by Back")] {
            let script = round_trip(back);
            let mut live_at_100 = 0.0;
            for round in 1..=200 {
                let _ = js(&c, &script).await;
                if round % 100 == 0 {
                    let now = memory(&c).await;
                    t.row(format!("memory: +{round} list ⇄ results round trips {how}"), show(now), "");
                    if round == 100 {
                        live_at_100 = now.2;
                    } else {
                        t.row(
                            format!("memory: live wasm heap growth per round trip {how}, trips 101–200 (bytes)"),
                            format!("{:.0}", (now.2 - live_at_100) * 1024.0 / 100.0),
                            "",
                        );
                    }
                }
            }
        }
    }
    if run("network") {
        // 4. Network discipline (live mode, counted by the mock server)
        let server = Server::new(Some(app_dist.clone()), "bench");
        let addr = mock_server::start(server.clone(), 0).await.expect("mock server");
        let live = format!("http://{addr}");
        let _ = c.goto(&format!("{live}/connect")).await;
        type_into(&c, "API token", "bench-token").await;
        if let Ok(b) = c.find(fantoccini::Locator::XPath("//button[normalize-space()='Connect']")).await {
            let _ = b.click().await;
        }
        wait_for(&c, "//h1[normalize-space()='Packages']").await;
        let _ = c.goto(&format!("{live}/package-builder/results/104")).await;
        if let Ok(b) =
            c.wait().for_element(fantoccini::Locator::XPath("//button[normalize-space()='Regenerate']")).await
        {
            let _ = b.click().await;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        let count = || requests(&server.log(), "GET", "/package_builder/packages/104").count();
        // The demo build lasts 20 s, too short to count a whole minute: time the polls instead.
        let mut seen = count();
        let mut arrivals = Vec::new();
        let watch = std::time::Instant::now();
        while watch.elapsed() < Duration::from_secs(16) {
            tokio::time::sleep(Duration::from_millis(20)).await;
            let now = count();
            if now > seen {
                arrivals.push(watch.elapsed().as_secs_f64());
                seen = now;
            }
        }
        let gaps: Vec<f64> = arrivals.windows(2).map(|w| w[1] - w[0]).collect();
        let per_minute = 60.0 / median(gaps);
        t.row(
            "network: results polls per minute while building (from the gaps between polls)",
            format!("{per_minute:.1}"),
            "",
        );
        let _ = c.goto(&format!("{live}/package-builder")).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let left = count();
        tokio::time::sleep(Duration::from_secs(15)).await;
        t.row("network: results polls per minute after leaving the page", format!("{}", (count() - left) * 4), "");

        let _ = c.goto(&format!("{live}/campaigns/7001/setup")).await;
        let headline = wait_for(&c, "//input[@id=//label[normalize-space()='Headline']/@for]").await;
        let _ = headline.clear().await;
        server.clear_log();
        let text: String =
            "Continuous typing for ten seconds keeps the draft safe ".chars().cycle().take(100).collect();
        for ch in text.chars() {
            let _ = headline.send_keys(&ch.to_string()).await;
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        tokio::time::sleep(Duration::from_secs(3)).await;
        let puts: Vec<LoggedRequest> = requests(&server.log(), "PUT", "/setup_processes/7001").cloned().collect();
        let completed: Vec<&LoggedRequest> = puts.iter().filter(|p| p.status.is_some() && !p.aborted).collect();
        let last_ok = completed.last().is_some_and(|p| {
            p.body.contains(&format!("\"headline\":\"{}\"", text.trim_end()))
                || p.body.contains(&format!("\"headline\":\"{text}\""))
        });
        t.row(
            "network: autosave PUTs started / completed / aborted in 10 s typing",
            format!("{} / {} / {}", puts.len(), completed.len(), puts.iter().filter(|p| p.aborted).count()),
            "",
        );
        t.row("network: last completed PUT carries the final text", if last_ok { "yes" } else { "NO" }, "");
    }
    let _ = c.close().await;

    let machine = Command::new("uname")
        .arg("-srm")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let browser_binary = match BrowserKind::current() {
        BrowserKind::Chromium => "chromium",
        BrowserKind::Firefox => "firefox-esr",
    };
    let chromium = Command::new(browser_binary)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let date = Command::new("date")
        .arg("-u")
        .arg("+%Y-%m-%d %H:%M UTC")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let mut md = format!("# Benchmarks\n\n{date} · {machine} · {cores} cores · {chromium} · medians of {RUNS} runs where timed\n\n| figure | value | vs bare Leptos |\n|---|---:|---:|\n");
    for (a, b, c) in &t.0 {
        md.push_str(&format!("| {a} | {b} | {c} |\n"));
    }
    if only.is_none() {
        let _ = std::fs::write("BENCHMARKS.md", md);
        println!("\nwritten to BENCHMARKS.md");
    }
}
