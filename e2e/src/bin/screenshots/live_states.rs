//! The states only live mode against the mock Wave API shows: sign-in, loading, errors,
//! empty lists, an ended session.

use crate::shots::{goto, Shots, EMPTY_LIST_JS};
use e2e::{button, heading, text_appears, type_into, wait_for};
use mock_server::{Fault, FaultKind, Server};

fn fault(method: &str, path: &str, kind: FaultKind) -> Fault {
    Fault { method: Some(method.into()), path: path.into(), kind }
}

pub(crate) async fn live_states(s: &mut Shots, server: &Server, base: &str) {
    let b = base.to_string();
    s.state("live-package-list", |c| async move {
        goto(&c, &format!("{b}/connect")).await;
        heading(&c, "Connect").await;
        wait_for(&c, "//label[contains(., 'Live')]/input").await.click().await.expect("live");
        type_into(&c, "API token", "screenshot-token").await;
        type_into(&c, "Partner ID", "partner-42").await;
        button(&c, "Connect").await.click().await.expect("connect");
        heading(&c, "Packages").await;
        wait_for(&c, "//a[normalize-space()='Munich shows Q3']").await;
    })
    .await;

    server.set_faults(vec![fault("GET", "/package_builder/packages/", FaultKind::Latency { ms: 8_000 })]);
    let b = base.to_string();
    s.state("package-list-loading", |c| async move {
        goto(&c, &format!("{b}/package-builder")).await;
        wait_for(&c, "//main//*[@aria-busy='true']").await;
    })
    .await;

    server.set_faults(vec![fault("GET", "/package_builder/packages/", FaultKind::Status { status: 503 })]);
    let b = base.to_string();
    s.state("package-list-error", |c| async move {
        goto(&c, &format!("{b}/package-builder")).await;
        wait_for(&c, "//div[contains(@class,'error-panel')]//button[normalize-space()='Retry']").await;
    })
    .await;

    server.set_faults(vec![fault("GET", "/package_builder/packages/", FaultKind::Malformed)]);
    let b = base.to_string();
    s.state("package-list-unreadable-answer", |c| async move {
        goto(&c, &format!("{b}/package-builder")).await;
        wait_for(&c, "//div[contains(@class,'error-panel')]").await;
    })
    .await;
    server.set_faults(Vec::new());

    let b = base.to_string();
    s.state("package-list-empty", |c| async move {
        goto(&c, &format!("{b}/")).await;
        heading(&c, "Overview").await;
        c.execute(EMPTY_LIST_JS, vec![]).await.expect("patch fetch");
        wait_for(&c, "//header//a[normalize-space()='Package Builder']").await.click().await.expect("click");
        text_appears(&c, "No packages yet", 15).await;
    })
    .await;

    server.set_faults(vec![fault("GET", "/package_builder/packages/101", FaultKind::Status { status: 500 })]);
    let b = base.to_string();
    s.state("results-error", |c| async move {
        goto(&c, &format!("{b}/package-builder/results/101")).await;
        wait_for(&c, "//div[contains(@class,'error-panel')]//button[normalize-space()='Retry']").await;
    })
    .await;
    server.set_faults(Vec::new());

    let b = base.to_string();
    let srv = server.clone();
    s.state("results-reconnecting", |c| async move {
        goto(&c, &format!("{b}/package-builder/results/106")).await;
        text_appears(&c, "Building the package", 15).await;
        srv.set_faults(vec![fault("GET", "/package_builder/packages/106", FaultKind::Status { status: 503 })]);
        text_appears(&c, "reconnecting", 20).await;
    })
    .await;
    server.set_faults(Vec::new());

    server.set_faults(vec![fault("GET", "/setup_processes/", FaultKind::Status { status: 503 })]);
    let b = base.to_string();
    s.state("campaign-setup-error", |c| async move {
        goto(&c, &format!("{b}/campaigns/7001/setup")).await;
        wait_for(&c, "//div[contains(@class,'error-panel')]").await;
    })
    .await;

    server.set_faults(vec![fault("GET", "/package_builder/packages/", FaultKind::Status { status: 401 })]);
    let b = base.to_string();
    s.state("connect-session-ended", |c| async move {
        goto(&c, &format!("{b}/package-builder")).await;
        heading(&c, "Connect").await;
        text_appears(&c, "Your session has ended", 15).await;
    })
    .await;
    server.set_faults(Vec::new());
}
