//! Runtime configuration and the session. `config.json` (next to index.html) gives the
//! defaults; `/connect` overrides mode, base URL and partner id in localStorage. The API token
//! lives in sessionStorage only, never in localStorage.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    #[default]
    Demo,
    Live,
}

impl Mode {
    pub fn label(self) -> &'static str {
        match self {
            Mode::Demo => "Demo",
            Mode::Live => "Live",
        }
    }
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

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn session_store() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Loads `config.json`, then applies the user's saved connection and token. Returns the
/// session and, when the file was missing or invalid, a notice for the user.
pub async fn load_session() -> (Session, Option<String>) {
    let (mut session, notice) = match fetch_config().await {
        Ok(file) => (
            Session { mode: file.mode, base_url: file.api_base_url, partner_id: file.partner_id, token: None },
            None,
        ),
        Err(why) => (Session::default(), Some(format!("{why} Running in demo mode."))),
    };
    let saved = local()
        .and_then(|s| s.get_item(CONNECTION_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str::<Connection>(&json).ok());
    if let Some(c) = saved {
        session.mode = c.mode;
        session.base_url = c.api_base_url;
        session.partner_id = c.partner_id;
    }
    session.token = session_store().and_then(|s| s.get_item(TOKEN_KEY).ok().flatten()).filter(|t| !t.is_empty());
    (session, notice)
}

async fn fetch_config() -> Result<ConfigFile, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("No window.")?;
    let missing = "Couldn't load config.json.";
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str("/config.json"))
        .await
        .map_err(|_| missing)?
        .dyn_into()
        .map_err(|_| missing)?;
    if !response.ok() {
        return Err(missing.into());
    }
    let text = JsFuture::from(response.text().map_err(|_| missing)?).await.map_err(|_| missing)?;
    serde_json::from_str(&text.as_string().unwrap_or_default()).map_err(|_| "config.json is not valid.".into())
}

/// Saves what `/connect` chose: mode, base URL and partner in localStorage, the token in
/// sessionStorage (gone when the tab closes).
pub fn save_session(session: &Session) {
    let connection = Connection {
        mode: session.mode,
        api_base_url: session.base_url.clone(),
        partner_id: session.partner_id.clone(),
    };
    if let (Some(store), Ok(json)) = (local(), serde_json::to_string(&connection)) {
        let _ = store.set_item(CONNECTION_KEY, &json);
    }
    if let Some(store) = session_store() {
        let _ = match &session.token {
            Some(token) => store.set_item(TOKEN_KEY, token),
            None => store.remove_item(TOKEN_KEY),
        };
    }
}
