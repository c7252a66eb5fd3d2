//! This tab has unsaved edits that differ from the server's draft (saved since by another tab
//! or device, or never saved before the tab went away). Both are shown; the user chooses.

use super::draft_editor::DraftEditor;
use super::unsaved::{differences, COLUMNS, ONLY_UNSHOWN};
use super::Start;
use crate::components::CompareTable;
use crate::services::local_drafts::DraftKeys;
use leptos::prelude::*;
use wave_api::contract::models::{Id, SetupProcess};
use wave_api::flows::draft_merge::edits_over;

#[component]
pub fn RestoreChoice(
    eid: Id,
    server: SetupProcess,
    local: SetupProcess,
    keys: DraftKeys,
    reload: Callback<()>,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<Start>);
    let rows = differences(&local, &server);
    // What the server owns (its run, version, unknown fields) comes from its copy.
    let mine = edits_over(&local, &server);
    let keep = {
        let mine = mine.clone();
        let server = server.clone();
        move |_| chosen.set(Some(Start::Local { mine: mine.clone(), server: Box::new(server.clone()) }))
    };
    let discard = {
        let (server, keys, eid) = (server.clone(), keys.clone(), eid.clone());
        move |_| {
            let _ = keys.write_backup(&eid, None);
            chosen.set(Some(Start::Server(server.clone())));
        }
    };
    view! {
        {move || match chosen.get() {
            Some(start) => view! { <DraftEditor eid=eid.clone() start=start keys=keys.clone() reload=reload/> }.into_any(),
            None => view! {
                <section class="callout restore" aria-labelledby="restore-heading">
                    <h2 id="restore-heading">"Which version do you want to keep?"</h2>
                    <p>"This tab has edits that were not saved, and the draft on the server is different \
                        (it may have been saved since in another tab or on another device). Nothing has been overwritten."</p>
                    <CompareTable caption="What differs" columns=COLUMNS rows=rows.clone() empty=ONLY_UNSHOWN/>
                    <div class="actions">
                        <button type="button" class="primary" on:click=keep.clone()>"Keep my edits"</button>
                        <button type="button" on:click=discard.clone()>"Use the server's version"</button>
                    </div>
                </section>
            }.into_any(),
        }}
    }
}
