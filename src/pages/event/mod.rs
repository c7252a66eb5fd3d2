//! `/events/:eid`: the event's published campaigns — pause/resume, budget, edit one cluster,
//! a one-off campaign — and the attribution rows as a table and a chart; both download as CSV.
//!
//! - `mod.rs` (this file): the page, the published campaigns (keyed cards) and attribution.
//! - `campaign_card.rs`: one published campaign: pause/resume, budget, edit creative.
//! - `one_off.rs`: a one-off campaign for one cluster.

mod campaign_card;
mod one_off;
mod reread;

use crate::api::{calls, Api};
use crate::components::{load_view, Bar, BarChart, CsvButton, ErrorPanel, Loading};
use crate::i18n::format::{number, percent, short_date};
use crate::i18n::{lang, t, Lang, Tx};
use crate::reactive::load::{use_call, UseLoadReturn};
use crate::routes::{self, Route};
use crate::services::event_names::{event_label, use_event_name, EventName};
use crate::tr;
use campaign_card::CampaignCard;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use one_off::OneOffForm;
use wave_api::contract::models::{Campaign, CampaignResult, Id};
use wave_api::rules::csv_tables::{attribution_csv, campaigns_csv};
use wave_api::rules::{row_ids, table_file_name, RowId, RowKey};

/// Under an event's heading, once its title is known: date, place and its number (the
/// heading itself says "Event #…" while it is not).
#[component]
pub fn EventDetails(eid: Id, name: Signal<Option<EventName>>) -> impl IntoView {
    move || {
        name.get().map(|n| {
            let details = n.details();
            let text = if details.is_empty() {
                t().pg_event_number(eid.as_str())
            } else {
                t().pg_ev_details(&details, eid.as_str())
            };
            view! { <p class="lead event-details">{text}</p> }
        })
    }
}

/// A change as a signed share: `+12.5%` / `+12,5 %`.
pub fn signed_percent(lang: Lang, share: f64) -> String {
    let sign = if share > 0.0 {
        "+"
    } else if share < 0.0 {
        "-"
    } else {
        ""
    };
    format!("{sign}{}", percent(lang, share.abs()))
}

/// The event's campaigns, each with its list key (by content, so a changed campaign's card is
/// rebuilt and the others stay) and its identity `(eid, tc, tc_run_id)`: missing when the
/// server left out the cluster or the run, repeated when two campaigns claim one identity.
/// A campaign without an `eid` is the route's event's (that is what was asked for).
fn keyed_campaigns(list: Vec<Campaign>, eid: &Id) -> Vec<(RowKey, RowId, Campaign)> {
    let list: Vec<Campaign> =
        list.into_iter().map(|c| if c.eid.is_missing() { Campaign { eid: eid.clone(), ..c } } else { c }).collect();
    let contents = row_ids(list.iter().map(|c| serde_json::to_string(c).unwrap_or_default()));
    let identities = row_ids(list.iter().map(Campaign::identity));
    list.into_iter().zip(contents).zip(identities).map(|((c, content), identity)| (content.key, identity, c)).collect()
}

#[component]
pub fn EventPage() -> impl IntoView {
    // Demo mode: the campaign half of the demo world answers (its code travels with this page).
    crate::api::serve_demo_campaigns();
    let params = use_params_map();
    let eid = Id(params.with_untracked(|p| p.get(routes::EID).unwrap_or_default()));
    let name = use_event_name(eid.clone());
    Effect::new({
        let eid = eid.clone();
        move |_| crate::browser::document::set_title(&event_label(&eid, name.get().as_ref()))
    });
    let partner = expect_context::<Api>().session.get_untracked().partner();
    let campaigns = use_call({
        let eid = eid.clone();
        move || calls::event_campaigns(&eid)
    });
    let results = use_call({
        let eid = eid.clone();
        move || calls::campaign_results(&eid, &partner)
    });
    let changed = Callback::new(move |_| campaigns.reload());
    let published = Memo::new({
        let eid = eid.clone();
        move |_| match campaigns.state() {
            Some(Ok(list)) => keyed_campaigns(list, &eid),
            _ => Vec::new(),
        }
    });
    let waited = crate::reactive::timer::held_back_long_enough();
    let (attribution_file, campaigns_file) =
        (table_file_name("attribution", eid.as_str()), table_file_name("campaigns", eid.as_str()));
    view! {
        <section class="page">
            <p><A href=Route::Campaigns.href()>{tr!(pg_ev_back)}</A></p>
            <div class="page-header">
                <h1>{
                    let eid = eid.clone();
                    move || event_label(&eid, name.get().as_ref())
                }</h1>
                <A href=Route::Setup(eid.clone(), None).href() attr:class="button">{tr!(pg_ev_set_up)}</A>
            </div>
            <EventDetails eid=eid.clone() name=name/>
            <h2>{tr!(pg_ev_published)}</h2>
            {move || match campaigns.state() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(e)) => view! { <ErrorPanel message=move || e.user_message(lang()) on_retry=changed/> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p class="empty">{tr!(pg_ev_none_published)}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <p class="table-actions"><CsvButton what=tr!(pg_ev_csv_campaigns) file_name=campaigns_file.clone()
                        csv=move || campaigns_csv(&list, |_| name.get_untracked().map(|n| n.title))/></p>
                }.into_any(),
            }}
            // Keyed by content: after a change only the changed card is rebuilt, so a budget
            // typed into another card stays. Two campaigns alike in every field still get a
            // key each (the content and which copy of it).
            <div class="clusters">
                <For each=move || published.get() key=|(key, ..)| key.clone()
                    children=move |(_, identity, c)| view! { <CampaignCard campaign=c identity=identity changed=changed/> }/>
            </div>
            // What follows the cards appears with them, once they have loaded (or failed):
            // arriving cards then add to the page instead of pushing the one-off form and the
            // attribution down (Lighthouse measured a layout shift of 0.15). Loaded stays
            // loaded; a slow answer holds them back for two seconds at most.
            <Show when=move || waited.get() || campaigns.value.with(Option::is_some) || campaigns.error.with(Option::is_some)>
                <OneOffForm eid=eid.clone() changed=changed/>
                <h2>{tr!(pg_ev_attribution)}</h2>
                {attribution(results, attribution_file.clone())}
            </Show>
        </section>
    }
}

/// The event's attribution: its table and chart, with their CSV.
fn attribution(results: UseLoadReturn<Vec<CampaignResult>>, attribution_file: String) -> impl IntoView {
    load_view(results, move |rows| {
        if rows.is_empty() {
            return view! { <p class="empty">{tr!(pg_ev_no_attribution)}</p> }.into_any();
        }
        // Read in the load's view: a language switch draws the table and chart again.
        let lang = lang();
        let tx = Tx(lang);
        let percent = move |f: f64| signed_percent(lang, f);
        let bars = rows
            .iter()
            .map(|r| Bar {
                label: format!("{} {}", r.tc, short_date(lang, &r.date)),
                value: r.sales_adjustment,
                display: percent(r.sales_adjustment),
            })
            .collect();
        view! {
            <p class="table-actions"><CsvButton what=tr!(pg_ev_csv_attribution) file_name=attribution_file.clone()
                csv={let rows = rows.clone(); move || attribution_csv(&rows)}/></p>
            <table class="data">
                <caption>{tx.pg_ev_attribution_caption()}</caption>
                <thead><tr><th scope="col">{tx.pg_ev_col_cluster()}</th><th scope="col">{tx.pg_ev_col_run()}</th><th scope="col">{tx.pg_ev_col_date()}</th><th scope="col">{tx.pg_ev_col_sales()}</th><th scope="col">{tx.pg_ev_col_adjusted()}</th><th scope="col">{tx.pg_ev_col_adjustment()}</th></tr></thead>
                <tbody>{rows.into_iter().map(|r| view! {
                    <tr><th scope="row">{r.tc.clone()}</th><td data-label=tx.pg_ev_col_run()>{r.tc_run_id.clone()}</td><td data-label=tx.pg_ev_col_date()>{short_date(lang, &r.date)}</td>
                        <td data-label=tx.pg_ev_col_sales()>{number(lang, r.sales)}</td><td data-label=tx.pg_ev_col_adjusted()>{number(lang, r.adjusted_sales)}</td><td data-label=tx.pg_ev_col_adjustment()>{percent(r.sales_adjustment)}</td></tr>
                }).collect_view()}</tbody>
            </table>
            <BarChart title=tx.pg_ev_chart_title() bars=bars/>
        }.into_any()
    })
}
