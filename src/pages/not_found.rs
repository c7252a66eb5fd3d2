use crate::i18n::t;
use crate::routes::Route;
use crate::tr;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    crate::i18n::provide_page_lang();
    Effect::new(move |_| crate::browser::document::set_title(t().not_found_title()));
    view! {
        <section class="page">
            <h1>{tr!(not_found_title)}</h1>
            <p>{tr!(not_found_text)}</p>
            <p><A href=Route::Overview.href()>{tr!(go_to_overview)}</A></p>
        </section>
    }
}
