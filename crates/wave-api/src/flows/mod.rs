//! What the app does with the contract, apart from any browser: the flows the pages run.
//!
//! - [`package_wizard`]: the package wizard's state, its steps and their checks.
//! - [`setup`]: the campaign wizard's steps, its typed fields and [`setup::validate_setup`].
//! - [`autosave`]: the draft save state machine (revisions, stale responses).
//! - [`draft_merge`]: three copies of a draft merged field by field (answers to saves,
//!   colleagues' edits).
//! - [`timings`]: how long the app waits and how often it reads.

pub mod autosave;
pub mod draft_merge;
pub mod package_wizard;
pub mod setup;
pub mod timings;
