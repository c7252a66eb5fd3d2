//! End-to-end for what a partner team uses every day: names instead of event numbers, the
//! overview, "your package is ready" anywhere in the app. Demo and live mode, either browser
//! (env `E2E_BROWSER`); after each step the app must be healthy.
//!
//! The tests are `#[tokio::test]` functions in their modules ([`overview`], [`names`] and
//! [`watcher`]); [`support`] holds what they share.

mod names;
mod overview;
mod support;
mod watcher;
