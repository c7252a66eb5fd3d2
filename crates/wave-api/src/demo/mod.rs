//! The demo world: an in-memory Wave API that answers [`ApiRequest`]s with [`ApiResponse`]s,
//! seeded from `fixtures/*.json`. Time is passed in (`now_ms`), so lifecycles really progress
//! in the app and are deterministic in tests. The whole state serialises, so the app can keep
//! it across reloads (sessionStorage).
//!
//! The world has two halves, so that an app can load the campaign half only when a campaign
//! request comes (the browser app keeps it in a wasm chunk of its own):
//! [`DemoPackages`] (packages, CRM exports and the events, which both halves read) and
//! [`DemoCampaigns`] (drafts, published campaigns and results). [`DemoBackend`] is both
//! together, as the mock server and the tests use it.
//!
//! Where behaviour lives:
//! - `mod.rs` (here): the halves, their route tables ([`DemoPackages::handle`],
//!   [`DemoCampaigns::handle`]) and the reply helpers.
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

/// The package half of the demo world: packages, the events (which campaign drafts check
/// too) and the CRM exports made.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DemoPackages {
    packages: Vec<DemoPackage>,
    events: Vec<Event>,
    next_id: u64,
    crm_exports: u32,
    /// How long a build takes here ([`BUILD_MS`] unless a test sets it).
    #[serde(default = "default_build_ms")]
    build_ms: f64,
}

/// The campaign half of the demo world: drafts (setup processes) by event id, published
/// campaigns and their results.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct DemoCampaigns {
    drafts: BTreeMap<String, SetupProcess>,
    campaigns: Vec<Campaign>,
    results: Vec<CampaignResult>,
}

/// The whole demo world, both halves: what the mock server serves.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DemoBackend {
    #[serde(flatten)]
    pub packages: DemoPackages,
    #[serde(flatten)]
    pub campaigns: DemoCampaigns,
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

impl DemoPackages {
    pub fn crm_exports(&self) -> u32 {
        self.crm_exports
    }

    /// The events the world knows (a campaign draft can only be opened for one of them).
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Answers one request as the Wave API would, if it is one of this half's: package
    /// builder, event search, NLQ and CRM exports. `None`: a campaign request.
    pub fn handle(&mut self, req: &ApiRequest, now_ms: f64) -> Option<ApiResponse> {
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
            (_, ["package_builder", ..]) => Err(not_found("Route")),
            (Get, ["events"]) => self.list_events(req),
            (Get, ["nlq", "ids_from_nl_description"]) => packages::nlq_ids(req),
            (Post, ["data_integrations", "crm_exports"]) => self.crm_export(body),
            _ => return None,
        };
        Some(reply.unwrap_or_else(|response| response))
    }
}

impl DemoCampaigns {
    /// Answers one campaign request as the Wave API would: setup processes, boost, published
    /// campaigns and results. `events`: the package half's ([`DemoPackages::events`]).
    pub fn handle(&mut self, req: &ApiRequest, events: &[Event]) -> ApiResponse {
        let segments: Vec<&str> = req.segments.iter().map(String::as_str).collect();
        let body = req.body.as_deref();
        use Method::*;
        let reply = match (req.method, segments.as_slice()) {
            (Get, ["setup_processes", eid]) => self.get_draft(eid),
            (Post, ["setup_processes", eid]) => self.open_draft(eid, events),
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
        reply.unwrap_or_else(|response| response)
    }
}

impl DemoBackend {
    /// The seeded demo world, both halves. `now_ms` anchors the package that is building at start.
    pub fn seeded(now_ms: f64) -> Self {
        DemoBackend { packages: DemoPackages::seeded(now_ms), campaigns: DemoCampaigns::seeded() }
    }

    pub fn crm_exports(&self) -> u32 {
        self.packages.crm_exports()
    }

    /// Answers one request as the Wave API would.
    pub fn handle(&mut self, req: &ApiRequest, now_ms: f64) -> ApiResponse {
        match self.packages.handle(req, now_ms) {
            Some(response) => response,
            None => self.campaigns.handle(req, &self.packages.events),
        }
    }

    /// Builds started from now on take `ms` (tests that need a package to keep building).
    pub fn set_build_ms(&mut self, ms: f64) {
        self.packages.set_build_ms(ms);
    }

    /// See [`DemoPackages::with_extra_packages`].
    pub fn with_extra_packages(self, count: usize) -> Self {
        DemoBackend { packages: self.packages.with_extra_packages(count), ..self }
    }

    /// See [`DemoPackages::with_large_package`].
    pub fn with_large_package(self, clusters: usize) -> Self {
        DemoBackend { packages: self.packages.with_large_package(clusters), ..self }
    }

    /// See [`DemoPackages::add_hostile_strings`].
    pub fn add_hostile_strings(&mut self) {
        self.packages.add_hostile_strings();
    }

    /// See [`DemoCampaigns::resolve_demo_media`].
    pub fn resolve_demo_media(&mut self, origin: &str) {
        self.campaigns.resolve_demo_media(origin);
    }
}
