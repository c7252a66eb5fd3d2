//! Scope-owned helpers: each timer and listener here belongs to the reactive owner that
//! created it and stops when that owner is cleaned up (page left, effect re-run).

pub mod autosave;
pub mod draft_autosave;
pub mod draft_sync;
pub mod load;
pub mod mutation;
pub mod poll;
pub mod stored;
pub mod tab_lock;
pub mod timer;
