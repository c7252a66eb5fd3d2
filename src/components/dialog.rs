//! The one modal dialog: the native `<dialog>` opened with `showModal()`, so the browser puts
//! it in the top layer and makes the page behind inert (no Tab, no assistive technology),
//! Escape closes it, and focus goes back to what opened it.

use leptos::html;
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

#[component]
pub fn Dialog(#[prop(into)] title: TextProp, open: RwSignal<bool>, children: ChildrenFn) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    // What had focus when the dialog opened: focus returns there on close.
    let opener = StoredValue::new(None::<SendWrapper<web_sys::HtmlElement>>);
    Effect::new(move |_| {
        let want_open = open.get();
        let Some(el) = dialog.get() else { return };
        if want_open && !el.open() {
            let active = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            opener.set_value(active.map(SendWrapper::new));
            let _ = el.show_modal();
            // The content renders right after: then focus its `autofocus` control, or its first
            // field or button (until then the dialog itself holds focus).
            crate::reactive::timer::timeout_owned(0, move || {
                let Some(el) = dialog.get_untracked() else { return };
                let target = el
                    .query_selector("[autofocus]")
                    .ok()
                    .flatten()
                    .or_else(|| el.query_selector("input, select, textarea, button").ok().flatten());
                if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = target.focus();
                }
            });
        } else if !want_open && el.open() {
            el.close();
        }
    });
    let on_close = move |_| {
        open.set(false);
        if let Some(el) = opener.get_value() {
            if el.is_connected() {
                let _ = el.focus();
            }
        }
        opener.set_value(None);
    };
    // A click on the dialog element itself (not its content) is a click on the backdrop.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let on_backdrop = ev.target().zip(dialog.get_untracked()).is_some_and(|(t, d)| {
            let d: &web_sys::EventTarget = d.as_ref();
            t == *d
        });
        if on_backdrop {
            open.set(false);
        }
    };
    // Unique even when several cards each have the same dialog.
    static NEXT_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let title_id = format!("dialog-title-{}", NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    let labelled_by = title_id.clone();
    view! {
        <dialog class="dialog" tabindex="-1" aria-labelledby=labelled_by node_ref=dialog on:close=on_close on:click=on_click>
            <div class="dialog-body">
                <h2 id=title_id>{move || title.get().to_string()}</h2>
                <Show when=move || open.get()>{children()}</Show>
            </div>
        </dialog>
    }
}
