//! "Download … as CSV" on the tables: the file the browser is asked to save, caught at the
//! click on the temporary `<a download>` (the download itself is prevented), and its text read
//! back from the blob URL.

use super::support::{button, local_storage, mount_at, no_panic, query, text, wait_until, window};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

/// Catches download clicks (file name, blob URL) while it lives.
struct Downloads {
    caught: Rc<RefCell<Vec<(String, String)>>>,
    listener: Closure<dyn FnMut(web_sys::Event)>,
}

impl Downloads {
    fn catch() -> Self {
        let caught = Rc::new(RefCell::new(Vec::new()));
        let list = caught.clone();
        let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let anchor = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok());
            if let Some(a) = anchor.filter(|a| a.has_attribute("download")) {
                ev.prevent_default();
                list.borrow_mut().push((a.download(), a.href()));
            }
        });
        let document = window().document().expect("document");
        document
            .add_event_listener_with_callback_and_bool("click", listener.as_ref().unchecked_ref(), true)
            .expect("listen");
        Downloads { caught, listener }
    }

    fn count(&self) -> usize {
        self.caught.borrow().len()
    }

    /// The last download: its file name and text.
    async fn last(&self) -> (String, String) {
        let (name, href) = self.caught.borrow().last().cloned().expect("a download");
        let response = JsFuture::from(window().fetch_with_str(&href)).await.expect("fetch the blob");
        let response: web_sys::Response = response.dyn_into().expect("response");
        // The bytes, not `text()`: decoding as UTF-8 would drop the byte order mark.
        let body = JsFuture::from(response.array_buffer().expect("bytes")).await.expect("read the blob");
        (name, String::from_utf8_lossy(&js_sys::Uint8Array::new(&body).to_vec()).into_owned())
    }
}

impl Drop for Downloads {
    fn drop(&mut self) {
        if let Some(document) = window().document() {
            let _ = document.remove_event_listener_with_callback_and_bool(
                "click",
                self.listener.as_ref().unchecked_ref(),
                true,
            );
        }
    }
}

#[wasm_bindgen_test]
async fn the_attribution_table_downloads_as_csv() {
    local_storage().clear().ok();
    let downloads = Downloads::catch();
    let (root, _app) = mount_at("/events/7002");
    wait_until("attribution table", || button(&root, "Download attribution as CSV").is_some()).await;
    button(&root, "Download attribution as CSV").expect("button").click();
    wait_until("a download", || downloads.count() == 1).await;
    let (name, csv) = downloads.last().await;
    assert_eq!(name, "attribution-7002.csv");
    let csv = csv.strip_prefix('\u{feff}').expect("a UTF-8 byte order mark for Excel");
    let mut lines = csv.split("\r\n");
    assert_eq!(lines.next(), Some("Cluster,Run,Date,Sales,Adjusted sales,Adjustment (%)"));
    assert!(
        csv.contains("\r\nopera first-timers,run-2026-05,2026-06-01,42,35,-16.7\r\n"),
        "a row with plain figures, the negative one still a number: {csv:?}"
    );
    let shown = root.query_selector_all("table.data tbody tr").map(|l| l.length()).unwrap_or(0) as usize;
    assert!(shown > 0);
    // Two tables on the page: the campaigns have their own button.
    assert!(button(&root, "Download campaigns as CSV").is_some());
    no_panic();
}

#[wasm_bindgen_test]
async fn the_package_list_downloads_the_filtered_rows_as_csv() {
    local_storage().clear().ok();
    let downloads = Downloads::catch();
    let (root, _app) = mount_at("/package-builder");
    wait_until("the list", || query(&root, "tbody tr").is_some()).await;
    // Typed, like a user (the URL of this test page is shared with earlier tests' routers).
    crate::support::set_input(&root, "#filter-text", "munich");
    // Package 102 ("Families for the Gruffalo") does not match; a merge made by an earlier
    // test in this page ("Merged: Munich shows Q3 + …") may.
    wait_until("the filtered list", || query(&root, "tbody td > a[href='/package-builder/results/102']").is_none())
        .await;
    button(&root, "Download packages as CSV").expect("button").click();
    wait_until("a download", || downloads.count() == 1).await;
    let (name, csv) = downloads.last().await;
    assert_eq!(name, "packages.csv");
    let csv = csv.trim_start_matches('\u{feff}');
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "Id,Title,Status,Events,Event ids,Targeting,Created,Merged from");
    assert!(csv.contains("\r\n101,Munich shows Q3,Done,"), "{csv:?}");
    assert!(!csv.contains("\r\n102,"), "only the rows the filter shows: {csv:?}");
    // As many rows as the list says match (all pages, not only the one on screen).
    let count = text(&query(&root, ".count").expect("count"));
    assert!(count.starts_with(&format!("{} of ", lines.len() - 1)), "{count} vs {} rows", lines.len() - 1);

    // No row matches: nothing to download.
    let (root, _app2) = mount_at("/package-builder?q=no-such-package-anywhere");
    wait_until("no match", || text(&root).contains("No packages match these filters.")).await;
    let disabled = root
        .query_selector_all("button")
        .ok()
        .map(|l| {
            (0..l.length()).filter_map(|i| l.item(i)).any(|b| {
                b.text_content().unwrap_or_default().trim() == "Download packages as CSV"
                    && b.unchecked_ref::<web_sys::Element>().has_attribute("disabled")
            })
        })
        .unwrap_or(false);
    assert!(disabled, "the button is disabled while no row matches");
    no_panic();
}
