//! The Wave partner API as the documents describe it: what the app sends and receives.
//!
//! - [`assumptions`]: every ⚑ choice about the contract, one item each.
//! - [`http`]: transport-neutral requests/responses and `encodeURIComponent` encoding.
//! - [`calls`]: one constructor per endpoint, pairing the request with its decoder.
//! - [`models`]: tolerant serde models (campaigns and packages apart, as the documents ask).
//! - [`error`]: the one error type and its user-facing wording.

pub mod assumptions;
pub mod calls;
pub mod error;
pub mod http;
pub mod models;
