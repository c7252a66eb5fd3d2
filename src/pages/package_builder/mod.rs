//! `/package-builder`, `/package-builder/create`, `/package-builder/results/:packageId`.

pub mod create;
pub mod list;
mod list_rows;
pub mod results;

use leptos::prelude::*;
use wave_api::models::Id;
use wave_api::rules::split_merge_id;

pub fn results_href(id: &Id) -> String {
    format!("/package-builder/results/{}", wave_api::http::encode_component(id.as_str()))
}

/// "Merged from" chips, each a link to its source package.
#[component]
pub fn MergedFrom(merge_id: String) -> impl IntoView {
    view! {
        <ul class="chips merged-from" aria-label="Merged from">
            {split_merge_id(&merge_id).into_iter().map(|id| view! {
                <li class="chip"><a href=results_href(&id)>{format!("#{id}")}</a></li>
            }).collect_view()}
        </ul>
    }
}
