//! Every route renders and survives a reload; the links lead where they say.

use crate::support::open;
use e2e::*;
use fantoccini::Locator;
use std::time::Duration;

#[tokio::test]
async fn every_route_renders_and_deep_links_reload() {
    scenario(|c, base, _| async move {
        let routes = [
            ("/", "Overview"),
            ("/package-builder", "Packages"),
            ("/package-builder/create", "Create package"),
            ("/package-builder/results/101", "Munich shows Q3"),
            ("/campaigns", "Campaigns"),
            ("/campaigns/7001/setup", "Campaign setup — Rock im Olympiapark"),
            ("/campaigns/7001/setup?step=3", "Campaign setup — Rock im Olympiapark"),
            ("/campaigns/7001/setup?step=5", "Campaign setup — Rock im Olympiapark"),
            ("/events/7002", "Opera Gala: La Traviata"),
            ("/connect", "Connect"),
            ("/no/such/page", "Page not found"),
        ];
        for (path, title) in routes {
            open(&c, &base, path).await;
            heading(&c, title).await;
            settled(&c).await;
            assert_healthy(&c, path).await;
            axe_check(&c, path).await;
        }
        // Results in every status, and an unknown package.
        for (id, shows) in [
            ("101", "Attributed per cluster"),
            ("103", "Building this package failed"),
            ("104", "This package has expired"),
            ("106", "Building the package"),
        ] {
            let path = format!("/package-builder/results/{id}");
            open(&c, &base, &path).await;
            text_appears(&c, shows, 15).await;
            assert_healthy(&c, &path).await;
            axe_check(&c, &path).await;
        }
        open(&c, &base, "/package-builder/results/nope").await;
        wait_for(&c, "//div[contains(@class,'error-panel')]").await;
        assert_healthy(&c, "an unknown package").await;
        axe_check(&c, "an unknown package").await;
        // Real content from the demo transport, and a reload of a deep link.
        open(&c, &base, "/package-builder/results/101").await;
        text_appears(&c, "family outings/münchen", 10).await;
        c.refresh().await.expect("reload");
        heading(&c, "Munich shows Q3").await;
        text_appears(&c, "Attributed per cluster", 10).await;
        assert_healthy(&c, "reloading a deep link").await;
        // The CRM export dialog, open.
        button(&c, "Export to CRM: family outings/münchen").await.click().await.expect("open");
        wait_for(&c, OPEN_DIALOG).await;
        assert_healthy(&c, "opening the CRM export dialog").await;
        axe_check(&c, "results with the CRM export dialog open").await;
    })
    .await;
}

#[tokio::test]
async fn navigate_by_clicking_links() {
    scenario(|c, base, _| async move {
        open(&c, &base, "/").await;
        heading(&c, "Overview").await;
        link(&c, "Package Builder").await.click().await.expect("click");
        heading(&c, "Packages").await;
        assert_healthy(&c, "clicking Package Builder").await;
        axe_check(&c, "the package list").await;
        link(&c, "Families for the Gruffalo").await.click().await.expect("click");
        heading(&c, "Families for the Gruffalo").await;
        assert_healthy(&c, "clicking a package").await;
        assert!(c.current_url().await.expect("url").path().ends_with("/package-builder/results/102"));
        link(&c, "Campaigns").await.click().await.expect("click");
        heading(&c, "Campaigns").await;
        assert_healthy(&c, "clicking Campaigns").await;
        // Back and Forward across the list, which keeps its filters in the URL (written when
        // they change, never on mount, so a quick Back stays where it went).
        open(&c, &base, "/").await;
        link(&c, "Package Builder").await.click().await.expect("click");
        heading(&c, "Packages").await;
        c.back().await.expect("back");
        heading(&c, "Overview").await;
        tokio::time::sleep(Duration::from_millis(800)).await;
        heading(&c, "Overview").await;
        assert_eq!(c.current_url().await.expect("url").path(), "/");
        assert_healthy(&c, "Back").await;
        c.forward().await.expect("forward");
        heading(&c, "Packages").await;
        assert_healthy(&c, "Forward").await;
        // The filter reaches the URL once typing settles, so a reload keeps it.
        type_into(&c, "Filter by text", "Gruffalo").await;
        tokio::time::sleep(Duration::from_millis(800)).await;
        assert_eq!(c.current_url().await.expect("url").query(), Some("q=Gruffalo"));
        c.refresh().await.expect("reload");
        link(&c, "Families for the Gruffalo").await;
        assert_eq!(
            by_label(&c, "Filter by text").await.prop("value").await.expect("value").as_deref(),
            Some("Gruffalo")
        );
        assert_healthy(&c, "filtering and reloading").await;
        // The default demo world carries no markup: a newcomer's first screens read plainly.
        open(&c, &base, "/package-builder").await;
        link(&c, "Open air cinema").await;
        assert!(!c.source().await.expect("source").contains("onerror=alert"), "no probe in the default world");
        // Server strings with markup (the `?demo_hostile=1` world) are shown as text, never run.
        open(&c, &base, "/package-builder?demo_hostile=1").await;
        text_appears(&c, "<img src=x onerror=alert(1)> Open air cinema", 10).await;
        assert!(c.find_all(Locator::Css("main img")).await.expect("query").is_empty());
        assert_healthy(&c, "markup in server strings").await;
        // By a click: the switched world is not stored, so a reload would not keep it.
        link(&c, "<img src=x onerror=alert(1)> Open air cinema").await.click().await.expect("open the package");
        heading(&c, "<img src=x onerror=alert(1)> Open air cinema").await;
        assert!(c.find_all(Locator::Css("main img")).await.expect("query").is_empty());
        assert_healthy(&c, "a package titled with markup").await;
        // A long list shows the pager.
        open(&c, &base, "/package-builder?demo_packages=120").await;
        button(&c, "Next page").await.click().await.expect("next page");
        text_appears(&c, "Page 2 of", 10).await;
        assert_healthy(&c, "paging a long list").await;
        axe_check(&c, "the package list with the pager").await;
    })
    .await;
}
