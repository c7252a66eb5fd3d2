//! Draft safety: across tabs, unsaved edits after a reload, nothing saved after Cancel.

use crate::support::{connect, js, start_live};
use e2e::*;
use mock_server::{Fault, FaultKind};
use std::time::Duration;

#[tokio::test]
async fn a_tab_that_takes_over_gets_the_other_tabs_edits() {
    let (_server, base) = start_live().await;
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/campaigns/7001/setup?step=4").await;
        let first = c.window().await.expect("window");
        wait_for(&c, "//input[@id='dsa-payor' and not(@disabled)]").await;
        // A second tab of the same browser: it must not start as the owner.
        let second = c.new_window(true).await.expect("tab").handle;
        c.switch_to_window(second.clone()).await.expect("switch");
        // The token lives in this tab's sessionStorage only: a new tab signs in again.
        connect(&c, &base, "/campaigns/7001/setup?step=4").await;
        text_appears(&c, "open in another tab", 10).await;
        let disabled = by_label(&c, "DSA payor").await.attr("disabled").await.expect("attr");
        assert!(disabled.is_some(), "the second tab is read-only");

        // Edit in the first tab, then take over in the second at once.
        c.switch_to_window(first.clone()).await.expect("switch");
        type_into(&c, "DSA payor", "Handed over GmbH").await;
        c.switch_to_window(second.clone()).await.expect("switch");
        button(&c, "Take over editing here").await.click().await.expect("take over");
        for _ in 0..50 {
            // Taking over re-renders the form: a field found a moment ago may be gone (stale).
            let value = match by_label(&c, "DSA payor").await.prop("value").await {
                Ok(value) => value.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if value == "Handed over GmbH" {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let value = by_label(&c, "DSA payor").await.prop("value").await.expect("value").unwrap_or_default();
        assert_eq!(value, "Handed over GmbH", "the other tab's edit arrived");
        assert_healthy(&c, "after take-over").await;
        // The adopted edits are saved by this tab.
        wait_for(&c, "//*[contains(@class, 'save-state')][normalize-space()='Saved']").await;
        c.switch_to_window(first).await.expect("switch");
        text_appears(&c, "open in another tab", 10).await;
    })
    .await;
}

#[tokio::test]
async fn unsaved_edits_that_differ_from_the_server_are_offered_not_forced() {
    scenario(|c, base, _| async move {
        c.goto(&format!("{base}/campaigns/7001/setup")).await.expect("goto");
        wait_for(&c, "//input[@id='total-budget' and not(@disabled)]").await;
        // This tab once had unsaved edits; the server's copy is different now.
        let key = "waveDraftBackup.v2|demo|7001";
        c.execute(
            "const d = {eid: 7001, status: 'DRAFT', goal: 'AWARENESS', total_budget: 4321, currency: 'EUR', clusters: []}; \
             sessionStorage.setItem(arguments[0], JSON.stringify(d));",
            vec![serde_json::json!(key)],
        )
        .await
        .expect("backup");
        c.refresh().await.expect("reload");
        text_appears(&c, "Which version do you want to keep?", 10).await;
        text_appears(&c, "€4,321", 10).await;
        text_appears(&c, "€1,500", 10).await;
        button(&c, "Use the server's version").await.click().await.expect("server");
        let input = wait_for(&c, "//input[@id='total-budget' and not(@disabled)]").await;
        assert_eq!(input.prop("value").await.expect("value").as_deref(), Some("1500"));
        let left = js(&c, "return sessionStorage.getItem('waveDraftBackup.v2|demo|7001')").await;
        assert_eq!(left, serde_json::Value::Null, "the discarded backup is gone");
        assert_healthy(&c, "restore choice").await;
    })
    .await;
}

#[tokio::test]
async fn nothing_is_saved_to_a_draft_after_it_was_cancelled() {
    let (server, base) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/campaigns/7001/setup?step=4").await;
        wait_for(&c, "//input[@id='dsa-payor' and not(@disabled)]").await;
        // Unsaved edits, then Cancel draft (answered slowly) and leave with it.
        s.set_faults(vec![Fault {
            method: Some("DELETE".into()),
            path: "/setup_processes".into(),
            kind: FaultKind::Latency { ms: 800 },
        }]);
        type_into(&c, "DSA payor", "Edited right before cancelling").await;
        button(&c, "Cancel draft").await.click().await.expect("cancel");
        button(&c, "Yes, cancel the draft").await.click().await.expect("confirm");
        heading(&c, "Campaigns").await;
        tokio::time::sleep(Duration::from_millis(2500)).await;
        let log = s.log();
        let cancel = log
            .iter()
            .position(|r| r.method == "DELETE" && r.path.contains("/setup_processes/7001"))
            .expect("cancel sent");
        let late: Vec<_> =
            log[cancel..].iter().filter(|r| r.method == "PUT" && r.path.contains("/setup_processes/7001")).collect();
        assert!(late.is_empty(), "a PUT reached the cancelled draft: {late:?}");
        assert_healthy(&c, "after cancel").await;
    })
    .await;
}

/// Edits this tab kept ("Keep my edits") while another tab held the draft, then a take-over
/// whose answer is "nothing unsaved": the server's copy is loaded, and the kept edits are
/// offered again, not dropped and not sent over it unseen.
#[tokio::test]
async fn kept_edits_survive_a_take_over_that_reloads_the_server_copy() {
    scenario(|c, base, _| async move {
        c.goto(&format!("{base}/campaigns/7001/setup")).await.expect("goto");
        wait_for(&c, "//input[@id='total-budget' and not(@disabled)]").await;
        let second = c.new_window(true).await.expect("tab").handle;
        c.switch_to_window(second).await.expect("switch");
        c.goto(&format!("{base}/campaigns/7001/setup")).await.expect("goto");
        text_appears(&c, "open in another tab", 10).await;
        // This tab once had unsaved edits; the server's copy is different.
        c.execute(
            "const d = {eid: 7001, status: 'DRAFT', goal: 'AWARENESS', total_budget: 4321, currency: 'EUR', clusters: []}; \
             sessionStorage.setItem('waveDraftBackup.v2|demo|7001', JSON.stringify(d));",
            vec![],
        )
        .await
        .expect("backup");
        c.refresh().await.expect("reload");
        text_appears(&c, "Which version do you want to keep?", 10).await;
        button(&c, "Keep my edits").await.click().await.expect("keep");
        text_appears(&c, "open in another tab", 10).await;
        // The first tab has nothing unsaved: the take-over loads the server's copy.
        button(&c, "Take over editing here").await.click().await.expect("take over");
        text_appears(&c, "Which version do you want to keep?", 10).await;
        text_appears(&c, "€4,321", 10).await;
        assert_healthy(&c, "a take-over that reloads the server's copy").await;
    })
    .await;
}

/// A take-over whose answer is "nothing unsaved" reloads the server's copy. Until it arrives
/// the old form stays on screen: it is read-only and says why, since nothing typed there
/// could be kept.
#[tokio::test]
async fn the_form_is_read_only_while_a_take_over_reloads_the_server_copy() {
    let (server, base) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/campaigns/7001/setup?step=4").await;
        wait_for(&c, "//input[@id='dsa-payor' and not(@disabled)]").await;
        let second = c.new_window(true).await.expect("tab").handle;
        c.switch_to_window(second).await.expect("switch");
        connect(&c, &base, "/campaigns/7001/setup?step=4").await;
        text_appears(&c, "open in another tab", 10).await;
        s.set_faults(vec![Fault {
            method: Some("GET".into()),
            path: "/setup_processes".into(),
            kind: FaultKind::Latency { ms: 3000 },
        }]);
        button(&c, "Take over editing here").await.click().await.expect("take over");
        text_appears(&c, "Loading the saved copy of this draft", 10).await;
        let disabled = by_label(&c, "DSA payor").await.attr("disabled").await.expect("attr");
        assert!(disabled.is_some(), "read-only while the server's copy loads");
        assert_healthy(&c, "waiting for the server's copy").await;
        s.set_faults(vec![]);
        wait_for(&c, "//input[@id='dsa-payor' and not(@disabled)]").await;
        assert!(
            appears(&c, "//*[contains(., 'Loading the saved copy of this draft')][not(*)]", 1).await.is_none(),
            "the status goes with the old form"
        );
        assert_healthy(&c, "after the server's copy arrived").await;
    })
    .await;
}
