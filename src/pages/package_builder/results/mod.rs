//! `/package-builder/results/:packageId`: the package, polled while it builds.
//!
//! - `mod.rs` (this file): the page: load, poll while building, errors with Retry.
//! - `package.rs`: the package by status; Regenerate when expired; the clusters when done.
//! - `cluster.rs`: one cluster: numbers, preview, CSV download, the CRM export dialog.
//! - `evaluation.rs`: the backhaul evaluation (attribution): settings and results.

mod cluster;
mod evaluation;
mod package;

use crate::api::{calls, use_client};
use crate::components::{ErrorPanel, Loading};
use crate::i18n::lang;
use crate::reactive::load::{use_load_with_options, UseLoadOptions};
use crate::reactive::poll::use_poll;
use crate::routes::{self, Route};
use crate::tr;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use package::PackageView;
use wave_api::contract::models::Id;

#[component]
pub fn Results() -> impl IntoView {
    let params = use_params_map();
    let package_id = Memo::new(move |_| Id(params.with(|p| p.get(routes::PACKAGE_ID).unwrap_or_default())));
    let client = use_client();
    let names = crate::services::event_names::use_event_names();
    let watch = crate::services::build_watch::use_build_watch();
    // Loaded again when the address names another package, and polled while it builds.
    let package = use_load_with_options(
        move |abort| {
            let client = client.clone();
            let id = package_id.get();
            async move {
                let answer = client.send_abortable(calls::get_package(&id), abort).await;
                // An answer for a package the page no longer shows changes nothing.
                let current = package_id.try_get_untracked().as_ref() == Some(&id);
                if let (true, Ok(p)) = (current, &answer) {
                    crate::browser::document::set_title(&p.summary.title);
                    // Watched while it builds: the shell says when it is ready if the user leaves.
                    // By the id in the address: the answer's may be missing.
                    if let (true, Some(watch)) = (p.summary.status.is_building(), watch) {
                        watch.watch(&id, &p.summary.title);
                    }
                    if let Some(names) = names {
                        names.remember_titles(p.summary.events.iter().map(|e| (&e.id, e.title.as_str())));
                    }
                }
                answer
            }
        },
        UseLoadOptions { clear_on_change: true },
    );
    let building =
        Signal::derive(move || package.value.with(|p| p.as_ref().is_some_and(|p| p.summary.status.is_building())));
    use_poll(building, move || package.load_now());
    let retry = package.retry();

    view! {
        <section class="page">
            <p><A href=Route::Packages.href()>{tr!(pkg_all_packages)}</A></p>
            {move || match (package.value.get(), package.error.get()) {
                (None, None) => view! { <h1>{tr!(pkg_package)}</h1><Loading label=tr!(pkg_loading_package)/> }.into_any(),
                (None, Some(e)) => view! {
                    <h1>{tr!(pkg_package)}</h1>
                    <ErrorPanel message=move || e.user_message(lang()) on_retry=retry/>
                }.into_any(),
                (Some(p), e) => view! { <PackageView id=package_id.get() package=p reconnecting=e.is_some() reload=retry/> }.into_any(),
            }}
        </section>
    }
}
