//! Package Builder: the list, the create wizard, the results page.

use super::support::{button, local_storage, mount_at, query, text, wait_until};
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wave_console::api::demo_request_count;

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
    let id = crate::support::create_building_package("Poll test").await;
    let (root, app) = mount_at(&format!("/package-builder/results/{id}"));
    wait_until("building", || text(&root).contains("Building the package")).await;
    let before = demo_request_count();
    let started = js_sys::Date::now();
    // The poll is due 5 s after the first answer; on a busy machine its timer may run late,
    // so the wait has room, and the interval is checked from below.
    let mut waited = 0.0;
    while demo_request_count() == before && waited < 15_000.0 {
        TimeoutFuture::new(50).await;
        waited = js_sys::Date::now() - started;
    }
    let polled = demo_request_count() - before;
    assert_eq!(polled, 1, "one poll about 5 s after the first answer, saw {polled} in {waited} ms");
    assert!(waited >= 4_000.0, "the poll waits for its interval; it came after {waited} ms");
    drop(app);
    // A request already on its way when the page went may still land; none may start after.
    TimeoutFuture::new(400).await;
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

/// The rows of the package table: (title, events), as shown.
fn package_rows(root: &web_sys::HtmlElement) -> Vec<(String, String)> {
    let rows = root.query_selector_all("tbody tr").expect("rows");
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .map(|row| {
            let cells = row.unchecked_into::<web_sys::Element>().query_selector_all("td").expect("cells");
            let cell = |i| cells.item(i).and_then(|c| c.text_content()).unwrap_or_default();
            (cell(1), cell(3))
        })
        .collect()
}

#[wasm_bindgen_test]
async fn typing_on_and_deleting_in_the_filter_shows_exactly_the_matching_packages() {
    use super::support::set_input;
    local_storage().clear().ok();
    let (root, _app) = mount_at("/package-builder");
    wait_until("a table row", || query(&root, "tbody tr").is_some()).await;
    let all = package_rows(&root);
    assert!(all.len() > 3 && all.len() <= 50, "the seed fits one page: {}", all.len());
    // Case-insensitive, in the title or an event's title.
    let expected = |needle: &str| {
        let needle = needle.trim().to_lowercase();
        all.iter()
            .filter(|(title, events)| title.to_lowercase().contains(&needle) || events.to_lowercase().contains(&needle))
            .cloned()
            .collect::<Vec<_>>()
    };
    // An event title's first word, typed in capitals key by key (each key narrows the last
    // matches), then deleted key by key (each key widens them again).
    let word = all
        .iter()
        .find_map(|(_, events)| events.split(|c: char| !c.is_alphanumeric()).find(|w| w.len() > 2))
        .map(str::to_uppercase)
        .expect("an event");
    let check = |typed: &str| {
        let shown = package_rows(&root);
        assert_eq!(shown, expected(typed), "after typing {typed:?}");
        let count = text(&query(&root, ".count").expect("count"));
        assert!(count.starts_with(&format!("{} of {}", shown.len(), all.len())), "{count}");
    };
    for n in 1..=word.chars().count() {
        let typed: String = word.chars().take(n).collect();
        set_input(&root, "#filter-text", &typed);
        leptos::task::tick().await;
        check(&typed);
    }
    for n in (0..word.chars().count()).rev() {
        let typed: String = word.chars().take(n).collect();
        set_input(&root, "#filter-text", &typed);
        leptos::task::tick().await;
        check(&typed);
    }
    // A text nothing has, then one more key: still nothing, and said so.
    set_input(&root, "#filter-text", "zzqx");
    leptos::task::tick().await;
    set_input(&root, "#filter-text", "zzqxy");
    leptos::task::tick().await;
    assert!(package_rows(&root).is_empty());
    assert!(text(&root).contains("No packages match these filters."));
    // A status narrows the text's matches; back to every status, the text's matches return.
    let set_select = |id: &str, value: &str| {
        let select: web_sys::HtmlSelectElement = query(&root, id).expect(id).unchecked_into();
        select.set_value(value);
        select.dispatch_event(&web_sys::Event::new("change").expect("event")).expect("dispatch");
    };
    set_input(&root, "#filter-text", "t");
    leptos::task::tick().await;
    check("t");
    set_select("#filter-status", "FAILED");
    leptos::task::tick().await;
    let failed = package_rows(&root);
    assert!(!failed.is_empty() && failed.len() < expected("t").len(), "{failed:?}");
    assert!(failed.iter().all(|row| expected("t").contains(row)));
    set_select("#filter-status", "");
    leptos::task::tick().await;
    check("t");
    set_select("#filter-status", "FAILED");
    set_input(&root, "#filter-text", "te");
    leptos::task::tick().await;
    assert!(package_rows(&root).iter().all(|row| failed.contains(row) && expected("te").contains(row)));
    set_select("#filter-status", "");
    leptos::task::tick().await;
    check("te");
    // Another order with the text kept: the same rows, in the new order.
    set_select("#sort", "title_asc");
    leptos::task::tick().await;
    let mut by_title = expected("te");
    by_title.sort_by_key(|(title, _)| title.to_lowercase());
    assert_eq!(package_rows(&root), by_title);
    set_input(&root, "#filter-text", "tec");
    leptos::task::tick().await;
    assert_eq!(
        package_rows(&root),
        by_title.into_iter().filter(|row| expected("tec").contains(row)).collect::<Vec<_>>()
    );
}
