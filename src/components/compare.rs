//! Two versions side by side: one row per thing that differs (this tab's edits and the
//! server's draft; a campaign as shown and as it is now).

use leptos::prelude::*;

/// `columns`: the row header's column, then the two versions. `rows`: (what, one, other).
#[component]
pub fn CompareTable(
    caption: &'static str,
    columns: [&'static str; 3],
    rows: Vec<(String, String, String)>,
    /// Said in one row when nothing shown differs.
    #[prop(optional)]
    empty: &'static str,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=format!("{caption}, scrollable")>
            <table class="data">
                <caption>{caption}</caption>
                <thead><tr>{columns.map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {(rows.is_empty() && !empty.is_empty()).then(|| view! { <tr><td colspan="3">{empty}</td></tr> })}
                    // On a phone the rows stack: each value says which version it is.
                    {rows.into_iter().map(|(what, one, other)| view! {
                        <tr><th scope="row">{what}</th><td data-label=columns[1]>{one}</td><td data-label=columns[2]>{other}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
