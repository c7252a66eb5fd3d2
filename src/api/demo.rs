//! The demo transport: the `wave-api` demo backend, in this page, kept in sessionStorage so a
//! reload finds what the user did. A short latency makes loading states real; an aborted
//! signal is honoured like a real fetch.
//!
//! URL switches for the benchmark: `?demo_packages=N` adds N packages, `?demo_clusters=N`
//! gives the first DONE package N clusters of 500 preview rows.

use crate::browser::storage::{self, Area};
use gloo_timers::future::TimeoutFuture;
use std::cell::RefCell;
use wave_api::demo::DemoBackend;
use wave_api::{ApiError, ApiRequest, ApiResponse, Method};
use web_sys::AbortSignal;

const STORAGE_KEY: &str = "waveDemoState.v1";
const LATENCY_MS: u32 = 150;

thread_local! {
    static BACKEND: RefCell<Option<DemoBackend>> = const { RefCell::new(None) };
    /// Requests answered so far: what the benchmark and the poll tests count.
    static REQUESTS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

pub fn request_count() -> u64 {
    REQUESTS.with(std::cell::Cell::get)
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn url_switch(name: &str) -> Option<usize> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)?.parse().ok()
}

fn load() -> DemoBackend {
    let scaled = (url_switch("demo_packages"), url_switch("demo_clusters"));
    if scaled == (None, None) {
        if let Some(backend) = storage::get_json(Area::Session, STORAGE_KEY) {
            return backend;
        }
    }
    let mut backend = DemoBackend::seeded(now_ms());
    if let Some(n) = scaled.0 {
        backend = backend.with_extra_packages(n.min(100_000));
    }
    if let Some(n) = scaled.1 {
        backend = backend.with_large_package(n.min(500));
    }
    backend
}

/// Answers at once, and persists the world after anything that may change it.
pub fn send_now(req: &ApiRequest) -> ApiResponse {
    REQUESTS.with(|n| n.set(n.get() + 1));
    BACKEND.with(|cell| {
        let mut slot = cell.borrow_mut();
        let backend = slot.get_or_insert_with(load);
        let response = backend.handle(req, now_ms());
        if req.method != Method::Get {
            // A full storage only means a reload starts the demo world afresh.
            let _ = storage::set_json(Area::Session, STORAGE_KEY, &*backend);
        }
        response
    })
}

pub async fn send(req: &ApiRequest, signal: Option<&AbortSignal>) -> Result<ApiResponse, ApiError> {
    TimeoutFuture::new(LATENCY_MS).await;
    if signal.is_some_and(AbortSignal::aborted) {
        return Err(ApiError::Aborted);
    }
    let response = send_now(req);
    // The answer arrives in a task of its own, as a real response would: working out the demo
    // world's answer and rendering it are then two tasks, not one long one.
    TimeoutFuture::new(0).await;
    // Like fetch, whose body can no longer be read once aborted: the world has changed (a
    // server would have done the work too), but the caller hears Aborted.
    if signal.is_some_and(AbortSignal::aborted) {
        return Err(ApiError::Aborted);
    }
    Ok(response)
}
