use leptos::prelude::*;

/// An inline validation message tied to its input by id (`aria-describedby`).
#[component]
pub fn FieldError(#[prop(into)] id: String, #[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="field-error" id=id role="alert" hidden=move || message.get().is_none()>
            {move || message.get().unwrap_or_default()}
        </p>
    }
}

/// A labelled text input bound to a signal, with its error message underneath.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(into, default = "text".to_string())] kind: String,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(into, optional)] disabled: Signal<bool>,
    #[prop(into, optional)] hint: Option<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() { format!("{hint_id} {error_id}") } else { error_id.clone() };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            <input id=id type=kind prop:value=move || value.get() disabled=move || disabled.get()
                aria-invalid=move || error.get().is_some().to_string() aria-describedby=described
                on:input=move |ev| value.set(event_target_value(&ev))/>
            <FieldError id=error_id message=error/>
        </div>
    }
}
