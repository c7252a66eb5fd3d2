//! `/package-builder/results/:packageId`: the package, polled while it builds; per-cluster
//! results with CSV download and CRM export; the backhaul evaluation; regenerate when expired.

use super::MergedFrom;
use crate::api::{call_resource, calls, use_client, ApiError};
use crate::components::{async_view, use_notices, Bar, BarChart, Dialog, ErrorPanel, Loading, StatusBadge};
use crate::pages::{local_date, number};
use crate::reactive::poll::use_poll;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use wave_api::assumptions::{clamp_progress, EVALUATION_MODELS};
use wave_api::models::{ClusterContent, CrmExport, EvaluationSettings, Id, Package, PackageStatus};

#[component]
pub fn Results() -> impl IntoView {
    let params = use_params_map();
    let package_id = Memo::new(move |_| Id(params.with(|p| p.get("packageId").unwrap_or_default())));
    let client = use_client();
    let package = RwSignal::new(None::<Package>);
    let error = RwSignal::new(None::<ApiError>);
    let failures = RwSignal::new(0u32);
    let answered = RwSignal::new(0u64);

    // Loads the package; an answer for an id the page no longer shows is dropped.
    let load = {
        let client = client.clone();
        move || {
            let client = client.clone();
            let id = package_id.get_untracked();
            leptos::task::spawn_local(async move {
                let answer = client.send(calls::get_package(&id)).await;
                if package_id.try_get_untracked().as_ref() != Some(&id) {
                    return;
                }
                match answer {
                    Ok(p) => {
                        crate::app::set_title(&p.summary.title);
                        package.try_set(Some(p));
                        error.try_set(None);
                        failures.try_set(0);
                    }
                    Err(e) => {
                        error.try_set(Some(e));
                        failures.try_update(|f| *f += 1);
                    }
                }
                answered.try_update(|n| *n += 1);
            });
        }
    };

    Effect::new({
        let load = load.clone();
        move |_| {
            package_id.track();
            package.set(None);
            error.set(None);
            failures.set(0);
            load();
        }
    });

    let building = Memo::new(move |_| package.with(|p| p.as_ref().is_some_and(|p| p.summary.status.is_building())));
    use_poll(building.into(), answered.into(), failures.into(), load.clone());

    let retry = Callback::new({
        let load = load.clone();
        move |_| load()
    });

    view! {
        <section class="page">
            <p><A href="/package-builder">"← All packages"</A></p>
            {move || match (package.get(), error.get()) {
                (None, None) => view! { <h1>"Package"</h1><Loading label="Loading package…"/> }.into_any(),
                (None, Some(e)) => view! {
                    <h1>"Package"</h1>
                    <ErrorPanel message=e.user_message() on_retry=retry/>
                }.into_any(),
                (Some(p), e) => view! { <PackageView package=p reconnecting=e.is_some() reload=retry/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn PackageView(package: Package, reconnecting: bool, reload: Callback<()>) -> impl IntoView {
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
                <p><A href="/package-builder/create">"Create a new package"</A>" or "<A href="/package-builder">"go back to all packages"</A>"."</p>
            </div>
        }.into_any(),
        PackageStatus::Expired => view! { <Regenerate id=summary.id.clone() reload=reload/> }.into_any(),
        PackageStatus::Done => view! { <DoneView package=package.clone()/> }.into_any(),
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
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let regenerate = move |_| {
        let client = client.clone();
        let id = id.clone();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match client.send(calls::regenerate_package(&id)).await {
                Ok(()) => reload.run(()),
                Err(e) => { error.try_set(Some(e.user_message())); }
            }
            busy.try_set(false);
        });
    };
    view! {
        <div class="callout">
            <p>"This package has expired: its customer lists are no longer available. Regenerate it to build it again with the same settings."</p>
            <button type="button" class="primary" on:click=regenerate disabled=move || busy.get()>
                {move || if busy.get() { "Regenerating…" } else { "Regenerate" }}
            </button>
            {move || error.get().map(|e| view! { <ErrorPanel message=e/> })}
        </div>
    }
}

#[component]
fn DoneView(package: Package) -> impl IntoView {
    let id = package.summary.id.clone();
    let clusters: Vec<(String, ClusterContent)> = package.content.into_iter().collect();
    if clusters.is_empty() {
        return view! { <p class="empty">"This package has no clusters."</p> }.into_any();
    }
    view! {
        <h2>{format!("Clusters ({})", clusters.len())}</h2>
        <div class="clusters">
            {clusters.into_iter().map(|(tc, content)| view! { <ClusterCard package=id.clone() tc=tc content=content/> }).collect_view()}
        </div>
        <Evaluation id=id/>
    }.into_any()
}

#[component]
fn ClusterCard(package: Id, tc: String, content: ClusterContent) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let downloading = RwSignal::new(false);
    let export_open = RwSignal::new(false);
    let columns: Vec<String> = {
        let mut cols: Vec<String> = Vec::new();
        for row in &content.preview {
            for key in row.keys() {
                if !cols.contains(key) { cols.push(key.clone()); }
            }
        }
        cols
    };
    let download = {
        let (package, tc) = (package.clone(), tc.clone());
        move |_| {
            let client = client.clone();
            let (package, tc) = (package.clone(), tc.clone());
            downloading.set(true);
            leptos::task::spawn_local(async move {
                match client.send(calls::customer_list(&package, &tc)).await {
                    Ok(csv) => {
                        if let Err(why) = crate::reactive::download::save_text(&wave_api::rules::csv_file_name(&tc), &csv, "text/csv") {
                            notices.error(why);
                        }
                    }
                    Err(e) => notices.error(format!("Download failed. {}", e.user_message())),
                }
                downloading.try_set(false);
            });
        }
    };
    let heading_id = format!("cluster-{}", wave_api::http::encode_component(&tc).replace('%', "-"));
    let labelled_by = heading_id.clone();
    view! {
        <article class="card cluster" aria-labelledby=labelled_by>
            <h3 id=heading_id>{tc.clone()}</h3>
            <dl class="stats">
                <div><dt>"Customers"</dt><dd>{number(content.customers)}</dd></div>
                <div><dt>"Items"</dt><dd>{number(content.items)}</dd></div>
                <div><dt>"Purchase"</dt><dd>{format!("{} EUR", number(content.purchase))}</dd></div>
            </dl>
            {(!content.preview.is_empty()).then(|| view! {
                <div class="table-scroll">
                    <table class="data compact">
                        <caption>{format!("Preview of {}", tc)}</caption>
                        <thead><tr>{columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {content.preview.iter().map(|row| view! {
                                <tr>{columns.iter().map(|c| {
                                    let cell = row.get(c).map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())).unwrap_or_default();
                                    view! { <td>{cell}</td> }
                                }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
            <div class="actions">
                <button type="button" on:click=download disabled=move || downloading.get() aria-label=format!("Download CSV for {tc}")>
                    {move || if downloading.get() { "Downloading…" } else { "Download CSV" }}
                </button>
                <button type="button" on:click=move |_| export_open.set(true) aria-label=format!("Export {tc} to CRM")>"Export to CRM"</button>
            </div>
            <CrmExportDialog open=export_open package=package tc=tc.clone()/>
        </article>
    }
}

#[component]
fn CrmExportDialog(open: RwSignal<bool>, package: Id, tc: String) -> impl IntoView {
    let client = use_client();
    let crm = RwSignal::new("HubSpot".to_string());
    let other = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let container = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let result = RwSignal::new(None::<Result<String, String>>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let crm_name = if crm.get_untracked() == "Other" { other.get_untracked().trim().to_string() } else { crm.get_untracked() };
        if crm_name.is_empty() || secret.get_untracked().trim().is_empty() || container.get_untracked().trim().is_empty() {
            result.set(Some(Err("Fill in the CRM, the secret ID and the container name.".into())));
            return;
        }
        let export = CrmExport {
            crm_name: crm_name.clone(),
            secret_id: secret.get_untracked().trim().to_string(),
            container_name: container.get_untracked().trim().to_string(),
            package_id: package.clone(),
            tc: tc.clone(),
        };
        let client = client.clone();
        busy.set(true);
        result.set(None);
        leptos::task::spawn_local(async move {
            let outcome = client.send(calls::export_to_crm(&export)).await;
            result.try_set(Some(match outcome {
                Ok(()) => Ok(format!("Exported “{}” to {crm_name} ({}).", export.tc, export.container_name)),
                Err(e) => Err(format!("Export failed. {}", e.user_message())),
            }));
            busy.try_set(false);
        });
    };
    view! {
        <Dialog title="Export to CRM" open=open>
            <form on:submit=submit.clone() novalidate>
                <div class="field">
                    <label for="crm-name">"CRM"</label>
                    <select id="crm-name" prop:value=move || crm.get() on:change=move |ev| crm.set(event_target_value(&ev))>
                        <option value="HubSpot">"HubSpot"</option>
                        <option value="Salesforce">"Salesforce"</option>
                        <option value="Other">"Other"</option>
                    </select>
                </div>
                <Show when=move || crm.get() == "Other">
                    <crate::components::TextField id="crm-other" label="CRM name" value=other/>
                </Show>
                <crate::components::TextField id="crm-secret" label="Secret ID" value=secret/>
                <crate::components::TextField id="crm-container" label="Container name" value=container/>
                {move || result.get().map(|r| match r {
                    Ok(m) => view! { <p class="success" role="status">{m}</p> }.into_any(),
                    Err(m) => view! { <p class="field-error" role="alert">{m}</p> }.into_any(),
                })}
                <div class="actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{move || if busy.get() { "Exporting…" } else { "Export" }}</button>
                    <button type="button" on:click=move |_| open.set(false)>"Close"</button>
                </div>
            </form>
        </Dialog>
    }
}

/// Backhaul attribution: settings form; saving re-evaluates, then the evaluation is fetched again.
#[component]
fn Evaluation(id: Id) -> impl IntoView {
    let reload = RwSignal::new(0u32);
    let settings = call_resource({
        let id = id.clone();
        move || calls::evaluation_settings(&id)
    });
    let evaluation = call_resource({
        let id = id.clone();
        move || {
            reload.track();
            calls::evaluation(&id)
        }
    });
    view! {
        <section class="evaluation" aria-labelledby="evaluation-heading">
            <h2 id="evaluation-heading">"Attribution (backhaul evaluation)"</h2>
            {async_view(settings, {
                let id = id.clone();
                move |s| view! { <EvaluationForm id=id.clone() initial=s on_saved=Callback::new(move |_| reload.update(|n| *n += 1))/> }
            })}
            {async_view(evaluation, |e| {
                if e.clusters.is_empty() {
                    return view! { <p class="empty">"No attribution results yet."</p> }.into_any();
                }
                let bars = e.clusters.iter().map(|(tc, c)| Bar { label: tc.clone(), value: c.purchase, display: format!("{} EUR", number(c.purchase)) }).collect();
                view! {
                    <table class="data">
                        <caption>"Attributed per cluster"</caption>
                        <thead><tr><th scope="col">"Cluster"</th><th scope="col">"Customers"</th><th scope="col">"Items"</th><th scope="col">"Purchase (EUR)"</th></tr></thead>
                        <tbody>{e.clusters.iter().map(|(tc, c)| view! {
                            <tr><th scope="row">{tc.clone()}</th><td>{number(c.customers)}</td><td>{number(c.items)}</td><td>{number(c.purchase)}</td></tr>
                        }).collect_view()}</tbody>
                    </table>
                    <BarChart title="Attributed purchase per cluster (EUR)" bars=bars/>
                }.into_any()
            })}
        </section>
    }
}

#[component]
fn EvaluationForm(id: Id, initial: EvaluationSettings, on_saved: Callback<()>) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let window = RwSignal::new(initial.backhaul_evaluation_attribution_window.to_string());
    let model = RwSignal::new(if initial.backhaul_evaluation_model.is_empty() { EVALUATION_MODELS[0].to_string() } else { initial.backhaul_evaluation_model.clone() });
    let sent = RwSignal::new(initial.email_sent_date.clone().unwrap_or_default());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let days = match window.get_untracked().trim().parse::<u32>() {
            Ok(d) if (1..=365).contains(&d) => d,
            _ => { error.set(Some("Enter an attribution window of 1 to 365 days.".into())); return; }
        };
        let date = sent.get_untracked();
        if !date.is_empty() && !wave_api::rules::is_iso_date(&date) {
            error.set(Some("Enter the email sent date as YYYY-MM-DD.".into()));
            return;
        }
        error.set(None);
        let body = EvaluationSettings {
            backhaul_evaluation_attribution_window: days,
            backhaul_evaluation_model: model.get_untracked(),
            email_sent_date: Some(date).filter(|d| !d.is_empty()),
        };
        let (client, id) = (client.clone(), id.clone());
        busy.set(true);
        leptos::task::spawn_local(async move {
            match client.send(calls::save_evaluation_settings(&id, &body)).await {
                Ok(()) => { notices.info("Evaluation settings saved; results updated."); on_saved.run(()); }
                Err(e) => { error.try_set(Some(e.user_message())); }
            }
            busy.try_set(false);
        });
    };
    view! {
        <form class="toolbar" on:submit=submit novalidate aria-label="Evaluation settings">
            <div class="field">
                <label for="eval-window">"Attribution window (days)"</label>
                <input id="eval-window" type="number" min="1" max="365" prop:value=move || window.get() on:input=move |ev| window.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="eval-model">"Model"</label>
                <select id="eval-model" prop:value=move || model.get() on:change=move |ev| model.set(event_target_value(&ev))>
                    {EVALUATION_MODELS.iter().map(|m| view! { <option value=*m>{*m}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="eval-sent">"Email sent date"</label>
                <input id="eval-sent" type="date" prop:value=move || sent.get() on:change=move |ev| sent.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="primary" disabled=move || busy.get()>{move || if busy.get() { "Saving…" } else { "Save settings" }}</button>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        </form>
    }
}
