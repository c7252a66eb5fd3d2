//! The shell, start-up, the network failing, return targets, and the small helpers.

use super::support::{button, local_storage, mount_at, query, text, wait_until};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn shell_has_navigation_mode_and_a_notice_when_config_is_missing() {
    local_storage().clear().ok();
    let (root, _app) = mount_at("/");
    wait_until("overview heading", || {
        query(&root, "h1").is_some_and(|h| h.text_content().as_deref() == Some("Overview"))
    })
    .await;
    for link in ["Package Builder", "Campaigns", "Connect"] {
        assert!(text(&query(&root, "nav[aria-label='Main']").expect("nav")).contains(link));
    }
    assert!(text(&root).contains("Demo"));
    // The test server has no config.json: demo mode, said in the live region.
    wait_until("config notice", || {
        query(&root, "[aria-live] .notice").is_some_and(|n| text(&n).contains("config.json"))
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_network_failure_shows_a_message_and_retry() {
    local_storage().clear().ok();
    local_storage()
        .set_item("waveConnection", r#"{"mode":"live","api_base_url":"http://127.0.0.1:9","partner_id":"p1"}"#)
        .expect("store");
    let (root, _app) = mount_at("/package-builder");
    wait_until("error alert", || {
        query(&root, "[role='alert']").is_some_and(|a| text(&a).contains("Can't reach the Wave API"))
    })
    .await;
    assert!(button(&root, "Retry").is_some());
    assert!(text(&root).contains("Live"));
    local_storage().remove_item("waveConnection").ok();
}

#[wasm_bindgen_test]
async fn open_redirects_are_refused() {
    use wave_console::pages::connect::same_origin_path;
    assert_eq!(same_origin_path("/campaigns?x=1#top").as_deref(), Some("/campaigns?x=1#top"));
    assert_eq!(same_origin_path("/x/../campaigns").as_deref(), Some("/campaigns"), "dot segments resolve");
    assert_eq!(same_origin_path("/events/7002?q=a%40b").as_deref(), Some("/events/7002?q=a%40b"));
    // An `@` in a path is a path of this app (the router shows "not found"), not a user info.
    assert_eq!(same_origin_path("/@evil.example").as_deref(), Some("/@evil.example"));
    // Through the browser's own URL parser: every way a target can end up on another host.
    for evil in [
        "/\\evil.example/x",
        "/\t/evil.example",
        "/\n/evil.example",
        "/\r\n/evil.example",
        "//evil.example",
        "///evil.example",
        "https://evil.example/",
        "http://evil.example/",
        "/\\\\evil.example",
        "javascript:alert(1)",
        "/.//evil.example/login",
        "/%2e//evil.example/x",
        "/%2E%2E//evil.example/x",
        "/x/..//evil.example/y",
        "/./..//evil.example",
        "/%2F/evil.example",
        "/%2f%2fevil.example",
        "/%5Cevil.example/x",
        "/%5c%5cevil.example",
        "/%09/evil.example",
        "/%0a/evil.example",
        "//user@evil.example/",
        "/\\user@evil.example",
    ] {
        assert_eq!(same_origin_path(evil), None, "{evil:?} must not be a return target");
    }
}

#[wasm_bindgen_test]
fn live_heap_counts_bytes_until_they_are_freed() {
    use wave_console::live_heap::live_heap_bytes;
    let before = live_heap_bytes();
    let block = std::hint::black_box(vec![7u8; 1 << 20]);
    let held = live_heap_bytes();
    drop(block);
    let after = live_heap_bytes();
    assert!(held - before >= (1 << 20) as f64, "a 1 MiB block is counted: {before} → {held}");
    assert!(held - after >= (1 << 20) as f64, "and uncounted when freed: {held} → {after}");
}

#[wasm_bindgen_test]
fn starting_a_draft_save_aborts_the_one_in_flight() {
    let first = wave_console::reactive::autosave::begin_draft_save().expect("signal");
    let second = wave_console::reactive::autosave::begin_draft_save().expect("signal");
    assert!(first.aborted(), "the older save is aborted");
    assert!(!second.aborted());
    wave_console::reactive::autosave::abort_draft_save();
    assert!(second.aborted());
}
