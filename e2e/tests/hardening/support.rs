//! What the hardening scenarios share: the live app against the mock Wave API, signing in,
//! running a script.

use e2e::*;
use fantoccini::Client;
use mock_server::Server;

pub(crate) async fn js(c: &Client, script: &str) -> serde_json::Value {
    c.execute(script, vec![]).await.expect("script")
}

pub(crate) async fn start_live() -> (Server, String) {
    let server = Server::new(Some(dist()), "partner-42");
    let addr = mock_server::start(server.clone(), 0).await.expect("mock server");
    (server, format!("http://{addr}"))
}

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
