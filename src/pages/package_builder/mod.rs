//! `/package-builder`, `/package-builder/create`, `/package-builder/results/:packageId`.

pub mod create;
pub mod list;
/// Also the overview's: its building rows move on as the list's do.
pub(crate) mod list_rows;
pub mod results;

use crate::i18n::{t, Tx};
use crate::routes::Route;
use crate::tr;
use leptos::prelude::*;
use wave_api::contract::models::Id;
use wave_api::rules::{row_ids, split_merge_id, MISSING_ID_FLAG, REPEATED_ID_FLAG};

/// The same flag as a remark in brackets: "(no id)".
fn flag_remark(tx: Tx, flag: &'static str) -> &'static str {
    match flag {
        MISSING_ID_FLAG => tx.pkg_flag_no_id_remark(),
        REPEATED_ID_FLAG => tx.pkg_flag_repeated_id_remark(),
        other => other,
    }
}

/// "Merged from" chips, each a link to its source package (empty parts are dropped); an id
/// the merge id names twice is shown twice, flagged.
#[component]
pub fn MergedFrom(merge_id: String) -> impl IntoView {
    let ids = split_merge_id(&merge_id);
    let rows = row_ids(ids.iter().map(Id::as_str));
    view! {
        <ul class="chips merged-from" aria-label=tr!(pkg_merged_from)>
            {ids.into_iter().zip(rows).map(|(id, row)| view! {
                <li class="chip"><a href=Route::Results(id.clone()).href()>{format!("#{id}")}</a>
                    {row.flag().map(|flag| view! { " " <span class="hint">{move || flag_remark(t(), flag)}</span> })}
                </li>
            }).collect_view()}
        </ul>
    }
}
