//! What the product scenarios share: the live app against the mock Wave API and signing in.

use e2e::*;
use fantoccini::Client;
use mock_server::{LoggedRequest, Server};

pub(crate) async fn start_live() -> (Server, String) {
    let server = Server::new(Some(dist()), "partner-42");
    let addr = mock_server::start(server.clone(), 0).await.expect("mock server");
    (server, format!("http://{addr}"))
}

/// Signs in on /connect like a user, then goes to `then`.
pub(crate) async fn connect(c: &Client, base: &str, then: &str) {
    c.goto(&format!("{base}/connect")).await.expect("goto");
    heading(c, "Connect").await;
    c.execute("document.querySelectorAll('input[name=mode]')[1].click()", vec![]).await.expect("live");
    type_into(c, "API token", "t0ken").await;
    type_into(c, "Partner ID", "partner-42").await;
    button(c, "Connect").await.click().await.expect("connect");
    heading(c, "Packages").await;
    if then != "/package-builder" {
        c.goto(&format!("{base}{then}")).await.expect("goto");
    }
}

/// Requests of `method` whose path (without a trailing slash) is `path`.
pub(crate) fn count(log: &[LoggedRequest], method: &str, path: &str) -> usize {
    log.iter().filter(|r| r.method == method && r.path.trim_end_matches('/') == path).count()
}
