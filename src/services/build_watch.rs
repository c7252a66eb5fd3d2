//! "Your package is ready", anywhere in the app: the shell watches the packages the user
//! created, regenerated or looked at while they built, and says when each one finishes.
//!
//! - It asks the package list endpoint (never a package's own endpoint) every
//!   [`WATCH_INTERVAL_MS`], and only while a watched package is building; paused while the tab
//!   is hidden (see [`super::poll`]), stopped when nothing builds.
//! - Pages that show building packages (the list, the overview) read [`BuildWatch::latest`] to
//!   update those rows from the same answer, and register what they show with [`BuildWatch::watch`].
//! - The watched ids survive a reload of this tab (sessionStorage, per connection).
//!
//! ```ignore
//! provide_build_watch(); // once, in the shell
//! use_build_watch().watch(&id, &title); // after creating a package, or on a building one
//! ```

use crate::api::{calls, Api};
use crate::browser::storage::{self, Area};
use crate::components::use_notices;
use crate::i18n::t_now;
use crate::reactive::poll::{use_poll_with_options, UsePollOptions};
use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use serde::{Deserialize, Serialize};
use wave_api::contract::models::{Id, PackageStatus, PackageSummary};

/// How often the watcher asks for the package list while something builds.
pub const WATCH_INTERVAL_MS: u32 = 15_000;
const KEY_PREFIX: &str = "waveWatchedBuilds.v1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Watched {
    id: Id,
    title: String,
}

#[derive(Clone, Copy)]
pub struct BuildWatch {
    watched: RwSignal<Vec<Watched>>,
    /// The newest package list the watcher fetched, for pages to update their building rows.
    pub latest: RwSignal<Option<Vec<PackageSummary>>>,
    /// Where the watch list is kept: per connection.
    key: RwSignal<String>,
}

impl BuildWatch {
    /// Watch package `id` until it is no longer building.
    pub fn watch(&self, id: &Id, title: &str) {
        self.watch_all(std::iter::once((id, title)));
    }

    /// Watches every building package of `list` (a page shows them building).
    pub fn watch_building(&self, list: &[PackageSummary]) {
        self.watch_all(list.iter().filter(|p| p.status.is_building()).map(|p| (&p.id, p.title.as_str())));
    }

    /// One update, one write to storage, however many are new: a list of 10,000 packages has
    /// thousands building, and one write each froze the page for seconds.
    fn watch_all<'a>(&self, new: impl Iterator<Item = (&'a Id, &'a str)>) {
        let Some(mut list) = self.watched.try_get_untracked() else { return };
        let mut known: std::collections::HashSet<Id> = list.iter().map(|w| w.id.clone()).collect();
        let before = list.len();
        // A package without an id cannot be told apart in the next answer: not watched.
        for (id, title) in new.filter(|(id, _)| !id.is_missing()) {
            if known.insert(id.clone()) {
                list.push(Watched { id: id.clone(), title: title.to_string() });
            }
        }
        if list.len() == before {
            return;
        }
        self.store(&list);
        self.watched.try_set(list);
    }

    /// A watched package is building now.
    pub fn active(&self) -> bool {
        self.watched.with(|w| !w.is_empty())
    }

    fn store(&self, list: &[Watched]) {
        let Some(key) = self.key.try_get_untracked() else { return };
        // Storage refused: the watch still works in this page, it only does not survive a reload.
        let _ = storage::set_json(Area::Session, &key, &list);
    }

    /// Takes the packages that finished out of the watch list.
    fn finished(&self, list: &[PackageSummary]) -> Vec<(Watched, PackageStatus)> {
        let Some(watched) = self.watched.try_get_untracked() else { return Vec::new() };
        let by_id: std::collections::HashMap<&Id, &PackageSummary> = list.iter().map(|p| (&p.id, p)).collect();
        let mut still = Vec::new();
        let mut done = Vec::new();
        for w in watched {
            match by_id.get(&w.id).copied() {
                Some(p) if p.status.is_building() => still.push(w),
                Some(p) => done.push((Watched { title: p.title.clone(), ..w }, p.status)),
                // Gone from the list (deleted, another partner): nothing to say.
                None => {}
            }
        }
        self.store(&still);
        self.watched.try_set(still);
        done
    }
}

/// Once, in the shell (inside the router): starts the watcher, which follows the connection.
pub fn provide_build_watch() -> BuildWatch {
    let watch = BuildWatch {
        watched: RwSignal::new(Vec::new()),
        latest: RwSignal::new(None),
        key: RwSignal::new(String::new()),
    };
    provide_context(watch);
    let Some(api) = use_context::<Api>() else { return watch };
    // Another connection (demo ↔ live, another partner): its own watch list.
    Effect::new(move |_| {
        let key = api.session.with(|s| s.scoped_key(KEY_PREFIX));
        watch.watched.set(storage::get_json::<Vec<Watched>>(Area::Session, &key).unwrap_or_default());
        watch.latest.set(None);
        watch.key.set(key);
    });

    let notices = use_notices();
    let location = use_location();
    let active = Signal::derive(move || watch.active());
    let tick = move || {
        let client = api.client();
        let asked_for = watch.key.get_untracked();
        async move {
            let Ok(list) = client.send(calls::list_packages()).await else { return false };
            // The connection changed meanwhile: this answer is about the old one.
            if watch.key.try_get_untracked().as_ref() != Some(&asked_for) {
                return true;
            }
            for (w, status) in watch.finished(&list) {
                // The results page of that package says it itself.
                let href = Route::Results(w.id.clone()).href();
                if location.pathname.try_get_untracked().is_some_and(|p| p == href) {
                    continue;
                }
                let failed = status == PackageStatus::Failed;
                let tx = t_now();
                let text = match status {
                    PackageStatus::Done => tx.pg_bw_ready(&w.title),
                    PackageStatus::Failed => tx.pg_bw_failed(&w.title),
                    other => tx.pg_bw_status(&w.title, &other.label(tx.0).to_lowercase()),
                };
                notices.with_link(text, failed, href, tx.pg_bw_see_package());
            }
            watch.latest.try_set(Some(list));
            true
        }
    };
    use_poll_with_options(active, tick, UsePollOptions { interval_ms: WATCH_INTERVAL_MS });
    watch
}

pub fn use_build_watch() -> Option<BuildWatch> {
    use_context::<BuildWatch>()
}
