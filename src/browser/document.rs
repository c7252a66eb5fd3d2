//! The document: its title, focus on the page heading (and where the focus is), and the
//! crash banner.

/// Moves focus to the page heading (route change), for keyboard and screen-reader users.
pub fn focus_heading() {
    focus_first("main h1");
}

/// Moves focus to the first element `selector` matches (made focusable by script if need be).
pub fn focus_first(selector: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(element) = document.query_selector(selector).ok().flatten() {
        if !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Whether the user is typing in a text field (an `<input>` or `<textarea>` has the focus).
pub fn typing_in_a_field() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA"))
}

/// Sets the document title for the current page.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{title} · Wave Console"));
    }
}

/// After a panic the wasm instance is gone: say so in plain DOM (no reactive code can run),
/// offer a reload, and leave the message on `<html data-panic>` for the test tiers.
pub fn show_crash(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        if root.has_attribute("data-panic") {
            return;
        }
        let _ = root.set_attribute("data-panic", message);
    }
    let Some(body) = document.body() else { return };
    let Ok(banner) = document.create_element("div") else { return };
    banner.set_class_name("crash");
    let _ = banner.set_attribute("role", "alert");
    let Ok(text) = document.create_element("p") else { return };
    // Read from the page itself: nothing reactive runs during a panic.
    let lang = page_lang();
    text.set_text_content(Some(lang.pick(
        "Wave Console stopped working because of an error in the app. Your draft edits are kept in this tab; reload to continue.",
        "Wave Console funktioniert wegen eines Fehlers in der App nicht mehr. Ihre Entwurfsänderungen bleiben in diesem Tab erhalten; laden Sie die Seite neu, um weiterzumachen.",
    )));
    let Ok(link) = document.create_element("a") else { return };
    // This very page (or, when even that cannot be read, the app's start page).
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_else(|| crate::routes::Route::Overview.href());
    let _ = link.set_attribute("href", &here);
    // A full reload, never the (dead) app's router.
    let _ = link.set_attribute("rel", "external");
    link.set_text_content(Some(lang.pick("Reload the page", "Seite neu laden")));
    let _ = banner.append_child(&text);
    let _ = banner.append_child(&link);
    let _ = body.prepend_with_node_1(&banner);
}

/// The language on screen as `<html lang>` says it (the language service keeps it there), for
/// the few words this plumbing says itself: storage refusals, a failed download, the crash
/// banner.
pub fn page_lang() -> wave_api::rules::Lang {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| wave_api::rules::Lang::from_tag(&tag))
        .unwrap_or_default()
}
