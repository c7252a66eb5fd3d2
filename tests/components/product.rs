//! What a partner team uses every day: the overview and event names instead of numbers.

use crate::support::{local_storage, mount_at, query, text, wait_until};
use wasm_bindgen_test::*;

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
    assert!(text(&root).contains("2026-07-25 · Nationaltheater, München"), "date and place under the title");
    let stored = local_storage().get_item("waveEventNames.v1|demo").ok().flatten().unwrap_or_default();
    assert!(stored.contains("Opera Gala"), "remembered for next time: {stored}");
    // Garbage in storage is ignored, never a crash; an unknown event keeps its number.
    local_storage().set_item("waveEventNames.v1|demo", "{not json").ok();
    drop(_app);
    let (root, _app) = mount_at("/events/424242");
    wait_until("the number", || query(&root, "h1").is_some_and(|h| text(&h) == "Event #424242")).await;
    crate::support::no_panic();
}
