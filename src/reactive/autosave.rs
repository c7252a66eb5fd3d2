//! The one module-level AbortController for draft saves: starting a save aborts the one
//! still in flight, whichever page or tab state started it.

use std::cell::RefCell;
use web_sys::{AbortController, AbortSignal};

thread_local! {
    static DRAFT_SAVE: RefCell<Option<AbortController>> = const { RefCell::new(None) };
}

/// Aborts the draft save in flight, if any, and returns the signal for the new one.
pub fn begin_draft_save() -> Option<AbortSignal> {
    DRAFT_SAVE.with(|slot| {
        let mut slot = slot.borrow_mut();
        if let Some(previous) = slot.take() {
            previous.abort();
        }
        let controller = AbortController::new().ok()?;
        let signal = controller.signal();
        *slot = Some(controller);
        Some(signal)
    })
}

/// Aborts whatever draft save is in flight (the page is being left and flushes instead).
pub fn abort_draft_save() {
    DRAFT_SAVE.with(|slot| {
        if let Some(previous) = slot.borrow_mut().take() {
            previous.abort();
        }
    });
}
