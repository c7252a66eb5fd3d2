//! The sections of the campaign draft form: goal, budget and dates; taste clusters; each
//! cluster's creative and targeting; integration and DSA.

use super::editor::Editor;
use crate::api::event_names::{event_label, use_event_name};
use crate::components::{options, AdPreview, ChipInput, FieldError, NumberField, SelectField, TextField};
use leptos::prelude::*;
use wave_api::assumptions::{CTAS, GENDERS, GOALS};
use wave_api::models::{ClusterSetup, Creative, SetupProcess, Targeting};
use wave_api::rules::{row_ids, IdState, NumberRule, RowId, RowKey, MISSING_ID_FLAG, REPEATED_ID_FLAG};

const AGE: NumberRule = NumberRule::AGE;

/// A labelled input bound to one string of the draft.
fn text_field(
    editor: Editor,
    id: String,
    label: &'static str,
    kind: &'static str,
    get: impl Fn(&SetupProcess) -> String + Send + Sync + 'static,
    set: impl Fn(&mut SetupProcess, String) + Send + Sync + Clone + 'static,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! { <TextField id=id label=label kind=kind value=editor.bind(get, set) error=error disabled=editor.read_only/> }
}

/// A number of the draft, typed in the one number field.
fn number_field(
    editor: Editor,
    id: String,
    label: &'static str,
    rule: NumberRule,
    get: impl Fn(&SetupProcess) -> Option<f64> + Send + Sync + 'static,
    set: impl Fn(&mut SetupProcess, Option<f64>) + Send + Sync + Clone + 'static,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let value = Signal::derive(move || editor.draft.with(|d| get(d)));
    let on_change = Callback::new(move |v: Option<f64>| {
        let set = set.clone();
        editor.change(move |d| set(d, v));
    });
    view! { <NumberField id=id label=label value=value on_change=on_change rule=rule error=error disabled=editor.read_only/> }
}

#[component]
pub fn GoalSection(editor: Editor) -> impl IntoView {
    let d = editor.draft;
    view! {
        <fieldset>
            <legend>"Goal, budget and dates"</legend>
            <SelectField id="goal" label="Goal" options=options(&GOALS) disabled=editor.read_only
                value=editor.bind(|d| d.goal.clone(), |d, v| d.goal = v)/>
            <div class="grid-2">
                {number_field(editor, "total-budget".into(), "Total budget",
                    NumberRule::BUDGET.labelled("Total budget"),
                    |d| d.total_budget, |d, v| d.total_budget = v, editor.problem("total_budget".into()))}
                <p class="field"><span class="label">"Currency"</span>" "<span>{move || d.with(|d| if d.currency.is_empty() { "—".to_string() } else { d.currency.clone() })}</span></p>
                {text_field(editor, "start-date".into(), "Start date", "date", |d| d.start_date.clone().unwrap_or_default(),
                    |d, v| d.start_date = Some(v).filter(|v| !v.is_empty()), editor.problem("start_date".into()))}
                {text_field(editor, "end-date".into(), "End date", "date", |d| d.end_date.clone().unwrap_or_default(),
                    |d, v| d.end_date = Some(v).filter(|v| !v.is_empty()), editor.problem("end_date".into()))}
            </div>
        </fieldset>
    }
}

/// The clusters of `d` as rows: the key and id state of each, in the draft's order.
pub fn cluster_rows(d: &SetupProcess) -> Vec<RowId> {
    row_ids(d.clusters.iter().map(|c| c.tc.as_str()))
}

/// The index in the draft of the cluster `key` names: the `occurrence`-th cluster with its
/// `tc` (never simply the first with it: a draft may repeat a `tc`).
pub fn cluster_index(d: &SetupProcess, key: &RowKey) -> Option<usize> {
    d.clusters.iter().enumerate().filter(|(_, c)| c.tc == key.id()).nth(key.occurrence()).map(|(i, _)| i)
}

#[component]
pub fn ClusterSection(editor: Editor) -> impl IntoView {
    let d = editor.draft;
    view! {
        <fieldset>
            <legend>{move || format!("Taste clusters (run {})", d.with(|d| d.tc_run_id.clone()))}</legend>
            {move || {
                let available = d.with(|d| d.available_clusters.clone());
                let rows = row_ids(available.iter().map(|c| c.tc.as_str()));
                available.into_iter().zip(rows).map(|(c, row)| available_cluster(editor, c, row)).collect_view()
            }}
            <FieldError id="clusters-error" message=editor.problem("clusters".into())/>
        </fieldset>
    }
}

/// One cluster the server offers, to tick or untick. One it sent without a `tc` cannot be
/// chosen; one it lists twice is offered once (the later entries say so).
fn available_cluster(editor: Editor, c: wave_api::models::AvailableCluster, row: RowId) -> impl IntoView {
    let d = editor.draft;
    let tc = c.tc.clone();
    let note_id = row.key.dom_id("available-note");
    let note = match row.state {
        IdState::Unique => None,
        IdState::Missing => {
            Some((MISSING_ID_FLAG, "No taste cluster id from the server: it cannot be selected.".to_string()))
        }
        IdState::Repeated { .. } if row.selectable() => None,
        IdState::Repeated { .. } => {
            Some((REPEATED_ID_FLAG, "The server lists this taste cluster more than once: select it above.".to_string()))
        }
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
                " "{c.name.clone()}" "<span class="hint">{format!("({} people)", crate::pages::number(c.size))}</span>
            </label>
            {note.map(|(flag, why)| view! {
                <p class="hint id-note" id=note_id><span class="badge badge-busy">{flag}</span>" "{why}</p>
            })}
            {move || (selectable && copies() > 1).then(|| view! {
                <p class="hint id-note"><span class="badge badge-busy">{REPEATED_ID_FLAG}</span>
                    {format!(" In this draft {} times: each copy has its own creative in step 3. Unticking removes every copy.", copies())}</p>
            })}
        </div>
    }
}

/// Creative and targeting of one selected cluster: the one `cluster` names (its `tc`, and which
/// copy of it when the draft repeats the `tc`). Every read and edit goes to that cluster.
#[component]
pub fn ClusterDetails(editor: Editor, cluster: RowKey) -> impl IntoView {
    let key = cluster;
    let d = editor.draft;
    let tc = key.id().to_string();
    let index = {
        let key = key.clone();
        move |d: &SetupProcess| cluster_index(d, &key)
    };
    // Field ids follow the cluster (stable while it is selected); problem keys follow its
    // current position in the draft, which changes when an earlier cluster is removed.
    let slug = match key.occurrence() {
        0 => cluster_slug(&tc),
        n => format!("{}-copy{}", cluster_slug(&tc), n + 1),
    };
    // Whether this cluster's `tc` is missing or repeated in the draft, as the draft changes.
    let state = Memo::new({
        let key = key.clone();
        move |_| d.with(|d| cluster_rows(d).into_iter().find(|r| r.key == key))
    });
    let legend = {
        let tc = tc.clone();
        move || match state.get() {
            Some(row) if row.is_missing() => "Cluster without a taste cluster id".to_string(),
            Some(row) => match row.copy_label() {
                Some(copy) => format!("Cluster “{tc}” ({copy})"),
                None => format!("Cluster “{tc}”"),
            },
            None => format!("Cluster “{tc}”"),
        }
    };
    let remove = {
        let key = key.clone();
        move |_: leptos::ev::MouseEvent| {
            let key = key.clone();
            editor.change(move |d| {
                if let Some(i) = cluster_index(d, &key) {
                    d.clusters.remove(i);
                }
            })
        }
    };
    let note_id = format!("{slug}-id-note");
    let id_note = move || {
        let row = state.get()?;
        let (flag, why, button) = match row.state {
            IdState::Unique => return None,
            IdState::Missing => (
                MISSING_ID_FLAG,
                "No taste cluster id from the server: this cluster cannot be published.".to_string(),
                "Remove this cluster",
            ),
            IdState::Repeated { count } => (
                REPEATED_ID_FLAG,
                format!("This taste cluster is in the draft {count} times. Each copy is edited on its own; keep one before publishing."),
                "Remove this copy",
            ),
        };
        let remove = remove.clone();
        Some(view! {
            <div class="callout id-note">
                <p id=note_id.clone()><span class="badge badge-busy">{flag}</span>" "{why}</p>
                <button type="button" on:click=remove disabled=move || editor.read_only.get()
                    aria-describedby=note_id.clone()>{button}</button>
            </div>
        })
    };
    let position = Memo::new({
        let index = index.clone();
        move |_| d.with(|d| index(d)).unwrap_or(0)
    });
    let problem = move |what: &'static str| editor.problem_at(move || format!("clusters.{}.{what}", position.get()));
    let get = {
        let index = index.clone();
        move |f: fn(&ClusterSetup) -> String| {
            let index = index.clone();
            move |d: &SetupProcess| index(d).and_then(|i| d.clusters.get(i)).map(f).unwrap_or_default()
        }
    };
    let set = {
        let index = index.clone();
        move |f: fn(&mut ClusterSetup, String)| {
            let index = index.clone();
            move |d: &mut SetupProcess, v: String| {
                if let Some(c) = index(d).and_then(|i| d.clusters.get_mut(i)) {
                    f(c, v)
                }
            }
        }
    };
    let list = {
        let index = index.clone();
        move |f: fn(&ClusterSetup) -> Vec<String>| {
            let index = index.clone();
            Signal::derive(move || d.with(|d| index(d).and_then(|i| d.clusters.get(i)).map(f).unwrap_or_default()))
        }
    };
    let set_list = {
        let index = index.clone();
        move |f: fn(&mut ClusterSetup, Vec<String>)| {
            let index = index.clone();
            Callback::new(move |v: Vec<String>| {
                let index = index.clone();
                editor.change(move |d| {
                    if let Some(c) = index(d).and_then(|i| d.clusters.get_mut(i)) {
                        f(c, v)
                    }
                })
            })
        }
    };
    let age = {
        let index = index.clone();
        move |f: fn(&Targeting) -> Option<u8>| {
            let index = index.clone();
            move |d: &SetupProcess| {
                index(d).and_then(|i| d.clusters.get(i)).and_then(|c| f(&c.targeting)).map(f64::from)
            }
        }
    };
    let set_age = {
        let index = index.clone();
        move |f: fn(&mut Targeting, Option<u8>)| {
            let index = index.clone();
            move |d: &mut SetupProcess, v: Option<f64>| {
                if let Some(c) = index(d).and_then(|i| d.clusters.get_mut(i)) {
                    f(&mut c.targeting, v.map(|v| v as u8))
                }
            }
        }
    };
    // The ad preview reads the same draft the fields write: it follows every keystroke.
    let creative = |f: fn(&ClusterSetup) -> String| {
        let g = get(f);
        Signal::<String>::from(Memo::new(move |_| d.with(|d| g(d))))
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
    view! {
        <fieldset class="cluster-setup">
            <legend>{legend}</legend>
            {id_note}
            <FieldError id=format!("{slug}-tc-error") message=problem("tc")/>
            <h3>"Creative"</h3>
            <div class="creative-layout">
                <div class="creative-fields">
                    {text_field(editor, format!("{slug}-headline"), "Headline", "text", get(|c| c.creative.headline.clone()), set(|c, v| c.creative.headline = v), problem("headline"))}
                    <TextField id=format!("{slug}-body") label="Body" rows=3 disabled=editor.read_only error=problem("body")
                        value=editor.bind(get(|c| c.creative.body.clone()), set(|c, v| c.creative.body = v))/>
                    {text_field(editor, format!("{slug}-media"), "Media URL", "url", get(|c| c.creative.media_url.clone()), set(|c, v| c.creative.media_url = v), problem("media_url"))}
                    <SelectField id=format!("{slug}-cta") label="Call to action" options=options(&CTAS) disabled=editor.read_only
                        value=editor.bind(get(|c| c.creative.cta.clone()), set(|c, v| c.creative.cta = v))/>
                </div>
                <AdPreview headline=creative(|c| c.creative.headline.clone()) body=creative(|c| c.creative.body.clone())
                    media_url=creative(|c| c.creative.media_url.clone()) cta=creative(|c| c.creative.cta.clone()) audience=audience sponsor=sponsor/>
            </div>
            <h3>"Targeting"</h3>
            <ChipInput id=format!("{slug}-geo") label="Locations" keep_commas=true values=list(|c| c.targeting.geo.clone()) on_change=set_list(|c, v| c.targeting.geo = v) disabled=editor.read_only/>
            <div class="grid-2">
                {number_field(editor, format!("{slug}-age-min"), "Minimum age", AGE,
                    age(|t| t.age_min), set_age(|t, a| t.age_min = a), problem("age"))}
                {number_field(editor, format!("{slug}-age-max"), "Maximum age", AGE,
                    age(|t| t.age_max), set_age(|t, a| t.age_max = a), Signal::default())}
            </div>
            <fieldset>
                <legend>"Genders (none = all)"</legend>
                {GENDERS.iter().map(|g| {
                    let has = list(|c| c.targeting.genders.clone());
                    let set_genders = set_list(|c, v| c.targeting.genders = v);
                    view! {
                        <label class="checkbox"><input type="checkbox" prop:checked=move || has.get().iter().any(|x| x == g) disabled=move || editor.read_only.get()
                            on:change=move |ev| {
                                let mut v: Vec<String> = has.get_untracked().into_iter().filter(|x| x != g).collect();
                                if event_target_checked(&ev) { v.push(g.to_string()); }
                                set_genders.run(v);
                            }/>" "{*g}</label>
                    }
                }).collect_view()}
            </fieldset>
            <ChipInput id=format!("{slug}-audiences") label="Custom audiences" values=list(|c| c.targeting.custom_audiences.clone())
                on_change=set_list(|c, v| c.targeting.custom_audiences = v) disabled=editor.read_only/>
        </fieldset>
    }
}

#[component]
pub fn IntegrationSection(editor: Editor) -> impl IntoView {
    let opt = |v: String| Some(v).filter(|v| !v.trim().is_empty());
    view! {
        <fieldset>
            <legend>"Integration"</legend>
            <div class="grid-2">
                {text_field(editor, "ad-account".into(), "Ad account ID", "text", |d| d.integration.ad_account_id.clone().unwrap_or_default(), move |d, v| d.integration.ad_account_id = opt(v), Signal::default())}
                {text_field(editor, "pixel".into(), "Pixel ID", "text", |d| d.integration.pixel_id.clone().unwrap_or_default(), move |d, v| d.integration.pixel_id = opt(v), Signal::default())}
                {text_field(editor, "lead-form".into(), "Lead form ID", "text", |d| d.integration.lead_form_id.clone().unwrap_or_default(), move |d, v| d.integration.lead_form_id = opt(v), Signal::default())}
            </div>
        </fieldset>
        <fieldset>
            <legend>"EU Digital Services Act"</legend>
            <div class="grid-2">
                {text_field(editor, "dsa-payor".into(), "DSA payor", "text", |d| d.dsa_payor.clone(), |d, v| d.dsa_payor = v, editor.problem("dsa_payor".into()))}
                {text_field(editor, "dsa-beneficiary".into(), "DSA beneficiary", "text", |d| d.dsa_beneficiary.clone(), |d, v| d.dsa_beneficiary = v, editor.problem("dsa_beneficiary".into()))}
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
