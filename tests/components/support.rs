//! What every component test uses: mounting the app and finding things in it.

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wave_console::app::App;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("window")
}

pub fn local_storage() -> web_sys::Storage {
    window().local_storage().ok().flatten().expect("localStorage")
}

/// Mounts the whole app at `path` into a fresh element; dropping the handle unmounts it.
/// Creates a package in the demo world that is building now (from event 12345); its id.
pub async fn create_building_package(title: &str) -> wave_api::contract::models::Id {
    use wave_console::api::{calls, models, Client};
    use wave_console::config::Session;
    let client = Client::new(Session::default(), leptos::prelude::RwSignal::new(false));
    let payload = models::CreatePackage {
        num_packages: 1,
        n_top_events: 1,
        event_ids: vec![models::Id("12345".into())],
        package_title: title.into(),
        ..Default::default()
    };
    client.send(calls::create_package(&payload)).await.expect("created").id
}

pub fn mount_at(path: &str) -> (web_sys::HtmlElement, impl Drop) {
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

pub async fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    for _ in 0..250 {
        if cond() {
            return;
        }
        TimeoutFuture::new(20).await;
    }
    panic!("timed out waiting for: {what}");
}

pub fn text(root: &web_sys::HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

pub fn query(root: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(selector).ok().flatten().map(|e| e.unchecked_into())
}

/// The button whose text is `name`.
pub fn button(root: &web_sys::HtmlElement, name: &str) -> Option<web_sys::HtmlElement> {
    let list = root.query_selector_all("button").ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<web_sys::HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
}

pub fn set_input(root: &web_sys::HtmlElement, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = query(root, selector).expect(selector).unchecked_into();
    input.set_value(value);
    input.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
}

pub fn input_value(root: &web_sys::HtmlElement, selector: &str) -> String {
    query(root, selector).expect(selector).unchecked_into::<web_sys::HtmlInputElement>().value()
}

/// Types `text` key by key, the way a person does: one input event per character.
pub fn type_keys(root: &web_sys::HtmlElement, selector: &str, text: &str) {
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

pub fn no_panic() {
    let root = window().document().and_then(|d| d.document_element());
    assert!(root.is_some_and(|r| !r.has_attribute("data-panic")), "the app panicked");
}
