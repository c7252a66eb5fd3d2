//! Tolerant models: unknown fields survive a write-back, and one malformed value or element
//! costs only itself, never the whole page.

use serde_json::{json, Value};
use wave_api::contract::calls;
use wave_api::contract::models::*;
use wave_api::demo::DemoBackend;
use wave_api::{ApiError, ApiResponse, Call};

const T0: f64 = 1_780_000_000_000.0;

fn ok(body: &str) -> ApiResponse {
    ApiResponse::text(200, body.into())
}

fn body_of<T>(call: &Call<T>) -> Value {
    serde_json::from_str(call.request.body.as_deref().expect("a body")).expect("the body is JSON")
}

fn send<T>(backend: &mut DemoBackend, call: Call<T>) -> Result<T, ApiError> {
    let response = backend.handle(&call.request, T0);
    call.read(&response)
}

const DRAFT: &str = r#"{ "eid": 7001, "status": "DRAFT", "tc_run_id": "run-2026-05", "goal": "TICKET_SALES",
  "total_budget": "1500", "currency": "EUR", "start_date": "2026-06-01", "end_date": "2026-06-30",
  "experiment": { "arm": "b", "weights": [1, 2.5, null], "since": "2026-05-01" },
  "available_clusters": [ { "tc": "a", "name": "A", "size": "18400" }, "garbage" ],
  "clusters": [ { "tc": "a", "priority": 3,
      "creative": { "headline": "Old", "body": "", "media_url": "", "cta": "LEARN_MORE",
                    "variants": [ { "headline": "Alt", "weight": 0.5 } ] },
      "targeting": { "geo": ["München"], "age_min": "25", "age_max": 54.0, "genders": [], "custom_audiences": [],
                     "interests": { "music": ["jazz", "opera"], "exclude": null } } } ],
  "integration": { "ad_account_id": 1001, "pixel_id": "px_2002", "lead_form_id": null, "capi": { "vault_ref": "k1", "on": true } },
  "dsa_payor": "Wave Partner GmbH", "dsa_beneficiary": "Munich Concerts e.V." }"#;

#[test]
fn save_setup_sends_unknown_fields_back_unchanged() {
    let mut draft = calls::get_setup(&Id("7001".into())).read(&ok(DRAFT)).expect("draft decodes");
    draft.total_budget = Some(2000.0);
    draft.clusters[0].creative.headline = "New".into();
    draft.clusters[0].targeting.age_min = Some(30);
    let body = body_of(&calls::save_setup(&draft.eid, &draft));
    // Known fields carry the edits.
    assert_eq!(body["total_budget"], 2000.0);
    assert_eq!(body["clusters"][0]["creative"]["headline"], "New");
    assert_eq!(body["clusters"][0]["targeting"]["age_min"], 30);
    // Unknown fields, at every level, come back exactly as they came.
    assert_eq!(body["experiment"], json!({ "arm": "b", "weights": [1, 2.5, null], "since": "2026-05-01" }));
    assert_eq!(body["clusters"][0]["priority"], 3);
    assert_eq!(body["clusters"][0]["creative"]["variants"], json!([{ "headline": "Alt", "weight": 0.5 }]));
    assert_eq!(body["clusters"][0]["targeting"]["interests"], json!({ "music": ["jazz", "opera"], "exclude": null }));
    assert_eq!(body["integration"]["capi"], json!({ "vault_ref": "k1", "on": true }));
    // ...and only once: known fields never end up in `extra`.
    assert!(draft.extra.keys().eq(["experiment"]));
    assert!(draft.integration.extra.keys().eq(["capi"]));
    assert!(draft.clusters[0].creative.extra.keys().eq(["variants"]));
}

#[test]
fn flatten_works_with_defaults_and_lenient_fields() {
    let draft: SetupProcess = serde_json::from_str(DRAFT).expect("draft");
    // Lenient fields inside models that also flatten their unknown fields.
    assert_eq!(draft.total_budget, Some(1500.0));
    assert_eq!(draft.available_clusters.len(), 1, "the unreadable cluster is skipped");
    assert_eq!(draft.available_clusters[0].size, 18400.0);
    assert_eq!((draft.clusters[0].targeting.age_min, draft.clusters[0].targeting.age_max), (Some(25), Some(54)));
    assert_eq!(draft.integration.ad_account_id.as_deref(), Some("1001"));
    assert_eq!(draft.integration.lead_form_id, None);
    // Missing and null fields take their defaults, also next to unknown ones.
    let sparse: SetupProcess =
        serde_json::from_str(r#"{"eid": 9, "goal": null, "clusters": [{"x": 1}], "integration": null, "new": 1}"#)
            .expect("sparse");
    assert_eq!((sparse.goal.as_str(), sparse.currency.as_str(), sparse.total_budget), ("", "", None));
    assert_eq!(sparse.clusters[0].extra["x"], 1);
    assert_eq!(sparse.clusters[0].creative, Creative::default());
    assert_eq!(sparse.integration, Integration::default());
    assert_eq!(sparse.extra["new"], 1);
    // A full round trip through our own serialisation is lossless.
    let again: SetupProcess = serde_json::from_str(&serde_json::to_string(&draft).expect("json")).expect("again");
    assert_eq!(again, draft);
    assert_eq!(Targeting::default().extra.len(), 0);
}

#[test]
fn editable_eq_ignores_unknown_fields_but_not_edits() {
    let server: SetupProcess = serde_json::from_str(DRAFT).expect("draft");
    let mut echo = server.clone();
    echo.extra.insert("updated_at".into(), json!("2026-06-02T10:00:00Z"));
    echo.clusters[0].creative.extra.clear();
    echo.integration.extra.insert("capi".into(), json!(null));
    assert!(server.editable_eq(&echo), "a server stamp is not a user edit");
    echo.clusters[0].creative.headline = "Edited".into();
    assert!(!server.editable_eq(&echo));
}

const CAMPAIGNS: &str = r#"[
  { "eid": 7002, "tc": "opera first-timers", "tc_run_id": "run-2026-05", "status": "ACTIVE", "budget": "300",
    "spend": { "amount": 12.5, "currency": "EUR" },
    "creative": { "headline": "Old", "body": "B", "media_url": "", "cta": "BUY_TICKETS",
                  "variants": [ { "headline": "Alt", "weight": 0.5 } ], "dco": true },
    "targeting": { "geo": ["München"], "age_min": 21, "age_max": 40, "genders": [], "custom_audiences": [],
                   "placements": { "feed": true, "stories": [1, 2] } } },
  "not a campaign",
  { "eid": 7002, "tc": "broken", "tc_run_id": "r", "creative": 5 },
  { "eid": null, "tc": 42, "tc_run_id": "r", "status": 3, "budget": 14.0 }
]"#;

#[test]
fn edit_published_cluster_carries_creative_and_targeting_extras() {
    let campaigns = calls::event_campaigns(&Id("7002".into())).read(&ok(CAMPAIGNS)).expect("list decodes");
    let campaign = &campaigns[0];
    assert_eq!(campaign.extra["spend"], json!({ "amount": 12.5, "currency": "EUR" }));
    // The way the app edits: change what the user typed, keep everything else.
    let edit = PublishedClusterEdit {
        creative: Creative { headline: "New".into(), ..campaign.creative.clone() },
        ..PublishedClusterEdit::from_campaign(campaign)
    };
    let body = body_of(&calls::edit_published_cluster(&edit));
    assert_eq!(body["eid"], 7002);
    assert_eq!(body["creative"]["headline"], "New");
    assert_eq!(body["creative"]["variants"], json!([{ "headline": "Alt", "weight": 0.5 }]));
    assert_eq!(body["creative"]["dco"], true);
    assert_eq!(body["targeting"]["placements"], json!({ "feed": true, "stories": [1, 2] }));
    assert_eq!(body["targeting"]["age_max"], 40);
    assert!(body.get("spend").is_none(), "campaign-level extras are not part of this body");
}

#[test]
fn save_evaluation_settings_sends_unknown_fields_back() {
    let json = r#"{ "backhaul_evaluation_attribution_window": 30.0, "backhaul_evaluation_model": "EVENTS_FROM_PACKAGE",
        "email_sent_date": "2026-06-01", "channels": ["email", "sms"], "thresholds": { "min": 0.1, "max": null } }"#;
    let id = Id("101".into());
    let mut settings = calls::evaluation_settings(&id).read(&ok(json)).expect("settings");
    assert_eq!(settings.backhaul_evaluation_attribution_window, 30);
    settings.backhaul_evaluation_attribution_window = 60;
    let body = body_of(&calls::save_evaluation_settings(&id, &settings));
    assert_eq!(body["backhaul_evaluation_attribution_window"], 60);
    assert_eq!(body["channels"], json!(["email", "sms"]));
    assert_eq!(body["thresholds"], json!({ "min": 0.1, "max": null }));
}

#[test]
fn the_demo_backend_keeps_unknown_fields() {
    let mut b = DemoBackend::seeded(T0);
    let eid = Id("7004".into());
    let mut draft = send(&mut b, calls::start_setup(&eid)).expect("started");
    draft.extra.insert("experiment".into(), json!({ "arm": "b", "n": [1, 2] }));
    draft.clusters.push(ClusterSetup { tc: draft.available_clusters[0].tc.clone(), ..ClusterSetup::default() });
    draft.clusters[0].creative.extra.insert("variants".into(), json!([{ "w": 0.5 }]));
    draft.integration.extra.insert("capi".into(), json!(true));
    send(&mut b, calls::save_setup(&eid, &draft)).expect("saved");
    let back = send(&mut b, calls::get_setup(&eid)).expect("read back");
    assert_eq!(back.extra["experiment"], json!({ "arm": "b", "n": [1, 2] }));
    assert_eq!(back.clusters[0].creative.extra["variants"], json!([{ "w": 0.5 }]));
    assert_eq!(back.integration.extra["capi"], true);

    let id = Id("101".into());
    let mut settings = send(&mut b, calls::evaluation_settings(&id)).expect("settings");
    settings.extra.insert("channels".into(), json!(["email"]));
    send(&mut b, calls::save_evaluation_settings(&id, &settings)).expect("saved");
    assert_eq!(send(&mut b, calls::evaluation_settings(&id)).expect("again").extra["channels"], json!(["email"]));

    let c = send(&mut b, calls::event_campaigns(&Id("7002".into()))).expect("campaigns").remove(0);
    let mut edit = PublishedClusterEdit::from_campaign(&c);
    edit.targeting.extra.insert("placements".into(), json!({ "feed": true }));
    send(&mut b, calls::edit_published_cluster(&edit)).expect("edited");
    let after = send(&mut b, calls::event_campaigns(&c.eid)).expect("campaigns").remove(0);
    assert_eq!(after.targeting.extra["placements"], json!({ "feed": true }));
}

// ---------------------------------------------------------------- lenient decoding

#[test]
fn a_campaign_list_keeps_what_it_can_read() {
    let campaigns = calls::partner_campaigns("p", None).read(&ok(CAMPAIGNS)).expect("list decodes");
    assert_eq!(campaigns.len(), 2, "the string and the campaign with \"creative\": 5 are skipped");
    assert_eq!(campaigns[0].budget, Some(300.0), "\"300\" reads as 300");
    assert_eq!(campaigns[1].eid, Id::default(), "a null eid is the empty id");
    assert_eq!(campaigns[1].tc, "42");
    assert_eq!(campaigns[1].status, CampaignStatus::Unknown);
    assert_eq!(campaigns[1].budget, Some(14.0));
    // Not an array at all is still an error.
    for body in ["{}", "null", "\"x\"", "[1,"] {
        assert!(matches!(calls::event_campaigns(&Id("1".into())).read(&ok(body)), Err(ApiError::Decode(_))), "{body}");
    }
}

#[test]
fn every_list_call_skips_unreadable_elements() {
    let packages = r#"[{"id": 1, "title": "A", "status": "DONE", "events": [{"id": 5, "title": "E"}, 7, "x", {"id": null}]},
        "x", {"id": "2", "status": 9, "events": "none"}, {"id": 3, "events": 3.5}]"#;
    let list = calls::list_packages().read(&ok(packages)).expect("packages");
    assert_eq!(list.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["1", "2", "3"]);
    assert_eq!(list[0].events.len(), 2, "unreadable events are skipped, a null id is kept as empty");
    assert_eq!(list[1].status, PackageStatus::Unknown);
    assert!(list[1].events.is_empty() && list[2].events.is_empty());

    let events = r#"[{"id": 1, "title": 2026, "date": null}, true, {"id": "e2", "venue": 5}]"#;
    let list = calls::search_events("", 1, None).read(&ok(events)).expect("events");
    assert_eq!((list.len(), list[0].title.as_str(), list[1].venue.as_deref()), (2, "2026", Some("5")));

    let results =
        r#"[{"eid": 1, "tc": "a", "sales": "12", "adjusted_sales": 10.5, "sales_adjustment": " -0.2 "}, null, 4]"#;
    let list = calls::campaign_results(&Id("1".into()), "p").read(&ok(results)).expect("results");
    assert_eq!((list.len(), list[0].sales, list[0].sales_adjustment), (1, 12.0, -0.2));
}

#[test]
fn numbers_read_from_numbers_floats_and_strings() {
    for raw in ["14", "14.0", "\"14\"", "\" 14 \"", "\"14.0\"", "1.4e1"] {
        let s: EvaluationSettings =
            serde_json::from_str(&format!(r#"{{"backhaul_evaluation_attribution_window": {raw}}}"#)).expect(raw);
        assert_eq!(s.backhaul_evaluation_attribution_window, 14, "{raw}");
    }
    // Not a whole number, out of range, or not a number: the default, and the rest still reads.
    for raw in ["14.5", "-1", "4294967296", "\"abc\"", "\"NaN\"", "true", "null", "[14]", "{}"] {
        let s: EvaluationSettings = serde_json::from_str(&format!(
            r#"{{"backhaul_evaluation_attribution_window": {raw}, "backhaul_evaluation_model": "M"}}"#
        ))
        .expect(raw);
        assert_eq!((s.backhaul_evaluation_attribution_window, s.backhaul_evaluation_model.as_str()), (0, "M"), "{raw}");
    }
    let t: Targeting = serde_json::from_str(r#"{"age_min": "18", "age_max": 300, "geo": ["Berlin", 10115, null]}"#)
        .expect("targeting");
    assert_eq!((t.age_min, t.age_max), (Some(18), None));
    assert_eq!(t.geo, ["Berlin", "10115"]);
    let c: Campaign = serde_json::from_str(r#"{"budget": " 14.5 "}"#).expect("campaign");
    assert_eq!(c.budget, Some(14.5));
    let c: Campaign = serde_json::from_str(r#"{"budget": "lots"}"#).expect("campaign");
    assert_eq!(c.budget, None);
    let p: CreatePackage =
        serde_json::from_str(r#"{"num_packages": "3", "n_top_events": 2.0, "event_ids": [1, "e", null]}"#)
            .expect("payload");
    assert_eq!((p.num_packages, p.n_top_events, p.event_ids.len()), (3, 2, 3));
    let package: Package = serde_json::from_str(
        r#"{"id": 1, "progress": "40", "content": {"a": {"customers": "184", "preview": [{"id": "c"}, 1, null]}, "b": 7}}"#,
    )
    .expect("package");
    assert_eq!((package.progress, package.content.len()), (Some(40.0), 1));
    assert_eq!((package.content["a"].counts.customers, package.content["a"].preview.len()), (184.0, 1));
}

#[test]
fn ids_and_text_never_fail() {
    let ids: Vec<Id> =
        serde_json::from_str(r#"[null, true, 7001, 7001.0, "evt_a", {"x": 1}, [1], -3, 1.5]"#).expect("ids");
    let ids: Vec<&str> = ids.iter().map(Id::as_str).collect();
    assert_eq!(ids, ["", "true", "7001", "7001", "evt_a", "", "", "-3", "1.5"]);
    let e: Event =
        serde_json::from_str(r#"{"id": null, "title": null, "city": 80331, "venue": {"name": "x"}}"#).expect("event");
    assert_eq!((e.id.is_empty(), e.title.as_str(), e.city.as_deref(), e.venue), (true, "", Some("80331"), None));
    let nlq: NlqIds = serde_json::from_str(r#"{"ids": [1, "c2", null, {}]}"#).expect("ids");
    assert_eq!(nlq.ids, ["1", "c2"]);
}

#[test]
fn a_draft_with_unreadable_clusters_keeps_the_rest() {
    let json = r#"{"eid": "7001", "status": 1, "clusters": ["x", {"tc": "ok"}, {"tc": "bad", "targeting": "all"}, 3],
        "available_clusters": {"not": "a list"}, "total_budget": "12,5"}"#;
    let d = calls::get_setup(&Id("7001".into())).read(&ok(json)).expect("draft");
    assert_eq!(d.clusters.iter().map(|c| c.tc.as_str()).collect::<Vec<_>>(), ["ok"]);
    assert!(d.available_clusters.is_empty());
    // A status the app does not know is kept as it came (and makes the draft read-only).
    assert_eq!(d.status, DraftStatus::Other(serde_json::json!(1)));
    assert!(!d.status.is_editable());
    assert_eq!(d.total_budget, None, "server numbers use a decimal point");
}

#[test]
fn the_one_decoder_reads_models_as_reading_the_text_straight_would() {
    use wave_api::contract::models::lenient::decode;
    fn same<T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(json: &str) {
        let straight = serde_json::from_str::<T>(json).ok();
        assert_eq!(decode::<T>(json).ok(), straight, "{json}");
    }
    for json in [
        r#"{"id": 1, "title": "A", "status": "DONE", "events": [{"id": 5, "title": "E"}], "later": {"x": [1, 2.5]}}"#,
        r#"{"id": "7", "status": 9, "events": "none", "size": "12"}"#,
        r#"{}"#,
        r#"null"#,
        r#"[1, 2]"#,
        r#"{"id": 1,"#,
        r#""#,
    ] {
        same::<PackageSummary>(json);
    }
    for json in [
        r#"{"eid": 7, "status": "DRAFT", "campaigns": [{"tc": "t", "budget": "12.5", "extra": true}], "mystery": {"a": null}}"#,
        r#"{"eid": null, "integration": null}"#,
        r#"{"eid": 7, "integration": 5}"#,
    ] {
        same::<SetupProcess>(json);
    }
    // The one difference: a repeated key is read as its last value, as JSON.parse does, where
    // the text reader refused the whole document.
    let repeated = decode::<SetupProcess>(r#"{"eid": 7, "eid": 8}"#).expect("decodes");
    assert_eq!(repeated.eid, Id("8".into()));
    // Unknown fields are kept through either reader.
    let back = decode::<SetupProcess>(r#"{"eid": 1, "later": {"x": [1, 2.5]}}"#).expect("decodes");
    assert_eq!(serde_json::to_value(&back).expect("encodes")["later"], json!({"x": [1, 2.5]}));
}
