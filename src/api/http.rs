//! The live transport: `fetch` with the contract's headers, a caller abort signal combined
//! with our timeout, and optional keepalive (for flushing on unload).
//!
//! Sent with gloo-net. The `web_sys::Request` is built here (headers, `keepalive`, the
//! combined abort signal) and converted with `gloo_net::http::Request::from`, so the URL
//! `wave-api` already encoded reaches `fetch` untouched.

use crate::config::Session;
use js_sys::{Array, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wave_api::contract::assumptions::{authorization_header, PARTNER_HEADER};
use wave_api::flows::timings::REQUEST_TIMEOUT_MS;
use wave_api::{ApiError, ApiRequest, ApiResponse};
use web_sys::{AbortController, AbortSignal, Headers, RequestInit};

fn js_error(e: JsValue) -> String {
    // Not Debug formatting: the release build has none (scripts/build.sh).
    Reflect::get(&e, &"message".into()).ok().and_then(|m| m.as_string()).or_else(|| e.as_string()).unwrap_or_default()
}

pub async fn send(
    session: &Session,
    req: &ApiRequest,
    caller: Option<&AbortSignal>,
    keepalive: bool,
) -> Result<ApiResponse, ApiError> {
    let headers = Headers::new().map_err(|e| ApiError::Network(js_error(e)))?;
    let token = session.token.as_deref().unwrap_or("");
    let set = |k: &str, v: &str| headers.set(k, v).map_err(|e| ApiError::Network(js_error(e)));
    set("Authorization", &authorization_header(token))?;
    set(PARTNER_HEADER, session.partner_id.as_deref().unwrap_or(""))?;
    set("Accept", "application/json, text/csv")?;

    let init = RequestInit::new();
    init.set_method(req.method.as_str());
    if let Some(body) = &req.body {
        set("Content-Type", "application/json")?;
        init.set_body(&JsValue::from_str(body));
    }
    init.set_headers(&headers);
    // web-sys has no keepalive setter on RequestInit; the property is standard fetch.
    Reflect::set(&init, &"keepalive".into(), &keepalive.into()).map_err(|e| ApiError::Network(js_error(e)))?;

    // The token goes only over https, or plain http to this machine (a local API): checked on
    // the base URL as configured and on the origin it resolves to (a path like `/api` on a
    // page served over plain http elsewhere would send it in clear).
    let resolved = crate::config::api_origin(&session.base_url).unwrap_or_default();
    if let Some(problem) = [session.base_url.as_str(), resolved.as_str()]
        .into_iter()
        .filter(|u| !u.is_empty())
        .find_map(|u| wave_api::rules::api_base_problem(u, wave_api::rules::Lang::En))
    {
        return Err(ApiError::Network(problem.to_string()));
    }
    let timeout = Timeout::start()?;
    init.set_signal(Some(&timeout.combined_with(caller)));

    let url = req.url(&session.base_url);
    let request = web_sys::Request::new_with_str_and_init(&url, &init).map_err(|e| ApiError::Network(js_error(e)))?;
    let outcome = async {
        let response = gloo_net::http::Request::from(request).send().await?;
        let status = response.status();
        let body = response.text().await?;
        Ok::<_, gloo_net::Error>(ApiResponse { status, body })
    }
    .await;
    outcome.map_err(|e| {
        if caller.is_some_and(AbortSignal::aborted) {
            ApiError::Aborted
        } else if timeout.fired() {
            ApiError::Timeout
        } else {
            ApiError::Network(e.to_string())
        }
    })
}

/// Our request timeout, as an abort signal combined with the caller's.
///
/// `AbortSignal.any` and `AbortSignal.timeout` are recent: where either is missing, one
/// AbortController does the same job (a timer and the caller's abort event both abort it).
struct Timeout {
    controller: AbortController,
    _timer: gloo_timers::callback::Timeout,
    fired: Rc<Cell<bool>>,
}

impl Timeout {
    fn start() -> Result<Self, ApiError> {
        let controller = AbortController::new().map_err(|e| ApiError::Network(js_error(e)))?;
        let fired = Rc::new(Cell::new(false));
        let timer = {
            let (controller, fired) = (controller.clone(), fired.clone());
            gloo_timers::callback::Timeout::new(REQUEST_TIMEOUT_MS, move || {
                fired.set(true);
                controller.abort();
            })
        };
        Ok(Timeout { controller, _timer: timer, fired })
    }

    fn fired(&self) -> bool {
        self.fired.get()
    }

    fn combined_with(&self, caller: Option<&AbortSignal>) -> AbortSignal {
        let own = self.controller.signal();
        let Some(caller) = caller else { return own };
        let has_any = Reflect::get(&js_sys::global(), &"AbortSignal".into())
            .and_then(|class| Reflect::get(&class, &"any".into()))
            .is_ok_and(|any| any.is_function());
        if has_any {
            return AbortSignal::any(&Array::of2(&own, caller));
        }
        if caller.aborted() {
            self.controller.abort();
        } else {
            let controller = self.controller.clone();
            let on_abort = wasm_bindgen::closure::Closure::once_into_js(move || controller.abort());
            let _ = caller.add_event_listener_with_callback("abort", on_abort.unchecked_ref());
        }
        own
    }
}
