//! One published campaign: status, creative, pause/resume, budget and the edit dialog.

use super::reread::{rebase, unless_changed, ChangedCampaign, ChangedElsewhere, Guarded};
use crate::api::{calls, use_client};
use crate::components::{use_notices, AdPreview, CampaignBadge, ChipInput, Dialog, ErrorPanel, NumberField, TextField};
use crate::i18n::format::number;
use crate::i18n::{lang, lang_now, t, t_now, Tx};
use crate::reactive::mutation::use_mutation;
use crate::services::event_names::{event_label, use_event_name};
use crate::tr;
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use wave_api::contract::models::{Campaign, CampaignStatus, Creative, PublishedClusterEdit};
use wave_api::rules::{IdState, NumberRule, RowId};

/// `identity`: the campaign's `(eid, tc, tc_run_id)` among the event's campaigns. Without a
/// cluster or run from the server nothing can be changed (every change goes by them); one
/// another campaign shares is flagged.
#[component]
pub fn CampaignCard(campaign: Campaign, identity: RowId, changed: Callback<()>) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let budget = RwSignal::new(campaign.budget);
    let editing = RwSignal::new(false);
    let c = StoredValue::new(campaign.clone());
    let nth = identity.key.occurrence();
    // Someone else changed the campaign since this card showed it: theirs, and the change
    // waiting for the user's choice.
    let elsewhere = RwSignal::new(None::<(ChangedCampaign, Change)>);
    let update = use_mutation(
        move |(change, force): &(Change, bool)| {
            let (client, change, force) = (client.clone(), *change, *force);
            let (shown, call) = c.with_value(|campaign| {
                let call = match change {
                    Change::Status(status) => calls::set_campaign_status(campaign, status),
                    Change::Budget(budget) => calls::set_campaign_budget(campaign, budget),
                };
                (campaign.clone(), call)
            });
            async move {
                let sent = unless_changed(&client, &shown, nth, force, |_| client.send(call)).await?;
                Ok((sent, change))
            }
        },
        move |result| match result {
            Ok((Guarded::Sent(()), change)) => {
                elsewhere.set(None);
                notices.info(change.notice(t_now(), &c.with_value(|c| c.tc.clone())));
                changed.run(());
            }
            Ok((Guarded::ChangedElsewhere(changed), change)) => elsewhere.set(Some((changed, change))),
            Err(e) => notices.error(t_now().pg_cc_save_failed(&e.user_message(lang_now()))),
        },
    );
    let busy = update.pending();
    let toggle = move |_| {
        let next = if c.with_value(|c| c.status) == CampaignStatus::Active {
            CampaignStatus::Paused
        } else {
            CampaignStatus::Active
        };
        update.dispatch_local((Change::Status(next), false));
    };
    let save_budget = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match budget.get_untracked() {
            Some(b) if b > 0.0 => {
                update.dispatch_local((Change::Budget(b), false));
            }
            _ => notices.error(t_now().pg_cc_enter_budget()),
        }
    };
    let paused = campaign.status == CampaignStatus::Paused;
    let can_toggle = matches!(campaign.status, CampaignStatus::Active | CampaignStatus::Paused);
    let budget_id = identity.key.dom_id("budget");
    let edit_slug = identity.key.dom_id("campaign");
    let no_id = identity.is_missing();
    let note_id = identity.key.dom_id("campaign-id-note");
    let note = match identity.state {
        IdState::Unique => None,
        IdState::Missing => Some(TextProp::from(tr!(pg_cc_no_id))),
        IdState::Repeated { count } => Some(TextProp::from(move || t().pg_cc_repeated(&number(lang(), count as f64)))),
    };
    let described_by = note.is_some().then(|| note_id.clone());
    // The flag of the id, in the language on screen.
    let flag = match identity.state {
        IdState::Unique => None,
        IdState::Missing => Some(Tx::flag_no_id as fn(Tx) -> &'static str),
        IdState::Repeated { .. } => Some(Tx::flag_repeated_id as fn(Tx) -> &'static str),
    };
    let event = use_event_name(campaign.eid.clone());
    let eid = campaign.eid.clone();
    let sponsor = Signal::derive(move || event_label(&eid, event.get().as_ref()));
    let creative = campaign.creative.clone();
    view! {
        <article class="card">
            <h3>{campaign.tc.clone()}</h3>
            <p><CampaignBadge status=campaign.status/>" "<span class="hint">{
                let run = campaign.tc_run_id.clone();
                move || t().pg_cc_run(&run)
            }</span></p>
            {note.map(|why| view! {
                <p class="hint id-note" id=note_id>
                    <span class="badge badge-busy">{move || flag.map(|flag| flag(t()))}</span>" "{move || why.get().to_string()}
                </p>
            })}
            <AdPreview headline=creative.headline body=creative.body media_url=creative.media_url cta=creative.cta
                audience=campaign.tc.clone() sponsor=sponsor/>
            <form class="toolbar" on:submit=save_budget aria-label={
                let tc = campaign.tc.clone();
                move || t().pg_cc_budget_of(&tc)
            }>
                <NumberField id=budget_id label=tr!(pg_cc_budget) value=budget on_change=Callback::new(move |v| budget.set(v))
                    rule=NumberRule::BUDGET/>
                <button type="submit" disabled=move || no_id || busy.get() aria-describedby=described_by.clone()>{tr!(pg_cc_save_budget)}</button>
            </form>
            {move || elsewhere.get().map(|(theirs, change)| view! {
                <ChangedElsewhere changed=theirs
                    save_mine=Callback::new(move |_| { update.dispatch_local((change, true)); })
                    show_theirs=changed/>
            })}
            <div class="actions">
                {can_toggle.then(|| view! {
                    <button type="button" on:click=toggle disabled=move || no_id || busy.get() aria-describedby=described_by.clone()>{move || if paused { t().pg_cc_resume() } else { t().pg_cc_pause() }}</button>
                })}
                <button type="button" on:click=move |_| editing.set(true) disabled=no_id aria-describedby=described_by.clone()>{tr!(pg_cc_edit_creative)}</button>
            </div>
            <EditDialog open=editing campaign=campaign nth=nth slug=edit_slug changed=changed sponsor=sponsor/>
        </article>
    }
}

/// Edits one published cluster: `POST /campaigns_setup` with `eid` in the body.
#[component]
fn EditDialog(
    open: RwSignal<bool>,
    campaign: Campaign,
    /// Which copy of its cluster and run this campaign is in the event's list.
    nth: usize,
    /// Unique among the page's cards: its fields' ids start with it.
    slug: String,
    changed: Callback<()>,
    sponsor: Signal<String>,
) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    // Said in the language on screen, also after a switch.
    let error = RwSignal::new(None::<TextProp>);
    let shown = StoredValue::new(campaign.clone());
    // Someone else changed the campaign since the page showed it: what differs, and the edit.
    let elsewhere = RwSignal::new(None::<(ChangedCampaign, PublishedClusterEdit)>);
    let save = use_mutation(
        move |(edit, force): &(PublishedClusterEdit, bool)| {
            let (client, edit, force, shown) = (client.clone(), edit.clone(), *force, shown.get_value());
            async move {
                // Over the campaign as it is now: fields someone else changed that this page
                // does not show (unknown ones) are not written back to their old values.
                let sent = unless_changed(&client, &shown, nth, force, |now| {
                    let edit = now.map_or_else(|| edit.clone(), |now| rebase(&edit, &shown, &now));
                    let send = client.send(calls::edit_published_cluster(&edit));
                    async move { send.await.map(|()| edit) }
                })
                .await?;
                Ok(match sent {
                    Guarded::Sent(edit) => (Guarded::Sent(()), edit),
                    Guarded::ChangedElsewhere(theirs) => (Guarded::ChangedElsewhere(theirs), edit),
                })
            }
        },
        move |result| match result {
            Ok((Guarded::Sent(()), edit)) => {
                elsewhere.set(None);
                notices.info(t_now().pg_cc_updated(&edit.tc));
                open.set(false);
                changed.run(());
            }
            Ok((Guarded::ChangedElsewhere(changed), edit)) => elsewhere.set(Some((changed, edit))),
            Err(e) => error.set(Some(TextProp::from(move || e.user_message(lang())))),
        },
    );
    let busy = save.pending();
    let headline = RwSignal::new(campaign.creative.headline.clone());
    let body = RwSignal::new(campaign.creative.body.clone());
    let media = RwSignal::new(campaign.creative.media_url.clone());
    // Locations are a list (one may hold a comma: "Munich, Bavaria"); untouched, it goes back
    // exactly as it came.
    let geo = RwSignal::new(campaign.targeting.geo.clone());
    let (preview_cta, preview_for) = (campaign.creative.cta.clone(), campaign.tc.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if headline.get_untracked().trim().is_empty() {
            error.set(Some(TextProp::from(tr!(pg_cc_write_headline))));
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
            targeting: wave_api::contract::models::Targeting { geo: geo.get_untracked(), ..campaign.targeting.clone() },
        };
        error.set(None);
        save.dispatch_local((edit, false));
    };
    view! {
        <Dialog title=tr!(pg_cc_edit_title) open=open>
            <form on:submit=submit.clone() novalidate>
                <TextField id=format!("{slug}-edit-headline") label=tr!(pg_cc_headline) value=headline/>
                <TextField id=format!("{slug}-edit-body") label=tr!(pg_cc_body) value=body/>
                <TextField id=format!("{slug}-edit-media") label=tr!(pg_cc_media_url) value=media/>
                <ChipInput id=format!("{slug}-edit-geo") label=tr!(pg_cc_locations) values=geo.into()
                    on_change=Callback::new(move |list| geo.set(list)) placeholder=tr!(pg_cc_locations_placeholder) keep_commas=true/>
                <AdPreview headline=headline body=body media_url=media cta=preview_cta.clone()
                    audience=preview_for.clone() sponsor=sponsor/>
                {move || error.get().map(|e| view! { <ErrorPanel message=e/> })}
                {move || elsewhere.get().map(|(theirs, edit)| {
                    // Mine over theirs: only what the user changed in this dialog goes over.
                    let edit = match &theirs.now {
                        Some(now) => shown.with_value(|shown| rebase(&edit, shown, now)),
                        None => edit,
                    };
                    view! {
                    <ChangedElsewhere changed=theirs
                        save_mine=Callback::new(move |_| { save.dispatch_local((edit.clone(), true)); })
                        show_theirs=Callback::new(move |_| { open.set(false); changed.run(()); })/>
                    }
                })}
                <div class="actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{tr!(pg_cc_save_changes)}</button>
                    <button type="button" on:click=move |_| open.set(false)>{tr!(close)}</button>
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
    /// The notice once the change is saved, for cluster `tc`.
    fn notice(self, tx: Tx, tc: &str) -> String {
        match self {
            Change::Status(CampaignStatus::Paused) => tx.pg_cc_paused(tc),
            Change::Status(_) => tx.pg_cc_resumed(tc),
            Change::Budget(_) => tx.pg_cc_budget_saved(tc),
        }
    }
}
