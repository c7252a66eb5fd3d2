//! The draft autosave state machine, free of timers and I/O so it can be tested natively.
//!
//! Every local edit bumps a revision. A save carries the revision it was started for. A
//! response is applied only if its save is the newest one started (older ones were aborted or
//! are stale), and the draft counts as saved only up to that revision: edits made while it was
//! in flight stay dirty and are saved next.

use crate::contract::assumptions::CHANGED_ELSEWHERE_STATUSES;
use crate::contract::error::ApiError;
use crate::rules::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing to save.
    Saved,
    /// Edits wait for the debounce.
    Pending,
    Saving,
    /// The network is down; edits are kept and sent when it is back.
    Offline,
    /// The server refused; edits are kept, the user can retry.
    Failed(SaveFailure),
}

/// Why a save failed, to word in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveFailure {
    /// The server or the network said no.
    Api(ApiError),
    /// The draft is closed (or has a status this app does not know).
    NotEditable,
    /// A colleague changed some of the fields this tab changed: the user chooses.
    Conflicts,
    /// Refused as changed elsewhere again and again; the server's detail, if any.
    RefusedAgain(Option<String>),
}

impl SaveFailure {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveFailure::Api(e) => e.user_message(lang),
            SaveFailure::NotEditable => lang
                .pick(
                    "This draft can no longer be edited. Your edits are kept in this tab.",
                    "Dieser Entwurf kann nicht mehr bearbeitet werden. Ihre Änderungen bleiben in diesem Tab erhalten.",
                )
                .into(),
            SaveFailure::Conflicts => lang
                .pick(
                    "Someone else changed some of the fields you changed. Choose which values to keep.",
                    "Jemand anderes hat einige der Felder geändert, die Sie geändert haben. Wählen Sie, welche Werte bleiben.",
                )
                .into(),
            SaveFailure::RefusedAgain(detail) => {
                let detail = detail.as_ref().map(|d| lang.pick(format!(" (“{d}”)"), format!(" („{d}“)"))).unwrap_or_default();
                lang.pick(
                    format!(
                        "The server refused the save again as changed elsewhere{detail}. Your edits are kept in this tab; Retry sends them again."
                    ),
                    format!(
                        "Der Server hat das Speichern erneut abgelehnt, weil der Entwurf anderswo geändert wurde{detail}. Ihre Änderungen bleiben in diesem Tab; „Erneut versuchen“ sendet sie noch einmal."
                    ),
                )
            }
        }
    }
}

impl SaveState {
    pub fn label(&self, lang: Lang) -> &'static str {
        match self {
            SaveState::Saved => lang.pick("Saved", "Gespeichert"),
            SaveState::Pending => lang.pick("Unsaved changes", "Ungespeicherte Änderungen"),
            SaveState::Saving => lang.pick("Saving…", "Wird gespeichert …"),
            SaveState::Offline => lang.pick(
                "Offline — not saved yet; kept in this tab, sent when back online",
                "Offline – noch nicht gespeichert; in diesem Tab aufbewahrt und gesendet, sobald die Verbindung zurück ist",
            ),
            SaveState::Failed(_) => lang.pick("Save failed", "Speichern fehlgeschlagen"),
        }
    }
}

/// What to do with a finished save's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The newest save succeeded and there were no edits since: the echo may be applied.
    Current,
    /// Succeeded, but newer edits exist: keep local state, save again.
    Superseded,
    /// An older save than the newest one started: ignore entirely.
    Stale,
    /// Failed; the state says how.
    Failed,
    /// Refused because the server's copy changed since this tab's last answer (409/412, a
    /// versioned server): the caller re-reads, merges and saves again ([`SaveTracker::fail`]
    /// when it cannot). The state stays "Saving…" meanwhile.
    ChangedElsewhere,
}

#[derive(Clone, Debug)]
pub struct SaveTracker {
    local_rev: u64,
    saved_rev: u64,
    in_flight: Option<u64>,
    state: SaveState,
}

impl Default for SaveTracker {
    fn default() -> Self {
        SaveTracker { local_rev: 0, saved_rev: 0, in_flight: None, state: SaveState::Saved }
    }
}

impl SaveTracker {
    pub fn state(&self) -> &SaveState {
        &self.state
    }

    pub fn is_dirty(&self) -> bool {
        self.local_rev > self.saved_rev
    }

    pub fn is_saving(&self) -> bool {
        self.in_flight.is_some()
    }

    /// A local edit happened.
    pub fn edit(&mut self) -> u64 {
        self.local_rev += 1;
        // Offline/failed stays visible until a save gets through.
        if !matches!(self.state, SaveState::Offline | SaveState::Failed(_)) {
            self.state = SaveState::Pending;
        }
        self.local_rev
    }

    /// A save of the current local state starts (any older one in flight is aborted by the
    /// caller). Returns the revision to hand back to [`SaveTracker::finish`].
    pub fn start(&mut self) -> u64 {
        self.in_flight = Some(self.local_rev);
        self.state = SaveState::Saving;
        self.local_rev
    }

    pub fn finish(&mut self, rev: u64, result: Result<(), &ApiError>) -> Outcome {
        if self.in_flight != Some(rev) {
            return Outcome::Stale;
        }
        self.in_flight = None;
        match result {
            Ok(()) => {
                self.saved_rev = self.saved_rev.max(rev);
                if self.is_dirty() {
                    self.state = SaveState::Pending;
                    Outcome::Superseded
                } else {
                    self.state = SaveState::Saved;
                    Outcome::Current
                }
            }
            Err(e) if e.status().is_some_and(|s| CHANGED_ELSEWHERE_STATUSES.contains(&s)) => {
                self.state = SaveState::Saving;
                Outcome::ChangedElsewhere
            }
            Err(e) => {
                self.state = if e.is_offline() || matches!(e, ApiError::Timeout) {
                    SaveState::Offline
                } else {
                    SaveState::Failed(SaveFailure::Api(e.clone()))
                };
                Outcome::Failed
            }
        }
    }

    /// The save started for `rev` was aborted before it answered (by a flush, Publish or
    /// Cancel): it no longer counts as in flight, and the state says what is left to save.
    pub fn abandon(&mut self, rev: u64) {
        if self.in_flight == Some(rev) {
            self.in_flight = None;
            self.state = if self.is_dirty() { SaveState::Pending } else { SaveState::Saved };
        }
    }

    /// A save that came back [`Outcome::ChangedElsewhere`] could not be merged and sent again:
    /// the edits stay unsaved, and the state says why.
    pub fn fail(&mut self, why: SaveFailure) {
        if self.in_flight.is_none() {
            self.state = SaveState::Failed(why);
        }
    }

    /// Nothing is left for autosave: the draft was published, cancelled, handed to another tab,
    /// or flushed on the way out. A late answer of a save in flight is then stale.
    pub fn settle(&mut self) {
        self.saved_rev = self.local_rev;
        self.in_flight = None;
        self.state = SaveState::Saved;
    }
}
