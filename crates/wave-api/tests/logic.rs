//! Wizard payloads, the autosave state machine, and decoding that never panics.

use wave_api::contract::models::*;
use wave_api::flows::autosave::{Outcome, SaveState, SaveTracker};
use wave_api::flows::package_wizard::PackageWizard;
use wave_api::rules::Lang;
use wave_api::ApiError;

fn filled() -> PackageWizard {
    PackageWizard {
        events: vec![
            EventRef { id: Id("12345".into()), title: "A".into() },
            EventRef { id: Id("evt_x".into()), title: "B".into() },
        ],
        title: "  Munich shows Q3 ".into(),
        num_packages: 5,
        n_top_events: 2,
        buying_above: "100".into(),
        buying_below: "10.5".into(),
        purchases_before: "2024-01-01".into(),
        ticket_categories: vec!["VIP".into()],
        ..PackageWizard::default()
    }
}

#[test]
fn payload_is_built_from_wizard_state() {
    let p = filled().payload(Lang::En).expect("valid");
    let json = serde_json::to_value(&p).expect("json");
    assert_eq!(json["num_packages"], 5);
    assert_eq!(json["n_top_events"], 2);
    assert_eq!(json["event_ids"], serde_json::json!([12345, "evt_x"]));
    assert_eq!(json["package_title"], "Munich shows Q3");
    assert_eq!(json["targeting_mode"], "lookalike");
    assert_eq!(json["filters"]["exclude_buying_behavior_above"], 100.0);
    assert_eq!(json["filters"]["exclude_buying_behavior_below"], 10.5);
    assert_eq!(json["filters"]["exclude_old_purchases_before"], "2024-01-01");
    assert_eq!(json["filters"]["exclude_recent_purchases_after"], serde_json::Value::Null);
    assert_eq!(json["filters"]["exclude_ticket_categories"], serde_json::json!(["VIP"]));
}

#[test]
fn a_german_wizard_sends_the_same_payload() {
    // Typed as a German user types: decimal comma, grouping point.
    let german = PackageWizard { buying_above: "1.000".into(), buying_below: "10,5".into(), ..filled() };
    let english = PackageWizard { buying_above: "1,000".into(), ..filled() };
    let payload = german.payload(Lang::De).expect("valid in German");
    assert_eq!(payload, english.payload(Lang::En).expect("valid in English"));
    assert_eq!(payload.filters.exclude_buying_behavior_above, Some(1000.0));
    assert_eq!(payload.filters.exclude_buying_behavior_below, Some(10.5));
    // Never a silent guess: German text read as English says how to write it.
    assert!(german.payload(Lang::En).is_err());
}

#[test]
fn a_language_switch_rewrites_the_amounts_never_their_value() {
    let mut w = PackageWizard { buying_above: "1.500,5".into(), buying_below: "12,x".into(), ..filled() };
    w.amounts_lang = Some("de".into());
    let german = w.payload(Lang::De);
    assert!(w.relanguage(Lang::En), "rewritten for English");
    assert_eq!(w.buying_above, "1500.5", "the same number, as English types it");
    assert_eq!(w.buying_below, "12,x", "what does not read stays as typed");
    assert!(!w.relanguage(Lang::En), "nothing more to do");
    w.buying_below = "10.5".into();
    let english = w.payload(Lang::En).expect("valid in English");
    assert_eq!(english.filters.exclude_buying_behavior_above, Some(1500.5));
    assert!(german.is_err(), "12,x never read");
    // A wizard stored before languages was typed in English.
    let mut old = PackageWizard { buying_above: "1,500".into(), ..filled() };
    assert!(old.relanguage(Lang::De));
    assert_eq!(old.buying_above, "1500");
    assert_eq!(old.payload(Lang::De).expect("valid").filters.exclude_buying_behavior_above, Some(1500.0));
}

#[test]
fn each_step_blocks_on_its_own_problems() {
    let empty = PackageWizard::default();
    assert_eq!(empty.step_errors(0, Lang::En)[0].field, "events");
    let mut w = filled();
    assert!(w.step_errors(0, Lang::En).is_empty() && w.step_errors(1, Lang::En).is_empty());
    w.title = " ".into();
    w.num_packages = 11;
    w.buying_below = "200".into();
    w.purchases_after = "2023-12-31".into();
    w.included_customers = vec!["c1".into()];
    w.excluded_customers = vec!["c1".into()];
    let fields: Vec<String> = w.step_errors(1, Lang::En).into_iter().map(|e| e.field).collect();
    for f in ["title", "num_packages", "buying_below", "purchases_after", "excluded_customers"] {
        assert!(fields.iter().any(|x| x == f), "{f} not reported in {fields:?}");
    }
    assert!(w.payload(Lang::En).is_err());
}

#[test]
fn wizard_state_round_trips_and_older_shapes_fail_to_decode() {
    let w = filled();
    let json = serde_json::to_string(&w).expect("json");
    assert_eq!(serde_json::from_str::<PackageWizard>(&json).expect("back"), w);
    assert!(serde_json::from_str::<PackageWizard>(r#"{"step":1,"events":[]}"#).is_err());
}

#[test]
fn a_newer_save_makes_the_older_answer_stale() {
    let mut t = SaveTracker::default();
    t.edit();
    let first = t.start();
    t.edit();
    let second = t.start(); // the caller aborts the first here
    assert_eq!(t.finish(first, Ok(())), Outcome::Stale);
    assert_eq!(t.state(), &SaveState::Saving);
    assert_eq!(t.finish(second, Ok(())), Outcome::Current);
    assert_eq!(t.state(), &SaveState::Saved);
    assert!(!t.is_dirty());
}

#[test]
fn edits_during_a_save_stay_dirty_and_are_not_overwritten() {
    let mut t = SaveTracker::default();
    t.edit();
    let rev = t.start();
    t.edit(); // typed while the save was in flight
    assert_eq!(t.finish(rev, Ok(())), Outcome::Superseded);
    assert!(t.is_dirty());
    assert_eq!(t.state(), &SaveState::Pending);
}

#[test]
fn offline_and_failures_keep_edits_and_recover() {
    let mut t = SaveTracker::default();
    t.edit();
    let rev = t.start();
    assert_eq!(t.finish(rev, Err(&ApiError::Network("down".into()))), Outcome::Failed);
    assert_eq!(t.state(), &SaveState::Offline);
    t.edit();
    assert_eq!(t.state(), &SaveState::Offline, "offline stays visible until a save gets through");
    let rev = t.start();
    assert_eq!(t.finish(rev, Err(&ApiError::Http { status: 500, detail: None })), Outcome::Failed);
    assert!(matches!(t.state(), SaveState::Failed(_)));
    assert!(t.is_dirty());
    let rev = t.start();
    assert_eq!(t.finish(rev, Ok(())), Outcome::Current);
    assert_eq!(t.state().label(Lang::En), "Saved");
}

/// A small deterministic generator: no extra crate for a fuzz loop.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

#[test]
fn decoding_arbitrary_and_truncated_json_never_panics() {
    let samples = [
        include_str!("../fixtures/packages.json"),
        include_str!("../fixtures/events.json"),
        include_str!("../fixtures/campaigns.json"),
        r#"{"id":1,"status":"WHAT","content":{"a":{"customers":"x","preview":[1,null,{}]}},"progress":1e400}"#,
        r#"{"clusters":null,"ids":[1,2],"eid":null,"total_budget":"12"}"#,
    ];
    let pieces =
        ["{", "}", "[", "]", "\"", ":", ",", "null", "1", "-2.5e3", "\"x\"", "true", "\\u00e9", "\"id\"", "\"status\""];
    let mut rng = Lcg(7);
    let mut inputs: Vec<String> = Vec::new();
    for s in samples {
        for cut in (0..s.len()).step_by(7) {
            if s.is_char_boundary(cut) {
                inputs.push(s[..cut].to_string());
            }
        }
    }
    for _ in 0..3_000 {
        let n = rng.next() % 24;
        inputs.push((0..n).map(|_| pieces[(rng.next() as usize) % pieces.len()]).collect());
    }
    for input in &inputs {
        let _ = serde_json::from_str::<Vec<PackageSummary>>(input);
        let _ = serde_json::from_str::<Package>(input);
        let _ = serde_json::from_str::<Evaluation>(input);
        let _ = serde_json::from_str::<EvaluationSettings>(input);
        let _ = serde_json::from_str::<Vec<Event>>(input);
        let _ = serde_json::from_str::<NlqIds>(input);
        let _ = serde_json::from_str::<Created>(input);
        let _ = serde_json::from_str::<SetupProcess>(input);
        let _ = serde_json::from_str::<Vec<Campaign>>(input);
        let _ = serde_json::from_str::<Vec<CampaignResult>>(input);
        let _ = ApiError::from_status(500, input);
    }
    assert!(inputs.len() > 3_000);
}

#[test]
fn an_abandoned_save_leaves_pending_not_saving() {
    let mut t = SaveTracker::default();
    t.edit();
    let rev = t.start();
    assert_eq!(*t.state(), SaveState::Saving);
    t.abandon(rev);
    assert_eq!(*t.state(), SaveState::Pending);
    assert!(t.is_dirty() && !t.is_saving());
    // A stale abandon (an older revision) changes nothing.
    t.edit();
    let rev2 = t.start();
    t.abandon(rev);
    assert_eq!(*t.state(), SaveState::Saving);
    t.settle();
    assert_eq!(*t.state(), SaveState::Saved);
    assert!(!t.is_dirty());
    assert_eq!(t.finish(rev2, Ok(())), Outcome::Stale, "a late answer after settle is ignored");
}
