//! `use_mutation`: the one way a page runs a mutation (merge, regenerate, save, publish…).
//!
//! A Leptos [`Action`] runs the request: its state lives in reference-counted signals, so an
//! answer that arrives after the page was left updates nothing that is gone. The page's
//! reaction (`on_done`) runs in an effect owned by the calling component, so it simply never
//! runs once that component is cleaned up: no signal, callback, context or navigation is
//! touched after the user left. `pending()` is the busy flag and `version()` is what resources
//! track to load again after a successful change.
//!
//! ```ignore
//! let merge = use_mutation(
//!     move |ids: &Vec<Id>| { let (client, ids) = (client.clone(), ids.clone()); async move { client.send(calls::merge_packages(&ids)).await } },
//!     move |result| match result {
//!         Ok(created) => highlight.set(created.id.0),
//!         Err(e) => notices.error(e.user_message(lang_now())),
//!     },
//! );
//! view! { <button on:click=move |_| { merge.dispatch_local(ids()); } disabled=move || merge.pending().get()>"Merge"</button> }
//! ```

use leptos::prelude::*;
use std::future::Future;

/// The action's output: what the request answered.
pub type Mutation<I, T> = Action<I, Result<T, wave_api::ApiError>>;

/// Runs `run` on `dispatch_local(input)`; `on_done` gets each answer while the caller lives.
pub fn use_mutation<I, T, Fu>(
    run: impl Fn(&I) -> Fu + 'static,
    on_done: impl Fn(Result<T, wave_api::ApiError>) + 'static,
) -> Mutation<I, T>
where
    I: Send + Sync + 'static,
    T: Clone + Send + Sync + 'static,
    Fu: Future<Output = Result<T, wave_api::ApiError>> + 'static,
{
    let action = Action::new_local(run);
    let version = action.version();
    let value = action.value();
    Effect::watch(
        move || version.get(),
        move |_, _, _| {
            if let Some(result) = value.get_untracked() {
                on_done(result);
            }
        },
        false,
    );
    action
}
