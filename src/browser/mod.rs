//! Browser plumbing, apart from the reactive hooks: storage, file download, the document
//! (title, focus, crash banner) and performance marks. Nothing here is reactive.

pub mod document;
pub mod download;
pub mod perf;
pub mod persisted;
pub mod storage;
pub mod web_lock;
