//! `use_load`: the one way a page loads data. It loads when created and again when a signal
//! its `fetch` reads (before its first `.await`) changes, and [`UseLoadReturn::reload`] loads
//! again on request (Retry, a poll). Meanwhile it keeps the last value, so nothing flickers
//! back to "Loading" (unless [`UseLoadOptions::clear_on_change`]: another package's page must
//! not show the last one's). A load still in flight is aborted when a newer one starts or its owner goes (as
//! the leptos hackernews example does), and an answer that a newer load overtook is dropped.
//!
//! ```ignore
//! let package = use_load(move |abort| client.send_abortable(calls::get_package(&id.get()), abort));
//! view! { {load_view(package, |p| view! { <PackageView package=p/> })} }
//! ```

use crate::api::ApiError;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::Pin;
use web_sys::{AbortController, AbortSignal};

type Start = Box<dyn Fn() -> Pin<Box<dyn Future<Output = bool>>>>;

/// Options of [`use_load_with_options`].
#[derive(Clone, Copy, Debug, Default)]
pub struct UseLoadOptions {
    /// When what `fetch` reads changes, the last value and error go at once ("Loading"): for
    /// a page whose value belongs to what it reads (the package of the address).
    pub clear_on_change: bool,
}

pub struct UseLoadReturn<T: Send + Sync + 'static> {
    /// The last value loaded: kept while a load runs and when it fails.
    pub value: ReadSignal<Option<T>>,
    /// Why the last load failed; cleared by the next success.
    pub error: ReadSignal<Option<ApiError>>,
    /// A load is under way.
    pub loading: ReadSignal<bool>,
    start: StoredValue<Start, LocalStorage>,
}

impl<T: Send + Sync + 'static> Clone for UseLoadReturn<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for UseLoadReturn<T> {}

impl<T: Send + Sync + 'static> UseLoadReturn<T> {
    /// The load as a page shows it: the last load's error (a failed reload too: the page
    /// says so, with Retry), else the value (also while it reloads), else `None` (loading).
    pub fn state(&self) -> Option<Result<T, ApiError>>
    where
        T: Clone,
    {
        match self.error.get() {
            Some(e) => Some(Err(e)),
            None => self.value.get().map(Ok),
        }
    }

    /// Loads again now; the future ends with the answer (`true`: loaded). Nothing happens once
    /// the owner is gone.
    pub fn load_now(&self) -> impl Future<Output = bool> + 'static {
        let started = self.start.try_with_value(|start| untrack(start));
        async move {
            match started {
                Some(answer) => answer.await,
                None => false,
            }
        }
    }

    /// Loads again (Retry); its answer arrives on its own.
    pub fn reload(&self) {
        leptos::task::spawn_local({
            let answer = self.load_now();
            async move {
                answer.await;
            }
        });
    }

    /// [`Self::reload`] as a callback, for a Retry button.
    pub fn retry(&self) -> Callback<()> {
        let this = *self;
        Callback::new(move |_| this.reload())
    }
}

pub fn use_load<T, Fut>(fetch: impl Fn(Option<AbortSignal>) -> Fut + 'static) -> UseLoadReturn<T>
where
    T: Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    use_load_with_options(fetch, UseLoadOptions::default())
}

/// [`use_load`] with options.
pub fn use_load_with_options<T, Fut>(
    fetch: impl Fn(Option<AbortSignal>) -> Fut + 'static,
    options: UseLoadOptions,
) -> UseLoadReturn<T>
where
    T: Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let (value, set_value) = signal(None::<T>);
    let (error, set_error) = signal(None::<ApiError>);
    let (loading, set_loading) = signal(false);
    let generation = StoredValue::new(0u64);
    let controller = StoredValue::new(None::<SendWrapper<AbortController>>);
    let abort = move || {
        if let Some(Some(c)) = controller.try_update_value(Option::take) {
            c.abort();
        }
    };
    let start: Start = Box::new(move || {
        abort();
        let Some(mine) = generation.try_update_value(|g| {
            *g += 1;
            *g
        }) else {
            return Box::pin(async { false });
        };
        let fresh = AbortController::new().ok();
        let signal = fresh.as_ref().map(AbortController::signal);
        controller.set_value(fresh.map(SendWrapper::new));
        set_loading.set(true);
        let answer = fetch(signal);
        Box::pin(async move {
            let answer = answer.await;
            // A newer load started meanwhile, or the owner is gone: this answer is nobody's.
            if generation.try_get_value() != Some(mine) {
                return false;
            }
            set_loading.try_set(false);
            match answer {
                Ok(v) => {
                    set_value.try_set(Some(v));
                    set_error.try_set(None);
                    true
                }
                Err(e) => {
                    set_error.try_set(Some(e));
                    false
                }
            }
        })
    });
    let start = StoredValue::new_local(start);
    // The first load, and one whenever what `fetch` reads changes.
    Effect::new(move |previous: Option<()>| {
        if previous.is_some() && options.clear_on_change {
            set_value.set(None);
            set_error.set(None);
        }
        if let Some(answer) = start.try_with_value(|start| start()) {
            leptos::task::spawn_local(async move {
                answer.await;
            });
        }
    });
    on_cleanup(abort);
    UseLoadReturn { value, error, loading, start }
}

/// [`use_load`] of one API call, sent by the page's client and aborted as above.
pub fn use_call<T: Send + Sync + 'static>(make: impl Fn() -> crate::api::Call<T> + 'static) -> UseLoadReturn<T> {
    let client = crate::api::use_client();
    use_load(move |abort| {
        let (client, call) = (client.clone(), make());
        async move { client.send_abortable(call, abort).await }
    })
}
