//! Section `interactions`: input → next paint for the interactions of issue #26, as INP
//! measures it. The browser reports it itself (Event Timing: from the input's timestamp to
//! the paint after its handlers ran), for input WebDriver sends as a user's (trusted events),
//! with the CPU slowed 4× (Chromium's DevTools protocol, through chromedriver).
//!
//! Each interaction is timed only once the app has shown its effect (not the browser's own:
//! a ticked box, a typed character), and only entries that started after the input count.
//! Event Timing reports durations of 16 ms and more, in steps of 8 ms: an interaction it does
//! not report was shorter, shown as "≤ 16". A run whose effect never shows makes the row say
//! so, never a time.

use crate::report::{median, Table, RUNS};
use crate::timing::time_until;
use e2e::cdp::slow_cpu;
use e2e::{button, by_label, wait_for};
use fantoccini::{Client, Locator};
use serde_json::Value;
use std::time::Duration;

/// Starts collecting the page's interactions from now on; `before` (a script) records what the
/// effect check compares with.
async fn observe(c: &Client, before: &str) {
    let script = format!(
        "window.__since = performance.now();
         window.__interactions = [];
         if (!window.__observing) {{
           window.__observing = true;
           new PerformanceObserver(list => {{
             for (const e of list.getEntries())
               if (e.interactionId && e.startTime >= window.__since) window.__interactions.push(e.duration);
           }}).observe({{ type: 'event', durationThreshold: 16 }});
         }}
         {before}"
    );
    let _ = c.execute(&script, vec![]).await;
}

/// Once `effect` (a script returning whether the app did what the input asked) holds, and two
/// frames later (the observer hears of the paint after it), the longest interaction since
/// [`observe`]; 16 when none reached the threshold; NaN when the effect never showed.
async fn longest(c: &Client, effect: &str) -> f64 {
    let check = format!(
        "const done = arguments[arguments.length - 1];
         const t0 = performance.now();
         const tick = () => {{
           let ok = false;
           try {{ ok = (() => {{ {effect} }})(); }} catch (_) {{}}
           if (ok) requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 100)));
           else if (performance.now() - t0 > 10000) done(false);
           else setTimeout(tick, 20);
         }};
         tick();"
    );
    if c.execute_async(&check, vec![]).await.ok().and_then(|v| v.as_bool()) != Some(true) {
        return f64::NAN;
    }
    let v = c.execute("return window.__interactions || []", vec![]).await.unwrap_or(Value::Null);
    v.as_array().into_iter().flatten().filter_map(Value::as_f64).fold(16.0, f64::max)
}

async fn goto(c: &Client, url: &str, ready: &str) {
    let _ = c.goto(url).await;
    let _ = wait_for(c, ready).await;
    // The page settles (chunks, first effects) before the CPU slows and the clock starts.
    tokio::time::sleep(Duration::from_millis(500)).await;
}

pub(crate) async fn section(t: &mut Table, c: &Client, app: &str) {
    if let Err(why) = slow_cpu(c, 1).await {
        return eprintln!("interactions section: no CPU throttling, so no rows: {why}");
    }
    let mut rows: Vec<(&str, Vec<f64>)> = vec![
        ("a filter keystroke on 10,000 packages", vec![]),
        ("ticking a row (10,000 packages)", vec![]),
        ("opening the CRM dialog", vec![]),
        ("wizard Next (create, step 1 → 2)", vec![]),
        ("typing in a setup headline (autosave, preview)", vec![]),
        ("the theme toggle", vec![]),
    ];
    for _ in 0..RUNS {
        // 1 and 2: the list of 10,000.
        let shown = time_until(c, &format!("{app}/package-builder?demo_packages=10000"), "tbody tr", 50).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let _ = slow_cpu(c, 4).await;
        observe(c, "window.__count = document.querySelector('.count')?.textContent;").await;
        if let (false, Ok(filter)) = (shown.is_nan(), c.find(Locator::Id("filter-text")).await) {
            let _ = filter.send_keys("9").await;
        }
        // The list and its count follow the filter.
        rows[0].1.push(longest(c, "return document.querySelector('.count').textContent !== window.__count").await);
        observe(c, "").await;
        if let Ok(tick) = c.find(Locator::Css("tbody tr input[type=checkbox]")).await {
            let _ = tick.click().await;
        }
        // The row is selected in the app's own state: the Merge button counts it.
        rows[1]
            .1
            .push(longest(c, "return /Merge selected \\(1\\)/.test(document.querySelector('main').innerText)").await);
        let _ = slow_cpu(c, 1).await;

        // 3: the CRM dialog on a results page.
        goto(c, &format!("{app}/package-builder/results/101"), "//article[contains(@class,'cluster')]").await;
        let _ = slow_cpu(c, 4).await;
        observe(c, "").await;
        if let Ok(open) = c.find(Locator::XPath("//button[starts-with(normalize-space(), 'Export to CRM')]")).await {
            let _ = open.click().await;
        }
        rows[2].1.push(longest(c, "return !!document.querySelector('dialog[open]')").await);
        let _ = slow_cpu(c, 1).await;

        // 4: Next on the create wizard's first step, with an event picked.
        let _ = c.execute("localStorage.clear(); sessionStorage.clear()", vec![]).await;
        goto(c, &format!("{app}/package-builder/create"), "//h1").await;
        e2e::pick_event(c, "jazz", "Summer Jazz Nights").await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let _ = slow_cpu(c, 4).await;
        observe(c, "").await;
        let _ = button(c, "Next").await.click().await;
        rows[3].1.push(longest(c, "return /Step 2/.test(document.querySelector('main').innerText)").await);
        let _ = slow_cpu(c, 1).await;

        // 5: a keystroke in the headline of a campaign setup: the ad preview shows it.
        goto(c, &format!("{app}/campaigns/7001/setup?step=3"), "//h1").await;
        let headline = by_label(c, "Headline").await;
        let _ = headline.click().await;
        let _ = slow_cpu(c, 4).await;
        observe(c, "window.__typed = document.activeElement.value + 'x';").await;
        let _ = headline.send_keys("x").await;
        rows[4].1.push(
            longest(c, "return document.querySelector('.ad-preview')?.textContent.includes(window.__typed)").await,
        );
        let _ = slow_cpu(c, 1).await;

        // 6: the theme toggle, on the overview.
        goto(c, &format!("{app}/"), "//h1").await;
        let _ = slow_cpu(c, 4).await;
        observe(c, "").await;
        let _ = button(c, "Dark").await.click().await;
        rows[5].1.push(longest(c, "return document.documentElement.dataset.theme === 'dark'").await);
        let _ = slow_cpu(c, 1).await;
        let _ = button(c, "System").await.click().await;
    }
    for (what, samples) in rows {
        // One miss in any run marks the row: a median would hide it.
        let m = if samples.iter().any(|x| x.is_nan()) { f64::NAN } else { median(samples) };
        let shown = if m.is_nan() {
            "did not happen".to_string()
        } else if m <= 16.0 {
            "≤ 16".to_string()
        } else {
            format!("{m:.0}")
        };
        t.row(format!("interaction, CPU 4× slower: {what}, input → next paint (ms)"), shown, "");
    }
}
