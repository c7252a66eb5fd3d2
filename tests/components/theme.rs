//! The colour theme toggle in the header: `data-theme` on `<html>`, remembered in localStorage,
//! a stored value that is not a theme ignored.

use super::support::{button, local_storage, mount_at, no_panic, wait_until, window};
use wasm_bindgen_test::*;
use wave_console::components::theme::THEME_KEY;

fn html() -> web_sys::Element {
    window().document().and_then(|d| d.document_element()).expect("<html>")
}

fn data_theme() -> Option<String> {
    html().get_attribute("data-theme")
}

fn stored() -> Option<String> {
    local_storage().get_item(THEME_KEY).ok().flatten()
}

fn pressed(root: &web_sys::HtmlElement, name: &str) -> bool {
    button(root, name).and_then(|b| b.get_attribute("aria-pressed")).as_deref() == Some("true")
}

#[wasm_bindgen_test]
async fn the_theme_toggle_sets_data_theme_on_html_and_remembers_it() {
    local_storage().clear().ok();
    html().remove_attribute("data-theme").ok();
    let (root, app) = mount_at("/");
    wait_until("theme toggle", || button(&root, "Dark").is_some()).await;
    let group = root.query_selector("[role='group'][aria-label='Colour theme']").ok().flatten();
    assert!(group.is_some(), "the buttons are a group named for what they choose");
    assert!(pressed(&root, "System"), "nothing chosen: the system's theme");
    assert_eq!(data_theme(), None);
    let dark = button(&root, "Dark").expect("dark");
    assert_eq!(dark.get_attribute("aria-label").as_deref(), Some("Dark theme"));
    assert_eq!(dark.get_attribute("type").as_deref(), Some("button"), "a real button: Tab, Enter and Space work");

    dark.click();
    wait_until("dark on <html>", || data_theme().as_deref() == Some("dark")).await;
    assert_eq!(stored().as_deref(), Some("dark"));
    wait_until("Dark pressed", || pressed(&root, "Dark") && !pressed(&root, "System")).await;

    button(&root, "Light").expect("light").click();
    wait_until("light on <html>", || data_theme().as_deref() == Some("light")).await;
    assert_eq!(stored().as_deref(), Some("light"));

    button(&root, "System").expect("system").click();
    wait_until("no data-theme", || data_theme().is_none()).await;
    assert_eq!(stored(), None, "the system's theme is not stored");

    // Remembered: a new start shows the stored choice (boot.js does the same before the app).
    button(&root, "Dark").expect("dark").click();
    wait_until("dark again", || data_theme().as_deref() == Some("dark")).await;
    drop(app);
    html().remove_attribute("data-theme").ok();
    let (root, _app) = mount_at("/");
    wait_until("dark after a restart", || data_theme().as_deref() == Some("dark") && pressed(&root, "Dark")).await;
    no_panic();
    local_storage().remove_item(THEME_KEY).ok();
    html().remove_attribute("data-theme").ok();
}

#[wasm_bindgen_test]
async fn a_stored_theme_that_is_not_a_theme_is_ignored() {
    for garbage in ["purple", "", "DARK", " dark", "{\"theme\":\"dark\"}", "null", "\u{0}"] {
        local_storage().clear().ok();
        local_storage().set_item(THEME_KEY, garbage).expect("store");
        html().remove_attribute("data-theme").ok();
        let (root, app) = mount_at("/");
        wait_until("theme toggle", || button(&root, "System").is_some()).await;
        assert!(pressed(&root, "System"), "{garbage:?} counts as the system's theme");
        assert_eq!(data_theme(), None, "{garbage:?} sets no theme");
        no_panic();
        drop(app);
    }
    local_storage().remove_item(THEME_KEY).ok();
}
