//! The live transport: `fetch` with the contract's headers, a caller abort signal combined
//! with our timeout, and optional keepalive (for flushing on unload).
//!
//! Built on web-sys `fetch` directly rather than gloo-net: we need `AbortSignal.any` (caller +
//! timeout) and `keepalive`, and must pass the URL through untouched (the query string is
//! already encoded by `wave-api`).

use crate::config::Session;
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wave_api::assumptions::{authorization_header, PARTNER_HEADER, REQUEST_TIMEOUT_MS};
use wave_api::{ApiError, ApiRequest, ApiResponse};
use web_sys::{AbortSignal, Headers, RequestInit, Response};

fn js_error(e: JsValue) -> String {
    Reflect::get(&e, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_else(|| format!("{e:?}"))
}

pub async fn send(session: &Session, req: &ApiRequest, caller: Option<&AbortSignal>, keepalive: bool) -> Result<ApiResponse, ApiError> {
    let window = web_sys::window().ok_or_else(|| ApiError::Network("no window".into()))?;
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

    let timeout = AbortSignal::timeout_with_u32(REQUEST_TIMEOUT_MS);
    let signals = Array::of1(&timeout);
    if let Some(caller) = caller {
        signals.push(caller);
    }
    init.set_signal(Some(&AbortSignal::any(&signals)));

    let url = req.url(&session.base_url);
    let outcome = async {
        let response: Response = JsFuture::from(window.fetch_with_str_and_init(&url, &init)).await?.dyn_into()?;
        let status = response.status();
        let body = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
        Ok::<_, JsValue>(ApiResponse { status, body })
    }
    .await;
    outcome.map_err(|e| {
        if caller.is_some_and(AbortSignal::aborted) {
            ApiError::Aborted
        } else if timeout.aborted() {
            ApiError::Timeout
        } else {
            ApiError::Network(js_error(e))
        }
    })
}
