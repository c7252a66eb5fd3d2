//! A one-off campaign for one cluster of the event.

use crate::api::{calls, use_client};
use crate::components::{use_notices, ErrorPanel, NumberField, TextField};
use crate::i18n::{lang, t, t_now};
use crate::reactive::mutation::use_mutation;
use crate::tr;
use leptos::prelude::*;
use leptos::text_prop::TextProp;
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
    // Said in the language on screen, also after a switch.
    let error = RwSignal::new(None::<TextProp>);
    let create = use_mutation(
        move |campaign: &OneOffCampaign| {
            let (client, campaign) = (client.clone(), campaign.clone());
            async move { client.send(calls::create_one_off_campaign(&campaign)).await.map(|()| campaign.tc) }
        },
        move |result| match result {
            Ok(tc) => {
                notices.info(t_now().pg_oo_created(&tc));
                // A second click must not create a second campaign from the same answers.
                for field in fields {
                    field.set(String::new());
                }
                budget.set(None);
                changed.run(());
            }
            Err(e) => error.set(Some(TextProp::from(move || e.user_message(lang())))),
        },
    );
    let busy = create.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let amount = budget.get_untracked().filter(|b| *b > 0.0);
        let (Some(amount), false, false) =
            (amount, tc.get_untracked().trim().is_empty(), run.get_untracked().trim().is_empty())
        else {
            error.set(Some(TextProp::from(tr!(pg_oo_required))));
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
            <summary>{tr!(pg_oo_summary)}</summary>
            <form on:submit=submit novalidate>
                <div class="grid-2">
                    <TextField id="oneoff-tc" label=tr!(pg_oo_tc) value=tc/>
                    <TextField id="oneoff-run" label=tr!(pg_oo_run) value=run/>
                    <NumberField id="oneoff-budget" label=tr!(pg_oo_budget) value=budget on_change=Callback::new(move |v| budget.set(v))
                        rule=NumberRule::BUDGET/>
                    <TextField id="oneoff-headline" label=tr!(pg_oo_headline) value=headline/>
                    <TextField id="oneoff-body" label=tr!(pg_oo_body) value=body/>
                </div>
                {move || error.get().map(|e| view! { <ErrorPanel message=e/> })}
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { t().pg_oo_creating() } else { t().pg_oo_create() }}
                </button>
            </form>
        </details>
    }
}
