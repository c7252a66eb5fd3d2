//! Sections 2 and 3, load and large data: times measured in the page (paint, the app's
//! performance marks, elements appearing).

use crate::report::{median, ratio, Table, RUNS};
use fantoccini::Client;
use serde_json::Value;

pub(crate) async fn js(c: &Client, script: &str) -> Value {
    c.execute_async(script, vec![]).await.unwrap_or(Value::Null)
}

/// Milliseconds from navigation start until `selector` matches at least `count` elements.
pub(crate) async fn time_until(c: &Client, url: &str, selector: &str, count: usize) -> f64 {
    let _ = c.goto(url).await;
    let script = format!(
        "const done = arguments[arguments.length - 1];
         const tick = () => document.querySelectorAll({selector:?}).length >= {count} ? done(performance.now()) : requestAnimationFrame(tick);
         tick();"
    );
    js(c, &script).await.as_f64().unwrap_or(f64::NAN)
}

pub(crate) async fn first_paint(c: &Client, url: &str) -> f64 {
    let _ = c.goto(url).await;
    let script = "const done = arguments[arguments.length - 1];
        const tick = () => { const e = performance.getEntriesByName('first-contentful-paint')[0]; e ? done(e.startTime) : setTimeout(tick, 20); };
        tick();";
    js(c, script).await.as_f64().unwrap_or(f64::NAN)
}

pub(crate) async fn mark(c: &Client, name: &str) -> f64 {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         const tick = () => {{ const e = performance.getEntriesByName({name:?}); e.length ? done(e[e.length - 1].startTime) : setTimeout(tick, 10); }};
         tick();"
    );
    js(c, &script).await.as_f64().unwrap_or(f64::NAN)
}

pub(crate) async fn load(t: &mut Table, c: &Client, app: &str, bare: &str) {
    // 2. Load
    let mut fcp = Vec::new();
    let mut bare_fcp = Vec::new();
    let mut list = Vec::new();
    for _ in 0..RUNS {
        bare_fcp.push(first_paint(c, &format!("{bare}/")).await);
        fcp.push(first_paint(c, &format!("{app}/package-builder")).await);
        list.push(mark(c, "package-list-rendered").await);
    }
    let (fcp, bare_fcp) = (median(fcp), median(bare_fcp));
    t.row("load: navigation → first contentful paint, static shell (ms)", format!("{fcp:.1}"), ratio(fcp, bare_fcp));
    t.row("load: bare Leptos counter → first contentful paint (ms)", format!("{bare_fcp:.1}"), "1.00×");
    t.row("load: navigation → package list rendered (ms)", format!("{:.1}", median(list)), "");
}

pub(crate) async fn large(t: &mut Table, c: &Client, app: &str) {
    // 3. Large data
    let mut render = Vec::new();
    let mut render_only = Vec::new();
    let mut keystroke = Vec::new();
    let mut last_page = Vec::new();
    let mut clusters = Vec::new();
    let mut clusters_only = Vec::new();
    for _ in 0..RUNS {
        render.push(time_until(c, &format!("{app}/package-builder?demo_packages=10000"), "tbody tr", 50).await);
        render_only.push(mark(c, "package-list-rendered").await - mark(c, "package-list-data").await);
        keystroke.push(first_keystroke(c).await);
        last_page
            .push(time_until(c, &format!("{app}/package-builder?demo_packages=10000&page=201"), "tbody tr", 1).await);
        clusters.push(
            time_until(
                c,
                &format!("{app}/package-builder/results/101?demo_clusters=50"),
                "article.cluster tbody tr",
                // Each cluster shows its first 10 preview rows; "Show more" adds the rest.
                50 * 10,
            )
            .await,
        );
        clusters_only.push(mark(c, "results-rendered").await - mark(c, "results-data").await);
    }
    // More first keystrokes after a load, on loads of their own after the rows above (so those
    // are measured as before): one sample lands either side of a garbage collection or a lazily
    // compiled function, and the median of RUNS moved by up to 4 ms between runs of one build.
    for _ in RUNS..RUNS * KEYSTROKE_LOADS {
        time_until(c, &format!("{app}/package-builder?demo_packages=10000"), "tbody tr", 50).await;
        keystroke.push(first_keystroke(c).await);
    }
    t.row("large: 10,000 packages, navigation → first page rendered (ms)", format!("{:.1}", median(render)), "");
    t.row("large: 10,000 packages, data in hand → first page rendered (ms)", format!("{:.1}", median(render_only)), "");
    t.row(
        format!(
            "large: filter keystroke → list updated, 10,000 packages (ms, median of {} loads)",
            RUNS * KEYSTROKE_LOADS
        ),
        format!("{:.1}", median(keystroke)),
        "",
    );
    t.row("large: navigation → last page of 10,000 rendered (ms)", format!("{:.1}", median(last_page)), "");
    t.row(
        "large: 50 clusters × 500 rows (10 shown each), navigation → rendered (ms)",
        format!("{:.1}", median(clusters)),
        "",
    );
    t.row(
        "large: 50 clusters × 500 rows (10 shown each), data in hand → rendered (ms)",
        format!("{:.1}", median(clusters_only)),
        "",
    );
}

/// Loads of 10,000 packages, per run, whose first filter keystroke is timed.
const KEYSTROKE_LOADS: usize = 3;

/// Input event → the list and its count updated in the DOM (Leptos effects run as microtasks,
/// so a zero timeout lands after them; paint follows in the same frame).
async fn first_keystroke(c: &Client) -> f64 {
    js(
        c,
        "const done = arguments[arguments.length - 1];
        const input = document.getElementById('filter-text');
        const count = document.querySelector('.count');
        const before = count.textContent;
        const t0 = performance.now();
        input.value = 'Generated audience #999'; input.dispatchEvent(new Event('input'));
        const check = () => count.textContent !== before ? done(performance.now() - t0) : setTimeout(check, 0);
        setTimeout(check, 0);",
    )
    .await
    .as_f64()
    .unwrap_or(f64::NAN)
}
