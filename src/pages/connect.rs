//! Mode and sign-in. The token goes to sessionStorage only.

use crate::api::Api;
use crate::components::{use_notices, TextField};
use crate::config::{api_origin, save_session, Mode, Session};
use crate::i18n::{lang, t, t_now, Lang};
use crate::routes::{self, Route};
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

/// Why the form was not sent, said in the language on screen.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    /// Live mode without a base URL, a partner or a token.
    Incomplete,
    /// The base URL (as sent) is not one the app may call.
    BaseUrl(String),
}

impl Problem {
    fn message(&self, lang: Lang) -> String {
        match self {
            Problem::Incomplete => crate::i18n::Tx(lang).pg_cn_live_needs().to_string(),
            Problem::BaseUrl(base) => wave_api::rules::api_base_problem(base, lang).unwrap_or_default().to_string(),
        }
    }
}

#[component]
pub fn Connect() -> impl IntoView {
    crate::i18n::provide_page_lang();
    Effect::new(move |_| crate::browser::document::set_title(t().pg_cn_title()));
    let api = expect_context::<Api>();
    let notices = use_notices();
    let navigate = use_navigate();
    let query = use_query_map();
    let current = api.session.get_untracked();
    let mode = RwSignal::new(current.mode);
    let base_url = RwSignal::new(current.base_url.clone());
    let token = RwSignal::new(current.token.clone().unwrap_or_default());
    let partner = RwSignal::new(current.partner_id.clone().unwrap_or_default());
    let error = RwSignal::new(None::<Problem>);
    let returning = query.with_untracked(|q| q.get(routes::RETURN)).and_then(|r| same_origin_path(&r));

    let has_return = returning.is_some();
    // The token belongs to the API it was given for: as soon as the base URL points at another
    // origin, the saved token leaves the form (visibly), and that API's token is asked for.
    let token_moved = RwSignal::new(false);
    let saved_token = current.token.clone().filter(|t| !t.is_empty());
    let saved_origin = api_origin(&current.base_url);
    Effect::watch(
        move || base_url.get(),
        move |base, _, _| {
            let elsewhere = api_origin(base) != saved_origin;
            if elsewhere && saved_token.is_some() && token.with_untracked(|t| Some(t.trim()) == saved_token.as_deref())
            {
                token.set(String::new());
                token_moved.set(true);
            } else if !elsewhere {
                token_moved.set(false);
            }
        },
        false,
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let live = mode.get_untracked() == Mode::Live;
        let base = base_url.get_untracked().trim().to_string();
        let partner_id = partner.get_untracked().trim().to_string();
        let typed_token = token.get_untracked().trim().to_string();
        if live && (base.is_empty() || partner_id.is_empty() || typed_token.is_empty()) {
            error.set(Some(Problem::Incomplete));
            return;
        }
        if live && wave_api::rules::api_base_problem(&base, Lang::En).is_some() {
            error.set(Some(Problem::BaseUrl(base)));
            return;
        }
        error.set(None);
        let session = Session {
            mode: mode.get_untracked(),
            base_url: if base.is_empty() { "/api".into() } else { base },
            partner_id: (!partner_id.is_empty()).then_some(partner_id),
            token: Some(typed_token).filter(|t| !t.is_empty()),
        };
        save_session(&session);
        api.session.set(session);
        notices.info(match mode.get_untracked() {
            Mode::Demo => t_now().pg_cn_connected_demo(),
            Mode::Live => t_now().pg_cn_connected_live(),
        });
        navigate(&returning.clone().unwrap_or_else(|| Route::Packages.href()), Default::default());
    };

    view! {
        <section class="page narrow">
            <h1>{tr!(pg_cn_title)}</h1>
            {has_return.then(|| view! {
                <p class="callout" role="alert">{tr!(pg_cn_session_ended)}</p>
            })}
            <form on:submit=submit novalidate>
                <fieldset>
                    <legend>{tr!(pg_cn_mode)}</legend>
                    <label class="radio"><input type="radio" name="mode" prop:checked=move || mode.get() == Mode::Demo
                        on:change=move |_| mode.set(Mode::Demo)/>{tr!(pg_cn_demo_option)}</label>
                    <label class="radio"><input type="radio" name="mode" prop:checked=move || mode.get() == Mode::Live
                        on:change=move |_| mode.set(Mode::Live)/>{tr!(pg_cn_live_option)}</label>
                </fieldset>
                <TextField id="api-base-url" label=tr!(pg_cn_base_url) value=base_url hint=tr!(pg_cn_base_url_hint)/>
                <TextField id="api-token" label=tr!(pg_cn_token) value=token kind="password"
                    hint=tr!(pg_cn_token_hint)
                    error=Signal::derive(move || (token_moved.get() && token.with(|t| t.trim().is_empty())).then(|| t().pg_cn_token_other_api().to_string()))/>
                <TextField id="partner-id" label=tr!(pg_cn_partner_id) value=partner/>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{move || e.message(lang())}</p> })}
                <button type="submit" class="primary">{tr!(pg_cn_title)}</button>
            </form>
        </section>
    }
}

/// A `return` target the app may go to after signing in: a path of this app on this origin.
/// The browser's URL parser resolves it (`/\\evil.example`, `/\t/evil.example` and friends
/// resolve to other hosts; `/.//evil.example` to the path `//evil.example`), the origins are
/// compared, and the resolved path must be one the router cannot read as another origin
/// ([`wave_api::rules::is_app_path`]). The path, query and fragment are kept.
pub fn same_origin_path(target: &str) -> Option<String> {
    if !target.starts_with('/') {
        return None;
    }
    let here = web_sys::window()?.location().origin().ok()?;
    let url = web_sys::Url::new_with_base(target, &here).ok()?;
    let path = url.pathname();
    (url.origin() == here && wave_api::rules::is_app_path(&path))
        .then(|| format!("{path}{}{}", url.search(), url.hash()))
}
