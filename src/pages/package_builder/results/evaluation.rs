//! Backhaul attribution: the settings form; saving re-evaluates, then the evaluation loads again.

use crate::api::{calls, use_client};
use crate::components::{load_view, use_notices, Bar, BarChart, CsvButton, NumberField, SelectField, TextField};
use crate::i18n::format::{money, number};
use crate::i18n::{lang, t, t_now, Tx};
use crate::reactive::load::use_call;
use crate::reactive::mutation::{use_mutation, Mutation};
use crate::tr;
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use wave_api::contract::assumptions::EVALUATION_MODELS;
use wave_api::contract::models::{EvaluationSettings, Id};
use wave_api::rules::csv_tables::evaluation_csv;
use wave_api::rules::{table_file_name, NumberRule};
use wave_api::ApiError;

/// Why the settings were not saved.
#[derive(Clone)]
enum FormError {
    Api(ApiError),
    /// No attribution window.
    Window,
    /// An email sent date that is not a date.
    SentDate,
}

/// Backhaul attribution: settings form; saving re-evaluates, then the evaluation is fetched again.
#[component]
pub fn Evaluation(id: Id) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let form_error = RwSignal::new(None::<FormError>);
    let save = use_mutation(
        move |(id, body): &(Id, EvaluationSettings)| {
            let (client, id, body) = (client.clone(), id.clone(), body.clone());
            async move { client.send(calls::save_evaluation_settings(&id, &body)).await }
        },
        move |result| match result {
            Ok(()) => notices.info(t_now().pkg_evaluation_saved()),
            Err(e) => form_error.set(Some(FormError::Api(e))),
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
            <h2 id="evaluation-heading">{tr!(pkg_attribution_heading)}</h2>
            {load_view(settings, {
                let id = id.clone();
                move |s| view! { <EvaluationForm id=id.clone() initial=s save=save error=form_error/> }
            })}
            {load_view(evaluation, move |e| {
                if e.clusters.is_empty() {
                    return view! { <p class="empty">{tr!(pkg_no_attribution_results)}</p> }.into_any();
                }
                // The table and chart in the language on screen: a switch builds them again.
                let lang = lang();
                let tx = Tx(lang);
                let bars = e.clusters.iter().map(|(tc, c)| Bar { label: cluster_label(tx, tc), value: c.purchase, display: money(lang, c.purchase, "EUR") }).collect();
                view! {
                    <p class="table-actions"><CsvButton what=tr!(pkg_csv_what_evaluation) file_name=evaluation_file.clone()
                        csv={let e = e.clone(); move || evaluation_csv(&e)}/></p>
                    <table class="data">
                        <caption>{tx.pkg_attributed_per_cluster()}</caption>
                        <thead><tr><th scope="col">{tx.pkg_cluster()}</th><th scope="col">{tx.pkg_customers()}</th><th scope="col">{tx.pkg_items()}</th><th scope="col">{tx.pkg_purchase_eur()}</th></tr></thead>
                        <tbody>{e.clusters.iter().map(|(tc, c)| view! {
                            <tr><th scope="row">{cluster_label(tx, tc)}</th><td data-label=tx.pkg_customers()>{number(lang, c.customers)}</td><td data-label=tx.pkg_items()>{number(lang, c.items)}</td><td data-label=tx.pkg_purchase_eur()>{number(lang, c.purchase)}</td></tr>
                        }).collect_view()}</tbody>
                    </table>
                    <BarChart title=tx.pkg_attributed_purchase_chart() bars=bars/>
                }.into_any()
            })}
        </section>
    }
}

/// A cluster's `tc`, or what stands for it when the server sent none.
fn cluster_label(tx: Tx, tc: &str) -> String {
    if wave_api::rules::is_missing_id(tc) {
        tx.pkg_no_cluster_id().to_string()
    } else {
        tc.to_string()
    }
}

#[component]
fn EvaluationForm(
    id: Id,
    initial: EvaluationSettings,
    save: Mutation<(Id, EvaluationSettings), ()>,
    error: RwSignal<Option<FormError>>,
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
            error.set(Some(FormError::Window));
            return;
        };
        let date = sent.get_untracked();
        if !date.is_empty() && !wave_api::rules::is_iso_date(&date) {
            error.set(Some(FormError::SentDate));
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
        <form class="toolbar" on:submit=submit novalidate aria-label=tr!(pkg_evaluation_settings)>
            <NumberField id="eval-window" label=tr!(pkg_attribution_window) value=days on_change=Callback::new(move |v| days.set(v))
                rule=NumberRule::ATTRIBUTION_WINDOW.at_most(365.0)/>
            <SelectField id="eval-model" label=tr!(pkg_model) value=model
                options=EVALUATION_MODELS.iter().map(|m| (m.to_string(), TextProp::from(*m))).collect()/>
            <TextField id="eval-sent" label=tr!(pkg_email_sent_date) kind="date" value=sent/>
            <button type="submit" class="primary" disabled=move || busy.get()>{move || if busy.get() { t().pkg_saving() } else { t().pkg_save_settings() }}</button>
            {move || error.get().map(|e| view! {
                <p class="field-error" role="alert">{move || match &e {
                    FormError::Api(e) => e.user_message(lang()),
                    FormError::Window => t().pkg_enter_attribution_window().to_string(),
                    FormError::SentDate => t().pkg_enter_sent_date().to_string(),
                }}</p>
            })}
        </form>
    }
}
