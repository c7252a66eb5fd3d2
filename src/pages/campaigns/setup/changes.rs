//! What someone else changed in this draft, as a person reads it: field names for notices,
//! and the panel where the user chooses between their value and a colleague's.

use crate::components::use_notices;
use crate::reactive::draft_sync::DraftSync;
use crate::reactive::draft_sync::Side;
use leptos::prelude::*;
use serde_json::Value;
use wave_api::flows::draft_merge::{FieldPath, Step};

/// The name of a field the user edits, or `None` for fields the server owns or the app does
/// not know (never named: the user cannot change them).
pub fn field_label(path: &FieldPath) -> Option<String> {
    let keys: Vec<&str> = path
        .0
        .iter()
        .map(|s| match s {
            Step::Key(k) => k.as_str(),
            Step::Cluster(_) => "[]",
        })
        .collect();
    let tc = path.0.iter().find_map(|s| match s {
        Step::Cluster(tc) => Some(tc.as_str()),
        Step::Key(_) => None,
    });
    let plain = match keys.as_slice() {
        ["goal"] => "Goal",
        ["total_budget"] => "Total budget",
        ["currency"] => "Currency",
        ["start_date"] => "Start date",
        ["end_date"] => "End date",
        ["clusters"] => "Clusters",
        ["dsa_payor"] => "DSA payor",
        ["dsa_beneficiary"] => "DSA beneficiary",
        ["integration", "ad_account_id"] => "Ad account ID",
        ["integration", "pixel_id"] => "Pixel ID",
        ["integration", "lead_form_id"] => "Lead form ID",
        _ => "",
    };
    if !plain.is_empty() {
        return Some(plain.to_string());
    }
    let of_cluster = match keys.as_slice() {
        ["clusters", "[]"] => "cluster",
        ["clusters", "[]", "creative", "headline"] => "headline",
        ["clusters", "[]", "creative", "body"] => "body",
        ["clusters", "[]", "creative", "media_url"] => "media URL",
        ["clusters", "[]", "creative", "cta"] => "call to action",
        ["clusters", "[]", "targeting", "geo"] => "locations",
        ["clusters", "[]", "targeting", "age_min"] => "minimum age",
        ["clusters", "[]", "targeting", "age_max"] => "maximum age",
        ["clusters", "[]", "targeting", "genders"] => "genders",
        ["clusters", "[]", "targeting", "custom_audiences"] => "custom audiences",
        _ => return None,
    };
    Some(format!("“{}” {of_cluster}", tc.unwrap_or_default()))
}

/// The names of the fields in `paths` a person edits, without repeats, joined for a sentence.
pub fn field_list(paths: &[FieldPath]) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for name in paths.iter().filter_map(field_label) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// A value of a field, as text: strings as they are, lists joined, nothing as "—", a whole
/// cluster by its headline.
pub fn value_text(value: Option<&Value>) -> String {
    match value {
        None => "(removed)".into(),
        Some(Value::Null) => "—".into(),
        Some(Value::String(s)) if s.trim().is_empty() => "—".into(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Array(items)) if items.is_empty() => "—".into(),
        Some(Value::Array(items)) => items.iter().map(|v| value_text(Some(v))).collect::<Vec<_>>().join(", "),
        Some(Value::Object(o)) => match o.get("creative").and_then(|c| c.get("headline")).and_then(Value::as_str) {
            Some(headline) => format!("kept, headline “{headline}”"),
            None => "kept".into(),
        },
    }
}

/// Tells the user which fields someone else changed (they are in the form now).
pub fn announce_changes(sync: DraftSync) {
    let notices = use_notices();
    Effect::watch(
        move || sync.taken.get(),
        move |taken, _, _| {
            if let Some(names) = field_list(taken) {
                notices.info(format!("Someone else changed this draft: {names}. Their values are in the form now."));
            }
        },
        false,
    );
}

/// Fields both this tab and someone else changed: both values side by side, one choice each.
/// Nothing is saved until every field has a choice.
#[component]
pub fn ConflictPanel(sync: DraftSync, mark_unsaved: Callback<()>) -> impl IntoView {
    view! {
        {move || sync.conflicts.get().map(|pending| {
            let rows: Vec<(String, String, String)> = pending
                .conflicts
                .iter()
                .map(|c| {
                    let name = field_label(&c.path).unwrap_or_else(|| c.path.dotted());
                    (name, value_text(c.mine.as_ref()), value_text(c.theirs.as_ref()))
                })
                .collect();
            let choices: Vec<RwSignal<Option<Side>>> = rows.iter().map(|_| RwSignal::new(None)).collect();
            let all_chosen = {
                let choices = choices.clone();
                Signal::derive(move || choices.iter().all(|c| c.get().is_some()))
            };
            let apply = {
                let choices = choices.clone();
                move |_| {
                    let chosen: Vec<Side> = choices.iter().filter_map(|c| c.get_untracked()).collect();
                    if chosen.len() == choices.len() {
                        sync.resolve(&chosen);
                        mark_unsaved.run(());
                        // The panel goes; the keyboard goes on from the page's heading.
                        crate::browser::document::focus_heading();
                    }
                }
            };
            // The form waits under the panel: the keyboard goes to the panel at once.
            let heading = NodeRef::<leptos::html::H2>::new();
            Effect::new(move |_| {
                if let Some(h) = heading.get() {
                    let _ = h.focus();
                }
            });
            view! {
                <section class="callout conflicts" aria-labelledby="conflicts-heading">
                    <h2 id="conflicts-heading" tabindex="-1" node_ref=heading>"Someone else changed the same fields"</h2>
                    <p role="alert">"Someone else changed some of the fields you changed. Nothing is saved until you choose."</p>
                    <p>"Choose which value to keep for each field below; the form waits meanwhile."</p>
                    {rows.into_iter().zip(choices).enumerate().map(|(i, ((name, mine, theirs), choice))| {
                        let group = format!("conflict-{i}");
                        view! {
                            <fieldset class="conflict">
                                <legend>{name}</legend>
                                <label class="radio choice">
                                    <input type="radio" name=group.clone() prop:checked=move || choice.get() == Some(Side::Mine)
                                        on:change=move |_| choice.set(Some(Side::Mine))/>
                                    <span class="choice-side">"Yours: "</span><span class="choice-value">{mine}</span>
                                </label>
                                <label class="radio choice">
                                    <input type="radio" name=group prop:checked=move || choice.get() == Some(Side::Theirs)
                                        on:change=move |_| choice.set(Some(Side::Theirs))/>
                                    <span class="choice-side">"Theirs: "</span><span class="choice-value">{theirs}</span>
                                </label>
                            </fieldset>
                        }
                    }).collect_view()}
                    <div class="actions">
                        <button type="button" class="primary" on:click=apply disabled=move || !all_chosen.get()>
                            "Keep these values"
                        </button>
                    </div>
                </section>
            }
        })}
    }
}
