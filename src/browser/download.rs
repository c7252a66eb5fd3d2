//! Saving text as a file: Blob → object URL → a temporary `<a download>` click.

use wasm_bindgen::JsCast;

/// Starts a download of `text` named `file_name`. The object URL is revoked later, not right
/// after the click (revoking at once breaks the download in some browsers).
pub fn save_text(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    fn failed<E>(_: E) -> String {
        super::document::page_lang()
            .pick("The browser could not save the file.", "Der Browser konnte die Datei nicht speichern.")
            .to_string()
    }
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| failed(()))?;
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(failed)?.dyn_into().map_err(|_| failed(()))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or_else(|| failed(()))?;
    body.append_child(&anchor).map_err(failed)?;
    anchor.click();
    anchor.remove();
    // One-shot and independent of any page: the download outlives the component.
    gloo_timers::callback::Timeout::new(40_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
