//! Publish (exactly what is on screen: save, then boost) and Cancel draft.

use super::editor::Editor;
use crate::api::{calls, drafts::publish_draft, use_client};
use crate::components::{use_notices, Dialog, ErrorPanel};
use crate::pages::campaigns::local_drafts::DraftKeys;
use crate::pages::campaigns::overview::event_href;
use crate::reactive::autosave::abort_draft_save;
use crate::reactive::mutation::use_mutation;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wave_api::models::{Id, SetupProcess};

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Publish,
    Cancel,
}

/// Publish (only where `publish` is true: the review step) and Cancel draft (every step).
#[component]
pub fn PublishBar(editor: Editor, eid: Id, keys: DraftKeys, #[prop(into)] publish: Signal<bool>) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    let confirm_cancel = RwSignal::new(false);

    // Whatever the answer, it is about the draft on the server: the notice and forgetting the
    // draft happen in the request, even if the user has left the page meanwhile.
    let run = use_mutation(
        move |(step, draft): &(Step, SetupProcess)| {
            let (client, keys, step, draft) = (client.clone(), keys.clone(), *step, draft.clone());
            async move {
                let eid = draft.eid.clone();
                let result = match step {
                    Step::Publish => publish_draft(&client, &eid, &draft).await,
                    Step::Cancel => client.send(calls::cancel_setup(&eid)).await,
                };
                if result.is_ok() {
                    let _ = keys.write_backup(&eid, None);
                    keys.remember(&eid, false);
                    notices.info(if step == Step::Publish {
                        "Published. The campaigns are live."
                    } else {
                        "The draft was cancelled."
                    });
                }
                result.map(|()| step)
            }
        },
        move |result| match result {
            Ok(step) => {
                editor.autosave.finish.run(());
                editor.working.set(false);
                navigate(
                    &if step == Step::Publish { event_href(&eid) } else { "/campaigns".to_string() },
                    Default::default(),
                );
            }
            Err(e) => {
                let message = e.user_message();
                error.set(Some(if e.is_invalid_setup() {
                    format!("The server found the setup invalid: {message}")
                } else {
                    format!("That did not work. {message}")
                }));
                editor.working.set(false);
                confirm_cancel.set(false);
                // What was on screen may not have been saved: autosave takes over again.
                editor.autosave.mark_unsaved.run(());
            }
        },
    );
    let busy = run.pending();
    let start = move |step: Step| {
        // The request saves exactly what is on screen: no autosave may race it.
        abort_draft_save();
        editor.working.set(true);
        error.set(None);
        run.dispatch_local((step, editor.draft.get_untracked()));
    };
    let publish_click = move |_| {
        editor.show_problems.set(true);
        if !editor.problems.with_untracked(Vec::is_empty) {
            // The list below says what is missing; each field says it too.
            error.set(None);
            return;
        }
        start(Step::Publish);
    };
    let locked = move || busy.get() || editor.read_only.get();
    view! {
        {move || error.get().map(|e| view! { <ErrorPanel message=e/> })}
        <Show when=move || publish.get() && editor.show_problems.get() && !editor.problems.with(Vec::is_empty)>
            <div class="error-panel" role="alert">
                <p>"Before publishing:"</p>
                <ul>{move || editor.problems.get().into_iter().map(|p| view! { <li>{p.message}</li> }).collect_view()}</ul>
            </div>
        </Show>
        <div class="wizard-nav">
            <Show when=move || publish.get()>
                <button type="button" class="primary" on:click=publish_click disabled=locked>
                    {move || if busy.get() { "Working…" } else { "Publish" }}
                </button>
            </Show>
            <button type="button" class="danger" on:click=move |_| confirm_cancel.set(true) disabled=locked>"Cancel draft"</button>
        </div>
        <Dialog title="Cancel this draft?" open=confirm_cancel>
            <p>"The draft and everything in it will be deleted. This cannot be undone."</p>
            <div class="actions">
                <button type="button" class="danger" on:click=move |_| start(Step::Cancel) disabled=move || busy.get()>"Yes, cancel the draft"</button>
                // The safe choice has focus when the dialog opens: Enter keeps the draft.
                <button type="button" autofocus on:click=move |_| confirm_cancel.set(false)>"Keep the draft"</button>
            </div>
        </Dialog>
    }
}
