//! Runtime configuration and the session. `config.json` (next to index.html) gives the
//! defaults; `/connect` overrides mode, base URL and partner id in localStorage. The API token
//! lives in sessionStorage only, never in localStorage.

use crate::browser::storage::{self, Area};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    #[default]
    Demo,
    Live,
}

/// The shape of `public/config.json`.
#[derive(Clone, Debug, Deserialize)]
struct ConfigFile {
    mode: Mode,
    #[serde(default = "default_base_url")]
    api_base_url: String,
    #[serde(default)]
    partner_id: Option<String>,
}

fn default_base_url() -> String {
    "/api".into()
}

/// What the user chose on `/connect` (persisted, no secrets).
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Connection {
    mode: Mode,
    api_base_url: String,
    partner_id: Option<String>,
}

const CONNECTION_KEY: &str = "waveConnection";
const TOKEN_KEY: &str = "waveApiToken";
/// The API origin the token was given for: a token never follows the base URL elsewhere.
const TOKEN_ORIGIN_KEY: &str = "waveApiTokenOrigin";
/// config.json is tiny and same-origin: no answer after this long means it is not coming.
const CONFIG_TIMEOUT_MS: u32 = 5_000;

/// The origin (`https://host:port`) that requests for `base_url` go to; a path is this page's.
pub fn api_origin(base_url: &str) -> Option<String> {
    let here = web_sys::window()?.location().origin().ok()?;
    let url = web_sys::Url::new_with_base(base_url.trim(), &here).ok()?;
    Some(url.origin())
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub mode: Mode,
    pub base_url: String,
    pub partner_id: Option<String>,
    pub token: Option<String>,
}

impl Default for Session {
    fn default() -> Self {
        Session { mode: Mode::Demo, base_url: default_base_url(), partner_id: None, token: None }
    }
}

impl Session {
    /// The partner id to show and to send; demo mode has its own.
    pub fn partner(&self) -> String {
        match (self.mode, &self.partner_id) {
            (_, Some(p)) if !p.is_empty() => p.clone(),
            (Mode::Demo, _) => wave_api::demo::DEMO_PARTNER_ID.into(),
            _ => String::new(),
        }
    }
}

/// Where data belongs: demo mode, or live mode against one API origin for one partner.
/// Draft backups, remembered drafts, event names and the build watch are keyed by it, so that
/// what one API (or demo mode, or partner) left behind is never read by another.
pub fn scope(session: &Session) -> String {
    match session.mode {
        Mode::Demo => "demo".to_string(),
        Mode::Live => format!("live|{}|{}", api_origin(&session.base_url).unwrap_or_default(), session.partner()),
    }
}

/// The storage key `prefix` takes in `scope` (see [`scope`]): the one format of scoped keys.
pub fn scoped_key(prefix: &str, scope: &str) -> String {
    format!("{prefix}|{scope}")
}

impl Session {
    /// The storage key `prefix` takes for this connection.
    pub fn scoped_key(&self, prefix: &str) -> String {
        scoped_key(prefix, &scope(self))
    }
}

/// Why config.json could not be used (the app then runs in demo mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfigProblem {
    Missing,
    Invalid,
}

/// Loads `config.json`, then applies the user's saved connection and token. Returns the
/// session and, when the file was missing or invalid, what to tell the user.
pub async fn load_session() -> (Session, Option<ConfigProblem>) {
    let (mut session, notice) = match fetch_config().await {
        Ok(file) => {
            (Session { mode: file.mode, base_url: file.api_base_url, partner_id: file.partner_id, token: None }, None)
        }
        Err(why) => (Session::default(), Some(why)),
    };
    if let Some(c) = storage::get_json::<Connection>(Area::Local, CONNECTION_KEY) {
        session.mode = c.mode;
        session.base_url = c.api_base_url;
        session.partner_id = c.partner_id;
    }
    let token = storage::get(Area::Session, TOKEN_KEY).filter(|t| !t.is_empty());
    let token_origin = storage::get(Area::Session, TOKEN_ORIGIN_KEY);
    // A token given for another API origin (the base URL changed since) is forgotten.
    if token.is_some() && token_origin.is_some() && token_origin == api_origin(&session.base_url) {
        session.token = token;
    } else if token.is_some() {
        storage::remove(Area::Session, TOKEN_KEY);
        storage::remove(Area::Session, TOKEN_ORIGIN_KEY);
    }
    (session, notice)
}

async fn fetch_config() -> Result<ConfigFile, ConfigProblem> {
    let missing = ConfigProblem::Missing;
    // An answer that never comes must not leave the app on "Starting…": abort after a while.
    let controller = web_sys::AbortController::new().map_err(|_| missing)?;
    let signal = controller.signal();
    let _deadline = gloo_timers::callback::Timeout::new(CONFIG_TIMEOUT_MS, move || controller.abort());
    let response =
        gloo_net::http::Request::get("/config.json").abort_signal(Some(&signal)).send().await.map_err(|_| missing)?;
    if !response.ok() {
        return Err(missing);
    }
    let text = response.text().await.map_err(|_| missing)?;
    wave_api::contract::models::lenient::decode(&text).map_err(|_| ConfigProblem::Invalid)
}

/// Saves what `/connect` chose: mode, base URL and partner in localStorage, the token in
/// sessionStorage (gone when the tab closes).
pub fn save_session(session: &Session) {
    let connection = Connection {
        mode: session.mode,
        api_base_url: session.base_url.clone(),
        partner_id: session.partner_id.clone(),
    };
    let _ = storage::set_json(Area::Local, CONNECTION_KEY, &connection);
    match (&session.token, api_origin(&session.base_url)) {
        (Some(token), Some(origin)) => {
            let _ = storage::set(Area::Session, TOKEN_KEY, token);
            let _ = storage::set(Area::Session, TOKEN_ORIGIN_KEY, &origin);
        }
        _ => {
            storage::remove(Area::Session, TOKEN_KEY);
            storage::remove(Area::Session, TOKEN_ORIGIN_KEY);
        }
    }
}
