//! Live mode for scenarios: the release build served by the mock Wave API, and signing in on
//! /connect like a user.

use crate::find::{button, heading, type_into};
use crate::health::assert_healthy;
use crate::run::dist;
use fantoccini::Client;
use mock_server::Server;

/// The mock Wave API (partner `partner-42`) serving `dist/`, on a free port; its base URL.
pub async fn start_live() -> (Server, String) {
    let server = Server::new(Some(dist()), "partner-42");
    let addr = mock_server::start(server.clone(), 0).await.expect("mock server");
    (server, format!("http://{addr}"))
}

/// Signs in on /connect in live mode like a user, then goes to `then`.
pub async fn connect_live(c: &Client, base: &str, then: &str) {
    c.goto(&format!("{base}/connect")).await.expect("goto");
    heading(c, "Connect").await;
    c.execute("document.querySelectorAll('input[name=mode]')[1].click()", vec![]).await.expect("live");
    type_into(c, "API token", "t0ken").await;
    type_into(c, "Partner ID", "partner-42").await;
    button(c, "Connect").await.click().await.expect("connect");
    heading(c, "Packages").await;
    assert_healthy(c, "signing in").await;
    if then != "/package-builder" {
        c.goto(&format!("{base}{then}")).await.expect("goto");
    }
}
