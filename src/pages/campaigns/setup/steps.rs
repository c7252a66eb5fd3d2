//! The campaign wizard's five steps over the one draft, with the step in the URL
//! (`?step=1…5`): reload, Back and deep links land on the same step. Next checks the step's
//! own fields first; autosave runs across steps as on one page.

use super::editor::{cluster_rows, Editor};
use super::publish::PublishBar;
use super::review::{describe, Review};
use super::sections::{ClusterDetails, ClusterSection, GoalSection, IntegrationSection};
use crate::browser::document::focus_first;
use crate::components::Stepper;
use crate::i18n::{lang, t};
use crate::routes::{self, Route};
use crate::services::local_drafts::DraftKeys;
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use wave_api::contract::models::Id;
use wave_api::flows::setup::{setup_step_from_query, setup_steps, SETUP_STEP_COUNT};

#[component]
pub fn SetupSteps(editor: Editor, eid: Id, keys: DraftKeys) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let step = Memo::new(move |_| query.with(|q| setup_step_from_query(q.get(routes::STEP).as_deref())));
    // The problems of the step on screen, once the user tried to go on.
    let tried = RwSignal::new(false);
    let step_problems = Memo::new(move |_| {
        let here = step.get();
        editor.draft.with(|d| {
            editor
                .problems
                .with(|p| p.iter().filter(|p| p.field.step() == here).map(|p| describe(d, p)).collect::<Vec<_>>())
        })
    });
    // A field whose text cannot be read (a number field says so when it loses focus, which
    // clicking Next does): going on would silently drop what was typed.
    let unreadable = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("form.setup [aria-invalid='true']").ok().flatten())
            .is_some()
    };
    let go = {
        let navigate = navigate.clone();
        move |to: usize| navigate(&Route::Setup(editor.eid.get_value(), Some(to)).href(), Default::default())
    };
    let next = {
        let go = go.clone();
        move |_| {
            // A read-only tab (closed draft, another tab editing) only looks: it may go anywhere.
            let blocked =
                !editor.read_only.get_untracked() && (!step_problems.with_untracked(Vec::is_empty) || unreadable());
            if blocked {
                tried.set(true);
                editor.show_problems.set(true);
                crate::reactive::timer::timeout_owned(0, || focus_first("#step-problems"));
                return;
            }
            tried.set(false);
            go((step.get_untracked() + 1).min(SETUP_STEP_COUNT - 1));
        }
    };
    let back = move |_| go(step.get_untracked().saturating_sub(1));
    // A new step: its title takes the focus (the page heading did on the route change).
    Effect::new(move |previous: Option<usize>| {
        let now = step.get();
        if previous.is_some_and(|p| p != now) {
            tried.set(false);
            // A new step starts without messages on fields the user has not touched yet.
            editor.show_problems.set(false);
            crate::reactive::timer::timeout_owned(0, || focus_first("#setup-step-title"));
        }
        now
    });
    // One key per cluster of the draft, also when two share a `tc` (or have none): each gets
    // its own editor.
    let selected_clusters =
        Memo::new(move |_| editor.draft.with(|d| cluster_rows(d).into_iter().map(|row| row.key).collect::<Vec<_>>()));

    view! {
        <nav aria-label=tr!(cmp_wizard_steps)>
            <Stepper steps=setup_steps current=step/>
        </nav>
        <h2 id="setup-step-title" class="step-title" tabindex="-1">
            {move || t().cmp_step_of(step.get() + 1, SETUP_STEP_COUNT, setup_steps(lang())[step.get()])}
        </h2>
        <form class="setup" on:submit=|ev| ev.prevent_default() novalidate>
            {move || match step.get() {
                0 => view! { <GoalSection editor=editor/> }.into_any(),
                1 => view! { <ClusterSection editor=editor/> }.into_any(),
                2 => view! {
                    {move || selected_clusters.with(Vec::is_empty).then(|| view! {
                        <p class="empty">{tr!(cmp_no_cluster_selected)}</p>
                    })}
                    // Keyed by cluster: typing in one field never rebuilds the others.
                    <For each=move || selected_clusters.get() key=|key| key.clone() let:key>
                        <ClusterDetails editor=editor cluster=key/>
                    </For>
                }.into_any(),
                3 => view! { <IntegrationSection editor=editor/> }.into_any(),
                _ => view! { <Review editor=editor/> }.into_any(),
            }}
        </form>
        <Show when=move || tried.get() && (!step_problems.with(Vec::is_empty) || unreadable())>
            <div id="step-problems" class="error-panel" role="alert" tabindex="-1">
                <p>{tr!(cmp_before_go_on)}</p>
                <ul>{move || step_problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                {move || unreadable().then(|| view! { <p>{tr!(cmp_field_unreadable)}</p> })}
            </div>
        </Show>
        <div class="wizard-nav">
            <button type="button" on:click=back disabled=move || step.get() == 0>{tr!(cmp_back)}</button>
            <Show when=move || { step.get() + 1 < SETUP_STEP_COUNT }>
                <button type="button" class="primary" on:click=next.clone()>{tr!(cmp_next)}</button>
            </Show>
        </div>
        <PublishBar editor=editor eid=eid keys=keys publish=Signal::derive(move || step.get() + 1 == SETUP_STEP_COUNT)/>
    }
}
