//! The mock Wave API: the same demo backend as the app's demo mode, spoken over HTTP under
//! `/api`, with the contract's request checks, a log of every request (and whether the client
//! aborted it) and fault injection. Tests start it in-process with [`start`]; the binary
//! serves it for manual use.

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, Method as HttpMethod, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::Router;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

mod contract;
mod files;
pub mod newer;

use contract::{check_contract, detail, parse_request, to_response};
use files::static_file;
use wave_api::demo::DemoBackend;
use wave_api::{ApiRequest, ApiResponse};

#[derive(Clone, Debug, Serialize)]
pub struct LoggedRequest {
    pub method: String,
    /// The path as received (still percent-encoded), without `/api`.
    pub path: String,
    pub query: Vec<(String, String)>,
    pub authorization: Option<String>,
    pub partner: Option<String>,
    pub body: String,
    pub status: Option<u16>,
    /// The client went away before the answer was sent.
    pub aborted: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum FaultKind {
    Latency {
        ms: u64,
    },
    Status {
        status: u16,
    },
    Malformed,
    Empty,
    /// No answer while a Hang applies: until the faults change, an hour at most.
    Hang,
    Drop,
    /// Answers with this body (and status, 200 unless given) instead of the backend's: what a
    /// newer or odder server might send (null or repeated ids, formulas in a CSV, new fields).
    Body {
        #[serde(default = "ok_status")]
        status: u16,
        body: String,
        #[serde(default = "json_type")]
        content_type: String,
    },
}

fn ok_status() -> u16 {
    200
}

fn json_type() -> String {
    "application/json".into()
}

/// A fault for requests whose method matches (if given) and whose path contains `path`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Fault {
    #[serde(default)]
    pub method: Option<String>,
    #[serde(default)]
    pub path: String,
    #[serde(flatten)]
    pub kind: FaultKind,
}

pub struct World {
    backend: DemoBackend,
    /// What a newer API does with drafts (versions), when switched on.
    pub versions: newer::Versions,
    pub log: Vec<LoggedRequest>,
    pub faults: Vec<Fault>,
}

#[derive(Clone)]
pub struct Server {
    pub world: Arc<Mutex<World>>,
    /// Bumped whenever the faults are replaced: a request hanging on the old ones looks again,
    /// and goes on unless a Hang still holds it. Held connections would otherwise outlive the
    /// fault, and a browser's six per host could all be taken.
    faults_changed: Arc<tokio::sync::watch::Sender<u64>>,
    dist: Option<PathBuf>,
    config_json: String,
}

impl Server {
    pub fn new(dist: Option<PathBuf>, partner: &str) -> Self {
        let world = World {
            backend: DemoBackend::seeded(now_ms()),
            versions: newer::Versions::default(),
            log: Vec::new(),
            faults: Vec::new(),
        };
        let config_json =
            serde_json::json!({ "mode": "live", "api_base_url": "/api", "partner_id": partner }).to_string();
        let faults_changed = Arc::new(tokio::sync::watch::Sender::new(0));
        Server { world: Arc::new(Mutex::new(world)), faults_changed, dist, config_json }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, World> {
        // A panicking handler must not take the whole mock down: keep using the data.
        self.world.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn log(&self) -> Vec<LoggedRequest> {
        self.lock().log.clone()
    }

    pub fn clear_log(&self) {
        self.lock().log.clear();
    }

    /// Asks the backend directly (tests reading the server's state).
    pub fn answer(&self, req: &ApiRequest) -> ApiResponse {
        self.lock().backend.handle(req, now_ms())
    }

    pub fn set_faults(&self, faults: Vec<Fault>) {
        let mut world = self.lock();
        world.faults = faults;
        // Under the lock: a request that read the old faults has already subscribed.
        self.faults_changed.send_modify(|n| *n += 1);
    }

    /// The first fault that `applies` to a request, once any Hang is over: a hung request
    /// waits until the faults change, then looks again (a Hang still there holds it on,
    /// another fault applies, none lets it through). An hour at most.
    pub(crate) async fn fault_after_hangs(&self, applies: impl Fn(&Fault) -> bool) -> Option<FaultKind> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(3600);
        loop {
            let (kind, mut changed) = {
                let world = self.lock();
                (world.faults.iter().find(|f| applies(f)).map(|f| f.kind.clone()), self.faults_changed.subscribe())
            };
            if !matches!(kind, Some(FaultKind::Hang)) {
                return kind;
            }
            if tokio::time::timeout_at(deadline, changed.changed()).await.is_err() {
                return kind;
            }
        }
    }

    /// Switches on (or off) what a newer API does: versioned drafts.
    pub fn set_newer(&self, settings: newer::NewerApi) {
        self.lock().versions.settings = settings;
    }

    /// Changes a draft as a colleague on another device would (its version moves on).
    pub fn colleague(&self, edit: &newer::ColleagueEdit) -> Result<serde_json::Value, String> {
        let mut world = self.lock();
        let world = &mut *world;
        let get = ApiRequest::new(wave_api::Method::Get, &["setup_processes", &edit.eid]);
        let answer = world.backend.handle(&get, now_ms());
        let mut draft: serde_json::Value =
            serde_json::from_str(&answer.body).map_err(|_| format!("no draft for {}: {}", edit.eid, answer.body))?;
        edit.apply(&mut draft);
        let put = ApiRequest::new(wave_api::Method::Put, &["setup_processes", &edit.eid]).json_body(&draft);
        let saved = world.backend.handle(&put, now_ms());
        if !saved.is_success() {
            return Err(saved.body);
        }
        world.versions.bump(&edit.eid);
        serde_json::from_str(&saved.body).map_err(|e| e.to_string())
    }

    /// Markup in server strings (package 107's and event 7017's titles): off in the default
    /// world, on for the tests and walks that check it is shown as text.
    pub fn add_hostile_strings(&self) {
        self.lock().backend.add_hostile_strings();
    }

    /// How long a package builds (tests that must see a build in progress for a while).
    pub fn set_build_ms(&self, ms: f64) {
        self.lock().backend.set_build_ms(ms);
    }

    pub fn router(self) -> Router {
        Router::new()
            .route("/api", any(api))
            .route("/api/{*rest}", any(api))
            .route("/__log", any(log_endpoint))
            .route("/__faults", any(faults_endpoint))
            .route("/__newer", any(newer_endpoint))
            .route("/__colleague", any(colleague_endpoint))
            .fallback(static_file)
            .with_state(self)
    }
}

fn now_ms() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as f64).unwrap_or(0.0)
}

/// Starts the server on `127.0.0.1:port` (0 = any free port) in the background.
pub async fn start(server: Server, port: u16) -> std::io::Result<std::net::SocketAddr> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let addr = listener.local_addr()?;
    // The demo creatives' images are in dist/demo-media/: full addresses on this server.
    server.lock().backend.resolve_demo_media(&format!("http://{addr}"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, server.router()).await;
    });
    Ok(addr)
}

/// Marks the log entry aborted unless the handler finished: axum drops the handler's future
/// when the client disconnects.
struct AbortGuard {
    server: Server,
    index: usize,
    done: bool,
}

impl Drop for AbortGuard {
    fn drop(&mut self) {
        if !self.done {
            if let Some(entry) = self.server.lock().log.get_mut(self.index) {
                entry.aborted = true;
            }
        }
    }
}

async fn api(State(server): State<Server>, method: HttpMethod, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let index = {
        let mut world = server.lock();
        world.log.push(LoggedRequest {
            method: method.to_string(),
            path: uri.path().trim_start_matches("/api").to_string(),
            query: uri
                .query()
                .unwrap_or("")
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let (k, v) = p.split_once('=').unwrap_or((p, ""));
                    (k.to_string(), v.to_string())
                })
                .collect(),
            authorization: header("authorization"),
            partner: header("x-preferred-partner-id"),
            body: String::from_utf8_lossy(&body).into_owned(),
            status: None,
            aborted: false,
        });
        world.log.len() - 1
    };
    let mut guard = AbortGuard { server: server.clone(), index, done: false };

    let path = uri.path();
    let fault = server
        .fault_after_hangs(|f| {
            f.method.as_deref().is_none_or(|m| m.eq_ignore_ascii_case(method.as_str())) && path.contains(&f.path)
        })
        .await;
    let mut response = match fault {
        Some(FaultKind::Latency { ms }) => {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            None
        }
        // Held for an hour and still hanging: answered as usual.
        Some(FaultKind::Hang) => None,
        Some(FaultKind::Status { status }) => Some(to_response(detail(status, &format!("Injected failure {status}")))),
        Some(FaultKind::Malformed) => {
            Some((StatusCode::OK, [("content-type", "application/json")], "{\"id\": [unterminated").into_response())
        }
        Some(FaultKind::Empty) => Some((StatusCode::OK, [("content-type", "application/json")], "").into_response()),
        Some(FaultKind::Body { status, body, content_type }) => Some(
            Response::builder()
                .status(status)
                .header("content-type", content_type)
                .body(Body::from(body))
                .unwrap_or_default(),
        ),
        Some(FaultKind::Drop) => {
            let failing =
                futures_util::stream::once(async { Err::<Bytes, _>(std::io::Error::other("connection dropped")) });
            Some(Response::builder().status(200).body(Body::from_stream(failing)).unwrap_or_default())
        }
        None => None,
    };
    if response.is_none() {
        let answer =
            match parse_request(&method, &uri, &body).and_then(|req| check_contract(&headers, &req).map(|()| req)) {
                Ok(req) => {
                    let mut world = server.lock();
                    let world = &mut *world;
                    match world.versions.refuse(&req) {
                        Some(refusal) => refusal,
                        None => {
                            let answer = world.backend.handle(&req, now_ms());
                            world.versions.stamp(&req, answer)
                        }
                    }
                }
                Err(refusal) => refusal,
            };
        response = Some(to_response(answer));
    }
    let response = response.unwrap_or_default();
    if let Some(entry) = server.lock().log.get_mut(index) {
        entry.status = Some(response.status().as_u16());
    }
    guard.done = true;
    response
}

async fn log_endpoint(State(server): State<Server>, method: HttpMethod) -> Response {
    if method == HttpMethod::DELETE {
        server.clear_log();
        return StatusCode::NO_CONTENT.into_response();
    }
    (StatusCode::OK, [("content-type", "application/json")], serde_json::to_string(&server.log()).unwrap_or_default())
        .into_response()
}

async fn faults_endpoint(State(server): State<Server>, method: HttpMethod, body: Bytes) -> Response {
    match method {
        HttpMethod::DELETE => server.set_faults(Vec::new()),
        HttpMethod::POST | HttpMethod::PUT => match serde_json::from_slice::<Vec<Fault>>(&body) {
            Ok(faults) => server.set_faults(faults),
            Err(e) => return (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
        },
        _ => {}
    }
    let faults = server.lock().faults.clone();
    (StatusCode::OK, [("content-type", "application/json")], serde_json::to_string(&faults).unwrap_or_default())
        .into_response()
}

async fn newer_endpoint(State(server): State<Server>, method: HttpMethod, body: Bytes) -> Response {
    if matches!(method, HttpMethod::POST | HttpMethod::PUT) {
        match serde_json::from_slice::<newer::NewerApi>(&body) {
            Ok(settings) => server.set_newer(settings),
            Err(e) => return (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
        }
    }
    let versions = server.lock().versions.settings.versions;
    let body = serde_json::json!({ "versions": versions }).to_string();
    (StatusCode::OK, [("content-type", "application/json")], body).into_response()
}

async fn colleague_endpoint(State(server): State<Server>, body: Bytes) -> Response {
    let edit = match serde_json::from_slice::<newer::ColleagueEdit>(&body) {
        Ok(edit) => edit,
        Err(e) => return (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
    };
    match server.colleague(&edit) {
        Ok(draft) => (StatusCode::OK, [("content-type", "application/json")], draft.to_string()).into_response(),
        Err(why) => (StatusCode::CONFLICT, why).into_response(),
    }
}
