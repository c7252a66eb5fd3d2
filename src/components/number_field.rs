//! The one number input. It keeps exactly what the user typed (`12.`, `1e3`, `-`, `12,5` are
//! steps on the way, never rewritten under the caret), parses with `wave_api::rules::
//! parse_number`, gives the model the parsed value (`None` while empty or unreadable) and
//! shows a clear inline message once the user leaves a field that does not read as a number.
//!
//! `type="text"` with `inputmode`: a `type="number"` input hides what the user typed from the
//! page (its value is "" for `12,5` or `1e`), which is how `12.5` used to become `512`.

use super::field::Labelled;
use crate::i18n::{lang, lang_now, Lang};
use leptos::prelude::*;
use leptos::text_prop::TextProp;
use wave_api::rules::{parse_number, typed_number, NumberRule};

/// The text a model number is shown as, as people of `lang` type it.
fn shown(value: Option<f64>, lang: Lang) -> String {
    value.map(|v| typed_number(v, lang)).unwrap_or_default()
}

#[component]
pub fn NumberField(
    #[prop(into)] id: String,
    #[prop(into)] label: TextProp,
    /// The model's value; `None` is an empty field.
    #[prop(into)]
    value: Signal<Option<f64>>,
    on_change: Callback<Option<f64>>,
    rule: NumberRule,
    /// A problem the model reports (for example "required"), shown when the text itself reads.
    #[prop(into, optional)]
    error: Signal<Option<String>>,
    #[prop(into, optional)] disabled: Signal<bool>,
    #[prop(into, optional)] hint: Option<TextProp>,
) -> impl IntoView {
    let text = RwSignal::new(shown(value.get_untracked(), lang_now()));
    let touched = RwSignal::new(false);
    let focused = RwSignal::new(false);
    // A change from outside (a restored draft, a colleague's value) replaces the text, but
    // never while the user is typing in this field, and never when the text already reads as
    // that value. One that came while the user was typing shows once they leave the field (or
    // it is disabled under them: no blur comes then).
    // While typing, every keystroke already reached the model: text that still reads as the
    // model's previous value holds nothing pending, so a new outside value shows at once.
    // Another language: text that reads as the model's value is shown as the new language
    // writes it (`12.5` → `12,5`); text that does not read stays as typed, and its message
    // follows the language.
    Effect::new(move |previous: Option<(Option<f64>, Lang)>| {
        let now = value.get();
        let lang = lang();
        let typing = focused.get() && !disabled.get();
        let before = previous.map_or(lang, |(_, l)| l);
        let read = text.with_untracked(|t| parse_number(t, rule, before));
        let reads_as = read.as_ref().ok().copied().flatten();
        let nothing_pending = previous.is_some_and(|(p, _)| p == reads_as);
        // Only text that reads: an unreadable one stays as typed (its message follows).
        let relanguaged = before != lang && read.is_ok_and(|v| v == now);
        if (reads_as != now && (!typing || nothing_pending)) || relanguaged {
            text.set(shown(now, lang));
        }
        (now, lang)
    });
    let read = move |raw: &str| {
        let number = parse_number(raw, rule, lang_now()).ok().flatten();
        if value.get_untracked() != number {
            on_change.run(number);
        }
    };
    let problem = move || text.with(|t| parse_number(t, rule, lang()).err());
    let message = Signal::derive(move || if touched.get() { problem() } else { None }.or_else(|| error.get()));
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
