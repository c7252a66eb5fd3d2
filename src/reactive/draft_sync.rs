//! `use_draft_sync`: what this tab knows of the server's copy of a campaign draft, and how a
//! newer copy (a colleague's edits on another device) meets this tab's edits.
//!
//! - The **base** is the server's copy as its last answer to this tab gave it; what this tab
//!   sent since without seeing an answer (a save aborted by a newer one) counts as its own.
//! - [`DraftSync::reconcile`] merges a copy just read from the server
//!   (`wave_api::flows::draft_merge`): fields only they changed are taken (and named, for a notice),
//!   fields only this tab changed stay, and fields both changed wait in
//!   [`DraftSync::conflicts`] for the user's choice; meanwhile this tab's draft is left as it
//!   is and nothing is saved.
//! - [`DraftSync::resolve`] applies the choices.
//! - While `active` and the tab is visible, the server's copy is read every
//!   [`DRAFT_CHECK_MS`] ⚑, at once when the window gets the focus or the network comes back,
//!   and by [`DraftSync::check`] before Publish. Nothing runs while hidden; everything stops
//!   with the owner.
//!
//! ```ignore
//! let sync = use_draft_sync(eid, server_copy, draft, may_edit);
//! Effect::watch(move || sync.taken.get(), move |fields, _, _| notices.info(…), false);
//! ```

use super::autosave::abort_draft_save;
use super::poll::{use_poll_with_options, UsePollOptions};
use crate::api::{calls, use_client, ApiError, Client};
use leptos::prelude::*;
use wave_api::contract::models::{Id, SetupProcess};
use wave_api::flows::draft_merge::{three_way_after_sends, with_field, Conflict, FieldPath, Prefer};
use wave_api::flows::timings::DRAFT_CHECK_MS;

/// What reading the server's copy did to this tab's draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Reconciled {
    /// Nobody else changed anything.
    Same,
    /// Someone else changed these fields only: they are in this tab's draft now.
    Taken(Vec<FieldPath>),
    /// Someone else changed fields this tab changed too: [`DraftSync::conflicts`] holds them.
    Conflicts,
}

/// Fields both sides changed, waiting for the user's choice.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingConflicts {
    /// The server's copy that was read.
    pub theirs: SetupProcess,
    /// The merge, with their value wherever both changed.
    pub merged: SetupProcess,
    pub conflicts: Vec<Conflict>,
    /// Fields only they changed, taken once the conflicts are settled.
    pub taken: Vec<FieldPath>,
}

/// Which side the user chose for one conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
}

#[derive(Clone, Copy)]
pub struct DraftSync {
    eid: StoredValue<Id>,
    client: StoredValue<Client>,
    server_copy: StoredValue<SetupProcess>,
    unanswered: StoredValue<Vec<SetupProcess>>,
    /// The server refused a save as stale (409/412) at least once: it versions drafts.
    refuses_stale: StoredValue<bool>,
    /// A save's answer came while conflicts waited: it is the newer server copy.
    answered_meanwhile: StoredValue<bool>,
    /// Bumped whenever the base moves (an answer, a read taken): a read sent before then is
    /// older than what this tab knows, and is dropped.
    generation: StoredValue<u64>,
    /// A check is on its way (no second one meanwhile), and when the last one started.
    checking: StoredValue<bool>,
    last_check_ms: StoredValue<f64>,
    draft: RwSignal<SetupProcess>,
    /// Conflicts waiting for the user; saving waits while there are some.
    pub conflicts: RwSignal<Option<PendingConflicts>>,
    /// The fields someone else changed that the last read took into this tab's draft.
    pub taken: RwSignal<Vec<FieldPath>>,
    /// The server no longer has the draft (404): cancelled or published elsewhere.
    pub gone: RwSignal<bool>,
}

/// Checks closer together than this are one (a tab coming back fires focus and visibility).
const MIN_CHECK_GAP_MS: f64 = 2_000.0;

/// What a save on the way out needs to merge without the editor: the base, this tab's
/// unanswered saves, and whether the server versions drafts.
pub struct SyncSnapshot {
    pub base: SetupProcess,
    pub sent: Vec<SetupProcess>,
    pub versioned: bool,
}

/// Follows the server's copy of the draft of `eid` while `active` (this tab may edit it).
pub fn use_draft_sync(
    eid: Id,
    server_copy: SetupProcess,
    draft: RwSignal<SetupProcess>,
    active: Signal<bool>,
) -> DraftSync {
    let sync = DraftSync {
        eid: StoredValue::new(eid),
        client: StoredValue::new(use_client()),
        server_copy: StoredValue::new(server_copy),
        unanswered: StoredValue::new(Vec::new()),
        refuses_stale: StoredValue::new(false),
        answered_meanwhile: StoredValue::new(false),
        generation: StoredValue::new(0),
        checking: StoredValue::new(false),
        last_check_ms: StoredValue::new(f64::NEG_INFINITY),
        draft,
        conflicts: RwSignal::new(None),
        taken: RwSignal::new(Vec::new()),
        gone: RwSignal::new(false),
    };
    let checking = Signal::derive(move || active.get() && sync.conflicts.with(Option::is_none) && !sync.gone.get());
    let tick = move || async move { sync.check(false).await.is_ok() };
    use_poll_with_options(checking, tick, UsePollOptions { interval_ms: DRAFT_CHECK_MS });
    let now = move || {
        if checking.try_get_untracked() == Some(true) {
            leptos::task::spawn_local(async move {
                let _ = sync.check(false).await;
            });
        }
    };
    let on_focus = window_event_listener(leptos::ev::focus, move |_| now());
    let on_online = window_event_listener(leptos::ev::online, move |_| now());
    on_cleanup(move || {
        on_focus.remove();
        on_online.remove();
    });
    sync
}

impl DraftSync {
    /// ⚑ The server versions drafts when its copy carries a `version`, or once it refused a
    /// stale save (409/412): a stale save is then refused and needs no read before it. An
    /// `updated_at` alone is no promise of that.
    pub fn versioned(&self) -> bool {
        self.refuses_stale.try_get_value() == Some(true)
            || self.server_copy.try_with_value(|d| d.extra.contains_key("version")).unwrap_or(false)
    }

    /// The server refused a save as stale.
    pub fn refused_stale(&self) {
        self.refuses_stale.try_set_value(true);
    }

    /// This tab sends `snapshot` (a save).
    pub fn sent(&self, snapshot: &SetupProcess) {
        self.unanswered.try_update_value(|sent| sent.push(snapshot.clone()));
    }

    /// Where the base is now; give it back to [`DraftSync::reconcile_since`] with a read's answer.
    pub fn generation(&self) -> u64 {
        self.generation.try_get_value().unwrap_or(0)
    }

    /// A save was refused by the server (an HTTP error): it did not land, so a value it held
    /// is not this tab's doing when a read shows it.
    pub fn refused(&self, snapshot: &SetupProcess) {
        self.unanswered.try_update_value(|sent| sent.retain(|s| s != snapshot));
    }

    /// The server answered a save of this tab with its copy.
    pub fn answered(&self, answer: &SetupProcess) {
        self.generation.try_update_value(|g| *g += 1);
        self.server_copy.try_set_value(answer.clone());
        self.unanswered.try_update_value(Vec::clear);
        if self.has_conflicts() {
            self.answered_meanwhile.try_set_value(true);
        }
    }

    /// The server's copy as this tab last knew it.
    pub fn server_copy(&self) -> Option<SetupProcess> {
        self.server_copy.try_get_value()
    }

    /// For a save on the way out, which merges on its own.
    pub fn snapshot(&self) -> Option<SyncSnapshot> {
        Some(SyncSnapshot {
            base: self.server_copy.try_get_value()?,
            sent: self.unanswered.try_get_value()?,
            versioned: self.versioned(),
        })
    }

    /// Whether the user is asked to choose.
    pub fn has_conflicts(&self) -> bool {
        self.conflicts.try_with_untracked(Option::is_some).unwrap_or(false)
    }

    /// Reads the server's copy and merges it ([`DraftSync::reconcile`]). Unless `now` (before
    /// Publish), a check while another is on its way or within two seconds of the last one
    /// reads nothing. The editor may be gone when the answer comes: then nothing happens.
    pub async fn check(self, now: bool) -> Result<Reconciled, ApiError> {
        let (Some(client), Some(eid)) = (self.client.try_get_value(), self.eid.try_get_value()) else {
            return Err(ApiError::Aborted);
        };
        let started = js_sys::Date::now();
        let recent = self.last_check_ms.try_get_value().is_some_and(|last| started - last < MIN_CHECK_GAP_MS);
        if !now && (self.checking.try_get_value() != Some(false) || recent) {
            return Ok(Reconciled::Same);
        }
        self.checking.try_set_value(true);
        self.last_check_ms.try_set_value(started);
        let since = self.generation();
        let theirs = client.send(calls::get_setup(&eid)).await;
        self.checking.try_set_value(false);
        if theirs.as_ref().is_err_and(ApiError::is_not_found) {
            self.gone.try_set(true);
        }
        Ok(self.reconcile_since(theirs?, since))
    }

    /// [`DraftSync::reconcile`] a copy read when the base was at `since`; a read overtaken by
    /// an answer or another read (the base moved on meanwhile) is dropped.
    pub fn reconcile_since(&self, theirs: SetupProcess, since: u64) -> Reconciled {
        if self.generation() != since {
            return Reconciled::Same;
        }
        self.reconcile(theirs)
    }

    /// A copy just read from the server meets this tab's draft (see the module docs).
    pub fn reconcile(&self, theirs: SetupProcess) -> Reconciled {
        if self.has_conflicts() {
            // The user is choosing; what they see stays until they have.
            return Reconciled::Conflicts;
        }
        let (Some(base), Some(sent)) = (self.server_copy.try_get_value(), self.unanswered.try_get_value()) else {
            return Reconciled::Same;
        };
        let Some(merge) =
            self.draft.try_with_untracked(|mine| three_way_after_sends(&base, &sent, mine, &theirs, Prefer::Theirs))
        else {
            return Reconciled::Same;
        };
        if !merge.is_clean() {
            // A save of this tab still on its way would go over their values: stopped (it
            // may still land; its answer then becomes the base, see `answered`).
            abort_draft_save();
            self.answered_meanwhile.try_set_value(false);
            self.conflicts.try_set(Some(PendingConflicts {
                theirs,
                merged: merge.draft,
                conflicts: merge.conflicts,
                taken: merge.taken,
            }));
            return Reconciled::Conflicts;
        }
        self.adopt(Some(theirs), merge.draft);
        if merge.taken.is_empty() {
            Reconciled::Same
        } else {
            self.taken.try_set(merge.taken.clone());
            Reconciled::Taken(merge.taken)
        }
    }

    /// The user chose a side for every conflict (in their order): the merge with those
    /// choices becomes this tab's draft. Returns the fields taken from theirs.
    pub fn resolve(&self, choices: &[Side]) -> Vec<FieldPath> {
        let Some(Some(pending)) = self.conflicts.try_get_untracked() else { return Vec::new() };
        let mut draft = pending.merged.clone();
        for (conflict, side) in pending.conflicts.iter().zip(choices) {
            if *side == Side::Mine {
                draft = with_field(&draft, &conflict.path, conflict.mine.as_ref());
            }
        }
        let mut taken = pending.taken.clone();
        taken.extend(
            pending
                .conflicts
                .iter()
                .zip(choices)
                .filter(|(_, side)| **side == Side::Theirs)
                .map(|(c, _)| c.path.clone()),
        );
        // A save's answer that came meanwhile is newer than the copy the conflicts came from.
        let newer = self.answered_meanwhile.try_get_value() != Some(true);
        self.adopt(newer.then_some(pending.theirs), draft);
        self.conflicts.try_set(None);
        if !taken.is_empty() {
            self.taken.try_set(taken.clone());
        }
        taken
    }

    /// `theirs` (if it is the newest) is the server's copy now; `merged` this tab's draft.
    /// This tab's unanswered saves stay its own: the copy read may predate them.
    fn adopt(&self, theirs: Option<SetupProcess>, merged: SetupProcess) {
        if let Some(theirs) = theirs {
            self.generation.try_update_value(|g| *g += 1);
            self.server_copy.try_set_value(theirs);
        }
        if self.draft.try_with_untracked(|now| *now != merged) == Some(true) {
            self.draft.try_set(merged);
        }
    }
}
