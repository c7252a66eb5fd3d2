//! Component tests: the real app mounted into headless Chromium, asserting on the DOM.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wave_console::api::{calls, demo_request_count, models, Client};
use wave_console::app::App;
use wave_console::config::Session;

wasm_bindgen_test_configure!(run_in_browser);

fn window() -> web_sys::Window {
    web_sys::window().expect("window")
}

fn local_storage() -> web_sys::Storage {
    window().local_storage().ok().flatten().expect("localStorage")
}

/// Mounts the whole app at `path` into a fresh element; dropping the handle unmounts it.
fn mount_at(path: &str) -> (web_sys::HtmlElement, impl Drop) {
    window()
        .history()
        .expect("history")
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .expect("push");
    let document = window().document().expect("document");
    let root: web_sys::HtmlElement = document.create_element("div").expect("div").unchecked_into();
    document.body().expect("body").append_child(&root).expect("append");
    let handle = leptos::mount::mount_to(root.clone(), App);
    (root, handle)
}

async fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    for _ in 0..250 {
        if cond() {
            return;
        }
        TimeoutFuture::new(20).await;
    }
    panic!("timed out waiting for: {what}");
}

fn text(root: &web_sys::HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

fn query(root: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(selector).ok().flatten().map(|e| e.unchecked_into())
}

/// The button whose text is `name`.
fn button(root: &web_sys::HtmlElement, name: &str) -> Option<web_sys::HtmlElement> {
    let list = root.query_selector_all("button").ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<web_sys::HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
}

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
async fn package_list_loads_from_the_demo_transport_and_filters() {
    local_storage().clear().ok();
    let (root, _app) = mount_at("/package-builder?status=FAILED");
    wait_until("a table row", || query(&root, "tbody tr").is_some()).await;
    let body = text(&query(&root, "tbody").expect("tbody"));
    assert!(body.contains("Techno weekend (failed import)"), "{body}");
    assert!(!body.contains("Munich shows Q3"), "status filter from the URL applies");
    let checkbox = query(&root, "input[aria-label='Select Techno weekend (failed import)']");
    assert!(checkbox.is_some(), "rows are selectable by label");
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
async fn wizard_restores_its_state_and_writes_every_change() {
    local_storage().clear().ok();
    local_storage()
        .set_item(
            "packageBuilderState",
            r#"{"version":1,"data":{"step":1,"events":[{"id":12345,"title":"Mahler"}],"title":"Stored title","targeting_mode":"intent",
                "num_packages":4,"n_top_events":2,"included_customers":[],"excluded_customers":[],"buying_above":"","buying_below":"",
                "purchases_before":"","purchases_after":"","ticket_categories":["VIP"]}}"#,
        )
        .expect("store");
    let (root, _app) = mount_at("/package-builder/create");
    wait_until("title input", || query(&root, "#title").is_some()).await;
    let title: web_sys::HtmlInputElement = query(&root, "#title").expect("title").unchecked_into();
    assert_eq!(title.value(), "Stored title");
    assert!(text(&root).contains("Step 2 of 3"));
    title.set_value("Changed title");
    title.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
    leptos::task::tick().await;
    let stored = local_storage().get_item("packageBuilderState").ok().flatten().unwrap_or_default();
    assert!(stored.contains("Changed title"), "{stored}");
    // Back keeps the values; Next is blocked with an inline message while invalid.
    title.set_value("");
    title.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
    button(&root, "Next").expect("next").click();
    wait_until("inline error", || text(&root).contains("Give the package a title.")).await;
    assert!(text(&root).contains("Step 2 of 3"));
}

#[wasm_bindgen_test]
async fn corrupt_wizard_state_is_discarded_with_a_notice() {
    local_storage().clear().ok();
    local_storage().set_item("packageBuilderState", "{not json").expect("store");
    let (root, _app) = mount_at("/package-builder/create");
    wait_until("notice", || text(&root).contains("was discarded")).await;
    assert!(text(&root).contains("Step 1 of 3"));
}

#[wasm_bindgen_test]
async fn results_poll_while_building_and_stop_on_unmount() {
    local_storage().clear().ok();
    let client = Client::new(Session::default(), RwSignal::new(false));
    let payload = models::CreatePackage {
        num_packages: 1,
        n_top_events: 1,
        event_ids: vec![models::Id("12345".into())],
        package_title: "Poll test".into(),
        ..Default::default()
    };
    let id = client.send(calls::create_package(&payload)).await.expect("created").id;
    let (root, app) = mount_at(&format!("/package-builder/results/{id}"));
    wait_until("building", || text(&root).contains("Building the package")).await;
    let before = demo_request_count();
    TimeoutFuture::new(5_600).await;
    let polled = demo_request_count() - before;
    assert!(polled >= 1, "one poll per 5 s while building, saw {polled}");
    drop(app);
    let after_unmount = demo_request_count();
    TimeoutFuture::new(5_600).await;
    assert_eq!(demo_request_count(), after_unmount, "no poll after the page is gone");
}

#[wasm_bindgen_test]
async fn a_missing_package_says_not_found_with_retry() {
    let (root, _app) = mount_at("/package-builder/results/nope");
    wait_until("alert", || query(&root, "[role='alert']").is_some_and(|a| text(&a).contains("Not found"))).await;
    assert!(button(&root, "Retry").is_some());
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

fn set_input(root: &web_sys::HtmlElement, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = query(root, selector).expect(selector).unchecked_into();
    input.set_value(value);
    input.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
}

fn input_value(root: &web_sys::HtmlElement, selector: &str) -> String {
    query(root, selector).expect(selector).unchecked_into::<web_sys::HtmlInputElement>().value()
}

#[wasm_bindgen_test]
async fn results_show_each_state_and_regenerate_starts_building() {
    local_storage().clear().ok();
    let (root, app) = mount_at("/package-builder/results/101");
    wait_until("cluster cards", || button(&root, "Download CSV").is_some()).await;
    assert!(text(&root).contains("Attribution (backhaul evaluation)"));
    assert!(text(&root).contains("Preview of"), "preview rows per cluster");
    drop(app);

    let (root, app) = mount_at("/package-builder/results/103");
    wait_until("failure explanation", || text(&root).contains("Building this package failed")).await;
    assert!(query(&root, "a[href='/package-builder']").is_some(), "a way back");
    drop(app);

    let (root, _app) = mount_at("/package-builder/results/104");
    wait_until("expired", || button(&root, "Regenerate").is_some()).await;
    assert!(button(&root, "Download CSV").is_none(), "expired lists are not offered");
    button(&root, "Regenerate").expect("regenerate").click();
    wait_until("building again", || text(&root).contains("Building the package")).await;
}

#[wasm_bindgen_test]
async fn campaign_wizard_sections_validation_and_no_stale_overwrite() {
    local_storage().clear().ok();
    let (root, _app) = mount_at("/campaigns/7001/setup");
    wait_until("the draft, editable", || query(&root, "#total-budget").is_some_and(|b| !b.has_attribute("disabled")))
        .await;
    let page = text(&root);
    for section in ["Goal, budget and dates", "Taste clusters", "Creative", "Targeting"] {
        assert!(page.contains(section), "section {section} missing");
    }
    assert_eq!(input_value(&root, "#total-budget"), "1500", "values come from the server draft");

    // Publishing an incomplete draft stays here and says what is missing.
    set_input(&root, "#total-budget", "0");
    button(&root, "Publish").expect("publish").click();
    wait_until("problems", || text(&root).contains("Enter a total budget greater than 0.")).await;
    assert!(text(&root).contains("Write the ad text."), "per-cluster creative is checked");
    assert!(query(&root, "#total-budget").is_some(), "still on the wizard");

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
}

#[wasm_bindgen_test]
async fn a_closed_draft_is_read_only_and_says_why() {
    local_storage().clear().ok();
    let (root, _app) = mount_at("/campaigns/7003/setup");
    wait_until("closed notice", || text(&root).contains("This draft is closed")).await;
    assert!(text(&root).contains("has been replaced"), "the server's reason is shown");
    let budget: web_sys::HtmlInputElement = query(&root, "#total-budget").expect("budget").unchecked_into();
    assert!(budget.disabled(), "closed drafts cannot be edited");
    assert!(button(&root, "Publish").is_some_and(|b| b.has_attribute("disabled")));
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

/// Types `text` key by key, the way a person does: one input event per character.
fn type_keys(root: &web_sys::HtmlElement, selector: &str, text: &str) {
    let input: web_sys::HtmlInputElement = query(root, selector).expect(selector).unchecked_into();
    let mut typed = String::new();
    input.set_value("");
    for c in text.chars() {
        typed.push(c);
        // The caret stays at the end, like a keyboard: the field must not rewrite the text.
        input.set_value(&typed);
        input.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
    }
}

fn no_panic() {
    let root = window().document().and_then(|d| d.document_element());
    assert!(root.is_some_and(|r| !r.has_attribute("data-panic")), "the app panicked");
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
async fn leaving_during_a_mutation_never_panics() {
    local_storage().clear().ok();
    // Regenerate on an expired package, then leave before the answer. (Another test of this
    // page's shared demo world may have regenerated it already: then it is building.)
    let (root, app) = mount_at("/package-builder/results/104");
    wait_until("regenerate or building", || button(&root, "Regenerate").is_some() || text(&root).contains("Building"))
        .await;
    if let Some(regenerate) = button(&root, "Regenerate") {
        regenerate.click();
    }
    drop(app);
    TimeoutFuture::new(400).await;
    no_panic();

    // Merge two packages, then leave.
    let (root, app) = mount_at("/package-builder");
    wait_until("rows", || query(&root, "tbody tr").is_some()).await;
    for label in ["Select Munich shows Q3", "Select Families for the Gruffalo"] {
        query(&root, &format!("input[aria-label='{label}']")).expect(label).click();
    }
    leptos::task::tick().await;
    button(&root, "Merge selected (2)").expect("merge").click();
    drop(app);
    TimeoutFuture::new(400).await;
    no_panic();

    // Save the evaluation settings, then leave.
    let (root, app) = mount_at("/package-builder/results/101");
    wait_until("evaluation form", || button(&root, "Save settings").is_some()).await;
    button(&root, "Save settings").expect("save").click();
    drop(app);
    TimeoutFuture::new(400).await;
    no_panic();

    // Pause a published campaign, then leave.
    let (root, app) = mount_at("/events/7002");
    wait_until("campaign actions", || button(&root, "Pause").is_some() || button(&root, "Resume").is_some()).await;
    button(&root, "Pause").or_else(|| button(&root, "Resume")).expect("toggle").click();
    drop(app);
    TimeoutFuture::new(400).await;
    no_panic();
}

#[wasm_bindgen_test]
async fn open_redirects_are_refused() {
    use wave_console::pages::connect::same_origin_path;
    assert_eq!(same_origin_path("/campaigns?x=1#top").as_deref(), Some("/campaigns?x=1#top"));
    for evil in [
        "/\\evil.example/x",
        "/\t/evil.example",
        "//evil.example",
        "https://evil.example/",
        "/\\\\evil.example",
        "javascript:alert(1)",
    ] {
        assert_eq!(same_origin_path(evil), None, "{evil:?} must not be a return target");
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
    let (root, _app) = mount_at("/campaigns/7001/setup");
    wait_until("the draft, editable", || query(&root, "#dsa-payor").is_some_and(|b| !b.has_attribute("disabled")))
        .await;
    assert!(!text(&root).contains("Which version"), "another scope's backup is never offered");
    assert_ne!(input_value(&root, "#total-budget"), "9999");

    // The tab goes away (a phone switching apps): the edit is sent now, not after the debounce.
    type_keys(&root, "#dsa-payor", "Sent on pagehide");
    window().dispatch_event(&web_sys::Event::new("pagehide").expect("event")).expect("pagehide");
    TimeoutFuture::new(50).await;
    let client = Client::new(Session::default(), RwSignal::new(false));
    let stored = client.send(calls::get_setup(&models::Id("7001".into()))).await.expect("draft");
    assert_eq!(stored.dsa_payor, "Sent on pagehide", "saved on pagehide, well before the 1 s debounce");
}
