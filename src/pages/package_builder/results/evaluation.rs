//! Backhaul attribution: the settings form; saving re-evaluates, then the evaluation loads again.

use crate::api::{calls, use_client};
use crate::components::{load_view, use_notices, Bar, BarChart, CsvButton, NumberField, SelectField, TextField};
use crate::pages::number;
use crate::reactive::load::use_call;
use crate::reactive::mutation::{use_mutation, Mutation};
use leptos::prelude::*;
use wave_api::contract::assumptions::EVALUATION_MODELS;
use wave_api::contract::models::{EvaluationSettings, Id};
use wave_api::rules::csv_tables::evaluation_csv;
use wave_api::rules::{table_file_name, NumberRule};

/// Backhaul attribution: settings form; saving re-evaluates, then the evaluation is fetched again.
#[component]
pub fn Evaluation(id: Id) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let form_error = RwSignal::new(None::<String>);
    let save = use_mutation(
        move |(id, body): &(Id, EvaluationSettings)| {
            let (client, id, body) = (client.clone(), id.clone(), body.clone());
            async move { client.send(calls::save_evaluation_settings(&id, &body)).await }
        },
        move |result| match result {
            Ok(()) => notices.info("Evaluation settings saved; results updated."),
            Err(e) => form_error.set(Some(e.user_message())),
        },
    );
    let saved = save.version();
    let settings = use_call({
        let id = id.clone();
        move || calls::evaluation_settings(&id)
    });
    let evaluation = use_call({
        let id = id.clone();
        move || {
            saved.track();
            calls::evaluation(&id)
        }
    });
    let evaluation_file = table_file_name("evaluation", id.as_str());
    view! {
        <section class="evaluation" aria-labelledby="evaluation-heading">
            <h2 id="evaluation-heading">"Attribution (backhaul evaluation)"</h2>
            {load_view(settings, {
                let id = id.clone();
                move |s| view! { <EvaluationForm id=id.clone() initial=s save=save error=form_error/> }
            })}
            {load_view(evaluation, move |e| {
                if e.clusters.is_empty() {
                    return view! { <p class="empty">"No attribution results yet."</p> }.into_any();
                }
                let bars = e.clusters.iter().map(|(tc, c)| Bar { label: cluster_label(tc), value: c.purchase, display: format!("{} EUR", number(c.purchase)) }).collect();
                view! {
                    <p class="table-actions"><CsvButton what="evaluation" file_name=evaluation_file.clone()
                        csv={let e = e.clone(); move || evaluation_csv(&e)}/></p>
                    <table class="data">
                        <caption>"Attributed per cluster"</caption>
                        <thead><tr><th scope="col">"Cluster"</th><th scope="col">"Customers"</th><th scope="col">"Items"</th><th scope="col">"Purchase (EUR)"</th></tr></thead>
                        <tbody>{e.clusters.iter().map(|(tc, c)| view! {
                            <tr><th scope="row">{cluster_label(tc)}</th><td data-label="Customers">{number(c.customers)}</td><td data-label="Items">{number(c.items)}</td><td data-label="Purchase (EUR)">{number(c.purchase)}</td></tr>
                        }).collect_view()}</tbody>
                    </table>
                    <BarChart title="Attributed purchase per cluster (EUR)" bars=bars/>
                }.into_any()
            })}
        </section>
    }
}

/// A cluster's `tc`, or what stands for it when the server sent none.
fn cluster_label(tc: &str) -> String {
    if wave_api::rules::is_missing_id(tc) {
        "(no cluster id)".to_string()
    } else {
        tc.to_string()
    }
}

#[component]
fn EvaluationForm(
    id: Id,
    initial: EvaluationSettings,
    save: Mutation<(Id, EvaluationSettings), ()>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let days = RwSignal::new(Some(f64::from(initial.backhaul_evaluation_attribution_window)).filter(|d| *d > 0.0));
    let model = RwSignal::new(if initial.backhaul_evaluation_model.is_empty() {
        EVALUATION_MODELS[0].to_string()
    } else {
        initial.backhaul_evaluation_model.clone()
    });
    let sent = RwSignal::new(initial.email_sent_date.clone().unwrap_or_default());
    let busy = save.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(window) = days.get_untracked() else {
            error.set(Some("Enter an attribution window of 1 to 365 days.".into()));
            return;
        };
        let date = sent.get_untracked();
        if !date.is_empty() && !wave_api::rules::is_iso_date(&date) {
            error.set(Some("Enter the email sent date as YYYY-MM-DD.".into()));
            return;
        }
        error.set(None);
        // Everything the server sent that this form does not show goes back unchanged.
        let body = EvaluationSettings {
            backhaul_evaluation_attribution_window: window as u32,
            backhaul_evaluation_model: model.get_untracked(),
            email_sent_date: Some(date).filter(|d| !d.is_empty()),
            ..initial.clone()
        };
        save.dispatch_local((id.clone(), body));
    };
    view! {
        <form class="toolbar" on:submit=submit novalidate aria-label="Evaluation settings">
            <NumberField id="eval-window" label="Attribution window (days)" value=days on_change=Callback::new(move |v| days.set(v))
                rule=NumberRule::ATTRIBUTION_WINDOW.at_most(365.0)/>
            <SelectField id="eval-model" label="Model" value=model
                options=EVALUATION_MODELS.iter().map(|m| (m.to_string(), m.to_string())).collect()/>
            <TextField id="eval-sent" label="Email sent date" kind="date" value=sent/>
            <button type="submit" class="primary" disabled=move || busy.get()>{move || if busy.get() { "Saving…" } else { "Save settings" }}</button>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        </form>
    }
}
