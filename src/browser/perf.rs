//! Performance marks the benchmark reads.

/// A `performance.mark`. Only the latest of each name is kept: the browser would otherwise
/// hold every one for the life of the page.
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        perf.clear_marks_with_mark_name(name);
        let _ = perf.mark(name);
    }
}
