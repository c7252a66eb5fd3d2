//! Route-level code splitting. In the release build (`--features split`, made by
//! `scripts/build.sh`) the pages below are compiled into wasm chunks: the create wizard and the
//! results page one each, the overview one, the campaigns list one, the setup wizard and the
//! event page one together. A chunk is fetched
//! the first time its page is shown, or earlier: when a link to it is pointed at, touched or
//! focused, by public/boot.js together with the main module (a deep link), or, for the page a
//! route leads to without a link (create → its results), once the route has settled.
//! The package list, the connect page and the shell stay in the main module: the list is the
//! page partners open first, and signing in must work even when a chunk cannot be fetched.
//!
//! Without the feature (`trunk serve`, the component tests) every page is in the one module
//! and these routes render it directly.
//!
//! A chunk that fails to download (offline, a deploy mid-session) shows a message with Retry
//! instead of a panic: the split functions are `fallible`, and a failed load is not cached.

use leptos::prelude::*;

/// Declares one lazily loaded page: `$route()` renders it (loading its chunk first when split)
/// and `$preload()` starts fetching the chunk without rendering anything. `then $next`: the
/// chunk fetched [`SETTLE_MS`] after the page has shown.
// rustfmt re-indents the attribute below on every run: left as written.
#[rustfmt::skip]
macro_rules! split_page {
    ($route:ident, $preload:ident, $module:ident, $chunk:ident, $name:ident, $page:ident) => {
        split_page!($route, $preload, $module, $chunk, $name, $page, then None);
    };
    ($route:ident, $preload:ident, $module:ident, $chunk:ident, $name:ident, $page:ident, then $next:expr) => {
        /// The name of the page's wasm chunk.
        const $name: &str = stringify!($module);

        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        fn $chunk() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
            Ok(view! { <$page/> }.into_any())
        }

        #[cfg(feature = "split")]
        pub fn $route() -> impl IntoView {
            crate::i18n::provide_page_lang();
            lazy_view(|| Box::pin($chunk()), $next)
        }

        #[cfg(not(feature = "split"))]
        pub fn $route() -> impl IntoView {
            crate::i18n::provide_page_lang();
            view! { <$page/> }
        }

        #[cfg(not(feature = "split"))]
        async fn $preload() -> Result<(), ()> {
            Ok(())
        }
    };
}

use super::campaigns::{overview::CampaignsOverview, setup::SetupWizard};
use super::event::EventPage;
use super::overview::Overview;
use super::package_builder::{create::CreateWizard, results::Results};
use crate::routes::Page;

// The pages with a first-load goal (create, results) have a chunk each: a deep link then
// fetches only its own page's code (brotli, with the main module: create 407 → 361 KB in 7
// files, results 407 → 369 KB in 6). So has the campaigns list, the campaign surface's landing
// page: with setup and event in its chunk a deep link fetched 538 KB, alone 375 KB (Lighthouse
// HTTP/2 91 → 96; the whole build pays 15 KB, as code shared between chunks compresses
// apart). Setup and event stay together: they share most of their code, and one chunk each
// made a route fetch up to 19 files for little. Taking the list out of the main module cost
// more round trips than it saved bytes.
split_page!(overview, preload_overview, overview_pages, overview_chunk, OVERVIEW_CHUNK, Overview);
split_page!(
    create_wizard, preload_create_wizard, create_page, create_wizard_chunk, CREATE_WIZARD_CHUNK, CreateWizard,
    then Some(|| spawn_preload(preload_results()))
);
split_page!(results, preload_results, results_page, results_chunk, RESULTS_CHUNK, Results);
split_page!(campaigns, preload_campaigns, campaigns_page, campaigns_chunk, CAMPAIGNS_CHUNK, CampaignsOverview);
split_page!(setup_wizard, preload_setup_wizard, campaign_pages, setup_wizard_chunk, SETUP_WIZARD_CHUNK, SetupWizard);
split_page!(event, preload_event, campaign_pages, event_chunk, EVENT_CHUNK, EventPage);

/// Starts fetching the chunk of the page at `path` (a link's href), if it has one. Failures
/// are ignored: showing the route fetches again and reports them.
pub fn preload(path: &str) {
    match Page::of_path(path) {
        Some(Page::Overview) => spawn_preload(preload_overview()),
        Some(Page::CreatePackage) => spawn_preload(preload_create_wizard()),
        Some(Page::Results) => spawn_preload(preload_results()),
        Some(Page::Campaigns) => spawn_preload(preload_campaigns()),
        Some(Page::Setup) => spawn_preload(preload_setup_wizard()),
        Some(Page::Event) => spawn_preload(preload_event()),
        Some(Page::Packages | Page::Connect) | None => {}
    }
}

/// The wasm chunk (the module its `split_page!` names) that holds `page`'s code; `None` for
/// the pages in the main module. `public/boot.js` preloads a deep link's chunk from a table
/// that a component test holds against this one.
pub fn chunk_of(page: Page) -> Option<&'static str> {
    match page {
        Page::Overview => Some(OVERVIEW_CHUNK),
        Page::CreatePackage => Some(CREATE_WIZARD_CHUNK),
        Page::Results => Some(RESULTS_CHUNK),
        Page::Campaigns => Some(CAMPAIGNS_CHUNK),
        Page::Setup => Some(SETUP_WIZARD_CHUNK),
        Page::Event => Some(EVENT_CHUNK),
        Page::Packages | Page::Connect => None,
    }
}

/// Runs one chunk fetch to its end. Failures are ignored: showing the route fetches again and
/// reports them.
fn spawn_preload<E: 'static>(fetch: impl std::future::Future<Output = Result<(), E>> + 'static) {
    // Not leptos's spawner: this may run before the app mounts (main.rs).
    wasm_bindgen_futures::spawn_local(async move {
        let _ = fetch.await;
    });
}

/// How long after a page's code has arrived the chunk it leads to is fetched: the page's
/// first requests have a head start, so a phone shares less of its bandwidth between them.
#[cfg_attr(not(feature = "split"), allow(dead_code))]
const SETTLE_MS: u32 = 1_000;

/// Preloads a route's chunk when the user shows intent to follow a link to it: the pointer
/// over it, a touch, or keyboard focus. Registered once by the shell, removed with it.
pub fn preload_on_link_intent() {
    use wasm_bindgen::JsCast;
    let intent = |event: web_sys::Event| {
        let href = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href^='/']").ok().flatten())
            .and_then(|a| a.get_attribute("href"));
        if let Some(href) = href {
            preload(&href);
        }
    };
    let handles = [
        window_event_listener_untyped("pointerover", intent),
        window_event_listener_untyped("touchstart", intent),
        window_event_listener_untyped("focusin", intent),
    ];
    on_cleanup(move || handles.into_iter().for_each(|h| h.remove()));
}

thread_local! {
    /// Whether the user has moved between routes yet (focus moves only after that).
    static NAVIGATED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called by the shell on every route change after the first.
pub fn note_navigation() {
    NAVIGATED.set(true);
}

/// A chunk's download, as the split function returns it (it starts when first polled).
#[cfg(feature = "split")]
type ChunkLoad =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<AnyView, leptos::wasm_split::SplitLoaderError>>>>;

/// The route of a lazily loaded page. One function for all of them, not one copy per page's
/// future type: generic, it was six copies of the same reactive code in the main module.
#[cfg(feature = "split")]
fn lazy_view(load: fn() -> ChunkLoad, then: Option<fn()>) -> impl IntoView {
    use send_wrapper::SendWrapper;
    use std::task::Poll;
    let attempt = RwSignal::new(0u32);
    let pending = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let page = move || {
        attempt.track();
        // The loader's error type is not Send; the page is single-threaded.
        let mut chunk = SendWrapper::new(load());
        Suspend::new(async move {
            // An already-fetched chunk is ready at the first poll, inside the first render:
            // no "Loading" flash and no focus move then.
            let mut waited = false;
            let loaded = std::future::poll_fn(|cx| match chunk.as_mut().poll(cx) {
                Poll::Pending => {
                    waited = true;
                    pending.try_set(true);
                    Poll::Pending
                }
                ready => ready,
            })
            .await;
            pending.try_set(false);
            // The shell moved focus before the heading existed, or the focused Retry button
            // goes with the message: the heading shown takes focus. (A failed Retry keeps the
            // message and its focused button.)
            let retried = attempt.try_get_untracked().unwrap_or(0) > 0;
            let move_focus = match &loaded {
                Ok(_) => NAVIGATED.get() || retried,
                Err(_) => NAVIGATED.get() && !retried,
            };
            if waited && move_focus {
                crate::reactive::timer::timeout_owned(0, crate::browser::document::focus_heading);
            }
            // The failure view lives outside this Suspend, owned by the route: a Retry
            // disposes of this render, and the message must stay and keep working meanwhile.
            failed.try_set(loaded.is_err());
            if let (Ok(_), Some(next)) = (&loaded, then) {
                // Owned by this render: leaving the page first cancels it.
                crate::reactive::timer::timeout_owned(SETTLE_MS, next);
            }
            loaded.unwrap_or_else(|_| ().into_any())
        })
    };
    view! {
        <Show when=move || pending.get() && attempt.get() == 0>
            <p class="loading" role="status">{crate::tr!(loading_page)}</p>
        </Show>
        <Show when=move || failed.get()>
            <ChunkFailed
                retrying=pending
                retry=move || {
                    if !pending.get_untracked() {
                        attempt.update(|n| *n += 1);
                    }
                }
            />
        </Show>
        {page}
    }
}

/// The page's code could not be fetched: say so, and offer to try again. After a new version
/// was deployed the old build's files are gone and only a reload helps: offered too.
#[component]
pub fn ChunkFailed(retrying: RwSignal<bool>, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    use crate::i18n::t;
    let reload = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    view! {
        <section class="chunk-failed">
            <h1 tabindex="-1">{crate::tr!(chunk_failed_title)}</h1>
            <p role="alert">{crate::tr!(chunk_failed_text)}</p>
            <div class="actions">
                // aria-disabled, not disabled: the button keeps focus while it works.
                <button type="button" on:click=move |_| retry() aria-disabled=move || retrying.get().to_string()>
                    {move || if retrying.get() { t().retrying() } else { t().retry() }}
                </button>
                <button type="button" on:click=reload>{crate::tr!(reload_button)}</button>
            </div>
        </section>
    }
}
