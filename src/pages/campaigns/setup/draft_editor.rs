//! The draft editor: the draft in a signal, autosave, the tab lock (one editing tab per
//! draft), the hand-over of unsaved edits when another tab takes over, and the server's copy
//! followed for others' changes.

use super::editor::Editor;
use super::steps::SetupSteps;
use super::Start;
use crate::components::use_notices;
use crate::i18n::{lang, t, t_now};
use crate::reactive::draft_autosave::{use_draft_autosave, Backup, DraftAutosaveOptions};
use crate::reactive::draft_sync::use_draft_sync;
use crate::reactive::tab_lock::use_tab_lock;
use crate::services::local_drafts::DraftKeys;
use crate::tr;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wave_api::contract::models::{DraftStatus, Id, SetupProcess};
use wave_api::flows::autosave::SaveState;
use wave_api::flows::draft_merge::edits_over;
use wave_api::flows::setup::validate_setup;

/// How long a tab that took over waits for the other tab's unsaved edits.
const HANDOVER_WAIT_MS: u32 = 2_000;

#[component]
pub fn DraftEditor(eid: Id, start: Start, keys: DraftKeys, reload: Callback<()>) -> impl IntoView {
    let notices = use_notices();
    let (initial, server, restored) = match start {
        Start::Server(d) => (d.clone(), d, false),
        Start::Local { mine, server } => (mine, *server, true),
    };
    let draft = RwSignal::new(initial);
    let lock = use_tab_lock(&keys.channel(&eid));
    let working = RwSignal::new(false);
    // Between "Take over" and the other tab's answer: nothing typed now could be kept.
    let taking_over = RwSignal::new(false);
    // Closed, or a status this app does not know (kept raw, sent back as it came): read-only.
    let closed = Memo::new(move |_| draft.with(|d| !d.status.is_editable()));
    // The server's copy is loading to replace this editor: nothing typed now could be kept.
    let replacing = RwSignal::new(false);
    // This tab edits the draft: it follows the server's copy (a colleague's edits).
    let may_edit = Signal::derive(move || !closed.get() && lock.owner.get() && !taking_over.get() && !replacing.get());
    let sync = use_draft_sync(eid.clone(), server, draft, may_edit);
    // Gone from the server (404 to a check): nothing more can be saved either.
    let status_locked = closed;
    let closed = Signal::derive(move || status_locked.get() || sync.gone.get());
    // While the user chooses between their values and a colleague's, the form waits.
    let read_only = Signal::derive(move || {
        !may_edit.get() || working.get() || sync.conflicts.with(Option::is_some) || sync.gone.get()
    });
    // Worded in the language on screen: a switch words them again.
    let problems = Memo::new(move |_| {
        let lang = lang();
        draft.with(|d| validate_setup(d, lang))
    });
    let backup = Backup {
        write: Callback::new({
            let (keys, eid) = (keys.clone(), eid.clone());
            move |d: Option<SetupProcess>| {
                if let Err(why) = keys.write_backup(&eid, d.as_ref()) {
                    notices.error(t_now().cmp_backup_failed(&why));
                }
            }
        }),
    };
    let autosave = use_draft_autosave(eid.clone(), sync, draft, read_only, backup, DraftAutosaveOptions::default());
    // ⚑ Drafts carry no "updated at": this browser notes when it saved one (the overview shows it).
    Effect::watch(
        move || autosave.state.get(),
        {
            let (keys, eid) = (keys.clone(), eid.clone());
            move |now, before, _| {
                if *now == SaveState::Saved && before == Some(&SaveState::Saving) {
                    keys.mark_saved(&eid);
                }
            }
        },
        false,
    );
    if restored {
        notices.info(t_now().cmp_kept_will_save());
        autosave.mark_unsaved.run(());
    }
    // Edits waiting while this tab could not save (restored before the handshake settled, or
    // before a take-over): saved as soon as this tab may edit.
    Effect::watch(
        move || !read_only.get(),
        move |may_edit, _, _| {
            if *may_edit && autosave.dirty.get_untracked() {
                autosave.mark_unsaved.run(());
            }
        },
        false,
    );

    // Another tab took over: hand it this tab's unsaved edits, then stop saving here.
    Effect::watch(
        move || lock.asked_to_release.get(),
        move |_, _, _| {
            let unsaved = autosave
                .dirty
                .get_untracked()
                .then(|| draft.with_untracked(|d| serde_json::to_string(d).ok()))
                .flatten();
            lock.release(unsaved);
            autosave.finish.run(());
        },
        false,
    );
    // This tab took over: adopt the edits the other tab handed over, or, when no answer comes
    // (the other tab is closed or frozen), load the server's copy. The wait belongs to the
    // editor, not to the callout with the button (which goes away when this tab owns the draft).
    let wait = StoredValue::new(None::<SendWrapper<Timeout>>);
    let take_over = Callback::new(move |_| {
        taking_over.set(true);
        autosave.resume.run(());
        lock.take_over();
        let timer = Timeout::new(HANDOVER_WAIT_MS, move || {
            if taking_over.try_get_untracked() == Some(true) {
                taking_over.try_set(false);
                // The server's copy replaces this editor: nothing of it is sent on the way out
                // (a chip input keeping its unfinished text as it goes, say). Unsaved edits
                // stay in the backup, which the reloaded page offers.
                replacing.try_set(true);
                autosave.stop.try_run(());
                reload.try_run(());
            }
        });
        wait.set_value(Some(SendWrapper::new(timer)));
    });
    Effect::watch(
        move || lock.handed_over.get(),
        move |handed, _, _| {
            if !taking_over.get_untracked() {
                return;
            }
            match handed
                .clone()
                .flatten()
                .and_then(|json| wave_api::contract::models::lenient::decode::<SetupProcess>(&json).ok())
            {
                Some(theirs) => {
                    taking_over.set(false);
                    wait.set_value(None);
                    // Their edits; what the server owns from the copy this tab has.
                    draft.update(|d| *d = edits_over(&theirs, d));
                    notices.info(t_now().cmp_handed_over());
                    autosave.mark_unsaved.run(());
                }
                None if handed.is_some() => {
                    taking_over.set(false);
                    wait.set_value(None);
                    replacing.set(true);
                    autosave.stop.run(());
                    reload.run(());
                }
                None => {}
            }
        },
        false,
    );

    let editor = Editor {
        eid: StoredValue::new(eid.clone()),
        draft,
        read_only,
        problems,
        show_problems: RwSignal::new(false),
        autosave,
        working,
        sync,
    };
    super::changes::announce_changes(sync);
    let other_owner = move || lock.settled.get() && !lock.owner.get() && !closed.get();

    view! {
        <SaveIndicator state=autosave.state retry=autosave.save_now read_only=read_only/>
        {move || sync.gone.get().then(|| view! {
            <div class="callout" role="alert">
                <p><strong>{tr!(cmp_gone_title)}</strong></p>
                <p>{tr!(cmp_gone_text)}</p>
            </div>
        })}
        {move || status_locked.get().then(|| draft.with(|d| match &d.status {
            DraftStatus::Closed => view! {
                <div class="callout" role="alert">
                    <p><strong>{tr!(cmp_closed_title)}</strong></p>
                    <p>{
                        // The server's reason as it came; without one, ours.
                        let reason = d.closed_reason.clone();
                        move || reason.clone().unwrap_or_else(|| t().cmp_closed_default_reason().to_string())
                    }</p>
                </div>
            }.into_any(),
            other => {
                let status = other.raw_text();
                view! {
                    <div class="callout" role="alert">
                        <p><strong>{move || t().cmp_unknown_status(&status)}</strong></p>
                        <p>{tr!(cmp_unknown_status_text)}</p>
                    </div>
                }.into_any()
            }
        }))}
        {move || (!lock.settled.get() && !closed.get()).then(|| view! {
            <p class="hint" role="status">{tr!(cmp_checking_tabs)}</p>
        })}
        {move || other_owner().then(|| view! {
            <div class="callout" role="status">
                <p>{tr!(cmp_other_tab_owner)}</p>
                <button type="button" on:click=move |_| take_over.run(()) disabled=move || taking_over.get()>
                    {move || if taking_over.get() { t().cmp_taking_over() } else { t().cmp_take_over() }}
                </button>
            </div>
        })}
        // Closed (or given a status this app does not know) while this tab had unsaved edits:
        // they are shown, to copy or download, never dropped without a word.
        {
            let (keys, eid) = (keys.clone(), eid.clone());
            move || (closed.get() && autosave.dirty.get()).then(|| view! {
                <super::unsaved::UnsavedEdits eid=eid.clone() server=sync.server_copy().unwrap_or_default()
                    local=draft.get_untracked() keys=keys.clone() on_discard=autosave.finish/>
            })
        }
        {move || replacing.get().then(|| view! {
            <p class="loading" role="status">{tr!(cmp_loading_saved_copy)}</p>
        })}
        {move || lock.other_opened.get().then(|| view! {
            <p class="callout" role="status">{tr!(cmp_opened_elsewhere)}</p>
        })}
        <super::changes::ConflictPanel sync=sync mark_unsaved=autosave.mark_unsaved/>
        <SetupSteps editor=editor eid=eid keys=keys/>
    }
}

#[component]
fn SaveIndicator(state: ReadSignal<SaveState>, retry: Callback<()>, read_only: Signal<bool>) -> impl IntoView {
    view! {
        <div class="save-state" role="status" aria-live="polite">
            <span class=move || match state.get() {
                SaveState::Saved => "save saved",
                SaveState::Failed(_) | SaveState::Offline => "save bad",
                _ => "save busy",
            }>{move || state.get().label(lang())}</span>
            {move || match state.get() {
                // Retry only where a save can go (not on a closed, unknown or gone draft).
                SaveState::Failed(why) => Some(view! {
                    <span class="hint">" "{move || why.message(lang())}" "</span>
                    <Show when=move || !read_only.get()>
                        <button type="button" on:click=move |_| retry.run(())>{tr!(retry)}</button>
                    </Show>
                }),
                _ => None,
            }}
        </div>
    }
}
