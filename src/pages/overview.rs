use crate::api::{call_resource, calls};
use crate::components::async_view;
use leptos::prelude::*;
use leptos_router::components::A;
use wave_api::models::PackageStatus;

#[component]
pub fn Overview() -> impl IntoView {
    crate::browser::document::set_title("Overview");
    let packages = call_resource(calls::list_packages);
    view! {
        <section class="page">
            <h1>"Overview"</h1>
            <p class="lead">"Build audience packages to export, or run paid campaigns for your events."</p>
            <div class="cards">
                <article class="card">
                    <h2>"Package Builder"</h2>
                    <p>"Audience CSVs and CRM segments derived from taste clusters."</p>
                    {async_view(packages, |list| {
                        let building = list.iter().filter(|p| p.status.is_building()).count();
                        let done = list.iter().filter(|p| p.status == PackageStatus::Done).count();
                        view! { <p>{format!("{} packages: {done} ready, {building} building.", list.len())}</p> }
                    })}
                    <p><A href="/package-builder">"Open packages"</A>" · "<A href="/package-builder/create">"Create a package"</A></p>
                </article>
                <article class="card">
                    <h2>"Campaigns"</h2>
                    <p>"Paid media per event: set up a draft, publish, follow attribution."</p>
                    <p><A href="/campaigns">"Open campaigns"</A></p>
                </article>
            </div>
        </section>
    }
}
