//! Memory: a page left is given back. The app runs all day in one tab, so what a visit keeps
//! adds up; the benchmark's memory rows measure it, this test keeps it from coming back.

use e2e::*;

/// One list → results → list round trip by links, in the page (as the benchmark makes them),
/// then the bytes the app's allocator still holds.
const ROUND_TRIP: &str = "const done = arguments[arguments.length - 1];
    const wait = (h1, next) => { const h = document.querySelector('main h1'); h && h.textContent === h1 ? next() : setTimeout(() => wait(h1, next), 5); };
    const go = (href, h1, next) => { const a = [...document.querySelectorAll('a')].find(a => a.getAttribute('href') === href);
      if (!a) return setTimeout(() => go(href, h1, next), 10); a.click(); wait(h1, next); };
    go('/package-builder/results/101', 'Munich shows Q3', () => go('/package-builder', 'Packages', () => done(window.waveWasm.liveHeapBytes())));";

#[tokio::test]
async fn a_page_left_is_given_back() {
    scenario(|c, base, _| async move {
        c.goto(&format!("{base}/package-builder")).await.expect("goto");
        heading(&c, "Packages").await;
        let mut live = Vec::new();
        for _ in 0..60 {
            let bytes = c.execute_async(ROUND_TRIP, vec![]).await.expect("round trip");
            live.push(bytes.as_f64().expect("live heap bytes"));
        }
        // After a warm-up (caches, the router's history), what 40 more round trips keep. The
        // router keeps a little per navigation (under 1 KB a round trip); the pages' words,
        // when they held on to the app's language signal, kept over 8 KB.
        let per_trip = (live[59] - live[19]) / 40.0;
        assert!(per_trip < 3_000.0, "each list ⇄ results round trip keeps {per_trip:.0} bytes");
        assert_healthy(&c, "60 round trips").await;
    })
    .await;
}
