//! The package by status: building (progress), failed, expired (Regenerate), done (clusters
//! and the evaluation).

use super::cluster::ClusterCard;
use super::evaluation::Evaluation;
use crate::api::{calls, use_client};
use crate::browser::perf::mark;
use crate::components::{ErrorPanel, StatusBadge};
use crate::i18n::format::{date, number, percent};
use crate::i18n::{lang, t, Tx};
use crate::pages::package_builder::MergedFrom;
use crate::reactive::mutation::use_mutation;
use crate::routes::Route;
use crate::tr;
use leptos::prelude::*;
use leptos_router::components::A;
use wave_api::contract::assumptions::clamp_progress;
use wave_api::contract::models::{ClusterContent, Id, Package, PackageStatus};
use wave_api::rules::row_ids;
use wave_api::ApiError;

/// `id` is the package's id from the address: every call about it uses that one, never the
/// answer's (which the server may have left out).
#[component]
pub fn PackageView(id: Id, package: Package, reconnecting: bool, reload: Callback<()>) -> impl IntoView {
    let summary = package.summary.clone();
    let status = summary.status;
    let body = match status {
        PackageStatus::Initializing | PackageStatus::Inprogress => {
            let progress = package.progress.map(clamp_progress);
            view! {
                <div class="building" role="status" aria-live="polite">
                    <p>{move || {
                        let lang = lang();
                        match progress {
                            Some(p) => Tx(lang).pkg_building_progress(&percent(lang, p.round() / 100.0)),
                            None => Tx(lang).pkg_building().to_string(),
                        }
                    }}</p>
                    {progress.map(|p| view! { <progress max="100" value=p aria-label=tr!(pkg_build_progress)></progress> })}
                    <p class="hint">{tr!(pkg_checks_every_5_seconds)}</p>
                    {reconnecting.then(|| view! { <p class="warning">{tr!(pkg_reconnecting)}</p> })}
                </div>
            }.into_any()
        }
        PackageStatus::Failed => view! {
            <div class="error-panel" role="alert">
                <p>{tr!(pkg_build_failed)}</p>
                <p><A href=Route::CreatePackage.href()>{tr!(pkg_create_new_package)}</A>{tr!(pkg_or)}<A href=Route::Packages.href()>{tr!(pkg_back_to_all_packages)}</A>"."</p>
            </div>
        }.into_any(),
        PackageStatus::Expired => view! { <Regenerate id=id.clone() reload=reload/> }.into_any(),
        PackageStatus::Done => view! { <DoneView id=id.clone() package=package.clone()/> }.into_any(),
        PackageStatus::Unknown => view! { <p>{tr!(pkg_unknown_status)}</p> }.into_any(),
    };
    let created = summary.created_at.clone();
    view! {
        <div class="page-header">
            <h1>{summary.title.clone()}</h1>
            <StatusBadge status=status/>
        </div>
        <dl class="meta">
            <dt>{tr!(pkg_col_created)}</dt><dd>{move || created.as_deref().map(|c| date(lang(), c)).unwrap_or_else(|| "—".into())}</dd>
            <dt>{tr!(pkg_col_targeting)}</dt><dd>{summary.targeting_mode.clone().unwrap_or_else(|| "—".into())}</dd>
            <dt>{tr!(pkg_col_events)}</dt><dd>{summary.events.iter().map(|e| e.title.clone()).collect::<Vec<_>>().join(", ")}</dd>
            {summary.merge_id.clone().filter(|m| !m.is_empty()).map(|m| view! { <dt>{tr!(pkg_merged_from)}</dt><dd><MergedFrom merge_id=m/></dd> })}
        </dl>
        {body}
    }
}

#[component]
fn Regenerate(id: Id, reload: Callback<()>) -> impl IntoView {
    let client = use_client();
    let error = RwSignal::new(None::<ApiError>);
    let regenerate = use_mutation(
        move |id: &Id| {
            let (client, id) = (client.clone(), id.clone());
            async move { client.send(calls::regenerate_package(&id)).await }
        },
        move |result| match result {
            Ok(()) => reload.run(()),
            Err(e) => error.set(Some(e)),
        },
    );
    let busy = regenerate.pending();
    view! {
        <div class="callout">
            <p>{tr!(pkg_expired_text)}</p>
            <button type="button" class="primary" on:click=move |_| { error.set(None); regenerate.dispatch_local(id.clone()); } disabled=move || busy.get()>
                {move || if busy.get() { t().pkg_regenerating() } else { t().pkg_regenerate() }}
            </button>
            {move || error.get().map(|e| view! { <ErrorPanel message=move || e.user_message(lang())/> })}
        </div>
    }
}

#[component]
fn DoneView(id: Id, package: Package) -> impl IntoView {
    mark("results-data");
    let clusters: Vec<(String, ClusterContent)> = package.content.into_iter().collect();
    // Keys are unique (an object's keys), but one may be empty: that cluster has no `tc` to
    // download or export by.
    let keys = row_ids(clusters.iter().map(|(tc, _)| tc.as_str()));
    // The clusters are on screen (effects run after the view is mounted): for the benchmark.
    Effect::new(|_| mark("results-rendered"));
    if clusters.is_empty() {
        return view! { <p class="empty">{tr!(pkg_no_clusters)}</p> }.into_any();
    }
    let count = clusters.len() as f64;
    view! {
        <h2>{move || t().pkg_clusters(&number(lang(), count))}</h2>
        <div class="clusters">
            {clusters.into_iter().zip(keys).map(|((tc, content), row)| view! { <ClusterCard package=id.clone() tc=tc row=row content=content/> }).collect_view()}
        </div>
        <Evaluation id=id/>
    }.into_any()
}
