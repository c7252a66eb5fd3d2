//! Test support for the end-to-end suite: a static server for `dist/` with the index.html
//! fallback any SPA host needs, the browser (Chromium via chromedriver or Firefox via
//! geckodriver, env `E2E_BROWSER`), lookups by role and label, and the checks made after
//! every step: [`assert_healthy`] (no panic, no source text on screen) and [`axe_check`].
//!
//! Where things are: [`serve`] (the static server), [`browser`](mod@browser) (drivers and
//! sessions), [`cdp`] (Chromium's DevTools commands), [`find`] (lookups and waits), [`health`](mod@health) (the after-step check),
//! [`axe`] (accessibility), [`live`](mod@live) (the mock Wave API, signing in), [`run`](mod@run)
//! (scenarios, `dist/`, downloads), [`local`] (free ports, temp folders), [`team`]
//! (colleagues, conflicts and a newer server, brought about on the mock Wave API), [`nginx`](mod@nginx)
//! (the release build behind the shipped nginx configuration).
//! Everything is re-exported here, so `use e2e::*;` brings it all.

pub mod axe;
pub mod browser;
pub mod cdp;
pub mod find;
pub mod health;
pub mod live;
pub mod local;
pub mod nginx;
pub mod run;
pub mod serve;
pub mod team;

pub use axe::{axe_check, axe_violations, AxeViolation};
pub use browser::{browser, browser_sized, browser_speaking, set_viewport, skip_unless_chromium, BrowserKind, Driver};
pub use find::{
    appears, button, by_label, editable, heading, link, pick_event, settled, text_appears, type_into, wait_for,
    OPEN_DIALOG,
};
pub use health::{assert_healthy, health, PANIC_ALERT, SOURCE_PATTERNS};
pub use live::{connect_live, start_live};
pub use local::tempdir;
pub use nginx::{start_nginx, start_nginx_with, Listen, Nginx};
pub use run::{dist, downloaded_text, run, run_speaking, scenario, EVERY_PAGE};
pub use serve::{precompress, serve_dist, serve_dist_compressed, serve_dist_with, ChunkFault};
