//! The demo backend answers like the API and its lifecycles progress with time.

use wave_api::contract::calls;
use wave_api::contract::models::*;
use wave_api::demo::{DemoBackend, BUILD_MS};
use wave_api::rules::Lang;
use wave_api::{ApiError, Call};

const T0: f64 = 1_780_000_000_000.0;

fn send<T>(backend: &mut DemoBackend, call: Call<T>, now: f64) -> Result<T, ApiError> {
    let response = backend.handle(&call.request, now);
    call.read(&response)
}

fn payload(title: &str) -> CreatePackage {
    CreatePackage {
        num_packages: 2,
        n_top_events: 3,
        event_ids: vec![Id("12345".into())],
        package_title: title.into(),
        ..Default::default()
    }
}

#[test]
fn a_new_package_initializes_then_progresses_then_is_done() {
    let mut b = DemoBackend::seeded(T0);
    let id = send(&mut b, calls::create_package(&payload("Q4")), T0).expect("created").id;
    let at = |b: &mut DemoBackend, ms: f64| send(b, calls::get_package(&id), T0 + ms).expect("package");
    assert_eq!(at(&mut b, 0.0).summary.status, PackageStatus::Initializing);
    let mid = at(&mut b, 10_000.0);
    assert_eq!(mid.summary.status, PackageStatus::Inprogress);
    assert_eq!(mid.progress, Some(50.0));
    assert!(mid.content.is_empty());
    let done = at(&mut b, BUILD_MS + 1.0);
    assert_eq!(done.summary.status, PackageStatus::Done);
    assert_eq!(done.content.len(), 2);
    let list = send(&mut b, calls::list_packages(), T0 + BUILD_MS).expect("list");
    assert!(list.iter().any(|p| p.title == "Q4"));
}

#[test]
fn seed_has_every_status_and_a_merged_package() {
    let mut b = DemoBackend::seeded(T0);
    let list = send(&mut b, calls::list_packages(), T0).expect("list");
    for status in [PackageStatus::Done, PackageStatus::Failed, PackageStatus::Expired, PackageStatus::Inprogress] {
        assert!(list.iter().any(|p| p.status == status), "{status:?} missing");
    }
    assert!(list.iter().any(|p| p.merge_id.is_some()));
}

#[test]
fn large_data_switches_scale_the_world() {
    let mut b = DemoBackend::seeded(T0).with_extra_packages(10_000).with_large_package(50);
    assert_eq!(send(&mut b, calls::list_packages(), T0).expect("list").len(), 10_007);
    let big = send(&mut b, calls::get_package(&Id("101".into())), T0).expect("package");
    assert_eq!(big.content.len(), 50);
    assert!(big.content.values().all(|c| c.preview.len() == 500), "500 preview rows per cluster");
}

#[test]
fn regenerate_only_from_expired_and_merge_checks_its_request() {
    let mut b = DemoBackend::seeded(T0);
    assert_eq!(send(&mut b, calls::regenerate_package(&Id("101".into())), T0).unwrap_err().status(), Some(409));
    send(&mut b, calls::regenerate_package(&Id("104".into())), T0).expect("regenerate");
    assert_eq!(
        send(&mut b, calls::get_package(&Id("104".into())), T0).expect("p").summary.status,
        PackageStatus::Initializing
    );

    let merged = send(&mut b, calls::merge_packages(&[Id("101".into()), Id("102".into())]), T0).expect("merge");
    assert_eq!(merged.merge_id.as_deref(), Some("101_102"));
    let mut with_body = calls::merge_packages(&[Id("101".into()), Id("102".into())]);
    with_body.request.body = Some("{}".into());
    assert_eq!(send(&mut b, with_body, T0).unwrap_err().status(), Some(400));
    assert_eq!(send(&mut b, calls::merge_packages(&[Id("101".into())]), T0).unwrap_err().status(), Some(400));
}

#[test]
fn evaluation_settings_change_the_numbers_and_csv_has_rows() {
    let mut b = DemoBackend::seeded(T0);
    let id = Id("101".into());
    let before = send(&mut b, calls::evaluation(&id), T0).expect("evaluation");
    let mut settings = send(&mut b, calls::evaluation_settings(&id), T0).expect("settings");
    settings.backhaul_evaluation_attribution_window = 60;
    send(&mut b, calls::save_evaluation_settings(&id, &settings), T0).expect("saved");
    let after = send(&mut b, calls::evaluation(&id), T0).expect("evaluation");
    assert_ne!(before, after);
    let csv = send(&mut b, calls::customer_list(&id, "family outings/münchen"), T0).expect("csv");
    assert!(csv.starts_with("customer_id,email,score\n"));
    assert!(csv.lines().count() > 50);
}

#[test]
fn drafts_start_save_publish_and_cancel() {
    let mut b = DemoBackend::seeded(T0);
    let eid = Id("7004".into());
    assert_eq!(send(&mut b, calls::get_setup(&eid), T0).unwrap_err().status(), Some(404));
    let mut draft = send(&mut b, calls::start_setup(&eid), T0).expect("started");
    assert!(!draft.available_clusters.is_empty());
    // Publishing an incomplete draft fails with INVALID_SETUP.
    let err = send(&mut b, calls::boost_setup(&eid), T0).unwrap_err();
    assert!(err.user_message(Lang::En).contains("INVALID_SETUP"));

    draft.total_budget = Some(900.0);
    draft.start_date = Some("2026-08-01".into());
    draft.end_date = Some("2026-08-08".into());
    draft.dsa_payor = "P".into();
    draft.dsa_beneficiary = "B".into();
    draft.clusters = vec![ClusterSetup {
        tc: draft.available_clusters[0].tc.clone(),
        creative: Creative { headline: "H".into(), body: "B".into(), cta: "LEARN_MORE".into(), ..Creative::default() },
        ..ClusterSetup::default()
    }];
    draft.tc_run_id = "forged".into(); // server-owned: ignored
    let saved = send(&mut b, calls::save_setup(&eid, &draft), T0).expect("saved");
    assert_eq!(saved.tc_run_id, "run-2026-05");
    assert_eq!(send(&mut b, calls::get_setup(&eid), T0).expect("read back").total_budget, Some(900.0));
    send(&mut b, calls::boost_setup(&eid), T0).expect("published");
    let campaigns = send(&mut b, calls::event_campaigns(&eid), T0).expect("campaigns");
    assert_eq!(campaigns.len(), 1);
    assert_eq!(campaigns[0].budget, Some(900.0));
    assert!(!send(&mut b, calls::campaign_results(&eid, "p"), T0).expect("results").is_empty());

    send(&mut b, calls::start_setup(&eid), T0).expect("another draft");
    send(&mut b, calls::cancel_setup(&eid), T0).expect("cancelled");
    assert_eq!(send(&mut b, calls::get_setup(&eid), T0).unwrap_err().status(), Some(404));
}

#[test]
fn closed_drafts_refuse_edits_and_published_clusters_can_change() {
    let mut b = DemoBackend::seeded(T0);
    let closed = send(&mut b, calls::get_setup(&Id("7003".into())), T0).expect("closed draft");
    assert_eq!(closed.status, DraftStatus::Closed);
    assert_eq!(send(&mut b, calls::save_setup(&closed.eid, &closed), T0).unwrap_err().status(), Some(409));

    let c = send(&mut b, calls::event_campaigns(&Id("7002".into())), T0).expect("campaigns").remove(0);
    send(&mut b, calls::set_campaign_status(&c, CampaignStatus::Paused), T0).expect("paused");
    send(&mut b, calls::set_campaign_budget(&c, 1234.0), T0).expect("budget");
    let edit = PublishedClusterEdit {
        eid: c.eid.clone(),
        tc: c.tc.clone(),
        tc_run_id: c.tc_run_id.clone(),
        creative: Creative { headline: "New".into(), ..c.creative.clone() },
        targeting: c.targeting.clone(),
    };
    send(&mut b, calls::edit_published_cluster(&edit), T0).expect("edited");
    let after = send(&mut b, calls::event_campaigns(&c.eid), T0).expect("campaigns").remove(0);
    assert_eq!(
        (after.status, after.budget, after.creative.headline.as_str()),
        (CampaignStatus::Paused, Some(1234.0), "New")
    );
}

#[test]
fn events_are_searched_paged_and_filtered_by_date() {
    let mut b = DemoBackend::seeded(T0);
    let page1 = send(&mut b, calls::search_events("", 1, None), T0).expect("page 1");
    assert_eq!(page1.len(), 10);
    let page3 = send(&mut b, calls::search_events("", 3, None), T0).expect("page 3");
    assert!(page3.len() < 10);
    let jazz = send(&mut b, calls::search_events("JAZZ", 1, None), T0).expect("jazz");
    assert!(jazz.iter().all(|e| e.title.to_lowercase().contains("jazz")) && !jazz.is_empty());
    let late = send(&mut b, calls::search_events("", 1, Some("2026-12-01")), T0).expect("since");
    assert!(late.iter().all(|e| e.date.as_deref() >= Some("2026-12-01")));
}

#[test]
fn the_whole_world_survives_serialisation() {
    let mut b = DemoBackend::seeded(T0);
    send(&mut b, calls::create_package(&payload("Kept")), T0).expect("created");
    let json = serde_json::to_string(&b).expect("serialise");
    let mut restored: DemoBackend = serde_json::from_str(&json).expect("restore");
    let list = send(&mut restored, calls::list_packages(), T0 + 1.0).expect("list");
    assert!(list.iter().any(|p| p.title == "Kept" && p.status == PackageStatus::Initializing));
}
