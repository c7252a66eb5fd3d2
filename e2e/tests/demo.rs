//! End-to-end in demo mode: the release build, a real browser (Chromium or Firefox, env
//! `E2E_BROWSER`), elements found by role and label like a user finds them. After each step
//! the app must be healthy (no panic, no source text on screen); axe-core checks the main
//! routes and states for WCAG 2.1 A/AA violations.

use e2e::*;
use fantoccini::Locator;
use std::time::Duration;

async fn open(c: &fantoccini::Client, base: &str, path: &str) {
    c.goto(&format!("{base}{path}")).await.expect("navigate");
    assert_healthy(c, &format!("opening {path}")).await;
}

#[tokio::test]
async fn every_route_renders_and_deep_links_reload() {
    scenario(|c, base, _| async move {
        let routes = [
            ("/", "Overview"),
            ("/package-builder", "Packages"),
            ("/package-builder/create", "Create package"),
            ("/package-builder/results/101", "Munich shows Q3"),
            ("/campaigns", "Campaigns"),
            ("/campaigns/7001/setup", "Campaign setup — event #7001"),
            ("/events/7002", "Event #7002"),
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
        // Server strings with markup are shown as text, never run.
        open(&c, &base, "/package-builder").await;
        text_appears(&c, "<img src=x onerror=alert(1)> Open air cinema", 10).await;
        assert!(c.find_all(Locator::Css("main img")).await.expect("query").is_empty());
        // A long list shows the pager.
        open(&c, &base, "/package-builder?demo_packages=120").await;
        button(&c, "Next page").await.click().await.expect("next page");
        text_appears(&c, "Page 2 of", 10).await;
        assert_healthy(&c, "paging a long list").await;
        axe_check(&c, "the package list with the pager").await;
    })
    .await;
}

#[tokio::test]
async fn create_a_package_through_three_steps_and_see_it_build() {
    scenario(|c, base, _| async move {
        open(&c, &base, "/package-builder/create").await;
        heading(&c, "Create package").await;
        // Next is blocked with an inline message while no event is selected.
        axe_check(&c, "create wizard step 1").await;
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Select at least one event.", 5).await;
        assert_healthy(&c, "Next without an event").await;
        axe_check(&c, "create wizard step 1 with a validation error").await;
        pick_event(&c, "jazz", "Summer Jazz Nights").await;
        button(&c, "Remove Summer Jazz Nights").await;
        assert_healthy(&c, "picking an event").await;
        button(&c, "Next").await.click().await.expect("next");
        by_label(&c, "Package title").await;
        assert_healthy(&c, "going to step 2").await;
        axe_check(&c, "create wizard step 2").await;
        type_into(&c, "Package title", "E2E jazz audience").await;
        type_into(&c, "Number of packages (1–10)", "2").await;
        assert_healthy(&c, "typing into step 2").await;
        // Reload mid-wizard: every value comes back from localStorage.
        c.refresh().await.expect("reload");
        let title = by_label(&c, "Package title").await;
        assert_eq!(title.prop("value").await.expect("value").as_deref(), Some("E2E jazz audience"));
        let count = by_label(&c, "Number of packages (1–10)").await;
        assert_eq!(count.prop("value").await.expect("value").as_deref(), Some("2"));
        assert_healthy(&c, "reloading step 2").await;
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "\"num_packages\": 2", 5).await;
        assert_healthy(&c, "going to step 3").await;
        axe_check(&c, "create wizard step 3").await;
        button(&c, "Create package").await.click().await.expect("create");
        heading(&c, "E2E jazz audience").await;
        text_appears(&c, "Building the package", 10).await;
        assert_healthy(&c, "creating the package").await;
        // The demo build takes about 20 s; the page polls every 5 s.
        c.wait()
            .at_most(Duration::from_secs(40))
            .for_element(Locator::XPath("//span[contains(@class,'badge')][contains(., 'Done')]"))
            .await
            .expect("built");
        text_appears(&c, "Clusters (2)", 10).await;
        assert_healthy(&c, "the build finishing").await;
    })
    .await;
}

#[tokio::test]
async fn merge_two_packages() {
    scenario(|c, base, _| async move {
        open(&c, &base, "/package-builder").await;
        by_label(&c, "Select Munich shows Q3").await.click().await.expect("select");
        by_label(&c, "Select Families for the Gruffalo").await.click().await.expect("select");
        assert_healthy(&c, "selecting two packages").await;
        button(&c, "Merge selected (2)").await.click().await.expect("merge");
        text_appears(&c, "Merged: Munich shows Q3 + Families for the Gruffalo", 10).await;
        assert_healthy(&c, "merging").await;
        // The new row links to its sources.
        wait_for(
            &c,
            "//tr[contains(., 'Merged: Munich shows Q3')]//ul[@aria-label='Merged from']//a[normalize-space()='#101']",
        )
        .await;
    })
    .await;
}

#[tokio::test]
async fn download_a_csv_regenerate_and_change_evaluation() {
    scenario(|c, base, downloads| async move {
        open(&c, &base, "/package-builder/results/101").await;
        button(&c, "Download CSV for family outings/münchen").await.click().await.expect("download");
        let file = downloads.join("family outings_münchen-customers.csv");
        let mut content = String::new();
        for _ in 0..50 {
            if let Ok(text) = std::fs::read_to_string(&file) {
                content = text;
                if !content.is_empty() {
                    break;
                }
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        assert!(content.starts_with("customer_id,email,score\n"), "CSV content: {content:?}");
        assert!(content.lines().count() > 10);
        assert_healthy(&c, "downloading a CSV").await;

        // Evaluation settings change the numbers.
        let purchase_cell = "//table[caption='Attributed per cluster']//tr[th='classical lovers 50+']/td[3]";
        let before = wait_for(&c, purchase_cell).await.text().await.expect("text");
        type_into(&c, "Attribution window (days)", "60").await;
        button(&c, "Save settings").await.click().await.expect("save");
        text_appears(&c, "Evaluation settings saved", 10).await;
        let mut after = before.clone();
        for _ in 0..25 {
            after = wait_for(&c, purchase_cell).await.text().await.expect("text");
            if after != before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        assert_ne!(before, after, "evaluation did not change");
        assert_healthy(&c, "saving evaluation settings").await;

        // An expired package regenerates and builds again.
        open(&c, &base, "/package-builder/results/104").await;
        button(&c, "Regenerate").await.click().await.expect("regenerate");
        text_appears(&c, "Building the package", 10).await;
        assert_healthy(&c, "regenerating").await;
    })
    .await;
}

#[tokio::test]
async fn campaign_draft_autosaves_and_survives_reload_then_publishes() {
    scenario(|c, base, _| async move {
        open(&c, &base, "/campaigns/7005/setup").await;
        heading(&c, "Campaign setup — event #7005").await;
        editable(&c, "Total budget").await;
        axe_check(&c, "campaign setup, a new draft").await;
        // Publishing an incomplete draft lists what is missing.
        button(&c, "Publish").await.click().await.expect("publish");
        text_appears(&c, "Before publishing:", 10).await;
        assert_healthy(&c, "publishing an incomplete draft").await;
        axe_check(&c, "campaign setup with validation errors").await;
        type_into(&c, "Total budget", "2500").await;
        type_into(&c, "Start date", "2026-08-01").await;
        type_into(&c, "End date", "2026-08-14").await;
        by_label(&c, "DSA payor").await.send_keys("Wave Partner GmbH").await.expect("type");
        by_label(&c, "DSA beneficiary").await.send_keys("Quartet e.V.").await.expect("type");
        wait_for(&c, "//label[contains(., 'Classical lovers 50+')]/input").await.click().await.expect("cluster");
        type_into(&c, "Headline", "Strings at noon").await;
        by_label(&c, "Body").await.send_keys("A matinee for the whole family.").await.expect("type");
        text_appears(&c, "Saved", 10).await;
        wait_for(&c, "//div[contains(@class,'save-state')][contains(., 'Saved')]").await;
        assert_healthy(&c, "filling in the draft").await;
        c.refresh().await.expect("reload");
        let headline = by_label(&c, "Headline").await;
        assert_eq!(headline.prop("value").await.expect("value").as_deref(), Some("Strings at noon"));
        let budget = by_label(&c, "Total budget").await;
        assert_eq!(budget.prop("value").await.expect("value").as_deref(), Some("2500"));
        assert_healthy(&c, "reloading the draft").await;
        button(&c, "Publish").await.click().await.expect("publish");
        heading(&c, "Event #7005").await;
        text_appears(&c, "Strings at noon", 10).await;
        assert_healthy(&c, "publishing").await;
    })
    .await;
}

#[tokio::test]
async fn cancel_a_draft_and_edit_a_published_cluster() {
    scenario(|c, base, _| async move {
        open(&c, &base, "/campaigns/7006/setup").await;
        heading(&c, "Campaign setup — event #7006").await;
        editable(&c, "Total budget").await;
        button(&c, "Cancel draft").await.click().await.expect("cancel");
        wait_for(&c, OPEN_DIALOG).await;
        assert_healthy(&c, "opening the cancel dialog").await;
        axe_check(&c, "campaign setup with the cancel dialog open").await;
        button(&c, "Yes, cancel the draft").await.click().await.expect("confirm");
        heading(&c, "Campaigns").await;
        text_appears(&c, "The draft was cancelled.", 10).await;
        assert_healthy(&c, "cancelling the draft").await;
        axe_check(&c, "the campaigns overview").await;

        open(&c, &base, "/events/7002").await;
        wait_for(&c, "//article[h3='opera first-timers']//button[normalize-space()='Edit creative']")
            .await
            .click()
            .await
            .expect("edit");
        wait_for(&c, OPEN_DIALOG).await;
        assert_healthy(&c, "opening the edit dialog").await;
        axe_check(&c, "the event page with the edit dialog open").await;
        type_into(&c, "Headline", "Opera for everyone").await;
        button(&c, "Save changes").await.click().await.expect("save");
        text_appears(&c, "Opera for everyone", 10).await;
        assert_healthy(&c, "saving the creative").await;
    })
    .await;
}

#[tokio::test]
async fn same_draft_in_two_tabs_makes_the_second_read_only() {
    scenario(|c, base, _| async move {
        open(&c, &base, "/campaigns/7001/setup").await;
        heading(&c, "Campaign setup — event #7001").await;
        // The first tab owns the draft once its handshake is done: its fields are editable.
        editable(&c, "Total budget").await;
        let first = c.window().await.expect("window");
        let second = c.new_window(true).await.expect("new tab").handle;
        c.switch_to_window(second).await.expect("switch");
        open(&c, &base, "/campaigns/7001/setup").await;
        text_appears(&c, "This draft is open in another tab", 10).await;
        let budget = by_label(&c, "Total budget").await;
        assert!(budget.attr("disabled").await.expect("attr").is_some(), "second tab must be read-only");
        assert_healthy(&c, "opening the draft in a second tab").await;
        button(&c, "Take over editing here").await.click().await.expect("take over");
        c.wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::XPath("//input[@id='total-budget'][not(@disabled)]"))
            .await
            .expect("editable");
        assert_healthy(&c, "taking over").await;
        c.switch_to_window(first).await.expect("switch back");
        text_appears(&c, "This draft is open in another tab", 10).await;
        assert_healthy(&c, "the first tab losing the draft").await;
    })
    .await;
}
