//! "Download … as CSV": the one button every table uses. The CSV itself is written by
//! `wave_api::rules::csv_tables` (through the one writer, `wave_api::rules::to_csv`).

use crate::components::use_notices;
use crate::i18n::t;
use leptos::prelude::*;
use leptos::text_prop::TextProp;

/// A button named "Download {what} as CSV" (visible text and accessible name alike) that saves
/// what `csv` returns, read at the click, as `file_name`. The file starts with a UTF-8 byte
/// order mark: without it Excel reads "münchen" as "mÃ¼nchen"; other programs skip it.
#[component]
pub fn CsvButton<F>(
    /// What the table holds, e.g. "attribution".
    /// What is downloaded, in the language on screen ("packages").
    #[prop(into)]
    what: TextProp,
    /// A safe name from `wave_api::rules::table_file_name`.
    #[prop(into)]
    file_name: String,
    csv: F,
    /// E.g. while no row matches the filters.
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView
where
    F: Fn() -> String + 'static,
{
    let notices = use_notices();
    let download = move |_| {
        let text = format!("\u{feff}{}", csv());
        if let Err(why) = crate::browser::download::save_text(&file_name, &text, "text/csv") {
            notices.error(why);
        }
    };
    view! {
        <button type="button" class="csv-download" on:click=download disabled=move || disabled.get()>
            {move || t().download_csv(&what.get())}
        </button>
    }
}
