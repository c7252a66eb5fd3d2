//! Valid markup (issue #22, item 9): the Nu HTML Checker (vnu.jar, the W3C validator's
//! engine; scripts/setup.sh installs it with Debian's Java) finds no error in the live DOM of
//! any demo route or main state: dialogs open, every step of both wizards, validation errors,
//! the event page, connect, not found, the overview, results in every status.
//!
//! The pages are reached in the release build (`dist/`, env `E2E_DIST`) in demo mode, in either
//! browser (env `E2E_BROWSER`: scripts/test.sh runs it in both; the markup is the app's, but
//! each browser serialises its own DOM). Each state's DOM is saved as
//! `'<!DOCTYPE html>' + document.documentElement.outerHTML` into a temporary folder, and vnu
//! runs once over all of them (one JVM start) at the end. A failure lists every error with its
//! state, URL, file, line and the markup around it, and keeps the folder.
//!
//! Run alone: `E2E_BROWSER=chromium E2E_DIST="$PWD/dist" cargo test -p e2e --test markup`.
//! Env `VNU_JAR` and `JAVA` point at another checker or Java ([`vnu`]).

mod states;
mod vnu;

use e2e::{assert_healthy, settled, tempdir};
use fantoccini::Client;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One saved page: which state, at which URL, in which file.
#[derive(Clone, Debug)]
pub(crate) struct Page {
    pub state: String,
    pub url: String,
    pub file: PathBuf,
}

/// The pages saved so far, shared by the scenarios (each runs in its own browser).
#[derive(Clone)]
pub(crate) struct Pages {
    dir: PathBuf,
    saved: Arc<Mutex<Vec<Page>>>,
}

impl Pages {
    fn new() -> Pages {
        Pages { dir: tempdir("markup"), saved: Arc::new(Mutex::new(Vec::new())) }
    }

    /// Saves the DOM of the page as it is now, as state `state`, once it has settled and is
    /// healthy (no panic, no source text on screen).
    pub(crate) async fn save(&self, c: &Client, state: &str) {
        settled(c).await;
        // Late renders (a debounced field, a status that follows an answer) land first.
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_healthy(c, state).await;
        let dom = c
            .execute("return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML;", vec![])
            .await
            .unwrap_or_else(|e| panic!("reading the DOM at {state}: {e}"));
        let dom = dom.as_str().unwrap_or_else(|| panic!("the DOM at {state} is not text: {dom}")).to_string();
        let url = c.current_url().await.map(|u| u.to_string()).unwrap_or_default();
        let mut saved = self.saved.lock().expect("pages");
        let file = self.dir.join(format!("{:02}-{state}.html", saved.len() + 1));
        std::fs::write(&file, dom).unwrap_or_else(|e| panic!("writing {}: {e}", file.display()));
        println!("  saved {state} ({url})");
        saved.push(Page { state: state.to_string(), url, file });
    }

    fn pages(&self) -> Vec<Page> {
        self.saved.lock().expect("pages").clone()
    }
}

/// The canary: valid but for an `aria-label` on a `<p>` (the error this check was made for).
const CANARY_FILE: &str = "00-canary.html";
const CANARY: &str = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>canary</title></head>\
    <body><p aria-label=\"Session\">Demo</p></body></html>\n";

#[tokio::test]
async fn every_route_and_state_is_valid_html() {
    // Before any browser starts: a missing checker is said at once.
    if let Err(why) = vnu::check_installed() {
        panic!("{why}");
    }
    let pages = Pages::new();
    states::routes_and_packages(pages.clone()).await;
    states::create_wizard(pages.clone()).await;
    states::campaigns_and_events(pages.clone()).await;
    states::colleagues_and_a_newer_server(pages.clone()).await;

    let saved = pages.pages();
    let mut files: Vec<PathBuf> = saved.iter().map(|p| p.file.clone()).collect();
    // A page with one known error: the checker must report it, or it checked nothing (vnu
    // passes over a file it cannot read without a word).
    let canary = pages.dir.join(CANARY_FILE);
    std::fs::write(&canary, CANARY).expect("write the canary page");
    files.push(canary);
    let (canary_errors, errors): (Vec<_>, Vec<_>) = match vnu::check(&files) {
        Ok(errors) => errors.into_iter().partition(|e| e.file == CANARY_FILE),
        Err(why) => panic!("the Nu HTML Checker did not run: {why}\n(pages kept in {})", pages.dir.display()),
    };
    assert!(
        canary_errors.iter().any(|e| e.message.contains("aria-label")),
        "vnu did not report the canary's aria-label on a <p>: it checked nothing? ({canary_errors:?})"
    );
    if errors.is_empty() {
        println!("vnu: no errors in {} pages ({})", saved.len(), e2e::BrowserKind::current().name());
        let _ = std::fs::remove_dir_all(&pages.dir);
        return;
    }
    let list: Vec<String> = errors
        .iter()
        .map(|e| {
            let page = saved.iter().find(|p| p.file.file_name().is_some_and(|f| f.to_string_lossy() == e.file));
            let (state, url) = page.map_or(("?", ""), |p| (p.state.as_str(), p.url.as_str()));
            format!(
                "  - {state} ({url}) {}:{}:{}: {}\n      {}",
                e.file,
                e.line,
                e.column,
                e.message,
                e.extract.replace('\n', " ")
            )
        })
        .collect();
    panic!(
        "vnu: {} error(s) in {} pages in {} (pages kept in {}):\n{}",
        errors.len(),
        saved.len(),
        e2e::BrowserKind::current().name(),
        pages.dir.display(),
        list.join("\n")
    );
}
