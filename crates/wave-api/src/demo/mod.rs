//! The demo world: an in-memory Wave API that answers [`ApiRequest`]s with [`ApiResponse`]s,
//! seeded from `fixtures/*.json`. Time is passed in (`now_ms`), so lifecycles really progress
//! in the app and are deterministic in tests. The whole state serialises, so the app can keep
//! it across reloads (sessionStorage).
//!
//! Where behaviour lives:
//! - `mod.rs` (here): [`DemoBackend`], the route table ([`DemoBackend::handle`]) and the reply helpers.
//! - `state.rs`: what the world stores, seeding from the fixtures, the benchmark's large-data
//!   switches, the hostile strings (off by default), the demo images resolved against the app's
//!   origin, package lifecycles (status over time) and id allocation.
//! - `packages.rs`: package-builder endpoints (list, get, create, merge, regenerate, evaluation
//!   settings and evaluation, customer list CSV), NLQ and CRM exports.
//! - `events.rs`: event search.
//! - `campaigns.rs`: setup processes (drafts), boost, published campaigns (edit, status, budget),
//!   one-off campaigns and campaign results.
//! - `generators.rs`: deterministic fake data (clusters, preview rows, customer ids, results, dates).

mod campaigns;
mod events;
mod generators;
mod packages;
mod state;

use crate::contract::http::{ApiRequest, ApiResponse, Method};
use crate::contract::models::*;
use serde::{Deserialize, Serialize};
use state::DemoPackage;
use std::collections::BTreeMap;

pub use generators::iso_from_ms;
pub use state::{DEMO_MEDIA_PATH, HOSTILE_EVENT_TITLE, HOSTILE_PACKAGE_TITLE};

/// How long a new package takes: INITIALIZING for the first part, then INPROGRESS to DONE.
pub const BUILD_MS: f64 = 20_000.0;
pub const DEMO_PARTNER_ID: &str = "demo-partner";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DemoBackend {
    packages: Vec<DemoPackage>,
    events: Vec<Event>,
    drafts: BTreeMap<String, SetupProcess>,
    campaigns: Vec<Campaign>,
    results: Vec<CampaignResult>,
    next_id: u64,
    crm_exports: u32,
    /// How long a build takes here ([`BUILD_MS`] unless a test sets it).
    #[serde(default = "default_build_ms")]
    build_ms: f64,
}

fn default_build_ms() -> f64 {
    BUILD_MS
}

/// What every endpoint handler returns: the error side is already the response to send.
type Reply = Result<ApiResponse, ApiResponse>;

fn parse<T: serde::de::DeserializeOwned>(body: Option<&str>) -> Result<T, ApiResponse> {
    crate::contract::models::lenient::decode(body.unwrap_or(""))
        .map_err(|e| ApiResponse::detail(400, &format!("Invalid JSON body: {e}")))
}

fn not_found(what: &str) -> ApiResponse {
    ApiResponse::detail(404, &format!("{what} not found"))
}

fn ok() -> ApiResponse {
    ApiResponse::json(200, &serde_json::json!({ "ok": true }))
}

impl DemoBackend {
    pub fn crm_exports(&self) -> u32 {
        self.crm_exports
    }

    /// Answers one request as the Wave API would.
    pub fn handle(&mut self, req: &ApiRequest, now_ms: f64) -> ApiResponse {
        let segments: Vec<&str> = req.segments.iter().map(String::as_str).collect();
        let body = req.body.as_deref();
        use Method::*;
        let reply = match (req.method, segments.as_slice()) {
            (Get, ["package_builder", "packages"]) => self.list_packages(now_ms),
            (Post, ["package_builder", "packages"]) => self.create_package(body, now_ms),
            (Post, ["package_builder", "packages", "merge"]) => self.merge(req, now_ms),
            (Get, ["package_builder", "packages", id]) => self.get_package(id, now_ms),
            (Post, ["package_builder", "packages", id, "regenerate"]) => self.regenerate(id, now_ms),
            (Get, ["package_builder", "packages", id, "backhaul_evaluation_details"]) => {
                self.get_evaluation_settings(id)
            }
            (Put, ["package_builder", "packages", id, "backhaul_evaluation_details"]) => {
                self.put_evaluation_settings(id, body)
            }
            (Get, ["package_builder", "packages", id, "backhaul_evaluation"]) => self.get_evaluation(id, now_ms),
            (Get, ["package_builder", "packages", id, tc, "customer_list"]) => self.customer_list(id, tc, now_ms),
            (Get, ["events"]) => self.list_events(req),
            (Get, ["nlq", "ids_from_nl_description"]) => packages::nlq_ids(req),
            (Post, ["data_integrations", "crm_exports"]) => self.crm_export(body),
            (Get, ["setup_processes", eid]) => self.get_draft(eid),
            (Post, ["setup_processes", eid]) => self.open_draft(eid),
            (Put, ["setup_processes", eid]) => self.save_draft(eid, body),
            (Delete, ["setup_processes", eid]) => self.cancel_draft(req, eid),
            (Post, ["setup_processes", eid, "boost"]) => self.boost(eid),
            (Post, ["campaigns_setup"]) => self.edit_published(body),
            (Get, ["events", eid, "campaigns"]) => self.event_campaigns(eid),
            (Get, ["campaigns", "by_partner_id"]) => self.partner_campaigns(req),
            (Put, ["campaigns", eid, tc, run, suffix]) => self.update_campaign(eid, tc, run, suffix, body),
            (Post, ["campaigns"]) => self.one_off(req),
            (Get, ["campaign_results"]) => self.campaign_results(req),
            _ => Err(not_found("Route")),
        };
        match reply {
            Ok(response) | Err(response) => response,
        }
    }
}
