//! Values as the server and the user wrote them (hardening round 3): a location holding a
//! comma, what a versioned server stamps, a draft status the app does not know, an answer
//! without `eid`, and unsaved edits to a draft that closed meanwhile.

use crate::support::{connect, js, start_live};
use e2e::team::{closed_under_unsaved_edits, serve_draft, server_draft, unknown_status, SAVED};
use e2e::*;
use mock_server::Server;
use serde_json::{json, Value};
use std::time::Duration;
use wave_api::contract::calls;
use wave_api::contract::models::{Campaign, Id, PublishedClusterEdit};

fn puts(server: &Server) -> Vec<mock_server::LoggedRequest> {
    server.log().into_iter().filter(|r| r.method == "PUT" && r.path.starts_with("/setup_processes")).collect()
}

/// A field of the open dialog, by its label.
async fn dialog_field(c: &fantoccini::Client, label: &str) -> fantoccini::elements::Element {
    wait_for(c, &format!("//dialog[@open]//*[@id=//dialog[@open]//label[normalize-space()='{label}']/@for]")).await
}

#[tokio::test]
async fn a_published_location_with_a_comma_goes_back_whole() {
    let (server, base) = start_live().await;
    // Every published campaign of the event targets a place whose name holds a comma.
    let list = server.answer(&calls::event_campaigns(&Id::from("7002")).request);
    let campaigns: Vec<Campaign> = serde_json::from_str(&list.body).expect("campaigns");
    assert!(!campaigns.is_empty());
    for campaign in &campaigns {
        let mut edit = PublishedClusterEdit::from_campaign(campaign);
        edit.targeting.geo = vec!["Munich, Bavaria".into(), "Augsburg".into()];
        assert!(server.answer(&calls::edit_published_cluster(&edit).request).is_success());
    }
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/events/7002").await;
        button(&c, "Edit creative").await.click().await.expect("edit");
        wait_for(&c, "//dialog[@open]//button[@aria-label='Remove Munich, Bavaria']").await;
        let headline = dialog_field(&c, "Headline").await;
        headline.send_keys(" now").await.expect("type");
        s.clear_log();
        wait_for(&c, "//dialog[@open]//button[normalize-space()='Save changes']").await.click().await.expect("save");
        text_appears(&c, "updated.", 10).await;
        let sent: Vec<Value> = s
            .log()
            .iter()
            .filter(|r| r.method == "POST" && r.path == "/campaigns_setup")
            .map(|r| serde_json::from_str(&r.body).expect("json"))
            .collect();
        assert_eq!(sent.len(), 1, "one edit");
        assert_eq!(sent[0]["targeting"]["geo"], json!(["Munich, Bavaria", "Augsburg"]), "untouched: as it came");

        // Edited as a list: a place added (a comma in it), one removed; each stays whole.
        button(&c, "Edit creative").await.click().await.expect("edit again");
        let locations = dialog_field(&c, "Locations").await;
        locations.send_keys("Passau, Lower Bavaria\u{E007}").await.expect("type a place with a comma, Enter");
        wait_for(&c, "//dialog[@open]//button[@aria-label='Remove Augsburg']").await.click().await.expect("remove");
        s.clear_log();
        wait_for(&c, "//dialog[@open]//button[normalize-space()='Save changes']").await.click().await.expect("save");
        // The first edit's notice may still be up: wait for the request itself.
        let mut body = None;
        for _ in 0..100 {
            body = s.log().into_iter().find(|r| r.path == "/campaigns_setup" && r.status.is_some()).map(|r| r.body);
            if body.is_some() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let body = body.expect("the second edit is sent");
        let sent: Value = serde_json::from_str(&body).expect("json");
        assert_eq!(sent["targeting"]["geo"], json!(["Munich, Bavaria", "Passau, Lower Bavaria"]));
        assert_healthy(&c, "editing published locations").await;
    })
    .await;
}

#[tokio::test]
async fn a_versioned_server_takes_every_save_and_a_colleagues_change() {
    let (server, base) = start_live().await;
    server.set_newer(mock_server::newer::NewerApi { versions: true });
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/campaigns/7001/setup?step=4").await;
        let payor = editable(&c, "DSA payor").await;
        payor.clear().await.expect("clear");
        wait_for(&c, SAVED).await;
        s.clear_log();
        // Three saves, one after the other: each answer's version goes back with the next.
        for word in ["Wave", " Events", " GmbH"] {
            payor.send_keys(word).await.expect("type");
            wait_for(&c, SAVED).await;
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        let statuses: Vec<Option<u16>> = puts(&s).iter().map(|r| r.status).collect();
        assert!(statuses.len() >= 3 && statuses.iter().all(|st| *st == Some(200)), "every save taken: {statuses:?}");

        // A colleague sets the budget meanwhile; my next save is refused (409), re-read,
        // merged and sent again: both survive.
        let edit = serde_json::from_value(json!({"eid": "7001", "patch": {"total_budget": 2500}})).expect("edit");
        s.colleague(&edit).expect("colleague");
        payor.send_keys(" & Co").await.expect("type");
        wait_for(&c, SAVED).await;
        let now = server_draft(&s, "7001");
        assert_eq!(now["dsa_payor"], "Wave Events GmbH & Co");
        assert_eq!(now["total_budget"], 2500.0, "the colleague's budget is not overwritten");
        assert!(puts(&s).iter().any(|r| r.status == Some(409)), "the stale save was refused first");
        assert_healthy(&c, "saving to a versioned server").await;
    })
    .await;
}

#[tokio::test]
async fn a_draft_status_the_app_does_not_know_is_read_only_and_says_so() {
    let (server, base) = start_live().await;
    unknown_status(&server);
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/campaigns/7001/setup?step=4").await;
        text_appears(&c, "This draft has a status this app does not know: “ARCHIVED”.", 10).await;
        let disabled = by_label(&c, "DSA payor").await.attr("disabled").await.expect("attr");
        assert!(disabled.is_some(), "read-only");
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert!(puts(&s).is_empty(), "nothing is sent");
        assert_healthy(&c, "an unknown draft status").await;
    })
    .await;
}

#[tokio::test]
async fn saves_go_to_the_draft_of_the_route_whatever_the_answer_says() {
    let (server, base) = start_live().await;
    let mut draft = server_draft(&server, "7001");
    draft.as_object_mut().expect("object").remove("eid");
    // Unknown fields of the clusters on offer come back as they came.
    draft["available_clusters"][0]["x_affinity"] = json!({"score": 0.8});
    server.set_faults(vec![serve_draft("7001", &draft)]);
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/campaigns/7001/setup?step=4").await;
        s.clear_log();
        editable(&c, "DSA payor").await.send_keys("Route GmbH").await.expect("type");
        wait_for(&c, SAVED).await;
        let sent = puts(&s);
        assert!(!sent.is_empty());
        for put in &sent {
            assert_eq!(put.path, "/setup_processes/7001", "never /setup_processes/");
        }
        let body: Value = serde_json::from_str(&sent[0].body).expect("json");
        assert_eq!(body["available_clusters"][0]["x_affinity"], json!({"score": 0.8}));
        assert_healthy(&c, "an answer without eid").await;
    })
    .await;
}

#[tokio::test]
async fn unsaved_edits_to_a_draft_that_closed_are_kept_shown_and_downloadable() {
    let (server, base) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, downloads| async move {
        connect(&c, &base, "/campaigns/7001/setup?step=4").await;
        // Saves hang, so the edit stays unsaved in this tab's backup; meanwhile the server
        // closed the draft; the page is reloaded.
        closed_under_unsaved_edits(&c, &s, "Kept GmbH").await;
        text_appears(&c, "Kept GmbH", 5).await;
        text_appears(&c, "This draft is closed and can no longer be edited.", 5).await;
        // Still there after another reload: nothing is deleted without a word.
        c.refresh().await.expect("reload");
        text_appears(&c, "Your unsaved edits could not be saved", 15).await;
        button(&c, "Download my edits").await.click().await.expect("download");
        let text = downloaded_text(&downloads, "draft-7001-unsaved-edits.txt").await;
        assert!(text.contains("DSA payor: Kept GmbH"), "{text}");
        assert_healthy(&c, "unsaved edits of a closed draft").await;
        button(&c, "Discard my edits").await.click().await.expect("discard");
        let left =
            js(&c, "return Object.keys(sessionStorage).filter(k => k.startsWith('waveDraftBackup')).length").await;
        assert_eq!(left, json!(0), "discarded when the user said so");
    })
    .await;
}
