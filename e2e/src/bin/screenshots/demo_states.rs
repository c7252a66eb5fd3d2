//! The states shown in demo mode, from the static server.

use crate::shots::{goto, scroll_to, Shots};
use e2e::{button, by_label, editable, heading, pick_event, settled, text_appears, type_into, wait_for, OPEN_DIALOG};

pub(crate) async fn demo_states(s: &mut Shots, base: &str, fault: &e2e::ChunkFault) {
    let b = base.to_string();
    s.state("overview", |c| async move {
        goto(&c, &format!("{b}/")).await;
        heading(&c, "Overview").await;
        settled(&c).await;
    })
    .await;
    let b = base.to_string();
    s.state("overview-package-ready-notice", |c| async move {
        // The demo's building package finishes after 20 s; the shell's watcher says so.
        goto(&c, &format!("{b}/")).await;
        text_appears(&c, "Your package “Harbour festival audiences” is ready.", 45).await;
        settled(&c).await;
    })
    .await;
    let b = base.to_string();
    s.state("package-list", |c| async move {
        goto(&c, &format!("{b}/package-builder")).await;
        wait_for(&c, "//a[normalize-space()='Munich shows Q3']").await;
    })
    .await;
    let b = base.to_string();
    s.state("results-large-preview", |c| async move {
        goto(&c, &format!("{b}/package-builder/results/101?demo_clusters=12")).await;
        wait_for(&c, "//button[starts-with(normalize-space(), 'Show 50 more rows')]").await;
        scroll_to(&c, "//button[starts-with(normalize-space(), 'Show 50 more rows')]", "center").await;
    })
    .await;
    let b = base.to_string();
    s.state("package-list-for-chunk-failure", |c| async move {
        goto(&c, &format!("{b}/package-builder")).await;
        wait_for(&c, "//a[normalize-space()='Munich shows Q3']").await;
    })
    .await;
    fault.set(true);
    s.state("route-code-could-not-load", |c| async move {
        e2e::link(&c, "Create package").await.click().await.expect("create");
        heading(&c, "This page could not be loaded").await;
    })
    .await;
    fault.set(false);
    let b = base.to_string();
    s.state("package-list-pager", |c| async move {
        goto(&c, &format!("{b}/package-builder?demo_packages=120")).await;
        wait_for(&c, "//nav[@aria-label='Pages'][not(@hidden)]").await;
        scroll_to(&c, "//nav[@aria-label='Pages']", "end").await;
    })
    .await;

    // The create wizard, from a clean start.
    let b = base.to_string();
    s.state("create-step1", |c| async move {
        goto(&c, &format!("{b}/package-builder/create")).await;
        let _ = c.execute("localStorage.removeItem('packageBuilderState')", vec![]).await;
        c.refresh().await.expect("reload");
        heading(&c, "Create package").await;
        by_label(&c, "Search events").await;
    })
    .await;
    s.state("create-step1-validation-error", |c| async move {
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Select at least one event.", 10).await;
    })
    .await;
    s.state("create-step1-event-picked", |c| async move {
        pick_event(&c, "jazz", "Summer Jazz Nights").await;
        button(&c, "Remove Summer Jazz Nights").await;
    })
    .await;
    s.state("create-step2", |c| async move {
        button(&c, "Next").await.click().await.expect("next");
        by_label(&c, "Package title").await;
    })
    .await;
    s.state("create-step2-validation-error", |c| async move {
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Please fix the highlighted fields", 10).await;
        scroll_to(&c, "//*[@aria-invalid='true']", "center").await;
    })
    .await;
    s.state("create-step3", |c| async move {
        type_into(&c, "Package title", "Jazz fans 2026").await;
        type_into(&c, "Number of packages (1–10)", "2").await;
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "num_packages", 10).await;
    })
    .await;
    s.state("results-initializing", |c| async move {
        button(&c, "Create package").await.click().await.expect("create");
        heading(&c, "Jazz fans 2026").await;
        text_appears(&c, "Building the package", 10).await;
    })
    .await;

    // Results in every status (ids from crates/wave-api/fixtures/packages.json).
    for (name, id, shows) in [
        ("results-done", "101", "Clusters ("),
        ("results-inprogress", "106", "Building the package"),
        ("results-failed", "103", "Building this package failed"),
        ("results-expired", "104", "This package has expired"),
        ("results-merged", "105", "Merged from"),
    ] {
        let b = base.to_string();
        s.state(name, move |c| async move {
            goto(&c, &format!("{b}/package-builder/results/{id}")).await;
            text_appears(&c, shows, 15).await;
            settled(&c).await;
        })
        .await;
    }
    let b = base.to_string();
    s.state("results-done-evaluation", |c| async move {
        goto(&c, &format!("{b}/package-builder/results/101")).await;
        text_appears(&c, "Attributed per cluster", 15).await;
        scroll_to(&c, "//*[@id='evaluation-heading']", "start").await;
    })
    .await;
    s.state("results-done-crm-export-dialog", |c| async move {
        button(&c, "Export to CRM: family outings/münchen").await.click().await.expect("open");
        wait_for(&c, OPEN_DIALOG).await;
    })
    .await;
    let b = base.to_string();
    s.state("results-not-found", |c| async move {
        goto(&c, &format!("{b}/package-builder/results/nope")).await;
        wait_for(&c, "//div[contains(@class,'error-panel')]").await;
    })
    .await;

    // Campaigns.
    let b = base.to_string();
    s.state("campaigns-overview", |c| async move {
        goto(&c, &format!("{b}/campaigns")).await;
        heading(&c, "Campaigns").await;
        settled(&c).await;
    })
    .await;
    let b = base.to_string();
    s.state("campaign-setup-draft", |c| async move {
        goto(&c, &format!("{b}/campaigns/7001/setup")).await;
        editable(&c, "Total budget").await;
        settled(&c).await;
    })
    .await;
    s.state("campaign-setup-cancel-dialog", |c| async move {
        button(&c, "Cancel draft").await.click().await.expect("cancel");
        wait_for(&c, OPEN_DIALOG).await;
    })
    .await;
    let b = base.to_string();
    s.state("campaign-setup-validation-errors", |c| async move {
        goto(&c, &format!("{b}/campaigns/7005/setup")).await;
        editable(&c, "Total budget").await;
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Before you go on:", 10).await;
        scroll_to(&c, "//*[contains(@class,'error-panel')][contains(., 'Before you go on:')]", "center").await;
    })
    .await;
    let b = base.to_string();
    s.state("campaign-setup-step-3-creative", |c| async move {
        goto(&c, &format!("{b}/campaigns/7001/setup?step=3")).await;
        editable(&c, "Headline").await;
        settled(&c).await;
    })
    .await;
    let b = base.to_string();
    s.state("campaign-setup-review", |c| async move {
        goto(&c, &format!("{b}/campaigns/7001/setup?step=5")).await;
        text_appears(&c, "Step 5 of 5", 10).await;
        settled(&c).await;
    })
    .await;
    let b = base.to_string();
    s.state("event", |c| async move {
        goto(&c, &format!("{b}/events/7002")).await;
        heading(&c, "Opera Gala: La Traviata").await;
        text_appears(&c, "opera first-timers", 15).await;
        settled(&c).await;
    })
    .await;
    s.state("event-edit-dialog", |c| async move {
        wait_for(&c, "//article[h3='opera first-timers']//button[normalize-space()='Edit creative']")
            .await
            .click()
            .await
            .expect("edit");
        wait_for(&c, OPEN_DIALOG).await;
    })
    .await;
    let b = base.to_string();
    s.state("connect", |c| async move {
        goto(&c, &format!("{b}/connect")).await;
        heading(&c, "Connect").await;
    })
    .await;
    let b = base.to_string();
    s.state("not-found", |c| async move {
        goto(&c, &format!("{b}/no/such/page")).await;
        heading(&c, "Page not found").await;
    })
    .await;
    // Last: the dark theme stays chosen for the rest of this browser session.
    let b = base.to_string();
    s.state("overview-dark", |c| async move {
        goto(&c, &format!("{b}/")).await;
        button(&c, "Dark theme").await.click().await.expect("dark");
        heading(&c, "Overview").await;
        settled(&c).await;
    })
    .await;
    let b = base.to_string();
    s.state("campaign-setup-review-dark", |c| async move {
        goto(&c, &format!("{b}/campaigns/7001/setup?step=5")).await;
        text_appears(&c, "Step 5 of 5", 10).await;
        settled(&c).await;
    })
    .await;
    let b = base.to_string();
    s.state("event-dark", |c| async move {
        goto(&c, &format!("{b}/events/7002")).await;
        heading(&c, "Opera Gala: La Traviata").await;
        text_appears(&c, "opera first-timers", 15).await;
        settled(&c).await;
    })
    .await;
}
