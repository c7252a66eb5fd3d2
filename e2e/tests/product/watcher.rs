//! "Your package is ready", anywhere in the app: the shell's watcher asks the package list
//! (never a package's own endpoint) at most every 15 s, only while a watched package builds.

use crate::support::{connect, count, start_live};
use e2e::*;
use std::time::{Duration, Instant};

#[tokio::test]
async fn a_package_that_finishes_elsewhere_is_announced_and_only_the_list_is_polled() {
    let (server, base) = start_live().await;
    server.set_build_ms(8_000.0);
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/package-builder/results/104").await;
        button(&c, "Regenerate").await.click().await.expect("regenerate");
        text_appears(&c, "Building the package", 10).await;
        // The user goes elsewhere while it builds.
        link(&c, "Campaigns").await.click().await.expect("campaigns");
        heading(&c, "Campaigns").await;
        let left = Instant::now();
        let own_before = count(&s.log(), "GET", "/package_builder/packages/104");
        let list_before = count(&s.log(), "GET", "/package_builder/packages");
        let notice = text_appears(&c, "Your package “Spring classical 2026” is ready.", 40).await;
        let waited = left.elapsed();
        assert_healthy(&c, "the ready notice").await;
        axe_check(&c, "a page with the ready notice (live)").await;
        let log = s.log();
        assert_eq!(
            count(&log, "GET", "/package_builder/packages/104"),
            own_before,
            "the watcher never asks the package itself"
        );
        let list_polls = count(&log, "GET", "/package_builder/packages") - list_before;
        let most = waited.as_secs() / 15 + 1;
        assert!(
            (1..=most as usize).contains(&list_polls),
            "{list_polls} list polls in {waited:?}: at most one per 15 s"
        );
        // Nothing builds now: the watcher stops.
        let after = count(&s.log(), "GET", "/package_builder/packages");
        tokio::time::sleep(Duration::from_secs(17)).await;
        assert_eq!(count(&s.log(), "GET", "/package_builder/packages"), after, "no polling when nothing builds");
        // The notice's link leads to the results.
        notice
            .find(fantoccini::Locator::XPath("./following-sibling::a | ../a"))
            .await
            .expect("link")
            .click()
            .await
            .expect("open");
        heading(&c, "Spring classical 2026").await;
        text_appears(&c, "Attributed per cluster", 15).await;
        assert_healthy(&c, "following the notice").await;
    })
    .await;
}

#[tokio::test]
async fn the_overview_announces_a_demo_build_that_finishes() {
    scenario(|c, base, _| async move {
        // The demo world starts with a package building for 20 s.
        c.goto(&format!("{base}/")).await.expect("goto");
        wait_for(&c, "//article[h2='Building now']//a[normalize-space()='Harbour festival audiences']").await;
        text_appears(&c, "Your package “Harbour festival audiences” is ready.", 45).await;
        // The overview moves the package from "Building now" to "Recently finished" by itself.
        wait_for(&c, "//article[h2='Recently finished']//a[normalize-space()='Harbour festival audiences']").await;
        text_appears(&c, "Nothing is building.", 10).await;
        assert_healthy(&c, "a demo build finishing").await;
    })
    .await;
}
