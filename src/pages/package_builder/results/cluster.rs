//! One cluster of a done package: its numbers, preview rows, CSV download and CRM export.

use crate::api::{calls, use_client};
use crate::components::{use_notices, Dialog, SelectField, TextField};
use crate::i18n::format::{money, number};
use crate::i18n::{lang, lang_now, t, t_now, Tx};
use crate::reactive::mutation::use_mutation;
use crate::tr;
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use wave_api::contract::models::{ClusterContent, CrmExport, Id};
use wave_api::rules::RowId;
use wave_api::ApiError;

/// Preview rows shown at first, and added by each "Show more": a package of 50 clusters with
/// 500 preview rows each must not put 25,000 table rows in the page at once.
const PREVIEW_PAGE: usize = 10;
const PREVIEW_MORE: usize = 50;

/// `row`: the cluster's key among the package's clusters. A cluster the server sent without a
/// `tc` is shown, but cannot be downloaded or exported (both go by its `tc`).
#[component]
pub fn ClusterCard(package: Id, tc: String, row: RowId, content: ClusterContent) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let export_open = RwSignal::new(false);
    let columns: Vec<String> = {
        let mut cols: Vec<String> = Vec::new();
        for row in &content.preview {
            for key in row.keys() {
                if !cols.contains(key) {
                    cols.push(key.clone());
                }
            }
        }
        cols
    };
    // The file is saved even when the user has moved on: it is what they asked for.
    let download = use_mutation(
        move |(package, tc): &(Id, String)| {
            let (client, package, tc) = (client.clone(), package.clone(), tc.clone());
            async move {
                let csv = client.send(calls::customer_list(&package, &tc)).await;
                match &csv {
                    Ok(csv) => {
                        // Server text: a customer named `=HYPERLINK(…)` must not run as a formula.
                        let safe = wave_api::rules::guard_formulas(csv);
                        if let Err(why) =
                            crate::browser::download::save_text(&wave_api::rules::csv_file_name(&tc), &safe, "text/csv")
                        {
                            notices.error(why);
                        }
                    }
                    Err(e) => notices.error(t_now().pkg_download_failed(&e.user_message(lang_now()))),
                }
                csv.map(|_| ())
            }
        },
        |_| {},
    );
    let downloading = download.pending();
    let download = {
        let (package, tc) = (package.clone(), tc.clone());
        move |_| {
            download.dispatch_local((package.clone(), tc.clone()));
        }
    };
    let total = content.preview.len();
    let shown = RwSignal::new(PREVIEW_PAGE.min(total));
    let preview = StoredValue::new(content.preview);
    let columns = StoredValue::new(columns);
    let rows = move || {
        let shown = shown.get();
        preview.with_value(|preview| {
            columns.with_value(|columns| {
                preview
                    .iter()
                    .take(shown)
                    .map(|row| {
                        let cells = columns
                            .iter()
                            .map(|c| {
                                let cell = row
                                    .get(c)
                                    .map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()))
                                    .unwrap_or_default();
                                view! { <td>{cell}</td> }
                            })
                            .collect_view();
                        view! { <tr>{cells}</tr> }
                    })
                    .collect_view()
            })
        })
    };
    let preview_region = NodeRef::<leptos::html::Div>::new();
    let show_more = move |_| {
        shown.update(|n| *n = (*n + PREVIEW_MORE).min(total));
        // The last "Show more" removes the focused button: focus goes to the rows it showed.
        if shown.get_untracked() >= total {
            if let Some(region) = preview_region.get_untracked() {
                let _ = region.focus();
            }
        }
    };
    let more_label = move || {
        let (lang, shown) = (lang(), shown.get());
        let next = PREVIEW_MORE.min(total - shown.min(total));
        let n = |n: usize| number(lang, n as f64);
        Tx(lang).pkg_show_more_rows(next, &n(next), &n(shown), &n(total))
    };
    let heading_id = row.key.dom_id("cluster");
    let labelled_by = heading_id.clone();
    let no_tc = row.is_missing();
    let no_tc_note = row.key.dom_id("cluster-no-tc");
    let described_by = no_tc.then(|| no_tc_note.clone());
    // The cluster's name: its `tc`, or what stands for it when the server sent none.
    let name = {
        let tc = tc.clone();
        move || if no_tc { t().pkg_no_cluster_id().to_string() } else { tc.clone() }
    };
    let (customers, items, purchase) = (content.counts.customers, content.counts.items, content.counts.purchase);
    let (preview_label, preview_caption) = {
        let (tc, caption_tc) = (tc.clone(), tc.clone());
        (move || t().pkg_preview_scrollable(&tc), move || t().pkg_preview_of(&caption_tc))
    };
    view! {
        <article class="card cluster" aria-labelledby=labelled_by>
            <h3 id=heading_id>{name.clone()}</h3>
            <dl class="stats">
                <div><dt>{tr!(pkg_customers)}</dt><dd>{move || number(lang(), customers)}</dd></div>
                <div><dt>{tr!(pkg_items)}</dt><dd>{move || number(lang(), items)}</dd></div>
                <div><dt>{tr!(pkg_purchase)}</dt><dd>{move || money(lang(), purchase, "EUR")}</dd></div>
            </dl>
            {(total > 0).then(|| view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=preview_label node_ref=preview_region>
                    <table class="data compact">
                        <caption>{preview_caption}</caption>
                        <thead><tr>{columns.with_value(|c| c.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view())}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <Show when=move || { shown.get() < total }>
                    <button type="button" class="preview-more" on:click=show_more>
                        {more_label}
                    </button>
                </Show>
            })}
            {no_tc.then(|| view! {
                <p class="hint id-note" id=no_tc_note.clone()><span class="badge badge-busy">{move || t().id_flag(wave_api::rules::MISSING_ID_FLAG)}</span>
                    " "{tr!(pkg_no_cluster_id_note)}</p>
            })}
            <div class="actions">
                <button type="button" on:click=download disabled=move || no_tc || downloading.get()
                    aria-label={let name = name.clone(); move || t().pkg_download_csv_for(&name())}
                    aria-describedby=described_by.clone()>
                    {move || if downloading.get() { t().pkg_downloading() } else { t().pkg_download_csv() }}
                </button>
                <button type="button" on:click=move |_| export_open.set(true) disabled=no_tc
                    aria-label=move || t().pkg_export_to_crm_for(&name())
                    aria-describedby=described_by>{tr!(pkg_export_to_crm)}</button>
            </div>
            <CrmExportDialog open=export_open package=package tc=tc.clone()/>
        </article>
    }
}

/// What the last export attempt came to.
#[derive(Clone)]
enum ExportOutcome {
    Exported(CrmExport),
    Failed(ApiError),
    /// A field was left empty.
    Incomplete,
}

#[component]
fn CrmExportDialog(open: RwSignal<bool>, package: Id, tc: String) -> impl IntoView {
    let client = use_client();
    let crm = RwSignal::new("HubSpot".to_string());
    let other = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let container = RwSignal::new(String::new());
    let result = RwSignal::new(None::<ExportOutcome>);
    let export = use_mutation(
        move |export: &CrmExport| {
            let (client, export) = (client.clone(), export.clone());
            async move { client.send(calls::export_to_crm(&export)).await.map(|()| export) }
        },
        move |outcome| {
            result.set(Some(match outcome {
                Ok(export) => ExportOutcome::Exported(export),
                Err(e) => ExportOutcome::Failed(e),
            }))
        },
    );
    let busy = export.pending();
    let title = {
        let tc = tc.clone();
        move || t().pkg_export_title(&tc)
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let crm_name =
            if crm.get_untracked() == "Other" { other.get_untracked().trim().to_string() } else { crm.get_untracked() };
        if crm_name.is_empty()
            || secret.get_untracked().trim().is_empty()
            || container.get_untracked().trim().is_empty()
        {
            result.set(Some(ExportOutcome::Incomplete));
            return;
        }
        let export_body = CrmExport {
            crm_name,
            secret_id: secret.get_untracked().trim().to_string(),
            container_name: container.get_untracked().trim().to_string(),
            package_id: package.clone(),
            tc: tc.clone(),
        };
        result.set(None);
        export.dispatch_local(export_body);
    };
    view! {
        <Dialog title=title open=open>
            <form on:submit=submit.clone() novalidate>
                <SelectField id="crm-name" label=tr!(pkg_crm) value=crm options=vec![
                    ("HubSpot".to_string(), TextProp::from("HubSpot")),
                    ("Salesforce".to_string(), TextProp::from("Salesforce")),
                    ("Other".to_string(), TextProp::from(tr!(pkg_crm_other))),
                ]/>
                <Show when=move || crm.get() == "Other">
                    <TextField id="crm-other" label=tr!(pkg_crm_name) value=other/>
                </Show>
                <TextField id="crm-secret" label=tr!(pkg_secret_id) value=secret/>
                <TextField id="crm-container" label=tr!(pkg_container_name) value=container/>
                {move || result.get().map(|r| match r {
                    ExportOutcome::Exported(export) => view! {
                        <p class="success" role="status">
                            {move || t().pkg_exported(&export.tc, &export.crm_name, &export.container_name)}
                        </p>
                    }.into_any(),
                    ExportOutcome::Failed(e) => view! {
                        <p class="field-error" role="alert">{move || t().pkg_export_failed(&e.user_message(lang()))}</p>
                    }.into_any(),
                    ExportOutcome::Incomplete => view! {
                        <p class="field-error" role="alert">{tr!(pkg_export_incomplete)}</p>
                    }.into_any(),
                })}
                <div class="actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{move || if busy.get() { t().pkg_exporting() } else { t().pkg_export() }}</button>
                    <button type="button" on:click=move |_| open.set(false)>{tr!(close)}</button>
                </div>
            </form>
        </Dialog>
    }
}
