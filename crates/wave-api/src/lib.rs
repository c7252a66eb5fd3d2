//! Wave Console below the browser: everything that is tested natively. No browser code lives
//! here, so the same contract, flows and demo backend run in native tests and in the wasm app.
//!
//! - [`contract`]: the Wave API as the documents describe it (models, calls, errors, every ⚑
//!   assumption about the contract).
//! - [`flows`]: the app's flows (the package wizard, the campaign wizard's steps and checks,
//!   the autosave machine, the draft merge) and its timings.
//! - [`rules`]: the app's checks and formats (typed numbers, return paths, row keys, CSV, file
//!   names), shared by the UI and the demo backend.
//! - [`demo`]: the in-memory backend of demo mode, also served by the mock server.

pub mod contract;
pub mod demo;
pub mod flows;
pub mod rules;

pub use contract::calls::Call;
pub use contract::error::ApiError;
pub use contract::http::{ApiRequest, ApiResponse, Method};
