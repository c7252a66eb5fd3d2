//! `use_poll`: runs an async `tick` every [`POLL_INTERVAL_MS`] while `active`, owned by the
//! calling component.
//!
//! - One timer at a time, armed only after the previous tick answered (no pile-up on a slow
//!   server); a failed tick backs off (doubling, up to [`POLL_MAX_BACKOFF_MS`]); a good one
//!   resets the backoff. The hook counts the failures; the caller only says ok or not.
//! - Paused while the tab is hidden; back on the tab, it ticks at once.
//! - Stops when `active` turns false, `pause` is called, or the component is cleaned up.
//!
//! ```ignore
//! let building = Signal::derive(move || package.with(|p| p.is_building()));
//! let UsePollReturn { pause, resume } = use_poll(building, move || async move { reload().await.is_ok() });
//! ```

use super::timer::timeout_owned;
use leptos::prelude::*;
use leptos_use::use_document_visibility;
use std::future::Future;
use wave_api::flows::timings::{POLL_INTERVAL_MS, POLL_MAX_BACKOFF_MS};
use web_sys::VisibilityState;

/// Delay before the next poll after `failures` failed polls in a row.
pub fn backoff_ms(failures: u32) -> u32 {
    backoff_from(POLL_INTERVAL_MS, failures)
}

fn backoff_from(interval_ms: u32, failures: u32) -> u32 {
    if failures == 0 {
        interval_ms
    } else {
        interval_ms.saturating_mul(1 << failures.min(4)).min(POLL_MAX_BACKOFF_MS.max(interval_ms))
    }
}

/// How [`use_poll_with_options`] polls.
#[derive(Clone, Copy, Debug)]
pub struct UsePollOptions {
    /// Between an answer and the next poll ([`POLL_INTERVAL_MS`] by default).
    pub interval_ms: u32,
}

impl Default for UsePollOptions {
    fn default() -> Self {
        UsePollOptions { interval_ms: POLL_INTERVAL_MS }
    }
}

#[derive(Clone, Copy)]
pub struct UsePollReturn {
    /// Stops polling until `resume`.
    pub pause: Callback<()>,
    /// Polls again (after a full interval).
    pub resume: Callback<()>,
}

/// Polls `tick` (which answers whether it succeeded) while `active`.
pub fn use_poll<F, Fut>(active: Signal<bool>, tick: F) -> UsePollReturn
where
    F: Fn() -> Fut + Clone + 'static,
    Fut: Future<Output = bool> + 'static,
{
    use_poll_with_options(active, tick, UsePollOptions::default())
}

/// [`use_poll`] with another interval.
pub fn use_poll_with_options<F, Fut>(active: Signal<bool>, tick: F, options: UsePollOptions) -> UsePollReturn
where
    F: Fn() -> Fut + Clone + 'static,
    Fut: Future<Output = bool> + 'static,
{
    let visibility = use_document_visibility();
    let visible = move || visibility.get() != VisibilityState::Hidden;
    let paused = RwSignal::new(false);
    let failures = StoredValue::new(0u32);
    // Bumped after every answer: what re-arms the timer.
    let answered = RwSignal::new(0u64);

    let run = {
        let tick = tick.clone();
        move || {
            let future = tick();
            leptos::task::spawn_local(async move {
                let ok = future.await;
                let _ = failures.try_update_value(|f| *f = if ok { 0 } else { f.saturating_add(1) });
                answered.try_update(|n| *n += 1);
            });
        }
    };

    Effect::new({
        let run = run.clone();
        move |_| {
            answered.track();
            if active.get() && visible() && !paused.get() {
                let run = run.clone();
                timeout_owned(backoff_from(options.interval_ms, failures.get_value()), run);
            }
        }
    });

    // Back from a hidden tab: poll now rather than wait out a fresh interval.
    Effect::new(move |was_visible: Option<bool>| {
        let now_visible = visible();
        if was_visible == Some(false) && now_visible && active.get_untracked() && !paused.get_untracked() {
            run();
        }
        now_visible
    });

    UsePollReturn { pause: Callback::new(move |_| paused.set(true)), resume: Callback::new(move |_| paused.set(false)) }
}
