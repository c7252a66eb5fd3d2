//! Step 5: exactly what will be published (budget, dates, each cluster's creative and
//! targeting, integration, DSA), each part with an "Edit" link back to its step, and what is
//! still missing, each problem linking to its step.

use super::editor::{cluster_rows, Editor};
use crate::components::AdPreview;
use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::components::A;
use wave_api::contract::assumptions::{CTAS, GOALS};
use wave_api::contract::models::{ClusterSetup, SetupProcess};
use wave_api::flows::setup::{SetupField, SETUP_STEPS};
use wave_api::rules::RowId;

/// The label of `code` in a code table, else the code itself (data the app does not know).
fn label(table: &[(&str, &'static str)], code: &str) -> String {
    table.iter().find(|(c, _)| *c == code).map_or_else(|| code.to_string(), |(_, l)| l.to_string())
}

fn or_dash(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text.to_string()
    }
}

fn list_or(items: &[String], none: &str) -> String {
    if items.is_empty() {
        none.to_string()
    } else {
        items.join(", ")
    }
}

#[component]
pub fn Review(editor: Editor) -> impl IntoView {
    let step_href = move |step: usize| Route::Setup(editor.eid.get_value(), Some(step)).href();
    let edit = move |step: usize| {
        let what = SETUP_STEPS[step].to_lowercase();
        view! { <A href=step_href(step) attr:class="edit-link">"Edit"<span class="visually-hidden">{format!(" {what}")}</span></A> }
    };
    move || {
        let d = editor.draft.get();
        let problems = editor.problems.get();
        view! {
            <div class="review">
                {(!problems.is_empty()).then(|| view! {
                    <div class="callout" role="status">
                        <p><strong>"Still missing before you can publish:"</strong></p>
                        <ul>{problems.iter().map(|p| {
                            let step = p.field.step();
                            view! { <li>{describe(&d, p)}" "<A href=step_href(step)>{format!("Go to step {}", step + 1)}</A></li> }
                        }).collect_view()}</ul>
                    </div>
                })}
                <section class="card review-part" aria-labelledby="review-goal">
                    <div class="review-head"><h3 id="review-goal">{SETUP_STEPS[0]}</h3>{edit(0)}</div>
                    <dl class="facts">
                        <dt>"Goal"</dt><dd>{label(&GOALS, &d.goal)}</dd>
                        <dt>"Total budget"</dt><dd>{budget(&d)}</dd>
                        <dt>"Start date"</dt><dd>{or_dash(d.start_date.as_deref().unwrap_or(""))}</dd>
                        <dt>"End date"</dt><dd>{or_dash(d.end_date.as_deref().unwrap_or(""))}</dd>
                    </dl>
                </section>
                <section class="card review-part" aria-labelledby="review-clusters">
                    <div class="review-head"><h3 id="review-clusters">{SETUP_STEPS[1]}</h3>{edit(1)}</div>
                    <p>{list_or(&d.clusters.iter().map(|c| cluster_name(&d, c)).collect::<Vec<_>>(), "None selected.")}</p>
                </section>
                {d.clusters.iter().zip(cluster_rows(&d)).enumerate().map(|(i, (c, row))| cluster(&d, c, &row, i, edit(2))).collect_view()}
                <section class="card review-part" aria-labelledby="review-integration">
                    <div class="review-head"><h3 id="review-integration">{SETUP_STEPS[3]}</h3>{edit(3)}</div>
                    <dl class="facts">
                        <dt>"Ad account ID"</dt><dd>{or_dash(d.integration.ad_account_id.as_deref().unwrap_or(""))}</dd>
                        <dt>"Pixel ID"</dt><dd>{or_dash(d.integration.pixel_id.as_deref().unwrap_or(""))}</dd>
                        <dt>"Lead form ID"</dt><dd>{or_dash(d.integration.lead_form_id.as_deref().unwrap_or(""))}</dd>
                        <dt>"DSA payor"</dt><dd>{or_dash(&d.dsa_payor)}</dd>
                        <dt>"DSA beneficiary"</dt><dd>{or_dash(&d.dsa_beneficiary)}</dd>
                    </dl>
                </section>
            </div>
        }
    }
}

fn budget(d: &SetupProcess) -> String {
    match d.total_budget {
        Some(b) => format!("{} {}", crate::pages::number(b), d.currency).trim().to_string(),
        None => "—".to_string(),
    }
}

/// A problem as a sentence that says where: "Classical lovers 50+: Write a headline."
pub fn describe(d: &SetupProcess, p: &wave_api::rules::Problem<SetupField>) -> String {
    match p.field.cluster().and_then(|i| d.clusters.get(i)) {
        Some(c) => format!("{}: {}", cluster_name(d, c), p.message),
        None => p.message.clone(),
    }
}

/// The cluster's name as the draft lists it, else its code.
fn cluster_name(d: &SetupProcess, c: &ClusterSetup) -> String {
    if wave_api::rules::is_missing_id(&c.tc) {
        return "(no taste cluster id)".to_string();
    }
    d.available_clusters.iter().find(|a| a.tc == c.tc).map_or_else(|| c.tc.clone(), |a| a.name.clone())
}

fn cluster(d: &SetupProcess, c: &ClusterSetup, row: &RowId, i: usize, edit: impl IntoView + 'static) -> impl IntoView {
    let id = format!("review-cluster-{i}");
    // A repeated or missing `tc` is flagged here too: it is what keeps the draft from publishing.
    let title = match row.copy_label() {
        Some(copy) => format!("Cluster: {} ({copy})", cluster_name(d, c)),
        None => format!("Cluster: {}", cluster_name(d, c)),
    };
    let flag = row.flag().map(|flag| view! { " " <span class="badge badge-busy">{flag}</span> });
    let t = &c.targeting;
    let ages = match (t.age_min, t.age_max) {
        (None, None) => "Any age".to_string(),
        (min, max) => format!(
            "{}–{}",
            min.map_or_else(|| "any".to_string(), |m| m.to_string()),
            max.map_or_else(|| "any".to_string(), |m| m.to_string())
        ),
    };
    view! {
        <section class="card review-part" aria-labelledby=id.clone()>
            <div class="review-head"><h3 id=id.clone()>{title}{flag}</h3>{edit}</div>
            <div class="creative-layout">
            <dl class="facts">
                <dt>"Headline"</dt><dd>{or_dash(&c.creative.headline)}</dd>
                <dt>"Body"</dt><dd class="pre-line">{or_dash(&c.creative.body)}</dd>
                <dt>"Media URL"</dt><dd class="wrap">{or_dash(&c.creative.media_url)}</dd>
                <dt>"Call to action"</dt><dd>{label(&CTAS, &c.creative.cta)}</dd>
                <dt>"Locations"</dt><dd>{list_or(&t.geo, "Everywhere")}</dd>
                <dt>"Ages"</dt><dd>{ages}</dd>
                <dt>"Genders"</dt><dd>{list_or(&t.genders, "All")}</dd>
                <dt>"Custom audiences"</dt><dd>{list_or(&t.custom_audiences, "None")}</dd>
            </dl>
            <AdPreview headline=c.creative.headline.clone() body=c.creative.body.clone() media_url=c.creative.media_url.clone()
                cta=c.creative.cta.clone() audience=cluster_name(d, c)/>
            </div>
        </section>
    }
}
