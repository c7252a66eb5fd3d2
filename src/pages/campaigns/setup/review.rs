//! Step 5: exactly what will be published (budget, dates, each cluster's creative and
//! targeting, integration, DSA), each part with an "Edit" link back to its step, and what is
//! still missing, each problem linking to its step.

use super::editor::{cluster_rows, Editor};
use super::sections::copy_label;
use crate::components::AdPreview;
use crate::i18n::format::{date, money};
use crate::i18n::{lang, t, Lang, Tx};
use crate::routes::Route;
use crate::tr;
use leptos::prelude::*;
use leptos_router::components::A;
use wave_api::contract::models::{ClusterSetup, SetupProcess};
use wave_api::flows::setup::{setup_steps, SetupField};
use wave_api::rules::RowId;

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
        view! {
            <A href=step_href(step) attr:class="edit-link">{tr!(cmp_edit)}<span class="visually-hidden">{move || t().cmp_edit_what(setup_steps(lang())[step])}</span></A>
        }
    };
    move || {
        let d = editor.draft.get();
        let problems = editor.problems.get();
        // The whole review is worded again on a language switch.
        let (lang, tx) = (lang(), t());
        let steps = setup_steps(lang);
        view! {
            <div class="review">
                {(!problems.is_empty()).then(|| view! {
                    <div class="callout" role="status">
                        <p><strong>{tx.cmp_still_missing()}</strong></p>
                        <ul>{problems.iter().map(|p| {
                            let step = p.field.step();
                            view! { <li>{describe(&d, p)}" "<A href=step_href(step)>{tx.cmp_go_to_step(step + 1)}</A></li> }
                        }).collect_view()}</ul>
                    </div>
                })}
                <section class="card review-part" aria-labelledby="review-goal">
                    <div class="review-head"><h3 id="review-goal">{steps[0]}</h3>{edit(0)}</div>
                    <dl class="facts">
                        <dt>{tx.cmp_goal()}</dt><dd>{tx.goal(&d.goal).map_or_else(|| d.goal.clone(), str::to_string)}</dd>
                        <dt>{tx.cmp_total_budget()}</dt><dd>{budget(lang, &d)}</dd>
                        <dt>{tx.cmp_start_date()}</dt><dd>{day(lang, d.start_date.as_deref())}</dd>
                        <dt>{tx.cmp_end_date()}</dt><dd>{day(lang, d.end_date.as_deref())}</dd>
                    </dl>
                </section>
                <section class="card review-part" aria-labelledby="review-clusters">
                    <div class="review-head"><h3 id="review-clusters">{steps[1]}</h3>{edit(1)}</div>
                    <p>{list_or(&d.clusters.iter().map(|c| cluster_name(&d, c)).collect::<Vec<_>>(), tx.cmp_none_selected())}</p>
                </section>
                {d.clusters.iter().zip(cluster_rows(&d)).enumerate().map(|(i, (c, row))| cluster(tx, &d, c, &row, i, edit(2))).collect_view()}
                <section class="card review-part" aria-labelledby="review-integration">
                    <div class="review-head"><h3 id="review-integration">{steps[3]}</h3>{edit(3)}</div>
                    <dl class="facts">
                        <dt>{tx.cmp_ad_account_id()}</dt><dd>{or_dash(d.integration.ad_account_id.as_deref().unwrap_or(""))}</dd>
                        <dt>{tx.cmp_pixel_id()}</dt><dd>{or_dash(d.integration.pixel_id.as_deref().unwrap_or(""))}</dd>
                        <dt>{tx.cmp_lead_form_id()}</dt><dd>{or_dash(d.integration.lead_form_id.as_deref().unwrap_or(""))}</dd>
                        <dt>{tx.cmp_dsa_payor()}</dt><dd>{or_dash(&d.dsa_payor)}</dd>
                        <dt>{tx.cmp_dsa_beneficiary()}</dt><dd>{or_dash(&d.dsa_beneficiary)}</dd>
                    </dl>
                </section>
            </div>
        }
    }
}

fn budget(lang: Lang, d: &SetupProcess) -> String {
    match d.total_budget {
        Some(b) => money(lang, b, &d.currency),
        None => "—".to_string(),
    }
}

/// A date of the draft as the language writes it, else "—".
fn day(lang: Lang, iso: Option<&str>) -> String {
    match iso.map(str::trim).filter(|d| !d.is_empty()) {
        Some(iso) => date(lang, iso),
        None => "—".to_string(),
    }
}

/// A problem as a sentence that says where: "Classical lovers 50+: Write a headline." (in the
/// language on screen, tracked).
pub fn describe(d: &SetupProcess, p: &wave_api::rules::Problem<SetupField>) -> String {
    match p.field.cluster().and_then(|i| d.clusters.get(i)) {
        Some(c) => format!("{}: {}", cluster_name(d, c), p.message),
        None => p.message.clone(),
    }
}

/// The cluster's name as the draft lists it, else its code.
fn cluster_name(d: &SetupProcess, c: &ClusterSetup) -> String {
    if wave_api::rules::is_missing_id(&c.tc) {
        return t().cmp_no_cluster_id().to_string();
    }
    d.available_clusters.iter().find(|a| a.tc == c.tc).map_or_else(|| c.tc.clone(), |a| a.name.clone())
}

fn cluster(
    tx: Tx,
    d: &SetupProcess,
    c: &ClusterSetup,
    row: &RowId,
    i: usize,
    edit: impl IntoView + 'static,
) -> impl IntoView {
    let id = format!("review-cluster-{i}");
    // A repeated or missing `tc` is flagged here too: it is what keeps the draft from publishing.
    let title = match copy_label(tx, row) {
        Some(copy) => tx.cmp_review_cluster_copy(&cluster_name(d, c), &copy),
        None => tx.cmp_review_cluster(&cluster_name(d, c)),
    };
    let flag = row.flag().map(|flag| view! { " " <span class="badge badge-busy">{tx.id_flag(flag)}</span> });
    let t = &c.targeting;
    let ages = match (t.age_min, t.age_max) {
        (None, None) => tx.cmp_any_age().to_string(),
        (min, max) => format!(
            "{}–{}",
            min.map_or_else(|| tx.cmp_age_any().to_string(), |m| m.to_string()),
            max.map_or_else(|| tx.cmp_age_any().to_string(), |m| m.to_string())
        ),
    };
    let genders: Vec<String> = t.genders.iter().map(|g| tx.gender(g)).collect();
    view! {
        <section class="card review-part" aria-labelledby=id.clone()>
            <div class="review-head"><h3 id=id.clone()>{title}{flag}</h3>{edit}</div>
            <div class="creative-layout">
            <dl class="facts">
                <dt>{tx.cmp_headline()}</dt><dd>{or_dash(&c.creative.headline)}</dd>
                <dt>{tx.cmp_body()}</dt><dd class="pre-line">{or_dash(&c.creative.body)}</dd>
                <dt>{tx.cmp_media_url()}</dt><dd class="wrap">{or_dash(&c.creative.media_url)}</dd>
                <dt>{tx.cmp_cta()}</dt><dd>{tx.cta(&c.creative.cta).map_or_else(|| c.creative.cta.clone(), str::to_string)}</dd>
                <dt>{tx.cmp_locations()}</dt><dd>{list_or(&t.geo, tx.cmp_everywhere())}</dd>
                <dt>{tx.cmp_ages()}</dt><dd>{ages}</dd>
                <dt>{tx.cmp_genders()}</dt><dd>{list_or(&genders, tx.cmp_all())}</dd>
                <dt>{tx.cmp_custom_audiences()}</dt><dd>{list_or(&t.custom_audiences, tx.cmp_none())}</dd>
            </dl>
            <AdPreview headline=c.creative.headline.clone() body=c.creative.body.clone() media_url=c.creative.media_url.clone()
                cta=c.creative.cta.clone() audience=cluster_name(d, c)/>
            </div>
        </section>
    }
}
