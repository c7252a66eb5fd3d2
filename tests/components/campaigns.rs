//! Campaigns: the draft wizard, numbers typed key by key, leaving the tab, backups.

use super::support::{
    button, input_value, local_storage, mount_at, query, set_input, text, type_keys, wait_until, window,
};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::RwSignal;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wave_console::api::{calls, models, Client};
use wave_console::config::Session;

#[wasm_bindgen_test]
async fn campaign_wizard_sections_validation_and_no_stale_overwrite() {
    local_storage().clear().ok();
    let (root, _app) = mount_at("/campaigns/7001/setup");
    wait_until("the draft, editable", || query(&root, "#total-budget").is_some_and(|b| !b.has_attribute("disabled")))
        .await;
    let page = text(&root);
    for step in [
        "Goal, budget and dates",
        "Taste clusters",
        "Creative and targeting",
        "Integration and DSA",
        "Review and publish",
    ] {
        assert!(page.contains(step), "step {step} missing from the stepper");
    }
    assert!(page.contains("Step 1 of 5"), "a draft opens on step 1");
    assert_eq!(input_value(&root, "#total-budget"), "1500", "values come from the server draft");

    // Next checks this step's fields first: it stays here and says what is missing.
    set_input(&root, "#total-budget", "0");
    button(&root, "Next").expect("next").click();
    wait_until("problems", || text(&root).contains("Enter a total budget greater than 0.")).await;
    assert!(text(&root).contains("Before you go on"), "a summary of the step's problems");
    assert!(!text(&root).contains("Write the ad text."), "only this step's fields are checked");
    assert!(query(&root, "#total-budget").is_some(), "still on step 1");
    assert!(!window().location().search().unwrap_or_default().contains("step=2"));

    // Edits made while a save is in flight stay on screen and are saved after it.
    set_input(&root, "#total-budget", "2000");
    wait_until("saving", || text(&root).contains("Saving…")).await;
    set_input(&root, "#total-budget", "2001");
    let mut states = Vec::new();
    wait_until("saved with the newest value", || {
        assert_eq!(input_value(&root, "#total-budget"), "2001", "a stale answer overwrote the newer edit");
        let state = text(&query(&root, ".save-state").expect("save state"));
        if states.last() != Some(&state) {
            states.push(state.clone());
        }
        state.contains("Saved") && states.iter().filter(|s| s.contains("Saving")).count() >= 2
    })
    .await;
    let client = Client::new(Session::default(), RwSignal::new(false));
    let stored = client.send(calls::get_setup(&models::Id("7001".into()))).await.expect("draft");
    assert_eq!(stored.total_budget, Some(2001.0), "the server ends with the last edit (states: {states:?})");

    // A valid step goes on: the step is in the URL, Back returns, autosave carries on.
    button(&root, "Next").expect("next").click();
    wait_until("step 2", || text(&root).contains("Step 2 of 5")).await;
    assert!(window().location().search().unwrap_or_default().contains("step=2"), "the step is in the URL");
    button(&root, "Back").expect("back").click();
    wait_until("step 1 again", || query(&root, "#total-budget").is_some()).await;
    assert_eq!(input_value(&root, "#total-budget"), "2001", "nothing typed is lost between steps");
}

#[wasm_bindgen_test]
async fn the_review_shows_what_will_be_published_and_links_back_to_each_step() {
    local_storage().clear().ok();
    let (root, _app) = mount_at("/campaigns/7001/setup?step=5");
    wait_until("the review", || text(&root).contains("Step 5 of 5") && text(&root).contains("Total budget")).await;
    let page = text(&root);
    assert!(page.contains("€"), "the budget as it will be published, with its currency: {page}");
    assert!(page.contains("DSA payor"), "integration and DSA are reviewed");
    assert!(page.contains("Still missing before you can publish"), "the demo draft is incomplete");
    assert!(page.contains("Write the ad text."), "problems of every step are listed");
    assert!(button(&root, "Publish").is_some(), "Publish sits on the review");
    wait_until("this tab may edit", || button(&root, "Publish").is_some_and(|b| !b.has_attribute("disabled"))).await;
    // Publishing an incomplete draft stays here and says what is missing.
    button(&root, "Publish").expect("publish").click();
    wait_until("problems", || text(&root).contains("Before publishing")).await;
    // "Edit" leads back to the step (followed here by mounting its address: routers of
    // earlier tests in this page would see the click too).
    let edit = query(&root, "a.edit-link[href$='step=4']").expect("edit link of step 4");
    let href = edit.get_attribute("href").unwrap_or_default();
    drop(_app);
    let (root, _app) = mount_at(&href);
    wait_until("step 4", || query(&root, "#dsa-payor").is_some()).await;
    // A step number that makes no sense opens step 1.
    drop(_app);
    let (root, _app) = mount_at("/campaigns/7001/setup?step=99");
    wait_until("step 1", || query(&root, "#total-budget").is_some()).await;
}

#[wasm_bindgen_test]
async fn a_closed_draft_is_read_only_and_says_why() {
    local_storage().clear().ok();
    let (root, _app) = mount_at("/campaigns/7003/setup");
    wait_until("closed notice", || text(&root).contains("This draft is closed")).await;
    assert!(text(&root).contains("has been replaced"), "the server's reason is shown");
    let budget: web_sys::HtmlInputElement = query(&root, "#total-budget").expect("budget").unchecked_into();
    assert!(budget.disabled(), "closed drafts cannot be edited");
    // Read-only, it can still be looked through: Next is not held back by fields nobody may fix.
    button(&root, "Next").expect("next").click();
    wait_until("step 2", || text(&root).contains("Step 2 of 5")).await;
    drop(_app);
    let (root, _app) = mount_at("/campaigns/7003/setup?step=5");
    wait_until("the review", || button(&root, "Publish").is_some()).await;
    assert!(button(&root, "Publish").is_some_and(|b| b.has_attribute("disabled")));
}

#[wasm_bindgen_test]
async fn numbers_keep_what_was_typed_and_the_model_gets_the_value() {
    local_storage().clear().ok();
    let (root, _app) = mount_at("/campaigns/7002/setup");
    wait_until("the draft, editable", || query(&root, "#total-budget").is_some_and(|b| !b.has_attribute("disabled")))
        .await;
    type_keys(&root, "#total-budget", "12.5");
    TimeoutFuture::new(50).await;
    assert_eq!(input_value(&root, "#total-budget"), "12.5", "typing 12.5 key by key keeps 12.5");
    for (typed, shown) in [("1e3", "1e3"), ("12,5", "12,5"), ("-", "-"), ("12.", "12.")] {
        type_keys(&root, "#total-budget", typed);
        // Leptos writes input values in a microtask: let every queued write land.
        TimeoutFuture::new(50).await;
        assert_eq!(input_value(&root, "#total-budget"), shown, "the field keeps {typed:?}");
    }
    // Unreadable text says why once the user leaves the field.
    type_keys(&root, "#total-budget", "abc");
    query(&root, "#total-budget")
        .expect("budget")
        .dispatch_event(&web_sys::Event::new("blur").expect("event"))
        .expect("blur");
    wait_until("inline message", || text(&query(&root, "#total-budget-error").expect("error")).contains("number"))
        .await;
    type_keys(&root, "#total-budget", "12.5");
    wait_until("saved", || text(&query(&root, ".save-state").expect("state")).contains("Saved")).await;
    let client = Client::new(Session::default(), RwSignal::new(false));
    let stored = client.send(calls::get_setup(&models::Id("7002".into()))).await.expect("draft");
    assert_eq!(stored.total_budget, Some(12.5), "the model got the parsed value");
    // Ages are whole numbers; their text is kept too.
    if let Some(age) = query(&root, "input[id$='-age-min']") {
        let selector = format!("#{}", age.id());
        type_keys(&root, &selector, "18");
        assert_eq!(input_value(&root, &selector), "18");
    }
}

#[wasm_bindgen_test]
async fn leaving_the_tab_saves_at_once_and_backups_stay_in_their_scope() {
    local_storage().clear().ok();
    let session = window().session_storage().ok().flatten().expect("sessionStorage");
    // A backup left by live mode for the same event id is not demo's business.
    session
        .set_item("waveDraftBackup.v2|live|https://api.example.com|p1|7001", r#"{"eid":7001,"total_budget":9999}"#)
        .expect("store");
    let (root, _app) = mount_at("/campaigns/7001/setup?step=4");
    wait_until("the draft, editable", || query(&root, "#dsa-payor").is_some_and(|b| !b.has_attribute("disabled")))
        .await;
    assert!(!text(&root).contains("Which version"), "another scope's backup is never offered");

    // The tab goes away (a phone switching apps): the edit is sent now, not after the debounce.
    type_keys(&root, "#dsa-payor", "Sent on pagehide");
    window().dispatch_event(&web_sys::Event::new("pagehide").expect("event")).expect("pagehide");
    TimeoutFuture::new(50).await;
    let client = Client::new(Session::default(), RwSignal::new(false));
    let stored = client.send(calls::get_setup(&models::Id("7001".into()))).await.expect("draft");
    assert_eq!(stored.dsa_payor, "Sent on pagehide", "saved on pagehide, well before the 1 s debounce");
    assert_ne!(stored.total_budget, Some(9999.0), "another scope's backup never reaches this draft");
}
