//! The one API client the pages use. It sends a [`Call`] through the transport the session
//! chose (HTTP or the in-memory demo backend) and returns typed results or an [`ApiError`].
//! Pages never build URLs or parse JSON.

mod demo;
mod demo_campaigns;
mod demo_world;
pub mod drafts;
mod http;

pub use demo::request_count as demo_request_count;
pub use demo::{answer_with as demo_answer_with, CannedAnswer};
pub use demo_campaigns::install as serve_demo_campaigns;

use crate::config::{Mode, Session};
use leptos::prelude::*;
pub use wave_api::contract::{calls, models};
pub use wave_api::{ApiError, Call};
use web_sys::AbortSignal;

#[derive(Clone, Debug)]
pub struct Client {
    session: Session,
    /// Set when a call answers 401; the shell sends the user to sign in.
    unauthorized: RwSignal<bool>,
}

impl Client {
    pub fn new(session: Session, unauthorized: RwSignal<bool>) -> Self {
        Client { session, unauthorized }
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub async fn send<T>(&self, call: Call<T>) -> Result<T, ApiError> {
        self.send_abortable(call, None).await
    }

    /// `signal` lets the caller abort (a newer autosave, a page left).
    pub async fn send_abortable<T>(&self, call: Call<T>, signal: Option<AbortSignal>) -> Result<T, ApiError> {
        self.send_with(call, signal, false).await
    }

    /// `keepalive`: the request outlives the page if it goes away meanwhile (a tab hidden on a
    /// phone may never come back); its answer still counts if the page stays.
    pub async fn send_with<T>(
        &self,
        call: Call<T>,
        signal: Option<AbortSignal>,
        keepalive: bool,
    ) -> Result<T, ApiError> {
        let response = match self.session.mode {
            // The demo world lives in this page: a keepalive send is answered at once.
            Mode::Demo if keepalive => demo::send_now(&call.request),
            Mode::Demo => demo::send(&call.request, signal.as_ref()).await?,
            Mode::Live => http::send(&self.session, &call.request, signal.as_ref(), keepalive).await?,
        };
        let result = call.read(&response);
        if matches!(&result, Err(e) if e.is_unauthorized()) {
            self.unauthorized.try_set(true);
        }
        result
    }

    /// Fire-and-forget that outlives the page (`fetch` keepalive): flushing a draft on unload.
    pub fn send_keepalive<T: 'static>(&self, call: Call<T>) {
        match self.session.mode {
            Mode::Demo => {
                demo::send_now(&call.request);
            }
            Mode::Live => {
                let session = self.session.clone();
                leptos::task::spawn_local(async move {
                    let _ = http::send(&session, &call.request, None, true).await;
                });
            }
        }
    }
}

/// What the shell provides: the session and the 401 flag, from which each page makes its client.
#[derive(Clone, Copy)]
pub struct Api {
    pub session: RwSignal<Session>,
    pub unauthorized: RwSignal<bool>,
}

impl Api {
    pub fn client(&self) -> Client {
        Client::new(self.session.get_untracked(), self.unauthorized)
    }
}

pub fn use_client() -> Client {
    expect_context::<Api>().client()
}
