//! The app behind nginx as shipped, in the browser: it starts on a deep link under the header
//! policy (no violation while every route's code loads), and a repeat visit takes every hashed
//! file from the cache while index.html is revalidated. Plain HTTP on loopback: a browser told
//! to ignore a self-signed certificate does not cache what it fetched with it.

use crate::support::is_hashed;
use e2e::*;
use fantoccini::Client;

/// Every resource the page fetched so far: (path, bytes transferred, encoded body bytes,
/// decoded body bytes), from Resource Timing.
async fn resources(c: &Client) -> Vec<(String, f64, f64, f64)> {
    let v = c
        .execute(
            "return performance.getEntriesByType('resource').map(e =>
               [new URL(e.name).pathname, e.transferSize, e.encodedBodySize, e.decodedBodySize]);",
            vec![],
        )
        .await
        .expect("read resource timing");
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| {
                    let f = |i: usize| e.get(i).and_then(|x| x.as_f64()).unwrap_or(-1.0);
                    Some((e.get(0)?.as_str()?.to_string(), f(1), f(2), f(3)))
                })
                .collect()
        })
        .unwrap_or_default()
}

async fn document_transfer(c: &Client) -> f64 {
    c.execute("return performance.getEntriesByType('navigation')[0].transferSize", vec![])
        .await
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(-1.0)
}

#[tokio::test]
async fn the_app_runs_behind_the_shipped_configuration_and_a_repeat_visit_uses_the_cache() {
    let server = start_nginx(&dist(), Listen::Plain).expect("nginx with the shipped configuration");
    run(server.url.clone(), |c, base, _| async move {
        // The policy is the header's now: count its violations. In Chromium from the first
        // script of every page on (before the app starts); Firefox has no such hook, so
        // there from the first page's end on.
        let listen = "window.__violations = [];
             document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";
        let from_start = cdp::before_every_page(&c, listen).await.is_ok();
        // A deep link: the fallback answers with the app, which shows the route.
        c.goto(&format!("{base}/package-builder")).await.expect("navigate");
        heading(&c, "Packages").await;
        settled(&c).await;
        assert_healthy(&c, "the list behind nginx").await;
        if from_start {
            let violations = c.execute("return window.__violations", vec![]).await.expect("violations");
            assert_eq!(violations, serde_json::json!([]), "no policy violation while the app starts");
        } else {
            c.execute(listen, vec![]).await.expect("listen for violations");
        }
        // Every route group's code, by following links as a user would (one document).
        for (name, title) in [
            ("Families for the Gruffalo", "Families for the Gruffalo"),
            ("Campaigns", "Campaigns"),
            ("Wave Console", "Overview"),
            ("Package Builder", "Packages"),
            ("Create package", "Create package"),
        ] {
            link(&c, name).await.click().await.expect("follow the link");
            heading(&c, title).await;
            settled(&c).await;
        }
        let violations = c.execute("return window.__violations", vec![]).await.expect("violations");
        assert_eq!(violations, serde_json::json!([]), "no policy violation on any route");
        assert_healthy(&c, "every route behind nginx").await;

        // The wasm came compressed: the build's gzip copy here (browsers offer brotli over
        // HTTPS only; the header test checks the brotli copies byte for byte).
        c.goto(&format!("{base}/package-builder")).await.expect("navigate");
        heading(&c, "Packages").await;
        let first = resources(&c).await;
        let main = first.iter().find(|r| r.0.starts_with("/wave-console-") && r.0.ends_with("_bg.wasm"));
        let (_, _, encoded, decoded) = main.cloned().expect("the main module was fetched");
        assert!(encoded > 0.0 && encoded < decoded / 2.0, "the main module came compressed: {encoded} of {decoded} bytes");

        // The repeat visit, as tomorrow morning: a fresh navigation to the same route.
        c.goto("about:blank").await.expect("leave");
        c.goto(&format!("{base}/package-builder")).await.expect("come back");
        heading(&c, "Packages").await;
        settled(&c).await;
        let again = resources(&c).await;
        let hashed: Vec<_> = again.iter().filter(|r| is_hashed(&r.0)).collect();
        assert!(hashed.len() >= 4, "the glue, loader, CSS and wasm were asked for: {again:?}");
        for (path, transferred, _, decoded) in &hashed {
            assert!(*decoded > 0.0, "{path} was used");
            assert_eq!(*transferred, 0.0, "{path} came from the cache, without asking the server");
        }
        assert!(document_transfer(&c).await > 0.0, "index.html was revalidated (no-cache)");
    })
    .await;
}
