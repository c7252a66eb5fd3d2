//! `use_draft_autosave`: saves a campaign draft about a second after edits settle.
//!
//! - Every edit bumps a revision ([`SaveTracker`]); the whole draft is PUT after
//!   `debounce_ms` without edits, or at the latest `max_wait_ms` after the first unsaved one.
//! - Starting a save aborts the one in flight (the one module-level AbortController in
//!   [`super::autosave`]); an answer counts only for the revision it was sent with and never
//!   overwrites local edits: what the server owns or normalised is merged in (see
//!   `wave_api::flows::draft_merge`), what was typed since the save was sent stays.
//! - Someone else's edits are merged, never overwritten unseen ([`super::draft_sync`]): a
//!   server without versions is read before each save; a versioned one refuses a stale save
//!   (409/412), which is then read, merged and sent again; after an offline spell the next
//!   save reads first. Fields both changed wait for the user's choice, and nothing is saved
//!   meanwhile.
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
//! let sync = use_draft_sync(eid.clone(), server_copy, draft, may_edit);
//! let autosave = use_draft_autosave(eid, sync, draft, read_only, backup, DraftAutosaveOptions::default());
//! autosave.edit.run(Box::new(|d| d.goal = "AWARENESS".into()));
//! view! { <p role="status">{move || autosave.state.get().label(lang())}</p> }
//! ```

use super::autosave::{abort_draft_save, begin_draft_save};
use super::draft_sync::{DraftSync, Reconciled};
use crate::api::{calls, use_client, ApiError};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wave_api::contract::models::{Id, SetupProcess};
use wave_api::flows::autosave::{Outcome, SaveFailure, SaveState, SaveTracker};
use wave_api::flows::draft_merge::{edits_over, three_way, three_way_after_sends, Prefer};
use wave_api::flows::timings::CHANGED_ELSEWHERE_PAUSE_MS;
use wave_api::flows::timings::CHANGED_ELSEWHERE_RETRIES;
use wave_api::flows::timings::{AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS};

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
    sync: DraftSync,
    draft: RwSignal<SetupProcess>,
    read_only: Signal<bool>,
    backup: Backup,
    options: DraftAutosaveOptions,
) -> DraftAutosave {
    let client = use_client();
    let tracker = StoredValue::new(SaveTracker::default());
    let merges_in_a_row = StoredValue::new(0u32);
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
    // After a save failed offline, the next one reads the server's copy first: edits made
    // offline meet what others did meanwhile before anything is sent.
    let read_before_next = StoredValue::new(false);
    let save: Callback<SaveMode> = Callback::new({
        let (client, eid) = (client.clone(), eid.clone());
        move |mode: SaveMode| {
            // The tab is going away or hidden: the save must outlive it.
            let keepalive = mode != SaveMode::Normal;
            pending.set_value(None);
            deadline.set_value(None);
            let blocked = read_only.get_untracked() || sync.has_conflicts();
            if finished.get_value() || !tracker.with_value(SaveTracker::is_dirty) || blocked {
                return;
            }
            let signal = begin_draft_save();
            let mut rev = 0;
            tracker.update_value(|t| rev = t.start());
            publish_state();
            // ⚑ A server without versions cannot refuse a stale save: its copy is read before
            // each save, so that a colleague's change is merged, never overwritten unseen. A
            // page going away (`pagehide`) cannot wait for that.
            let read_first = mode != SaveMode::Unloading && (!sync.versioned() || read_before_next.get_value());
            let (client, eid) = (client.clone(), eid.clone());
            leptos::task::spawn_local(async move {
                let again = |ms| {
                    if let Some(save_now) = myself.try_get_value().flatten() {
                        schedule(pending, save_now, ms);
                    }
                };
                let fail = |why: SaveFailure| {
                    tracker.try_update_value(|t| t.fail(why));
                    publish_state();
                };
                if read_first {
                    let since = sync.generation();
                    let theirs = client.send_with(calls::get_setup(&eid), signal.clone(), false).await;
                    match theirs.map(|theirs| sync.reconcile_since(theirs, since)) {
                        Ok(Reconciled::Conflicts) => {
                            tracker.try_update_value(|t| t.abandon(rev));
                            return publish_state();
                        }
                        Ok(_) => {}
                        Err(e) => {
                            let aborted = matches!(e, ApiError::Aborted);
                            let outcome = tracker.try_update_value(|t| {
                                if aborted {
                                    t.abandon(rev);
                                    Outcome::Stale
                                } else {
                                    t.finish(rev, Err(&e))
                                }
                            });
                            publish_state();
                            if outcome == Some(Outcome::Failed)
                                && tracker.try_with_value(|t| *t.state() == SaveState::Offline) == Some(true)
                            {
                                again(options.offline_retry_ms);
                            }
                            return;
                        }
                    }
                    read_before_next.try_set_value(false);
                    // Their copy may have closed the draft (or given it a status this app
                    // does not know): nothing more is sent; the edits stay in the backup.
                    if draft.try_with_untracked(|d| d.status.is_editable()) != Some(true) {
                        tracker.try_update_value(|t| t.abandon(rev));
                        return fail(SaveFailure::NotEditable);
                    }
                }
                let Some(snapshot) = draft.try_get_untracked() else { return };
                sync.sent(&snapshot);
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
                // The server answered with a refusal: that save did not land, it is nobody's.
                if matches!(result, Err(ApiError::Http { .. })) {
                    sync.refused(&snapshot);
                }
                // ⚑ An answer with nothing of a draft in it (`{}`, `{"ok": true}`) says
                // nothing about the draft: the form keeps what it has.
                let result = result.map(|answer| (!says_nothing(&answer)).then_some(answer));
                // What the server owns, stamped or normalised follows its answer; nothing typed
                // since this save was sent is overwritten. Nothing changes (and nothing
                // re-renders) unless the answer differs.
                // While the user types in a field, a value the server normalised (trimmed, say)
                // waits: only what the server owns is taken then, so no keystroke is undone.
                let adopt = |answer: &SetupProcess| {
                    sync.answered(answer);
                    merges_in_a_row.try_set_value(0);
                    let typing = crate::browser::document::typing_in_a_field();
                    let merged = draft.try_with_untracked(|now| {
                        let merged = three_way(&snapshot, now, answer, Prefer::Mine).draft;
                        let merged = if typing { edits_over(now, &merged) } else { merged };
                        (merged != *now).then_some(merged)
                    });
                    if let Some(Some(merged)) = merged {
                        draft.try_set(merged);
                    }
                };
                match (outcome, result) {
                    (Outcome::Current, Ok(None)) => backup.write.run(None),
                    (Outcome::Superseded, Ok(None)) => again(options.debounce_ms),
                    (Outcome::Current, Ok(Some(answer))) => {
                        // No edit since this save was sent, yet the form changed: a colleague's
                        // value was taken meanwhile, and this save landed over it. Saved next.
                        let taken_meanwhile = draft.try_with_untracked(|d| !d.editable_eq(&snapshot)) == Some(true);
                        adopt(&answer);
                        if taken_meanwhile {
                            tracker.try_update_value(|t| {
                                t.edit();
                            });
                            publish_state();
                            again(options.debounce_ms);
                        } else {
                            backup.write.run(None);
                        }
                    }
                    (Outcome::Superseded, Ok(Some(answer))) => {
                        adopt(&answer);
                        again(options.debounce_ms)
                    }
                    (Outcome::Superseded, _) => again(options.debounce_ms),
                    // Refused as changed elsewhere (a versioned server): read, merge, send again.
                    (Outcome::ChangedElsewhere, refused) => {
                        sync.refused_stale();
                        let detail = refused.err().and_then(|e| e.detail().map(str::to_string));
                        let since = sync.generation();
                        let theirs = client.send(calls::get_setup(&eid)).await;
                        let tries = merges_in_a_row.try_update_value(|n| {
                            *n += 1;
                            *n
                        });
                        let Some(tries) = tries else { return };
                        // The copy read is merged in any case: the next save (Retry) carries
                        // its version.
                        let merged = theirs.map(|theirs| sync.reconcile_since(theirs, since));
                        match merged {
                            Ok(Reconciled::Conflicts) => fail(SaveFailure::Conflicts),
                            Ok(_) if draft.try_with_untracked(|d| d.status.is_editable()) != Some(true) => {
                                fail(SaveFailure::NotEditable)
                            }
                            Ok(_) if tries <= CHANGED_ELSEWHERE_RETRIES => again(CHANGED_ELSEWHERE_PAUSE_MS * tries),
                            Ok(_) => fail(SaveFailure::RefusedAgain(detail)),
                            Err(e) => fail(SaveFailure::Api(e)),
                        }
                    }
                    (Outcome::Failed, _)
                        if tracker.try_with_value(|t| *t.state() == SaveState::Offline) == Some(true) =>
                    {
                        read_before_next.try_set_value(true);
                        again(options.offline_retry_ms)
                    }
                    _ => {}
                }
            });
        }
    });
    // Retry (and every new edit) starts the count of re-reads afresh.
    let save_now = Callback::new(move |_| save.run(SaveMode::Normal));
    let retry = Callback::new(move |_| {
        merges_in_a_row.set_value(0);
        save_now.run(());
    });
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
        merges_in_a_row.set_value(0);
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
    // Once the page is going away, its keepalive save is the last word: a `visibilitychange`
    // that follows must not start another save, which would abort it.
    let unloading = StoredValue::new(false);
    let save_before_hiding = move |mode: SaveMode| {
        if mode == SaveMode::Hidden && unloading.try_get_value() == Some(true) {
            return;
        }
        if mode == SaveMode::Unloading {
            unloading.try_set_value(true);
        }
        if tracker.try_with_value(SaveTracker::is_dirty) == Some(true) {
            save.try_run(mode);
        }
    };
    // The page is left within the app: this editor is gone, so the edits go out in a task of
    // their own, as a keepalive request nobody waits for. A server without versions is read
    // first and the edits merged; when someone else changed the same fields, nothing is sent
    // and the edits stay in this tab's backup (the draft offers them when opened again).
    let flush = {
        let (client, eid) = (client.clone(), eid.clone());
        move || {
            let dirty = tracker.try_with_value(SaveTracker::is_dirty) == Some(true);
            let may = finished.try_get_value() == Some(false) && read_only.try_get_untracked() == Some(false);
            let (Some(mine), Some(known)) = (draft.try_get_untracked(), sync.snapshot()) else { return };
            if !(dirty && may) || sync.has_conflicts() {
                return;
            }
            abort_draft_save();
            tracker.try_update_value(SaveTracker::settle);
            publish_state();
            let (client, eid) = (client.clone(), eid.clone());
            leptos::task::spawn_local(async move {
                let draft = if known.versioned {
                    Some(mine)
                } else {
                    match client.send(calls::get_setup(&eid)).await {
                        Ok(theirs) => {
                            let merged =
                                three_way_after_sends(&known.base, &known.sent, &mine, &theirs, Prefer::Theirs);
                            merged.is_clean().then_some(merged.draft)
                        }
                        // Not known what the server has: nothing is sent; the backup keeps the edits.
                        Err(_) => None,
                    }
                };
                if let Some(draft) = draft.filter(|d| d.status.is_editable()) {
                    client.send_keepalive(calls::save_setup(&eid, &draft));
                }
            });
        }
    };
    let warn = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if tracker.try_with_value(SaveTracker::is_dirty) == Some(true) && finished.try_get_value() == Some(false) {
            ev.prevent_default();
            ev.set_return_value("You have unsaved changes.");
        }
    });
    let on_pagehide = window_event_listener(leptos::ev::pagehide, move |_| save_before_hiding(SaveMode::Unloading));
    let on_hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden()) {
            save_before_hiding(SaveMode::Hidden);
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
    DraftAutosave { state, edit, save_now: retry, mark_unsaved, finish, stop, resume, dirty }
}

/// Whether a save's answer carries nothing of a draft: no id, no run, no field a person edits.
fn says_nothing(answer: &SetupProcess) -> bool {
    answer.eid.is_missing() && answer.tc_run_id.is_empty() && answer.editable_eq(&SetupProcess::default())
}

/// Why a save runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SaveMode {
    /// Edits settled, Retry, a re-read after a refusal.
    Normal,
    /// The tab was hidden (a phone may never bring it back): the request must outlive it.
    Hidden,
    /// The page is going away (`pagehide`): no time to read the server's copy first.
    Unloading,
}

/// (Re)arms a save timer: the one it replaces is dropped, which cancels it.
fn schedule(slot: Slot, save: Callback<()>, ms: u32) {
    let timeout = Timeout::new(ms, move || save.run(()));
    slot.try_set_value(Some(SendWrapper::new(timeout)));
}
