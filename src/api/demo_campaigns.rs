//! The campaign half of the demo world (drafts, published campaigns, results). The pages that
//! read campaigns call [`install`] as they start: in the release build its code then sits in
//! a chunk those pages share (wasm-split places code by who calls it), fetched together with
//! them, and not in the main module. It keeps itself in sessionStorage, beside the package
//! half.
//!
//! A page that sends campaign requests must call [`install`] first: in the release build the
//! half is not there otherwise, and such a request fails as if offline. (A split function of
//! its own for that case cost 2.3 KB brotli and 4 more files on every route that reads
//! campaigns; the e2e suite runs every page on the release build and would show the failure.)

use super::demo_world::{fresh_world, set_campaign_half, CAMPAIGNS_STORAGE_KEY as STORAGE_KEY};
use crate::browser::storage::{self, Area};
use std::cell::RefCell;
use wave_api::contract::models::Event;
use wave_api::demo::DemoCampaigns;
use wave_api::{ApiRequest, ApiResponse, Method};

thread_local! {
    static WORLD: RefCell<Option<DemoCampaigns>> = const { RefCell::new(None) };
}

fn load() -> DemoCampaigns {
    if !fresh_world() {
        if let Some(world) = storage::get_json(Area::Session, STORAGE_KEY) {
            return world;
        }
    }
    let mut world = DemoCampaigns::seeded();
    if let Some(origin) = web_sys::window().and_then(|w| w.location().origin().ok()) {
        world.resolve_demo_media(&origin);
    }
    world
}

fn answer(req: &ApiRequest, events: &[Event]) -> ApiResponse {
    WORLD.with(|cell| {
        let mut slot = cell.borrow_mut();
        let world = slot.get_or_insert_with(load);
        let response = world.handle(req, events);
        if req.method != Method::Get {
            // A full storage only means a reload starts the demo world afresh.
            let _ = storage::set_json(Area::Session, STORAGE_KEY, &*world);
        }
        response
    })
}

/// Makes the campaign half answer this page's campaign requests (in demo mode; harmless in
/// live mode). The overview, campaign, setup and event pages call it first thing.
pub fn install() {
    set_campaign_half(answer);
}

/// For a campaign request before any page installed the campaign half: in one module (no
/// `split`: `trunk serve`, the component tests) it is here to install; in the release build it
/// is not (see the module's doc), and the request fails.
pub(super) fn install_if_here() -> bool {
    #[cfg(not(feature = "split"))]
    install();
    cfg!(not(feature = "split"))
}
