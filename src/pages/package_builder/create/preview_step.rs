//! Step 3: exactly what will be sent, readable, then Create.

use super::WizardCtx;
use crate::api::{calls, use_client};
use crate::browser::persisted;
use crate::components::{use_notices, ErrorPanel};
use crate::reactive::mutation::use_mutation;
use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wave_api::contract::models::CreatePackage;
use wave_api::flows::package_wizard::{PackageWizard, STORAGE_KEY, STORAGE_VERSION};

#[component]
pub fn PreviewStep() -> impl IntoView {
    let ctx = expect_context::<WizardCtx>();
    let client = use_client();
    let notices = use_notices();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    let payload = Memo::new(move |_| ctx.state.with(|w| w.payload()));

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
                    notices.info(format!("Package “{}” created. It is building now.", body.package_title));
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
            Err(e) => error.set(Some(format!("The package could not be created. {}", e.user_message()))),
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
                        <p>"Some earlier answers need attention:"</p>
                        <ul>{errors.into_iter().map(|e| view! { <li>{e.message}</li> }).collect_view()}</ul>
                    </div>
                }.into_any(),
                Ok(p) => {
                    let events = ctx.state.with(|w| w.events.iter().map(|e| format!("{} (#{})", e.title, e.id)).collect::<Vec<_>>());
                    let f = &p.filters;
                    let list = |v: &[String]| if v.is_empty() { "none".to_string() } else { v.join(", ") };
                    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "not set".into());
                    let amount = |v: Option<f64>| v.map(|n| format!("{n} EUR")).unwrap_or_else(|| "not set".into());
                    let json = serde_json::to_string_pretty(&p).unwrap_or_default();
                    view! {
                        <dl class="summary">
                            <dt>"Title"</dt><dd>{p.package_title.clone()}</dd>
                            <dt>"Events"</dt><dd>{events.join(", ")}</dd>
                            <dt>"Targeting mode"</dt><dd>{format!("{:?}", p.targeting_mode)}</dd>
                            <dt>"Packages"</dt><dd>{p.num_packages}</dd>
                            <dt>"Top events"</dt><dd>{p.n_top_events}</dd>
                            <dt>"Included customers"</dt><dd>{list(&f.included_customers)}</dd>
                            <dt>"Excluded customers"</dt><dd>{list(&f.excluded_customers)}</dd>
                            <dt>"Exclude spending above"</dt><dd>{amount(f.exclude_buying_behavior_above)}</dd>
                            <dt>"Exclude spending below"</dt><dd>{amount(f.exclude_buying_behavior_below)}</dd>
                            <dt>"Exclude purchases before"</dt><dd>{opt(&f.exclude_old_purchases_before)}</dd>
                            <dt>"Exclude purchases after"</dt><dd>{opt(&f.exclude_recent_purchases_after)}</dd>
                            <dt>"Excluded ticket categories"</dt><dd>{list(&f.exclude_ticket_categories)}</dd>
                        </dl>
                        <details>
                            <summary>"Request body (JSON)"</summary>
                            <pre class="json">{json}</pre>
                        </details>
                    }.into_any()
                }
            }}
            {move || error.get().map(|e| view! { <ErrorPanel message=e/> })}
            <button type="button" class="primary" on:click=start disabled=move || busy.get() || payload.with(Result::is_err)>
                {move || if busy.get() { "Creating…" } else { "Create package" }}
            </button>
        </div>
    }
}
