//! Every route of the app, in one place: the paths the router matches ([`paths`]), the pages
//! they show ([`Page`]: also what a path's code chunk is looked up by, and the table
//! `public/boot.js` preloads from, which a component test holds against [`Page::pattern`]),
//! and every link into the app ([`Route::href`]). No other file of `src/` writes a path.

use leptos_router::{ParamSegment, StaticSegment};
use wave_api::contract::http::encode_component;
use wave_api::contract::models::Id;

const PACKAGE_BUILDER: &str = "package-builder";
const CREATE: &str = "create";
const RESULTS: &str = "results";
const CAMPAIGNS: &str = "campaigns";
const SETUP: &str = "setup";
const EVENTS: &str = "events";
const CONNECT: &str = "connect";

/// The route parameter naming a package (`/package-builder/results/:packageId`).
pub const PACKAGE_ID: &str = "packageId";
/// The route parameter naming an event (`/campaigns/:eid/setup`, `/events/:eid`).
pub const EID: &str = "eid";
/// The query parameter of the campaign wizard's step (1-based).
pub const STEP: &str = "step";
/// The query parameter of `/connect`: where to go once connected.
pub const RETURN: &str = "return";

/// The router's paths (`<Route path=…>` in the shell), one per [`Page`].
pub mod paths {
    use super::*;
    type S = StaticSegment<&'static str>;

    pub const OVERVIEW: (S,) = (StaticSegment(""),);
    pub const PACKAGES: (S,) = (StaticSegment(PACKAGE_BUILDER),);
    pub const CREATE_PACKAGE: (S, S) = (StaticSegment(PACKAGE_BUILDER), StaticSegment(CREATE));
    pub const RESULTS: (S, S, ParamSegment) =
        (StaticSegment(PACKAGE_BUILDER), StaticSegment(super::RESULTS), ParamSegment(PACKAGE_ID));
    pub const CAMPAIGNS: (S,) = (StaticSegment(super::CAMPAIGNS),);
    pub const SETUP: (S, ParamSegment, S) =
        (StaticSegment(super::CAMPAIGNS), ParamSegment(EID), StaticSegment(super::SETUP));
    pub const EVENT: (S, ParamSegment) = (StaticSegment(EVENTS), ParamSegment(EID));
    pub const CONNECT: (S,) = (StaticSegment(super::CONNECT),);
}

/// The pages of the app, one per route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Overview,
    Packages,
    CreatePackage,
    Results,
    Campaigns,
    Setup,
    Event,
    Connect,
}

impl Page {
    pub const ALL: [Page; 8] = [
        Page::Overview,
        Page::Packages,
        Page::CreatePackage,
        Page::Results,
        Page::Campaigns,
        Page::Setup,
        Page::Event,
        Page::Connect,
    ];

    /// The path's segments; `None` stands for a parameter.
    fn segments(self) -> &'static [Option<&'static str>] {
        match self {
            Page::Overview => &[],
            Page::Packages => &[Some(PACKAGE_BUILDER)],
            Page::CreatePackage => &[Some(PACKAGE_BUILDER), Some(CREATE)],
            Page::Results => &[Some(PACKAGE_BUILDER), Some(RESULTS), None],
            Page::Campaigns => &[Some(CAMPAIGNS)],
            Page::Setup => &[Some(CAMPAIGNS), None, Some(SETUP)],
            Page::Event => &[Some(EVENTS), None],
            Page::Connect => &[Some(CONNECT)],
        }
    }

    /// The path as `public/boot.js` writes it: `/campaigns/:id/setup`.
    pub fn pattern(self) -> String {
        let parts: Vec<&str> = self.segments().iter().map(|s| s.unwrap_or(":id")).collect();
        format!("/{}", parts.join("/"))
    }

    /// The page a path (a link's href, `location.pathname`) shows; its query and fragment are
    /// ignored, and so is one trailing slash.
    pub fn of_path(path: &str) -> Option<Page> {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = path.strip_prefix('/')?;
        let path = path.strip_suffix('/').unwrap_or(path);
        let parts: Vec<&str> = if path.is_empty() { Vec::new() } else { path.split('/').collect() };
        Page::ALL.into_iter().find(|page| {
            let segments = page.segments();
            segments.len() == parts.len()
                && segments.iter().zip(&parts).all(|(s, p)| s.map_or(!p.is_empty(), |s| s == *p))
        })
    }
}

/// A link into the app: `Route::Results(id).href()`.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Overview,
    Packages,
    CreatePackage,
    /// Only for an id the server sent: a missing id ([`Id::is_missing`]) has no page.
    Results(Id),
    Campaigns,
    /// The campaign wizard of an event's draft, at a step (0-based) or where it opens.
    Setup(Id, Option<usize>),
    Event(Id),
    /// The connect page, and where to go back to once connected (an app path).
    Connect(Option<String>),
}

impl Route {
    pub fn href(&self) -> String {
        let enc = |id: &Id| encode_component(id.as_str());
        match self {
            Route::Overview => "/".to_string(),
            Route::Packages => format!("/{PACKAGE_BUILDER}"),
            Route::CreatePackage => format!("/{PACKAGE_BUILDER}/{CREATE}"),
            Route::Results(id) => format!("/{PACKAGE_BUILDER}/{RESULTS}/{}", enc(id)),
            Route::Campaigns => format!("/{CAMPAIGNS}"),
            Route::Setup(eid, None) => format!("/{CAMPAIGNS}/{}/{SETUP}", enc(eid)),
            Route::Setup(eid, Some(step)) => {
                format!("/{CAMPAIGNS}/{}/{SETUP}?{STEP}={}", enc(eid), step + 1)
            }
            Route::Event(eid) => format!("/{EVENTS}/{}", enc(eid)),
            Route::Connect(None) => format!("/{CONNECT}"),
            Route::Connect(Some(to)) => format!("/{CONNECT}?{RETURN}={}", encode_component(to)),
        }
    }
}
