//! The Wave partner API as plain Rust: what the app sends and receives, and a demo world that
//! answers it. No browser code lives here, so the same contract and the same demo backend run
//! in native tests and in the wasm app.
//!
//! - [`assumptions`]: every ⚑ choice of the contract, one item each.
//! - [`http`]: transport-neutral requests/responses and `encodeURIComponent` encoding.
//! - [`calls`]: one constructor per endpoint, pairing the request with its decoder.
//! - [`models`]: tolerant serde models.
//! - [`error`]: the one error type and its user-facing wording.
//! - [`rules`]: validation shared by the UI and the demo backend; the number parser for typed
//!   input; the API base URL check; merge ids; file names.
//! - [`autosave`]: the draft save state machine (revisions, stale responses).
//! - [`draft_merge`]: three copies of a draft merged field by field (answers to saves,
//!   colleagues' edits).
//! - [`demo`]: the in-memory backend used by demo mode.

pub mod assumptions;
pub mod autosave;
pub mod calls;
pub mod demo;
pub mod draft_merge;
pub mod error;
pub mod http;
pub mod models;
pub mod package_wizard;
pub mod rules;

pub use calls::Call;
pub use error::ApiError;
pub use http::{ApiRequest, ApiResponse, Method};
