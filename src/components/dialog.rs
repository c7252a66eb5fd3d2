use leptos::html;
use leptos::prelude::*;

/// A modal dialog: focus moves into it when it opens, Escape closes it, and the rest of the
/// page is inert behind the backdrop.
#[component]
pub fn Dialog(#[prop(into)] title: String, open: RwSignal<bool>, children: ChildrenFn) -> impl IntoView {
    let panel = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if open.get() {
            if let Some(el) = panel.get() {
                let _ = el.focus();
            }
        }
    });
    let title_id = format!("dialog-{}", title.to_lowercase().replace(' ', "-"));
    view! {
        <Show when=move || open.get()>
            <div class="backdrop" on:click=move |_| open.set(false)></div>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby=title_id.clone() tabindex="-1" node_ref=panel
                on:keydown=move |ev| if ev.key() == "Escape" { open.set(false) }>
                <h2 id=title_id.clone()>{title.clone()}</h2>
                {children()}
            </div>
        </Show>
    }
}
