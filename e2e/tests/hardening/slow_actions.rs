//! Leaving a page while its action is still on the way (or fails).

use crate::support::{connect, start_live};
use e2e::*;
use mock_server::{Fault, FaultKind};
use std::time::Duration;

#[tokio::test]
async fn leaving_during_slow_actions_keeps_the_app_alive() {
    let (server, base) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/package-builder").await;
        let slow = |path: &str| Fault {
            method: Some("POST".into()),
            path: path.into(),
            kind: FaultKind::Latency { ms: 1500 },
        };
        s.set_faults(vec![slow("/package_builder"), slow("/campaigns"), slow("/backhaul")]);
        by_label(&c, "Select Munich shows Q3").await.click().await.expect("select");
        by_label(&c, "Select Families for the Gruffalo").await.click().await.expect("select");
        button(&c, "Merge selected (2)").await.click().await.expect("merge");
        link(&c, "Campaigns").await.click().await.expect("leave");
        heading(&c, "Campaigns").await;
        tokio::time::sleep(Duration::from_millis(2000)).await;
        assert_healthy(&c, "left during merge").await;

        c.goto(&format!("{base}/package-builder/results/104")).await.expect("goto");
        button(&c, "Regenerate").await.click().await.expect("regenerate");
        link(&c, "Package Builder").await.click().await.expect("leave");
        tokio::time::sleep(Duration::from_millis(2000)).await;
        assert_healthy(&c, "left during regenerate").await;

        c.goto(&format!("{base}/events/7002")).await.expect("goto");
        wait_for(&c, "//button[normalize-space()='Pause' or normalize-space()='Resume']")
            .await
            .click()
            .await
            .expect("toggle");
        link(&c, "Campaigns").await.click().await.expect("leave");
        tokio::time::sleep(Duration::from_millis(2000)).await;
        assert_healthy(&c, "left during pause").await;

        // The server failing instead: a message, and the page stays usable.
        s.set_faults(vec![Fault {
            method: Some("POST".into()),
            path: "/package_builder".into(),
            kind: FaultKind::Status { status: 500 },
        }]);
        c.goto(&format!("{base}/package-builder")).await.expect("goto");
        by_label(&c, "Select Munich shows Q3").await.click().await.expect("select");
        by_label(&c, "Select Families for the Gruffalo").await.click().await.expect("select");
        button(&c, "Merge selected (2)").await.click().await.expect("merge");
        text_appears(&c, "Merge failed", 10).await;
        assert_healthy(&c, "regenerate failed").await;
        s.set_faults(vec![]);
    })
    .await;
}
