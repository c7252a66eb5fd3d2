//! Tables to CSV: event attribution, the package list as filtered (every page), campaigns.

use crate::support::{connect_live, downloaded, open, records, start_live};
use e2e::*;
use fantoccini::{Client, Locator};
use std::path::Path;
use std::time::Duration;

/// On /events/7002: the attribution CSV has the table's columns and its rows.
async fn attribution(c: &Client, downloads: &Path) {
    heading(c, "Opera Gala: La Traviata").await;
    button(c, "Download attribution as CSV").await.click().await.expect("download");
    let csv = downloaded(downloads, "attribution-7002.csv").await;
    let (header, rows) = records(&csv);
    assert_eq!(header, "Cluster,Run,Date,Sales,Adjusted sales,Adjustment (%)");
    assert!(
        rows.iter().any(|r| r == "opera first-timers,run-2026-05,2026-06-01,42,35,-16.7"),
        "figures as plain numbers, a negative one not turned into text: {rows:?}"
    );
    let shown = c.find_all(Locator::XPath("//table[caption='Sales adjustment per cluster and date']/tbody/tr"));
    assert_eq!(rows.len(), shown.await.expect("rows").len(), "one record per row shown");
    assert_healthy(c, "downloading the attribution CSV").await;
}

/// On the package list: filtered by "Munich", the CSV holds exactly the rows that match.
async fn filtered_packages(c: &Client, downloads: &Path) {
    heading(c, "Packages").await;
    type_into(c, "Filter by text", "Munich").await;
    let gruffalo = Locator::XPath("//tbody/tr[contains(., 'Families for the Gruffalo')]");
    for _ in 0..50 {
        if c.find_all(gruffalo).await.is_ok_and(|rows| rows.is_empty()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let said = wait_for(c, "//p[@class='count']").await.text().await.expect("count");
    button(c, "Download packages as CSV").await.click().await.expect("download");
    let csv = downloaded(downloads, "packages.csv").await;
    let (header, rows) = records(&csv);
    assert_eq!(header, "Id,Title,Status,Events,Event ids,Targeting,Created,Merged from");
    assert!(rows.iter().any(|r| r.starts_with("101,Munich shows Q3,Done,")), "{rows:?}");
    assert!(!rows.iter().any(|r| r.contains("Families for the Gruffalo,")), "only rows that match: {rows:?}");
    assert!(
        said.starts_with(&format!("{} of ", rows.len())),
        "the list says {said:?}, the CSV has {} rows",
        rows.len()
    );
    assert_healthy(c, "downloading the package list CSV").await;
}

#[tokio::test]
async fn attribution_and_the_filtered_package_list_download_as_csv() {
    scenario(|c, base, downloads| async move {
        open(&c, &base, "/events/7002").await;
        attribution(&c, &downloads).await;
        open(&c, &base, "/package-builder").await;
        filtered_packages(&c, &downloads).await;
    })
    .await;
}

#[tokio::test]
async fn tables_download_as_csv_in_live_mode_too() {
    let (_server, base) = start_live().await;
    run(base, move |c, base, downloads| async move {
        connect_live(&c, &base, "/package-builder").await;
        filtered_packages(&c, &downloads).await;
        c.goto(&format!("{base}/events/7002")).await.expect("goto");
        attribution(&c, &downloads).await;
        c.goto(&format!("{base}/campaigns")).await.expect("goto");
        heading(&c, "Campaigns").await;
        button(&c, "Download campaigns as CSV").await.click().await.expect("download");
        let csv = downloaded(&downloads, "campaigns.csv").await;
        let (header, rows) = records(&csv);
        assert_eq!(header, "Event id,Event,Cluster,Run,Status,Budget");
        assert!(
            rows.iter().any(|r| r.starts_with("7002,") && r.contains(",opera first-timers,run-2026-05,")),
            "{rows:?}"
        );
        assert_healthy(&c, "downloading the campaigns CSV").await;
    })
    .await;
}

/// The customer list is the server's own CSV: a customer named like a formula must not run
/// when the file is opened in a spreadsheet, and plain numbers stay numbers.
#[tokio::test]
async fn the_customer_list_csv_cannot_run_formulas() {
    let (server, base) = start_live().await;
    let hostile = "customer_id,name,score\n7,\"=HYPERLINK(\"\"https://evil.example\"\",\"\"open\"\")\",-0.5\n8,@SUM(A1),12\n9,\"Doe, Jane\",3\n";
    server.set_faults(vec![mock_server::Fault {
        method: Some("GET".into()),
        path: "/customer_list".into(),
        kind: mock_server::FaultKind::Body { status: 200, body: hostile.into(), content_type: "text/csv".into() },
    }]);
    run(base, move |c, base, downloads| async move {
        connect_live(&c, &base, "/package-builder/results/101").await;
        button(&c, "Download CSV for family outings/münchen").await.click().await.expect("download");
        let csv = downloaded_text(&downloads, "family outings_münchen-customers.csv").await;
        let (header, rows) = records(&csv);
        assert_eq!(header, "customer_id,name,score");
        assert_eq!(
            rows,
            [
                "7,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"open\"\")\",-0.5",
                "8,'@SUM(A1),12",
                "9,\"Doe, Jane\",3",
            ],
            "formulas guarded, numbers and quoting kept"
        );
        assert_healthy(&c, "downloading a hostile customer list").await;
    })
    .await;
}
