//! The contract, natively: URL building and encoding, sample payloads of the source
//! documents, merge ids, file names, error mapping.

use wave_api::contract::calls;
use wave_api::contract::http::{decode_component, encode_component};
use wave_api::contract::models::*;
use wave_api::rules::Lang;
use wave_api::rules::{csv_file_name, split_merge_id};
use wave_api::{ApiError, ApiResponse, Method};

#[test]
fn tc_is_percent_encoded_never_slugified() {
    assert_eq!(encode_component("family outings/munich"), "family%20outings%2Fmunich");
    assert_eq!(encode_component("münchen & co"), "m%C3%BCnchen%20%26%20co");
    assert_eq!(encode_component("a-b_c.d!~*'()"), "a-b_c.d!~*'()");
    let call = calls::customer_list(&Id("pkg_555".into()), "family outings/münchen");
    assert_eq!(
        call.request.path_and_query(),
        "/package_builder/packages/pkg_555/family%20outings%2Fm%C3%BCnchen/customer_list"
    );
    assert_eq!(decode_component("family%20outings%2Fm%C3%BCnchen").as_deref(), Some("family outings/münchen"));
}

#[test]
fn merge_uses_repeated_query_keys_and_no_body() {
    let call = calls::merge_packages(&[Id("123".into()), Id("456".into()), Id("a b".into())]);
    assert_eq!(call.request.method, Method::Post);
    assert_eq!(
        call.request.path_and_query(),
        "/package_builder/packages/merge?packages_ids=123&packages_ids=456&packages_ids=a%20b"
    );
    assert!(call.request.body.is_none());
}

#[test]
fn list_keeps_its_trailing_slash_and_base_urls_join_cleanly() {
    let call = calls::list_packages();
    assert_eq!(call.request.url("/api"), "/api/package_builder/packages/");
    assert_eq!(call.request.url("https://wave.example/v1/"), "https://wave.example/v1/package_builder/packages/");
}

#[test]
fn one_off_campaign_sends_everything_in_the_query_and_no_body() {
    let call = calls::create_one_off_campaign(&OneOffCampaign {
        eid: Id("7001".into()),
        tc: "jazz & blues: Schwabing".into(),
        tc_run_id: "run-2026-05".into(),
        budget: 250.0,
        headline: "Hot nights".into(),
        body: "50% off?".into(),
        media_url: "https://x.test/a.jpg".into(),
        cta: "LEARN_MORE".into(),
    });
    assert!(call.request.body.is_none());
    assert_eq!(
        call.request.path_and_query(),
        "/campaigns/?eid=7001&tc=jazz%20%26%20blues%3A%20Schwabing&tc_run_id=run-2026-05&budget=250&headline=Hot%20nights&body=50%25%20off%3F&media_url=https%3A%2F%2Fx.test%2Fa.jpg&cta=LEARN_MORE"
    );
}

#[test]
fn edit_published_cluster_puts_eid_in_the_body_only() {
    let edit =
        PublishedClusterEdit { eid: Id("7002".into()), tc: "a/b".into(), tc_run_id: "r1".into(), ..Default::default() };
    let call = calls::edit_published_cluster(&edit);
    assert_eq!(call.request.path_and_query(), "/campaigns_setup");
    let body: serde_json::Value = serde_json::from_str(call.request.body.as_deref().unwrap_or("")).expect("json body");
    assert_eq!(body["eid"], 7002);
}

#[test]
fn per_campaign_updates_encode_every_identity_part() {
    let c = Campaign {
        eid: Id("7002".into()),
        tc: "opera/first timers".into(),
        tc_run_id: "run 5".into(),
        ..Default::default()
    };
    let call = calls::set_campaign_status(&c, CampaignStatus::Paused);
    assert_eq!(call.request.path_and_query(), "/campaigns/7002/opera%2Ffirst%20timers/run%205/status");
    assert_eq!(call.request.body.as_deref(), Some(r#"{"status":"PAUSED"}"#));
    assert_eq!(calls::set_campaign_budget(&c, 99.5).request.body.as_deref(), Some(r#"{"budget":99.5}"#));
}

#[test]
fn events_search_and_cancel_queries() {
    assert_eq!(
        calls::search_events("jazz night", 2, None).request.path_and_query(),
        "/events?search=jazz%20night&page=2"
    );
    assert_eq!(
        calls::search_events("", 1, Some("2026-06-01")).request.path_and_query(),
        "/events?search=&page=1&since=2026-06-01"
    );
    assert_eq!(calls::cancel_setup(&Id("7001".into())).request.path_and_query(), "/setup_processes/7001?cancel=true");
    assert_eq!(
        calls::campaign_results(&Id("7".into()), "p 1").request.path_and_query(),
        "/campaign_results/?eid=7&partner_id=p%201"
    );
}

#[test]
fn guide_sample_payloads_decode() {
    let list = r#"[{"id":"pkg_555","title":"Munich shows Q3","status":"DONE","merge_id":null,
        "created_at":"2026-05-15T10:30:00Z","events":[{"id":"evt_abc","title":"..."}],"targeting_mode":"lookalike"}]"#;
    let parsed = calls::list_packages().read(&ApiResponse::text(200, list.into())).expect("list decodes");
    assert_eq!(parsed[0].id.as_str(), "pkg_555");
    assert_eq!(parsed[0].status, PackageStatus::Done);
    assert_eq!(parsed[0].events[0].id.as_str(), "evt_abc");

    let package = r#"{"id":"pkg_555","title":"Munich shows Q3","status":"DONE","merge_id":null,
        "created_at":"2026-05-15T10:30:00Z","targeting_mode":"lookalike","filter_settings":{},"events":[],
        "content":{"family_outings_munich":{"customers":184,"items":412,"purchase":18540,"preview":[{"id":"cust_1"}]}},
        "something_new": [1,2,3]}"#;
    let p = calls::get_package(&Id("pkg_555".into()))
        .read(&ApiResponse::text(200, package.into()))
        .expect("package decodes");
    let cluster = &p.content["family_outings_munich"];
    assert_eq!((cluster.counts.customers, cluster.counts.items, cluster.counts.purchase), (184.0, 412.0, 18540.0));
    assert_eq!(cluster.preview[0]["id"], "cust_1");

    let eval = r#"{"clusters":{"a/b":{"customers":1,"items":2,"purchase":3}}}"#;
    let e = calls::evaluation(&Id("1".into())).read(&ApiResponse::text(200, eval.into())).expect("evaluation");
    assert_eq!(e.clusters["a/b"].purchase, 3.0);

    let draft = r#"{ "eid": 7001, "status": "DRAFT", "tc_run_id": "run-2026-05", "goal": "TICKET_SALES", "total_budget": 1500,
      "currency": "EUR", "start_date": "2026-06-01", "end_date": "2026-06-30",
      "available_clusters": [ { "tc": "family outings/münchen", "name": "Family outings München", "size": 18400 } ],
      "clusters": [ { "tc": "family outings/münchen", "creative": { "headline": "", "body": "", "media_url": "", "cta": "LEARN_MORE" },
        "targeting": { "geo": ["München"], "age_min": 25, "age_max": 54, "genders": [], "custom_audiences": [] } } ],
      "integration": { "ad_account_id": "act_1001", "pixel_id": "px_2002", "lead_form_id": null },
      "dsa_payor": "Wave Partner GmbH", "dsa_beneficiary": "Munich Concerts e.V." }"#;
    let d = calls::get_setup(&Id("7001".into())).read(&ApiResponse::text(200, draft.into())).expect("draft");
    assert_eq!(d.eid.as_str(), "7001");
    assert_eq!(d.clusters[0].targeting.age_max, Some(54));
    // Round trip: what we PUT decodes to the same draft.
    let body = calls::save_setup(&d.eid, &d).request.body.expect("body");
    let again: SetupProcess = serde_json::from_str(&body).expect("round trip");
    assert_eq!(again, d);
}

#[test]
fn create_payload_matches_the_guide() {
    let guide = r#"{ "num_packages": 3, "n_top_events": 3, "event_ids": [12345, 23456], "package_title": "Munich shows Q3",
        "targeting_mode": "lookalike", "filters": { "included_customers": [], "excluded_customers": [],
        "exclude_buying_behavior_above": null, "exclude_buying_behavior_below": null,
        "exclude_old_purchases_before": "2024-01-01", "exclude_recent_purchases_after": null, "exclude_ticket_categories": ["VIP"] } }"#;
    let payload: CreatePackage = serde_json::from_str(guide).expect("guide payload");
    let ours: serde_json::Value =
        serde_json::from_str(calls::create_package(&payload).request.body.as_deref().unwrap_or("")).expect("json");
    let theirs: serde_json::Value = serde_json::from_str(guide).expect("json");
    assert_eq!(ours, theirs);
}

#[test]
fn merge_ids_split_client_side() {
    let ids: Vec<String> = split_merge_id("123_456_789").into_iter().map(|i| i.0).collect();
    assert_eq!(ids, ["123", "456", "789"]);
    assert!(split_merge_id("").is_empty());
    assert_eq!(split_merge_id("_7__8_").len(), 2);
}

#[test]
fn csv_names_cannot_escape_the_download_name() {
    assert_eq!(csv_file_name("family outings/münchen"), "family outings_münchen-customers.csv");
    assert_eq!(csv_file_name("../../etc/passwd"), "_.._etc_passwd-customers.csv");
    assert_eq!(csv_file_name("a\\b:c*d?e\"f<g>h|i\u{0}j\nk"), "a_b_c_d_e_f_g_h_i_j_k-customers.csv");
    assert_eq!(csv_file_name("..."), "cluster-customers.csv");
}

#[test]
fn errors_map_to_clear_messages() {
    let e = ApiError::from_status(400, r#"{"detail":"bad merge"}"#);
    assert_eq!(e, ApiError::Http { status: 400, detail: Some("bad merge".into()) });
    assert!(e.user_message(Lang::En).contains("bad merge"));
    assert_eq!(ApiError::from_status(500, "<html>oops</html>"), ApiError::Http { status: 500, detail: None });
    assert!(ApiError::from_status(401, "").is_unauthorized());
    assert!(ApiError::from_status(403, "{}").user_message(Lang::En).contains("Permissions.backhaul"));
    assert!(ApiError::from_status(503, "").is_transient());
    assert!(!ApiError::from_status(404, "").is_transient());
    let bad = calls::list_packages().read(&ApiResponse::text(200, "{not json".into()));
    assert!(matches!(bad, Err(ApiError::Decode(_))));
}
