//! Loading and error states shared by every page that loads data.

use crate::i18n::{lang, t};
use crate::reactive::load::UseLoadReturn;
use crate::tr;
use leptos::prelude::*;
use leptos::text_prop::TextProp;

#[component]
pub fn Loading(#[prop(into, optional)] label: Option<TextProp>) -> impl IntoView {
    let text = move || label.as_ref().map_or_else(|| t().loading().to_string(), |l| l.get().to_string());
    view! { <p class="loading" role="status" aria-busy="true">{text}</p> }
}

/// A clear message and, when given, a Retry button.
#[component]
pub fn ErrorPanel(#[prop(into)] message: TextProp, #[prop(optional)] on_retry: Option<Callback<()>>) -> impl IntoView {
    view! {
        <div class="error-panel" role="alert">
            <p>{move || message.get().to_string()}</p>
            {on_retry.map(|retry| view! {
                <button type="button" on:click=move |_| retry.run(())>{tr!(retry)}</button>
            })}
        </div>
    }
}

/// Renders a load: its value (also while it reloads), else its error with a Retry, else
/// "Loading".
pub fn load_view<T, V>(load: UseLoadReturn<T>, render: impl Fn(T) -> V + Send + Sync + 'static) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    move || match load.state() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(value)) => render(value).into_any(),
        Some(Err(error)) => {
            view! { <ErrorPanel message=move || error.user_message(lang()) on_retry=load.retry()/> }.into_any()
        }
    }
}
