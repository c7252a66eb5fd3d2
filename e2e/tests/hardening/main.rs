//! The defects a new user met, each as the user met it (hardening issue): the pager, dialogs
//! that were not modal, one build's files only, status icons without emoji fonts, leaving
//! during an action, open redirects, where the token may go, draft safety across tabs, and pages
//! left given back.
//!
//! The tests are `#[tokio::test]` functions in their modules ([`ui`], [`startup`],
//! [`slow_actions`], [`sign_in`], [`drafts`], [`server_data`], [`colleagues`] and [`memory`]), named
//! `module::test` in cargo test's output; [`support`] holds what they share.

mod colleagues;
mod drafts;
mod memory;
mod server_data;
mod sign_in;
mod slow_actions;
mod startup;
mod support;
mod ui;
