//! Campaign drafts: autosave, reload, publish, cancel, published clusters, two tabs.

use crate::support::open;
use e2e::*;
use fantoccini::Locator;
use std::time::Duration;

#[tokio::test]
async fn campaign_draft_autosaves_and_survives_reload_then_publishes() {
    scenario(|c, base, _| async move {
        open(&c, &base, "/campaigns/7005/setup").await;
        // Names, not numbers: the event's title, found by its id on a deep link.
        heading(&c, "Campaign setup — String Quartet Matinee").await;
        text_appears(&c, "August 15, 2026 · Prinzregententheater, München", 10).await;
        editable(&c, "Total budget").await;
        axe_check(&c, "campaign setup, step 1 of a new draft").await;
        // Step 1 checks its own fields before Next.
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Before you go on:", 10).await;
        assert_healthy(&c, "going on with an incomplete step").await;
        axe_check(&c, "campaign setup with validation errors").await;
        type_into(&c, "Total budget", "2500").await;
        type_into(&c, "Start date", "2026-08-01").await;
        type_into(&c, "End date", "2026-08-14").await;
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Step 2 of 5: Taste clusters", 10).await;
        wait_for(&c, "//label[contains(., 'Classical lovers 50+')]/input").await.click().await.expect("cluster");
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Step 3 of 5: Creative and targeting", 10).await;
        type_into(&c, "Headline", "Strings at noon").await;
        by_label(&c, "Body").await.send_keys("A matinee for the whole family.").await.expect("type");
        wait_for(&c, "//div[contains(@class,'save-state')][contains(., 'Saved')]").await;
        assert_healthy(&c, "filling in the creative").await;
        // Reload keeps the step (it is in the URL) and the saved edits.
        c.refresh().await.expect("reload");
        let headline = by_label(&c, "Headline").await;
        assert_eq!(headline.prop("value").await.expect("value").as_deref(), Some("Strings at noon"));
        assert_healthy(&c, "reloading the draft").await;
        // Back goes to the previous step, with what was typed there.
        c.back().await.expect("back");
        text_appears(&c, "Step 2 of 5: Taste clusters", 10).await;
        c.forward().await.expect("forward");
        text_appears(&c, "Step 3 of 5", 10).await;
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Step 4 of 5: Integration and DSA", 10).await;
        by_label(&c, "DSA payor").await.send_keys("Wave Partner GmbH").await.expect("type");
        by_label(&c, "DSA beneficiary").await.send_keys("Quartet e.V.").await.expect("type");
        button(&c, "Next").await.click().await.expect("next");
        // The review shows exactly what will be published, with a way back to each step.
        text_appears(&c, "Step 5 of 5: Review and publish", 10).await;
        text_appears(&c, "Strings at noon", 10).await;
        text_appears(&c, "Quartet e.V.", 10).await;
        text_appears(&c, "August 14, 2026", 10).await;
        axe_check(&c, "campaign setup, the review").await;
        wait_for(&c, "//a[contains(@class,'edit-link')][contains(., 'goal, budget and dates')]").await;
        wait_for(&c, "//div[contains(@class,'save-state')][contains(., 'Saved')]").await;
        button(&c, "Publish").await.click().await.expect("publish");
        heading(&c, "String Quartet Matinee").await;
        text_appears(&c, "Strings at noon", 10).await;
        assert_healthy(&c, "publishing").await;
    })
    .await;
}

#[tokio::test]
async fn cancel_a_draft_and_edit_a_published_cluster() {
    scenario(|c, base, _| async move {
        open(&c, &base, "/campaigns/7006/setup").await;
        heading(&c, "Campaign setup — Family Day at the Zoo").await;
        wait_for(&c, "//button[normalize-space()='Cancel draft'][not(@disabled)]").await;
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
        heading(&c, "Campaign setup — Rock im Olympiapark").await;
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
