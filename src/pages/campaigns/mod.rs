//! `/campaigns` and `/campaigns/:eid/setup`.

pub mod local_drafts;
pub mod overview;
pub mod setup;
