//! Step 2: title, targeting mode, how many packages and top events, and who to include or
//! exclude — including ids found from a description in words.

use super::WizardCtx;
use crate::api::{calls, use_client};
use crate::components::{ChipInput, FieldError, NumberField, SelectField, TextField};
use crate::i18n::format::number;
use crate::i18n::{lang, t, Tx};
use crate::reactive::mutation::use_mutation;
use crate::tr;
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use wave_api::contract::assumptions::NLQ_RESULT_TYPE;
use wave_api::contract::models::TargetingMode;
use wave_api::flows::package_wizard::{PackageWizard, COUNT_RANGE};
use wave_api::rules::NumberRule;
use wave_api::ApiError;

/// A targeting mode's name in the language of `tx`.
pub(super) fn mode_name(tx: Tx, mode: TargetingMode) -> &'static str {
    match mode {
        TargetingMode::Lookalike => tx.pkg_mode_lookalike(),
        TargetingMode::Intent => tx.pkg_mode_intent(),
    }
}

/// What a targeting mode does, in the language of `tx`.
fn mode_explanation(tx: Tx, mode: TargetingMode) -> &'static str {
    match mode {
        TargetingMode::Lookalike => tx.pkg_mode_lookalike_explained(),
        TargetingMode::Intent => tx.pkg_mode_intent_explained(),
    }
}

#[component]
pub fn TargetingStep() -> impl IntoView {
    let ctx = expect_context::<WizardCtx>();
    let state = ctx.state;
    let count_input = move |id: &'static str,
                            label: TextProp,
                            get: fn(&PackageWizard) -> u8,
                            set: fn(&mut PackageWizard, u8)| {
        let rule =
            NumberRule::new().whole().at_least(f64::from(*COUNT_RANGE.start())).at_most(f64::from(*COUNT_RANGE.end()));
        view! {
            // Empty or unreadable input is 0 in the wizard, which its validation reports.
            <NumberField id=id label=label value=Signal::derive(move || Some(f64::from(state.with(get))))
                on_change=Callback::new(move |n: Option<f64>| state.update(|w| set(w, n.map_or(0, |n| n as u8))))
                rule=rule error=ctx.error(id)/>
        }
    };
    let chips = move |id: &'static str,
                      label: TextProp,
                      get: fn(&PackageWizard) -> Vec<String>,
                      set: fn(&mut PackageWizard, Vec<String>)| {
        view! {
            <ChipInput id=id label=label values=Signal::derive(move || state.with(get))
                on_change=Callback::new(move |list| state.update(|w| set(w, list)))
                placeholder=tr!(pkg_type_and_enter)/>
            <FieldError id=format!("{id}-error") message=ctx.error(id)/>
        }
    };

    view! {
        <div class="step">
            {ctx.text_input("title", tr!(pkg_title_label), "text", |w| w.title.clone(), |w, v| w.title = v)}
            <fieldset>
                <legend>{tr!(pkg_targeting_mode)}</legend>
                {[TargetingMode::Lookalike, TargetingMode::Intent].into_iter().map(|mode| {
                    view! {
                        <label class="radio">
                            <input type="radio" name="targeting-mode" prop:checked=move || state.with(|w| w.targeting_mode == mode)
                                on:change=move |_| state.update(|w| w.targeting_mode = mode)/>
                            " "<strong>{move || mode_name(t(), mode)}</strong>{tr!(pkg_mode_dash)}{move || mode_explanation(t(), mode)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <div class="grid-2">
                {count_input("num_packages", TextProp::from(tr!(pkg_num_packages)), |w| w.num_packages, |w, n| w.num_packages = n)}
                {count_input("n_top_events", TextProp::from(tr!(pkg_top_events_per_package)), |w| w.n_top_events, |w, n| w.n_top_events = n)}
            </div>
            <h3>{tr!(pkg_customer_segmentation)}</h3>
            {chips("included_customers", TextProp::from(tr!(pkg_included_customer_ids)), |w| w.included_customers.clone(), |w, v| w.included_customers = v)}
            {chips("excluded_customers", TextProp::from(tr!(pkg_excluded_customer_ids)), |w| w.excluded_customers.clone(), |w, v| w.excluded_customers = v)}
            <DescribeCustomers/>
            <div class="grid-2">
                {ctx.text_input("buying_above", tr!(pkg_spending_above_label), "decimal", |w| w.buying_above.clone(), |w, v| w.buying_above = v)}
                {ctx.text_input("buying_below", tr!(pkg_spending_below_label), "decimal", |w| w.buying_below.clone(), |w, v| w.buying_below = v)}
                {ctx.text_input("purchases_before", tr!(pkg_purchases_before), "date", |w| w.purchases_before.clone(), |w, v| w.purchases_before = v)}
                {ctx.text_input("purchases_after", tr!(pkg_purchases_after), "date", |w| w.purchases_after.clone(), |w, v| w.purchases_after = v)}
            </div>
            {chips("ticket_categories", TextProp::from(tr!(pkg_excluded_ticket_categories)), |w| w.ticket_categories.clone(), |w, v| w.ticket_categories = v)}
        </div>
    }
}

/// Why no customers were found: nothing described yet, or the call failed.
#[derive(Clone)]
enum LookupError {
    NoDescription,
    Api(ApiError),
}

/// "Describe customers in words": the ids the API finds are shown first and only added when
/// the user accepts them.
#[component]
fn DescribeCustomers() -> impl IntoView {
    let ctx = expect_context::<WizardCtx>();
    let client = use_client();
    let description = RwSignal::new(String::new());
    let language = RwSignal::new("en".to_string());
    let found = RwSignal::new(None::<Vec<String>>);
    let error = RwSignal::new(None::<LookupError>);
    let lookup = use_mutation(
        move |(text, language): &(String, String)| {
            let (client, text, language) = (client.clone(), text.clone(), language.clone());
            async move { client.send(calls::customer_ids_from_description(&text, NLQ_RESULT_TYPE, &language)).await }
        },
        move |result| match result {
            Ok(ids) => found.set(Some(ids.ids)),
            Err(e) => error.set(Some(LookupError::Api(e))),
        },
    );
    let busy = lookup.pending();

    let find = move |_| {
        let text = description.get_untracked();
        if text.trim().is_empty() {
            error.set(Some(LookupError::NoDescription));
            return;
        }
        error.set(None);
        found.set(None);
        lookup.dispatch_local((text, language.get_untracked()));
    };
    let accept = move |into_excluded: bool| {
        if let Some(ids) = found.get_untracked() {
            ctx.state.update(|w| {
                let list = if into_excluded { &mut w.excluded_customers } else { &mut w.included_customers };
                for id in ids {
                    if !list.contains(&id) {
                        list.push(id);
                    }
                }
            });
            found.set(None);
            description.set(String::new());
        }
    };

    view! {
        <div class="nlq">
            <TextField id="nlq-description" label=tr!(pkg_describe_customers) rows=2 value=description
                placeholder=tr!(pkg_describe_placeholder)/>
            <SelectField id="nlq-language" label=tr!(pkg_description_language) value=language
                options=vec![
                    ("en".to_string(), TextProp::from(tr!(pkg_language_english))),
                    ("de".to_string(), TextProp::from(tr!(pkg_language_german))),
                ]/>
            <button type="button" on:click=find disabled=move || busy.get()>
                {move || if busy.get() { t().pkg_finding_customers() } else { t().pkg_find_customers() }}
            </button>
            {move || error.get().map(|e| view! {
                <p class="field-error" role="alert">{move || match &e {
                    LookupError::NoDescription => t().pkg_describe_first().to_string(),
                    LookupError::Api(e) => e.user_message(lang()),
                }}</p>
            })}
            {move || found.get().map(|ids| view! {
                <div class="callout" role="status">
                    <p>{move || { let lang = lang(); Tx(lang).pkg_found_customers(ids.len(), &number(lang, ids.len() as f64), &ids.join(", ")) }}</p>
                    <button type="button" on:click=move |_| accept(false)>{tr!(pkg_add_to_included)}</button>
                    <button type="button" on:click=move |_| accept(true)>{tr!(pkg_add_to_excluded)}</button>
                    <button type="button" class="link-button" on:click=move |_| found.set(None)>{tr!(pkg_discard)}</button>
                </div>
            })}
        </div>
    }
}
