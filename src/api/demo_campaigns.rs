//! The campaign half of the demo world (drafts, published campaigns, results). The pages that
//! read campaigns call [`install`] as they start: in the release build its code then sits in
//! a chunk those pages share (wasm-split places code by who calls it), fetched together with
//! them, and not in the main module. [`load_campaign_half`] is the way in for a campaign
//! request made before any of those pages. It keeps itself in sessionStorage, beside the
//! package half.

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

/// Installs the campaign half, its chunk loaded first (release build).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(demo_campaigns, wasm_split_path = ::leptos::wasm_split, fallible)]
pub(super) fn load_campaign_half() -> Result<(), leptos::wasm_split::SplitLoaderError> {
    install();
    Ok(())
}

/// Installs the campaign half (one module: nothing to load).
#[cfg(not(feature = "split"))]
pub(super) async fn load_campaign_half() -> Result<(), ()> {
    install();
    Ok(())
}
