use crate::i18n::{lang, Lang};
use crate::tr;
use leptos::prelude::*;

/// A visible list of steps; the current one is marked for assistive technology too.
#[component]
pub fn Stepper<const N: usize>(
    /// The steps' names in a language.
    steps: fn(Lang) -> [&'static str; N],
    #[prop(into)] current: Signal<usize>,
) -> impl IntoView {
    view! {
        <ol class="stepper" aria-label=tr!(progress)>
            {(0..N).map(|i| view! {
                <li class:current=move || current.get() == i class:done={move || current.get() > i}
                    aria-current=move || (current.get() == i).then_some("step")>
                    <span class="step-number">{i + 1}</span>" "<span class="step-name">{move || steps(lang())[i]}</span>
                </li>
            }).collect_view()}
        </ol>
    }
}
