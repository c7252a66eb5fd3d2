//! `dist/` with the index.html fallback any SPA host needs, and a live `config.json` (which
//! faults can delay, hang or break, to test the app's start-up).

use crate::contract::{detail, to_response};
use crate::{FaultKind, Server};
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use std::time::Duration;

pub(crate) async fn static_file(State(server): State<Server>, uri: Uri) -> Response {
    if uri.path() == "/config.json" {
        // The app's start-up under faults too: a fault whose path is exactly /config.json.
        match server.fault_after_hangs(|f| f.path == "/config.json").await {
            Some(FaultKind::Latency { ms }) => tokio::time::sleep(Duration::from_millis(ms)).await,
            Some(FaultKind::Status { status }) => return to_response(detail(status, "Injected failure")),
            Some(FaultKind::Malformed) => {
                return (StatusCode::OK, [("content-type", "application/json")], "{\"mode\": ").into_response()
            }
            _ => {}
        }
        return (StatusCode::OK, [("content-type", "application/json")], server.config_json.clone()).into_response();
    }
    let Some(dist) = &server.dist else { return StatusCode::NOT_FOUND.into_response() };
    let rel = uri.path().trim_start_matches('/');
    let candidate = dist.join(rel);
    let file =
        if !rel.is_empty() && !rel.contains("..") && candidate.is_file() { candidate } else { dist.join("index.html") };
    let mime = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    };
    match tokio::fs::read(&file).await {
        Ok(bytes) => (StatusCode::OK, [("content-type", mime)], bytes).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}
