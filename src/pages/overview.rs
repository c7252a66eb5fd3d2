//! `/`: the morning overview. Five sections, each loading on its own, each with its empty and
//! error state and a link to its page: packages building now (updated live from the shell's
//! build watcher), recently finished or failed packages, drafts in progress with when this
//! browser last saved them, active and paused campaigns, and the latest attribution figures.

use crate::api::{call_resource, calls, use_client, Api, ApiError};
use crate::components::{async_view, CampaignBadge, StatusBadge};
use crate::pages::campaigns::local_drafts::{load_remembered, DraftKeys};
use crate::pages::campaigns::overview::{draft_list, event_href, EventName};
use crate::pages::number;
use crate::pages::package_builder::results_href;
use crate::reactive::build_watch::use_build_watch;
use leptos::prelude::*;
use leptos_router::components::A;
use std::collections::BTreeSet;
use wave_api::models::{CampaignResult, CampaignStatus, Id, PackageStatus, PackageSummary};

/// How many finished packages, campaigns and attribution rows a section shows.
const SHOWN: usize = 5;
/// ⚑ Attribution is asked per event: for this many events with campaigns, at most.
const ATTRIBUTION_EVENTS: usize = 3;

#[component]
pub fn Overview() -> impl IntoView {
    crate::browser::document::set_title("Overview");
    let packages = call_resource(calls::list_packages);
    let watch = use_build_watch();
    // Building rows move on with the watcher's answers, without reloading the page; only
    // building rows (an older answer can never turn a finished package back).
    let list = Memo::new(move |_| {
        let mut answer = packages.get()?;
        if let (Ok(list), Some(latest)) = (answer.as_mut(), watch.and_then(|w| w.latest.get())) {
            for p in list.iter_mut().filter(|p| p.status.is_building()) {
                if let Some(newer) = latest.iter().find(|l| l.id == p.id) {
                    p.status = newer.status;
                }
            }
        }
        Some(answer)
    });
    Effect::new(move |_| {
        if let (Some(Ok(list)), Some(watch)) = (list.get(), watch) {
            watch.watch_building(&list);
        }
    });
    let retry = Callback::new(move |_| packages.refetch());
    view! {
        <section class="page">
            <h1>"Overview"</h1>
            <p class="lead">"What is building, what finished, what is running: at a glance."</p>
            <div class="cards overview">
                <article class="card" aria-labelledby="ov-building">
                    <h2 id="ov-building">"Building now"</h2>
                    {packages_section(list, retry, |p| p.status.is_building(),
                        "Nothing is building. Create a package to start one.")}
                    <p><A href="/package-builder/create">"Create a package"</A></p>
                </article>
                <article class="card" aria-labelledby="ov-finished">
                    <h2 id="ov-finished">"Recently finished"</h2>
                    {packages_section(list, retry, |p| matches!(p.status, PackageStatus::Done | PackageStatus::Failed),
                        "No finished packages yet.")}
                    <p><A href="/package-builder">"All packages"</A></p>
                </article>
                <Drafts/>
                <Campaigns/>
            </div>
        </section>
    }
}

/// A list of packages from `list` that pass `keep`, newest first.
fn packages_section(
    list: Memo<Option<Result<Vec<PackageSummary>, ApiError>>>,
    retry: Callback<()>,
    keep: fn(&PackageSummary) -> bool,
    empty: &'static str,
) -> impl IntoView {
    move || match list.get() {
        None => view! { <crate::components::Loading/> }.into_any(),
        Some(Err(e)) => view! { <crate::components::ErrorPanel message=e.user_message() on_retry=retry/> }.into_any(),
        Some(Ok(all)) => {
            let mut shown: Vec<PackageSummary> = all.into_iter().filter(keep).collect();
            shown.sort_by(|a, b| b.created_at.cmp(&a.created_at));
            if shown.is_empty() {
                return view! { <p class="empty">{empty}</p> }.into_any();
            }
            view! {
                <ul class="list">
                    {shown.into_iter().take(SHOWN).map(|p| view! {
                        <li>
                            <A href=results_href(&p.id)>{p.title.clone()}</A>" "
                            <StatusBadge status=p.status/>
                        </li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }
    }
}

#[component]
fn Drafts() -> impl IntoView {
    let keys = DraftKeys::current();
    let client = use_client();
    let drafts = LocalResource::new({
        let keys = keys.clone();
        move || load_remembered(client.clone(), keys.clone())
    });
    view! {
        <article class="card" aria-labelledby="ov-drafts">
            <h2 id="ov-drafts">"Drafts in progress"</h2>
            {async_view(drafts, move |rows| {
                if rows.is_empty() {
                    return view! { <p class="empty">"No drafts opened in this browser yet."</p> }.into_any();
                }
                let keys = keys.clone();
                draft_list(rows, move |d| {
                    let saved = keys.last_saved(&d.eid).map(|iso| format!("last saved {}", local_time(&iso)));
                    format!(" — {}", saved.unwrap_or_else(|| "not saved from this browser yet".into()))
                })
            })}
            <p><A href="/campaigns">"All campaigns and drafts"</A></p>
        </article>
    }
}

/// Active and paused campaigns, and the newest attribution rows of the events they belong to.
#[component]
fn Campaigns() -> impl IntoView {
    let partner = expect_context::<Api>().session.get_untracked().partner();
    let campaigns = call_resource({
        let partner = partner.clone();
        move || calls::partner_campaigns(&partner, None)
    });
    let client = use_client();
    let attribution = LocalResource::new(move || {
        let (client, partner) = (client.clone(), partner.clone());
        let events: Vec<Id> = match campaigns.get() {
            Some(Ok(list)) => list.iter().map(|c| c.eid.clone()).collect::<BTreeSet<_>>().into_iter().collect(),
            _ => Vec::new(),
        };
        async move {
            let mut rows: Vec<CampaignResult> = Vec::new();
            for eid in events.into_iter().take(ATTRIBUTION_EVENTS) {
                rows.extend(client.send(calls::campaign_results(&eid, &partner)).await?);
            }
            rows.sort_by(|a, b| b.date.cmp(&a.date));
            Ok::<_, ApiError>(rows)
        }
    });
    view! {
        <article class="card" aria-labelledby="ov-campaigns">
            <h2 id="ov-campaigns">"Running campaigns"</h2>
            {async_view(campaigns, |list| {
                let running: Vec<_> = list.into_iter()
                    .filter(|c| matches!(c.status, CampaignStatus::Active | CampaignStatus::Paused)).collect();
                if running.is_empty() {
                    return view! { <p class="empty">"No active or paused campaigns."</p> }.into_any();
                }
                view! {
                    <ul class="list">
                        {running.into_iter().take(SHOWN).map(|c| view! {
                            <li>
                                <A href=event_href(&c.eid)><EventName eid=c.eid.clone()/></A>
                                {format!(" — {} ", c.tc)}<CampaignBadge status=c.status/>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
            <p><A href="/campaigns">"All campaigns"</A></p>
        </article>
        <article class="card" aria-labelledby="ov-attribution">
            <h2 id="ov-attribution">"Latest attribution"</h2>
            {async_view(attribution, |rows| {
                if rows.is_empty() {
                    return view! { <p class="empty">"No attribution figures yet."</p> }.into_any();
                }
                view! {
                    <ul class="list">
                        {rows.into_iter().take(SHOWN).map(|r| view! {
                            <li>
                                <A href=event_href(&r.eid)><EventName eid=r.eid.clone()/></A>
                                {format!(" — {}, {}: sales {} (adjusted {}, {:+.1} %)", r.tc, r.date, number(r.sales),
                                    number(r.adjusted_sales), r.sales_adjustment * 100.0)}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </article>
    }
}

/// An ISO time in the user's locale ("30/11/2026, 18:24"); the ISO text when it is not a date.
fn local_time(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    String::from(date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED))
}
