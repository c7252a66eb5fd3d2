//! What someone else changed in this draft, as a person reads it: field names for notices,
//! and the panel where the user chooses between their value and a colleague's.

use crate::components::use_notices;
use crate::i18n::format::{date, number};
use crate::i18n::{lang, lang_now, Lang, Tx};
use crate::reactive::draft_sync::DraftSync;
use crate::reactive::draft_sync::Side;
use crate::tr;
use leptos::prelude::*;
use serde_json::Value;
use wave_api::flows::draft_merge::{FieldPath, Step};

/// The name of a field the user edits, in `lang`, or `None` for fields the server owns or the
/// app does not know (never named: the user cannot change them).
pub fn field_label(path: &FieldPath, lang: Lang) -> Option<String> {
    let tx = Tx(lang);
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
        ["goal"] => tx.cmp_goal(),
        ["total_budget"] => tx.cmp_total_budget(),
        ["currency"] => tx.cmp_currency(),
        ["start_date"] => tx.cmp_start_date(),
        ["end_date"] => tx.cmp_end_date(),
        ["clusters"] => tx.cmp_clusters(),
        ["dsa_payor"] => tx.cmp_dsa_payor(),
        ["dsa_beneficiary"] => tx.cmp_dsa_beneficiary(),
        ["integration", "ad_account_id"] => tx.cmp_ad_account_id(),
        ["integration", "pixel_id"] => tx.cmp_pixel_id(),
        ["integration", "lead_form_id"] => tx.cmp_lead_form_id(),
        _ => "",
    };
    if !plain.is_empty() {
        return Some(plain.to_string());
    }
    let tc = tc.unwrap_or_default();
    let of_cluster = match keys.as_slice() {
        ["clusters", "[]"] => return Some(tx.cmp_cluster_named(tc)),
        ["clusters", "[]", "creative", "headline"] => tx.cmp_f_headline(),
        ["clusters", "[]", "creative", "body"] => tx.cmp_f_body(),
        ["clusters", "[]", "creative", "media_url"] => tx.cmp_f_media_url(),
        ["clusters", "[]", "creative", "cta"] => tx.cmp_f_cta(),
        ["clusters", "[]", "targeting", "geo"] => tx.cmp_f_locations(),
        ["clusters", "[]", "targeting", "age_min"] => tx.cmp_f_min_age(),
        ["clusters", "[]", "targeting", "age_max"] => tx.cmp_f_max_age(),
        ["clusters", "[]", "targeting", "genders"] => tx.cmp_f_genders(),
        ["clusters", "[]", "targeting", "custom_audiences"] => tx.cmp_f_custom_audiences(),
        _ => return None,
    };
    Some(tx.cmp_of_cluster(tc, of_cluster))
}

/// Whether `paths` hold a field a person edits (one [`field_list`] names).
pub fn names_any(paths: &[FieldPath]) -> bool {
    paths.iter().any(|p| field_label(p, Lang::En).is_some())
}

/// The names of the fields in `paths` a person edits, in `lang`, without repeats, joined for a
/// sentence.
pub fn field_list(paths: &[FieldPath], lang: Lang) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for name in paths.iter().filter_map(|p| field_label(p, lang)) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// A value of a field, as text in `lang`: strings as they are, lists joined, nothing as "—", a
/// whole cluster by its headline, numbers as the language writes them.
pub fn value_text(value: Option<&Value>, lang: Lang) -> String {
    let tx = Tx(lang);
    match value {
        None => tx.cmp_value_removed().into(),
        Some(Value::Null) => "—".into(),
        Some(Value::String(s)) if s.trim().is_empty() => "—".into(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.as_f64().map_or_else(|| n.to_string(), |n| number(lang, n)),
        Some(Value::Bool(true)) => tx.cmp_value_true().into(),
        Some(Value::Bool(false)) => tx.cmp_value_false().into(),
        Some(Value::Array(items)) if items.is_empty() => "—".into(),
        Some(Value::Array(items)) => items.iter().map(|v| value_text(Some(v), lang)).collect::<Vec<_>>().join(", "),
        Some(Value::Object(o)) => match o.get("creative").and_then(|c| c.get("headline")).and_then(Value::as_str) {
            Some(headline) => tx.cmp_kept_headline(headline),
            None => tx.cmp_value_kept().into(),
        },
    }
}

/// The value of the field at `path` as text in `lang`: a date of the draft as the language
/// writes it, else as [`value_text`].
fn field_value_text(path: &FieldPath, value: Option<&Value>, lang: Lang) -> String {
    let is_date = matches!(path.0.as_slice(), [Step::Key(k)] if k == "start_date" || k == "end_date");
    match value {
        Some(Value::String(s)) if is_date && !s.trim().is_empty() => date(lang, s),
        other => value_text(other, lang),
    }
}

/// Tells the user which fields someone else changed (they are in the form now).
pub fn announce_changes(sync: DraftSync) {
    let notices = use_notices();
    Effect::watch(
        move || sync.taken.get(),
        move |taken, _, _| {
            let lang = lang_now();
            if let Some(names) = field_list(taken, lang) {
                notices.info(Tx(lang).cmp_someone_changed(&names));
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
            // Each field's name and values are worded in the language on screen (a switch keeps
            // the choices made).
            let rows: Vec<(FieldPath, Option<Value>, Option<Value>)> =
                pending.conflicts.iter().map(|c| (c.path.clone(), c.mine.clone(), c.theirs.clone())).collect();
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
                    <h2 id="conflicts-heading" tabindex="-1" node_ref=heading>{tr!(cmp_conflicts_heading)}</h2>
                    <p role="alert">{tr!(cmp_conflicts_alert)}</p>
                    <p>{tr!(cmp_conflicts_choose)}</p>
                    {rows.into_iter().zip(choices).enumerate().map(|(i, ((path, mine, theirs), choice))| {
                        let group = format!("conflict-{i}");
                        let name = {
                            let path = path.clone();
                            move || field_label(&path, lang()).unwrap_or_else(|| path.dotted())
                        };
                        let mine = {
                            let path = path.clone();
                            move || field_value_text(&path, mine.as_ref(), lang())
                        };
                        let theirs = move || field_value_text(&path, theirs.as_ref(), lang());
                        view! {
                            <fieldset class="conflict">
                                <legend>{name}</legend>
                                <label class="radio choice">
                                    <input type="radio" name=group.clone() prop:checked=move || choice.get() == Some(Side::Mine)
                                        on:change=move |_| choice.set(Some(Side::Mine))/>
                                    <span class="choice-side">{tr!(cmp_yours_label)}</span><span class="choice-value">{mine}</span>
                                </label>
                                <label class="radio choice">
                                    <input type="radio" name=group prop:checked=move || choice.get() == Some(Side::Theirs)
                                        on:change=move |_| choice.set(Some(Side::Theirs))/>
                                    <span class="choice-side">{tr!(cmp_theirs_label)}</span><span class="choice-value">{theirs}</span>
                                </label>
                            </fieldset>
                        }
                    }).collect_view()}
                    <div class="actions">
                        <button type="button" class="primary" on:click=apply disabled=move || !all_chosen.get()>
                            {tr!(cmp_keep_values)}
                        </button>
                    </div>
                </section>
            }
        })}
    }
}
