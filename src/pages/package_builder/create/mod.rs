//! `/package-builder/create`: Select events → Targeting and customers → Preview. The whole
//! state is one [`PackageWizard`], kept in `localStorage["packageBuilderState"]` by
//! `use_stored` (every change, across tabs) and restored on load, whichever step the user was
//! on.

mod events_step;
mod preview_step;
mod targeting_step;

use crate::components::{use_notices, Binding, Stepper, TextField};
use crate::i18n::{lang, lang_now, t, t_now, Tx};
use crate::reactive::stored::{use_stored, Restored, UseStoredOptions, Versioned};
use crate::tr;
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use wave_api::flows::package_wizard::{steps, PackageWizard, STEP_COUNT, STORAGE_KEY, STORAGE_VERSION};
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
        label: impl Into<TextProp>,
        kind: &'static str,
        get: fn(&PackageWizard) -> String,
        set: fn(&mut PackageWizard, String),
    ) -> impl IntoView {
        let state = self.state;
        let value = Binding::new(move || state.with(get), move |v| state.update(|w| set(w, v)));
        let label: TextProp = label.into();
        view! { <TextField id=id label=label kind=kind value=value error=self.error(id)/> }
    }
}

#[component]
pub fn CreateWizard() -> impl IntoView {
    Effect::new(move |_| crate::browser::document::set_title(t().pkg_create_package()));
    let notices = use_notices();
    // "Start over" keeps what it cleared until the user undoes it or types again.
    let cleared = RwSignal::new(None::<PackageWizard>);
    let errors = RwSignal::new(Vec::new());
    // Kept in localStorage on every change. Another tab of this browser changed it: this tab
    // takes that state, so that neither tab writes an older state over a newer one (an edit,
    // or leaving with unfinished chip text, writes the whole state).
    let stored = use_stored::<PackageWizard, Versioned<STORAGE_VERSION>>(
        STORAGE_KEY,
        UseStoredOptions {
            on_other_tab: Some(Callback::new(move |theirs: PackageWizard| {
                if theirs == PackageWizard::default() {
                    notices.info(t_now().pkg_wizard_cleared_elsewhere());
                }
                // An Undo here would bring back an older state over theirs; errors shown were ours.
                cleared.try_set(None);
                errors.try_set(Vec::new());
            })),
            on_refused: Some(Callback::new(move |why: String| {
                notices.error(t_now().pkg_answers_not_kept(&why));
            })),
        },
    );
    if stored.restored == Restored::Discarded {
        notices.error(t_now().pkg_progress_discarded());
    }
    let state = stored.value;
    let ctx = WizardCtx { state, errors };
    provide_context(ctx);

    // The amounts are kept as typed: on a language switch (and when a wizard typed in the
    // other language is restored) they are rewritten as the language on screen types them,
    // so the same text never means another number.
    Effect::new(move |_| {
        let lang = lang();
        if state.with_untracked(|w| w.amounts_lang.is_none() || w.amounts_typed_in() != lang) {
            state.update(|w| {
                w.relanguage(lang);
            });
        }
    });
    let step = Memo::new(move |_| state.with(|w| w.step.min(STEP_COUNT - 1)));
    // Re-validate live once errors are showing, so they clear as the user fixes them, and
    // speak the language on screen after a switch.
    Effect::new(move |_| {
        let lang = lang();
        let current = state.with(|w| w.step_errors(w.step, lang));
        if !ctx.errors.with_untracked(Vec::is_empty) {
            ctx.errors.set(current);
        }
    });

    let next = move |_| {
        let errors = state.with_untracked(|w| w.step_errors(w.step, lang_now()));
        if errors.is_empty() {
            ctx.errors.set(Vec::new());
            state.update(|w| w.step = (w.step + 1).min(STEP_COUNT - 1));
        } else {
            ctx.errors.set(errors);
        }
    };
    let back = move |_| {
        ctx.errors.set(Vec::new());
        state.update(|w| w.step = w.step.saturating_sub(1));
    };
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

    view! {
        <section class="page">
            <div class="page-header">
                <h1>{tr!(pkg_create_package)}</h1>
                <button type="button" class="link-button" on:click=start_over>{tr!(pkg_start_over)}</button>
            </div>
            <Show when=move || cleared.with(Option::is_some)>
                <p class="callout" role="status">{tr!(pkg_wizard_cleared)}
                    <button type="button" on:click=undo>{tr!(pkg_undo)}</button></p>
            </Show>
            <Stepper steps=steps current=step/>
            <h2 class="step-title">{move || {
                let (lang, step) = (lang(), step.get());
                Tx(lang).pkg_step_of(&(step + 1).to_string(), &STEP_COUNT.to_string(), steps(lang)[step])
            }}</h2>
            {move || match step.get() {
                0 => view! { <events_step::EventsStep/> }.into_any(),
                1 => view! { <targeting_step::TargetingStep/> }.into_any(),
                _ => view! { <preview_step::PreviewStep/> }.into_any(),
            }}
            <p class="field-error" role="alert" hidden=move || ctx.errors.with(Vec::is_empty)>
                {tr!(pkg_fix_fields)}
            </p>
            <div class="wizard-nav">
                <button type="button" on:click=back disabled=move || step.get() == 0>{tr!(pkg_back)}</button>
                <Show when=move || { step.get() + 1 < STEP_COUNT }>
                    <button type="button" class="primary" on:click=next>{tr!(pkg_next)}</button>
                </Show>
            </div>
        </section>
    }
}
