//! The package by status: building (progress), failed, expired (Regenerate), done (clusters
//! and the evaluation).

use super::cluster::ClusterCard;
use super::evaluation::Evaluation;
use crate::api::{calls, use_client};
use crate::browser::perf::mark;
use crate::components::{ErrorPanel, StatusBadge};
use crate::pages::local_date;
use crate::pages::package_builder::MergedFrom;
use crate::reactive::mutation::use_mutation;
use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::components::A;
use wave_api::contract::assumptions::clamp_progress;
use wave_api::contract::models::{ClusterContent, Id, Package, PackageStatus};
use wave_api::rules::row_ids;

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
                    <p>{match progress {
                        Some(p) => format!("Building the package… {p:.0} %"),
                        None => "Building the package…".to_string(),
                    }}</p>
                    {progress.map(|p| view! { <progress max="100" value=p aria-label="Build progress"></progress> })}
                    <p class="hint">"This page checks every 5 seconds. You can leave and come back."</p>
                    {reconnecting.then(|| view! { <p class="warning">"Connection problem — reconnecting…"</p> })}
                </div>
            }.into_any()
        }
        PackageStatus::Failed => view! {
            <div class="error-panel" role="alert">
                <p>"Building this package failed. Its events or filters may leave no customers, or the data import broke."</p>
                <p><A href=Route::CreatePackage.href()>"Create a new package"</A>" or "<A href=Route::Packages.href()>"go back to all packages"</A>"."</p>
            </div>
        }.into_any(),
        PackageStatus::Expired => view! { <Regenerate id=id.clone() reload=reload/> }.into_any(),
        PackageStatus::Done => view! { <DoneView id=id.clone() package=package.clone()/> }.into_any(),
        PackageStatus::Unknown => view! { <p>"This package has a status this app does not know yet."</p> }.into_any(),
    };
    view! {
        <div class="page-header">
            <h1>{summary.title.clone()}</h1>
            <StatusBadge status=status/>
        </div>
        <dl class="meta">
            <dt>"Created"</dt><dd>{summary.created_at.as_deref().map(local_date).unwrap_or_else(|| "—".into())}</dd>
            <dt>"Targeting"</dt><dd>{summary.targeting_mode.clone().unwrap_or_else(|| "—".into())}</dd>
            <dt>"Events"</dt><dd>{summary.events.iter().map(|e| e.title.clone()).collect::<Vec<_>>().join(", ")}</dd>
            {summary.merge_id.clone().filter(|m| !m.is_empty()).map(|m| view! { <dt>"Merged from"</dt><dd><MergedFrom merge_id=m/></dd> })}
        </dl>
        {body}
    }
}

#[component]
fn Regenerate(id: Id, reload: Callback<()>) -> impl IntoView {
    let client = use_client();
    let error = RwSignal::new(None::<String>);
    let regenerate = use_mutation(
        move |id: &Id| {
            let (client, id) = (client.clone(), id.clone());
            async move { client.send(calls::regenerate_package(&id)).await }
        },
        move |result| match result {
            Ok(()) => reload.run(()),
            Err(e) => error.set(Some(e.user_message())),
        },
    );
    let busy = regenerate.pending();
    view! {
        <div class="callout">
            <p>"This package has expired: its customer lists are no longer available. Regenerate it to build it again with the same settings."</p>
            <button type="button" class="primary" on:click=move |_| { error.set(None); regenerate.dispatch_local(id.clone()); } disabled=move || busy.get()>
                {move || if busy.get() { "Regenerating…" } else { "Regenerate" }}
            </button>
            {move || error.get().map(|e| view! { <ErrorPanel message=e/> })}
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
        return view! { <p class="empty">"This package has no clusters."</p> }.into_any();
    }
    view! {
        <h2>{format!("Clusters ({})", clusters.len())}</h2>
        <div class="clusters">
            {clusters.into_iter().zip(keys).map(|((tc, content), row)| view! { <ClusterCard package=id.clone() tc=tc row=row content=content/> }).collect_view()}
        </div>
        <Evaluation id=id/>
    }.into_any()
}
