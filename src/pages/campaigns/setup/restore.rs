//! This tab has unsaved edits that differ from the server's draft (saved since by another tab
//! or device, or never saved before the tab went away). Both are shown; the user chooses.

use super::editor::DraftEditor;
use super::Start;
use crate::pages::campaigns::local_drafts::DraftKeys;
use leptos::prelude::*;
use wave_api::models::SetupProcess;

/// The draft as a person reads it: one line per thing they set.
fn summary(d: &SetupProcess) -> Vec<(String, String)> {
    let or_dash = |s: &str| if s.trim().is_empty() { "—".to_string() } else { s.to_string() };
    let mut rows = vec![
        ("Goal".to_string(), or_dash(&d.goal)),
        (
            "Total budget".to_string(),
            d.total_budget.map(|b| format!("{b} {}", d.currency)).unwrap_or_else(|| "—".into()),
        ),
        ("Start date".to_string(), or_dash(d.start_date.as_deref().unwrap_or_default())),
        ("End date".to_string(), or_dash(d.end_date.as_deref().unwrap_or_default())),
        ("Clusters".to_string(), or_dash(&d.clusters.iter().map(|c| c.tc.as_str()).collect::<Vec<_>>().join(", "))),
    ];
    for c in &d.clusters {
        rows.push((format!("“{}” headline", c.tc), or_dash(&c.creative.headline)));
        rows.push((format!("“{}” body", c.tc), or_dash(&c.creative.body)));
        rows.push((format!("“{}” media URL", c.tc), or_dash(&c.creative.media_url)));
        rows.push((format!("“{}” locations", c.tc), or_dash(&c.targeting.geo.join(", "))));
    }
    let i = &d.integration;
    rows.push(("Ad account ID".into(), or_dash(i.ad_account_id.as_deref().unwrap_or_default())));
    rows.push(("Pixel ID".into(), or_dash(i.pixel_id.as_deref().unwrap_or_default())));
    rows.push(("Lead form ID".into(), or_dash(i.lead_form_id.as_deref().unwrap_or_default())));
    rows.push(("DSA payor".into(), or_dash(&d.dsa_payor)));
    rows.push(("DSA beneficiary".into(), or_dash(&d.dsa_beneficiary)));
    rows
}

/// The lines where the two versions differ: (what, this tab, the server).
pub fn differences(local: &SetupProcess, server: &SetupProcess) -> Vec<(String, String, String)> {
    let theirs = summary(server);
    let mine = summary(local);
    let mut out: Vec<(String, String, String)> = Vec::new();
    for (label, value) in &mine {
        let other = theirs.iter().find(|(l, _)| l == label).map(|(_, v)| v.clone()).unwrap_or_else(|| "—".into());
        if *value != other {
            out.push((label.clone(), value.clone(), other));
        }
    }
    for (label, value) in &theirs {
        if !mine.iter().any(|(l, _)| l == label) {
            out.push((label.clone(), "—".into(), value.clone()));
        }
    }
    out
}

#[component]
pub fn RestoreChoice(
    server: SetupProcess,
    local: SetupProcess,
    keys: DraftKeys,
    reload: Callback<()>,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<Start>);
    let rows = differences(&local, &server);
    let mine = SetupProcess {
        status: server.status,
        available_clusters: server.available_clusters.clone(),
        closed_reason: server.closed_reason.clone(),
        ..local
    };
    let keep = {
        let mine = mine.clone();
        move |_| chosen.set(Some(Start::Local(mine.clone())))
    };
    let discard = {
        let (server, keys) = (server.clone(), keys.clone());
        move |_| {
            let _ = keys.write_backup(&server.eid, None);
            chosen.set(Some(Start::Server(server.clone())));
        }
    };
    view! {
        {move || match chosen.get() {
            Some(start) => view! { <DraftEditor start=start keys=keys.clone() reload=reload/> }.into_any(),
            None => view! {
                <section class="callout restore" aria-labelledby="restore-heading">
                    <h2 id="restore-heading">"Which version do you want to keep?"</h2>
                    <p>"This tab has edits that were not saved, and the draft on the server is different \
                        (it may have been saved since in another tab or on another device). Nothing has been overwritten."</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-label="What differs, scrollable">
                        <table class="data">
                            <caption>"What differs"</caption>
                            <thead><tr><th scope="col">"Field"</th><th scope="col">"Your unsaved edits"</th><th scope="col">"On the server"</th></tr></thead>
                            <tbody>
                                {rows.is_empty().then(|| view! { <tr><td colspan="3">"Only details this app does not show differ."</td></tr> })}
                                {rows.iter().map(|(what, mine, theirs)| view! {
                                    <tr><th scope="row">{what.clone()}</th><td>{mine.clone()}</td><td>{theirs.clone()}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <div class="actions">
                        <button type="button" class="primary" on:click=keep.clone()>"Keep my edits"</button>
                        <button type="button" on:click=discard.clone()>"Use the server's version"</button>
                    </div>
                </section>
            }.into_any(),
        }}
    }
}
