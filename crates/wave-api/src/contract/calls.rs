//! One constructor per endpoint of the contract. Each returns a [`Call`]: the request to send
//! and how to read its answer. Pages use these and nothing else to talk to the API.
//!
//! Every `Vec<…>` answer is read element by element: one unreadable element is skipped, the
//! others are kept (a body that is not a JSON array is still a Decode error).

use crate::contract::assumptions::{CAMPAIGN_BUDGET_SUFFIX, CAMPAIGN_STATUS_SUFFIX, CRM_EXPORT_PATH};
use crate::contract::error::ApiError;
use crate::contract::http::{ApiRequest, ApiResponse, Method};
use crate::contract::models::lenient::decode_list;
use crate::contract::models::*;
use serde::de::DeserializeOwned;

pub struct Call<T> {
    pub request: ApiRequest,
    decode: fn(&str) -> Result<T, String>,
}

impl<T> Call<T> {
    /// Turns a response into the call's result: non-2xx → [`ApiError::Http`], a body that does
    /// not match the model → [`ApiError::Decode`]. Never panics, whatever the body.
    pub fn read(&self, response: &ApiResponse) -> Result<T, ApiError> {
        if !response.is_success() {
            return Err(ApiError::from_status(response.status, &response.body));
        }
        (self.decode)(&response.body).map_err(ApiError::Decode)
    }
}

fn json<T: DeserializeOwned>(body: &str) -> Result<T, String> {
    crate::contract::models::lenient::decode(body).map_err(|e| e.to_string())
}

fn text(body: &str) -> Result<String, String> {
    Ok(body.to_string())
}

/// Answers whose body we do not need (may be empty or anything).
fn ignore(_: &str) -> Result<(), String> {
    Ok(())
}

fn call<T: DeserializeOwned>(request: ApiRequest) -> Call<T> {
    Call { request, decode: json::<T> }
}

/// A list answer: elements that cannot be read are skipped, see [`decode_list`].
fn list_call<T: DeserializeOwned>(request: ApiRequest) -> Call<Vec<T>> {
    Call { request, decode: decode_list::<T> }
}

const PACKAGES: [&str; 2] = ["package_builder", "packages"];

fn package_path(id: &Id, rest: &[&str]) -> ApiRequest {
    let mut segments = vec![PACKAGES[0], PACKAGES[1], id.as_str()];
    segments.extend_from_slice(rest);
    ApiRequest::new(Method::Get, &segments)
}

fn with_method(mut request: ApiRequest, method: Method) -> ApiRequest {
    request.method = method;
    request
}

// ---------------------------------------------------------------- Package Builder

/// `GET /package_builder/packages/` (trailing slash is part of the route).
pub fn list_packages() -> Call<Vec<PackageSummary>> {
    list_call(ApiRequest::new(Method::Get, &PACKAGES).with_trailing_slash())
}

pub fn create_package(payload: &CreatePackage) -> Call<Created> {
    call(ApiRequest::new(Method::Post, &PACKAGES).json_body(payload))
}

pub fn get_package(id: &Id) -> Call<Package> {
    call(package_path(id, &[]))
}

/// Only for EXPIRED packages; the package re-enters INITIALIZING.
pub fn regenerate_package(id: &Id) -> Call<()> {
    Call { request: with_method(package_path(id, &["regenerate"]), Method::Post), decode: ignore }
}

/// CSV text of one cluster; `tc` is percent-encoded as a path segment, never slugified.
pub fn customer_list(id: &Id, tc: &str) -> Call<String> {
    Call { request: package_path(id, &[tc, "customer_list"]), decode: text }
}

/// Repeated `packages_ids` query keys and no body. A missing (empty) id is never sent, and
/// each id is sent once ([`crate::rules::merge_ids`]).
pub fn merge_packages(ids: &[Id]) -> Call<PackageSummary> {
    let request = crate::rules::merge_ids(ids)
        .iter()
        .fold(ApiRequest::new(Method::Post, &[PACKAGES[0], PACKAGES[1], "merge"]), |request, id| {
            request.query("packages_ids", id)
        });
    call(request)
}

pub fn evaluation_settings(id: &Id) -> Call<EvaluationSettings> {
    call(package_path(id, &["backhaul_evaluation_details"]))
}

/// Saving triggers a re-evaluation: fetch [`evaluation`] again afterwards.
pub fn save_evaluation_settings(id: &Id, settings: &EvaluationSettings) -> Call<()> {
    let request = with_method(package_path(id, &["backhaul_evaluation_details"]), Method::Put);
    Call { request: request.json_body(settings), decode: ignore }
}

pub fn evaluation(id: &Id) -> Call<Evaluation> {
    call(package_path(id, &["backhaul_evaluation"]))
}

/// `GET /events?search=&page=&since=`; `since` is left out when not set.
pub fn search_events(search: &str, page: u32, since: Option<&str>) -> Call<Vec<Event>> {
    list_call(
        ApiRequest::new(Method::Get, &["events"]).query("search", search).query("page", page).query_opt("since", since),
    )
}

pub fn customer_ids_from_description(description: &str, result_type: &str, language: &str) -> Call<NlqIds> {
    call(
        ApiRequest::new(Method::Get, &["nlq", "ids_from_nl_description"])
            .query("description", description)
            .query("result_type", result_type)
            .query("language", language),
    )
}

pub fn export_to_crm(export: &CrmExport) -> Call<()> {
    Call { request: ApiRequest::new(Method::Post, CRM_EXPORT_PATH).json_body(export), decode: ignore }
}

// ---------------------------------------------------------------- Campaigns

fn setup_path(eid: &Id, method: Method) -> ApiRequest {
    ApiRequest::new(method, &["setup_processes", eid.as_str()])
}

/// 404 when the event has no draft yet (then [`start_setup`]).
pub fn get_setup(eid: &Id) -> Call<SetupProcess> {
    call(setup_path(eid, Method::Get))
}

pub fn start_setup(eid: &Id) -> Call<SetupProcess> {
    call(setup_path(eid, Method::Post))
}

/// Autosave: the whole draft.
pub fn save_setup(eid: &Id, draft: &SetupProcess) -> Call<SetupProcess> {
    call(setup_path(eid, Method::Put).json_body(draft))
}

pub fn cancel_setup(eid: &Id) -> Call<()> {
    Call { request: setup_path(eid, Method::Delete).query("cancel", "true"), decode: ignore }
}

/// Publish: creates the campaigns synchronously.
pub fn boost_setup(eid: &Id) -> Call<()> {
    Call { request: ApiRequest::new(Method::Post, &["setup_processes", eid.as_str(), "boost"]), decode: ignore }
}

/// Edit one published cluster; `eid` travels in the body only.
pub fn edit_published_cluster(edit: &PublishedClusterEdit) -> Call<()> {
    Call { request: ApiRequest::new(Method::Post, &["campaigns_setup"]).json_body(edit), decode: ignore }
}

pub fn event_campaigns(eid: &Id) -> Call<Vec<Campaign>> {
    list_call(ApiRequest::new(Method::Get, &["events", eid.as_str(), "campaigns"]))
}

/// ⚑ `event_id` is optional: without it, every campaign of the partner.
pub fn partner_campaigns(partner_id: &str, event_id: Option<&Id>) -> Call<Vec<Campaign>> {
    list_call(
        ApiRequest::new(Method::Get, &["campaigns", "by_partner_id"])
            .query("partner_id", partner_id)
            .query_opt("event_id", event_id),
    )
}

fn campaign_path(campaign: &Campaign, suffix: &str) -> ApiRequest {
    ApiRequest::new(Method::Put, &["campaigns", campaign.eid.as_str(), &campaign.tc, &campaign.tc_run_id, suffix])
}

/// ⚑ `PUT /campaigns/{eid}/{tc}/{tc_run_id}/status` with `{ "status": "ACTIVE" | "PAUSED" }`.
pub fn set_campaign_status(campaign: &Campaign, status: CampaignStatus) -> Call<()> {
    let body = serde_json::json!({ "status": status });
    Call { request: campaign_path(campaign, CAMPAIGN_STATUS_SUFFIX).json_body(&body), decode: ignore }
}

/// ⚑ `PUT /campaigns/{eid}/{tc}/{tc_run_id}/budget` with `{ "budget": n }`.
pub fn set_campaign_budget(campaign: &Campaign, budget: f64) -> Call<()> {
    let body = serde_json::json!({ "budget": budget });
    Call { request: campaign_path(campaign, CAMPAIGN_BUDGET_SUFFIX).json_body(&body), decode: ignore }
}

/// ⚑ `POST /campaigns/` with every field in the query string and no body.
pub fn create_one_off_campaign(c: &OneOffCampaign) -> Call<()> {
    let request = ApiRequest::new(Method::Post, &["campaigns"])
        .with_trailing_slash()
        .query("eid", &c.eid)
        .query("tc", &c.tc)
        .query("tc_run_id", &c.tc_run_id)
        .query("budget", c.budget)
        .query("headline", &c.headline)
        .query("body", &c.body)
        .query("media_url", &c.media_url)
        .query("cta", &c.cta);
    Call { request, decode: ignore }
}

pub fn campaign_results(eid: &Id, partner_id: &str) -> Call<Vec<CampaignResult>> {
    list_call(
        ApiRequest::new(Method::Get, &["campaign_results"])
            .with_trailing_slash()
            .query("eid", eid)
            .query("partner_id", partner_id),
    )
}
