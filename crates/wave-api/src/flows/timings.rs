//! The app's own timings: how long it waits, how often it reads, when it gives up. Choices of
//! this app, not of the contract (those are in [`crate::contract::assumptions`]); the ones
//! marked ⚑ are guesses about what a real server and its users can bear.

/// Our own choice, not the contract's: a request with no answer after this long is a timeout.
pub const REQUEST_TIMEOUT_MS: u32 = 30_000;

/// The results page polls a building package this often (the reference webapp's 5 s).
pub const POLL_INTERVAL_MS: u32 = 5_000;
/// A failing poll backs off up to this long.
pub const POLL_MAX_BACKOFF_MS: u32 = 60_000;

/// Autosave fires this long after the last edit.
pub const AUTOSAVE_DEBOUNCE_MS: u32 = 1_000;
/// ...or at the latest this long after the first unsaved edit, so typing without a pause
/// cannot keep a draft unsaved indefinitely.
pub const AUTOSAVE_MAX_WAIT_MS: u32 = 3_000;

/// How often a save is re-read, merged and sent again in a row before the app stops and says so.
pub const CHANGED_ELSEWHERE_RETRIES: u32 = 2;

/// ⚑ How often an open draft's server copy is read to notice a colleague's edits (while the
/// tab is visible; also on focus, on coming back online and before Publish).
pub const DRAFT_CHECK_MS: u32 = 10_000;

/// How long to wait before sending again after a refusal as changed elsewhere (times the
/// number of refusals in a row), so that two busy editors do not send in lockstep.
pub const CHANGED_ELSEWHERE_PAUSE_MS: u32 = 400;
