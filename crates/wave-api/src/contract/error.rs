//! One error type for every call, and the words the UI shows for it.

use crate::contract::assumptions::{ERROR_DETAIL_FIELD, INVALID_SETUP_MARKER};
use crate::rules::Lang;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No answer: offline, DNS, connection refused or dropped, CORS.
    Network(String),
    /// No answer within [`crate::flows::timings::REQUEST_TIMEOUT_MS`].
    Timeout,
    /// The request was cancelled on purpose (a newer save, a page left): never shown.
    Aborted,
    /// A non-2xx answer, with the server's `detail` when it sent one.
    Http { status: u16, detail: Option<String> },
    /// A 2xx answer whose body is not what the contract promises.
    Decode(String),
}

impl ApiError {
    /// Maps a non-2xx response, reading `{ "detail": "..." }` when present.
    pub fn from_status(status: u16, body: &str) -> Self {
        let detail = serde_json::from_str::<serde_json::Value>(body)
            .ok()
            .and_then(|v| match v.get(ERROR_DETAIL_FIELD)? {
                serde_json::Value::String(s) => Some(s.clone()),
                serde_json::Value::Null => None,
                other => Some(other.to_string()),
            })
            .filter(|s| !s.trim().is_empty());
        ApiError::Http { status, detail }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Http { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The server's raw `detail` of a non-2xx answer, when it sent one (for logic; show
    /// [`ApiError::user_message`] to people).
    pub fn detail(&self) -> Option<&str> {
        match self {
            ApiError::Http { detail, .. } => detail.as_deref(),
            _ => None,
        }
    }

    /// HTTP 404: e.g. an event without a draft yet (then start one), a package that is gone.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }

    /// ⚑ A refused publish (boost): a 4xx whose raw `detail` mentions
    /// [`INVALID_SETUP_MARKER`]. Checks the server's detail, not the user-facing message.
    pub fn is_invalid_setup(&self) -> bool {
        matches!(self, ApiError::Http { status: 400..=499, detail: Some(d) } if d.contains(INVALID_SETUP_MARKER))
    }

    /// The session is gone: the UI sends the user to sign in, keeping their input.
    pub fn is_unauthorized(&self) -> bool {
        self.status() == Some(401)
    }

    /// Worth retrying automatically (polls, autosave): the network or the server hiccupped.
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Network(_) | ApiError::Timeout => true,
            ApiError::Http { status, .. } => *status == 408 || *status == 429 || *status >= 500,
            ApiError::Aborted | ApiError::Decode(_) => false,
        }
    }

    pub fn is_offline(&self) -> bool {
        matches!(self, ApiError::Network(_))
    }

    /// A sentence for a person in `lang`, never raw JSON. The server's `detail` is quoted as
    /// it came (the server speaks its own language).
    pub fn user_message(&self, lang: Lang) -> String {
        match self {
            ApiError::Network(_) => lang
                .pick(
                    "Can't reach the Wave API. Check your connection and try again.",
                    "Die Wave-API ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
                )
                .into(),
            ApiError::Timeout => lang
                .pick(
                    "The Wave API took too long to answer. Try again in a moment.",
                    "Die Wave-API hat zu lange nicht geantwortet. Versuchen Sie es gleich noch einmal.",
                )
                .into(),
            ApiError::Aborted => lang.pick("The request was cancelled.", "Die Anfrage wurde abgebrochen.").into(),
            ApiError::Decode(_) => lang
                .pick(
                    "The Wave API sent an answer this app could not read.",
                    "Die Wave-API hat eine Antwort geschickt, die diese App nicht lesen kann.",
                )
                .into(),
            ApiError::Http { status, detail } => {
                let base = match status {
                    400 => {
                        lang.pick("The Wave API rejected the request", "Die Wave-API hat die Anfrage abgelehnt").into()
                    }
                    401 => lang
                        .pick(
                            "Your session has expired. Sign in again",
                            "Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an",
                        )
                        .into(),
                    403 => lang
                        .pick(
                            "You don't have permission for this. Package Builder needs the \
                             Permissions.backhaul permission and access to this partner",
                            "Dafür fehlt Ihnen die Berechtigung. Der Paketbaukasten braucht die \
                             Berechtigung Permissions.backhaul und Zugriff auf diesen Partner",
                        )
                        .to_string(),
                    404 => lang.pick("Not found", "Nicht gefunden").into(),
                    409 => lang
                        .pick(
                            "This changed elsewhere in the meantime",
                            "Das wurde inzwischen an anderer Stelle geändert",
                        )
                        .into(),
                    s if *s >= 500 => lang.pick(
                        format!("The Wave API had a problem (HTTP {s})"),
                        format!("Die Wave-API hatte ein Problem (HTTP {s})"),
                    ),
                    s => lang.pick(
                        format!("The request failed (HTTP {s})"),
                        format!("Die Anfrage ist fehlgeschlagen (HTTP {s})"),
                    ),
                };
                match detail {
                    Some(d) => format!("{base}: {d}"),
                    None => format!("{base}."),
                }
            }
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.user_message(Lang::En))
    }
}

impl std::error::Error for ApiError {}
