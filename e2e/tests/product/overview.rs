//! `/`: five sections, each with its own loading, empty and error states and a link.

use crate::support::{connect, start_live};
use e2e::*;
use mock_server::{Fault, FaultKind};

#[tokio::test]
async fn the_overview_shows_each_section_and_links_to_its_page() {
    scenario(|c, base, _| async move {
        c.goto(&format!("{base}/")).await.expect("goto");
        heading(&c, "Overview").await;
        for section in
            ["Building now", "Recently finished", "Drafts in progress", "Running campaigns", "Latest attribution"]
        {
            wait_for(&c, &format!("//h2[normalize-space()='{section}']")).await;
        }
        // The demo world: one package building, finished and failed ones, published campaigns
        // of named events, attribution figures.
        wait_for(&c, "//article[h2='Building now']//a[normalize-space()='Harbour festival audiences']").await;
        // What builds shows its progress (a bar and a percentage), as the results page does.
        let bar = wait_for(
            &c,
            "//article[h2='Building now']//li[a[normalize-space()='Harbour festival audiences']][contains(., '%')]\
             //progress[@max='100'][@aria-label='Build progress of Harbour festival audiences']",
        )
        .await;
        let value = bar.attr("value").await.expect("value").and_then(|v| v.parse::<f64>().ok());
        assert!(value.is_some_and(|v| (0.0..=100.0).contains(&v)), "a percentage: {value:?}");
        wait_for(&c, "//article[h2='Recently finished']//a[normalize-space()='Techno weekend (failed import)']").await;
        wait_for(&c, "//article[h2='Running campaigns']//a[contains(., 'Opera Gala: La Traviata')]").await;
        wait_for(&c, "//article[h2='Latest attribution']//li[contains(., 'sales')]").await;
        // Events are named, not numbered, in both sections (looked up: this browser saw none).
        for section in ["Running campaigns", "Latest attribution"] {
            wait_for(
                &c,
                &format!(
                    "//article[h2='{section}'][not(contains(., 'Event #'))]//a[contains(., 'Opera Gala: La Traviata')]"
                ),
            )
            .await;
        }
        text_appears(&c, "No drafts opened in this browser yet.", 10).await;
        settled(&c).await;
        assert_healthy(&c, "the overview").await;
        axe_check(&c, "the overview").await;

        // A draft opened here shows up with when it was last saved.
        c.goto(&format!("{base}/campaigns/7001/setup?step=4")).await.expect("goto");
        editable(&c, "DSA payor").await;
        type_into(&c, "DSA payor", "Overview GmbH").await;
        wait_for(&c, "//div[contains(@class,'save-state')][normalize-space()='Saved']").await;
        link(&c, "Wave Console").await.click().await.expect("home");
        heading(&c, "Overview").await;
        wait_for(
            &c,
            "//article[h2='Drafts in progress']//li[contains(., 'Rock im Olympiapark')][contains(., 'last saved')]",
        )
        .await;
        assert_healthy(&c, "the overview with a draft").await;

        // Each section leads to its page.
        link(&c, "All packages").await.click().await.expect("packages");
        heading(&c, "Packages").await;
        assert_healthy(&c, "from the overview to the packages").await;
    })
    .await;
}

#[tokio::test]
async fn the_overview_says_when_a_section_fails_and_the_others_still_show() {
    let (server, base) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/package-builder").await;
        s.set_faults(vec![Fault {
            method: Some("GET".into()),
            path: "/campaigns/by_partner_id".into(),
            kind: FaultKind::Status { status: 503 },
        }]);
        link(&c, "Wave Console").await.click().await.expect("home");
        heading(&c, "Overview").await;
        // Packages load; campaigns fail with a Retry; attribution (which needs the campaigns)
        // says nothing false.
        // (The seeded build finishing meanwhile pushes the oldest out of the five: 103 stays.)
        wait_for(&c, "//article[h2='Recently finished']//a[normalize-space()='Techno weekend (failed import)']").await;
        wait_for(&c, "//article[h2='Running campaigns']//*[@role='alert']").await;
        assert_healthy(&c, "a failing section").await;
        axe_check(&c, "the overview with a failing section (live)").await;
        s.set_faults(Vec::new());
        wait_for(&c, "//article[h2='Running campaigns']//button[normalize-space()='Retry']")
            .await
            .click()
            .await
            .expect("retry");
        wait_for(&c, "//article[h2='Running campaigns']//a[contains(., 'Opera Gala: La Traviata')]").await;
        assert_healthy(&c, "retrying a section").await;
    })
    .await;
}
