//! A one-off campaign for one cluster of the event.

use crate::api::{calls, use_client};
use crate::components::{use_notices, ErrorPanel, NumberField, TextField};
use crate::reactive::mutation::use_mutation;
use leptos::prelude::*;
use wave_api::contract::assumptions::CTAS;
use wave_api::contract::models::{Id, OneOffCampaign};
use wave_api::rules::NumberRule;

/// ⚑ A one-off campaign for one cluster: `POST /campaigns/` with every field in the query.
#[component]
pub fn OneOffForm(eid: Id, changed: Callback<()>) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let fields: [RwSignal<String>; 4] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let [tc, run, headline, body] = fields;
    let budget = RwSignal::new(None::<f64>);
    let error = RwSignal::new(None::<String>);
    let create = use_mutation(
        move |campaign: &OneOffCampaign| {
            let (client, campaign) = (client.clone(), campaign.clone());
            async move { client.send(calls::create_one_off_campaign(&campaign)).await.map(|()| campaign.tc) }
        },
        move |result| match result {
            Ok(tc) => {
                notices.info(format!("One-off campaign for “{tc}” created."));
                // A second click must not create a second campaign from the same answers.
                for field in fields {
                    field.set(String::new());
                }
                budget.set(None);
                changed.run(());
            }
            Err(e) => error.set(Some(e.user_message())),
        },
    );
    let busy = create.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let amount = budget.get_untracked().filter(|b| *b > 0.0);
        let (Some(amount), false, false) =
            (amount, tc.get_untracked().trim().is_empty(), run.get_untracked().trim().is_empty())
        else {
            error.set(Some("A cluster, a run and a budget greater than 0 are required.".into()));
            return;
        };
        error.set(None);
        create.dispatch_local(OneOffCampaign {
            eid: eid.clone(),
            tc: tc.get_untracked().trim().into(),
            tc_run_id: run.get_untracked().trim().into(),
            budget: amount,
            headline: headline.get_untracked(),
            body: body.get_untracked(),
            media_url: String::new(),
            cta: CTAS[0].0.into(),
        });
    };
    view! {
        <details class="card">
            <summary>"Create a one-off campaign for one cluster"</summary>
            <form on:submit=submit novalidate>
                <div class="grid-2">
                    <TextField id="oneoff-tc" label="Taste cluster (tc)" value=tc/>
                    <TextField id="oneoff-run" label="Cluster run (tc_run_id)" value=run/>
                    <NumberField id="oneoff-budget" label="One-off budget" value=budget on_change=Callback::new(move |v| budget.set(v))
                        rule=NumberRule::BUDGET/>
                    <TextField id="oneoff-headline" label="One-off headline" value=headline/>
                    <TextField id="oneoff-body" label="One-off body" value=body/>
                </div>
                {move || error.get().map(|e| view! { <ErrorPanel message=e/> })}
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { "Creating…" } else { "Create one-off campaign" }}
                </button>
            </form>
        </details>
    }
}
