use gloo_timers::callback::Timeout;
use leptos::prelude::{on_cleanup, signal, ReadSignal, Set};
use send_wrapper::SendWrapper;

/// How long a page holds back content that would be pushed down by a load still under way
/// (layout shift): after this it shows anyway, so a slow answer never hides a form.
pub const HOLD_BACK_MS: u32 = 2_000;

/// A flag that turns true [`HOLD_BACK_MS`] from now (owned: the timer stops with its owner).
pub fn held_back_long_enough() -> ReadSignal<bool> {
    let (done, set_done) = signal(false);
    timeout_owned(HOLD_BACK_MS, move || {
        set_done.try_set(true);
    });
    done
}

/// Runs `f` once after `ms`, unless the current reactive owner is cleaned up first
/// (gloo's `Timeout` clears itself on drop; `SendWrapper` because `on_cleanup` wants `Send`).
pub fn timeout_owned(ms: u32, f: impl FnOnce() + 'static) {
    let timeout = SendWrapper::new(Timeout::new(ms, f));
    on_cleanup(move || drop(timeout));
}
