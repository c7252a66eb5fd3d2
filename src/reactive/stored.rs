//! `use_stored`: a value kept in localStorage under one key, written on every change, followed
//! across the tabs of this browser, and written once more as its owner goes (a change made
//! while a page is taken down, like a chip input keeping its unfinished text, comes after
//! the last run of any effect).
//!
//! ```ignore
//! let UseStoredReturn { value, restored } = use_stored::<Wizard, Versioned>(KEY, UseStoredOptions {
//!     on_other_tab: Some(Callback::new(|theirs| …)),
//!     on_refused: Some(Callback::new(|why| notices.error(why))),
//! });
//! ```
//!
//! Why not leptos-use's `use_local_storage` (looked at in 0.16): on a value another tab
//! removed or wrote in a shape this tab cannot read, it falls back to the default, which
//! would wipe the answers of a wizard open here; it does not write what changes while its
//! owner is taken down; and it brings the `codee` codecs along for what two small codecs do
//! here. The shape follows leptos-use: `use_x`, an options struct, a return struct, cleanup
//! always registered.

pub use crate::browser::persisted::{StoredCodec, Versioned};
use crate::browser::storage::{self, Area};
use leptos::prelude::*;

/// What the page started from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restored {
    /// Nothing was stored: the default.
    Nothing,
    /// The stored value.
    Value,
    /// Something was stored but could not be used; it has been removed.
    Discarded,
}

pub struct UseStoredOptions<T: Send + Sync + 'static> {
    /// Another tab stored a value this tab can read and that differs from its own: called
    /// with it just before this tab takes it.
    pub on_other_tab: Option<Callback<T>>,
    /// The browser refused a write (storage full or disabled): why, once until a write works.
    pub on_refused: Option<Callback<String>>,
}

impl<T: Send + Sync + 'static> Default for UseStoredOptions<T> {
    fn default() -> Self {
        UseStoredOptions { on_other_tab: None, on_refused: None }
    }
}

pub struct UseStoredReturn<T: Send + Sync + 'static> {
    /// The value: set it, and it is stored.
    pub value: RwSignal<T>,
    pub restored: Restored,
}

pub fn use_stored<T, C>(key: &'static str, options: UseStoredOptions<T>) -> UseStoredReturn<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
    C: StoredCodec<T>,
{
    let UseStoredOptions { on_other_tab, on_refused } = options;
    let (initial, restored) = match storage::get(Area::Local, key) {
        None => (T::default(), Restored::Nothing),
        Some(raw) => match C::decode(Some(&raw)) {
            Some(value) => (value, Restored::Value),
            None => {
                storage::remove(Area::Local, key);
                (T::default(), Restored::Discarded)
            }
        },
    };
    let value = RwSignal::new(initial.clone());
    // What the store holds as far as this tab knows: not written again (a value taken from
    // another tab is stored already, and writing it back could land after that tab's next
    // change). `None`: unknown, so the next change or leaving writes.
    let written = StoredValue::new((restored == Restored::Value).then_some(initial));
    let refused = StoredValue::new(false);
    let write = move |now: &T| -> Result<(), String> {
        let result = match C::encode(now) {
            Some(text) => storage::set(Area::Local, key, &text),
            None => {
                storage::remove(Area::Local, key);
                Ok(())
            }
        };
        written.try_set_value(result.is_ok().then(|| now.clone()));
        result
    };
    Effect::new(move |_| {
        let result = value.with(|now| (written.with_value(|w| w.as_ref() != Some(now))).then(|| write(now)));
        match result {
            Some(Err(why)) if !refused.get_value() => {
                refused.set_value(true);
                if let Some(on_refused) = on_refused {
                    on_refused.run(why);
                }
            }
            Some(Ok(())) => refused.set_value(false),
            _ => {}
        }
    });
    on_cleanup(move || {
        let Some(now) = value.try_get_untracked() else { return };
        if written.try_with_value(|w| w.as_ref() != Some(&now)) == Some(true) {
            let _ = write(&now);
        }
    });
    let other_tab = window_event_listener(leptos::ev::storage, move |event| {
        // Its key, or every key (`localStorage.clear()`: as if its key were removed).
        if event.key().is_some_and(|k| k != key) {
            return;
        }
        // Unreadable (damaged, another version, removed where that means nothing): ours is
        // kept, and no longer counts as stored, so the next change or leaving writes it.
        let Some(theirs) = C::decode(event.new_value().as_deref()) else {
            written.try_set_value(None);
            return;
        };
        written.try_set_value(Some(theirs.clone()));
        if value.try_with_untracked(|ours| ours != &theirs) != Some(true) {
            return;
        }
        if let Some(on_other_tab) = on_other_tab {
            on_other_tab.try_run(theirs.clone());
        }
        value.try_set(theirs);
    });
    on_cleanup(move || other_tab.remove());
    UseStoredReturn { value, restored }
}
