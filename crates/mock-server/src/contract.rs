//! The contract's side of the mock: reading a request as the contract defines it, refusing
//! what the contract forbids (400 with a `detail`), and writing answers.

use axum::body::Bytes;
use axum::http::{HeaderMap, Method as HttpMethod, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use wave_api::contract::http::decode_component;
use wave_api::{ApiRequest, ApiResponse, Method};

pub(crate) fn detail(status: u16, message: &str) -> ApiResponse {
    ApiResponse::detail(status, message)
}

pub(crate) fn to_response(r: ApiResponse) -> Response {
    let status = StatusCode::from_u16(r.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let kind =
        if r.body.starts_with('{') || r.body.starts_with('[') { "application/json" } else { "text/csv; charset=utf-8" };
    (status, [("content-type", kind)], r.body).into_response()
}

pub(crate) fn parse_request(method: &HttpMethod, uri: &Uri, body: &Bytes) -> Result<ApiRequest, ApiResponse> {
    let method = match *method {
        HttpMethod::GET => Method::Get,
        HttpMethod::POST => Method::Post,
        HttpMethod::PUT => Method::Put,
        HttpMethod::DELETE => Method::Delete,
        _ => return Err(detail(405, "Method not allowed")),
    };
    let raw = uri.path().trim_start_matches("/api");
    let mut segments = Vec::new();
    for part in raw.split('/').filter(|s| !s.is_empty()) {
        segments.push(decode_component(part).ok_or_else(|| detail(400, "A path segment is not URL-decodable"))?);
    }
    let mut query = Vec::new();
    for pair in uri.query().unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let decode = |s: &str| decode_component(s).ok_or_else(|| detail(400, "A query value is not URL-decodable"));
        query.push((decode(k)?, decode(v)?));
    }
    let body = String::from_utf8(body.to_vec()).map_err(|_| detail(400, "The body is not UTF-8"))?;
    Ok(ApiRequest {
        method,
        segments,
        trailing_slash: raw.ends_with('/'),
        query,
        body: Some(body).filter(|b| !b.is_empty()),
    })
}

/// What the contract demands of every request.
pub(crate) fn check_contract(headers: &HeaderMap, req: &ApiRequest) -> Result<(), ApiResponse> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim).filter(|v| !v.is_empty());
    match header("authorization") {
        None => return Err(detail(400, "Missing Authorization header")),
        Some(v) if !v.starts_with("Bearer ") || v.len() <= "Bearer ".len() => {
            return Err(detail(400, "Authorization must be a Bearer token"))
        }
        _ => {}
    }
    if header("x-preferred-partner-id").is_none() {
        return Err(detail(400, "Missing X-Preferred-Partner-Id header"));
    }
    let path: Vec<&str> = req.segments.iter().map(String::as_str).collect();
    if req.method == Method::Post && path == ["campaigns_setup"] {
        let has_eid = req
            .body
            .as_deref()
            .and_then(|b| serde_json::from_str::<serde_json::Value>(b).ok())
            .is_some_and(|v| !v["eid"].is_null());
        if !has_eid {
            return Err(detail(400, "POST /campaigns_setup needs eid in the body"));
        }
    }
    if req.body.is_some() && matches!(req.method, Method::Put | Method::Post) && headers.get("content-type").is_none() {
        return Err(detail(400, "A JSON body needs Content-Type: application/json"));
    }
    Ok(())
}
