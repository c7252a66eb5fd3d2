//! Two versions side by side: one row per thing that differs (this tab's edits and the
//! server's draft; a campaign as shown and as it is now).

use crate::i18n::t;
use leptos::prelude::*;
use leptos::text_prop::TextProp;

/// `columns`: the row header's column, then the two versions. `rows`: (what, one, other).
#[component]
pub fn CompareTable(
    #[prop(into)] caption: TextProp,
    columns: [TextProp; 3],
    rows: Vec<(String, String, String)>,
    /// Said in one row when nothing shown differs.
    #[prop(optional, into)]
    empty: Option<TextProp>,
) -> impl IntoView {
    let region = {
        let caption = caption.clone();
        move || t().scrollable(&caption.get())
    };
    let [what, one, other] = columns;
    let heads = [what, one.clone(), other.clone()];
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=region>
            <table class="data">
                <caption>{move || caption.get().to_string()}</caption>
                <thead><tr>{heads.map(|c| view! { <th scope="col">{move || c.get().to_string()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {rows.is_empty().then(|| empty.map(|empty| view! { <tr><td colspan="3">{move || empty.get().to_string()}</td></tr> }))}
                    // On a phone the rows stack: each value says which version it is.
                    {rows.into_iter().map(|(row, mine, theirs)| {
                        let (one, other) = (one.clone(), other.clone());
                        view! {
                            <tr><th scope="row">{row}</th><td data-label=move || one.get().to_string()>{mine}</td>
                                <td data-label=move || other.get().to_string()>{theirs}</td></tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
