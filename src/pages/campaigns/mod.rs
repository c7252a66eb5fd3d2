//! `/campaigns` and `/campaigns/:eid/setup`.

pub mod overview;
pub mod setup;
