//! The one number input. It keeps exactly what the user typed (`12.`, `1e3`, `-`, `12,5` are
//! steps on the way, never rewritten under the caret), parses with `wave_api::rules::
//! parse_number`, gives the model the parsed value (`None` while empty or unreadable) and
//! shows a clear inline message once the user leaves a field that does not read as a number.
//!
//! `type="text"` with `inputmode`: a `type="number"` input hides what the user typed from the
//! page (its value is "" for `12,5` or `1e`), which is how `12.5` used to become `512`.

use super::field::Labelled;
use leptos::prelude::*;
use wave_api::rules::{parse_number, NumberRule};

/// The text a model number is shown as.
fn shown(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

#[component]
pub fn NumberField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    /// The model's value; `None` is an empty field.
    #[prop(into)]
    value: Signal<Option<f64>>,
    on_change: Callback<Option<f64>>,
    rule: NumberRule,
    /// A problem the model reports (for example "required"), shown when the text itself reads.
    #[prop(into, optional)]
    error: Signal<Option<String>>,
    #[prop(into, optional)] disabled: Signal<bool>,
    #[prop(into, optional)] hint: Option<String>,
) -> impl IntoView {
    let text = RwSignal::new(shown(value.get_untracked()));
    let problem = RwSignal::new(None::<String>);
    let touched = RwSignal::new(false);
    let focused = RwSignal::new(false);
    // A change from outside (a restored draft, a colleague's value) replaces the text, but
    // never while the user is typing in this field, and never when the text already reads as
    // that value. One that came while the user was typing shows once they leave the field (or
    // it is disabled under them: no blur comes then).
    // While typing, every keystroke already reached the model: text that still reads as the
    // model's previous value holds nothing pending, so a new outside value shows at once.
    Effect::new(move |previous: Option<Option<f64>>| {
        let now = value.get();
        let typing = focused.get() && !disabled.get();
        let reads_as = text.with_untracked(|t| parse_number(t, rule).ok().flatten());
        let nothing_pending = previous.is_some_and(|p| p == reads_as);
        if reads_as != now && (!typing || nothing_pending) {
            text.set(shown(now));
            problem.set(None);
        }
        now
    });
    let read = move |raw: &str| {
        let parsed = parse_number(raw, rule);
        let number = parsed.as_ref().ok().copied().flatten();
        problem.set(parsed.err());
        if value.get_untracked() != number {
            on_change.run(number);
        }
    };
    let message = Signal::derive(move || if touched.get() { problem.get() } else { None }.or_else(|| error.get()));
    let described = super::field::described_by(&id, hint.is_some());
    let control = view! {
        <input id=id.clone() type="text" inputmode=if rule.integer { "numeric" } else { "decimal" } autocomplete="off"
            prop:value=move || text.get() disabled=move || disabled.get()
            aria-invalid=move || message.with(Option::is_some).to_string() aria-describedby=described
            on:input=move |ev| {
                let raw = event_target_value(&ev);
                read(&raw);
                text.set(raw);
            }
            on:focus=move |_| focused.set(true)
            on:blur=move |_| { focused.set(false); touched.set(true); }/>
    };
    view! { <Labelled id=id label=label hint=hint error=message>{control}</Labelled> }
}
