//! What the demo scenarios share.

use e2e::*;

pub(crate) async fn open(c: &fantoccini::Client, base: &str, path: &str) {
    c.goto(&format!("{base}{path}")).await.expect("navigate");
    assert_healthy(c, &format!("opening {path}")).await;
}
