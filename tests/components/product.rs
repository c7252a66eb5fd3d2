//! What a partner team uses every day: the overview and event names instead of numbers.

use crate::support::{local_storage, mount_at, no_panic, query, text, wait_until};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::RwSignal;
use wasm_bindgen_test::*;
use wave_console::api::{calls, models, Client};
use wave_console::config::Session;

/// Waits up to `secs` for `cond`: for what moves on its own timers (a poll every 5 s).
async fn wait_secs(secs: u32, what: &str, mut cond: impl FnMut() -> bool) {
    for _ in 0..secs * 20 {
        if cond() {
            return;
        }
        TimeoutFuture::new(50).await;
    }
    panic!("timed out after {secs} s waiting for: {what}");
}

/// An overview section by its heading's id (`ov-building`, `ov-campaigns`, …).
fn section(root: &web_sys::HtmlElement, id: &str) -> web_sys::HtmlElement {
    query(root, &format!("article[aria-labelledby='{id}']")).unwrap_or_else(|| panic!("section {id}"))
}

/// The text of an overview section, empty while the page has not rendered it (for waits).
fn section_text(root: &web_sys::HtmlElement, id: &str) -> String {
    query(root, &format!("article[aria-labelledby='{id}']")).map(|s| text(&s)).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_overview_has_five_sections_each_with_its_own_state() {
    local_storage().clear().ok();
    let (root, _app) = mount_at("/");
    wait_until("packages and campaigns", || {
        let page = text(&root);
        page.contains("Harbour festival audiences") && page.contains("Opera Gala: La Traviata")
    })
    .await;
    let page = text(&root);
    for section in
        ["Building now", "Recently finished", "Drafts in progress", "Running campaigns", "Latest attribution"]
    {
        assert!(page.contains(section), "section {section} missing");
    }
    assert!(page.contains("No drafts opened in this browser yet."), "the empty state of drafts");
    wait_until("attribution figures", || text(&root).contains("adjusted")).await;
    // Every section links to its page.
    for href in ["/package-builder", "/package-builder/create", "/campaigns"] {
        assert!(query(&root, &format!("a[href='{href}']")).is_some(), "a link to {href}");
    }
}

#[wasm_bindgen_test]
async fn an_event_is_named_by_its_title_and_the_title_is_remembered() {
    local_storage().clear().ok();
    let (root, _app) = mount_at("/events/7002");
    wait_until("the title", || query(&root, "h1").is_some_and(|h| text(&h) == "Opera Gala: La Traviata")).await;
    assert!(text(&root).contains("July 25, 2026 · Nationaltheater, München"), "date and place under the title");
    let stored = local_storage().get_item("waveEventNames.v1|demo").ok().flatten().unwrap_or_default();
    assert!(stored.contains("Opera Gala"), "remembered for next time: {stored}");
    // Garbage in storage is ignored, never a crash; an unknown event keeps its number.
    local_storage().set_item("waveEventNames.v1|demo", "{not json").ok();
    drop(_app);
    let (root, _app) = mount_at("/events/424242");
    wait_until("the number", || query(&root, "h1").is_some_and(|h| text(&h) == "Event #424242")).await;
    crate::support::no_panic();
}

#[wasm_bindgen_test]
async fn the_overview_shows_the_live_progress_of_a_building_package() {
    local_storage().clear().ok();
    crate::support::create_building_package("Progress on the overview").await;
    let (root, _app) = mount_at("/");
    wait_until("the package under Building now", || {
        section_text(&root, "ov-building").contains("Progress on the overview")
    })
    .await;
    // A bar and a percentage, from the package's own answer, as soon as it is shown.
    let bar =
        || query(&section(&root, "ov-building"), "progress[aria-label='Build progress of Progress on the overview']");
    let value = || bar().and_then(|b| b.get_attribute("value")).and_then(|v| v.parse::<f64>().ok());
    wait_until("its progress", || value().is_some()).await;
    let first = value().expect("progress");
    assert!((0.0..=100.0).contains(&first), "a percentage: {first}");
    assert_eq!(bar().and_then(|b| b.get_attribute("max")).as_deref(), Some("100"));
    let item = bar().and_then(|b| b.closest("li").ok().flatten()).expect("its row");
    assert!(item.text_content().unwrap_or_default().contains(&format!("{first:.0} %")), "the percentage in words");
    // It moves on by itself (the demo builds for 20 s; the page asks every 5 s), without a reload.
    wait_secs(15, "the progress to move on", || {
        value().is_some_and(|v| v > first) || section_text(&root, "ov-finished").contains("Progress on the overview")
    })
    .await;
    // Finished packages show no bar.
    assert!(query(&section(&root, "ov-finished"), "progress").is_none());
    no_panic();
}

#[wasm_bindgen_test]
async fn the_overview_names_the_events_of_campaigns_and_attribution() {
    // A campaign published for an event this browser never saw (as Event #7004 was reported).
    let client = Client::new(Session::default(), RwSignal::new(false));
    let eid = models::Id("7004".into());
    if client.send(calls::event_campaigns(&eid)).await.expect("campaigns").is_empty() {
        let mut draft = client.send(calls::start_setup(&eid)).await.expect("draft");
        draft.total_budget = Some(700.0);
        draft.start_date = Some("2026-09-01".into());
        draft.end_date = Some("2026-09-08".into());
        draft.dsa_payor = "Wave Partner GmbH".into();
        draft.dsa_beneficiary = "Street Food e.V.".into();
        draft.clusters = vec![models::ClusterSetup {
            tc: draft.available_clusters[0].tc.clone(),
            creative: models::Creative {
                headline: "Taste Cologne".into(),
                body: "Forty stalls by the Rhine.".into(),
                cta: "LEARN_MORE".into(),
                ..Default::default()
            },
            ..Default::default()
        }];
        client.send(calls::save_setup(&eid, &draft)).await.expect("saved");
        client.send(calls::boost_setup(&eid)).await.expect("published");
    }
    // No names remembered: each is looked up.
    local_storage().clear().ok();
    let (root, _app) = mount_at("/");
    let named = |id: &str| {
        let shown = section_text(&root, id);
        shown.contains("Cologne Street Food Market")
            && shown.contains("Opera Gala: La Traviata")
            && !shown.contains("Event #")
    };
    wait_until("the running campaigns named", || named("ov-campaigns")).await;
    wait_until("the attribution rows named", || named("ov-attribution")).await;
    // Every event link on the overview reads as a title.
    let links = root.query_selector_all("a[href^='/events/']").expect("links");
    assert!(links.length() >= 2);
    for i in 0..links.length() {
        let link = links.item(i).and_then(|n| n.text_content()).unwrap_or_default();
        assert!(!link.contains("Event #") && !link.trim().is_empty(), "an event named by number: {link:?}");
    }
    assert!(!text(&root).contains("Event #"), "no event by number anywhere on the overview");
    no_panic();
}
