//! Section `repeat`: the first and the second visit of the landing routes behind the shipped
//! nginx configuration (its cache headers), throttled in Chromium as issue #26 measured it:
//! 150 ms added to every request, 1.6 Mbit/s, CPU 4× slower. Reports the largest contentful
//! paint and the bytes transferred of each visit, with the bare counter's first visit in the
//! same run (issue #26, goal 3). Plain HTTP/1.1 on loopback: a browser told to ignore a
//! self-signed certificate does not cache what it fetched with it.

use crate::report::{median, ratio, Table, RUNS};
use e2e::cdp::{clear_cache, slow_cpu, slow_network};
use fantoccini::Client;
use std::path::Path;
use std::time::Duration;

const ROUTES: [&str; 3] = ["/", "/package-builder", "/campaigns"];

/// Largest contentful paint (ms after navigation) and bytes transferred, once the page has
/// had `settle` to finish.
async fn visit(c: &Client, url: &str, settle: Duration) -> (f64, f64) {
    let _ = c.goto(url).await;
    tokio::time::sleep(settle).await;
    let v = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             new PerformanceObserver(list => {
               const lcp = list.getEntries().at(-1).startTime;
               const bytes = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                 .reduce((s, e) => s + (e.transferSize || 0), 0);
               done([lcp, bytes]);
             }).observe({ type: 'largest-contentful-paint', buffered: true });
             setTimeout(() => done([NaN, NaN]), 5000);",
            vec![],
        )
        .await
        .unwrap_or_default();
    let f = |i: usize| v.get(i).and_then(|x| x.as_f64()).unwrap_or(f64::NAN);
    (f(0), f(1))
}

pub(crate) async fn section(t: &mut Table, c: &Client, app_dist: &Path, bare_dist: &Path) {
    let (app, bare) = match (e2e::start_nginx(app_dist, e2e::Listen::Plain), bare_server(bare_dist)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(why), _) | (_, Err(why)) => return eprintln!("repeat section: no nginx: {why}"),
    };
    if let Err(why) = slow_cpu(c, 1).await {
        return eprintln!("repeat section: no throttling, so no rows: {why}");
    }
    let settle = Duration::from_secs(8);
    let mut bare_first = Vec::new();
    let mut rows: Vec<[Vec<f64>; 4]> = ROUTES.iter().map(|_| Default::default()).collect();
    for _ in 0..RUNS.min(3) {
        let _ = slow_network(c, Some((150, 1600))).await;
        let _ = slow_cpu(c, 4).await;
        let _ = clear_cache(c).await;
        bare_first.push(visit(c, &format!("{}/", bare.url), settle).await.0);
        for (i, route) in ROUTES.iter().enumerate() {
            let _ = c.goto("about:blank").await;
            let _ = clear_cache(c).await;
            let (lcp, bytes) = visit(c, &format!("{}{route}", app.url), settle).await;
            let _ = c.goto("about:blank").await;
            let (lcp2, bytes2) = visit(c, &format!("{}{route}", app.url), settle).await;
            for (slot, x) in rows[i].iter_mut().zip([lcp, bytes, lcp2, bytes2]) {
                slot.push(x);
            }
        }
        let _ = c.goto("about:blank").await;
    }
    let _ = slow_network(c, None).await;
    let _ = slow_cpu(c, 1).await;
    // A visit that measured nothing marks its row: a median would hide it.
    let median = |v: Vec<f64>| if v.iter().any(|x| x.is_nan()) { f64::NAN } else { median(v) };
    let bare_lcp = median(bare_first);
    t.row(
        "repeat visits (+150 ms a request, 1.6 Mbit/s, CPU 4×): bare counter, first visit LCP (ms)",
        format!("{bare_lcp:.0}"),
        "1.00×",
    );
    for (route, [lcp, bytes, lcp2, bytes2]) in ROUTES.iter().zip(rows) {
        let (lcp, lcp2) = (median(lcp), median(lcp2));
        t.row(
            format!("repeat visits, phone: {route}, first visit LCP (ms) / KB transferred"),
            format!("{lcp:.0} / {:.0}", median(bytes) / 1000.0),
            ratio(lcp, bare_lcp),
        );
        t.row(
            format!("repeat visits, phone: {route}, second visit LCP (ms) / KB transferred"),
            format!("{lcp2:.0} / {:.1}", median(bytes2) / 1000.0),
            ratio(lcp2, bare_lcp),
        );
    }
}

/// The shipped configuration for the bare counter: without the policy, which forbids trunk's
/// inline loader.
pub(crate) fn bare_config() -> String {
    e2e::nginx::SHIPPED.lines().filter(|l| !l.contains("Content-Security-Policy")).map(|l| format!("{l}\n")).collect()
}

fn bare_server(dist: &Path) -> Result<e2e::Nginx, String> {
    e2e::start_nginx_with(dist, e2e::Listen::Plain, &bare_config())
}
