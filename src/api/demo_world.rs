//! What the demo world's two halves share, below both ([`super::demo`], the package half and
//! the transport; [`super::demo_campaigns`], the campaign half): the URL switches that start a
//! fresh world, the campaign half's storage key, and the slot through which the package half
//! reaches the campaign half once a page has installed it.

use std::cell::Cell;
use wave_api::contract::models::Event;
use wave_api::{ApiRequest, ApiResponse};

/// Where the campaign half keeps itself (sessionStorage).
pub(super) const CAMPAIGNS_STORAGE_KEY: &str = "waveDemoCampaigns.v1";

/// Answers a campaign request; `events` are the package half's (a draft is opened only for an
/// event the world knows).
pub(super) type CampaignHalf = fn(&ApiRequest, &[Event]) -> ApiResponse;

thread_local! {
    static CAMPAIGNS: Cell<Option<CampaignHalf>> = const { Cell::new(None) };
}

/// From now on the campaign half answers this page's campaign requests.
pub(super) fn set_campaign_half(campaigns: CampaignHalf) {
    CAMPAIGNS.set(Some(campaigns));
}

/// The campaign half, once installed.
pub(super) fn campaign_half() -> Option<CampaignHalf> {
    CAMPAIGNS.get()
}

/// A number the page's address gives `name` (`?demo_packages=100`).
pub(super) fn url_switch(name: &str) -> Option<usize> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)?.parse().ok()
}

/// Whether this page asks for a fresh world (one of the URL switches): then neither half is
/// read from storage.
pub(super) fn fresh_world() -> bool {
    ["demo_packages", "demo_clusters", "demo_hostile"].into_iter().any(|name| url_switch(name).is_some())
}
