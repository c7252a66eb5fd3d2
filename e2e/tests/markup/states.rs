//! The states whose DOM is checked, in three scenarios (a fresh browser each, so none runs into
//! the scenario time limit): the routes and the Package Builder, the create wizard, and the
//! campaigns with the event page. Ids and titles are the demo fixtures' (crates/wave-api/fixtures).

use crate::Pages;
use e2e::{button, by_label, editable, heading, pick_event, scenario, text_appears, type_into, wait_for, OPEN_DIALOG};
use fantoccini::key::Key;
use fantoccini::Client;

async fn goto(c: &Client, base: &str, path: &str) {
    c.goto(&format!("{base}{path}")).await.unwrap_or_else(|e| panic!("goto {path}: {e}"));
}

/// Every route but the wizards, results in every status, the CRM export dialog, connect
/// (also with a session that ended), not found.
pub(crate) async fn routes_and_packages(pages: Pages) {
    scenario(move |c, base, _| async move {
        let p = &pages;
        goto(&c, &base, "/").await;
        heading(&c, "Overview").await;
        p.save(&c, "overview").await;

        goto(&c, &base, "/package-builder").await;
        wait_for(&c, "//a[normalize-space()='Munich shows Q3']").await;
        p.save(&c, "package-list").await;
        goto(&c, &base, "/package-builder?q=no-such-package-anywhere").await;
        text_appears(&c, "No packages match these filters.", 10).await;
        p.save(&c, "package-list-no-match").await;
        goto(&c, &base, "/package-builder?demo_packages=120").await;
        wait_for(&c, "//nav[@aria-label='Pages'][not(@hidden)]").await;
        p.save(&c, "package-list-pager").await;

        for (state, id, shows) in [
            ("results-done", "101", "Attributed per cluster"),
            ("results-inprogress", "106", "Building the package"),
            ("results-failed", "103", "Building this package failed"),
            ("results-expired", "104", "This package has expired"),
            ("results-merged", "105", "Merged from"),
        ] {
            goto(&c, &base, &format!("/package-builder/results/{id}")).await;
            text_appears(&c, shows, 15).await;
            p.save(&c, state).await;
        }
        goto(&c, &base, "/package-builder/results/101").await;
        text_appears(&c, "Attributed per cluster", 15).await;
        button(&c, "Export to CRM: family outings/münchen").await.click().await.expect("open the CRM dialog");
        wait_for(&c, OPEN_DIALOG).await;
        by_label(&c, "Secret ID").await;
        p.save(&c, "results-crm-export-dialog").await;
        // Many clusters: their ids (headings, dialogs) must not collide.
        goto(&c, &base, "/package-builder/results/101?demo_clusters=12").await;
        wait_for(&c, "//button[starts-with(normalize-space(), 'Show 50 more rows')]").await;
        p.save(&c, "results-many-clusters").await;
        goto(&c, &base, "/package-builder/results/nope").await;
        wait_for(&c, "//div[contains(@class,'error-panel')]").await;
        p.save(&c, "results-not-found").await;

        goto(&c, &base, "/connect").await;
        heading(&c, "Connect").await;
        p.save(&c, "connect").await;
        goto(&c, &base, "/connect?return=/package-builder").await;
        text_appears(&c, "Your session has ended.", 10).await;
        p.save(&c, "connect-session-ended").await;
        goto(&c, &base, "/no/such/page").await;
        heading(&c, "Page not found").await;
        p.save(&c, "not-found").await;
        // Markup in server strings (a package title) stays text, in attributes too. Last: the
        // switch starts a fresh demo world.
        goto(&c, &base, "/package-builder?demo_hostile=1").await;
        wait_for(&c, "//a[contains(., 'Open air cinema')]").await;
        p.save(&c, "package-list-hostile-titles").await;
    })
    .await;
}

/// The create wizard from a clean start: each step, its validation errors, the event picker
/// with an active option, chips, the customer look-up, and the package it creates.
pub(crate) async fn create_wizard(pages: Pages) {
    scenario(move |c, base, _| async move {
        let p = &pages;
        goto(&c, &base, "/package-builder/create").await;
        let _ = c.execute("localStorage.removeItem('packageBuilderState')", vec![]).await;
        c.refresh().await.expect("reload");
        heading(&c, "Create package").await;
        by_label(&c, "Search events").await;
        p.save(&c, "create-step1").await;
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Select at least one event.", 10).await;
        p.save(&c, "create-step1-validation-error").await;
        // The combobox with its list open and an option active (aria-activedescendant).
        type_into(&c, "Search events", "jazz").await;
        wait_for(&c, "//li[@role='option'][contains(., 'Summer Jazz Nights')]").await;
        by_label(&c, "Search events").await.send_keys(&Key::Down.to_string()).await.expect("ArrowDown");
        wait_for(&c, "//input[@role='combobox'][@aria-activedescendant]").await;
        p.save(&c, "create-step1-option-active").await;
        pick_event(&c, "jazz", "Summer Jazz Nights").await;
        button(&c, "Remove Summer Jazz Nights").await;
        p.save(&c, "create-step1-event-picked").await;

        button(&c, "Next").await.click().await.expect("next");
        by_label(&c, "Package title").await;
        p.save(&c, "create-step2").await;
        // A comma makes the typed text a chip.
        // The chip list carries the same name as the input: the input, by its label's `for`.
        wait_for(&c, "//input[@id=//label[normalize-space()='Included customer IDs']/@for]")
            .await
            .send_keys("C-1001,")
            .await
            .expect("type a chip");
        button(&c, "Remove C-1001").await;
        type_into(&c, "Describe customers in words", "families who like jazz").await;
        button(&c, "Find customers").await.click().await.expect("find customers");
        button(&c, "Add to included").await;
        p.save(&c, "create-step2-chips-and-customers-found").await;
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Please fix the highlighted fields", 10).await;
        p.save(&c, "create-step2-validation-errors").await;

        type_into(&c, "Package title", "Jazz fans 2026").await;
        type_into(&c, "Number of packages (1–10)", "2").await;
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "num_packages", 10).await;
        p.save(&c, "create-step3").await;
        button(&c, "Create package").await.click().await.expect("create");
        heading(&c, "Jazz fans 2026").await;
        text_appears(&c, "Building the package", 10).await;
        p.save(&c, "results-initializing").await;
    })
    .await;
}

/// The campaigns overview, every step of a draft's setup (validation errors, the cancel
/// dialog, a closed draft) and the event page with its edit dialog.
pub(crate) async fn campaigns_and_events(pages: Pages) {
    scenario(move |c, base, _| async move {
        let p = &pages;
        goto(&c, &base, "/campaigns").await;
        heading(&c, "Campaigns").await;
        p.save(&c, "campaigns-overview").await;

        goto(&c, &base, "/campaigns/7001/setup").await;
        editable(&c, "Total budget").await;
        p.save(&c, "campaign-setup-step1").await;
        button(&c, "Cancel draft").await.click().await.expect("cancel draft");
        wait_for(&c, OPEN_DIALOG).await;
        p.save(&c, "campaign-setup-cancel-dialog").await;
        goto(&c, &base, "/campaigns/7001/setup?step=2").await;
        text_appears(&c, "Step 2 of 5: Taste clusters", 10).await;
        wait_for(&c, "//label[contains(@class,'checkbox')]/input").await;
        p.save(&c, "campaign-setup-step2").await;
        goto(&c, &base, "/campaigns/7001/setup?step=3").await;
        editable(&c, "Headline").await;
        p.save(&c, "campaign-setup-step3").await;
        goto(&c, &base, "/campaigns/7001/setup?step=4").await;
        editable(&c, "DSA payor").await;
        p.save(&c, "campaign-setup-step4").await;
        goto(&c, &base, "/campaigns/7001/setup?step=5").await;
        text_appears(&c, "Step 5 of 5", 10).await;
        p.save(&c, "campaign-setup-review").await;
        // A new draft: Next on an incomplete step.
        goto(&c, &base, "/campaigns/7005/setup").await;
        editable(&c, "Total budget").await;
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Before you go on:", 10).await;
        p.save(&c, "campaign-setup-validation-errors").await;
        goto(&c, &base, "/campaigns/7003/setup").await;
        text_appears(&c, "This draft is closed and can no longer be edited.", 15).await;
        p.save(&c, "campaign-setup-closed").await;

        goto(&c, &base, "/events/7002").await;
        heading(&c, "Opera Gala: La Traviata").await;
        text_appears(&c, "opera first-timers", 15).await;
        p.save(&c, "event").await;
        wait_for(&c, "//article[h3='opera first-timers']//button[normalize-space()='Edit creative']")
            .await
            .click()
            .await
            .expect("edit creative");
        wait_for(&c, OPEN_DIALOG).await;
        p.save(&c, "event-edit-dialog").await;
    })
    .await;
}

/// Live mode against the mock Wave API: what several people and a newer server bring about
/// (the colleague notice, the conflict panel, unsaved edits of a closed draft, an unknown
/// status, a published campaign changed elsewhere).
pub(crate) async fn colleagues_and_a_newer_server(pages: Pages) {
    use e2e::team::{
        campaign_changed_elsewhere, closed_under_unsaved_edits, colleague, conflict_panel, unknown_status,
    };
    let (server, base) = e2e::start_live().await;
    e2e::run(base, move |c, base, _| async move {
        let p = &pages;
        e2e::connect_live(&c, &base, "/campaigns/7001/setup?step=3").await;
        editable(&c, "Headline").await.send_keys(" tonight").await.expect("type");
        colleague(&server, "7001", serde_json::json!({"total_budget": 2500}));
        text_appears(&c, "Someone else changed this draft", 20).await;
        p.save(&c, "draft-colleague-notice").await;

        goto(&c, &base, "/campaigns/7001/setup?step=4").await;
        conflict_panel(&c, &server, "Mine GmbH", "Theirs AG").await;
        p.save(&c, "draft-conflict-panel").await;
        wait_for(&c, "//fieldset[legend='DSA payor']//label[contains(., 'Theirs')]/input")
            .await
            .click()
            .await
            .expect("theirs");
        button(&c, "Keep these values").await.click().await.expect("keep");
        wait_for(&c, e2e::team::SAVED).await;

        closed_under_unsaved_edits(&c, &server, "Kept GmbH").await;
        p.save(&c, "draft-unsaved-edits-of-a-closed-draft").await;
        unknown_status(&server);
        c.refresh().await.expect("reload");
        text_appears(&c, "a status this app does not know", 15).await;
        p.save(&c, "draft-unknown-status").await;
        server.set_faults(Vec::new());

        goto(&c, &base, "/events/7002").await;
        campaign_changed_elsewhere(&c, &server, "opera first-timers", 999.0).await;
        p.save(&c, "event-campaign-changed-elsewhere").await;
    })
    .await;
}
