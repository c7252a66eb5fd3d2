//! `/campaigns`: the partner's published campaigns grouped by event, the drafts opened in this
//! browser, and an event search to start (or continue) a setup.
//!
//! ⚑ The API cannot list drafts, so "drafts in progress" are the events whose setup this
//! browser opened (ids in localStorage), each checked with `GET /setup_processes/{eid}`.

use crate::api::{calls, use_client, Api};
use crate::components::{load_view, CampaignBadge, CsvButton, TextField};
use crate::i18n::format::{date, money, number};
use crate::i18n::{lang, t};
use crate::reactive::load::{use_call, use_load};
use crate::routes::Route;
use crate::services::event_names::{event_label, use_event_name, use_event_names, EventName as KnownEvent};
use crate::services::local_drafts::{load_remembered, DraftKeys, DraftRow};
use crate::tr;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_use::signal_debounced;
use std::collections::BTreeMap;
use wave_api::contract::models::{Campaign, DraftStatus, Event, Id, SetupProcess};
use wave_api::rules::csv_tables::campaigns_csv;
use wave_api::rules::{row_ids, MISSING_ID_FLAG};

#[component]
pub fn CampaignsOverview() -> impl IntoView {
    // Demo mode: the campaign half of the demo world answers (its code travels with this page).
    crate::api::serve_demo_campaigns();
    Effect::new(move |_| crate::browser::document::set_title(t().cmp_title()));
    let client = use_client();
    let partner = expect_context::<Api>().session.get_untracked().partner();
    let campaigns = use_call(move || calls::partner_campaigns(&partner, None));
    let keys = DraftKeys::current();
    let drafts = use_load(move |_| load_remembered(client.clone(), keys.clone()));
    let names = use_event_names();

    view! {
        <section class="page">
            <h1>{tr!(cmp_title)}</h1>
            <h2>{tr!(cmp_start_or_continue)}</h2>
            <EventPicker/>
            <h2>{tr!(cmp_drafts_heading)}</h2>
            {load_view(drafts, |list| {
                if list.is_empty() {
                    return view! { <p class="empty">{tr!(cmp_no_drafts)}</p> }.into_any();
                }
                // Read inside the load's view: a language switch words it again.
                draft_list(list, |d| {
                    let lang = lang();
                    let budget = d
                        .total_budget
                        .map_or_else(|| t().cmp_budget_not_set().to_string(), |b| money(lang, b, &d.currency));
                    t().cmp_draft_detail(d.clusters.len(), &budget)
                })
            })}
            <h2>{tr!(cmp_published_heading)}</h2>
            {load_view(campaigns, move |list| {
                if list.is_empty() {
                    return view! { <p class="empty">{tr!(cmp_no_published)}</p> }.into_any();
                }
                let mut by_event: BTreeMap<Id, Vec<Campaign>> = BTreeMap::new();
                for c in list {
                    by_event.entry(c.eid.clone()).or_default().push(c);
                }
                let all = by_event.values().flatten().cloned().collect::<Vec<_>>();
                let title = move |eid: &Id| names.and_then(|n| untrack(|| n.get(eid))).map(|n| n.title);
                let download = view! {
                    <p class="table-actions"><CsvButton what=tr!(cmp_csv_what_campaigns) file_name="campaigns.csv"
                        csv=move || campaigns_csv(&all, title)/></p>
                };
                (download, by_event.into_iter().map(|(eid, list)| {
                    // Campaigns the server sent without an event id have no event page to open.
                    let heading = if eid.is_missing() {
                        view! { {tr!(cmp_without_event_id)} <span class="badge badge-busy">{move || t().id_flag(MISSING_ID_FLAG)}</span>
                            <span class="hint">{tr!(cmp_without_event_id_hint)}</span> }.into_any()
                    } else {
                        view! { <A href=Route::Event(eid.clone()).href()><EventName eid=eid.clone()/></A> }.into_any()
                    };
                    // The same cluster and run twice: both rows shown, each flagged.
                    let identities = row_ids(list.iter().map(Campaign::identity));
                    view! {
                        <article class="card">
                            <h3>{heading}</h3>
                            <table class="data">
                                <thead><tr><th scope="col">{tr!(cmp_col_cluster)}</th><th scope="col">{tr!(cmp_col_run)}</th><th scope="col">{tr!(cmp_col_status)}</th><th scope="col">{tr!(cmp_col_budget)}</th></tr></thead>
                                <tbody>{list.into_iter().zip(identities).map(|(c, identity)| view! {
                                    <tr><td data-label=tr!(cmp_col_cluster)>{c.tc.clone()}{identity.flag().map(|flag| view! { " " <span class="badge badge-busy">{move || t().id_flag(flag)}</span> })}</td>
                                        <td data-label=tr!(cmp_col_run)>{c.tc_run_id.clone()}</td><td data-label=tr!(cmp_col_status)><CampaignBadge status=c.status/></td>
                                        <td data-label=tr!(cmp_col_budget)>{move || c.budget.map_or_else(|| "—".into(), |b| number(lang(), b))}</td></tr>
                                }).collect_view()}</tbody>
                            </table>
                        </article>
                    }
                }).collect_view()).into_any()
            })}
        </section>
    }
}

/// The drafts this browser opened, each named by its event and linking to its setup; `detail`
/// says what follows a found draft's name. A closed draft says so; one that failed says why.
pub fn draft_list(rows: Vec<DraftRow>, detail: impl Fn(&SetupProcess) -> String) -> AnyView {
    view! {
        <ul class="list">
            {rows.into_iter().map(|row| match row {
                DraftRow::Found(d) => {
                    let closed = d.status == DraftStatus::Closed;
                    let text = detail(&d);
                    view! {
                        <li>
                            <A href=Route::Setup(d.eid.clone(), None).href()><EventName eid=d.eid.clone()/></A>
                            <span class="hint">{text}</span>
                            {closed.then(|| view! { " " <span class="badge badge-muted">{tr!(cmp_closed)}</span> })}
                        </li>
                    }.into_any()
                }
                DraftRow::Failed(eid, why) => view! {
                    <li>
                        <A href=Route::Setup(eid.clone(), None).href()><EventName eid=eid.clone()/></A>
                        <span class="field-error">{move || t().cmp_draft_failed(&why)}</span>
                    </li>
                }.into_any(),
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// An event's title (looked up once when unknown), with its date, else its number.
#[component]
pub fn EventName(eid: Id) -> impl IntoView {
    let name = use_event_name(eid.clone());
    move || {
        let name = name.get();
        let details = name.as_ref().map(KnownEvent::details).filter(|d| !d.is_empty());
        view! {
            {event_label(&eid, name.as_ref())}
            {details.map(|d| view! { " " <span class="option-detail">{d}</span> })}
        }
    }
}

/// Search events and open the setup of one.
#[component]
fn EventPicker() -> impl IntoView {
    let search = RwSignal::new(String::new());
    let debounced: Signal<String> = signal_debounced(search, 300.0);
    let events = use_call(move || {
        calls::search_events(&debounced.get(), wave_api::contract::assumptions::EVENTS_FIRST_PAGE, None)
    });
    let names = use_event_names();
    view! {
        <TextField id="campaign-event-search" label=tr!(cmp_search_events) kind="search" value=search/>
        // A box of its own height: the results arriving (or a shorter list after a search)
        // never move the drafts below (Lighthouse measured a layout shift of 0.18 here).
        // Focusable and named: its content scrolls with the keyboard even when no row has a link.
        <div class="picker-results" role="region" aria-label=tr!(cmp_events_list) tabindex="0">{load_view(events, move |list: Vec<Event>| {
            if let Some(names) = names {
                names.remember_events(&list);
            }
            if list.is_empty() {
                return view! { <p class="hint" role="status">{tr!(cmp_no_events_match)}</p> }.into_any();
            }
            let ids = row_ids(list.iter().map(|e| e.id.as_str()));
            view! {
                <ul class="list" aria-label=tr!(cmp_events_list)>
                    {list.into_iter().zip(ids).map(|(e, id)| {
                        // An event without an id has no setup or page to open.
                        let links = if id.is_missing() {
                            view! { <span class="badge badge-busy">{move || t().id_flag(MISSING_ID_FLAG)}</span>
                                <span class="hint">{tr!(cmp_event_no_id)}</span> }.into_any()
                        } else {
                            let (setup_title, page_title) = (e.title.clone(), e.title.clone());
                            view! {
                                <A href=Route::Setup(e.id.clone(), None).href() attr:aria-label=move || t().cmp_set_up_for(&setup_title)>{tr!(cmp_set_up_campaigns)}</A>" · "
                                <A href=Route::Event(e.id.clone()).href() attr:aria-label=move || t().cmp_event_page_of(&page_title)>{tr!(cmp_event_page)}</A>
                            }.into_any()
                        };
                        let (day, city) = (e.date.clone(), e.city.clone());
                        view! {
                            <li>
                                <span class="option-title">{e.title.clone()}</span>" "
                                <span class="option-detail">{move || [day.as_deref().map(|d| date(lang(), d)), city.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ")}</span>" "
                                {links}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        })}</div>
    }
}
