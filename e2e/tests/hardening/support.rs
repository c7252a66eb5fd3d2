//! What the hardening scenarios share: the live app against the mock Wave API and signing in
//! (from `e2e::live`), running a script.

pub(crate) use e2e::{connect_live as connect, start_live};
use fantoccini::Client;

pub(crate) async fn js(c: &Client, script: &str) -> serde_json::Value {
    c.execute(script, vec![]).await.expect("script")
}
