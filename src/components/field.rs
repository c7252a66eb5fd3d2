//! The one way to bind a labelled field: a [`Binding`] (what the field shows, where input
//! goes) rendered by [`TextField`] (text, date, url, password, search, multi-line) or
//! [`SelectField`], each inside [`Labelled`]: the label, an optional description and the
//! inline error, tied to the control by `for` / `aria-describedby`. Numbers use
//! [`super::NumberField`], which keeps what the user typed.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

/// What a field shows and where the user's input goes.
#[derive(Clone, Copy)]
pub struct Binding {
    pub get: Signal<String>,
    pub set: Callback<String>,
}

impl Binding {
    /// `get` is memoised: a field is only written when its own value changed (writing a date
    /// input's value, even the same one, clears what the user half-typed into it).
    pub fn new(get: impl Fn() -> String + Send + Sync + 'static, set: impl Fn(String) + Send + Sync + 'static) -> Self {
        Binding { get: Memo::new(move |_| get()).into(), set: Callback::new(set) }
    }
}

impl From<RwSignal<String>> for Binding {
    fn from(signal: RwSignal<String>) -> Self {
        Binding { get: signal.into(), set: Callback::new(move |v| signal.set(v)) }
    }
}

/// An inline validation message tied to its input by id (`aria-describedby`).
#[component]
pub fn FieldError(#[prop(into)] id: String, #[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="field-error" id=id role="alert" hidden=move || message.get().is_none()>
            {move || message.get().unwrap_or_default()}
        </p>
    }
}

/// The ids a control of field `id` is described by: its description (if any), then its error.
pub fn described_by(id: &str, has_hint: bool) -> String {
    if has_hint {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-error")
    }
}

/// Label, description, the control (children) and its error.
#[component]
pub fn Labelled(
    #[prop(into)] id: String,
    #[prop(into)] label: TextProp,
    #[prop(default = None)] hint: Option<TextProp>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get().to_string()}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{move || h.get().to_string()}</p> })}
            {children()}
            <FieldError id=format!("{id}-error") message=error/>
        </div>
    }
}

/// A labelled text input (or a textarea when `rows` is given). `kind` is the input type;
/// `"decimal"` is a number kept exactly as typed (validated elsewhere).
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: TextProp,
    #[prop(into)] value: Binding,
    #[prop(into, default = "text".to_string())] kind: String,
    #[prop(optional)] rows: Option<u32>,
    #[prop(into, optional)] placeholder: Option<TextProp>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(into, optional)] disabled: Signal<bool>,
    #[prop(into, optional)] hint: Option<TextProp>,
) -> impl IntoView {
    let described = described_by(&id, hint.is_some());
    // Only when given, and only on controls that take one: HTML allows `placeholder` on
    // textareas and text-like inputs, not on date (or checkbox, file, …) inputs, not even empty.
    let takes_placeholder = rows.is_some()
        || matches!(kind.as_str(), "text" | "search" | "url" | "tel" | "email" | "password" | "number" | "decimal");
    let placeholder = placeholder.filter(|_| takes_placeholder).map(|p| move || p.get().to_string());
    let invalid = move || error.with(Option::is_some).to_string();
    let on_input = move |ev: leptos::ev::Event| value.set.run(event_target_value(&ev));
    let control = match rows {
        Some(rows) => view! {
            <textarea id=id.clone() rows=rows placeholder=placeholder prop:value=move || value.get.get()
                disabled=move || disabled.get() aria-invalid=invalid aria-describedby=described on:input=on_input></textarea>
        }
        .into_any(),
        None => {
            let decimal = kind == "decimal";
            let kind = if decimal { "text".to_string() } else { kind };
            view! {
                <input id=id.clone() type=kind inputmode=decimal.then_some("decimal") placeholder=placeholder
                    prop:value=move || value.get.get() disabled=move || disabled.get()
                    aria-invalid=invalid aria-describedby=described on:input=on_input/>
            }
            .into_any()
        }
    };
    view! { <Labelled id=id label=label hint=hint error=error>{control}</Labelled> }
}

/// A labelled select over `(value, label)` options.
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: TextProp,
    #[prop(into)] value: Binding,
    /// `(value, label)`: a label may follow the language on screen (a closure).
    options: Vec<(String, TextProp)>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(into, optional)] disabled: Signal<bool>,
    #[prop(into, optional)] hint: Option<TextProp>,
) -> impl IntoView {
    let described = described_by(&id, hint.is_some());
    let control = view! {
        <select id=id.clone() prop:value=move || value.get.get() disabled=move || disabled.get() aria-describedby=described
            on:change=move |ev| value.set.run(event_target_value(&ev))>
            {options.into_iter().map(|(v, l)| view! { <option value=v>{move || l.get().to_string()}</option> }).collect_view()}
        </select>
    };
    view! { <Labelled id=id label=label hint=hint error=error>{control}</Labelled> }
}
