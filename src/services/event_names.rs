//! Names, not numbers: the titles of events the app has seen (event searches, packages' events),
//! remembered in localStorage per connection, so pages say "Jazz night · June 1, 2026 ·
//! Muffathalle" instead of "event #12345" (in the language on screen).
//!
//! The API has no "get event by id". For an event the app has not seen (a deep link),
//! [`use_event_name`] asks the event search for its id once
//! (⚑ [`wave_api::contract::assumptions::EVENT_LOOKUP_BY_ID_SEARCH`])
//! and uses only an exact id match; otherwise the number stays.
//!
//! ```ignore
//! provide_event_names(); // once, in the shell
//! use_event_names().remember_events(&search_results);
//! let name = use_event_name(eid.clone()); // Signal<Option<EventName>>
//! view! { <h1>{move || event_label(&eid, name.get().as_ref())}</h1> }
//! ```

use crate::api::{calls, use_client, Api};
use crate::browser::storage::{self, Area};
use crate::config::{scope, scoped_key};
use crate::i18n::{lang, t};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use wave_api::contract::models::{Event, Id};

const KEY_PREFIX: &str = "waveEventNames.v1";
/// The most events remembered per connection; the least recently seen go first.
const MAX_REMEMBERED: usize = 500;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventName {
    pub title: String,
    pub date: Option<String>,
    pub venue: Option<String>,
    pub city: Option<String>,
    /// When it was last seen (a counter, for forgetting the oldest).
    seen: u64,
}

impl EventName {
    /// "date · venue, city", whichever are known; the date in the language on screen (tracked:
    /// read in a reactive closure, it follows a switch).
    pub fn details(&self) -> String {
        let place = [self.venue.as_deref(), self.city.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
        let date = self.date.as_deref().map(|d| crate::i18n::format::date(lang(), d));
        [date, Some(place).filter(|p| !p.is_empty())].into_iter().flatten().collect::<Vec<_>>().join(" · ")
    }
}

/// The title of event `eid` when known, else "Event #eid" in the language on screen (tracked:
/// read in a reactive closure, it follows a switch).
pub fn event_label(eid: &Id, name: Option<&EventName>) -> String {
    match name {
        Some(n) if !n.title.trim().is_empty() => n.title.clone(),
        _ => t().pg_event_number(eid.as_str()),
    }
}

/// The remembered names of the current connection.
#[derive(Clone, Copy)]
pub struct EventNames {
    known: RwSignal<HashMap<String, EventName>>,
    scope: RwSignal<String>,
    /// Ids already looked up in this session (found or not): asked once.
    asked: StoredValue<Vec<String>>,
}

impl EventNames {
    fn key(&self) -> String {
        scoped_key(KEY_PREFIX, &self.scope.try_get_untracked().unwrap_or_default())
    }

    fn load(&self, scope: String) {
        if self.scope.get_untracked() == scope && !self.known.with_untracked(HashMap::is_empty) {
            return;
        }
        self.scope.set(scope);
        self.asked.set_value(Vec::new());
        let stored = storage::get_json::<HashMap<String, EventName>>(Area::Local, &self.key()).unwrap_or_default();
        self.known.set(stored);
    }

    pub fn get(&self, eid: &Id) -> Option<EventName> {
        self.known.with(|k| k.get(eid.as_str()).cloned())
    }

    /// Remembers what a search (or any list of events) said.
    pub fn remember_events(&self, events: &[Event]) {
        self.remember(events.iter().map(|e| {
            let name = EventName {
                title: e.title.clone(),
                date: e.date.clone(),
                venue: e.venue.clone(),
                city: e.city.clone(),
                seen: 0,
            };
            (e.id.clone(), name)
        }));
    }

    /// Remembers titles only (a package's events), keeping details already known.
    pub fn remember_titles<'a>(&self, events: impl IntoIterator<Item = (&'a Id, &'a str)>) {
        let known = self.known.try_with_untracked(Clone::clone).unwrap_or_default();
        self.remember(events.into_iter().map(|(id, title)| {
            let mut name = known.get(id.as_str()).cloned().unwrap_or_default();
            name.title = title.to_string();
            (id.clone(), name)
        }));
    }

    fn remember(&self, names: impl IntoIterator<Item = (Id, EventName)>) {
        let mut changed = false;
        let Some(mut known) = self.known.try_with_untracked(Clone::clone) else { return };
        let mut clock = known.values().map(|n| n.seen).max().unwrap_or(0);
        for (id, mut name) in names {
            if id.is_missing() || name.title.trim().is_empty() {
                continue;
            }
            clock += 1;
            name.seen = clock;
            let same = known.get(id.as_str()).is_some_and(|k| EventName { seen: clock, ..k.clone() } == name);
            changed |= !same;
            known.insert(id.0, name);
        }
        if !changed {
            return;
        }
        if known.len() > MAX_REMEMBERED {
            let mut by_age = known.iter().map(|(id, n)| (n.seen, id.clone())).collect::<Vec<_>>();
            by_age.sort();
            for (_, id) in by_age.into_iter().take(known.len() - MAX_REMEMBERED) {
                known.remove(&id);
            }
        }
        // Storage full or disabled: the names still show in this tab.
        let _ = storage::set_json(Area::Local, &self.key(), &known);
        self.known.try_set(known);
    }
}

/// Once, in the shell: the names of the current connection (reloaded when it changes).
pub fn provide_event_names() -> EventNames {
    let names = EventNames {
        known: RwSignal::new(HashMap::new()),
        scope: RwSignal::new(String::new()),
        asked: StoredValue::new(Vec::new()),
    };
    if let Some(api) = use_context::<Api>() {
        Effect::new(move |_| names.load(api.session.with(scope)));
    }
    provide_context(names);
    names
}

pub fn use_event_names() -> Option<EventNames> {
    use_context::<EventNames>()
}

/// The name of event `eid`: remembered, or looked up once by searching for its id.
pub fn use_event_name(eid: Id) -> Signal<Option<EventName>> {
    let Some(names) = use_event_names() else { return Signal::derive(|| None) };
    let asked = names.asked.with_value(|a| a.contains(&eid.0));
    if names.known.with_untracked(|k| !k.contains_key(eid.as_str())) && !asked && !eid.as_str().trim().is_empty() {
        names.asked.update_value(|a| a.push(eid.0.clone()));
        let client = use_client();
        let wanted = eid.clone();
        let asked_in = names.scope.get_untracked();
        leptos::task::spawn_local(async move {
            let page = wave_api::contract::assumptions::EVENTS_FIRST_PAGE;
            // A failed lookup is not an error the user needs to see: the number stays. An
            // answer about another connection (it changed meanwhile) is not kept.
            if let Ok(found) = client.send(calls::search_events(wanted.as_str(), page, None)).await {
                if names.scope.try_get_untracked().as_ref() != Some(&asked_in) {
                    return;
                }
                let exact = found.into_iter().filter(|e| e.id == wanted).collect::<Vec<_>>();
                names.remember_events(&exact);
            }
        });
    }
    Signal::derive(move || names.get(&eid))
}
