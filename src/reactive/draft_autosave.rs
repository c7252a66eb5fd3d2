//! `use_draft_autosave`: saves a campaign draft about a second after edits settle.
//!
//! - Every edit bumps a revision ([`SaveTracker`]); the whole draft is PUT after
//!   `debounce_ms` without edits, or at the latest `max_wait_ms` after the first unsaved one.
//! - Starting a save aborts the one in flight (the one module-level AbortController in
//!   [`super::autosave`]); an answer counts only for the revision it was sent with and never
//!   overwrites local edits.
//! - Offline: retried every `offline_retry_ms`. Refused: the state says why, `save_now` retries.
//! - Unsaved edits are mirrored to this tab's backup (a 401, a crash or a reload finds them).
//! - Leaving: a route change or the tab going away (`pagehide`, hidden on a phone) sends the
//!   edits with a keepalive request, which outlives the page. `beforeunload` only warns.
//! - `finish()` ends autosave for good (published, cancelled, handed to another tab): no
//!   flush and no keepalive PUT reach a draft that is gone.
//! - `stop()` stops sending but keeps the unsaved edits in the backup: the editor is about to
//!   be replaced by the server's copy, and the page that loads it offers them.
//!
//! ```ignore
//! let autosave = use_draft_autosave(eid, draft, read_only, backup, DraftAutosaveOptions::default());
//! autosave.edit.run(Box::new(|d| d.goal = "AWARENESS".into()));
//! view! { <p role="status">{move || autosave.state.get().label()}</p> }
//! ```

use super::autosave::{abort_draft_save, begin_draft_save};
use crate::api::{calls, use_client, ApiError};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wave_api::assumptions::{AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS};
use wave_api::autosave::{Outcome, SaveState, SaveTracker};
use wave_api::models::{Id, SetupProcess};

/// A change to the draft, applied by [`DraftAutosave::edit`].
pub type DraftEdit = Box<dyn FnOnce(&mut SetupProcess) + Send + Sync>;

#[derive(Clone, Copy)]
pub struct DraftAutosaveOptions {
    pub debounce_ms: u32,
    pub max_wait_ms: u32,
    pub offline_retry_ms: u32,
}

impl Default for DraftAutosaveOptions {
    fn default() -> Self {
        DraftAutosaveOptions {
            debounce_ms: AUTOSAVE_DEBOUNCE_MS,
            max_wait_ms: AUTOSAVE_MAX_WAIT_MS,
            offline_retry_ms: 5_000,
        }
    }
}

/// Where unsaved edits are mirrored (this tab's sessionStorage, in practice).
#[derive(Clone, Copy)]
pub struct Backup {
    pub write: Callback<Option<SetupProcess>>,
}

#[derive(Clone, Copy)]
pub struct DraftAutosave {
    pub state: ReadSignal<SaveState>,
    /// Applies a change (ignored while read-only) and schedules a save.
    pub edit: Callback<DraftEdit>,
    /// Saves now (the Retry button).
    pub save_now: Callback<()>,
    /// Marks the current draft as unsaved (restored or handed-over edits) and schedules a save.
    pub mark_unsaved: Callback<()>,
    /// Ends autosave: nothing more is sent, not even when the page is left.
    pub finish: Callback<()>,
    /// Stops sending without settling: unsaved edits stay in this tab's backup, so the page
    /// that replaces this editor offers them again (the restore prompt).
    pub stop: Callback<()>,
    /// Autosave again after `finish` (this tab took the draft back from another tab).
    pub resume: Callback<()>,
    /// Whether edits are waiting to be saved.
    pub dirty: Signal<bool>,
}

type Slot = StoredValue<Option<SendWrapper<Timeout>>>;

pub fn use_draft_autosave(
    eid: Id,
    draft: RwSignal<SetupProcess>,
    read_only: Signal<bool>,
    backup: Backup,
    options: DraftAutosaveOptions,
) -> DraftAutosave {
    let client = use_client();
    let tracker = StoredValue::new(SaveTracker::default());
    let (state, set_state) = signal(SaveState::Saved);
    let finished = StoredValue::new(false);
    let pending: Slot = StoredValue::new(None);
    // Armed by the first unsaved edit, not re-armed by later ones: the max-wait bound.
    let deadline: Slot = StoredValue::new(None);
    let publish_state = move || {
        if let Some(now) = tracker.try_with_value(|t| t.state().clone()) {
            set_state.try_set(now);
        }
    };

    // The save re-arms itself (newer edits, offline retry) through this slot.
    let myself = StoredValue::new(None::<Callback<()>>);
    // `keepalive`: the tab is going away or hidden, the save must outlive it.
    let save: Callback<bool> = Callback::new({
        let (client, eid) = (client.clone(), eid.clone());
        move |keepalive: bool| {
            pending.set_value(None);
            deadline.set_value(None);
            if finished.get_value() || !tracker.with_value(SaveTracker::is_dirty) || read_only.get_untracked() {
                return;
            }
            let signal = begin_draft_save();
            let mut rev = 0;
            tracker.update_value(|t| rev = t.start());
            publish_state();
            let snapshot = draft.get_untracked();
            let (client, eid) = (client.clone(), eid.clone());
            leptos::task::spawn_local(async move {
                let result = client.send_with(calls::save_setup(&eid, &snapshot), signal, keepalive).await;
                if matches!(result, Err(ApiError::Aborted)) {
                    // Replaced by a newer save, or stopped by a flush, Publish or Cancel.
                    tracker.try_update_value(|t| t.abandon(rev));
                    publish_state();
                    return;
                }
                let Some(outcome) = tracker.try_update_value(|t| t.finish(rev, result.as_ref().map(|_| ()))) else {
                    return; // the editor is gone; the flush on leaving took care of the edits
                };
                publish_state();
                let again = |ms| {
                    if let Some(save_now) = myself.try_get_value().flatten() {
                        schedule(pending, save_now, ms);
                    }
                };
                match (outcome, result) {
                    (Outcome::Current, Ok(echo)) => {
                        backup.write.run(None);
                        // Only server-owned fields come from the echo; local edits stay. Nothing
                        // changes (and nothing re-renders) unless the server changed them.
                        let changed = draft
                            .try_with_untracked(|d| d.status != echo.status || d.closed_reason != echo.closed_reason);
                        if changed == Some(true) {
                            draft.try_update(|d| {
                                d.status = echo.status;
                                d.closed_reason = echo.closed_reason;
                            });
                        }
                    }
                    (Outcome::Superseded, _) => again(options.debounce_ms),
                    (Outcome::Failed, _)
                        if tracker.try_with_value(|t| *t.state() == SaveState::Offline) == Some(true) =>
                    {
                        again(options.offline_retry_ms)
                    }
                    _ => {}
                }
            });
        }
    });
    let save_now = Callback::new(move |_| save.run(false));
    myself.set_value(Some(save_now));

    let schedule_after_edit = move || {
        schedule(pending, save_now, options.debounce_ms);
        if deadline.with_value(Option::is_none) {
            schedule(deadline, save_now, options.max_wait_ms);
        }
    };
    let mark_unsaved = Callback::new(move |_| {
        if finished.get_value() {
            return;
        }
        tracker.update_value(|t| {
            t.edit();
        });
        publish_state();
        draft.with_untracked(|d| backup.write.run(Some(d.clone())));
        schedule_after_edit();
    });
    let edit = Callback::new(move |change: DraftEdit| {
        if read_only.get_untracked() || finished.get_value() {
            return;
        }
        draft.update(|d| change(d));
        mark_unsaved.run(());
    });
    let stop = Callback::new(move |_| {
        finished.set_value(true);
        pending.set_value(None);
        deadline.set_value(None);
        abort_draft_save();
    });
    let finish = Callback::new(move |_| {
        stop.run(());
        tracker.update_value(SaveTracker::settle);
        publish_state();
        backup.write.run(None);
    });

    let resume = Callback::new(move |_| finished.set_value(false));

    // The tab is hidden (a phone may never bring it back) or going away: save now, with a
    // keepalive request that outlives the page; if the page stays, its answer counts as usual.
    let save_before_hiding = move || {
        if tracker.try_with_value(SaveTracker::is_dirty) == Some(true) {
            save.try_run(true);
        }
    };
    // The page is left within the app: this editor is gone, so the edits go out with a
    // keepalive request nobody waits for.
    let flush = {
        let (client, eid) = (client.clone(), eid.clone());
        move || {
            let dirty = tracker.try_with_value(SaveTracker::is_dirty) == Some(true);
            let may = finished.try_get_value() == Some(false) && read_only.try_get_untracked() == Some(false);
            if dirty && may {
                abort_draft_save();
                if let Some(d) = draft.try_get_untracked() {
                    client.send_keepalive(calls::save_setup(&eid, &d));
                    tracker.try_update_value(SaveTracker::settle);
                    publish_state();
                }
            }
        }
    };
    let warn = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if tracker.try_with_value(SaveTracker::is_dirty) == Some(true) && finished.try_get_value() == Some(false) {
            ev.prevent_default();
            ev.set_return_value("You have unsaved changes.");
        }
    });
    let on_pagehide = window_event_listener(leptos::ev::pagehide, move |_| save_before_hiding());
    let on_hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden()) {
            save_before_hiding();
        }
    });
    on_cleanup(move || {
        warn.remove();
        on_pagehide.remove();
        on_hidden.remove();
        pending.try_set_value(None);
        deadline.try_set_value(None);
        flush();
    });

    let dirty = Signal::derive(move || {
        state.track();
        tracker.try_with_value(SaveTracker::is_dirty).unwrap_or(false)
    });
    DraftAutosave { state, edit, save_now, mark_unsaved, finish, stop, resume, dirty }
}

/// (Re)arms a save timer: the one it replaces is dropped, which cancels it.
fn schedule(slot: Slot, save: Callback<()>, ms: u32) {
    let timeout = Timeout::new(ms, move || save.run(()));
    slot.try_set_value(Some(SendWrapper::new(timeout)));
}
