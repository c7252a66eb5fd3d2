//! The states as rows of a table: a [`State`] names its screenshot, the page it opens (or
//! that it goes on from the page the state before left), the fault it is shot under and the
//! [`Step`]s that reach it. [`Shots::states`] shoots a table in order; a [`Site`] is where.

use crate::shots::{goto, scroll_to, Shots};
use e2e::{
    button, by_label, editable, heading, link, pick_event, settled, text_appears, type_into, wait_for, ChunkFault,
};
use fantoccini::Client;
use mock_server::{FaultKind, Server};
use std::sync::Arc;

/// One step on the way to a state, done in order: the waits for what shows that it is
/// there, and the few clicks, typing and scripts that get there.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Step {
    /// Waits for a heading with this text.
    Heading(&'static str),
    /// Waits up to so many seconds for this text.
    Text(&'static str, u64),
    /// Waits for an element at this XPath.
    Element(&'static str),
    /// Waits for the field with this label.
    Label(&'static str),
    /// Waits until the field with this label takes typing (a draft is read-only until this
    /// tab owns it).
    Editable(&'static str),
    /// Waits for the button with this name.
    Button(&'static str),
    /// Waits (without failing) until nothing is loading.
    Settled,
    /// Scrolls the element at this XPath into view, aligned `start`, `center` or `end`.
    ScrollTo(&'static str, &'static str),
    /// Clicks the button with this name.
    Press(&'static str),
    /// Clicks the link with this name.
    Follow(&'static str),
    /// Clicks the element at this XPath, once it is there.
    Click(&'static str),
    /// Types this text into the field with this label.
    Type(&'static str, &'static str),
    /// Searches events for the query and picks the one with this title (the create wizard).
    PickEvent(&'static str, &'static str),
    /// Runs this script in the page.
    Script(&'static str),
    /// Removes this key from localStorage and reloads the page: a clean start.
    Forget(&'static str),
    /// Makes the site fail this way from now on (until the next state).
    Fail(Fault),
}

/// What a state can be shot under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fault {
    /// The static server refuses every route chunk (a route's code cannot download).
    RouteCode,
    /// The mock Wave API answers `GET path` with this HTTP status.
    Status(&'static str, u16),
    /// The mock Wave API answers `GET path` only after so many milliseconds.
    Slow(&'static str, u64),
    /// The mock Wave API answers `GET path` with a body that cannot be read.
    Malformed(&'static str),
}

impl Fault {
    /// The mock server's fault, for the faults of the mock Wave API.
    fn api(self) -> Option<mock_server::Fault> {
        let (path, kind) = match self {
            Fault::RouteCode => return None,
            Fault::Status(path, status) => (path, FaultKind::Status { status }),
            Fault::Slow(path, ms) => (path, FaultKind::Latency { ms }),
            Fault::Malformed(path) => (path, FaultKind::Malformed),
        };
        Some(mock_server::Fault { method: Some("GET".into()), path: path.into(), kind })
    }
}

/// One state: the screenshot's name (after the viewport's prefix), where it starts and how it
/// is reached.
#[derive(Clone, Copy, Debug)]
pub(crate) struct State {
    pub(crate) name: &'static str,
    /// The path opened on the site first; `None`: the state goes on from the page the state
    /// before left.
    pub(crate) path: Option<&'static str>,
    /// Set before the state (also when SHOTS_ONLY leaves it out); `None` clears the faults.
    pub(crate) fault: Option<Fault>,
    pub(crate) steps: &'static [Step],
}

impl State {
    /// Opens `path` on the site, then takes `steps`.
    pub(crate) const fn open(name: &'static str, path: &'static str, steps: &'static [Step]) -> State {
        State { name, path: Some(path), fault: None, steps }
    }

    /// Takes `steps` on the page the state before left.
    pub(crate) const fn then(name: &'static str, steps: &'static [Step]) -> State {
        State { name, path: None, fault: None, steps }
    }

    /// The same state, shot under `fault`.
    pub(crate) const fn under(self, fault: Fault) -> State {
        State { fault: Some(fault), ..self }
    }
}

/// Where the states are reached: the base URL, and what can be made to fail there.
#[derive(Clone)]
pub(crate) struct Site {
    pub(crate) base: String,
    /// The static server's switch for failing route chunks (demo mode).
    pub(crate) chunks: Option<Arc<ChunkFault>>,
    /// The mock Wave API (live mode).
    pub(crate) server: Option<Server>,
}

impl Site {
    /// The mock Wave API of a live site.
    pub(crate) fn server(&self) -> &Server {
        self.server.as_ref().expect("a live site: the mock Wave API")
    }

    /// Opens `path` on the site.
    pub(crate) async fn open(&self, c: &Client, path: &str) {
        goto(c, &format!("{}{path}", self.base)).await;
    }

    /// Makes the site fail as `fault` says from now on, and in no other way (`None`: not at all).
    pub(crate) fn fail(&self, fault: Option<Fault>) {
        if let Some(chunks) = &self.chunks {
            chunks.set(fault == Some(Fault::RouteCode));
        }
        if let Some(server) = &self.server {
            server.set_faults(fault.and_then(Fault::api).into_iter().collect());
        }
    }

    async fn reach(&self, c: &Client, state: State) {
        if let Some(path) = state.path {
            self.open(c, path).await;
        }
        for step in state.steps {
            self.take(c, *step).await;
        }
    }

    async fn take(&self, c: &Client, step: Step) {
        match step {
            Step::Heading(text) => {
                heading(c, text).await;
            }
            Step::Text(text, secs) => {
                text_appears(c, text, secs).await;
            }
            Step::Element(xpath) => {
                wait_for(c, xpath).await;
            }
            Step::Label(label) => {
                by_label(c, label).await;
            }
            Step::Editable(label) => {
                editable(c, label).await;
            }
            Step::Button(name) => {
                button(c, name).await;
            }
            Step::Settled => settled(c).await,
            Step::ScrollTo(xpath, block) => scroll_to(c, xpath, block).await,
            Step::Press(name) => {
                button(c, name).await.click().await.unwrap_or_else(|e| panic!("pressing {name}: {e}"));
            }
            Step::Follow(name) => {
                link(c, name).await.click().await.unwrap_or_else(|e| panic!("following {name}: {e}"));
            }
            Step::Click(xpath) => {
                wait_for(c, xpath).await.click().await.unwrap_or_else(|e| panic!("clicking {xpath}: {e}"));
            }
            Step::Type(label, text) => type_into(c, label, text).await,
            Step::PickEvent(query, title) => pick_event(c, query, title).await,
            Step::Script(script) => {
                c.execute(script, vec![]).await.unwrap_or_else(|e| panic!("running a script: {e}"));
            }
            Step::Forget(key) => {
                let _ = c.execute(&format!("localStorage.removeItem('{key}')"), vec![]).await;
                c.refresh().await.expect("reload");
            }
            Step::Fail(fault) => self.fail(Some(fault)),
        }
    }
}

impl Shots {
    /// Shoots the states of `table` in order on `site`, each under its fault (or none), and
    /// clears the faults after the last.
    pub(crate) async fn states(&mut self, site: &Site, table: &[State]) {
        for state in table {
            site.fail(state.fault);
            self.shoot(site, *state).await;
        }
        site.fail(None);
    }

    /// Shoots one state on `site`, with the faults as they are.
    pub(crate) async fn shoot(&mut self, site: &Site, state: State) {
        let site = site.clone();
        self.state(state.name, move |c| async move { site.reach(&c, state).await }).await;
    }
}
