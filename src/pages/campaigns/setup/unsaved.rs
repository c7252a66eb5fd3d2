//! This tab's unsaved edits as a person reads them: beside the server's copy (what differs),
//! and, when the draft can no longer take them (closed, or a status this app does not know),
//! kept and shown, to copy or download.

use crate::components::{use_notices, CompareTable};
use crate::i18n::format::{date, money};
use crate::i18n::{lang, lang_now, t_now, Lang, Tx};
use crate::services::local_drafts::DraftKeys;
use crate::tr;
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use wave_api::contract::models::{Id, SetupProcess};

/// The compare table's columns: what, this tab's edits, the server's copy.
pub fn columns() -> [TextProp; 3] {
    [TextProp::from(tr!(cmp_col_field)), TextProp::from(tr!(cmp_col_unsaved)), TextProp::from(tr!(cmp_col_on_server))]
}

/// The draft as a person reads it, in `lang`: one line per thing they set.
fn summary(d: &SetupProcess, lang: Lang) -> Vec<(String, String)> {
    let tx = Tx(lang);
    let or_dash = |s: &str| if s.trim().is_empty() { "—".to_string() } else { s.to_string() };
    let day = |s: Option<&str>| match s.filter(|s| !s.trim().is_empty()) {
        Some(s) => date(lang, s),
        None => "—".to_string(),
    };
    let mut rows = vec![
        (tx.cmp_goal().to_string(), or_dash(&d.goal)),
        (
            tx.cmp_total_budget().to_string(),
            d.total_budget.map(|b| money(lang, b, &d.currency)).unwrap_or_else(|| "—".into()),
        ),
        (tx.cmp_start_date().to_string(), day(d.start_date.as_deref())),
        (tx.cmp_end_date().to_string(), day(d.end_date.as_deref())),
        (
            tx.cmp_clusters().to_string(),
            or_dash(&d.clusters.iter().map(|c| c.tc.as_str()).collect::<Vec<_>>().join(", ")),
        ),
    ];
    for c in &d.clusters {
        rows.push((tx.cmp_of_cluster(&c.tc, tx.cmp_f_headline()), or_dash(&c.creative.headline)));
        rows.push((tx.cmp_of_cluster(&c.tc, tx.cmp_f_body()), or_dash(&c.creative.body)));
        rows.push((tx.cmp_of_cluster(&c.tc, tx.cmp_f_media_url()), or_dash(&c.creative.media_url)));
        rows.push((tx.cmp_of_cluster(&c.tc, tx.cmp_f_locations()), or_dash(&c.targeting.geo.join("; "))));
    }
    let i = &d.integration;
    rows.push((tx.cmp_ad_account_id().into(), or_dash(i.ad_account_id.as_deref().unwrap_or_default())));
    rows.push((tx.cmp_pixel_id().into(), or_dash(i.pixel_id.as_deref().unwrap_or_default())));
    rows.push((tx.cmp_lead_form_id().into(), or_dash(i.lead_form_id.as_deref().unwrap_or_default())));
    rows.push((tx.cmp_dsa_payor().into(), or_dash(&d.dsa_payor)));
    rows.push((tx.cmp_dsa_beneficiary().into(), or_dash(&d.dsa_beneficiary)));
    rows
}

/// The lines where the two versions differ, in `lang`: (what, this tab, the server).
pub fn differences(local: &SetupProcess, server: &SetupProcess, lang: Lang) -> Vec<(String, String, String)> {
    let theirs = summary(server, lang);
    let mine = summary(local, lang);
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

/// This tab's unsaved edits, as text a person can read and paste elsewhere, in `lang`.
fn as_text(eid: &Id, d: &SetupProcess, lang: Lang) -> String {
    let mut text = Tx(lang).cmp_unsaved_text_title(eid.as_str());
    for (what, value) in summary(d, lang) {
        text.push_str(&format!("{what}: {value}\n"));
    }
    text
}

/// The server's copy can no longer take this tab's unsaved edits (closed, or a status this
/// app does not know). They are not thrown away: shown, to copy or download, and removed
/// only when the user says so.
#[component]
pub fn UnsavedEdits(
    eid: Id,
    server: SetupProcess,
    local: SetupProcess,
    keys: DraftKeys,
    /// Also run on "Discard my edits" (the editor stops counting them as unsaved).
    #[prop(optional)]
    on_discard: Option<Callback<()>>,
) -> impl IntoView {
    let notices = use_notices();
    let gone = RwSignal::new(false);
    let (local, server, event) = (StoredValue::new(local), StoredValue::new(server), StoredValue::new(eid.clone()));
    // Worded in the language of the moment it is copied or downloaded.
    let text = move || local.with_value(|d| event.with_value(|eid| as_text(eid, d, lang_now())));
    let stem = wave_api::rules::safe_file_stem(eid.as_str()).unwrap_or_else(|| "event".into());
    let file_name = format!("draft-{stem}-unsaved-edits.txt");
    let copy = move |_| {
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return };
        let promise = clipboard.write_text(&text());
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => notices.info(t_now().cmp_copied()),
                Err(_) => notices.error(t_now().cmp_copy_refused()),
            }
        });
    };
    let download = move |_| {
        if let Err(why) = crate::browser::download::save_text(&file_name, &text(), "text/plain;charset=utf-8") {
            notices.error(why);
        }
    };
    let discard = {
        let eid = eid.clone();
        move |_| {
            let _ = keys.write_backup(&eid, None);
            if let Some(done) = on_discard {
                done.run(());
            }
            gone.set(true);
        }
    };
    view! {
        <Show when=move || !gone.get()>
            <section class="callout restore" aria-labelledby="unsaved-heading">
                <h2 id="unsaved-heading">{tr!(cmp_unsaved_heading)}</h2>
                <p>{tr!(cmp_unsaved_text)}</p>
                // The rows are worded in the language on screen: a switch words them again.
                {move || {
                    let rows = local.with_value(|l| server.with_value(|s| differences(l, s, lang())));
                    view! { <CompareTable caption=tr!(cmp_unsaved_caption) columns=columns() rows=rows empty=tr!(cmp_only_unshown)/> }
                }}
                <div class="actions">
                    <button type="button" on:click=copy>{tr!(cmp_copy_mine)}</button>
                    <button type="button" on:click=download.clone()>{tr!(cmp_download_mine)}</button>
                    <button type="button" on:click=discard.clone()>{tr!(cmp_discard_mine)}</button>
                </div>
            </section>
        </Show>
    }
}
