//! Step 2: title, targeting mode, how many packages and top events, and who to include or
//! exclude — including ids found from a description in words.

use super::WizardCtx;
use crate::api::{calls, use_client};
use crate::components::{options, ChipInput, FieldError, NumberField, SelectField, TextField};
use crate::reactive::mutation::use_mutation;
use leptos::prelude::*;
use wave_api::contract::assumptions::NLQ_RESULT_TYPE;
use wave_api::contract::models::TargetingMode;
use wave_api::flows::package_wizard::{PackageWizard, COUNT_RANGE};
use wave_api::rules::NumberRule;

#[component]
pub fn TargetingStep() -> impl IntoView {
    let ctx = expect_context::<WizardCtx>();
    let state = ctx.state;
    let count_input =
        move |id: &'static str, label: &'static str, get: fn(&PackageWizard) -> u8, set: fn(&mut PackageWizard, u8)| {
            let rule = NumberRule::new(label)
                .whole()
                .at_least(f64::from(*COUNT_RANGE.start()))
                .at_most(f64::from(*COUNT_RANGE.end()));
            view! {
                // Empty or unreadable input is 0 in the wizard, which its validation reports.
                <NumberField id=id label=label value=Signal::derive(move || Some(f64::from(state.with(get))))
                    on_change=Callback::new(move |n: Option<f64>| state.update(|w| set(w, n.map_or(0, |n| n as u8))))
                    rule=rule error=ctx.error(id)/>
            }
        };
    let chips = move |id: &'static str,
                      label: &'static str,
                      get: fn(&PackageWizard) -> Vec<String>,
                      set: fn(&mut PackageWizard, Vec<String>)| {
        view! {
            <ChipInput id=id label=label values=Signal::derive(move || state.with(get))
                on_change=Callback::new(move |list| state.update(|w| set(w, list)))
                placeholder="Type and press Enter"/>
            <FieldError id=format!("{id}-error") message=ctx.error(id)/>
        }
    };

    view! {
        <div class="step">
            {ctx.text_input("title", "Package title", "text", |w| w.title.clone(), |w, v| w.title = v)}
            <fieldset>
                <legend>"Targeting mode"</legend>
                {[TargetingMode::Lookalike, TargetingMode::Intent].into_iter().map(|mode| {
                    let name = if mode == TargetingMode::Lookalike { "Lookalike" } else { "Intent" };
                    view! {
                        <label class="radio">
                            <input type="radio" name="targeting-mode" prop:checked=move || state.with(|w| w.targeting_mode == mode)
                                on:change=move |_| state.update(|w| w.targeting_mode = mode)/>
                            " "<strong>{name}</strong>" — "{mode.explanation()}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <div class="grid-2">
                {count_input("num_packages", "Number of packages (1–10)", |w| w.num_packages, |w, n| w.num_packages = n)}
                {count_input("n_top_events", "Top events per package (1–10)", |w| w.n_top_events, |w, n| w.n_top_events = n)}
            </div>
            <h3>"Customer segmentation"</h3>
            {chips("included_customers", "Included customer IDs", |w| w.included_customers.clone(), |w, v| w.included_customers = v)}
            {chips("excluded_customers", "Excluded customer IDs", |w| w.excluded_customers.clone(), |w, v| w.excluded_customers = v)}
            <DescribeCustomers/>
            <div class="grid-2">
                {ctx.text_input("buying_above", "Exclude customers spending above (EUR)", "decimal", |w| w.buying_above.clone(), |w, v| w.buying_above = v)}
                {ctx.text_input("buying_below", "Exclude customers spending below (EUR)", "decimal", |w| w.buying_below.clone(), |w, v| w.buying_below = v)}
                {ctx.text_input("purchases_before", "Exclude purchases before", "date", |w| w.purchases_before.clone(), |w, v| w.purchases_before = v)}
                {ctx.text_input("purchases_after", "Exclude purchases after", "date", |w| w.purchases_after.clone(), |w, v| w.purchases_after = v)}
            </div>
            {chips("ticket_categories", "Excluded ticket categories", |w| w.ticket_categories.clone(), |w, v| w.ticket_categories = v)}
        </div>
    }
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
    let error = RwSignal::new(None::<String>);
    let lookup = use_mutation(
        move |(text, language): &(String, String)| {
            let (client, text, language) = (client.clone(), text.clone(), language.clone());
            async move { client.send(calls::customer_ids_from_description(&text, NLQ_RESULT_TYPE, &language)).await }
        },
        move |result| match result {
            Ok(ids) => found.set(Some(ids.ids)),
            Err(e) => error.set(Some(e.user_message())),
        },
    );
    let busy = lookup.pending();

    let find = move |_| {
        let text = description.get_untracked();
        if text.trim().is_empty() {
            error.set(Some("Describe the customers first.".into()));
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
            <TextField id="nlq-description" label="Describe customers in words" rows=2 value=description
                placeholder="e.g. families who bought children's theatre tickets last year"/>
            <SelectField id="nlq-language" label="Language of the description" value=language
                options=options(&[("en", "English"), ("de", "German")])/>
            <button type="button" on:click=find disabled=move || busy.get()>
                {move || if busy.get() { "Finding customers…" } else { "Find customers" }}
            </button>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            {move || found.get().map(|ids| view! {
                <div class="callout" role="status">
                    <p>{format!("Found {} customers: {}", ids.len(), ids.join(", "))}</p>
                    <button type="button" on:click=move |_| accept(false)>"Add to included"</button>
                    <button type="button" on:click=move |_| accept(true)>"Add to excluded"</button>
                    <button type="button" class="link-button" on:click=move |_| found.set(None)>"Discard"</button>
                </div>
            })}
        </div>
    }
}
