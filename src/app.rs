//! The shell: configuration, contexts, router, layout, and the app-wide behaviours (focus on
//! route change, 401 → sign in).

use crate::api::Api;
use crate::components::{provide_notices, LanguageToggle, NoticeRegion, ThemeToggle};
use crate::config::{load_session, ConfigProblem, Session};
use crate::i18n::{t, t_now};
use crate::pages::{connect::Connect, not_found::NotFound, package_builder::list::PackageList, split};
use crate::routes::{paths, Page, Route as AppRoute};
use crate::tr;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::{use_location, use_navigate};

#[component]
pub fn App() -> impl IntoView {
    crate::i18n::provide_i18n();
    let notices = provide_notices();
    let api = Api { session: RwSignal::new(Session::default()), unauthorized: RwSignal::new(false) };
    provide_context(api);
    crate::services::event_names::provide_event_names();
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let (session, notice) = load_session().await;
        api.session.set(session);
        if let Some(notice) = notice {
            let t = t_now();
            notices.error(match notice {
                ConfigProblem::Missing => t.config_missing(),
                ConfigProblem::Invalid => t.config_invalid(),
            });
        }
        ready.set(true);
    });

    view! {
        <Router>
            <a class="skip-link" href="#main">{tr!(skip_to_content)}</a>
            <Header/>
            <main id="main" tabindex="-1">
                <Show when=move || ready.get() fallback=|| view! { <p class="loading" role="status">{tr!(starting)}</p> }>
                    <Shell/>
                </Show>
            </main>
            <NoticeRegion/>
        </Router>
    }
}

#[component]
fn Header() -> impl IntoView {
    let api = expect_context::<Api>();
    view! {
        <header class="topbar">
            <A href=AppRoute::Overview.href() attr:class="brand">{tr!(brand)}</A>
            <nav aria-label=tr!(main_nav)>
                <A href=AppRoute::Packages.href()>{tr!(nav_packages)}</A>
                <A href=AppRoute::Campaigns.href()>{tr!(nav_campaigns)}</A>
                <A href=AppRoute::Connect(None).href()>{tr!(nav_connect)}</A>
            </nav>
            // No aria-label: a <p> may not have one (a paragraph's name is its text; screen
            // readers ignore it). The word "Session" is there as hidden text instead.
            <p class="session">
                <span class="visually-hidden">{tr!(session_hidden)}</span>
                <span class="mode" class:mode-live=move || api.session.with(|s| s.mode == crate::config::Mode::Live)>
                    {move || api.session.with(|s| match s.mode {
                        crate::config::Mode::Demo => t().mode_demo(),
                        crate::config::Mode::Live => t().mode_live(),
                    })}
                </span>
                " "
                <span class="partner">{move || api.session.with(|s| {
                    let p = s.partner();
                    if p.is_empty() { t().no_partner().to_string() } else { t().partner(&p) }
                })}</span>
            </p>
            <LanguageToggle/>
            <ThemeToggle/>
        </header>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let api = expect_context::<Api>();
    let location = use_location();
    let navigate = use_navigate();
    crate::services::build_watch::provide_build_watch();
    split::preload_on_link_intent();

    // A 401 anywhere: sign in again, then come back here. Page state that matters is kept
    // (the wizard in localStorage, draft edits in sessionStorage).
    Effect::new(move |_| {
        if api.unauthorized.get() {
            api.unauthorized.set(false);
            let here = format!("{}{}", location.pathname.get_untracked(), location.search.get_untracked());
            if Page::of_path(&here) != Some(Page::Connect) {
                navigate(&AppRoute::Connect(Some(here)).href(), Default::default());
            }
        }
    });

    // Route change: move focus to the new page's heading so keyboard and screen-reader users
    // start at the content (skipped on first load, where focus belongs to the document).
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            split::note_navigation();
            crate::reactive::timer::timeout_owned(0, crate::browser::document::focus_heading);
        }
        path
    });

    view! {
        <Routes fallback=|| view! { <NotFound/> }>
            // All but the list and connect pages load their code when first shown (split.rs).
            <Route path=paths::OVERVIEW view=split::overview/>
            <Route path=paths::PACKAGES view=PackageList/>
            <Route path=paths::CREATE_PACKAGE view=split::create_wizard/>
            <Route path=paths::RESULTS view=split::results/>
            <Route path=paths::CAMPAIGNS view=split::campaigns/>
            <Route path=paths::SETUP view=split::setup_wizard/>
            <Route path=paths::EVENT view=split::event/>
            <Route path=paths::CONNECT view=Connect/>
        </Routes>
    }
}
