//! The Package Builder: creating a package in three steps, merging, results (CSV, regenerate,
//! evaluation).

use crate::support::open;
use e2e::*;
use fantoccini::Locator;
use std::time::Duration;

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
        // A selection outlives the rows: filtered away and back, the row comes back checked.
        type_into(&c, "Filter by text", "shows Q3").await;
        text_appears(&c, "Merge selected (2)", 5).await;
        let gruffalo = "//input[@type='checkbox'][@aria-label='Select Families for the Gruffalo']";
        assert!(appears(&c, gruffalo, 1).await.is_none(), "the filter hides the other selected row");
        type_into(&c, "Filter by text", "Gruffalo").await;
        let row = wait_for(&c, gruffalo).await;
        assert_eq!(row.prop("checked").await.expect("checked").as_deref(), Some("true"), "still selected");
        // Unticking counts down, ticking again counts up.
        row.click().await.expect("unselect");
        text_appears(&c, "Merge selected (1)", 5).await;
        row.click().await.expect("select again");
        type_into(&c, "Filter by text", "").await;
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
        let content = downloaded_text(&downloads, "family outings_münchen-customers.csv").await;
        // The server's CSV, written again by the app's writer (formula guard): CRLF records.
        assert!(content.starts_with("customer_id,email,score\r\n"), "CSV content: {content:?}");
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
async fn large_previews_show_ten_rows_then_more_on_request() {
    scenario(|c, base, _| async move {
        // The benchmark's switch: 12 clusters of 500 preview rows each.
        open(&c, &base, "/package-builder/results/101?demo_clusters=12").await;
        let more = button(&c, "Show 50 more rows (10 of 500 shown)").await;
        let first_rows = "(//table[caption[starts-with(., 'Preview of')]])[1]/tbody/tr";
        let rows =
            |c: fantoccini::Client| async move { c.find_all(Locator::XPath(first_rows)).await.expect("rows").len() };
        assert_eq!(rows(c.clone()).await, 10, "ten preview rows at first");
        let all_rows = c
            .find_all(Locator::XPath("//table[caption[starts-with(., 'Preview of')]]/tbody/tr"))
            .await
            .expect("rows")
            .len();
        assert!(all_rows <= 12 * 10 + 20, "not 6,000 rows at once: {all_rows}");
        more.click().await.expect("more");
        button(&c, "Show 50 more rows (60 of 500 shown)").await;
        assert_eq!(rows(c.clone()).await, 60, "fifty more");
        assert_healthy(&c, "showing more preview rows").await;
        axe_check(&c, "large previews").await;
    })
    .await;
}
