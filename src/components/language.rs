//! The language switch in the header: English | Deutsch. The choice is remembered and applies
//! at once, without a reload (nothing typed is lost).

use crate::i18n::{use_i18n, Lang};
use crate::tr;
use leptos::prelude::*;

/// A language's own name: how its speakers find it, whatever language is on screen.
fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::De => "Deutsch",
    }
}

#[component]
pub fn LanguageToggle() -> impl IntoView {
    let Some(i18n) = use_i18n() else { return ().into_any() };
    view! {
        <div class="language-toggle" role="group" aria-label=tr!(language_group)>
            {Lang::ALL.map(|l| view! {
                // Named in its own language, whatever language is on screen.
                <button type="button" lang=l.code()
                    aria-pressed=move || if i18n.lang.get() == l { "true" } else { "false" }
                    on:click=move |_| i18n.choose(l)>
                    {endonym(l)}
                </button>
            }).collect_view()}
        </div>
    }
    .into_any()
}
