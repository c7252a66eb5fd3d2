//! `/campaigns/:eid/setup`: the campaign wizard over one setup process (draft) per event.
//!
//! Autosave: every edit bumps a revision ([`SaveTracker`]); about a second after edits settle
//! the whole draft is PUT. Starting a save aborts the one in flight (the module-level
//! controller in [`crate::reactive::autosave`]); a response only counts for the revision it
//! was sent with, and never overwrites local edits. Unsaved edits are mirrored to
//! sessionStorage (a 401, a crash or a reload finds them), flushed with a keepalive request
//! when the page is left, and the browser warns before closing the tab with unsaved edits.

use super::overview::{event_href, remember_draft};
use crate::api::{calls, use_client, ApiError, Client};
use crate::components::{use_notices, ChipInput, Dialog, ErrorPanel, FieldError, Loading};
use crate::reactive::autosave::{abort_draft_save, begin_draft_save};
use crate::reactive::tab_lock::{use_tab_lock, TabLock};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use send_wrapper::SendWrapper;
use wave_api::assumptions::{AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS};
use wave_api::autosave::{Outcome, SaveState, SaveTracker};
use wave_api::models::{ClusterSetup, Creative, DraftStatus, Id, SetupProcess, Targeting};
use wave_api::rules::{message_for, validate_setup, FieldError as Problem};

const GOALS: [(&str, &str); 3] = [("TICKET_SALES", "Ticket sales"), ("AWARENESS", "Awareness"), ("TRAFFIC", "Website traffic")];
const CTAS: [(&str, &str); 4] = [("LEARN_MORE", "Learn more"), ("BUY_TICKETS", "Buy tickets"), ("SIGN_UP", "Sign up"), ("BOOK_NOW", "Book now")];
const GENDERS: [&str; 3] = ["female", "male", "diverse"];
const OFFLINE_RETRY_MS: u32 = 5_000;

fn backup_key(eid: &Id) -> String {
    format!("waveDraftBackup:{}", eid.0)
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn read_backup(eid: &Id) -> Option<SetupProcess> {
    let json = session_storage()?.get_item(&backup_key(eid)).ok()??;
    serde_json::from_str(&json).ok()
}

fn write_backup(eid: &Id, draft: Option<&SetupProcess>) {
    let Some(store) = session_storage() else { return };
    let _ = match draft.and_then(|d| serde_json::to_string(d).ok()) {
        Some(json) => store.set_item(&backup_key(eid), &json),
        None => store.remove_item(&backup_key(eid)),
    };
}

/// GET the draft; when the event has none (404), start one.
async fn open_draft(client: &Client, eid: &Id) -> Result<SetupProcess, ApiError> {
    match client.send(calls::get_setup(eid)).await {
        Err(e) if e.status() == Some(404) => client.send(calls::start_setup(eid)).await,
        other => other,
    }
}

#[component]
pub fn SetupWizard() -> impl IntoView {
    let params = use_params_map();
    let eid = Id(params.with_untracked(|p| p.get("eid").unwrap_or_default()));
    crate::app::set_title(&format!("Campaign setup · event {eid}"));
    let client = use_client();
    let draft = LocalResource::new({
        let eid = eid.clone();
        move || {
            let (client, eid) = (client.clone(), eid.clone());
            async move { open_draft(&client, &eid).await }
        }
    });
    view! {
        <section class="page">
            <h1>{format!("Campaign setup — event #{eid}")}</h1>
            {move || match draft.get() {
                None => view! { <Loading label="Loading the draft…"/> }.into_any(),
                Some(Err(e)) => view! { <ErrorPanel message=e.user_message() on_retry=Callback::new(move |_| draft.refetch())/> }.into_any(),
                Some(Ok(server)) => {
                    remember_draft(&server.eid, true);
                    view! { <DraftEditor server=server reload=Callback::new(move |_| draft.refetch())/> }.into_any()
                }
            }}
        </section>
    }
}

/// The editor's shared handles, given to every section.
#[derive(Clone, Copy)]
struct Editor {
    draft: RwSignal<SetupProcess>,
    read_only: Signal<bool>,
    problems: Memo<Vec<Problem>>,
    show_problems: RwSignal<bool>,
    edit: Callback<Box<dyn FnOnce(&mut SetupProcess) + Send + Sync>>,
}

impl Editor {
    fn change(&self, f: impl FnOnce(&mut SetupProcess) + Send + Sync + 'static) {
        self.edit.run(Box::new(f));
    }

    fn problem(&self, field: String) -> Signal<Option<String>> {
        let (problems, show) = (self.problems, self.show_problems);
        Signal::derive(move || show.get().then(|| problems.with(|p| message_for(p, &field).map(str::to_string))).flatten())
    }

    /// A labelled input bound to one string of the draft.
    fn text(
        &self,
        id: String,
        label: &'static str,
        kind: &'static str,
        get: impl Fn(&SetupProcess) -> String + Send + Sync + Clone + 'static,
        set: impl Fn(&mut SetupProcess, String) + Send + Sync + Clone + 'static,
        problem: Option<String>,
    ) -> impl IntoView {
        let editor = *self;
        let error = problem.map(|f| self.problem(f)).unwrap_or_else(|| Signal::derive(|| None));
        let error_id = format!("{id}-error");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input id=id type=kind prop:value=move || editor.draft.with(|d| get(d)) disabled=move || editor.read_only.get()
                    aria-invalid=move || error.get().is_some().to_string() aria-describedby=error_id.clone()
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        let set = set.clone();
                        editor.change(move |d| set(d, value));
                    }/>
                <FieldError id=error_id message=error/>
            </div>
        }
    }
}

#[component]
fn DraftEditor(server: SetupProcess, reload: Callback<()>) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let eid = server.eid.clone();
    let backup = read_backup(&eid).filter(|b| !b.editable_eq(&server));
    let restored = backup.is_some() && server.status == DraftStatus::Draft;
    let draft = RwSignal::new(match backup {
        Some(local) if restored => SetupProcess { status: server.status, available_clusters: server.available_clusters.clone(), ..local },
        _ => server.clone(),
    });
    let tracker = StoredValue::new(SaveTracker::default());
    let save_state = RwSignal::new(SaveState::Saved);
    let pending = StoredValue::new(None::<SendWrapper<Timeout>>);
    // Armed by the first unsaved edit, not re-armed by later ones: the max-wait bound.
    let deadline = StoredValue::new(None::<SendWrapper<Timeout>>);
    let lock: TabLock = use_tab_lock(&format!("wave-draft-{}", eid.0));
    let closed = Memo::new(move |_| draft.with(|d| d.status == DraftStatus::Closed));
    let read_only = Signal::derive(move || closed.get() || !lock.owner.get());
    let problems = Memo::new(move |_| draft.with(validate_setup));
    let show_problems = RwSignal::new(false);

    // --- autosave ------------------------------------------------------------------
    // The save callback re-arms itself (newer edits, offline retry) through this slot.
    let myself = StoredValue::new(None::<Callback<()>>);
    let again = move |ms| if let Some(save) = myself.try_get_value().flatten() { schedule(pending, save, ms) };
    let save_now: Callback<()> = Callback::new({
        let (client, eid) = (client.clone(), eid.clone());
        move |_| {
            pending.set_value(None);
            deadline.set_value(None);
            if !tracker.with_value(SaveTracker::is_dirty) || read_only.get_untracked() {
                return;
            }
            let signal = begin_draft_save();
            let mut rev = 0;
            tracker.update_value(|t| rev = t.start());
            save_state.set(SaveState::Saving);
            let snapshot = draft.get_untracked();
            let (client, eid) = (client.clone(), eid.clone());
            leptos::task::spawn_local(async move {
                let result = client.send_abortable(calls::save_setup(&eid, &snapshot), signal).await;
                if matches!(result, Err(ApiError::Aborted)) {
                    return; // a newer save replaced this one
                }
                let Some(outcome) = tracker.try_update_value(|t| t.finish(rev, result.as_ref().map(|_| ()))) else {
                    return; // the editor is gone; the unmount flush took care of the edits
                };
                save_state.try_set(tracker.with_value(|t| t.state().clone()));
                match (outcome, result) {
                    (Outcome::Current, Ok(echo)) => {
                        write_backup(&eid, None);
                        // Only server-owned fields come from the echo; local edits stay.
                        draft.try_update(|d| { d.status = echo.status; d.closed_reason = echo.closed_reason; });
                    }
                    (Outcome::Superseded, _) => again(AUTOSAVE_DEBOUNCE_MS),
                    (Outcome::Failed, _) if tracker.with_value(|t| *t.state() == SaveState::Offline) => again(OFFLINE_RETRY_MS),
                    _ => {}
                }
            });
        }
    });
    myself.set_value(Some(save_now));

    let edit = Callback::new(move |f: Box<dyn FnOnce(&mut SetupProcess) + Send + Sync>| {
        if read_only.get_untracked() {
            return;
        }
        draft.update(|d| f(d));
        tracker.update_value(|t| { t.edit(); });
        save_state.set(tracker.with_value(|t| t.state().clone()));
        draft.with_untracked(|d| write_backup(&d.eid, Some(d)));
        schedule(pending, save_now, AUTOSAVE_DEBOUNCE_MS);
        if deadline.with_value(Option::is_none) {
            schedule(deadline, save_now, AUTOSAVE_MAX_WAIT_MS);
        }
    });
    if restored {
        tracker.update_value(|t| { t.edit(); });
        save_state.set(SaveState::Pending);
        notices.info("Unsaved edits from before were restored and will be saved.");
        schedule(pending, save_now, 0);
    }

    // Leaving with unsaved edits: send them with a keepalive request, which outlives the page.
    let flush = {
        let (client, eid) = (client.clone(), eid.clone());
        move || {
            if tracker.try_with_value(SaveTracker::is_dirty) == Some(true) && !read_only.try_get_untracked().unwrap_or(true) {
                abort_draft_save();
                if let Some(d) = draft.try_get_untracked() {
                    client.send_keepalive(calls::save_setup(&eid, &d));
                }
            }
        }
    };
    let before_unload = window_event_listener(leptos::ev::beforeunload, {
        let flush = flush.clone();
        move |ev| {
            if tracker.with_value(SaveTracker::is_dirty) {
                flush();
                ev.prevent_default();
                ev.set_return_value("You have unsaved changes.");
            }
        }
    });
    on_cleanup(move || {
        before_unload.remove();
        pending.try_set_value(None);
        deadline.try_set_value(None);
        flush();
    });

    let editor = Editor { draft, read_only, problems, show_problems, edit };

    view! {
        <SaveIndicator state=save_state retry=save_now/>
        {move || closed.get().then(|| view! {
            <div class="callout" role="alert">
                <p><strong>"This draft is closed and can no longer be edited."</strong></p>
                <p>{draft.with(|d| d.closed_reason.clone()).unwrap_or_else(|| "The server closed it (for example because its taste-cluster run was replaced).".into())}</p>
            </div>
        })}
        {move || (!closed.get() && !lock.owner.get()).then(|| view! {
            <div class="callout" role="alert">
                <p>"This draft is open in another tab of this browser. To avoid overwriting each other, this tab is read-only."</p>
                <button type="button" on:click=move |_| { lock.take_over(); reload.run(()); }>"Take over editing here"</button>
            </div>
        })}
        {move || lock.other_opened.get().then(|| view! {
            <p class="callout" role="status">"This draft was opened in another tab too. That tab stays read-only unless it takes over."</p>
        })}
        <form class="setup" on:submit=|ev| ev.prevent_default() novalidate>
            <GoalSection editor=editor/>
            <ClusterSection editor=editor/>
            {move || draft.with(|d| d.clusters.iter().map(|c| c.tc.clone()).collect::<Vec<_>>()).into_iter().map(|tc| {
                view! { <ClusterDetails editor=editor tc=tc/> }
            }).collect_view()}
            <IntegrationSection editor=editor/>
        </form>
        <PublishBar editor=editor eid=eid/>
    }
}

/// (Re)arms a save timer: the one it replaces is dropped, which cancels it.
fn schedule(pending: StoredValue<Option<SendWrapper<Timeout>>>, save: Callback<()>, ms: u32) {
    let timeout = Timeout::new(ms, move || save.run(()));
    pending.try_set_value(Some(SendWrapper::new(timeout)));
}

#[component]
fn SaveIndicator(state: RwSignal<SaveState>, retry: Callback<()>) -> impl IntoView {
    view! {
        <div class="save-state" role="status" aria-live="polite">
            <span class=move || match state.get() {
                SaveState::Saved => "save saved",
                SaveState::Failed(_) | SaveState::Offline => "save bad",
                _ => "save busy",
            }>{move || state.get().label()}</span>
            {move || match state.get() {
                SaveState::Failed(why) => Some(view! {
                    <span class="hint">" "{why}" "</span>
                    <button type="button" on:click=move |_| retry.run(())>"Retry"</button>
                }),
                _ => None,
            }}
        </div>
    }
}

#[component]
fn GoalSection(editor: Editor) -> impl IntoView {
    let d = editor.draft;
    view! {
        <fieldset>
            <legend>"Goal, budget and dates"</legend>
            <div class="field">
                <label for="goal">"Goal"</label>
                <select id="goal" prop:value=move || d.with(|d| d.goal.clone()) disabled=move || editor.read_only.get()
                    on:change=move |ev| { let v = event_target_value(&ev); editor.change(move |d| d.goal = v); }>
                    {GOALS.iter().map(|(code, label)| view! { <option value=*code>{*label}</option> }).collect_view()}
                </select>
            </div>
            <div class="grid-2">
                {editor.text("total-budget".into(), "Total budget", "number",
                    |d| d.total_budget.map(|b| b.to_string()).unwrap_or_default(),
                    |d, v| d.total_budget = v.trim().replace(',', ".").parse().ok(), Some("total_budget".into()))}
                <p class="field"><span class="label">"Currency"</span>" "<span>{move || d.with(|d| if d.currency.is_empty() { "—".to_string() } else { d.currency.clone() })}</span></p>
                {editor.text("start-date".into(), "Start date", "date", |d| d.start_date.clone().unwrap_or_default(),
                    |d, v| d.start_date = Some(v).filter(|v| !v.is_empty()), Some("start_date".into()))}
                {editor.text("end-date".into(), "End date", "date", |d| d.end_date.clone().unwrap_or_default(),
                    |d, v| d.end_date = Some(v).filter(|v| !v.is_empty()), Some("end_date".into()))}
            </div>
        </fieldset>
    }
}

#[component]
fn ClusterSection(editor: Editor) -> impl IntoView {
    let d = editor.draft;
    view! {
        <fieldset>
            <legend>{move || format!("Taste clusters (run {})", d.with(|d| d.tc_run_id.clone()))}</legend>
            {move || d.with(|d| d.available_clusters.clone()).into_iter().map(|c| {
                let tc = c.tc.clone();
                let checked = { let tc = tc.clone(); move || d.with(|d| d.clusters.iter().any(|x| x.tc == tc)) };
                view! {
                    <label class="checkbox">
                        <input type="checkbox" prop:checked=checked disabled=move || editor.read_only.get()
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let tc = tc.clone();
                                editor.change(move |d| {
                                    d.clusters.retain(|x| x.tc != tc);
                                    if on {
                                        d.clusters.push(ClusterSetup {
                                            tc,
                                            creative: Creative { cta: CTAS[0].0.into(), ..Creative::default() },
                                            targeting: Targeting::default(),
                                        });
                                    }
                                });
                            }/>
                        " "{c.name.clone()}" "<span class="hint">{format!("({} people)", crate::pages::number(c.size))}</span>
                    </label>
                }
            }).collect_view()}
            <FieldError id="clusters-error" message=editor.problem("clusters".into())/>
        </fieldset>
    }
}

/// Creative and targeting of one selected cluster.
#[component]
fn ClusterDetails(editor: Editor, tc: String) -> impl IntoView {
    let d = editor.draft;
    let index = { let tc = tc.clone(); move |d: &SetupProcess| d.clusters.iter().position(|c| c.tc == tc) };
    // Field ids and problem keys follow the cluster's position in the draft.
    let i = d.with_untracked(|d| index(d)).unwrap_or(0);
    let slug = format!("c{i}");
    let get = { let index = index.clone(); move |f: fn(&ClusterSetup) -> String| {
        let index = index.clone();
        move |d: &SetupProcess| index(d).and_then(|i| d.clusters.get(i)).map(f).unwrap_or_default()
    }};
    let set = { let index = index.clone(); move |f: fn(&mut ClusterSetup, String)| {
        let index = index.clone();
        move |d: &mut SetupProcess, v: String| if let Some(c) = index(d).and_then(|i| d.clusters.get_mut(i)) { f(c, v) }
    }};
    let list = { let index = index.clone(); move |f: fn(&ClusterSetup) -> Vec<String>| {
        let index = index.clone();
        Signal::derive(move || d.with(|d| index(d).and_then(|i| d.clusters.get(i)).map(f).unwrap_or_default()))
    }};
    let set_list = { let index = index.clone(); move |f: fn(&mut ClusterSetup, Vec<String>)| {
        let index = index.clone();
        Callback::new(move |v: Vec<String>| {
            let index = index.clone();
            editor.change(move |d| if let Some(c) = index(d).and_then(|i| d.clusters.get_mut(i)) { f(c, v) })
        })
    }};
    view! {
        <fieldset class="cluster-setup">
            <legend>{format!("Cluster “{tc}”")}</legend>
            <h3>"Creative"</h3>
            {editor.text(format!("{slug}-headline"), "Headline", "text", get(|c| c.creative.headline.clone()), set(|c, v| c.creative.headline = v), Some(format!("clusters.{i}.headline")))}
            <div class="field">
                <label for=format!("{slug}-body")>"Body"</label>
                <textarea id=format!("{slug}-body") rows="3" prop:value={ let g = get(|c| c.creative.body.clone()); move || d.with(|d| g(d)) }
                    disabled=move || editor.read_only.get() aria-describedby=format!("{slug}-body-error")
                    on:input={ let s = set(|c, v| c.creative.body = v); move |ev| { let v = event_target_value(&ev); let s = s.clone(); editor.change(move |d| s(d, v)); } }></textarea>
                <FieldError id=format!("{slug}-body-error") message=editor.problem(format!("clusters.{i}.body"))/>
            </div>
            {editor.text(format!("{slug}-media"), "Media URL", "url", get(|c| c.creative.media_url.clone()), set(|c, v| c.creative.media_url = v), Some(format!("clusters.{i}.media_url")))}
            <div class="field">
                <label for=format!("{slug}-cta")>"Call to action"</label>
                <select id=format!("{slug}-cta") prop:value={ let g = get(|c| c.creative.cta.clone()); move || d.with(|d| g(d)) } disabled=move || editor.read_only.get()
                    on:change={ let s = set(|c, v| c.creative.cta = v); move |ev| { let v = event_target_value(&ev); let s = s.clone(); editor.change(move |d| s(d, v)); } }>
                    {CTAS.iter().map(|(code, label)| view! { <option value=*code>{*label}</option> }).collect_view()}
                </select>
            </div>
            <h3>"Targeting"</h3>
            <ChipInput id=format!("{slug}-geo") label="Locations" values=list(|c| c.targeting.geo.clone()) on_change=set_list(|c, v| c.targeting.geo = v) disabled=editor.read_only/>
            <div class="grid-2">
                {editor.text(format!("{slug}-age-min"), "Minimum age", "number", get(|c| c.targeting.age_min.map(|a| a.to_string()).unwrap_or_default()),
                    set(move |c, v| c.targeting.age_min = v.trim().parse().ok()), Some(format!("clusters.{i}.age")))}
                {editor.text(format!("{slug}-age-max"), "Maximum age", "number", get(|c| c.targeting.age_max.map(|a| a.to_string()).unwrap_or_default()),
                    set(move |c, v| c.targeting.age_max = v.trim().parse().ok()), None)}
            </div>
            <fieldset>
                <legend>"Genders (none = all)"</legend>
                {GENDERS.iter().map(|g| {
                    let has = list(|c| c.targeting.genders.clone());
                    let set_genders = set_list(|c, v| c.targeting.genders = v);
                    view! {
                        <label class="checkbox"><input type="checkbox" prop:checked=move || has.get().iter().any(|x| x == g) disabled=move || editor.read_only.get()
                            on:change=move |ev| {
                                let mut v: Vec<String> = has.get_untracked().into_iter().filter(|x| x != g).collect();
                                if event_target_checked(&ev) { v.push(g.to_string()); }
                                set_genders.run(v);
                            }/>" "{*g}</label>
                    }
                }).collect_view()}
            </fieldset>
            <ChipInput id=format!("{slug}-audiences") label="Custom audiences" values=list(|c| c.targeting.custom_audiences.clone())
                on_change=set_list(|c, v| c.targeting.custom_audiences = v) disabled=editor.read_only/>
        </fieldset>
    }
}

#[component]
fn IntegrationSection(editor: Editor) -> impl IntoView {
    let opt = |v: String| Some(v).filter(|v| !v.trim().is_empty());
    view! {
        <fieldset>
            <legend>"Integration"</legend>
            <div class="grid-2">
                {editor.text("ad-account".into(), "Ad account ID", "text", |d| d.integration.ad_account_id.clone().unwrap_or_default(), move |d, v| d.integration.ad_account_id = opt(v), None)}
                {editor.text("pixel".into(), "Pixel ID", "text", |d| d.integration.pixel_id.clone().unwrap_or_default(), move |d, v| d.integration.pixel_id = opt(v), None)}
                {editor.text("lead-form".into(), "Lead form ID", "text", |d| d.integration.lead_form_id.clone().unwrap_or_default(), move |d, v| d.integration.lead_form_id = opt(v), None)}
            </div>
        </fieldset>
        <fieldset>
            <legend>"EU Digital Services Act"</legend>
            <div class="grid-2">
                {editor.text("dsa-payor".into(), "DSA payor", "text", |d| d.dsa_payor.clone(), |d, v| d.dsa_payor = v, Some("dsa_payor".into()))}
                {editor.text("dsa-beneficiary".into(), "DSA beneficiary", "text", |d| d.dsa_beneficiary.clone(), |d, v| d.dsa_beneficiary = v, Some("dsa_beneficiary".into()))}
            </div>
        </fieldset>
    }
}

/// Publish (after the last edits are saved) and cancel.
#[component]
fn PublishBar(editor: Editor, eid: Id) -> impl IntoView {
    let client = use_client();
    let notices = use_notices();
    let navigate = use_navigate();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let confirm_cancel = RwSignal::new(false);

    let publish = {
        let (client, eid, navigate) = (client.clone(), eid.clone(), navigate.clone());
        move |_| {
            editor.show_problems.set(true);
            if !editor.problems.with_untracked(Vec::is_empty) {
                error.set(Some("Fix the fields marked below before publishing.".into()));
                return;
            }
            let (client, eid, navigate) = (client.clone(), eid.clone(), navigate.clone());
            busy.set(true);
            error.set(None);
            leptos::task::spawn_local(async move {
                // Publish exactly what is on screen: save it first, without racing autosave.
                abort_draft_save();
                let draft = editor.draft.get_untracked();
                let saved = client.send(calls::save_setup(&eid, &draft)).await;
                let result = match saved {
                    Ok(_) => client.send(calls::boost_setup(&eid)).await,
                    Err(e) => Err(e),
                };
                match result {
                    Ok(()) => {
                        write_backup(&eid, None);
                        remember_draft(&eid, false);
                        notices.info("Published. The campaigns are live.");
                        navigate(&event_href(&eid), Default::default());
                    }
                    Err(e) => {
                        let message = e.user_message();
                        let hint = if message.contains(wave_api::assumptions::INVALID_SETUP_MARKER) {
                            "The server found the setup invalid: "
                        } else {
                            "Publishing failed. "
                        };
                        error.try_set(Some(format!("{hint}{message}")));
                        busy.try_set(false);
                    }
                }
            });
        }
    };
    let cancel = {
        let (client, eid) = (client.clone(), eid.clone());
        move |_| {
            let (client, eid, navigate) = (client.clone(), eid.clone(), navigate.clone());
            busy.set(true);
            abort_draft_save();
            leptos::task::spawn_local(async move {
                match client.send(calls::cancel_setup(&eid)).await {
                    Ok(()) => {
                        write_backup(&eid, None);
                        remember_draft(&eid, false);
                        notices.info("The draft was cancelled.");
                        navigate("/campaigns", Default::default());
                    }
                    Err(e) => {
                        error.try_set(Some(format!("Cancelling failed. {}", e.user_message())));
                        busy.try_set(false);
                        confirm_cancel.try_set(false);
                    }
                }
            });
        }
    };
    view! {
        {move || error.get().map(|e| view! { <ErrorPanel message=e/> })}
        <Show when=move || editor.show_problems.get() && !editor.problems.with(Vec::is_empty)>
            <div class="error-panel" role="alert">
                <p>"Before publishing:"</p>
                <ul>{move || editor.problems.get().into_iter().map(|p| view! { <li>{p.message}</li> }).collect_view()}</ul>
            </div>
        </Show>
        <div class="wizard-nav">
            <button type="button" class="primary" on:click=publish disabled=move || busy.get() || editor.read_only.get()>
                {move || if busy.get() { "Working…" } else { "Publish" }}
            </button>
            <button type="button" class="danger" on:click=move |_| confirm_cancel.set(true) disabled=move || busy.get() || editor.read_only.get()>"Cancel draft"</button>
        </div>
        <Dialog title="Cancel this draft?" open=confirm_cancel>
            <p>"The draft and everything in it will be deleted. This cannot be undone."</p>
            <div class="actions">
                <button type="button" class="danger" on:click=cancel.clone()>"Yes, cancel the draft"</button>
                <button type="button" on:click=move |_| confirm_cancel.set(false)>"Keep the draft"</button>
            </div>
        </Dialog>
    }
}
