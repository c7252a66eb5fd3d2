//! The demo transport: the `wave-api` demo world, in this page, kept in sessionStorage so a
//! reload finds what the user did. A short latency makes loading states real; an aborted
//! signal is honoured like a real fetch.
//!
//! The world's package half lives here. Its campaign half ([`super::demo_campaigns`]) is
//! installed by the pages that read campaigns, so in the release build its code (the campaign
//! models and their demo data) is in a chunk those pages share, fetched with them, and the
//! package pages do not download it.
//!
//! URL switches: for the benchmark, `?demo_packages=N` adds N packages and `?demo_clusters=N`
//! gives the first DONE package N clusters of 500 preview rows; for the tests,
//! `?demo_hostile=1` puts markup into server strings (package 107's and event 7017's titles),
//! which the default world, a newcomer's first screen, does not carry. Each starts a fresh world.
//!
//! The demo creatives' images are files the app serves (`public/demo-media/`): the world
//! gives them full addresses on this page's origin, as the ad network needs them.
//!
//! For component tests of server data the demo world never makes (ids left out or repeated),
//! [`answer_with`] sets a canned answer for one request, in force until its guard is dropped.

use super::demo_campaigns;
use super::demo_world::{campaign_half, fresh_world, url_switch, CAMPAIGNS_STORAGE_KEY};
use crate::browser::storage::{self, Area};
use gloo_timers::future::TimeoutFuture;
use std::cell::RefCell;
use wave_api::demo::DemoPackages;
use wave_api::{ApiError, ApiRequest, ApiResponse, Method};
use web_sys::AbortSignal;

const STORAGE_KEY: &str = "waveDemoPackages.v1";
const OLD_STORAGE_KEY: &str = "waveDemoState.v1";
const LATENCY_MS: u32 = 150;

thread_local! {
    static BACKEND: RefCell<Option<DemoPackages>> = const { RefCell::new(None) };
    /// Requests answered so far: what the benchmark and the poll tests count.
    static REQUESTS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// Canned answers (tests): (guard id, method, path and query, answer).
    static CANNED: RefCell<Vec<(u64, Method, String, ApiResponse)>> = const { RefCell::new(Vec::new()) };
    static CANNED_IDS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A canned answer in force; dropping it restores the demo world's answer.
#[must_use = "the canned answer is removed when this guard is dropped"]
pub struct CannedAnswer(u64);

impl Drop for CannedAnswer {
    fn drop(&mut self) {
        CANNED.with(|c| c.borrow_mut().retain(|(id, ..)| *id != self.0));
    }
}

/// Until the guard is dropped, `method path_and_query` (exactly as
/// [`ApiRequest::path_and_query`] writes it, e.g. `/package_builder/packages/`) is answered with
/// `status` and `body` instead of by the demo world: odd server data for component tests. The
/// newest canned answer for a request wins. A request that matches none (say, a merge with other
/// ids than expected) is answered by the demo world as usual.
pub fn answer_with(method: Method, path_and_query: &str, status: u16, body: &str) -> CannedAnswer {
    let id = CANNED_IDS.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let answer = ApiResponse { status, body: body.to_string() };
    CANNED.with(|c| c.borrow_mut().push((id, method, path_and_query.to_string(), answer)));
    CannedAnswer(id)
}

fn canned(req: &ApiRequest) -> Option<ApiResponse> {
    CANNED.with(|c| {
        let canned = c.borrow();
        if canned.is_empty() {
            return None;
        }
        let path = req.path_and_query();
        canned.iter().rev().find(|(_, m, p, _)| *m == req.method && *p == path).map(|(.., answer)| answer.clone())
    })
}

pub fn request_count() -> u64 {
    REQUESTS.with(std::cell::Cell::get)
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn load() -> DemoPackages {
    // The world before it came in two halves: its space is the halves' now.
    storage::remove(Area::Session, OLD_STORAGE_KEY);
    if fresh_world() {
        // The campaign half, loaded later, starts afresh too. (Only then: a package half that
        // was never stored, because only campaigns changed, must not cost those changes.)
        storage::remove(Area::Session, CAMPAIGNS_STORAGE_KEY);
    } else if let Some(backend) = storage::get_json(Area::Session, STORAGE_KEY) {
        return backend;
    }
    let mut backend = DemoPackages::seeded(now_ms());
    if url_switch("demo_hostile").is_some_and(|on| on > 0) {
        backend.add_hostile_strings();
    }
    let scaled = (url_switch("demo_packages"), url_switch("demo_clusters"));
    if let Some(n) = scaled.0 {
        backend = backend.with_extra_packages(n.min(100_000));
    }
    if let Some(n) = scaled.1 {
        backend = backend.with_large_package(n.min(500));
    }
    // Stored at once: a reload finds this world (the hostile one, or the seeded one with its
    // building package's start), even when only campaigns change before it. A full storage
    // only means a reload starts afresh. Not the benchmark's scaled worlds: writing 10,000
    // packages would be part of what it measures.
    if scaled == (None, None) {
        let _ = storage::set_json(Area::Session, STORAGE_KEY, &backend);
    }
    backend
}

/// The answer, now: `None` when the request is the campaign half's and no page has installed
/// it yet. Persists the package half after anything that may change it (the campaign half
/// persists itself).
fn answer_now(req: &ApiRequest) -> Option<ApiResponse> {
    if let Some(answer) = canned(req) {
        return Some(answer);
    }
    BACKEND.with(|cell| {
        let mut slot = cell.borrow_mut();
        let backend = slot.get_or_insert_with(load);
        if let Some(response) = backend.handle(req, now_ms()) {
            if req.method != Method::Get {
                // A full storage only means a reload starts the demo world afresh.
                let _ = storage::set_json(Area::Session, STORAGE_KEY, &*backend);
            }
            return Some(response);
        }
        campaign_half().map(|campaigns| campaigns(req, backend.events()))
    })
}

/// [`answer_now`], or, for a campaign request before any page installed the campaign half, the
/// half installed here if this build has it in one module (`None` in the release build).
fn answer(req: &ApiRequest) -> Option<ApiResponse> {
    REQUESTS.with(|n| n.set(n.get() + 1));
    answer_now(req).or_else(|| if demo_campaigns::install_if_here() { answer_now(req) } else { None })
}

/// Answers at once: a keep-alive request, sent as the page goes away. A campaign request
/// before the campaign half is installed cannot happen there (its draft was read through it);
/// it is answered 503.
pub fn send_now(req: &ApiRequest) -> ApiResponse {
    answer(req).unwrap_or_else(|| ApiResponse::detail(503, "The demo's campaigns are not installed"))
}

pub async fn send(req: &ApiRequest, signal: Option<&AbortSignal>) -> Result<ApiResponse, ApiError> {
    TimeoutFuture::new(LATENCY_MS).await;
    if signal.is_some_and(AbortSignal::aborted) {
        return Err(ApiError::Aborted);
    }
    // Without its campaign half the world cannot answer, as if offline.
    let response = answer(req).ok_or_else(|| ApiError::Network("the demo's campaign half is not installed".into()))?;
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
