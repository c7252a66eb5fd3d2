//! Ids the server leaves out or repeats (issue 22, item 7): every row keyed on its own, actions
//! that need an id disabled with the reason shown, repeated ids flagged and never merged.
//! The demo world never makes such data, so the server's answers are canned
//! (`demo_answer_with`); everything else is the demo world as usual.

use super::support::{local_storage, mount_at, no_panic, query, text, type_keys, wait_until};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::RwSignal;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wave_api::contract::http::Method;
use wave_console::api::{calls, demo_answer_with, models, Client};
use wave_console::config::Session;

/// Two packages without an id (`null`, left out), one id on two rows, and one plain package.
/// Newest first on screen: Single, Twin B, Twin A, Nameless two, Nameless one.
const ODD_LIST: &str = r#"[
  {"id": null, "title": "Nameless one", "status": "DONE", "created_at": "2026-05-01T10:00:00Z", "events": []},
  {"title": "Nameless two", "status": "DONE", "created_at": "2026-05-02T10:00:00Z", "events": []},
  {"id": "p9", "title": "Twin A", "status": "DONE", "created_at": "2026-05-03T10:00:00Z", "events": []},
  {"id": "p9", "title": "Twin B", "status": "DONE", "created_at": "2026-05-04T10:00:00Z", "events": []},
  {"id": "p10", "title": "Single", "status": "DONE", "created_at": "2026-05-05T10:00:00Z", "events": []}
]"#;

fn elements(root: &web_sys::Element, selector: &str) -> Vec<web_sys::HtmlElement> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

/// The checkbox whose accessible name is `name` (its `aria-label`, or the label around it).
fn checkbox(root: &web_sys::HtmlElement, name: &str) -> web_sys::HtmlInputElement {
    elements(root, "input[type='checkbox']")
        .into_iter()
        .find(|b| {
            b.get_attribute("aria-label").as_deref() == Some(name)
                || b.closest("label").ok().flatten().and_then(|l| l.text_content()).is_some_and(|t| t.trim() == name)
        })
        .unwrap_or_else(|| panic!("no checkbox named {name:?}"))
        .unchecked_into()
}

/// The button whose accessible name is `name` (its `aria-label`, else its text).
fn named_button(root: &web_sys::Element, name: &str) -> web_sys::HtmlButtonElement {
    elements(root, "button")
        .into_iter()
        .find(|b| b.get_attribute("aria-label").unwrap_or_else(|| b.text_content().unwrap_or_default()).trim() == name)
        .unwrap_or_else(|| panic!("no button named {name:?}"))
        .unchecked_into()
}

/// What assistive technology reads as the element's description (`aria-describedby`).
fn description(el: &web_sys::Element) -> String {
    let document = el.owner_document().expect("document");
    el.get_attribute("aria-describedby")
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|id| document.get_element_by_id(id))
        .filter_map(|d| d.text_content())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The group (fieldset) whose legend reads `legend`.
fn group(root: &web_sys::HtmlElement, legend: &str) -> web_sys::Element {
    elements(root, "fieldset")
        .into_iter()
        .find(|f| {
            f.query_selector(":scope > legend")
                .ok()
                .flatten()
                .and_then(|l| l.text_content())
                .is_some_and(|t| t.trim() == legend)
        })
        .unwrap_or_else(|| panic!("no group {legend:?}"))
        .unchecked_into()
}

/// The control labelled `label` inside `scope`.
fn labelled(scope: &web_sys::Element, label: &str) -> web_sys::HtmlInputElement {
    let label = elements(scope, "label")
        .into_iter()
        .find(|l| l.text_content().is_some_and(|t| t.trim() == label))
        .unwrap_or_else(|| panic!("no label {label:?}"));
    let id = label.get_attribute("for").expect("label for");
    scope.owner_document().expect("document").get_element_by_id(&id).expect("labelled control").unchecked_into()
}

async fn odd_package_list() -> (web_sys::HtmlElement, impl Drop) {
    local_storage().clear().ok();
    let mounted = mount_at("/package-builder");
    let root = mounted.0.clone();
    wait_until("the package rows", || elements(&root, "tbody tr").len() == 5).await;
    mounted
}

#[wasm_bindgen_test]
async fn rows_without_an_id_are_kept_apart_and_cannot_be_ticked() {
    let _list = demo_answer_with(Method::Get, "/package_builder/packages/", 200, ODD_LIST);
    let (root, _app) = odd_package_list().await;
    let body = text(&query(&root, "tbody").expect("tbody"));
    for title in ["Nameless one", "Nameless two", "Twin A", "Twin B", "Single"] {
        assert_eq!(body.matches(title).count(), 1, "{title} shown once, on a row of its own: {body}");
    }

    let (one, two) = (checkbox(&root, "Select Nameless one"), checkbox(&root, "Select Nameless two"));
    for (name, b) in [("one", &one), ("two", &two)] {
        assert!(b.disabled(), "an id-less row cannot be selected ({name})");
        let why = description(b);
        assert!(why.contains("No id from the server: cannot be merged or opened."), "reason shown ({name}): {why}");
        let row = b.closest("tr").ok().flatten().expect("row");
        assert!(row.query_selector("a").ok().flatten().is_none(), "no link to a results page without an id ({name})");
        assert!(row.text_content().unwrap_or_default().contains("No id"), "flagged ({name})");
    }
    // Ticking one (as a user would try) ticks neither: the rows share no key and no checkbox.
    one.click();
    leptos::task::tick().await;
    assert!(
        !one.checked() && !two.checked(),
        "ticking an id-less row ticked {}",
        if two.checked() { "the other" } else { "it" }
    );
    assert!(text(&root).contains("Merge selected (0)"));

    // A plain row still ticks on its own.
    let single = checkbox(&root, "Select Single");
    single.click();
    leptos::task::tick().await;
    assert!(single.checked() && !one.checked() && !two.checked());
    no_panic();
}

#[wasm_bindgen_test]
async fn merge_sends_no_empty_id_and_a_repeated_id_once() {
    let _list = demo_answer_with(Method::Get, "/package_builder/packages/", 200, ODD_LIST);
    // The merge is answered only when it names exactly p9 and p10 (in either order): any
    // other query (an empty id, p9 twice) goes to the demo world, which knows neither.
    let merged = r#"{"id": "m1", "title": "Merged twins", "status": "INITIALIZING"}"#;
    let _merge_a =
        demo_answer_with(Method::Post, "/package_builder/packages/merge?packages_ids=p10&packages_ids=p9", 200, merged);
    let _merge_b =
        demo_answer_with(Method::Post, "/package_builder/packages/merge?packages_ids=p9&packages_ids=p10", 200, merged);
    let (root, _app) = odd_package_list().await;

    // Both rows of the repeated id are shown and flagged; only one of them can be ticked.
    let (twin_a, twin_b) = (checkbox(&root, "Select Twin A"), checkbox(&root, "Select Twin B"));
    assert!(description(&twin_a).contains("Repeated id"), "{}", description(&twin_a));
    assert!(description(&twin_b).contains("Repeated id"), "{}", description(&twin_b));
    assert!(description(&twin_b).contains("only one of its rows can be selected"), "{}", description(&twin_b));
    assert!(!twin_a.disabled() && twin_b.disabled());
    twin_a.click();
    leptos::task::tick().await;
    assert!(twin_a.checked() && !twin_b.checked(), "ticking one row of a repeated id ticked the other");

    // Merge stays disabled while it would send fewer than two ids: an id-less row adds none.
    let merge = named_button(&root, "Merge selected (1)");
    assert!(merge.disabled());
    checkbox(&root, "Select Nameless one").click();
    leptos::task::tick().await;
    assert!(named_button(&root, "Merge selected (1)").disabled(), "an id-less row never makes a merge possible");

    checkbox(&root, "Select Single").click();
    leptos::task::tick().await;
    let merge = named_button(&root, "Merge selected (2)");
    assert!(!merge.disabled());
    merge.click();
    wait_until("the merge answer", || {
        let page = text(&root);
        page.contains("Merged 2 packages into “Merged twins”") || page.contains("Merge failed")
    })
    .await;
    assert!(text(&root).contains("Merged 2 packages into “Merged twins”"), "the merge sent other ids: {}", text(&root));
    no_panic();
}

#[wasm_bindgen_test]
async fn a_cluster_without_a_tc_cannot_be_downloaded_or_exported() {
    local_storage().clear().ok();
    let package = r#"{"id": null, "title": "Odd package", "status": "DONE",
        "content": {"": {"customers": 5, "items": 6, "purchase": 7, "preview": []},
                    "rock": {"customers": 8, "items": 9, "purchase": 10, "preview": []}}}"#;
    let _package = demo_answer_with(Method::Get, "/package_builder/packages/zz-odd", 200, package);
    let (root, _app) = mount_at("/package-builder/results/zz-odd");
    wait_until("the clusters", || text(&root).contains("Clusters (2)")).await;
    let download = named_button(&root, "Download CSV for (no cluster id)");
    assert!(download.disabled());
    assert!(description(&download).contains("No cluster id from the server"), "{}", description(&download));
    let export = named_button(&root, "Export to CRM: (no cluster id)");
    assert!(export.disabled());
    assert!(!named_button(&root, "Download CSV for rock").disabled(), "a cluster with a tc is unaffected");
    assert!(!named_button(&root, "Export to CRM: rock").disabled());
    no_panic();
}

/// Reads draft `eid` from the demo world until `done` holds for it (autosave is debounced).
async fn server_draft_until(
    eid: &models::Id,
    what: &str,
    done: impl Fn(&models::SetupProcess) -> bool,
) -> models::SetupProcess {
    let client = Client::new(Session::default(), RwSignal::new(false));
    for _ in 0..100 {
        let draft = client.send(calls::get_setup(eid)).await.expect("draft");
        if done(&draft) {
            return draft;
        }
        TimeoutFuture::new(100).await;
    }
    panic!("the server's draft never showed: {what}");
}

#[wasm_bindgen_test]
async fn a_repeated_tc_gets_two_editors_and_each_edit_goes_to_its_own_cluster() {
    local_storage().clear().ok();
    let client = Client::new(Session::default(), RwSignal::new(false));
    let eid = models::Id("7004".into());
    let mut draft = client.send(calls::start_setup(&eid)).await.expect("draft");
    let available = draft.available_clusters.first().expect("an available cluster").clone();
    let copy = |headline: &str| models::ClusterSetup {
        tc: available.tc.clone(),
        creative: models::Creative { headline: headline.into(), cta: "LEARN_MORE".into(), ..Default::default() },
        ..Default::default()
    };
    draft.clusters = vec![copy("First copy"), copy("Second copy")];
    client.send(calls::save_setup(&eid, &draft)).await.expect("saved");

    let (root, _app) = mount_at("/campaigns/7004/setup?step=3");
    let (first, second) =
        (format!("Cluster “{}” (copy 1 of 2)", available.tc), format!("Cluster “{}” (copy 2 of 2)", available.tc));
    wait_until("two editors, editable", || {
        let headlines = elements(&root, "fieldset.cluster-setup input[id$='-headline']");
        headlines.len() == 2 && headlines.iter().all(|h| !h.has_attribute("disabled"))
    })
    .await;
    let (first, second) = (group(&root, &first), group(&root, &second));
    for g in [&first, &second] {
        assert!(g.text_content().unwrap_or_default().contains("Repeated id"), "each copy is flagged");
    }
    let (first_headline, second_headline) = (labelled(&first, "Headline"), labelled(&second, "Headline"));
    assert_ne!(first_headline.id(), second_headline.id(), "each editor's fields have ids of their own");
    assert_eq!(first_headline.value(), "First copy");
    assert_eq!(second_headline.value(), "Second copy");

    // Typing into the second copy edits the second cluster, and only it.
    type_keys(&root, &format!("#{}", second_headline.id()), "Second, edited");
    let stored = server_draft_until(&eid, "the second copy's new headline", |d| {
        d.clusters.get(1).is_some_and(|c| c.creative.headline == "Second, edited")
    })
    .await;
    assert_eq!(stored.clusters.len(), 2, "never merged into one");
    assert_eq!(stored.clusters[0].creative.headline, "First copy", "the first copy was left alone");
    assert_eq!(first_headline.value(), "First copy", "the first editor still shows its own cluster");

    // Removing the second copy removes that one, not the first with the same tc.
    named_button(&second, "Remove this copy").click();
    let stored = server_draft_until(&eid, "one copy left", |d| d.clusters.len() == 1).await;
    assert_eq!(stored.clusters[0].creative.headline, "First copy");
    wait_until("one editor", || elements(&root, "fieldset.cluster-setup").len() == 1).await;
    no_panic();
}
