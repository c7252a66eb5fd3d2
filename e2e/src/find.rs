//! Finding things on the page as a user does: by label, role and visible text, typing into
//! fields, and waiting for states (an element, a settled page, an editable draft).

use crate::health::health;
use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use std::time::{Duration, Instant};

/// XPath string literal for any text (handles both quote kinds).
pub(crate) fn literal(text: &str) -> String {
    if !text.contains('\'') {
        return format!("'{text}'");
    }
    if !text.contains('"') {
        return format!("\"{text}\"");
    }
    format!("concat('{}')", text.replace('\'', "', \"'\", '"))
}

pub async fn wait_for(c: &Client, xpath: &str) -> Element {
    find_within(c, xpath, 15).await
}

/// Waits for `xpath`; on timeout fails with the visible page text, which says why.
async fn find_within(c: &Client, xpath: &str, secs: u64) -> Element {
    match c.wait().at_most(Duration::from_secs(secs)).for_element(Locator::XPath(xpath)).await {
        Ok(found) => found,
        Err(e) => {
            let text = match c.find(Locator::Css("body")).await {
                Ok(body) => body.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            let panicked = match health(c).await {
                Err(why) => format!("\n--- the app is not healthy ---\n{why}"),
                Ok(()) => String::new(),
            };
            panic!("not found: {xpath}: {e}{panicked}\n--- page text ---\n{text}")
        }
    }
}

/// A control labelled `label` (`<label for>`), as a user finds it.
pub async fn by_label(c: &Client, label: &str) -> Element {
    let l = literal(label);
    wait_for(c, &format!("//*[@id=//label[normalize-space()={l}]/@for] | //*[@aria-label={l}]")).await
}

pub async fn button(c: &Client, name: &str) -> Element {
    let n = literal(name);
    wait_for(c, &format!("//button[(normalize-space()={n} or @aria-label={n}) and not(@disabled)]")).await
}

pub async fn link(c: &Client, name: &str) -> Element {
    wait_for(c, &format!("//a[normalize-space()={}]", literal(name))).await
}

pub async fn heading(c: &Client, text: &str) -> Element {
    wait_for(c, &format!("//h1[normalize-space()={}]", literal(text))).await
}

pub async fn text_appears(c: &Client, text: &str, secs: u64) -> Element {
    let xpath =
        format!("//*[contains(normalize-space(), {})][not(*[contains(normalize-space(), {0})])]", literal(text));
    find_within(c, &xpath, secs).await
}

pub async fn type_into(c: &Client, label: &str, text: &str) {
    let field = by_label(c, label).await;
    if field.attr("type").await.expect("type attr").as_deref() == Some("date") {
        // Date inputs take keystrokes in the browser locale's order; pick the date instead,
        // as the native picker would (value plus the events it fires).
        let field_json = serde_json::to_value(&field).expect("element");
        c.execute(
            "arguments[0].value = arguments[1];
             arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
             arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            vec![field_json, serde_json::Value::from(text)],
        )
        .await
        .expect("pick date");
        return;
    }
    // The field may be re-rendered between finding and typing (a route settling); find it again.
    let mut field = field;
    for attempt in 0.. {
        match async {
            field.clear().await?;
            field.send_keys(text).await
        }
        .await
        {
            Ok(()) => return,
            Err(e)
                if attempt < 5
                    && matches!(&e, fantoccini::error::CmdError::Standard(w) if w.error == fantoccini::error::ErrorStatus::StaleElementReference) =>
            {
                tokio::time::sleep(Duration::from_millis(100)).await;
                field = by_label(c, label).await;
            }
            Err(e) => panic!("typing into {label}: {e}"),
        }
    }
}

/// In the create wizard's first step: searches events for `query` and picks the one titled `title`.
/// The list follows the typing (debounced, then a search): it is clicked once it has settled,
/// and the pick is checked, so a list that changed under the click is tried again.
pub async fn pick_event(c: &Client, query: &str, title: &str) {
    type_into(c, "Search events", query).await;
    let option = format!("//li[@role='option'][contains(., {})]", literal(title));
    let picked = format!("//button[@aria-label={}]", literal(&format!("Remove {title}")));
    for _ in 0..3 {
        wait_for(c, &option).await;
        tokio::time::sleep(Duration::from_millis(400)).await;
        // Found again after the pause: the element of the settled list.
        if let Ok(element) = c.find(Locator::XPath(&option)).await {
            let _ = element.click().await;
        }
        if appears(c, &picked, 2).await.is_some() {
            return;
        }
        type_into(c, "Search events", query).await;
    }
    wait_for(c, &picked).await;
}

/// Waits until `xpath` matches, without failing: for states that may or may not appear.
pub async fn appears(c: &Client, xpath: &str, secs: u64) -> Option<Element> {
    c.wait().at_most(Duration::from_secs(secs)).for_element(Locator::XPath(xpath)).await.ok()
}

/// An open modal dialog: the native `<dialog open>` (shown with `showModal()`), or an
/// element with role dialog.
pub const OPEN_DIALOG: &str = "//dialog[@open] | //*[@role='dialog'][not(self::dialog)]";

/// Waits until the control labelled `label` exists and is enabled (a campaign draft is
/// read-only until the tab handshake says this tab owns it).
pub async fn editable(c: &Client, label: &str) -> Element {
    let l = literal(label);
    wait_for(
        c,
        &format!("//*[@id=//label[normalize-space()={l}]/@for][not(@disabled)] | //*[@aria-label={l}][not(@disabled)]"),
    )
    .await
}

/// Waits (up to 15 s, without failing) until nothing in `main` is loading (`aria-busy`) and the
/// boot shell is gone.
pub async fn settled(c: &Client) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline {
        let busy = c.execute("return !!document.querySelector('main [aria-busy=true], #boot')", vec![]).await;
        if busy.ok().and_then(|b| b.as_bool()) == Some(false) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
