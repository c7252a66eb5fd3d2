//! Loading and error states shared by every page that loads data.

use crate::reactive::load::UseLoadReturn;
use leptos::prelude::*;

#[component]
pub fn Loading(#[prop(into, default = "Loading…".to_string())] label: String) -> impl IntoView {
    view! { <p class="loading" role="status" aria-busy="true">{label}</p> }
}

/// A clear message and, when given, a Retry button.
#[component]
pub fn ErrorPanel(#[prop(into)] message: String, #[prop(optional)] on_retry: Option<Callback<()>>) -> impl IntoView {
    view! {
        <div class="error-panel" role="alert">
            <p>{message}</p>
            {on_retry.map(|retry| view! {
                <button type="button" on:click=move |_| retry.run(())>"Retry"</button>
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
        Some(Err(error)) => view! { <ErrorPanel message=error.user_message() on_retry=load.retry()/> }.into_any(),
    }
}
