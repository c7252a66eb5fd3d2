//! Step 3: exactly what will be sent, readable, then Create.

use super::targeting_step::mode_name;
use super::WizardCtx;
use crate::api::{calls, use_client};
use crate::browser::persisted;
use crate::components::{use_notices, ErrorPanel};
use crate::i18n::format::{date, money};
use crate::i18n::{lang, t, t_now, Tx};
use crate::reactive::mutation::use_mutation;
use crate::routes::Route;
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wave_api::contract::models::CreatePackage;
use wave_api::flows::package_wizard::{PackageWizard, STORAGE_KEY, STORAGE_VERSION};
use wave_api::ApiError;

#[component]
pub fn PreviewStep() -> impl IntoView {
    let ctx = expect_context::<WizardCtx>();
    let client = use_client();
    let notices = use_notices();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<ApiError>);
    // Validated in the language on screen: its messages follow a switch.
    let payload = Memo::new(move |_| {
        let lang = lang();
        ctx.state.with(|w| w.payload(lang))
    });

    // The package exists once the answer arrives, wherever the user is by then: the notice
    // and clearing the finished wizard happen in the request; moving to its results page
    // only while this step is still on screen.
    let watch = crate::services::build_watch::use_build_watch();
    let create = use_mutation(
        move |body: &CreatePackage| {
            let (client, body) = (client.clone(), body.clone());
            async move {
                let created = client.send(calls::create_package(&body)).await;
                if created.is_ok() {
                    // A fresh wizard, not none: another tab open on it follows (mod.rs). If
                    // the browser refuses, removing it still keeps the finished one from
                    // coming back.
                    if persisted::save(STORAGE_KEY, STORAGE_VERSION, &PackageWizard::default()).is_err() {
                        persisted::remove(STORAGE_KEY);
                    }
                    notices.info(t_now().pkg_created(&body.package_title));
                }
                // The shell says when it is ready, wherever the user is then.
                if let (Ok(c), Some(watch)) = (&created, watch) {
                    watch.watch(&c.id, &body.package_title);
                }
                created
            }
        },
        move |result| match result {
            // An answer without the new package's id has no results page: the list shows it.
            Ok(created) if created.id.is_missing() => navigate(&Route::Packages.href(), Default::default()),
            Ok(created) => navigate(&Route::Results(created.id.clone()).href(), Default::default()),
            // Nothing is lost: the wizard state stays in localStorage.
            Err(e) => error.set(Some(e)),
        },
    );
    let busy = create.pending();
    let start = move |_| {
        if let Ok(body) = payload.get_untracked() {
            error.set(None);
            create.dispatch_local(body);
        }
    };

    view! {
        <div class="step">
            {move || match payload.get() {
                Err(errors) => view! {
                    <div class="error-panel" role="alert">
                        <p>{tr!(pkg_answers_need_attention)}</p>
                        <ul>{errors.into_iter().map(|e| view! { <li>{e.message}</li> }).collect_view()}</ul>
                    </div>
                }.into_any(),
                Ok(p) => {
                    // Built again on a switch (the payload follows the language).
                    let lang = lang();
                    let tx = Tx(lang);
                    let events = ctx.state.with(|w| w.events.iter().map(|e| format!("{} (#{})", e.title, e.id)).collect::<Vec<_>>());
                    let f = &p.filters;
                    let list = |v: &[String]| if v.is_empty() { tx.pkg_none().to_string() } else { v.join(", ") };
                    let day = |v: &Option<String>| v.as_deref().map(|d| date(lang, d)).unwrap_or_else(|| tx.pkg_not_set().into());
                    let amount = |v: Option<f64>| v.map(|n| money(lang, n, "EUR")).unwrap_or_else(|| tx.pkg_not_set().into());
                    let json = serde_json::to_string_pretty(&p).unwrap_or_default();
                    view! {
                        <dl class="summary">
                            <dt>{tx.pkg_col_title()}</dt><dd>{p.package_title.clone()}</dd>
                            <dt>{tx.pkg_col_events()}</dt><dd>{events.join(", ")}</dd>
                            <dt>{tx.pkg_targeting_mode()}</dt><dd>{mode_name(tx, p.targeting_mode)}</dd>
                            <dt>{tx.pkg_list_title()}</dt><dd>{p.num_packages}</dd>
                            <dt>{tx.pkg_top_events()}</dt><dd>{p.n_top_events}</dd>
                            <dt>{tx.pkg_included_customers()}</dt><dd>{list(&f.included_customers)}</dd>
                            <dt>{tx.pkg_excluded_customers()}</dt><dd>{list(&f.excluded_customers)}</dd>
                            <dt>{tx.pkg_exclude_spending_above()}</dt><dd>{amount(f.exclude_buying_behavior_above)}</dd>
                            <dt>{tx.pkg_exclude_spending_below()}</dt><dd>{amount(f.exclude_buying_behavior_below)}</dd>
                            <dt>{tx.pkg_purchases_before()}</dt><dd>{day(&f.exclude_old_purchases_before)}</dd>
                            <dt>{tx.pkg_purchases_after()}</dt><dd>{day(&f.exclude_recent_purchases_after)}</dd>
                            <dt>{tx.pkg_excluded_ticket_categories()}</dt><dd>{list(&f.exclude_ticket_categories)}</dd>
                        </dl>
                        <details>
                            <summary>{tx.pkg_request_body()}</summary>
                            <pre class="json">{json}</pre>
                        </details>
                    }.into_any()
                }
            }}
            {move || error.get().map(|e| view! { <ErrorPanel message=move || t().pkg_create_failed(&e.user_message(lang()))/> })}
            <button type="button" class="primary" on:click=start disabled=move || busy.get() || payload.with(Result::is_err)>
                {move || if busy.get() { t().pkg_creating() } else { t().pkg_create_package() }}
            </button>
        </div>
    }
}
