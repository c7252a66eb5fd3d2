//! `/events/:eid`: the event's published campaigns — pause/resume, budget, edit one cluster,
//! a one-off campaign — and the attribution rows as a table and a chart.

use crate::api::{call_resource, calls, use_client, Api};
use crate::components::{
    async_view, use_notices, Bar, BarChart, CampaignBadge, Dialog, ErrorPanel, Loading, NumberField, TextField,
};
use crate::pages::campaigns::overview::setup_href;
use crate::pages::number;
use crate::reactive::mutation::use_mutation;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use wave_api::assumptions::CTAS;
use wave_api::models::{Campaign, CampaignStatus, Creative, Id, OneOffCampaign, PublishedClusterEdit};
use wave_api::rules::NumberRule;

#[component]
pub fn EventPage() -> impl IntoView {
    let params = use_params_map();
    let eid = Id(params.with_untracked(|p| p.get("eid").unwrap_or_default()));
    crate::browser::document::set_title(&format!("Event {eid}"));
    let partner = expect_context::<Api>().session.get_untracked().partner();
    let campaigns = call_resource({
        let eid = eid.clone();
        move || calls::event_campaigns(&eid)
    });
    let results = call_resource({
        let eid = eid.clone();
        move || calls::campaign_results(&eid, &partner)
    });
    let changed = Callback::new(move |_| campaigns.refetch());
    let published = Memo::new(move |_| match campaigns.get() {
        Some(Ok(list)) => list,
        _ => Vec::new(),
    });
    view! {
        <section class="page">
            <p><A href="/campaigns">"← All campaigns"</A></p>
            <div class="page-header">
                <h1>{format!("Event #{eid}")}</h1>
                <A href=setup_href(&eid) attr:class="button">"Set up campaigns"</A>
            </div>
            <h2>"Published campaigns"</h2>
            {move || match campaigns.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(e)) => view! { <ErrorPanel message=e.user_message() on_retry=changed/> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p class="empty">"No campaigns published for this event yet."</p> }.into_any(),
                Some(Ok(_)) => ().into_any(),
            }}
            // Keyed by content: after a change only the changed card is rebuilt, so a budget
            // typed into another card stays.
            <div class="clusters">
                <For each=move || published.get() key=|c| serde_json::to_string(c).unwrap_or_default() let:c>
                    <CampaignCard campaign=c changed=changed/>
                </For>
            </div>
            <OneOffForm eid=eid.clone() changed=changed/>
            <h2>"Attribution"</h2>
            {async_view(results, |rows| {
                if rows.is_empty() {
                    return view! { <p class="empty">"No attribution results yet."</p> }.into_any();
                }
                let percent = |f: f64| format!("{:+.1} %", f * 100.0);
                let bars = rows.iter().map(|r| Bar { label: format!("{} {}", r.tc, r.date), value: r.sales_adjustment, display: percent(r.sales_adjustment) }).collect();
                view! {
                    <table class="data">
                        <caption>"Sales adjustment per cluster and date"</caption>
                        <thead><tr><th scope="col">"Cluster"</th><th scope="col">"Run"</th><th scope="col">"Date"</th><th scope="col">"Sales"</th><th scope="col">"Adjusted sales"</th><th scope="col">"Adjustment"</th></tr></thead>
                        <tbody>{rows.into_iter().map(|r| view! {
                            <tr><th scope="row">{r.tc.clone()}</th><td>{r.tc_run_id.clone()}</td><td>{r.date.clone()}</td>
                                <td>{number(r.sales)}</td><td>{number(r.adjusted_sales)}</td><td>{percent(r.sales_adjustment)}</td></tr>
                        }).collect_view()}</tbody>
                    </table>
                    <BarChart title="Sales adjustment per cluster and date (percent)" bars=bars/>
                }.into_any()
            })}
        </section>
    }
}

#[component]
fn CampaignCard(campaign: Campaign, changed: Callback<()>) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let budget = RwSignal::new(campaign.budget);
    let editing = RwSignal::new(false);
    let c = StoredValue::new(campaign.clone());
    let update = use_mutation(
        move |change: &Change| {
            let (client, change) = (client.clone(), *change);
            let call = c.with_value(|campaign| match change {
                Change::Status(status) => calls::set_campaign_status(campaign, status),
                Change::Budget(budget) => calls::set_campaign_budget(campaign, budget),
            });
            async move { client.send(call).await.map(|()| change.label()) }
        },
        move |result| match result {
            Ok(label) => {
                notices.info(format!("{label} “{}”.", c.with_value(|c| c.tc.clone())));
                changed.run(());
            }
            Err(e) => notices.error(format!("Saving the campaign failed. {}", e.user_message())),
        },
    );
    let busy = update.pending();
    let toggle = move |_| {
        let next = if c.with_value(|c| c.status) == CampaignStatus::Active {
            CampaignStatus::Paused
        } else {
            CampaignStatus::Active
        };
        update.dispatch_local(Change::Status(next));
    };
    let save_budget = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match budget.get_untracked() {
            Some(b) if b > 0.0 => {
                update.dispatch_local(Change::Budget(b));
            }
            _ => notices.error("Enter a budget greater than 0."),
        }
    };
    let paused = campaign.status == CampaignStatus::Paused;
    let can_toggle = matches!(campaign.status, CampaignStatus::Active | CampaignStatus::Paused);
    let budget_id = format!("budget-{}", wave_api::http::encode_component(&campaign.tc).replace('%', "-"));
    view! {
        <article class="card">
            <h3>{campaign.tc.clone()}</h3>
            <p><CampaignBadge status=campaign.status/>" "<span class="hint">{format!("run {}", campaign.tc_run_id)}</span></p>
            <p><strong>{campaign.creative.headline.clone()}</strong></p>
            <p>{campaign.creative.body.clone()}</p>
            <form class="toolbar" on:submit=save_budget aria-label=format!("Budget of {}", campaign.tc)>
                <NumberField id=budget_id label="Budget" value=budget on_change=Callback::new(move |v| budget.set(v))
                    rule=NumberRule::BUDGET/>
                <button type="submit" disabled=move || busy.get()>"Save budget"</button>
            </form>
            <div class="actions">
                {can_toggle.then(|| view! {
                    <button type="button" on:click=toggle disabled=move || busy.get()>{if paused { "Resume" } else { "Pause" }}</button>
                })}
                <button type="button" on:click=move |_| editing.set(true)>"Edit creative"</button>
            </div>
            <EditDialog open=editing campaign=campaign changed=changed/>
        </article>
    }
}

/// Edits one published cluster: `POST /campaigns_setup` with `eid` in the body.
#[component]
fn EditDialog(open: RwSignal<bool>, campaign: Campaign, changed: Callback<()>) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let error = RwSignal::new(None::<String>);
    let save = use_mutation(
        move |edit: &PublishedClusterEdit| {
            let (client, edit) = (client.clone(), edit.clone());
            async move { client.send(calls::edit_published_cluster(&edit)).await.map(|()| edit.tc) }
        },
        move |result| match result {
            Ok(tc) => {
                notices.info(format!("“{tc}” updated."));
                open.set(false);
                changed.run(());
            }
            Err(e) => error.set(Some(e.user_message())),
        },
    );
    let busy = save.pending();
    let headline = RwSignal::new(campaign.creative.headline.clone());
    let body = RwSignal::new(campaign.creative.body.clone());
    let media = RwSignal::new(campaign.creative.media_url.clone());
    let geo = RwSignal::new(campaign.targeting.geo.join(", "));
    let slug = wave_api::http::encode_component(&campaign.tc).replace('%', "-");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if headline.get_untracked().trim().is_empty() {
            error.set(Some("Write a headline.".into()));
            return;
        }
        let edit = PublishedClusterEdit {
            eid: campaign.eid.clone(),
            tc: campaign.tc.clone(),
            tc_run_id: campaign.tc_run_id.clone(),
            // What this dialog does not edit (the CTA, fields this app does not know) goes back as it came.
            creative: Creative {
                headline: headline.get_untracked(),
                body: body.get_untracked(),
                media_url: media.get_untracked(),
                ..campaign.creative.clone()
            },
            targeting: wave_api::models::Targeting {
                geo: geo
                    .get_untracked()
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
                ..campaign.targeting.clone()
            },
        };
        error.set(None);
        save.dispatch_local(edit);
    };
    view! {
        <Dialog title="Edit published cluster" open=open>
            <form on:submit=submit.clone() novalidate>
                <TextField id=format!("{slug}-edit-headline") label="Headline" value=headline/>
                <TextField id=format!("{slug}-edit-body") label="Body" value=body/>
                <TextField id=format!("{slug}-edit-media") label="Media URL" value=media/>
                <TextField id=format!("{slug}-edit-geo") label="Locations (comma-separated)" value=geo/>
                {move || error.get().map(|e| view! { <ErrorPanel message=e/> })}
                <div class="actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>"Save changes"</button>
                    <button type="button" on:click=move |_| open.set(false)>"Close"</button>
                </div>
            </form>
        </Dialog>
    }
}

/// ⚑ A one-off campaign for one cluster: `POST /campaigns/` with every field in the query.
#[component]
fn OneOffForm(eid: Id, changed: Callback<()>) -> impl IntoView {
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

/// What the buttons of a published campaign change.
#[derive(Clone, Copy)]
enum Change {
    Status(CampaignStatus),
    Budget(f64),
}

impl Change {
    fn label(self) -> &'static str {
        match self {
            Change::Status(CampaignStatus::Paused) => "Paused",
            Change::Status(_) => "Resumed",
            Change::Budget(_) => "Saved the budget of",
        }
    }
}
