//! `/campaigns/:eid/setup`: the campaign wizard over one setup process (draft) per event.
//!
//! - `mod.rs` (this file): the page: open the draft, and when this tab holds unsaved edits
//!   that differ from the server's copy, let the user choose (never overwrite silently).
//! - `draft_editor.rs`: the editor: autosave, the tab lock, the hand-over between tabs, and
//!   the server's copy followed for others' changes (`reactive::draft_sync`).
//! - `editor.rs`: the handle every step gets: the draft, one binding per field (`lens!`), the
//!   typed problem of each field, and the same for one cluster.
//! - `steps.rs`: the five steps, the step in the URL, Next with the step's checks.
//! - `sections.rs`: the form's sections. `review.rs`: step 5. `publish.rs`: Publish (read
//!   first) and Cancel.
//! - `restore.rs`: the choice between this tab's unsaved edits and the server's copy;
//!   `unsaved.rs`: unsaved edits as a person reads them, kept and shown when the draft can no
//!   longer take them; `changes.rs`: others' changes named, and the conflict panel.

// First: its `lens!` macro is used by the files below.
#[macro_use]
mod editor;
mod changes;
mod draft_editor;
mod publish;
mod restore;
mod review;
mod sections;
mod steps;
mod unsaved;

use crate::api::{drafts::open_draft, use_client};
use crate::components::{ErrorPanel, Loading};
use crate::i18n::{lang, t};
use crate::pages::event::EventDetails;
use crate::reactive::load::use_load;
use crate::routes;
use crate::services::event_names::{event_label, use_event_name};
use crate::services::local_drafts::DraftKeys;
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use wave_api::contract::models::{Id, SetupProcess};

/// What the editor starts from.
#[derive(Clone, Debug, PartialEq)]
pub enum Start {
    /// The server's draft as it is.
    Server(SetupProcess),
    /// This tab's unsaved edits over the server's draft (they are saved at once), and the
    /// server's draft they go over.
    Local { mine: SetupProcess, server: Box<SetupProcess> },
}

#[component]
pub fn SetupWizard() -> impl IntoView {
    // Demo mode: the campaign half of the demo world answers (its code travels with this page).
    crate::api::serve_demo_campaigns();
    let params = use_params_map();
    let eid = Id(params.with_untracked(|p| p.get(routes::EID).unwrap_or_default()));
    let name = use_event_name(eid.clone());
    Effect::new({
        let eid = eid.clone();
        move |_| crate::browser::document::set_title(&t().cmp_setup_doc_title(&event_label(&eid, name.get().as_ref())))
    });
    let client = use_client();
    let keys = DraftKeys::current();
    let draft = use_load({
        let eid = eid.clone();
        move |_| {
            let (client, eid) = (client.clone(), eid.clone());
            async move { open_draft(&client, &eid).await }
        }
    });
    let reload = Callback::new(move |_| draft.reload());
    view! {
        <section class="page">
            <h1>{
                let eid = eid.clone();
                move || t().cmp_setup_heading(&event_label(&eid, name.get().as_ref()))
            }</h1>
            <EventDetails eid=eid.clone() name=name/>
            {move || match draft.state() {
                None => view! { <Loading label=tr!(cmp_loading_draft)/> }.into_any(),
                Some(Err(e)) => view! { <ErrorPanel message=move || e.user_message(lang()) on_retry=reload/> }.into_any(),
                Some(Ok(server)) => {
                    // The route's event names the draft, whatever id the answer carries.
                    let eid = eid.clone();
                    keys.remember(&eid, true);
                    let backup = keys.read_backup(&eid).filter(|b| !b.editable_eq(&server));
                    match backup {
                        Some(local) if server.status.is_editable() => {
                            view! { <restore::RestoreChoice eid=eid server=server local=local keys=keys.clone() reload=reload/> }.into_any()
                        }
                        // Closed, or a status this app does not know: the edits cannot be saved,
                        // and they are not thrown away either. They stay in this tab, shown.
                        Some(local) => view! {
                            <unsaved::UnsavedEdits eid=eid.clone() server=server.clone() local=local keys=keys.clone()/>
                            <draft_editor::DraftEditor eid=eid start=Start::Server(server) keys=keys.clone() reload=reload/>
                        }.into_any(),
                        None => {
                            let _ = keys.write_backup(&eid, None);
                            view! { <draft_editor::DraftEditor eid=eid start=Start::Server(server) keys=keys.clone() reload=reload/> }.into_any()
                        }
                    }
                }
            }}
        </section>
    }
}
