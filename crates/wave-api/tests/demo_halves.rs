//! The demo world's two halves: the package half answers package-builder, event, NLQ and CRM
//! requests and leaves every campaign request to the campaign half (which the app loads only
//! for the pages that read campaigns); together they answer as the whole world does.

use wave_api::contract::calls;
use wave_api::contract::models::*;
use wave_api::demo::{DemoBackend, DemoCampaigns, DemoPackages};
use wave_api::{ApiRequest, Method};

const T0: f64 = 1_780_000_000_000.0;

fn id(s: &str) -> Id {
    Id(s.into())
}

fn package_requests() -> Vec<ApiRequest> {
    let p = id("101");
    vec![
        calls::list_packages().request,
        calls::get_package(&p).request,
        calls::regenerate_package(&p).request,
        calls::customer_list(&p, "tc-1").request,
        calls::merge_packages(&[id("101"), id("102")]).request,
        calls::evaluation_settings(&p).request,
        calls::evaluation(&p).request,
        calls::search_events("jazz", 1, None).request,
        calls::customer_ids_from_description("students", "customer_ids", "en").request,
        // A package-builder route the API does not have: the package half says 404 itself.
        ApiRequest::new(Method::Get, &["package_builder", "nowhere"]),
    ]
}

fn campaign_requests() -> Vec<ApiRequest> {
    let eid = id("7001");
    vec![
        calls::get_setup(&eid).request,
        calls::start_setup(&eid).request,
        calls::cancel_setup(&eid).request,
        calls::boost_setup(&eid).request,
        calls::event_campaigns(&eid).request,
        calls::partner_campaigns("demo-partner", None).request,
        calls::campaign_results(&eid, "demo-partner").request,
    ]
}

#[test]
fn the_package_half_answers_its_requests_and_no_campaign_request() {
    let mut packages = DemoPackages::seeded(T0);
    for req in package_requests() {
        assert!(packages.handle(&req, T0).is_some(), "{}", req.path_and_query());
    }
    for req in campaign_requests() {
        assert!(packages.handle(&req, T0).is_none(), "{}", req.path_and_query());
    }
}

#[test]
fn the_halves_together_answer_as_the_whole_world() {
    let mut whole = DemoBackend::seeded(T0);
    let (mut packages, mut campaigns) = (DemoPackages::seeded(T0), DemoCampaigns::seeded());
    for req in package_requests().into_iter().chain(campaign_requests()) {
        let by_halves = match packages.handle(&req, T0) {
            Some(answer) => answer,
            None => campaigns.handle(&req, packages.events()),
        };
        assert_eq!(by_halves, whole.handle(&req, T0), "{}", req.path_and_query());
    }
}

#[test]
fn a_draft_opens_only_for_an_event_the_package_half_knows() {
    let packages = DemoPackages::seeded(T0);
    let mut campaigns = DemoCampaigns::seeded();
    let known = packages.events().first().map(|e| e.id.clone()).expect("the demo world has events");
    let open =
        |campaigns: &mut DemoCampaigns, eid: &Id| campaigns.handle(&calls::start_setup(eid).request, packages.events());
    assert_eq!(open(&mut campaigns, &known).status, 200);
    assert_eq!(open(&mut campaigns, &id("999999")).status, 404);
    assert_eq!(campaigns.handle(&calls::start_setup(&id("999999")).request, &[]).status, 404);
}

#[test]
fn every_seeded_package_keeps_its_clusters() {
    let fixture: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../fixtures/packages.json")).expect("the fixture is JSON");
    let mut packages = DemoPackages::seeded(T0);
    let list = calls::list_packages();
    let listed = list.read(&packages.handle(&list.request, T0).expect("answered")).expect("a list");
    assert_eq!(listed.len(), fixture.len(), "every fixture entry is a package");
    let world = serde_json::to_value(&packages).expect("serialise");
    for (seed, stored) in fixture.iter().zip(world["packages"].as_array().expect("packages")) {
        assert_eq!(stored["clusters"], seed.get("clusters").cloned().unwrap_or(serde_json::json!([])), "{seed}");
        // Ids are written as the API writes them (a number when they are digits).
        let text = |v: &serde_json::Value| v.as_str().map_or_else(|| v.to_string(), str::to_string);
        assert_eq!(text(&stored["summary"]["id"]), text(&seed["id"]));
    }
}
