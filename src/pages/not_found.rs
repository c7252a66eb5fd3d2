use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    crate::browser::document::set_title("Page not found");
    view! {
        <section class="page">
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address. It may have moved, or the link is mistyped."</p>
            <p><A href=Route::Overview.href()>"Go to the overview"</A></p>
        </section>
    }
}
