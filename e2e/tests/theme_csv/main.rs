//! End-to-end for the dark theme (header toggle, remembered, axe-clean in dark) and the CSV
//! downloads of the tables (event attribution, the package list as filtered, campaigns), in
//! demo and live mode, either browser (env `E2E_BROWSER`); after each step the app must be
//! healthy.
//!
//! The tests are `#[tokio::test]` functions in their modules ([`theme`] and [`csv`]);
//! [`support`] holds what they share.

mod csv;
mod support;
mod theme;
