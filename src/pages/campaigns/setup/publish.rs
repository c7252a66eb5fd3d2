//! Publish (exactly what is on screen: save, then boost) and Cancel draft.

use super::changes::{field_list, names_any};
use super::editor::Editor;
use crate::api::ApiError;
use crate::api::{calls, drafts::publish_draft, use_client};
use crate::components::{use_notices, Dialog, ErrorPanel};
use crate::i18n::{lang, t, t_now, Lang};
use crate::reactive::autosave::abort_draft_save;
use crate::reactive::draft_sync::Reconciled;
use crate::reactive::mutation::use_mutation;
use crate::routes::Route;
use crate::services::local_drafts::DraftKeys;
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wave_api::contract::models::Id;
use wave_api::flows::draft_merge::FieldPath;

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Publish,
    Cancel,
}

/// How a Publish or Cancel ended.
#[derive(Clone, PartialEq)]
enum Done {
    Finished(Step),
    /// Publish read the draft first and someone else had changed it since the review was
    /// shown: nothing was published; the review shows the new values, and the user is asked
    /// again. What changed.
    ChangedSinceReview(Vec<FieldPath>),
    /// Someone else changed fields the user changed too: the choice comes first.
    Conflicts,
}

/// Why a Publish or Cancel did not happen, worded in the language on screen.
#[derive(Clone)]
enum Failure {
    /// Someone else changed these fields since the review was shown.
    ChangedSinceReview(Vec<FieldPath>),
    /// Someone else changed fields the user changed too.
    Conflicts,
    /// The server or the network said no.
    Api(ApiError),
}

impl Failure {
    fn message(&self, lang: Lang) -> String {
        let tx = crate::i18n::Tx(lang);
        match self {
            Failure::ChangedSinceReview(fields) => {
                tx.cmp_changed_since_review(&field_list(fields, lang).unwrap_or_default())
            }
            Failure::Conflicts => tx.cmp_conflicts_before_publish().to_string(),
            Failure::Api(e) if e.is_invalid_setup() => tx.cmp_setup_invalid(&e.user_message(lang)),
            Failure::Api(e) => tx.cmp_did_not_work(&e.user_message(lang)),
        }
    }
}

/// Publish (only where `publish` is true: the review step) and Cancel draft (every step).
#[component]
pub fn PublishBar(editor: Editor, eid: Id, keys: DraftKeys, #[prop(into)] publish: Signal<bool>) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<Failure>);
    let confirm_cancel = RwSignal::new(false);

    // Whatever the answer, it is about the draft on the server: the notice and forgetting the
    // draft happen in the request, even if the user has left the page meanwhile.
    // What someone else changed while the review was on screen (it shows their values).
    let changed_in_review = RwSignal::new(Vec::<FieldPath>::new());
    Effect::watch(
        move || editor.sync.taken.get(),
        move |taken, _, _| {
            if publish.get_untracked() {
                changed_in_review.update(|c| c.extend(taken.iter().cloned()));
            }
        },
        false,
    );
    let route_eid = eid.clone();
    let run = use_mutation(
        move |step: &Step| {
            // The draft of the route's event: never the id an answer's body carried.
            let (client, keys, step, eid) = (client.clone(), keys.clone(), *step, route_eid.clone());
            let sync = editor.sync;
            async move {
                let result = match step {
                    Step::Publish => {
                        // Read first: publish only what the review showed, never a draft that
                        // someone else changed meanwhile unseen.
                        // Only what a person edits counts: a version or another field the server
                        // owns may move on (this tab's own save, stopped by Publish, landing).
                        match sync.check(true).await? {
                            Reconciled::Conflicts => return Ok(Done::Conflicts),
                            Reconciled::Taken(fields) => {
                                if names_any(&fields) {
                                    return Ok(Done::ChangedSinceReview(fields));
                                }
                            }
                            Reconciled::Same => {}
                        }
                        let Some(draft) = editor.draft.try_get_untracked() else { return Err(ApiError::Aborted) };
                        publish_draft(&client, &eid, &draft).await
                    }
                    Step::Cancel => client.send(calls::cancel_setup(&eid)).await,
                };
                if result.is_ok() {
                    let _ = keys.write_backup(&eid, None);
                    keys.remember(&eid, false);
                    notices.info(if step == Step::Publish {
                        t_now().cmp_published_notice()
                    } else {
                        t_now().cmp_cancelled_notice()
                    });
                }
                result.map(|()| Done::Finished(step))
            }
        },
        move |result| match result {
            Ok(Done::ChangedSinceReview(fields)) => {
                editor.working.set(false);
                changed_in_review.set(Vec::new());
                error.set(Some(Failure::ChangedSinceReview(fields)));
            }
            Ok(Done::Conflicts) => {
                editor.working.set(false);
                error.set(Some(Failure::Conflicts));
            }
            Ok(Done::Finished(step)) => {
                editor.autosave.finish.run(());
                editor.working.set(false);
                navigate(
                    &if step == Step::Publish { Route::Event(eid.clone()).href() } else { Route::Campaigns.href() },
                    Default::default(),
                );
            }
            Err(e) => {
                error.set(Some(Failure::Api(e)));
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
        run.dispatch_local(step);
    };
    let publish_click = move |_| {
        editor.show_problems.set(true);
        if !editor.problems.with_untracked(Vec::is_empty) {
            // The list below says what is missing; each field says it too.
            error.set(None);
            return;
        }
        // Changed by someone else while the review was on screen: the review shows it now.
        let changed = changed_in_review.with_untracked(|c| names_any(c).then(|| c.clone()));
        if let Some(fields) = changed {
            changed_in_review.set(Vec::new());
            error.set(Some(Failure::ChangedSinceReview(fields)));
            return;
        }
        start(Step::Publish);
    };
    let locked = move || busy.get() || editor.read_only.get();
    view! {
        {move || error.get().map(|e| view! { <ErrorPanel message=move || e.message(lang())/> })}
        <Show when=move || publish.get() && editor.show_problems.get() && !editor.problems.with(Vec::is_empty)>
            <div class="error-panel" role="alert">
                <p>{tr!(cmp_before_publishing)}</p>
                <ul>{move || editor.problems.get().into_iter().map(|p| view! { <li>{p.message}</li> }).collect_view()}</ul>
            </div>
        </Show>
        <div class="wizard-nav">
            <Show when=move || publish.get()>
                <button type="button" class="primary" on:click=publish_click disabled=locked>
                    {move || if busy.get() { t().cmp_working() } else { t().cmp_publish() }}
                </button>
            </Show>
            <button type="button" class="danger" on:click=move |_| confirm_cancel.set(true) disabled=locked>{tr!(cmp_cancel_draft)}</button>
        </div>
        <Dialog title=tr!(cmp_cancel_dialog_title) open=confirm_cancel>
            <p>{tr!(cmp_cancel_dialog_text)}</p>
            <div class="actions">
                <button type="button" class="danger" on:click=move |_| start(Step::Cancel) disabled=move || busy.get()>{tr!(cmp_cancel_confirm)}</button>
                // The safe choice has focus when the dialog opens: Enter keeps the draft.
                <button type="button" autofocus on:click=move |_| confirm_cancel.set(false)>{tr!(cmp_keep_draft)}</button>
            </div>
        </Dialog>
    }
}
