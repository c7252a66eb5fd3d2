//! This tab's unsaved edits as a person reads them: beside the server's copy (what differs),
//! and, when the draft can no longer take them (closed, or a status this app does not know),
//! kept and shown, to copy or download.

use crate::components::{use_notices, CompareTable};
use crate::services::local_drafts::DraftKeys;
use leptos::prelude::*;
use wave_api::contract::models::{Id, SetupProcess};

pub const COLUMNS: [&str; 3] = ["Field", "Your unsaved edits", "On the server"];
pub const ONLY_UNSHOWN: &str = "Only details this app does not show differ.";

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
        rows.push((format!("“{}” locations", c.tc), or_dash(&c.targeting.geo.join("; "))));
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

/// This tab's unsaved edits, as text a person can read and paste elsewhere.
fn as_text(eid: &Id, d: &SetupProcess) -> String {
    let mut text = format!("Unsaved edits to the campaign draft of event {eid}\n\n");
    for (what, value) in summary(d) {
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
    let rows: Vec<(String, String, String)> = differences(&local, &server);
    let text = StoredValue::new(as_text(&eid, &local));
    let stem = wave_api::rules::safe_file_stem(eid.as_str()).unwrap_or_else(|| "event".into());
    let file_name = format!("draft-{stem}-unsaved-edits.txt");
    let copy = move |_| {
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return };
        let promise = clipboard.write_text(&text.get_value());
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => notices.info("Your unsaved edits were copied."),
                Err(_) => notices.error("The browser did not allow copying. Download them instead."),
            }
        });
    };
    let download = move |_| {
        if let Err(why) = crate::browser::download::save_text(&file_name, &text.get_value(), "text/plain;charset=utf-8")
        {
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
                <h2 id="unsaved-heading">"Your unsaved edits could not be saved"</h2>
                <p>"This draft can no longer be edited, so the edits this tab had not saved yet cannot go to the server. \
                    They are kept in this tab until you discard them: copy or download them to use them elsewhere."</p>
                <CompareTable caption="Your unsaved edits" columns=COLUMNS rows=rows.clone() empty=ONLY_UNSHOWN/>
                <div class="actions">
                    <button type="button" on:click=copy>"Copy my edits"</button>
                    <button type="button" on:click=download.clone()>"Download my edits"</button>
                    <button type="button" on:click=discard.clone()>"Discard my edits"</button>
                </div>
            </section>
        </Show>
    }
}
