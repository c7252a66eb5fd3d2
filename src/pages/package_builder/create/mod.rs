//! `/package-builder/create`: Select events → Targeting and customers → Preview. The whole
//! state is one [`PackageWizard`], written to `localStorage["packageBuilderState"]` on every
//! change and restored on load, whichever step the user was on.

mod events_step;
mod preview_step;
mod targeting_step;

use crate::browser::persisted::{self, Restored};
use crate::components::{use_notices, Binding, Stepper, TextField};
use leptos::prelude::*;
use wave_api::flows::package_wizard::{PackageWizard, STEPS, STORAGE_KEY, STORAGE_VERSION};
use wave_api::rules::{message_for, Problem};

/// The wizard as the steps see it.
#[derive(Clone, Copy)]
pub struct WizardCtx {
    pub state: RwSignal<PackageWizard>,
    /// Errors of the current step, shown once the user tried to go on.
    pub errors: RwSignal<Vec<Problem>>,
}

impl WizardCtx {
    pub fn error(&self, field: &'static str) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|e| message_for(e, field).map(str::to_string)))
    }

    /// A labelled input bound to one text field of the wizard (`kind` as in [`TextField`]).
    pub fn text_input(
        &self,
        id: &'static str,
        label: &'static str,
        kind: &'static str,
        get: fn(&PackageWizard) -> String,
        set: fn(&mut PackageWizard, String),
    ) -> impl IntoView {
        let state = self.state;
        let value = Binding::new(move || state.with(get), move |v| state.update(|w| set(w, v)));
        view! { <TextField id=id label=label kind=kind value=value error=self.error(id)/> }
    }
}

#[component]
pub fn CreateWizard() -> impl IntoView {
    crate::browser::document::set_title("Create package");
    let notices = use_notices();
    let state = RwSignal::new(match persisted::load::<PackageWizard>(STORAGE_KEY, STORAGE_VERSION) {
        Restored::Value(saved) => saved,
        Restored::Nothing => PackageWizard::default(),
        Restored::Discarded => {
            notices.error("Saved wizard progress was from an older version or damaged, so it was discarded.");
            PackageWizard::default()
        }
    });
    let ctx = WizardCtx { state, errors: RwSignal::new(Vec::new()) };
    provide_context(ctx);

    // Every change is kept; a browser that refuses (storage full) is said once, not per key.
    let refused = StoredValue::new(false);
    // What was last written: a change made as the page is left (a chip input keeping its
    // unfinished text) comes after the last run of the effect, so leaving writes it. An
    // unchanged state is not written again: Create has stored a fresh wizard by then.
    let written = StoredValue::new(None::<PackageWizard>);
    on_cleanup(move || {
        let Some(now) = state.try_get_untracked() else { return };
        if written.try_with_value(|w| w.as_ref() != Some(&now)) == Some(true) {
            let _ = persisted::save(STORAGE_KEY, STORAGE_VERSION, &now);
        }
    });
    Effect::new(move |_| {
        let result = state.with(|w| {
            // Taken from another tab (below): stored already, and writing it back could land
            // after that tab's next change.
            if written.with_value(|last| last.as_ref() == Some(w)) {
                return None;
            }
            let saved = persisted::save(STORAGE_KEY, STORAGE_VERSION, w);
            // Refused: not written, so the next change or leaving the page tries again.
            written.set_value(saved.is_ok().then(|| w.clone()));
            Some(saved)
        });
        match result {
            Some(Err(why)) if !refused.get_value() => {
                refused.set_value(true);
                notices.error(format!("{why} Your answers are not kept if this page is closed."));
            }
            Some(Ok(())) => refused.set_value(false),
            _ => {}
        }
    });

    let step = Memo::new(move |_| state.with(|w| w.step.min(STEPS.len() - 1)));
    // Re-validate live once errors are showing, so they clear as the user fixes them.
    Effect::new(move |_| {
        let current = state.with(|w| w.step_errors(w.step));
        if !ctx.errors.with_untracked(Vec::is_empty) {
            ctx.errors.set(current);
        }
    });

    let next = move |_| {
        let errors = state.with_untracked(|w| w.step_errors(w.step));
        if errors.is_empty() {
            ctx.errors.set(Vec::new());
            state.update(|w| w.step = (w.step + 1).min(STEPS.len() - 1));
        } else {
            ctx.errors.set(errors);
        }
    };
    let back = move |_| {
        ctx.errors.set(Vec::new());
        state.update(|w| w.step = w.step.saturating_sub(1));
    };
    // "Start over" keeps what it cleared until the user undoes it or types again.
    let cleared = RwSignal::new(None::<PackageWizard>);
    let start_over = move |_| {
        cleared.set(Some(state.get_untracked()));
        state.set(PackageWizard::default());
        ctx.errors.set(Vec::new());
    };
    let undo = move |_| {
        if let Some(previous) = cleared.get_untracked() {
            state.set(previous);
            cleared.set(None);
        }
    };

    // Another tab of this browser changed the wizard: this tab takes that state, so that
    // neither tab writes an older state over a newer one (an edit, or leaving with unfinished
    // chip text, writes the whole state). A state taken is not written back (`written`).
    let other_tab = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() != Some(STORAGE_KEY) {
            return;
        }
        // Removed (a tab of another version discarded it), damaged, or of another version:
        // ours is kept, and no longer stored, so the next change or leaving writes it.
        let Some(theirs) = event.new_value().and_then(|raw| persisted::decode::<PackageWizard>(&raw, STORAGE_VERSION))
        else {
            written.try_set_value(None);
            return;
        };
        if state.try_with_untracked(|ours| ours != &theirs) != Some(true) {
            return;
        }
        if theirs == PackageWizard::default() {
            notices.info("The wizard was finished or cleared in another tab, so it starts afresh here too.");
        }
        // An Undo here would bring back an older state over theirs; errors shown were ours.
        cleared.try_set(None);
        ctx.errors.try_set(Vec::new());
        written.try_set_value(Some(theirs.clone()));
        state.try_set(theirs);
    });
    on_cleanup(move || other_tab.remove());

    view! {
        <section class="page">
            <div class="page-header">
                <h1>"Create package"</h1>
                <button type="button" class="link-button" on:click=start_over>"Start over"</button>
            </div>
            <Show when=move || cleared.with(Option::is_some)>
                <p class="callout" role="status">"The wizard was cleared. "
                    <button type="button" on:click=undo>"Undo"</button></p>
            </Show>
            <Stepper steps=&STEPS current=step/>
            <h2 class="step-title">{move || format!("Step {} of {}: {}", step.get() + 1, STEPS.len(), STEPS[step.get()])}</h2>
            {move || match step.get() {
                0 => view! { <events_step::EventsStep/> }.into_any(),
                1 => view! { <targeting_step::TargetingStep/> }.into_any(),
                _ => view! { <preview_step::PreviewStep/> }.into_any(),
            }}
            <p class="field-error" role="alert" hidden=move || ctx.errors.with(Vec::is_empty)>
                "Please fix the highlighted fields before continuing."
            </p>
            <div class="wizard-nav">
                <button type="button" on:click=back disabled=move || step.get() == 0>"Back"</button>
                <Show when=move || { step.get() + 1 < STEPS.len() }>
                    <button type="button" class="primary" on:click=next>"Next"</button>
                </Show>
            </div>
        </section>
    }
}
