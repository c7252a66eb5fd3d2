//! The results-page poll, owned by its page: one timer at a time, re-armed only after the
//! previous tick's answer arrived, paused while the tab is hidden, resumed at once on return,
//! stopped when `active` turns false or the page is left.

use super::timer::timeout_owned;
use leptos::prelude::*;
use leptos_use::use_document_visibility;
use wave_api::assumptions::{POLL_INTERVAL_MS, POLL_MAX_BACKOFF_MS};
use web_sys::VisibilityState;

/// Delay before the next poll after `failures` failed polls in a row.
pub fn backoff_ms(failures: u32) -> u32 {
    if failures == 0 {
        POLL_INTERVAL_MS
    } else {
        POLL_INTERVAL_MS.saturating_mul(1 << failures.min(4)).min(POLL_MAX_BACKOFF_MS)
    }
}

/// Calls `tick` every [`POLL_INTERVAL_MS`] (or the backoff) while `active`. `answered` must
/// change after every tick's answer (success or failure): that is what re-arms the timer.
pub fn use_poll(active: Signal<bool>, answered: Signal<u64>, failures: Signal<u32>, tick: impl Fn() + Clone + Send + Sync + 'static) {
    let visibility = use_document_visibility();
    let visible = move || visibility.get() != VisibilityState::Hidden;

    Effect::new({
        let tick = tick.clone();
        move |_| {
            answered.track();
            if active.get() && visible() {
                let tick = tick.clone();
                timeout_owned(backoff_ms(failures.get_untracked()), move || tick());
            }
        }
    });

    // Back from a hidden tab: poll now rather than wait out a fresh interval.
    Effect::new(move |was_visible: Option<bool>| {
        let now_visible = visible();
        if was_visible == Some(false) && now_visible && active.get_untracked() {
            tick();
        }
        now_visible
    });
}
