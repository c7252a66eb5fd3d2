//! Signing in: no open redirect, and the token only goes to its own API.

use crate::support::{connect, js, start_live};
use e2e::*;

#[tokio::test]
async fn sign_in_never_returns_to_another_origin() {
    let (_server, base) = start_live().await;
    run(base, move |c, base, _| async move {
        for evil in [
            "/%5Cevil.example/x",
            "/%09/evil.example",
            "//evil.example/",
            "/.//evil.example/login",
            "/%2e//evil.example/x",
            "/x/..//evil.example/y",
        ] {
            c.goto(&format!("{base}/connect?return={evil}")).await.expect("goto");
            heading(&c, "Connect").await;
            c.execute("document.querySelectorAll('input[name=mode]')[1].click()", vec![]).await.expect("live");
            type_into(&c, "API token", "t0ken").await;
            type_into(&c, "Partner ID", "partner-42").await;
            button(&c, "Connect").await.click().await.expect("connect");
            heading(&c, "Packages").await;
            let url = c.current_url().await.expect("url");
            assert!(url.as_str().starts_with(&base), "{evil} led to {url}");
        }
    })
    .await;
}

#[tokio::test]
async fn the_token_stays_with_its_api() {
    let (_server, base) = start_live().await;
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/connect").await;
        heading(&c, "Connect").await;
        type_into(&c, "API base URL", "http://evil.example/api").await;
        button(&c, "Connect").await.click().await.expect("connect");
        text_appears(&c, "needs its own token", 10).await;
        let cleared = by_label(&c, "API token").await.prop("value").await.expect("value").unwrap_or_default();
        assert_eq!(cleared, "", "the old token left the form");
        type_into(&c, "API token", "other").await;
        button(&c, "Connect").await.click().await.expect("connect");
        text_appears(&c, "only allowed for localhost", 10).await;
        // Another https origin: the old token is not offered to it.
        type_into(&c, "API base URL", "https://other.example/api").await;
        let token = by_label(&c, "API token").await.prop("value").await.expect("value").unwrap_or_default();
        assert_eq!(token, "other", "the typed token stays while the user is on the form");
        let stored = js(&c, "return sessionStorage.getItem('waveApiToken')").await;
        assert_eq!(stored, serde_json::json!("t0ken"), "nothing saved until Connect succeeds");
    })
    .await;
}
