//! The states only live mode against the mock Wave API shows: sign-in, loading, errors,
//! empty lists, an ended session.

use crate::table::Fault::{Malformed, Slow, Status};
use crate::table::State;
use crate::table::Step::{Click, Element, Fail, Heading, Press, Script, Text, Type};

/// Makes the app return an empty package list from the next request on, in this page only
/// (the mock server always has its fixtures): the real empty state, reached by a link.
const EMPTY_LIST_JS: &str = "const original = window.fetch;
    window.fetch = function (input, init) {
      const url = new URL(typeof input === 'string' ? input : input.url, location.href);
      if (/\\/package_builder\\/packages\\/?$/.test(url.pathname) && !(init && init.method && init.method !== 'GET')) {
        return Promise.resolve(new Response('[]', {status: 200, headers: {'content-type': 'application/json'}}));
      }
      return original.apply(this, arguments);
    };";

const PACKAGES: &str = "/package_builder/packages/";
const ERROR_PANEL: &str = "//div[contains(@class,'error-panel')]";
const RETRY: &str = "//div[contains(@class,'error-panel')]//button[normalize-space()='Retry']";

/// In the order they are shot; the first signs in (SHOTS_ONLY: keep `live-package-list`).
pub(crate) const STATES: &[State] = &[
    State::open(
        "live-package-list",
        "/connect",
        &[
            Heading("Connect"),
            Click("//label[contains(., 'Live')]/input"),
            Type("API token", "screenshot-token"),
            Type("Partner ID", "partner-42"),
            Press("Connect"),
            Heading("Packages"),
            Element("//a[normalize-space()='Munich shows Q3']"),
        ],
    ),
    State::open("package-list-loading", "/package-builder", &[Element("//main//*[@aria-busy='true']")])
        .under(Slow(PACKAGES, 8_000)),
    State::open("package-list-error", "/package-builder", &[Element(RETRY)]).under(Status(PACKAGES, 503)),
    State::open("package-list-unreadable-answer", "/package-builder", &[Element(ERROR_PANEL)])
        .under(Malformed(PACKAGES)),
    State::open(
        "package-list-empty",
        "/",
        &[
            Heading("Overview"),
            Script(EMPTY_LIST_JS),
            Click("//header//a[normalize-space()='Package Builder']"),
            Text("No packages yet", 15),
        ],
    ),
    State::open("results-error", "/package-builder/results/101", &[Element(RETRY)])
        .under(Status("/package_builder/packages/101", 500)),
    // The build is under way, then the poll starts failing.
    State::open(
        "results-reconnecting",
        "/package-builder/results/106",
        &[
            Text("Building the package", 15),
            Fail(Status("/package_builder/packages/106", 503)),
            Text("reconnecting", 20),
        ],
    ),
    State::open("campaign-setup-error", "/campaigns/7001/setup", &[Element(ERROR_PANEL)])
        .under(Status("/setup_processes/", 503)),
    State::open("connect-session-ended", "/package-builder", &[Heading("Connect"), Text("Your session has ended", 15)])
        .under(Status(PACKAGES, 401)),
];
