//! End-to-end in live mode: the release build served by the mock Wave API, which checks the
//! contract, logs every request and injects faults. Assertions read the server's log. The
//! browser is Chromium or Firefox (env `E2E_BROWSER`); after each step the app must be healthy.

use e2e::*;
use fantoccini::{Client, Locator};
use mock_server::{Fault, FaultKind, LoggedRequest, Server};
use std::time::Duration;
use wave_api::contract::{calls, models::Id};

const TOKEN: &str = "live-test-token";

async fn start() -> (Server, String) {
    let server = Server::new(Some(dist()), "partner-42");
    // Markup in server strings, which these tests check is shown as text.
    server.add_hostile_strings();
    let addr = mock_server::start(server.clone(), 0).await.expect("mock server");
    (server, format!("http://{addr}"))
}

/// Signs in on /connect like a user and lands on `then`.
async fn connect(c: &Client, base: &str) {
    c.goto(&format!("{base}/connect")).await.expect("goto");
    heading(c, "Connect").await;
    assert_healthy(c, "opening /connect").await;
    type_into(c, "API token", TOKEN).await;
    type_into(c, "Partner ID", "partner-42").await;
    button(c, "Connect").await.click().await.expect("connect");
    heading(c, "Packages").await;
    assert_healthy(c, "signing in").await;
}

fn requests<'a>(
    log: &'a [LoggedRequest],
    method: &'a str,
    path: &'a str,
) -> impl Iterator<Item = &'a LoggedRequest> + 'a {
    log.iter().filter(move |r| r.method == method && r.path == path)
}

fn fault(method: Option<&str>, path: &str, kind: FaultKind) -> Fault {
    Fault { method: method.map(str::to_string), path: path.into(), kind }
}

#[tokio::test]
async fn live_requests_follow_the_contract() {
    let (server, base) = start().await;
    let s = server.clone();
    run(base, move |c, base, downloads| async move {
        connect(&c, &base).await;
        axe_check(&c, "the package list (live)").await;
        // Security: the token never reaches localStorage; markup in server strings stays text.
        let stored =
            c.execute("return JSON.stringify(localStorage) + JSON.stringify(location.href)", vec![]).await.expect("js");
        assert!(!stored.to_string().contains(TOKEN), "token leaked: {stored}");
        text_appears(&c, "<img src=x onerror=alert(1)> Open air cinema", 10).await;
        assert!(c.find_all(Locator::Css("main img")).await.expect("query").is_empty());
        let csp = c
            .execute("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content", vec![])
            .await
            .expect("csp");
        assert!(csp.as_str().is_some_and(|v| v.contains("script-src 'self' 'wasm-unsafe-eval'")), "{csp}");

        by_label(&c, "Select Munich shows Q3").await.click().await.expect("select");
        by_label(&c, "Select Families for the Gruffalo").await.click().await.expect("select");
        button(&c, "Merge selected (2)").await.click().await.expect("merge");
        text_appears(&c, "Merged: Munich shows Q3", 10).await;
        assert_healthy(&c, "merging").await;

        c.goto(&format!("{base}/package-builder/results/101")).await.expect("goto");
        button(&c, "Download CSV for family outings/münchen").await.click().await.expect("download");
        assert_healthy(&c, "downloading").await;
        type_into(&c, "Attribution window (days)", "30").await;
        button(&c, "Save settings").await.click().await.expect("save");
        text_appears(&c, "Evaluation settings saved", 10).await;
        assert_healthy(&c, "saving evaluation settings").await;
        tokio::time::sleep(Duration::from_millis(800)).await;

        let log = s.log();
        assert!(!log.is_empty());
        for r in &log {
            assert_eq!(r.authorization.as_deref(), Some(&*format!("Bearer {TOKEN}")), "{} {}", r.method, r.path);
            assert_eq!(r.partner.as_deref(), Some("partner-42"));
        }
        let merge = requests(&log, "POST", "/package_builder/packages/merge").next().expect("merge request");
        assert_eq!(
            merge.query,
            [("packages_ids".to_string(), "101".to_string()), ("packages_ids".to_string(), "102".to_string())]
        );
        assert!(merge.body.is_empty(), "merge has no body");
        assert!(
            requests(&log, "GET", "/package_builder/packages/101/family%20outings%2Fm%C3%BCnchen/customer_list")
                .next()
                .is_some(),
            "tc encoded, not slugified: {:?}",
            log.iter().map(|r| &r.path).collect::<Vec<_>>()
        );
        let put = log
            .iter()
            .position(|r| r.method == "PUT" && r.path.ends_with("/backhaul_evaluation_details"))
            .expect("PUT");
        assert!(
            log[put..]
                .iter()
                .any(|r| r.method == "GET" && r.path == "/package_builder/packages/101/backhaul_evaluation"),
            "fresh GET after PUT"
        );
        let _ = downloads;
    })
    .await;
}

#[tokio::test]
async fn describing_customers_and_exporting_to_a_crm_follow_the_contract() {
    let (server, base) = start().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base).await;
        c.goto(&format!("{base}/package-builder/create")).await.expect("goto");
        pick_event(&c, "jazz", "Summer Jazz Nights").await;
        button(&c, "Next").await.click().await.expect("next");
        type_into(&c, "Describe customers in words", "families with kids").await;
        button(&c, "Find customers").await.click().await.expect("find");
        assert_healthy(&c, "finding customers").await;
        // The ids are shown before they are accepted, then become removable chips.
        let found = text_appears(&c, "Found", 10).await.text().await.expect("text");
        let first = found.split(": ").nth(1).and_then(|ids| ids.split(", ").next()).expect("an id").trim().to_string();
        button(&c, "Add to included").await.click().await.expect("accept");
        button(&c, &format!("Remove {first}")).await;
        assert_healthy(&c, "accepting found customers").await;
        let nlq = requests(&s.log(), "GET", "/nlq/ids_from_nl_description").next().cloned().expect("nlq request");
        let q = |k: &str| nlq.query.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
        assert_eq!(q("description").as_deref(), Some("families%20with%20kids"));
        assert_eq!(q("language").as_deref(), Some("en"));
        assert!(q("result_type").is_some());

        c.goto(&format!("{base}/package-builder/results/101")).await.expect("goto");
        button(&c, "Export to CRM: family outings/münchen").await.click().await.expect("open");
        by_label(&c, "CRM").await.select_by_value("Salesforce").await.expect("crm");
        assert_healthy(&c, "opening the CRM export dialog").await;
        axe_check(&c, "the CRM export dialog (live)").await;
        type_into(&c, "Secret ID", "sec-1").await;
        type_into(&c, "Container name", "Wave list").await;
        button(&c, "Export").await.click().await.expect("export");
        text_appears(&c, "Exported “family outings/münchen” to Salesforce", 10).await;
        assert_healthy(&c, "exporting to a CRM").await;
        let export =
            requests(&s.log(), "POST", "/data_integrations/crm_exports").next().cloned().expect("export request");
        let body: serde_json::Value = serde_json::from_str(&export.body).expect("json body");
        assert_eq!(body["crm_name"], "Salesforce");
        assert_eq!(body["container_name"], "Wave list");
        assert_eq!(body["tc"], "family outings/münchen", "tc exactly as the server named it");
    })
    .await;
}

#[tokio::test]
async fn results_poll_every_5s_while_building_and_never_after_leaving() {
    let (server, base) = start().await;
    // The build outlasts the test (however slow the machine): the poll must never see it finish.
    server.set_build_ms(600_000.0);
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base).await;
        c.goto(&format!("{base}/package-builder/results/104")).await.expect("goto");
        button(&c, "Regenerate").await.click().await.expect("regenerate");
        text_appears(&c, "Building the package", 10).await;
        assert_healthy(&c, "regenerating").await;
        axe_check(&c, "a building package (live)").await;
        let count = || requests(&s.log(), "GET", "/package_builder/packages/104").count();
        let start = count();
        tokio::time::sleep(Duration::from_millis(10_500)).await;
        let polls = count() - start;
        assert!((2..=3).contains(&polls), "expected one poll per 5 s, saw {polls} in 10.5 s");
        // A failing server: "reconnecting", and the poll backs off (5 s → 10 s → 20 s …).
        s.set_faults(vec![fault(Some("GET"), "/package_builder/packages/104", FaultKind::Status { status: 503 })]);
        let failing_from = count();
        text_appears(&c, "reconnecting", 10).await;
        assert_healthy(&c, "the poll failing").await;
        tokio::time::sleep(Duration::from_millis(16_000)).await;
        let failing_polls = count() - failing_from;
        assert!((1..=2).contains(&failing_polls), "expected backoff, saw {failing_polls} polls in ~16 s of failures");
        s.set_faults(Vec::new());
        link(&c, "← All packages").await.click().await.expect("leave");
        heading(&c, "Packages").await;
        assert_healthy(&c, "leaving the results").await;
        let left = count();
        tokio::time::sleep(Duration::from_millis(6_000)).await;
        assert_eq!(count(), left, "no poll after leaving the page");
    })
    .await;
}

#[tokio::test]
async fn autosave_against_a_slow_server_aborts_stale_saves_and_keeps_every_keystroke() {
    let (server, base) = start().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base).await;
        s.set_faults(vec![fault(Some("PUT"), "/setup_processes/", FaultKind::Latency { ms: 2_000 })]);
        c.goto(&format!("{base}/campaigns/7001/setup?step=3")).await.expect("goto");
        // A tab starts read-only until the tab handshake says it owns the draft.
        editable(&c, "Headline").await;
        let headline = by_label(&c, "Headline").await;
        headline.clear().await.expect("clear");
        let mut typed = String::new();
        for burst in ["Rock ", "the ", "Olympia", "park ", "tonight"] {
            headline.send_keys(burst).await.expect("type");
            typed.push_str(burst);
            // Long enough for a save to start, shorter than the server's 2 s.
            tokio::time::sleep(Duration::from_millis(1_300)).await;
        }
        wait_for(&c, "//div[contains(@class,'save-state')][contains(., 'Saved')]").await;
        c.wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::XPath("//div[contains(@class,'save-state')][normalize-space()='Saved']"))
            .await
            .expect("saved");
        assert_healthy(&c, "typing against a slow server").await;
        axe_check(&c, "campaign setup (live)").await;
        let value = by_label(&c, "Headline").await.prop("value").await.expect("value");
        assert_eq!(value.as_deref(), Some(typed.as_str()), "no keystroke lost on screen");
        let call = calls::get_setup(&Id("7001".into()));
        let draft = call.read(&s.answer(&call.request)).expect("draft");
        assert_eq!(draft.clusters[0].creative.headline, typed, "the server's final draft is what the user typed");
        let puts: Vec<_> = requests(&s.log(), "PUT", "/setup_processes/7001").cloned().collect();
        assert!(puts.iter().any(|r| r.aborted), "stale saves were aborted: {puts:?}");
    })
    .await;
}

#[tokio::test]
async fn faults_give_clear_messages_and_a_working_retry() {
    let (server, base) = start().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base).await;
        let list = "/api/package_builder/packages/";
        for (kind, message) in [
            (FaultKind::Status { status: 500 }, "The Wave API had a problem (HTTP 500)"),
            (FaultKind::Status { status: 503 }, "HTTP 503"),
            (FaultKind::Malformed, "could not read"),
            (FaultKind::Empty, "could not read"),
            (FaultKind::Drop, "Can't reach the Wave API"),
            (FaultKind::Status { status: 403 }, "Permissions.backhaul"),
        ] {
            s.set_faults(vec![fault(Some("GET"), list, kind.clone())]);
            c.goto(&format!("{base}/package-builder")).await.expect("goto");
            text_appears(&c, message, 15).await;
            assert_healthy(&c, &format!("the list failing with {kind:?}")).await;
            if matches!(kind, FaultKind::Status { status: 503 }) {
                axe_check(&c, "the package list with an error and Retry").await;
            }
            s.set_faults(Vec::new());
            button(&c, "Retry").await.click().await.expect("retry");
            text_appears(&c, "Munich shows Q3", 15).await;
            assert_healthy(&c, &format!("Retry after {kind:?}")).await;
        }
        // 401: to sign-in, then back where the user was, with the wizard input intact.
        c.goto(&format!("{base}/package-builder/create")).await.expect("goto");
        pick_event(&c, "jazz", "Summer Jazz Nights").await;
        // The search the pick may still start (debounced) answers before the fault is set:
        // the 401 must come from the search typed below, not from that one.
        tokio::time::sleep(Duration::from_millis(800)).await;
        settled(&c).await;
        s.set_faults(vec![fault(Some("GET"), "/api/events", FaultKind::Status { status: 401 })]);
        type_into(&c, "Search events", "rock").await;
        heading(&c, "Connect").await;
        text_appears(&c, "Your session has ended", 10).await;
        assert_healthy(&c, "a 401").await;
        axe_check(&c, "connect after a 401").await;
        s.set_faults(Vec::new());
        type_into(&c, "API token", TOKEN).await;
        button(&c, "Connect").await.click().await.expect("connect");
        heading(&c, "Create package").await;
        button(&c, "Remove Summer Jazz Nights").await;
        assert_healthy(&c, "signing in again").await;
    })
    .await;
}
