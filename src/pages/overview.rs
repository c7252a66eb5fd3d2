//! `/`: the morning overview. Five sections, each loading on its own, each with its empty and
//! error state and a link to its page: packages building now (with their progress, live),
//! recently finished or failed packages, drafts in progress with when this browser last saved
//! them, active and paused campaigns, and the latest attribution figures. Events are named by
//! their titles (looked up once when this browser has not seen them), never by number alone.
//!
//! Building rows move on as the package list's do ([`refresh_statuses`]), from the shell
//! watcher's list answers and from each shown building package's own answer, which this page
//! asks every [`wave_api::flows::timings::POLL_INTERVAL_MS`] (as the results page does) for its
//! progress: only while a building package is shown, paused while the tab is hidden.

use crate::api::{calls, use_client, Api, ApiError};
use crate::components::{load_view, CampaignBadge, Loading, StatusBadge};
use crate::i18n::format::{now_ms, number, relative, short_date};
use crate::i18n::{lang, t, Tx};
use crate::pages::campaigns::overview::{draft_list, EventName};
use crate::pages::event::signed_percent;
use crate::pages::package_builder::list_rows::{refresh_statuses, Row};
use crate::reactive::load::{use_call, use_load, UseLoadReturn};
use crate::reactive::poll::use_poll;
use crate::routes::Route;
use crate::services::build_watch::use_build_watch;
use crate::services::local_drafts::{load_remembered, DraftKeys, DraftRow};
use crate::tr;
use leptos::prelude::*;
use leptos_router::components::A;
use std::collections::BTreeSet;
use wave_api::contract::assumptions::clamp_progress;
use wave_api::contract::models::{
    Campaign, CampaignResult, CampaignStatus, Id, Package, PackageStatus, PackageSummary,
};

/// How many finished packages, campaigns and attribution rows a section shows.
const SHOWN: usize = 5;
/// ⚑ Attribution is asked per event: for this many events with campaigns, at most.
const ATTRIBUTION_EVENTS: usize = 3;

#[component]
pub fn Overview() -> impl IntoView {
    // Demo mode: the campaign half of the demo world answers (its code travels with this page).
    crate::api::serve_demo_campaigns();
    Effect::new(move |_| crate::browser::document::set_title(t().pg_ov_title()));
    let packages = use_call(calls::list_packages);
    let watch = use_build_watch();
    // The shown building packages' own answers (their content left out): progress, and a
    // status newer than the list's.
    let own = RwSignal::new(Vec::<Package>::new());
    // Building rows move on with the newer answers, without reloading the page; only building
    // rows (an older answer can never turn a finished package back), as in the package list.
    let list = Memo::new(move |_| {
        let answer = packages.state()?;
        Some(answer.map(|list| {
            let mut rows = Row::all(list);
            if let Some(latest) = watch.and_then(|w| w.latest.get()) {
                refresh_statuses(&mut rows, &latest);
            }
            own.with(|own| refresh_statuses(&mut rows, &own.iter().map(|p| p.summary.clone()).collect::<Vec<_>>()));
            rows.into_iter().map(|row| row.summary).collect::<Vec<_>>()
        }))
    });
    Effect::new(move |_| {
        if let (Some(Ok(list)), Some(watch)) = (list.get(), watch) {
            watch.watch_building(&list);
        }
    });
    watch_progress(list, own);
    let retry = Callback::new(move |_| packages.reload());
    // Every load starts now, whatever the cards below wait for.
    let (drafts, keys) = drafts_load();
    let (campaigns, attribution) = campaign_loads();
    let waited = crate::reactive::timer::held_back_long_enough();
    view! {
        <section class="page">
            <h1>{tr!(pg_ov_title)}</h1>
            <p class="lead">{tr!(pg_ov_lead)}</p>
            // The cards appear together once the package list has come (or failed): its
            // answer fills the first two, and arriving there would push the drafts and
            // campaigns down (Lighthouse's layout shift). The list's answer, once in, stays.
            // Only the drawing waits (two seconds at most): the other loads started above.
            <Show when=move || waited.get() || list.with(Option::is_some) fallback=|| view! { <Loading/> }>
            <div class="cards overview">
                <article class="card" aria-labelledby="ov-building">
                    <h2 id="ov-building">{tr!(pg_ov_building)}</h2>
                    {packages_section(list, own, retry, is_building, Tx::pg_ov_nothing_building)}
                    <p><A href=Route::CreatePackage.href()>{tr!(pg_ov_create_package)}</A></p>
                </article>
                <article class="card" aria-labelledby="ov-finished">
                    <h2 id="ov-finished">{tr!(pg_ov_finished)}</h2>
                    {packages_section(list, own, retry, |p| matches!(p.status, PackageStatus::Done | PackageStatus::Failed),
                        Tx::pg_ov_no_finished)}
                    <p><A href=Route::Packages.href()>{tr!(pg_ov_all_packages)}</A></p>
                </article>
                <Drafts drafts=drafts keys=keys.clone()/>
                <Campaigns campaigns=campaigns attribution=attribution/>
            </div>
            </Show>
        </section>
    }
}

/// The package list answer, its building rows moved on by newer answers.
type ListAnswer = Memo<Option<Result<Vec<PackageSummary>, ApiError>>>;

fn is_building(p: &PackageSummary) -> bool {
    p.status.is_building()
}

/// The packages of `all` that pass `keep`, newest first: what a section shows.
fn newest(all: &[PackageSummary], keep: fn(&PackageSummary) -> bool) -> Vec<PackageSummary> {
    let mut shown: Vec<PackageSummary> = all.iter().filter(|p| keep(p)).cloned().collect();
    shown.sort_by(|a, b| b.created_at.cmp(&a.created_at));
    shown.truncate(SHOWN);
    shown
}

/// Asks each shown building package for its progress: at once when the shown ones change,
/// then every poll interval while one is shown. Answers go into `own`.
fn watch_progress(list: ListAnswer, own: RwSignal<Vec<Package>>) {
    let building = Memo::new(move |_| match list.get() {
        Some(Ok(all)) => newest(&all, is_building).into_iter().map(|p| p.id).filter(|id| !id.is_missing()).collect(),
        _ => Vec::<Id>::new(),
    });
    let client = use_client();
    let load = move || {
        let (client, ids) = (client.clone(), building.get_untracked());
        async move {
            let mut answers = Vec::new();
            let mut ok = true;
            for id in &ids {
                match client.send(calls::get_package(id)).await {
                    Ok(mut p) => {
                        p.content.clear();
                        answers.push(p);
                    }
                    Err(_) => ok = false,
                }
            }
            // The page may be gone meanwhile: then nobody is told.
            own.try_update(|own| take_answers(own, answers));
            ok
        }
    };
    let shown = Memo::new(move |_| building.with(|b| !b.is_empty()));
    use_poll(shown.into(), load.clone());
    Effect::new(move |_| {
        if building.with(|b| !b.is_empty()) {
            let answer = load();
            leptos::task::spawn_local(async move {
                answer.await;
            });
        }
    });
}

/// Takes packages' own answers into `own`. They may arrive out of order: a finished package
/// never turns back to building, and progress never goes back while it builds.
fn take_answers(own: &mut Vec<Package>, answers: Vec<Package>) {
    for p in answers {
        match own.iter_mut().find(|o| o.summary.id == p.summary.id) {
            Some(o) if !o.summary.status.is_building() => {}
            Some(o) if p.summary.status.is_building() && o.progress > p.progress => {}
            Some(o) => *o = p,
            None => own.push(p),
        }
    }
}

/// A list of packages from `list` that pass `keep`, newest first; a building one with its
/// progress once its own answer gives it.
fn packages_section(
    list: ListAnswer,
    own: RwSignal<Vec<Package>>,
    retry: Callback<()>,
    keep: fn(&PackageSummary) -> bool,
    empty: fn(Tx) -> &'static str,
) -> impl IntoView {
    move || match list.get() {
        None => view! { <crate::components::Loading/> }.into_any(),
        Some(Err(e)) => {
            view! { <crate::components::ErrorPanel message=move || e.user_message(lang()) on_retry=retry/> }.into_any()
        }
        Some(Ok(all)) => {
            let shown = newest(&all, keep);
            if shown.is_empty() {
                return view! { <p class="empty">{move || empty(t())}</p> }.into_any();
            }
            view! {
                <ul class="list">
                    {shown.into_iter().map(|p| {
                        let (status, title) = (p.status, p.title.clone());
                        // A package the server sent without an id has no page to open.
                        let title = if p.id.is_missing() {
                            view! { <span>{title}</span> }.into_any()
                        } else {
                            view! { <A href=Route::Results(p.id.clone()).href()>{title}</A> }.into_any()
                        };
                        let progress = status.is_building().then(|| view! { <BuildProgress package=p own=own/> });
                        view! { <li>{title}" "<StatusBadge status=status/>{progress}</li> }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }
    }
}

/// A building package's progress, as its own answer gives it: a bar and the percentage.
#[component]
fn BuildProgress(package: PackageSummary, own: RwSignal<Vec<Package>>) -> impl IntoView {
    let title = package.title;
    let label = move || t().pg_ov_build_progress(&title);
    let id = package.id;
    let progress =
        move || own.with(|own| own.iter().find(|p| p.summary.id == id).and_then(|p| p.progress)).map(clamp_progress);
    move || {
        progress().map(|p| {
            view! {
                " "
                <span class="build-progress">
                    <progress max="100" value=p aria-label=label.clone()></progress>
                    {format!(" {p:.0} %")}
                </span>
            }
        })
    }
}

/// The drafts this browser opened, loading from now on (the overview starts every load at
/// once, before its cards show).
fn drafts_load() -> (UseLoadReturn<Vec<DraftRow>>, DraftKeys) {
    let keys = DraftKeys::current();
    let client = use_client();
    let drafts = use_load({
        let keys = keys.clone();
        move |_| load_remembered(client.clone(), keys.clone())
    });
    (drafts, keys)
}

#[component]
fn Drafts(drafts: UseLoadReturn<Vec<DraftRow>>, keys: DraftKeys) -> impl IntoView {
    view! {
        <article class="card" aria-labelledby="ov-drafts">
            <h2 id="ov-drafts">{tr!(pg_ov_drafts)}</h2>
            {load_view(drafts, move |rows| {
                if rows.is_empty() {
                    return view! { <p class="empty">{tr!(pg_ov_no_drafts)}</p> }.into_any();
                }
                let keys = keys.clone();
                // Read in the load's view: a language switch says it again.
                let lang = lang();
                draft_list(rows, move |d| match keys.last_saved(&d.eid) {
                    Some(iso) => Tx(lang).pg_ov_draft_saved(&relative(lang, &iso, now_ms())),
                    None => Tx(lang).pg_ov_draft_not_saved().to_string(),
                })
            })}
            <p><A href=Route::Campaigns.href()>{tr!(pg_ov_all_campaigns_drafts)}</A></p>
        </article>
    }
}

/// The partner's campaigns and the newest attribution rows of their events, loading from now
/// on.
fn campaign_loads() -> (UseLoadReturn<Vec<Campaign>>, UseLoadReturn<Vec<CampaignResult>>) {
    let partner = expect_context::<Api>().session.get_untracked().partner();
    let campaigns = use_call({
        let partner = partner.clone();
        move || calls::partner_campaigns(&partner, None)
    });
    let client = use_client();
    let attribution = use_load(move |_| {
        let (client, partner) = (client.clone(), partner.clone());
        let events: Vec<Id> = match campaigns.state() {
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
    (campaigns, attribution)
}

/// Active and paused campaigns, and the newest attribution rows of the events they belong to.
#[component]
fn Campaigns(
    campaigns: UseLoadReturn<Vec<Campaign>>,
    attribution: UseLoadReturn<Vec<CampaignResult>>,
) -> impl IntoView {
    view! {
        <article class="card" aria-labelledby="ov-campaigns">
            <h2 id="ov-campaigns">{tr!(pg_ov_running)}</h2>
            {load_view(campaigns, |list| {
                let running: Vec<_> = list.into_iter()
                    .filter(|c| matches!(c.status, CampaignStatus::Active | CampaignStatus::Paused)).collect();
                if running.is_empty() {
                    return view! { <p class="empty">{tr!(pg_ov_no_running)}</p> }.into_any();
                }
                view! {
                    <ul class="list">
                        {running.into_iter().take(SHOWN).map(|c| view! {
                            <li>
                                <A href=Route::Event(c.eid.clone()).href()><EventName eid=c.eid.clone()/></A>
                                {let tc = c.tc.clone(); move || t().pg_ov_campaign_cluster(&tc)}<CampaignBadge status=c.status/>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
            <p><A href=Route::Campaigns.href()>{tr!(pg_ov_all_campaigns)}</A></p>
        </article>
        <article class="card" aria-labelledby="ov-attribution">
            <h2 id="ov-attribution">{tr!(pg_ov_attribution)}</h2>
            {load_view(attribution, |rows| {
                if rows.is_empty() {
                    return view! { <p class="empty">{tr!(pg_ov_no_attribution)}</p> }.into_any();
                }
                view! {
                    <ul class="list">
                        {rows.into_iter().take(SHOWN).map(|r| {
                            let eid = r.eid.clone();
                            let figures = move || {
                                let lang = lang();
                                Tx(lang).pg_ov_attribution_row(
                                    &r.tc,
                                    &short_date(lang, &r.date),
                                    &number(lang, r.sales),
                                    &number(lang, r.adjusted_sales),
                                    &signed_percent(lang, r.sales_adjustment),
                                )
                            };
                            view! {
                                <li>
                                    <A href=Route::Event(eid.clone()).href()><EventName eid=eid/></A>
                                    {figures}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </article>
    }
}
