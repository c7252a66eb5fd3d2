//! Rows whose ids are missing or repeated: every row keyed on its own, what each id allows,
//! merges that never send an empty or repeated id, and drafts whose clusters repeat a `tc`.

use std::collections::HashSet;
use wave_api::contract::calls;
use wave_api::contract::models::{ClusterSetup, Id, SetupProcess};
use wave_api::flows::setup::{validate_setup, ClusterField, SetupField};
use wave_api::rules::Lang;
use wave_api::rules::{is_missing_id, merge_ids, row_ids, IdState, RowId, RowKey, MISSING_ID_FLAG, REPEATED_ID_FLAG};

use IdState::{Missing, Repeated, Unique};

/// (ids as the server sent them, each row's expected (state, occurrence, selectable)).
#[allow(clippy::type_complexity)]
const CASES: &[(&str, &[&str], &[(IdState, usize, bool)])] = &[
    ("empty list", &[], &[]),
    ("unique ids", &["p1", "p2", "p3"], &[(Unique, 0, true), (Unique, 0, true), (Unique, 0, true)]),
    ("one missing id", &["p1", ""], &[(Unique, 0, true), (Missing, 0, false)]),
    ("two missing ids", &["", ""], &[(Missing, 0, false), (Missing, 1, false)]),
    ("blank ids are missing", &[" ", "\t", ""], &[(Missing, 0, false), (Missing, 0, false), (Missing, 0, false)]),
    (
        "a repeated id: only its first row is selectable",
        &["p1", "p2", "p1"],
        &[(Repeated { count: 2 }, 0, true), (Unique, 0, true), (Repeated { count: 2 }, 1, false)],
    ),
    (
        "an id three times",
        &["x", "x", "x"],
        &[(Repeated { count: 3 }, 0, true), (Repeated { count: 3 }, 1, false), (Repeated { count: 3 }, 2, false)],
    ),
    (
        "missing and repeated together",
        &["", "p1", "", "p1", "p2"],
        &[
            (Missing, 0, false),
            (Repeated { count: 2 }, 0, true),
            (Missing, 1, false),
            (Repeated { count: 2 }, 1, false),
            (Unique, 0, true),
        ],
    ),
    (
        "ids that differ only in case or spacing are different ids",
        &["P1", "p1", "p1 "],
        &[(Unique, 0, true), (Unique, 0, true), (Unique, 0, true)],
    ),
    ("ids that look like keys", &["0:a", "a", "1:a"], &[(Unique, 0, true), (Unique, 0, true), (Unique, 0, true)]),
];

#[test]
fn every_row_gets_a_unique_key_and_its_id_state() {
    for (name, ids, expected) in CASES {
        let rows = row_ids(ids.iter());
        assert_eq!(rows.len(), ids.len(), "{name}: one entry per row");
        let keys: HashSet<&RowKey> = rows.iter().map(|r| &r.key).collect();
        assert_eq!(keys.len(), rows.len(), "{name}: keys are unique: {rows:?}");
        let texts: HashSet<String> = rows.iter().map(|r| r.key.to_text()).collect();
        assert_eq!(texts.len(), rows.len(), "{name}: key texts are unique");
        let dom: HashSet<String> = rows.iter().map(|r| r.key.dom_id("row")).collect();
        assert_eq!(dom.len(), rows.len(), "{name}: DOM ids are unique");
        for (i, (row, (state, occurrence, selectable))) in rows.iter().zip(expected.iter()).enumerate() {
            assert_eq!(row.state, *state, "{name}: row {i}");
            assert_eq!(row.key.occurrence(), *occurrence, "{name}: row {i}");
            assert_eq!(row.key.id(), ids[i], "{name}: row {i} keeps the id as sent");
            assert_eq!(row.selectable(), *selectable, "{name}: row {i}");
            assert_eq!(row.id().is_none(), *state == Missing, "{name}: row {i}");
            let flag = match state {
                Unique => None,
                Missing => Some(MISSING_ID_FLAG),
                Repeated { .. } => Some(REPEATED_ID_FLAG),
            };
            assert_eq!(row.flag(), flag, "{name}: row {i}");
        }
    }
}

#[test]
fn a_unique_ids_key_does_not_move_when_other_rows_come_and_go() {
    let before = row_ids(["p1", "", "p2"]);
    let after = row_ids(["", "p9", "p2", "", "p1", "p9"]);
    let key = |rows: &[RowId], id: &str| rows.iter().find(|r| r.key.id() == id).map(|r| r.key.clone());
    assert_eq!(key(&before, "p1"), key(&after, "p1"));
    assert_eq!(key(&before, "p2"), key(&after, "p2"));
    // A repeated id's first row keeps the key it had while it was alone.
    assert_eq!(row_ids(["p9"])[0].key, after[1].key);
}

#[test]
fn key_text_reads_back_and_refuses_what_is_not_a_key() {
    for (id, occurrence) in [("p1", 0), ("", 3), ("a:b:c", 1), ("family outings/münchen", 0), (" ", 2)] {
        let key = RowKey::new(id, occurrence);
        assert_eq!(RowKey::from_text(&key.to_text()), Some(key.clone()), "{id:?}");
        let dom = key.dom_id("pkg");
        assert!(dom.starts_with("pkg-"), "{dom}");
        assert!(dom.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'), "{dom}");
    }
    for text in ["", "p1", ":p1", "x:p1", "-1:p1", "1.5:p1"] {
        assert_eq!(RowKey::from_text(text), None, "{text:?}");
    }
}

#[test]
fn copies_are_counted_in_order() {
    // The app labels them "copy 1 of 2" / "Kopie 1 von 2" from these (setup/sections.rs).
    let rows = row_ids(["a", "b", "a"]);
    let copy = |i: usize| (rows[i].key.occurrence() + 1, rows[i].state);
    assert_eq!(copy(0), (1, Repeated { count: 2 }));
    assert_eq!(rows[1].state, Unique);
    assert_eq!(copy(2), (2, Repeated { count: 2 }));
}

#[test]
fn missing_ids() {
    for (id, missing) in [("", true), (" ", true), ("\n\t", true), ("0", false), ("p1", false), (" p1 ", false)] {
        assert_eq!(is_missing_id(id), missing, "{id:?}");
        assert_eq!(Id(id.into()).is_missing(), missing, "{id:?}");
    }
    // A null id decodes to the missing id.
    let list: Vec<wave_api::contract::models::PackageSummary> =
        wave_api::contract::models::lenient::decode(r#"[{"id":null,"title":"A"},{"title":"B"},{"id":"","title":"C"}]"#)
            .expect("list");
    assert!(list.iter().all(|p| p.id.is_missing()), "{list:?}");
}

#[test]
fn merge_never_sends_an_empty_or_repeated_id() {
    let id = |s: &str| Id(s.into());
    for (name, selected, sent) in [
        ("as selected", vec!["1", "2"], vec!["1", "2"]),
        ("an empty id is left out", vec!["1", "", "2"], vec!["1", "2"]),
        ("a blank id is left out", vec![" ", "1", "2"], vec!["1", "2"]),
        ("a repeated id is sent once, where first selected", vec!["2", "1", "2"], vec!["2", "1"]),
        ("nothing usable", vec!["", ""], vec![]),
    ] {
        let selected: Vec<Id> = selected.into_iter().map(id).collect();
        let sent: Vec<Id> = sent.into_iter().map(id).collect();
        assert_eq!(merge_ids(&selected), sent, "{name}");
        let call = calls::merge_packages(&selected);
        let query: Vec<&str> = call.request.query_values("packages_ids").collect();
        assert_eq!(query, sent.iter().map(Id::as_str).collect::<Vec<_>>(), "{name}: the request");
        assert!(!call.request.path_and_query().contains("packages_ids=&"), "{name}");
        assert!(!call.request.path_and_query().ends_with("packages_ids="), "{name}");
    }
}

#[test]
fn the_demo_backend_refuses_a_merge_with_an_empty_or_repeated_id() {
    use wave_api::contract::http::{ApiRequest, Method};
    use wave_api::demo::DemoBackend;
    let mut backend = DemoBackend::seeded(0.0);
    for (name, query) in
        [("an empty id", vec!["101", ""]), ("a repeated id", vec!["101", "101"]), ("one id", vec!["101"])]
    {
        let request = query
            .iter()
            .fold(ApiRequest::new(Method::Post, &["package_builder", "packages", "merge"]), |request, id| {
                request.query("packages_ids", id)
            });
        let answer = backend.handle(&request, 0.0);
        assert_eq!(answer.status, 400, "{name}: {answer:?}");
    }
}

fn draft_with(tcs: &[&str]) -> SetupProcess {
    SetupProcess {
        total_budget: Some(100.0),
        start_date: Some("2026-06-01".into()),
        end_date: Some("2026-06-30".into()),
        dsa_payor: "P".into(),
        dsa_beneficiary: "B".into(),
        clusters: tcs
            .iter()
            .map(|tc| ClusterSetup {
                tc: tc.to_string(),
                creative: wave_api::contract::models::Creative {
                    headline: "H".into(),
                    body: "B".into(),
                    cta: "LEARN_MORE".into(),
                    ..Default::default()
                },
                ..Default::default()
            })
            .collect(),
        ..SetupProcess::default()
    }
}

#[test]
fn a_draft_cannot_be_published_with_a_missing_or_repeated_cluster() {
    for (name, tcs, problems) in [
        ("distinct clusters", vec!["a", "b"], vec![]),
        ("a repeated tc: the later copies", vec!["a", "b", "a", "a"], vec!["clusters.2.tc", "clusters.3.tc"]),
        ("a missing tc", vec!["a", ""], vec!["clusters.1.tc"]),
        ("two missing tcs", vec!["", " "], vec!["clusters.0.tc", "clusters.1.tc"]),
    ] {
        let found: Vec<SetupField> = validate_setup(&draft_with(&tcs), Lang::En)
            .into_iter()
            .map(|p| p.field)
            .filter(|f| matches!(f, SetupField::Cluster(_, ClusterField::Tc)))
            .collect();
        assert_eq!(found.iter().map(ToString::to_string).collect::<Vec<_>>(), problems, "{name}");
        for field in &found {
            assert_eq!(field.step(), 2, "{name}: shown with the cluster editors");
        }
    }
}
