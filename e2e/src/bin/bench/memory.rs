//! Section 5, memory (demo mode, Chromium only): JS heap, wasm memory and the live wasm heap
//! after load and after many list ⇄ results round trips.

use crate::report::Table;
use crate::timing::{js, mark};
use fantoccini::Client;
use serde_json::Value;

/// JS heap (MB, after a forced GC), wasm linear memory (MB, a high-water mark: it never shrinks)
/// and live wasm heap (KB still allocated, from the app's counting allocator).
pub(crate) async fn memory(c: &Client) -> (f64, f64, f64) {
    let v = js(c, "const done = arguments[arguments.length - 1];
        if (window.gc) gc();
        const w = window.waveWasm;
        done([performance.memory ? performance.memory.usedJSHeapSize : 0, w ? w.memory.buffer.byteLength : 0, w ? w.liveHeapBytes() : 0]);").await;
    let n = |i: usize| v.get(i).and_then(Value::as_f64).unwrap_or(0.0);
    (n(0) / 1_048_576.0, n(1) / 1_048_576.0, n(2) / 1024.0)
}

pub(crate) async fn section(t: &mut Table, c: &Client, app: &str) {
    // 5. Memory (demo mode)
    let _ = c.goto(&format!("{app}/package-builder")).await;
    mark(c, "package-list-rendered").await;
    let show = |(heap, wasm, live): (f64, f64, f64)| format!("{heap:.2} / {wasm:.2} / {live:.0}");
    t.row("memory: after load, JS heap MB / wasm memory MB / live wasm heap KB", show(memory(c).await), "");
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
            let _ = js(c, &script).await;
            if round % 100 == 0 {
                let now = memory(c).await;
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
