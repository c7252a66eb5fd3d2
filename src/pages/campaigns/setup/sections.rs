//! The sections of the campaign draft form: goal, budget and dates; taste clusters; each
//! cluster's creative and targeting; integration and DSA.

use super::editor::{cluster_index, cluster_rows, ClusterEditor, Editor};
use crate::components::{AdPreview, ChipInput, FieldError, NumberField, SelectField, TextField};
use crate::i18n::format::number;
use crate::i18n::{lang, t, Tx};
use crate::services::event_names::{event_label, use_event_name};
use crate::tr;
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use wave_api::contract::assumptions::{CTAS, GENDERS, GOALS};
use wave_api::contract::models::{ClusterSetup, Creative};
use wave_api::flows::setup::{ClusterField, SetupField};
use wave_api::rules::{row_ids, IdState, NumberRule, RowId, RowKey, MISSING_ID_FLAG, REPEATED_ID_FLAG};

const AGE: NumberRule = NumberRule::AGE;

/// "copy 2 of 3" for a repeated id, in the language of `tx`; `None` otherwise.
pub fn copy_label(tx: Tx, row: &RowId) -> Option<String> {
    match row.state {
        IdState::Repeated { count } => Some(tx.cmp_copy_of(row.key.occurrence() + 1, count)),
        _ => None,
    }
}

#[component]
pub fn GoalSection(editor: Editor) -> impl IntoView {
    let d = editor.draft;
    let (budget, set_budget) = editor.number(lens!(total_budget));
    view! {
        <fieldset>
            <legend>{tr!(cmp_goal_legend)}</legend>
            <SelectField id="goal" label=tr!(cmp_goal) options=goal_options() disabled=editor.read_only value=editor.bind(lens!(goal))/>
            <div class="grid-2">
                <NumberField id="total-budget" label=tr!(cmp_total_budget) rule=NumberRule::BUDGET
                    value=budget on_change=set_budget error=editor.problem(SetupField::TotalBudget) disabled=editor.read_only/>
                <p class="field"><span class="label">{tr!(cmp_currency)}</span>" "<span>{move || d.with(|d| if d.currency.is_empty() { "—".to_string() } else { d.currency.clone() })}</span></p>
                <TextField id="start-date" label=tr!(cmp_start_date) kind="date" value=editor.bind_optional(lens!(start_date))
                    error=editor.problem(SetupField::StartDate) disabled=editor.read_only/>
                <TextField id="end-date" label=tr!(cmp_end_date) kind="date" value=editor.bind_optional(lens!(end_date))
                    error=editor.problem(SetupField::EndDate) disabled=editor.read_only/>
            </div>
        </fieldset>
    }
}

/// The goals the wizard offers, each labelled in the language on screen.
fn goal_options() -> Vec<(String, TextProp)> {
    GOALS
        .iter()
        .map(|(code, _)| (code.to_string(), TextProp::from(move || t().goal(code).unwrap_or(code).to_string())))
        .collect()
}

/// The calls to action the wizard offers, each labelled in the language on screen.
fn cta_options() -> Vec<(String, TextProp)> {
    CTAS.iter()
        .map(|(code, _)| (code.to_string(), TextProp::from(move || t().cta(code).unwrap_or(code).to_string())))
        .collect()
}

#[component]
pub fn ClusterSection(editor: Editor) -> impl IntoView {
    let d = editor.draft;
    view! {
        <fieldset>
            <legend>{move || t().cmp_clusters_legend(&d.with(|d| d.tc_run_id.clone()))}</legend>
            {move || {
                let available = d.with(|d| d.available_clusters.clone());
                let rows = row_ids(available.iter().map(|c| c.tc.as_str()));
                available.into_iter().zip(rows).map(|(c, row)| available_cluster(editor, c, row)).collect_view()
            }}
            <FieldError id="clusters-error" message=editor.problem(SetupField::Clusters)/>
        </fieldset>
    }
}

/// One cluster the server offers, to tick or untick. One it sent without a `tc` cannot be
/// chosen; one it lists twice is offered once (the later entries say so).
fn available_cluster(editor: Editor, c: wave_api::contract::models::AvailableCluster, row: RowId) -> impl IntoView {
    let d = editor.draft;
    let tc = c.tc.clone();
    let note_id = row.key.dom_id("available-note");
    let note = match row.state {
        IdState::Unique => None,
        IdState::Missing => Some((MISSING_ID_FLAG, Tx::cmp_cluster_no_id_selectable as fn(Tx) -> &'static str)),
        IdState::Repeated { .. } if row.selectable() => None,
        IdState::Repeated { .. } => Some((REPEATED_ID_FLAG, Tx::cmp_cluster_listed_twice as fn(Tx) -> &'static str)),
    };
    let selectable = row.selectable();
    // The draft holds this cluster more than once: each copy has its own editor in step 3.
    let copies = {
        let tc = tc.clone();
        move || d.with(|d| d.clusters.iter().filter(|x| x.tc == tc).count())
    };
    let checked = {
        let tc = tc.clone();
        move || selectable && d.with(|d| d.clusters.iter().any(|x| x.tc == tc))
    };
    let described_by = note.is_some().then(|| note_id.clone());
    view! {
        <div class="available-cluster">
            <label class="checkbox">
                <input type="checkbox" prop:checked=checked disabled=move || !selectable || editor.read_only.get()
                    aria-describedby=described_by
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let tc = tc.clone();
                        editor.change(move |d| {
                            d.clusters.retain(|x| x.tc != tc);
                            if on {
                                d.clusters.push(ClusterSetup {
                                    tc,
                                    creative: Creative { cta: CTAS[0].0.into(), ..Creative::default() },
                                    ..ClusterSetup::default()
                                });
                            }
                        });
                    }/>
                " "{c.name.clone()}" "<span class="hint">{move || t().cmp_people(&number(lang(), c.size))}</span>
            </label>
            {note.map(|(flag, why)| view! {
                <p class="hint id-note" id=note_id><span class="badge badge-busy">{move || t().id_flag(flag)}</span>" "{move || why(t())}</p>
            })}
            {move || {
                let n = if selectable { copies() } else { 0 };
                (n > 1).then(|| {
                    let tx = t();
                    view! {
                        <p class="hint id-note"><span class="badge badge-busy">{tx.id_flag(REPEATED_ID_FLAG)}</span>
                            {tx.cmp_copies_note(n)}</p>
                    }
                })
            }}
        </div>
    }
}

/// Creative and targeting of one selected cluster: the one `cluster` names (its `tc`, and which
/// copy of it when the draft repeats the `tc`). Every read and edit goes to that cluster.
#[component]
pub fn ClusterDetails(editor: Editor, cluster: RowKey) -> impl IntoView {
    let d = editor.draft;
    let tc = cluster.id().to_string();
    // Field ids follow the cluster (stable while it is selected); problems follow its current
    // position in the draft, which changes when an earlier cluster is removed.
    let slug = match cluster.occurrence() {
        0 => cluster_slug(&tc),
        n => format!("{}-copy{}", cluster_slug(&tc), n + 1),
    };
    let c: ClusterEditor = editor.cluster(cluster.clone());
    // Whether this cluster's `tc` is missing or repeated in the draft, as the draft changes.
    let state = Memo::new(move |_| {
        let key = c.key();
        d.with(|d| cluster_rows(d).into_iter().find(|r| r.key == key))
    });
    let legend = {
        let tc = tc.clone();
        move || {
            let tx = t();
            match state.get() {
                Some(row) if row.is_missing() => tx.cmp_cluster_without_id().to_string(),
                Some(row) => match copy_label(tx, &row) {
                    Some(copy) => tx.cmp_cluster_legend_copy(&tc, &copy),
                    None => tx.cmp_cluster_legend(&tc),
                },
                None => tx.cmp_cluster_legend(&tc),
            }
        }
    };
    let remove = move |_: leptos::ev::MouseEvent| {
        let key = c.key();
        editor.change(move |d| {
            if let Some(i) = cluster_index(d, &key) {
                d.clusters.remove(i);
            }
        })
    };
    let note_id = format!("{slug}-id-note");
    let id_note = move || {
        let row = state.get()?;
        let tx = t();
        let (flag, why, button) = match row.state {
            IdState::Unique => return None,
            IdState::Missing => (MISSING_ID_FLAG, tx.cmp_cluster_no_id_publish().to_string(), tx.cmp_remove_cluster()),
            IdState::Repeated { count } => (REPEATED_ID_FLAG, tx.cmp_in_draft_times(count), tx.cmp_remove_copy()),
        };
        Some(view! {
            <div class="callout id-note">
                <p id=note_id.clone()><span class="badge badge-busy">{tx.id_flag(flag)}</span>" "{why}</p>
                <button type="button" on:click=remove disabled=move || editor.read_only.get()
                    aria-describedby=note_id.clone()>{button}</button>
            </div>
        })
    };
    let audience = {
        let tc = tc.clone();
        Signal::derive(move || {
            d.with(|d| d.available_clusters.iter().find(|a| a.tc == tc).map_or(tc.clone(), |a| a.name.clone()))
        })
    };
    let eid = editor.eid.get_value();
    let event = use_event_name(eid.clone());
    let sponsor = Signal::derive(move || event_label(&eid, event.get().as_ref()));
    let (age_min, set_age_min) = c.age(lens!(targeting.age_min));
    let (age_max, set_age_max) = c.age(lens!(targeting.age_max));
    let genders = c.value(lens!(targeting.genders));
    let set_genders = c.setter(lens!(targeting.genders));
    let ro = editor.read_only;
    view! {
        <fieldset class="cluster-setup">
            <legend>{legend}</legend>
            {id_note}
            <FieldError id=format!("{slug}-tc-error") message=c.problem(ClusterField::Tc)/>
            <h3>{tr!(cmp_creative)}</h3>
            <div class="creative-layout">
                <div class="creative-fields">
                    <TextField id=format!("{slug}-headline") label=tr!(cmp_headline) value=c.bind(lens!(creative.headline))
                        error=c.problem(ClusterField::Headline) disabled=ro/>
                    <TextField id=format!("{slug}-body") label=tr!(cmp_body) rows=3 value=c.bind(lens!(creative.body))
                        error=c.problem(ClusterField::Body) disabled=ro/>
                    <TextField id=format!("{slug}-media") label=tr!(cmp_media_url) kind="url" value=c.bind(lens!(creative.media_url))
                        error=c.problem(ClusterField::MediaUrl) disabled=ro/>
                    <SelectField id=format!("{slug}-cta") label=tr!(cmp_cta) options=cta_options() disabled=ro
                        value=c.bind(lens!(creative.cta))/>
                </div>
                // The ad preview reads the same draft the fields write: it follows every keystroke.
                <AdPreview headline=c.value(lens!(creative.headline)) body=c.value(lens!(creative.body))
                    media_url=c.value(lens!(creative.media_url)) cta=c.value(lens!(creative.cta)) audience=audience sponsor=sponsor/>
            </div>
            <h3>{tr!(cmp_targeting)}</h3>
            <ChipInput id=format!("{slug}-geo") label=tr!(cmp_locations) keep_commas=true values=c.value(lens!(targeting.geo))
                on_change=c.setter(lens!(targeting.geo)) disabled=ro/>
            <div class="grid-2">
                <NumberField id=format!("{slug}-age-min") label=tr!(cmp_min_age) rule=AGE value=age_min on_change=set_age_min
                    error=c.problem(ClusterField::Age) disabled=ro/>
                <NumberField id=format!("{slug}-age-max") label=tr!(cmp_max_age) rule=AGE value=age_max on_change=set_age_max disabled=ro/>
            </div>
            <fieldset>
                <legend>{tr!(cmp_genders_legend)}</legend>
                {GENDERS.iter().map(|g| view! {
                    <label class="checkbox"><input type="checkbox" prop:checked=move || genders.with(|v| v.iter().any(|x| x == g)) disabled=move || ro.get()
                        on:change=move |ev| {
                            let mut v: Vec<String> = genders.get_untracked().into_iter().filter(|x| x != g).collect();
                            if event_target_checked(&ev) { v.push(g.to_string()); }
                            set_genders.run(v);
                        }/>" "{move || t().gender(g)}</label>
                }).collect_view()}
            </fieldset>
            <ChipInput id=format!("{slug}-audiences") label=tr!(cmp_custom_audiences) values=c.value(lens!(targeting.custom_audiences))
                on_change=c.setter(lens!(targeting.custom_audiences)) disabled=ro/>
        </fieldset>
    }
}

#[component]
pub fn IntegrationSection(editor: Editor) -> impl IntoView {
    let ro = editor.read_only;
    view! {
        <fieldset>
            <legend>{tr!(cmp_integration)}</legend>
            <div class="grid-2">
                <TextField id="ad-account" label=tr!(cmp_ad_account_id) value=editor.bind_optional(lens!(integration.ad_account_id)) disabled=ro/>
                <TextField id="pixel" label=tr!(cmp_pixel_id) value=editor.bind_optional(lens!(integration.pixel_id)) disabled=ro/>
                <TextField id="lead-form" label=tr!(cmp_lead_form_id) value=editor.bind_optional(lens!(integration.lead_form_id)) disabled=ro/>
            </div>
        </fieldset>
        <fieldset>
            <legend>{tr!(cmp_dsa_legend)}</legend>
            <div class="grid-2">
                <TextField id="dsa-payor" label=tr!(cmp_dsa_payor) value=editor.bind(lens!(dsa_payor))
                    error=editor.problem(SetupField::DsaPayor) disabled=ro/>
                <TextField id="dsa-beneficiary" label=tr!(cmp_dsa_beneficiary) value=editor.bind(lens!(dsa_beneficiary))
                    error=editor.problem(SetupField::DsaBeneficiary) disabled=ro/>
            </div>
        </fieldset>
    }
}

/// A stable, id-safe name for the fields of cluster `tc` ("family outings/münchen" →
/// "tc-family-outings-m-nchen-1a2b3c"): readable, and unique thanks to the hash.
fn cluster_slug(tc: &str) -> String {
    let readable: String =
        tc.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    let hash = tc.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("tc-{readable}-{:06x}", hash & 0xff_ffff)
}
