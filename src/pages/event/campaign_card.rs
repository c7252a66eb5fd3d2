//! One published campaign: status, creative, pause/resume, budget and the edit dialog.

use crate::api::event_names::{event_label, use_event_name};
use crate::api::{calls, use_client};
use crate::components::{use_notices, AdPreview, CampaignBadge, Dialog, ErrorPanel, NumberField, TextField};
use crate::reactive::mutation::use_mutation;
use leptos::prelude::*;
use wave_api::models::{Campaign, CampaignStatus, Creative, PublishedClusterEdit};
use wave_api::rules::NumberRule;

#[component]
pub fn CampaignCard(campaign: Campaign, changed: Callback<()>) -> impl IntoView {
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
    let event = use_event_name(campaign.eid.clone());
    let eid = campaign.eid.clone();
    let sponsor = Signal::derive(move || event_label(&eid, event.get().as_ref()));
    let creative = campaign.creative.clone();
    view! {
        <article class="card">
            <h3>{campaign.tc.clone()}</h3>
            <p><CampaignBadge status=campaign.status/>" "<span class="hint">{format!("run {}", campaign.tc_run_id)}</span></p>
            <AdPreview headline=creative.headline body=creative.body media_url=creative.media_url cta=creative.cta
                audience=campaign.tc.clone() sponsor=sponsor/>
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
            <EditDialog open=editing campaign=campaign changed=changed sponsor=sponsor/>
        </article>
    }
}

/// Edits one published cluster: `POST /campaigns_setup` with `eid` in the body.
#[component]
fn EditDialog(
    open: RwSignal<bool>,
    campaign: Campaign,
    changed: Callback<()>,
    sponsor: Signal<String>,
) -> impl IntoView {
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
    let (preview_cta, preview_for) = (campaign.creative.cta.clone(), campaign.tc.clone());
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
                <AdPreview headline=headline body=body media_url=media cta=preview_cta.clone()
                    audience=preview_for.clone() sponsor=sponsor/>
                {move || error.get().map(|e| view! { <ErrorPanel message=e/> })}
                <div class="actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>"Save changes"</button>
                    <button type="button" on:click=move |_| open.set(false)>"Close"</button>
                </div>
            </form>
        </Dialog>
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
