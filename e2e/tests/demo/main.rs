//! End-to-end in demo mode: the release build, a real browser (Chromium or Firefox, env
//! `E2E_BROWSER`), elements found by role and label like a user finds them. After each step
//! the app must be healthy (no panic, no source text on screen); axe-core checks the main
//! routes and states for WCAG 2.1 A/AA violations.
//!
//! The tests are `#[tokio::test]` functions in their modules ([`navigation`], [`packages`],
//! [`campaigns`] and [`ad_preview`]), named `module::test` in cargo test's output; [`support`]
//! holds what they share.

mod ad_preview;
mod campaigns;
mod navigation;
mod packages;
mod support;
