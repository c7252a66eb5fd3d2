//! The editor's handle, given to every section and step: the draft, how a field binds to it
//! (one [`Lens`] per field: read and write from the one path) and the field's problem (one
//! typed [`SetupField`]). [`ClusterEditor`] does the same for one cluster of the draft.

use crate::components::Binding;
use crate::reactive::draft_autosave::{DraftAutosave, DraftEdit};
use crate::reactive::draft_sync::DraftSync;
use leptos::prelude::*;
use wave_api::contract::models::{ClusterSetup, Id, SetupProcess};
use wave_api::flows::setup::{ClusterField, SetupField};
use wave_api::rules::{message_for, row_ids, Problem, RowId, RowKey};

/// One value inside `R` (the draft, or one cluster of it), to read and to write: made by
/// `lens!` from a field path, so both directions name the same field.
pub struct Lens<R: 'static, T: 'static> {
    pub get: fn(&R) -> &T,
    pub get_mut: fn(&mut R) -> &mut T,
}

impl<R, T> Clone for Lens<R, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R, T> Copy for Lens<R, T> {}

/// `lens!(creative.headline)`: the [`Lens`] of that field path (for the files of this folder,
/// declared after this one).
macro_rules! lens {
    ($($field:ident).+) => {
        $crate::pages::campaigns::setup::editor::Lens { get: |r| &r.$($field).+, get_mut: |r| &mut r.$($field).+ }
    };
}

/// The editor's shared handles, given to every section.
#[derive(Clone, Copy)]
pub struct Editor {
    /// The event of the route: every save and Publish go to its draft, whatever id an
    /// answer's body carries (or lacks).
    pub eid: StoredValue<Id>,
    pub draft: RwSignal<SetupProcess>,
    pub read_only: Signal<bool>,
    pub problems: Memo<Vec<Problem<SetupField>>>,
    pub show_problems: RwSignal<bool>,
    pub autosave: DraftAutosave,
    /// Publish or Cancel is under way: the form is locked.
    pub working: RwSignal<bool>,
    /// The server's copy as this tab knows it, and others' changes to it.
    pub sync: DraftSync,
}

impl Editor {
    pub fn change(&self, f: impl FnOnce(&mut SetupProcess) + Send + Sync + 'static) {
        let change: DraftEdit = Box::new(f);
        self.autosave.edit.run(change);
    }

    /// A string of the draft as a field binding; input goes through autosave.
    pub fn bind(&self, lens: Lens<SetupProcess, String>) -> Binding {
        let editor = *self;
        Binding::new(
            move || editor.draft.with(|d| (lens.get)(d).clone()),
            move |v| editor.change(move |d| *(lens.get_mut)(d) = v),
        )
    }

    /// An optional string of the draft: an empty (or blank) field is `None`.
    pub fn bind_optional(&self, lens: Lens<SetupProcess, Option<String>>) -> Binding {
        let editor = *self;
        Binding::new(
            move || editor.draft.with(|d| (lens.get)(d).clone().unwrap_or_default()),
            move |v: String| editor.change(move |d| *(lens.get_mut)(d) = Some(v).filter(|v| !v.trim().is_empty())),
        )
    }

    /// A number of the draft, for the one number field: its value and its change.
    pub fn number(&self, lens: Lens<SetupProcess, Option<f64>>) -> (Signal<Option<f64>>, Callback<Option<f64>>) {
        let editor = *self;
        (
            Signal::derive(move || editor.draft.with(|d| *(lens.get)(d))),
            Callback::new(move |v| editor.change(move |d| *(lens.get_mut)(d) = v)),
        )
    }

    /// The problem of the field `field()` names (it may change), once the user asked to publish.
    pub fn problem_at(&self, field: impl Fn() -> SetupField + Send + Sync + 'static) -> Signal<Option<String>> {
        let (problems, show) = (self.problems, self.show_problems);
        Signal::derive(move || {
            show.get().then(|| problems.with(|p| message_for(p, &field()).map(str::to_string))).flatten()
        })
    }

    /// The problem of `field`, once the user asked to publish.
    pub fn problem(&self, field: SetupField) -> Signal<Option<String>> {
        self.problem_at(move || field)
    }

    /// The cluster `key` names, to bind its fields.
    pub fn cluster(&self, key: RowKey) -> ClusterEditor {
        let draft = self.draft;
        let position = {
            let key = key.clone();
            Memo::new(move |_| draft.with(|d| cluster_index(d, &key)))
        };
        ClusterEditor { editor: *self, key: StoredValue::new(key), position }
    }
}

/// One cluster of the draft, found again by its key on every read and edit (its position
/// changes when an earlier cluster is removed).
#[derive(Clone, Copy)]
pub struct ClusterEditor {
    pub editor: Editor,
    key: StoredValue<RowKey>,
    /// Where the cluster is in the draft now; `None` once it is gone.
    position: Memo<Option<usize>>,
}

impl ClusterEditor {
    pub fn key(&self) -> RowKey {
        self.key.get_value()
    }

    /// Runs `f` on this cluster of `d`, if it is still there.
    fn edit(&self, f: impl FnOnce(&mut ClusterSetup) + Send + Sync + 'static) {
        let key = self.key.get_value();
        self.editor.change(move |d| {
            if let Some(c) = cluster_index(d, &key).and_then(|i| d.clusters.get_mut(i)) {
                f(c)
            }
        });
    }

    /// A value of this cluster (its default once the cluster is gone), memoised: what shows
    /// it (the ad preview) changes only when it does.
    pub fn value<T: Clone + Default + PartialEq + Send + Sync + 'static>(
        &self,
        lens: Lens<ClusterSetup, T>,
    ) -> Signal<T> {
        let (draft, position) = (self.editor.draft, self.position);
        Memo::new(move |_| {
            position
                .get()
                .and_then(|i| draft.with(|d| d.clusters.get(i).map(|c| (lens.get)(c).clone())))
                .unwrap_or_default()
        })
        .into()
    }

    /// A value's change.
    pub fn setter<T: Send + Sync + 'static>(&self, lens: Lens<ClusterSetup, T>) -> Callback<T> {
        let this = *self;
        Callback::new(move |v: T| this.edit(move |c| *(lens.get_mut)(c) = v))
    }

    /// A string of this cluster as a field binding.
    pub fn bind(&self, lens: Lens<ClusterSetup, String>) -> Binding {
        let (get, set) = (self.value(lens), self.setter(lens));
        Binding::new(move || get.get(), move |v| set.run(v))
    }

    /// An age of this cluster, for the number field (whole years).
    pub fn age(&self, lens: Lens<ClusterSetup, Option<u8>>) -> (Signal<Option<f64>>, Callback<Option<f64>>) {
        let (get, set) = (self.value(lens), self.setter(lens));
        (
            Signal::derive(move || get.get().map(f64::from)),
            Callback::new(move |v: Option<f64>| set.run(v.map(|v| v as u8))),
        )
    }

    /// The problem of this cluster's `field`, at its current position.
    pub fn problem(&self, field: ClusterField) -> Signal<Option<String>> {
        let position = self.position;
        self.editor.problem_at(move || SetupField::Cluster(position.get().unwrap_or(0), field))
    }
}

/// The clusters of `d` as rows: the key and id state of each, in the draft's order.
pub fn cluster_rows(d: &SetupProcess) -> Vec<RowId> {
    row_ids(d.clusters.iter().map(|c| c.tc.as_str()))
}

/// The index in the draft of the cluster `key` names: the `occurrence`-th cluster with its
/// `tc` (never simply the first with it: a draft may repeat a `tc`).
pub fn cluster_index(d: &SetupProcess, key: &RowKey) -> Option<usize> {
    d.clusters.iter().enumerate().filter(|(_, c)| c.tc == key.id()).nth(key.occurrence()).map(|(i, _)| i)
}
