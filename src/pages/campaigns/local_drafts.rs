//! What this browser keeps about campaign drafts, scoped to the connection (demo, or one API
//! origin and partner): a backup of unsaved edits per draft (this tab only), and the events
//! whose drafts were opened here (⚑ the API cannot list drafts).

use crate::api::Api;
use crate::browser::storage::{self, Area};
use leptos::prelude::*;
use wave_api::models::{Id, SetupProcess};

const BACKUP_PREFIX: &str = "waveDraftBackup.v2";
const KNOWN_PREFIX: &str = "waveDraftEvents.v2";

/// The connection's scope; outside a reactive owner (never in practice) demo's.
fn scope() -> String {
    use_context::<Api>().map(|api| storage::scope(&api.session.get_untracked())).unwrap_or_else(|| "demo".into())
}

/// Keys for one scope, made once per page so that later reads need no context.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftKeys {
    scope: String,
}

impl DraftKeys {
    pub fn current() -> Self {
        DraftKeys { scope: scope() }
    }

    fn backup_key(&self, eid: &Id) -> String {
        format!("{BACKUP_PREFIX}|{}|{}", self.scope, eid.0)
    }

    fn known_key(&self) -> String {
        format!("{KNOWN_PREFIX}|{}", self.scope)
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

    pub fn known_drafts(&self) -> Vec<Id> {
        storage::get_json::<Vec<String>>(Area::Local, &self.known_key())
            .unwrap_or_default()
            .into_iter()
            .map(Id)
            .collect()
    }

    /// Remembers (or forgets) that this browser has a draft for `eid`.
    pub fn remember(&self, eid: &Id, present: bool) {
        let mut ids: Vec<String> = self.known_drafts().into_iter().map(|i| i.0).filter(|i| *i != eid.0).collect();
        if present {
            ids.insert(0, eid.0.clone());
        }
        let _ = storage::set_json(Area::Local, &self.known_key(), &ids);
    }
}
