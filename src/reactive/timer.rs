use gloo_timers::callback::Timeout;
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;

/// Runs `f` once after `ms`, unless the current reactive owner is cleaned up first
/// (gloo's `Timeout` clears itself on drop; `SendWrapper` because `on_cleanup` wants `Send`).
pub fn timeout_owned(ms: u32, f: impl FnOnce() + 'static) {
    let timeout = SendWrapper::new(Timeout::new(ms, f));
    on_cleanup(move || drop(timeout));
}
