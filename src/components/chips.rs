use crate::i18n::t;
use leptos::prelude::*;
use leptos::text_prop::TextProp;

/// Tags typed into a labelled input: Enter or comma adds, each chip has a remove button, and
/// Backspace in an empty input removes the last one. With `keep_commas` a comma is part of a
/// value (a place such as “Munich, Bavaria”): only Enter and leaving the field add it. While
/// `disabled`, typed text stays in the input: it becomes a chip only once the field may change.
#[component]
pub fn ChipInput(
    #[prop(into)] id: String,
    #[prop(into)] label: TextProp,
    values: Signal<Vec<String>>,
    on_change: Callback<Vec<String>>,
    #[prop(into, optional)] placeholder: Option<TextProp>,
    #[prop(into, optional)] disabled: Signal<bool>,
    #[prop(optional)] keep_commas: bool,
) -> impl IntoView {
    let draft = RwSignal::new(String::new());
    // Also run while this input is being taken down (see the cleanup below): `try_*` only.
    let add = move || {
        if disabled.try_get_untracked() == Some(true) {
            return;
        }
        let (Some(mut list), Some(text)) = (values.try_get_untracked(), draft.try_get_untracked()) else { return };
        let parts: Vec<&str> = if keep_commas { vec![text.as_str()] } else { text.split(',').collect() };
        for part in parts {
            let part = part.trim();
            if !part.is_empty() && !list.iter().any(|v| v == part) {
                list.push(part.to_string());
            }
        }
        draft.try_set(String::new());
        on_change.try_run(list);
    };
    // Text typed and not yet a chip is kept as one when the input goes away without a blur.
    let keep = move || {
        if draft.try_get_untracked().is_some_and(|d| !d.trim().is_empty()) {
            add();
        }
    };
    // A reload or a closed tab runs no cleanup. `beforeunload` comes before `pagehide`, when
    // a campaign draft sends its unsaved edits, and the wizard's save (an effect) runs in the
    // microtasks right after this listener. Listened for only while there is text: the
    // listener keeps Firefox from putting the page in its back/forward cache.
    let unloading = StoredValue::new(None::<WindowListenerHandle>);
    Effect::new(move |_| {
        let typing = draft.with(|d| !d.trim().is_empty());
        let listening = unloading.with_value(Option::is_some);
        if typing && !listening {
            unloading.set_value(Some(window_event_listener(leptos::ev::beforeunload, move |_| keep())));
        } else if !typing && listening {
            if let Some(handle) = unloading.try_update_value(Option::take).flatten() {
                handle.remove();
            }
        }
    });
    // Browser Back or a route change while typing, or a step change by keyboard: this runs
    // before the owners above are cleaned up (children first), so the wizard's or the draft's
    // own save on leaving still sees it.
    on_cleanup(move || {
        if let Some(handle) = unloading.try_update_value(Option::take).flatten() {
            handle.remove();
        }
        keep();
    });
    let label_for_chips = label.clone();
    let placeholder = placeholder.map(|p| move || p.get().to_string());
    view! {
        <div class="field chip-field">
            <label for=id.clone()>{move || label.get().to_string()}</label>
            <ul class="chips" aria-label=move || label_for_chips.get().to_string()>
                {move || values.get().into_iter().map(|value| {
                    let remove_label = {
                        let value = value.clone();
                        move || t().remove_chip(&value)
                    };
                    let v = value.clone();
                    view! {
                        <li class="chip">
                            <span>{value}</span>
                            <button type="button" class="chip-remove" aria-label=remove_label disabled=move || disabled.get()
                                on:click=move |_| {
                                    let list = values.get_untracked().into_iter().filter(|x| *x != v).collect();
                                    on_change.run(list);
                                }>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <input id=id type="text" placeholder=placeholder prop:value=move || draft.get() disabled=move || disabled.get()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let ends_with_comma = !keep_commas && text.ends_with(',');
                    draft.set(text);
                    if ends_with_comma { add(); }
                }
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        add();
                    } else if ev.key() == "Backspace" && draft.get_untracked().is_empty() {
                        let mut list = values.get_untracked();
                        if list.pop().is_some() { on_change.run(list); }
                    }
                }
                on:blur=move |_| if draft.try_get_untracked().is_some_and(|d| !d.trim().is_empty()) { add() }/>
        </div>
    }
}
