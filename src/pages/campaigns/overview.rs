//! `/campaigns`: the partner's published campaigns grouped by event, the drafts opened in this
//! browser, and an event search to start (or continue) a setup.
//!
//! ⚑ The API cannot list drafts, so "drafts in progress" are the events whose setup this
//! browser opened (ids in localStorage), each checked with `GET /setup_processes/{eid}`.

use crate::api::{call_resource, calls, use_client, Api};
use crate::components::{async_view, CampaignBadge};
use crate::pages::number;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_use::signal_debounced;
use std::collections::BTreeMap;
use wave_api::models::{Campaign, DraftStatus, Event, Id};

const KNOWN_DRAFTS_KEY: &str = "waveDraftEvents";
const KNOWN_DRAFTS_VERSION: u32 = 1;

pub fn setup_href(eid: &Id) -> String {
    format!("/campaigns/{}/setup", wave_api::http::encode_component(eid.as_str()))
}

pub fn event_href(eid: &Id) -> String {
    format!("/events/{}", wave_api::http::encode_component(eid.as_str()))
}

fn known_drafts() -> Vec<Id> {
    match crate::reactive::persisted::load::<Vec<String>>(KNOWN_DRAFTS_KEY, KNOWN_DRAFTS_VERSION) {
        crate::reactive::persisted::Restored::Value(ids) => ids.into_iter().map(Id).collect(),
        _ => Vec::new(),
    }
}

/// Remembers (or forgets) that this browser has a draft for `eid`.
pub fn remember_draft(eid: &Id, present: bool) {
    let mut ids: Vec<String> = known_drafts().into_iter().map(|i| i.0).filter(|i| *i != eid.0).collect();
    if present {
        ids.insert(0, eid.0.clone());
    }
    crate::reactive::persisted::save(KNOWN_DRAFTS_KEY, KNOWN_DRAFTS_VERSION, &ids);
}

#[component]
pub fn CampaignsOverview() -> impl IntoView {
    crate::app::set_title("Campaigns");
    let client = use_client();
    let partner = expect_context::<Api>().session.get_untracked().partner();
    let campaigns = call_resource(move || calls::partner_campaigns(&partner, None));
    let drafts = LocalResource::new({
        let client = client.clone();
        move || {
            let client = client.clone();
            async move {
                let mut found = Vec::new();
                for eid in known_drafts() {
                    match client.send(calls::get_setup(&eid)).await {
                        Ok(draft) => found.push(draft),
                        Err(e) if e.status() == Some(404) => remember_draft(&eid, false),
                        Err(e) => return Err(e),
                    }
                }
                Ok(found)
            }
        }
    });

    view! {
        <section class="page">
            <h1>"Campaigns"</h1>
            <h2>"Start or continue a setup"</h2>
            <EventPicker/>
            <h2>"Drafts in progress"</h2>
            {async_view(drafts, |list| {
                if list.is_empty() {
                    return view! { <p class="empty">"No drafts opened in this browser yet. Pick an event above to start one."</p> }.into_any();
                }
                view! {
                    <ul class="list">
                        {list.into_iter().map(|d| {
                            let closed = d.status == DraftStatus::Closed;
                            view! {
                                <li>
                                    <A href=setup_href(&d.eid)>{format!("Event #{}", d.eid)}</A>
                                    {format!(" — {} cluster(s), budget {} {}", d.clusters.len(), d.total_budget.map(number).unwrap_or_else(|| "not set".into()), d.currency)}
                                    {closed.then(|| view! { <span class="badge badge-muted">"Closed"</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
            <h2>"Published campaigns"</h2>
            {async_view(campaigns, |list| {
                if list.is_empty() {
                    return view! { <p class="empty">"No published campaigns yet. Publish a draft to create them."</p> }.into_any();
                }
                let mut by_event: BTreeMap<Id, Vec<Campaign>> = BTreeMap::new();
                for c in list {
                    by_event.entry(c.eid.clone()).or_default().push(c);
                }
                by_event.into_iter().map(|(eid, list)| view! {
                    <article class="card">
                        <h3><A href=event_href(&eid)>{format!("Event #{eid}")}</A></h3>
                        <table class="data">
                            <thead><tr><th scope="col">"Cluster"</th><th scope="col">"Run"</th><th scope="col">"Status"</th><th scope="col">"Budget"</th></tr></thead>
                            <tbody>{list.into_iter().map(|c| view! {
                                <tr><td>{c.tc.clone()}</td><td>{c.tc_run_id.clone()}</td><td><CampaignBadge status=c.status/></td>
                                    <td>{c.budget.map(number).unwrap_or_else(|| "—".into())}</td></tr>
                            }).collect_view()}</tbody>
                        </table>
                    </article>
                }).collect_view().into_any()
            })}
        </section>
    }
}

/// Search events and open the setup of one.
#[component]
fn EventPicker() -> impl IntoView {
    let search = RwSignal::new(String::new());
    let debounced: Signal<String> = signal_debounced(search, 300.0);
    let events = call_resource(move || calls::search_events(&debounced.get(), wave_api::assumptions::EVENTS_FIRST_PAGE, None));
    view! {
        <div class="field">
            <label for="campaign-event-search">"Search events"</label>
            <input id="campaign-event-search" type="search" prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev))/>
        </div>
        {async_view(events, |list: Vec<Event>| {
            if list.is_empty() {
                return view! { <p class="hint" role="status">"No events match."</p> }.into_any();
            }
            view! {
                <ul class="list" aria-label="Events">
                    {list.into_iter().map(|e| view! {
                        <li>
                            <span class="option-title">{e.title.clone()}</span>" "
                            <span class="option-detail">{[e.date.clone(), e.city.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ")}</span>" "
                            <A href=setup_href(&e.id) attr:aria-label=format!("Set up campaigns for {}", e.title)>"Set up campaigns"</A>" · "
                            <A href=event_href(&e.id) attr:aria-label=format!("Published campaigns of {}", e.title)>"Published"</A>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        })}
    }
}
