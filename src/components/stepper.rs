use leptos::prelude::*;

/// A visible list of steps; the current one is marked for assistive technology too.
#[component]
pub fn Stepper(steps: &'static [&'static str], #[prop(into)] current: Signal<usize>) -> impl IntoView {
    view! {
        <ol class="stepper" aria-label="Progress">
            {steps.iter().enumerate().map(|(i, name)| view! {
                <li class:current=move || current.get() == i class:done={move || current.get() > i}
                    aria-current=move || (current.get() == i).then_some("step")>
                    <span class="step-number">{i + 1}</span>" "<span class="step-name">{*name}</span>
                </li>
            }).collect_view()}
        </ol>
    }
}
