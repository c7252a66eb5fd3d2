//! Section `budget`: how small each route's wasm would have to be for the first-load goals of
//! issue #14, in Lighthouse's own simulation.
//!
//! Lighthouse (simulated throttling) records one real page load, then estimates the phone's
//! timings from the requests and main-thread tasks it saw. This section records each route
//! once (`lighthouse -G`), then replays that recording (`lighthouse -A`) with the wasm fetched
//! before the largest contentful paint scaled to a fraction of its size: the same requests,
//! the same CPU work, fewer bytes. Bisecting the fraction gives the largest wasm total at which the estimate still meets
//! a goal: LCP ≤ 1.5× the bare app's (from the same kind of replay), and performance ≥ 95.
//!
//! Numbers only, like the rest of the benchmark. They bound what trimming bytes can do: a
//! route whose budget is far below its own framework's size needs a different kind of first
//! paint, not a smaller module.

use crate::report::Table;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Halvings of the fraction: 2⁻⁸ of the route's wasm, about 1.5 KB on /package-builder.
const STEPS: usize = 8;

pub(crate) fn section(t: &mut Table, app: &str, bare: &str, routes: &[&str]) {
    let work = e2e::tempdir("lighthouse-budget");
    let Some(bare_run) = record(&format!("{bare}/"), &work.join("bare")) else {
        eprintln!("budget: no Lighthouse recording of the bare app");
        return;
    };
    let Some(bare_lcp) = replay(&bare_run, 1.0).map(|r| r.lcp_ms) else { return };
    for route in routes {
        let Some(run) = record(&format!("{app}{route}"), &work.join(route.replace('/', "_"))) else {
            eprintln!("budget: no Lighthouse recording of {route}");
            continue;
        };
        let kb = run.wasm_bytes as f64 / 1000.0;
        let lcp_budget = largest_fraction(&run, |r| r.lcp_ms <= 1.5 * bare_lcp);
        let perf_budget = largest_fraction(&run, |r| r.performance >= 94.5);
        let say = |fraction: Option<f64>| match fraction {
            Some(f) => format!("{:.0} of {kb:.0}", f * kb),
            None => format!("none of {kb:.0}"),
        };
        t.row(format!("budget: {route}, wasm KB before LCP allowing LCP ≤ 1.5× bare (of now)"), say(lcp_budget), "");
        t.row(format!("budget: {route}, wasm KB before LCP allowing performance ≥ 95 (of now)"), say(perf_budget), "");
    }
}

/// One recorded page load.
struct Recording {
    dir: PathBuf,
    /// The devtools log as recorded (the replays edit copies of it).
    log: Vec<Value>,
    /// The wasm requests sent before the largest contentful paint: the ones the estimate of
    /// LCP waits for (a chunk prefetched later is left as it is).
    wasm: Vec<String>,
    /// Their brotli bytes.
    wasm_bytes: u64,
}

struct Estimate {
    performance: f64,
    lcp_ms: f64,
}

fn record(url: &str, dir: &Path) -> Option<Recording> {
    let _ = std::fs::remove_dir_all(dir);
    // Gathering only: the recording is saved, no report is written.
    lighthouse(&[url.to_string(), format!("-G={}", dir.display())]);
    let log: Vec<Value> =
        serde_json::from_slice(&std::fs::read(dir.join("defaultPass.devtoolslog.json")).ok()?).ok()?;
    // The paint as recorded (unthrottled), on the clock of the log's timestamps.
    let report = lighthouse(&[format!("-A={}", dir.display())])?;
    let lcp = report["audits"]["metrics"]["details"]["items"][0]["observedLargestContentfulPaintTs"].as_f64()?;
    let wasm: Vec<String> = log
        .iter()
        .filter(|m| m["method"] == "Network.requestWillBeSent")
        .filter(|m| m["params"]["timestamp"].as_f64().is_some_and(|t| t * 1e6 < lcp))
        .filter(|m| {
            m["params"]["request"]["url"].as_str().is_some_and(|u| u.split('?').next().unwrap_or(u).ends_with(".wasm"))
        })
        .filter_map(|m| m["params"]["requestId"].as_str().map(str::to_string))
        .collect();
    let wasm_bytes = log
        .iter()
        .filter(|m| m["method"] == "Network.loadingFinished")
        .filter(|m| m["params"]["requestId"].as_str().is_some_and(|id| wasm.iter().any(|w| w == id)))
        .filter_map(|m| m["params"]["encodedDataLength"].as_f64())
        .sum::<f64>() as u64;
    Some(Recording { dir: dir.to_path_buf(), log, wasm, wasm_bytes })
}

/// Lighthouse's estimate for the recording with those wasm responses at `fraction` of their size.
fn replay(run: &Recording, fraction: f64) -> Option<Estimate> {
    let mut log = run.log.clone();
    for message in &mut log {
        let is_wasm = message["params"]["requestId"].as_str().is_some_and(|id| run.wasm.iter().any(|w| w == id));
        if !is_wasm {
            continue;
        }
        let method = message["method"].as_str().unwrap_or_default().to_string();
        let field = &mut message["params"]["encodedDataLength"];
        match method.as_str() {
            // The simulation reads a response's size from its end; chunks in between are ignored.
            "Network.loadingFinished" => *field = Value::from((field.as_f64().unwrap_or(0.0) * fraction).round()),
            "Network.dataReceived" => *field = Value::from(0),
            _ => {}
        }
    }
    let copy = run.dir.with_extension("replay");
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(&copy).ok()?;
    for name in ["artifacts.json", "defaultPass.trace.json"] {
        std::fs::copy(run.dir.join(name), copy.join(name)).ok()?;
    }
    std::fs::write(copy.join("defaultPass.devtoolslog.json"), serde_json::to_vec(&log).ok()?).ok()?;
    let report = lighthouse(&[format!("-A={}", copy.display())])?;
    Some(Estimate {
        performance: report["categories"]["performance"]["score"].as_f64()? * 100.0,
        lcp_ms: report["audits"]["largest-contentful-paint"]["numericValue"].as_f64()?,
    })
}

/// The largest fraction of the route's wasm (to 2⁻[`STEPS`]) whose replay meets `goal`:
/// `None` when not even a load without wasm bytes would. The estimate is a step function of
/// the bytes (whole round trips), so a bisection finds the step's edge.
fn largest_fraction(run: &Recording, goal: impl Fn(&Estimate) -> bool) -> Option<f64> {
    // A replay without an answer counts as not meeting the goal (a budget too low, never too
    // high), and says so.
    let meets = |f: f64| match replay(run, f) {
        Some(estimate) => goal(&estimate),
        None => {
            eprintln!("budget: a Lighthouse replay at {f:.3} of the wasm gave no report");
            false
        }
    };
    if meets(1.0) {
        return Some(1.0);
    }
    if !meets(0.0) {
        return None;
    }
    let (mut low, mut high) = (0.0, 1.0);
    for _ in 0..STEPS {
        let mid = (low + high) / 2.0;
        if meets(mid) {
            low = mid;
        } else {
            high = mid;
        }
    }
    Some(low)
}

/// Lighthouse's performance category only.
fn lighthouse(args: &[String]) -> Option<Value> {
    crate::lighthouse::report(args, "performance")
}
