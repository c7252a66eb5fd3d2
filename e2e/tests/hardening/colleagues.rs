//! Several people, one draft: a colleague on another device changes the draft (the mock
//! server's `/__colleague`) while this browser edits it, online, offline and at Publish.

use crate::support::{connect, start_live};
use e2e::team::{campaign_changed_elsewhere, colleague, conflict_panel, SAVED};
use e2e::*;
use mock_server::Server;
use serde_json::{json, Value};
use std::time::Duration;
use wave_api::contract::calls;
use wave_api::contract::models::Id;

fn on_server(server: &Server, eid: &str) -> Value {
    let answer = server.answer(&calls::get_setup(&Id::from(eid)).request);
    serde_json::from_str(&answer.body).expect("draft")
}

/// The value of the field labelled `label` once it reads `want` (up to 15 s).
async fn field_reads(c: &fantoccini::Client, label: &str, want: &str) {
    let mut value = String::new();
    for _ in 0..150 {
        value = match by_label(c, label).await.prop("value").await {
            Ok(v) => v.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if value == want {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{label} reads {value:?}, not {want:?}");
}

#[tokio::test]
async fn a_colleagues_budget_and_my_headline_both_survive() {
    let (server, base) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/campaigns/7001/setup?step=3").await;
        let headline = editable(&c, "Headline").await;
        headline.send_keys(" tonight").await.expect("type");
        // The colleague sets the budget while I type.
        colleague(&s, "7001", json!({"total_budget": 2500}));
        headline.send_keys(" live").await.expect("type");
        wait_for(&c, SAVED).await;
        text_appears(&c, "Someone else changed this draft: Total budget.", 15).await;
        let now = on_server(&s, "7001");
        assert_eq!(now["total_budget"], 2500.0, "their budget");
        assert_eq!(now["clusters"][0]["creative"]["headline"], "Rock the Olympiapark tonight live", "my text");
        let typed = by_label(&c, "Headline").await.prop("value").await.expect("value");
        assert_eq!(typed.as_deref(), Some("Rock the Olympiapark tonight live"), "nothing typed was lost");
        assert_healthy(&c, "a colleague's change merged").await;
    })
    .await;
}

/// Offline, I change the DSA payor; a colleague changes it too. Back online, the panel shows
/// both and I choose.
async fn offline_conflict(c: &fantoccini::Client, s: &Server, mine: &str, theirs: &str, choose: &str) {
    conflict_panel(c, s, mine, theirs).await;
    wait_for(c, &format!("//fieldset[legend='DSA payor']//label[contains(., '{mine}')]")).await;
    wait_for(c, &format!("//fieldset[legend='DSA payor']//label[contains(., '{theirs}')]")).await;
    assert_healthy(c, "the conflict panel").await;
    axe_check(c, "the conflict panel").await;
    // Nothing is saved over their value until I have chosen.
    assert_eq!(on_server(s, "7001")["dsa_payor"], theirs);
    let value = if choose == "mine" { mine } else { theirs };
    wait_for(c, &format!("//fieldset[legend='DSA payor']//label[contains(., '{value}')]/input"))
        .await
        .click()
        .await
        .expect("choose");
    button(c, "Keep these values").await.click().await.expect("keep");
    field_reads(c, "DSA payor", value).await;
    wait_for(c, SAVED).await;
    for _ in 0..50 {
        if on_server(s, "7001")["dsa_payor"] == value {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server should have {value:?}: {}", on_server(s, "7001")["dsa_payor"]);
}

#[tokio::test]
async fn an_offline_edit_meets_a_colleagues_edit_of_the_same_field() {
    let (server, base) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/campaigns/7001/setup?step=4").await;
        editable(&c, "DSA payor").await;
        offline_conflict(&c, &s, "Mine GmbH", "Theirs AG", "mine").await;
        offline_conflict(&c, &s, "Mine GmbH 2", "Theirs AG 2", "theirs").await;
        assert_healthy(&c, "after both choices").await;
    })
    .await;
}

#[tokio::test]
async fn publish_after_a_colleagues_change_shows_what_changed() {
    let (server, base) = start_live().await;
    // A draft that is ready to publish.
    let opened = server.answer(&calls::start_setup(&Id::from("7001")).request);
    let draft: Value = serde_json::from_str(&opened.body).expect("draft");
    let tc = draft["available_clusters"][0]["tc"].clone();
    colleague(
        &server,
        "7001",
        json!({
            "goal": "AWARENESS", "total_budget": 1500, "currency": "EUR",
            "start_date": "2026-08-01", "end_date": "2026-08-20",
            "clusters": [{"tc": tc, "creative": {"headline": "Summer nights", "body": "Come along.",
                "media_url": "https://example.org/a.png", "cta": "LEARN_MORE"},
                "targeting": {"geo": [], "genders": [], "custom_audiences": []}}],
            "dsa_payor": "Wave GmbH", "dsa_beneficiary": "Wave e.V."
        }),
    );
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/campaigns/7001/setup?step=5").await;
        text_appears(&c, "Step 5 of 5: Review and publish", 10).await;
        wait_for(&c, "//button[normalize-space()='Publish'][not(@disabled)]").await;
        colleague(&s, "7001", json!({"total_budget": 2750}));
        button(&c, "Publish").await.click().await.expect("publish");
        text_appears(&c, "since you opened the review: Total budget", 15).await;
        text_appears(&c, "€2,750", 10).await;
        assert_healthy(&c, "publish after a colleague's change").await;
        // Asked again, and now it publishes what the review shows.
        button(&c, "Publish").await.click().await.expect("publish again");
        wait_for(&c, "//h1[not(starts-with(normalize-space(), 'Campaign setup'))]").await;
        let boosted = s.log().iter().any(|r| r.method == "POST" && r.path.ends_with("/boost"));
        assert!(boosted, "published after the second click");
        assert_healthy(&c, "published").await;
    })
    .await;
}

#[tokio::test]
async fn a_published_campaign_changed_elsewhere_is_shown_before_saving() {
    let (server, base) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/events/7002").await;
        let card = "//article[.//h3[normalize-space()='opera first-timers']]";
        let budget = wait_for(&c, &format!("{card}//input[@id=//label[normalize-space()='Budget']/@for]")).await;
        budget.clear().await.expect("clear");
        budget.send_keys("450").await.expect("type");
        s.clear_log();
        // Someone else sets this campaign's budget after the page showed it; then Save.
        campaign_changed_elsewhere(&c, &s, "opera first-timers", 777.0).await;
        wait_for(&c, &format!("{card}//table//tr[th='Budget'][td='777']")).await;
        let budget_puts =
            |s: &Server| s.log().iter().filter(|r| r.method == "PUT" && r.path.ends_with("/budget")).count();
        assert_eq!(budget_puts(&s), 0, "nothing saved over theirs unseen");
        assert_healthy(&c, "a campaign changed elsewhere").await;
        axe_check(&c, "a campaign changed elsewhere").await;
        button(&c, "Save mine anyway").await.click().await.expect("save mine");
        text_appears(&c, "Saved the budget of", 10).await;
        assert_eq!(budget_puts(&s), 1);
        let now = s.answer(&calls::event_campaigns(&Id::from("7002")).request);
        assert!(now.body.contains("450"), "mine is saved: {}", now.body);
    })
    .await;
}
