//! The three-way merge of drafts: the answers to this tab's saves, and colleagues' edits.

use serde_json::{json, Value};
use wave_api::contract::models::{DraftStatus, SetupProcess};
use wave_api::flows::draft_merge::{field, three_way, with_field, FieldPath, Prefer, Step};

fn draft(v: Value) -> SetupProcess {
    serde_json::from_value(v).expect("a draft")
}

fn base() -> Value {
    json!({
        "eid": "7002", "status": "DRAFT", "tc_run_id": "run-1", "goal": "AWARENESS",
        "total_budget": 1500, "currency": "EUR", "start_date": "2026-07-01", "end_date": null,
        "available_clusters": [{"tc": "tc1", "name": "Fans", "size": 10, "score": 0.5}],
        "clusters": [
            {"tc": "tc1", "creative": {"headline": "Hi", "body": "", "media_url": "", "cta": "LEARN_MORE"},
             "targeting": {"geo": ["Munich, Bavaria", "Augsburg"], "age_min": null, "age_max": null, "genders": [], "custom_audiences": []}},
            {"tc": "tc2", "creative": {"headline": "Two", "body": "", "media_url": "", "cta": "LEARN_MORE"},
             "targeting": {"geo": [], "age_min": null, "age_max": null, "genders": [], "custom_audiences": []}}
        ],
        "integration": {"ad_account_id": null, "pixel_id": null, "lead_form_id": null},
        "dsa_payor": "", "dsa_beneficiary": ""
    })
}

/// `base()` with `changes` applied: `(json pointer, value)`; `Value::Null` at a cluster removes it.
fn edit(changes: &[(&str, Value)]) -> Value {
    let mut v = base();
    for (pointer, to) in changes {
        if let Some(slot) = v.pointer_mut(pointer) {
            *slot = to.clone();
        } else {
            let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
            v.pointer_mut(parent).and_then(Value::as_object_mut).expect("parent").insert(key.into(), to.clone());
        }
    }
    v
}

fn path(dotted: &[&str]) -> FieldPath {
    FieldPath(
        dotted
            .iter()
            .map(|s| match s.strip_prefix("tc:") {
                Some(tc) => Step::Cluster(tc.into()),
                None => Step::Key(s.to_string()),
            })
            .collect(),
    )
}

#[test]
fn fields_changed_on_one_side_merge_and_both_sides_conflict() {
    struct Case {
        name: &'static str,
        mine: Vec<(&'static str, Value)>,
        theirs: Vec<(&'static str, Value)>,
        want: Vec<(&'static str, Value)>,
        taken: Vec<&'static str>,
        conflicts: Vec<&'static str>,
    }
    let cases = vec![
        Case {
            name: "nobody changed anything",
            mine: vec![],
            theirs: vec![],
            want: vec![],
            taken: vec![],
            conflicts: vec![],
        },
        Case {
            name: "they set the budget, I wrote a headline: both",
            mine: vec![("/clusters/0/creative/headline", json!("Hello Munich"))],
            theirs: vec![("/total_budget", json!(2000))],
            want: vec![("/clusters/0/creative/headline", json!("Hello Munich")), ("/total_budget", json!(2000.0))],
            taken: vec!["total_budget"],
            conflicts: vec![],
        },
        Case {
            name: "the same change on both sides is no conflict",
            mine: vec![("/goal", json!("SALES"))],
            theirs: vec![("/goal", json!("SALES"))],
            want: vec![("/goal", json!("SALES"))],
            taken: vec![],
            conflicts: vec![],
        },
        Case {
            name: "both changed the budget: a conflict",
            mine: vec![("/total_budget", json!(1800))],
            theirs: vec![("/total_budget", json!(2000))],
            want: vec![("/total_budget", json!(2000.0))],
            taken: vec![],
            conflicts: vec!["total_budget"],
        },
        Case {
            name: "locations merge as sets: my addition and their removal",
            mine: vec![("/clusters/0/targeting/geo", json!(["Munich, Bavaria", "Augsburg", "Regensburg"]))],
            theirs: vec![("/clusters/0/targeting/geo", json!(["Munich, Bavaria"]))],
            want: vec![("/clusters/0/targeting/geo", json!(["Munich, Bavaria", "Regensburg"]))],
            taken: vec![],
            conflicts: vec![],
        },
        Case {
            name: "unknown fields they stamped are taken, at any level",
            mine: vec![("/dsa_payor", json!("Wave GmbH"))],
            theirs: vec![("/version", json!(4)), ("/clusters/1/creative/x_new", json!({"a": 1}))],
            want: vec![
                ("/dsa_payor", json!("Wave GmbH")),
                ("/version", json!(4)),
                ("/clusters/1/creative/x_new", json!({"a": 1})),
            ],
            taken: vec!["clusters[tc2].creative.x_new", "version"],
            conflicts: vec![],
        },
        Case {
            name: "a status the app does not know is taken raw",
            mine: vec![],
            theirs: vec![("/status", json!("ARCHIVED"))],
            want: vec![("/status", json!("ARCHIVED"))],
            taken: vec!["status"],
            conflicts: vec![],
        },
        Case {
            name: "the unknown fields of available clusters survive",
            mine: vec![("/goal", json!("SALES"))],
            theirs: vec![("/available_clusters/0/score", json!(0.9))],
            want: vec![("/goal", json!("SALES")), ("/available_clusters/0/score", json!(0.9))],
            taken: vec!["available_clusters"],
            conflicts: vec![],
        },
    ];
    for case in cases {
        let merged = three_way(&draft(base()), &draft(edit(&case.mine)), &draft(edit(&case.theirs)), Prefer::Theirs);
        let got = serde_json::to_value(&merged.draft).expect("json");
        let want = serde_json::to_value(draft(edit(&case.want))).expect("json");
        assert_eq!(got, want, "{}", case.name);
        let taken: Vec<String> = merged.taken.iter().map(FieldPath::dotted).collect();
        assert_eq!(taken, case.taken, "{}: taken", case.name);
        let conflicts: Vec<String> = merged.conflicts.iter().map(|c| c.path.dotted()).collect();
        assert_eq!(conflicts, case.conflicts, "{}: conflicts", case.name);
    }
}

#[test]
fn clusters_are_matched_by_tc_when_added_or_removed_on_either_side() {
    let extra = json!({"tc": "tc3", "creative": {"headline": "Three"}, "targeting": {}});
    let mut mine = base();
    mine["clusters"].as_array_mut().expect("list").push(extra.clone());
    let mut theirs = base();
    theirs["clusters"].as_array_mut().expect("list").remove(0); // they removed tc1
    theirs["clusters"][0]["creative"]["headline"] = json!("Two!"); // and edited tc2
    let merged = three_way(&draft(base()), &draft(mine), &draft(theirs), Prefer::Theirs);
    let tcs: Vec<&str> = merged.draft.clusters.iter().map(|c| c.tc.as_str()).collect();
    assert_eq!(tcs, ["tc2", "tc3"], "my new cluster is kept, their removal taken");
    assert_eq!(merged.draft.clusters[0].creative.headline, "Two!");
    assert!(merged.is_clean());

    // I edited the cluster they removed: a conflict, never a silent loss.
    let mut mine = base();
    mine["clusters"][0]["creative"]["headline"] = json!("Mine");
    let mut theirs = base();
    theirs["clusters"].as_array_mut().expect("list").remove(0);
    let merged = three_way(&draft(base()), &draft(mine.clone()), &draft(theirs.clone()), Prefer::Theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].path, path(&["clusters", "tc:tc1"]));
    assert_eq!(merged.conflicts[0].theirs, None, "they removed it");
    assert_eq!(merged.draft.clusters.len(), 1, "theirs until chosen");
    let mine_chosen = with_field(&merged.draft, &merged.conflicts[0].path, merged.conflicts[0].mine.as_ref());
    assert_eq!(mine_chosen.clusters.len(), 2, "choosing mine brings the cluster back");
    // With my side preferred (the answer to my own save), mine stays.
    let merged = three_way(&draft(base()), &draft(mine), &draft(theirs), Prefer::Mine);
    assert_eq!(merged.draft.clusters[0].creative.headline, "Mine");
}

#[test]
fn repeated_tcs_are_one_field() {
    let mut twice = base();
    twice["clusters"][1]["tc"] = json!("tc1");
    let mut mine = twice.clone();
    mine["clusters"][0]["creative"]["headline"] = json!("A");
    let mut theirs = twice.clone();
    theirs["clusters"][1]["creative"]["headline"] = json!("B");
    let merged = three_way(&draft(twice), &draft(mine), &draft(theirs), Prefer::Theirs);
    assert_eq!(merged.conflicts.iter().map(|c| c.path.dotted()).collect::<Vec<_>>(), ["clusters"]);
}

#[test]
fn choosing_a_side_sets_one_field() {
    let mine = draft(edit(&[("/clusters/1/creative/headline", json!("Mine"))]));
    let at = path(&["clusters", "tc:tc2", "creative", "headline"]);
    assert_eq!(field(&mine, &at), Some(json!("Mine")));
    let theirs = with_field(&mine, &at, Some(&json!("Theirs")));
    assert_eq!(theirs.clusters[1].creative.headline, "Theirs");
    assert_eq!(theirs.clusters[0], mine.clusters[0], "the other cluster is untouched");
}

#[test]
fn the_answer_to_my_save_never_overwrites_what_i_typed_since() {
    // I sent "Hello  " and typed on; the server trimmed it and stamped a version.
    let sent = draft(edit(&[("/clusters/0/creative/headline", json!("Hello  ")), ("/dsa_payor", json!("Wave"))]));
    let now = draft(edit(&[("/clusters/0/creative/headline", json!("Hello  Mu")), ("/dsa_payor", json!("Wave"))]));
    let answer = draft(edit(&[
        ("/clusters/0/creative/headline", json!("Hello")),
        ("/dsa_payor", json!("WAVE")),
        ("/version", json!(8)),
        ("/tc_run_id", json!("run-2")),
    ]));
    let merged = three_way(&sent, &now, &answer, Prefer::Mine);
    assert_eq!(merged.draft.clusters[0].creative.headline, "Hello  Mu", "typed since: kept");
    assert_eq!(merged.draft.dsa_payor, "WAVE", "untouched since: the server's normalised value");
    assert_eq!(merged.draft.tc_run_id, "run-2");
    assert_eq!(merged.draft.extra.get("version"), Some(&json!(8)));
}

#[test]
fn an_unknown_draft_status_goes_back_as_it_came() {
    for raw in [json!("ARCHIVED"), json!(3), json!({"code": "X"})] {
        let d = draft(edit(&[("/status", raw.clone())]));
        assert!(!d.status.is_editable());
        assert_eq!(serde_json::to_value(&d).expect("json")["status"], raw);
    }
    assert_eq!(draft(edit(&[("/status", Value::Null)])).status, DraftStatus::Draft);
    assert_eq!(draft(edit(&[("/status", json!("CLOSED"))])).status, DraftStatus::Closed);
    assert_eq!(DraftStatus::Other(json!("ARCHIVED")).raw_text(), "ARCHIVED");
}

#[test]
fn kept_edits_take_what_the_server_owns_from_the_server() {
    use wave_api::flows::draft_merge::edits_over;
    let mine = draft(edit(&[("/clusters/0/creative/headline", json!("Mine")), ("/goal", json!("SALES"))]));
    let server = draft(edit(&[
        ("/tc_run_id", json!("run-2")),
        ("/version", json!(9)),
        ("/clusters/0/creative/x_new", json!(true)),
        ("/clusters/0/creative/headline", json!("Theirs")),
        ("/integration/x_int", json!("i")),
    ]));
    let kept = edits_over(&mine, &server);
    assert_eq!(kept.tc_run_id, "run-2", "never the backup's old run");
    assert_eq!(kept.extra.get("version"), Some(&json!(9)));
    assert_eq!(kept.clusters[0].creative.headline, "Mine");
    assert_eq!(kept.clusters[0].creative.extra.get("x_new"), Some(&json!(true)));
    assert_eq!(kept.integration.extra.get("x_int"), Some(&json!("i")));
    assert_eq!(kept.goal, "SALES");
    assert!(kept.editable_eq(&mine));
}

#[test]
fn my_own_unanswered_saves_are_not_someone_elses_change() {
    use wave_api::flows::draft_merge::three_way_after_sends;
    // I sent "Hel" (aborted by my next save, but the server had it already), then "Hello"
    // (refused: the server's version had moved on because of the first). Meanwhile a colleague
    // set the budget and added a location.
    let h = "/clusters/0/creative/headline";
    let geo = "/clusters/0/targeting/geo";
    let sent = [
        draft(edit(&[(h, json!("Hel")), (geo, json!(["Munich, Bavaria", "Augsburg", "Passau"]))])),
        draft(edit(&[(h, json!("Hello")), (geo, json!(["Munich, Bavaria", "Augsburg", "Passau"]))])),
    ];
    let mine = draft(edit(&[(h, json!("Hello w")), (geo, json!(["Munich, Bavaria", "Augsburg", "Passau"]))]));
    let theirs = draft(edit(&[
        (h, json!("Hel")),
        (geo, json!(["Munich, Bavaria", "Augsburg", "Passau", "Ulm"])),
        ("/total_budget", json!(2500)),
        ("/version", json!(5)),
    ]));
    let merged = three_way_after_sends(&draft(base()), &sent, &mine, &theirs, Prefer::Theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(merged.draft.clusters[0].creative.headline, "Hello w");
    assert_eq!(merged.draft.clusters[0].targeting.geo, ["Munich, Bavaria", "Augsburg", "Passau", "Ulm"]);
    assert_eq!(merged.draft.total_budget, Some(2500.0));
    assert_eq!(merged.draft.extra.get("version"), Some(&json!(5)));
    // Without knowing about those saves, my own "Hel" would look like their change.
    let naive = three_way(&draft(base()), &mine, &theirs, Prefer::Theirs);
    assert!(!naive.is_clean());
}

#[test]
fn kept_edits_pair_repeated_clusters_in_order() {
    use wave_api::flows::draft_merge::edits_over;
    let mut twice = base();
    twice["clusters"][1]["tc"] = json!("tc1");
    let mine = draft(twice.clone());
    twice["clusters"][0]["creative"]["x_first"] = json!(1);
    twice["clusters"][1]["creative"]["x_second"] = json!(2);
    let kept = edits_over(&mine, &draft(twice));
    assert_eq!(kept.clusters[0].creative.extra.get("x_first"), Some(&json!(1)));
    assert_eq!(kept.clusters[1].creative.extra.get("x_second"), Some(&json!(2)));
    assert_eq!(kept.clusters[1].creative.headline, "Two");
}

#[test]
fn undoing_what_my_own_save_sent_is_not_undone_by_the_merge() {
    use wave_api::flows::draft_merge::three_way_after_sends;
    // I typed "Hello" (sent, applied, answer never seen), then deleted it again.
    let h = "/clusters/0/creative/headline";
    let g = "/clusters/0/targeting/geo";
    let sent = [draft(edit(&[(h, json!("Hello")), (g, json!(["Munich, Bavaria", "Augsburg", "Ulm"]))]))];
    let theirs = sent[0].clone();
    let mine = draft(base());
    let merged = three_way_after_sends(&draft(base()), &sent, &mine, &theirs, Prefer::Theirs);
    assert!(merged.is_clean());
    assert!(merged.taken.is_empty(), "{:?}", merged.taken);
    assert_eq!(merged.draft.clusters[0].creative.headline, "Hi", "the deleted text stays deleted");
    assert_eq!(
        merged.draft.clusters[0].targeting.geo,
        ["Munich, Bavaria", "Augsburg"],
        "the removed place stays removed"
    );
}
