//! Step 1: find events (debounced search, optional "since", paged with "Load more") in a
//! keyboard-navigable combobox, and keep the chosen ones as removable chips.

use super::WizardCtx;
use crate::api::{calls, use_client};
use crate::components::{FieldError, Loading, TextField};
use crate::i18n::format::date_time;
use crate::i18n::{lang, t};
use crate::tr;
use leptos::prelude::*;
use leptos_use::signal_debounced;
use wave_api::contract::assumptions::{EVENTS_FIRST_PAGE, EVENTS_PAGE_SIZE};
use wave_api::contract::models::{Event, EventRef};
use wave_api::ApiError;

#[component]
pub fn EventsStep() -> impl IntoView {
    let ctx = expect_context::<WizardCtx>();
    let client = use_client();
    let names = crate::services::event_names::use_event_names();
    let search = RwSignal::new(String::new());
    let since = RwSignal::new(String::new());
    let debounced: Signal<String> = signal_debounced(search, 300.0);
    let results = RwSignal::new(Vec::<Event>::new());
    let page = RwSignal::new(EVENTS_FIRST_PAGE);
    let has_more = RwSignal::new(false);
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let active = RwSignal::new(None::<usize>);
    // Answers to an older query are dropped: only the newest generation may write.
    let generation = StoredValue::new(0u64);

    let fetch = move |page_no: u32, append: bool| {
        let client = client.clone();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        let query = debounced.get_untracked();
        let since_value = since.get_untracked();
        loading.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let since_opt = Some(since_value.as_str()).filter(|s| !s.is_empty());
            let answer = client.send(calls::search_events(&query, page_no, since_opt)).await;
            if generation.try_get_value() != Some(mine) {
                return;
            }
            match answer {
                Ok(found) => {
                    if let Some(names) = names {
                        names.remember_events(&found);
                    }
                    has_more.try_set(found.len() >= EVENTS_PAGE_SIZE);
                    page.try_set(page_no);
                    results.try_update(|list| if append { list.extend(found) } else { *list = found });
                }
                Err(e) => {
                    error.try_set(Some(e));
                }
            }
            loading.try_set(false);
        });
    };
    let fetch_first = fetch.clone();
    Effect::new(move |_| {
        debounced.track();
        since.track();
        active.set(None);
        fetch_first(EVENTS_FIRST_PAGE, false);
    });

    let choose = move |event: Event| {
        ctx.state.update(|w| w.add_event(EventRef { id: event.id, title: event.title }));
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = results.with_untracked(Vec::len);
        if count == 0 {
            return;
        }
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" => {
                ev.prevent_default();
                if let Some(event) = active.get_untracked().and_then(|i| results.with_untracked(|r| r.get(i).cloned()))
                {
                    choose(event);
                }
            }
            "Escape" => active.set(None),
            _ => {}
        }
    };
    let (fetch_retry, fetch_more) = (fetch.clone(), fetch.clone());
    let selected_ids = move || ctx.state.with(|w| w.events.iter().map(|e| e.id.clone()).collect::<Vec<_>>());

    view! {
        <div class="step">
            <h3 id="selected-events-label">{tr!(pkg_selected_events)}</h3>
            <ul class="chips" aria-labelledby="selected-events-label">
                {move || ctx.state.with(|w| w.events.clone()).into_iter().map(|e| {
                    let id = e.id.clone();
                    let title = e.title.clone();
                    view! {
                        <li class="chip"><span>{e.title}</span>
                            <button type="button" class="chip-remove" aria-label=move || t().pkg_remove_event(&title)
                                on:click=move |_| ctx.state.update(|w| w.events.retain(|x| x.id != id))>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || ctx.state.with(|w| w.events.is_empty())>
                <p class="hint">{tr!(pkg_no_events_selected)}</p>
            </Show>
            <FieldError id="events-error" message=ctx.error("events")/>

            <div class="toolbar">
                <div class="field grow">
                    <label for="event-search">{tr!(pkg_search_events)}</label>
                    // type="text": role="combobox" (with aria-expanded) is not allowed on a
                    // search input. No aria-activedescendant while no option is active: an
                    // empty id reference is invalid.
                    <input id="event-search" type="text" role="combobox" aria-autocomplete="list" autocomplete="off"
                        aria-controls="event-results" aria-expanded=move || (!results.with(Vec::is_empty)).to_string()
                        aria-activedescendant=move || active.get().map(|i| format!("event-option-{i}"))
                        aria-describedby="events-error"
                        prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev)) on:keydown=on_key/>
                </div>
                <TextField id="event-since" label=tr!(pkg_events_since) kind="date" value=since/>
            </div>
            {move || error.get().map(|e| {
                let retry = fetch_retry.clone();
                view! {
                    <div class="error-panel" role="alert"><p>{move || e.user_message(lang())}</p>
                        <button type="button" on:click=move |_| retry(EVENTS_FIRST_PAGE, false)>{tr!(retry)}</button></div>
                }
            })}
            <ul id="event-results" role="listbox" aria-label=tr!(pkg_matching_events) class="options">
                {move || { let (lang, tx) = (lang(), t()); results.get().into_iter().enumerate().map(|(i, event)| {
                    // An event without an id cannot go in the package's `event_ids`: shown, not chosen.
                    let no_id = event.id.is_missing();
                    let picked = !no_id && selected_ids().contains(&event.id);
                    let day = event.date.as_deref().map(|d| date_time(lang, d));
                    let detail = [day, event.venue.clone(), event.city.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
                    let title = event.title.clone();
                    view! {
                        <li id=format!("event-option-{i}") role="option" aria-selected=picked.to_string()
                            aria-disabled=no_id.then_some("true")
                            class:active=move || active.get() == Some(i) class:picked=picked
                            on:click=move |_| choose(event.clone())>
                            <span class="option-title">{title}</span>" "<span class="option-detail">{detail}</span>
                            {picked.then(|| view! { <span class="visually-hidden">{tx.pkg_option_selected()}</span> })}
                            {no_id.then(|| view! { " " <span class="hint">{tx.pkg_event_no_id()}</span> })}
                        </li>
                    }
                }).collect_view() }}
            </ul>
            <Show when=move || loading.get()><Loading label=tr!(pkg_searching_events)/></Show>
            <Show when=move || !loading.get() && error.with(Option::is_none) && results.with(Vec::is_empty)>
                <p class="hint" role="status">{tr!(pkg_no_events_match)}</p>
            </Show>
            <Show when=move || has_more.get() && !loading.get()>
                <button type="button" on:click={
                    let fetch = fetch_more.clone();
                    move |_| fetch(page.get_untracked() + 1, true)
                }>{tr!(pkg_load_more_events)}</button>
            </Show>
        </div>
    }
}
