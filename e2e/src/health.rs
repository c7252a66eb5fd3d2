//! The check made after every step: the app has not panicked, shows no Rust source text and
//! has no JavaScript alert open ([`health`], [`assert_healthy`]).

use fantoccini::Client;

/// Source text that must never reach the screen: a `view!` macro or closure rendered as text.
pub const SOURCE_PATTERNS: &[&str] = &[
    "move |",
    "move ||",
    "{move",
    "on:click",
    "on:input",
    "on:change",
    "on:submit",
    "prop:value",
    "prop:checked",
    ".get()",
    ".set(",
    "=> ",
    "::",
    "Callback",
    "RwSignal",
    "view!",
    "into_any()",
];

/// What the app shows when it panics (src/main.rs).
pub const PANIC_ALERT: &str = "Wave Console stopped working";

/// Checks that the app still works: no `data-panic` on `<html>`, no panic alert, no Rust
/// source text on screen, no JavaScript alert open. `Err` says what is wrong and where.
pub async fn health(c: &Client) -> Result<(), String> {
    let script = "const de = document.documentElement;
        return [de.getAttribute('data-panic'), document.body ? document.body.innerText : '', location.href];";
    let state = match c.execute(script, vec![]).await {
        Ok(state) => state,
        Err(fantoccini::error::CmdError::Standard(w))
            if w.error == fantoccini::error::ErrorStatus::UnexpectedAlertOpen =>
        {
            let text = c.get_alert_text().await.unwrap_or_default();
            let _ = c.dismiss_alert().await;
            return Err(format!("a JavaScript dialog opened (script injection?): {text:?}"));
        }
        Err(e) => return Err(format!("cannot read the page: {e}")),
    };
    let url = state[2].as_str().unwrap_or_default();
    if let Some(message) = state[0].as_str() {
        return Err(format!("the app panicked at {url}: data-panic = {message:?}"));
    }
    let text = state[1].as_str().unwrap_or_default();
    if text.contains(PANIC_ALERT) {
        return Err(format!("the panic alert is shown at {url} (without data-panic)"));
    }
    for pattern in SOURCE_PATTERNS {
        if let Some(line) = text.lines().find(|l| l.contains(pattern)) {
            return Err(format!("source text {pattern:?} on screen at {url}: {:?}", line.trim()));
        }
    }
    Ok(())
}

/// [`health`], failing the test with `context` (what was just done).
pub async fn assert_healthy(c: &Client, context: &str) {
    if let Err(why) = health(c).await {
        panic!("unhealthy after {context}: {why}");
    }
}
