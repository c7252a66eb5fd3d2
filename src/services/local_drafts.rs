//! What this browser keeps about campaign drafts, scoped to the connection (demo, or one API
//! origin and partner): a backup of unsaved edits per draft (this tab only), and the events
//! whose drafts were opened here (⚑ the API cannot list drafts).

use crate::api::Api;
use crate::api::{calls, ApiError, Client};
use crate::browser::storage::{self, Area};
use crate::config::{scope, scoped_key};
use leptos::prelude::*;
use std::collections::HashMap;
use wave_api::contract::models::{Id, SetupProcess};

const BACKUP_PREFIX: &str = "waveDraftBackup.v2";
const KNOWN_PREFIX: &str = "waveDraftEvents.v2";
const SAVED_PREFIX: &str = "waveDraftSaved.v1";

/// The connection's scope; outside a reactive owner (never in practice) demo's.
fn current_scope() -> String {
    use_context::<Api>().map(|api| scope(&api.session.get_untracked())).unwrap_or_else(|| "demo".into())
}

/// Keys for one scope, made once per page so that later reads need no context.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftKeys {
    scope: String,
}

impl DraftKeys {
    pub fn current() -> Self {
        DraftKeys { scope: current_scope() }
    }

    fn backup_key(&self, eid: &Id) -> String {
        format!("{}|{}", scoped_key(BACKUP_PREFIX, &self.scope), eid.0)
    }

    fn known_key(&self) -> String {
        scoped_key(KNOWN_PREFIX, &self.scope)
    }

    /// The name of the BroadcastChannel the tabs editing this draft share.
    pub fn channel(&self, eid: &Id) -> String {
        format!("wave-draft|{}|{}", self.scope, eid.0)
    }

    pub fn read_backup(&self, eid: &Id) -> Option<SetupProcess> {
        storage::get_json(Area::Session, &self.backup_key(eid))
    }

    /// Mirrors unsaved edits (`None`: nothing unsaved). A full storage is reported.
    pub fn write_backup(&self, eid: &Id, draft: Option<&SetupProcess>) -> Result<(), String> {
        match draft {
            Some(d) => storage::set_json(Area::Session, &self.backup_key(eid), d),
            None => {
                storage::remove(Area::Session, &self.backup_key(eid));
                Ok(())
            }
        }
    }

    /// The events whose drafts this browser opened, each once; a missing id (an answer without
    /// `eid` remembered by an older version) is no draft to ask for.
    pub fn known_drafts(&self) -> Vec<Id> {
        let mut seen = std::collections::HashSet::new();
        storage::get_json::<Vec<String>>(Area::Local, &self.known_key())
            .unwrap_or_default()
            .into_iter()
            .map(Id)
            .filter(|id| !id.is_missing() && seen.insert(id.clone()))
            .collect()
    }

    fn saved_key(&self) -> String {
        scoped_key(SAVED_PREFIX, &self.scope)
    }

    /// Notes that this browser just saved the draft of `eid` (⚑ drafts carry no "updated at").
    pub fn mark_saved(&self, eid: &Id) {
        let mut saved =
            storage::get_json::<HashMap<String, String>>(Area::Local, &self.saved_key()).unwrap_or_default();
        saved.insert(eid.0.clone(), String::from(js_sys::Date::new_0().to_iso_string()));
        saved.retain(|id, _| id == &eid.0 || self.known_drafts().iter().any(|k| &k.0 == id));
        let _ = storage::set_json(Area::Local, &self.saved_key(), &saved);
    }

    /// When this browser last saved the draft of `eid` (ISO 8601), if it did.
    pub fn last_saved(&self, eid: &Id) -> Option<String> {
        storage::get_json::<HashMap<String, String>>(Area::Local, &self.saved_key())?.remove(&eid.0)
    }

    /// Remembers (or forgets) that this browser has a draft for `eid`. A missing id is not
    /// remembered.
    pub fn remember(&self, eid: &Id, present: bool) {
        if eid.is_missing() {
            return;
        }
        let mut ids: Vec<String> = self.known_drafts().into_iter().map(|i| i.0).filter(|i| *i != eid.0).collect();
        if present {
            ids.insert(0, eid.0.clone());
        }
        let _ = storage::set_json(Area::Local, &self.known_key(), &ids);
    }
}

/// One remembered draft: what the server said about it. A found draft's `eid` is the one this
/// browser asked for, whatever the answer said (it may have left `eid` out); a failed one says
/// why in the language on screen when it was loaded.
#[derive(Clone)]
pub enum DraftRow {
    Found(Box<SetupProcess>),
    Failed(Id, String),
}

/// The drafts this browser opened, each asked for on its own: one that fails is shown as
/// failed and the others still show; one the server no longer has (404) is forgotten.
pub async fn load_remembered(client: Client, keys: DraftKeys) -> Result<Vec<DraftRow>, ApiError> {
    let mut rows = Vec::new();
    for eid in keys.known_drafts() {
        match client.send(calls::get_setup(&eid)).await {
            Ok(draft) => rows.push(DraftRow::Found(Box::new(SetupProcess { eid: eid.clone(), ..draft }))),
            Err(e) if e.is_not_found() => keys.remember(&eid, false),
            Err(e) => rows.push(DraftRow::Failed(eid, e.user_message(crate::i18n::lang_now()))),
        }
    }
    Ok(rows)
}
