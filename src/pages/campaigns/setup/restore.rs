//! This tab has unsaved edits that differ from the server's draft (saved since by another tab
//! or device, or never saved before the tab went away). Both are shown; the user chooses.

use super::draft_editor::DraftEditor;
use super::unsaved::{columns, differences};
use super::Start;
use crate::components::CompareTable;
use crate::i18n::lang;
use crate::services::local_drafts::DraftKeys;
use crate::tr;
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
    // The rows are worded in the language on screen: a switch words them again.
    let rows = {
        let (local, server) = (local.clone(), server.clone());
        move || differences(&local, &server, lang())
    };
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
                    <h2 id="restore-heading">{tr!(cmp_restore_heading)}</h2>
                    <p>{tr!(cmp_restore_text)}</p>
                    {
                        let rows = rows.clone();
                        move || view! { <CompareTable caption=tr!(cmp_what_differs) columns=columns() rows=rows() empty=tr!(cmp_only_unshown)/> }
                    }
                    <div class="actions">
                        <button type="button" class="primary" on:click=keep.clone()>{tr!(cmp_keep_mine)}</button>
                        <button type="button" on:click=discard.clone()>{tr!(cmp_use_server)}</button>
                    </div>
                </section>
            }.into_any(),
        }}
    }
}
