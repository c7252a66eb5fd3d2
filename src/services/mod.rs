//! App-wide services: state that outlives a page and serves several, each a `provide_*` (in
//! the shell) and `use_*` pair or a small handle.
//!
//! - `event_names`: the titles of events seen, per connection, so that an event id is shown
//!   by its name everywhere (an unseen id is looked up once).
//! - `build_watch`: "your package is ready": building packages watched while the user goes on.
//! - `local_drafts`: what this browser keeps of campaign drafts: remembered drafts, this tab's
//!   unsaved backups, when a draft was last saved here.

pub mod build_watch;
pub mod event_names;
pub mod local_drafts;
