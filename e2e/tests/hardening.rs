//! The defects a new user met, each as the user met it (hardening issue): the pager, dialogs
//! that were not modal, one build's files only, status icons without emoji fonts, leaving
//! during an action, open redirects, where the token may go, and draft safety across tabs.

use e2e::*;
use fantoccini::{key::Key, Client};
use mock_server::{Fault, FaultKind, Server};
use std::time::Duration;

async fn js(c: &Client, script: &str) -> serde_json::Value {
    c.execute(script, vec![]).await.expect("script")
}

async fn start_live() -> (Server, String) {
    let server = Server::new(Some(dist()), "partner-42");
    let addr = mock_server::start(server.clone(), 0).await.expect("mock server");
    (server, format!("http://{addr}"))
}

async fn connect(c: &Client, base: &str, then: &str) {
    c.goto(&format!("{base}/connect")).await.expect("goto");
    heading(c, "Connect").await;
    c.execute("document.querySelectorAll('input[name=mode]')[1].click()", vec![]).await.expect("live");
    type_into(c, "API token", "t0ken").await;
    type_into(c, "Partner ID", "partner-42").await;
    button(c, "Connect").await.click().await.expect("connect");
    heading(c, "Packages").await;
    if then != "/package-builder" {
        c.goto(&format!("{base}{then}")).await.expect("goto");
    }
}

#[tokio::test]
async fn the_pager_reaches_every_page_and_hides_with_one() {
    scenario(|c, base, _| async move {
        c.goto(&format!("{base}/package-builder?demo_packages=120")).await.expect("goto");
        heading(&c, "Packages").await;
        let next = button(&c, "Next page").await;
        assert_eq!(next.text().await.expect("text").trim(), "Next page", "the label is the label, not source text");
        text_appears(&c, "Page 1 of 3", 10).await;
        next.click().await.expect("next");
        text_appears(&c, "Page 2 of 3", 10).await;
        button(&c, "Next page").await.click().await.expect("next");
        text_appears(&c, "Page 3 of 3", 10).await;
        let disabled = js(&c, "return [...document.querySelectorAll('nav.pager button')].map(b => b.disabled)").await;
        assert_eq!(disabled, serde_json::json!([false, true]), "last page: only Previous");
        assert_healthy(&c, "pager").await;
        // A filter leaving one page hides the pager.
        type_into(&c, "Filter by text", "Munich shows Q3").await;
        text_appears(&c, "1 of", 10).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let shown = js(
            &c,
            "const n = document.querySelector('nav.pager'); return !!n && getComputedStyle(n).display !== 'none'",
        )
        .await;
        assert_eq!(shown, serde_json::json!(false), "one page: no pager");
    })
    .await;
}

#[tokio::test]
async fn dialogs_are_modal_close_on_escape_and_give_focus_back() {
    scenario(|c, base, _| async move {
        c.goto(&format!("{base}/package-builder/results/101")).await.expect("goto");
        let opener = wait_for(&c, "//button[starts-with(@aria-label, 'Export to CRM')]").await;
        let name = opener.attr("aria-label").await.expect("attr").unwrap_or_default();
        assert!(name.starts_with("Export to CRM"), "the accessible name contains the visible label: {name}");
        opener.click().await.expect("open");
        text_appears(&c, "Secret ID", 10).await;
        let modal = js(&c, "return !!document.querySelector('dialog:modal') && document.activeElement.closest('dialog') !== null").await;
        assert_eq!(modal, serde_json::json!(true), "a modal dialog that has focus");
        // The page behind is inert: a pointer hits the backdrop, and its links cannot take focus.
        let inert = js(&c, "const hit = document.elementFromPoint(5, 5); const a = document.querySelector('nav a'); a.focus(); \
            return hit?.closest('dialog') !== null && document.activeElement !== a").await;
        assert_eq!(inert, serde_json::json!(true), "the page behind the dialog is inert");
        // Tab never leaves the dialog.
        for _ in 0..12 {
            c.active_element().await.expect("active").send_keys(&Key::Tab.to_string()).await.expect("tab");
            let inside = js(&c, "return document.activeElement === document.body || document.activeElement.closest('dialog') !== null").await;
            assert_eq!(inside, serde_json::json!(true), "focus left the dialog");
        }
        c.active_element().await.expect("active").send_keys(&Key::Escape.to_string()).await.expect("escape");
        tokio::time::sleep(Duration::from_millis(300)).await;
        let after = js(&c, "return [document.querySelector('dialog:modal') === null, document.activeElement?.getAttribute('aria-label') || '']").await;
        assert_eq!(after[0], serde_json::json!(true), "Escape closed it");
        assert_eq!(after[1].as_str(), Some(name.as_str()), "focus went back to the opener");
        assert_healthy(&c, "dialog").await;
    })
    .await;
}

#[tokio::test]
async fn one_build_only_hashed_files_named_by_index_html() {
    let dir = dist();
    let index = std::fs::read_to_string(dir.join("index.html")).expect("index.html");
    for kind in ["js", "wasm"] {
        let marker = format!("data-wave=\"{kind}\"");
        let tag =
            index.split('<').find(|t| t.contains(&marker)).unwrap_or_else(|| panic!("no {kind} preload in index.html"));
        let href = tag.split("href=\"").nth(1).and_then(|h| h.split('"').next()).expect("href");
        let file = href.trim_start_matches('/');
        assert!(file.starts_with("wave-console-") && file.len() > "wave-console-.js".len() + 8, "hashed name: {file}");
        assert!(dir.join(file).is_file(), "{file} is deployed");
    }
    assert!(!index.contains("src=\"/boot.js\""), "the loader is hashed too");
    assert!(!dir.join("wave-console.js").exists() && !dir.join("wave-console_bg.wasm").exists(), "no unhashed copies");
    let inline = index
        .split("<script")
        .skip(1)
        .any(|s| !s.trim_start().starts_with("type=\"module\" src=") && !s.contains(" src="));
    assert!(!inline, "no inline script");
}

#[tokio::test]
async fn status_icons_need_no_emoji_font() {
    scenario(|c, base, _| async move {
        c.goto(&format!("{base}/package-builder")).await.expect("goto");
        text_appears(&c, "Expired", 10).await;
        let badges = js(
            &c,
            "return [...document.querySelectorAll('.badge')].map(b => [b.textContent, !!b.querySelector('svg')])",
        )
        .await;
        for badge in badges.as_array().expect("badges") {
            let text = badge[0].as_str().unwrap_or_default();
            assert!(text.chars().all(|ch| (ch as u32) < 0x2000), "a glyph that needs a symbol font: {text:?}");
            assert_eq!(badge[1], serde_json::json!(true), "an SVG icon in {text:?}");
        }
    })
    .await;
}

#[tokio::test]
async fn leaving_during_slow_actions_keeps_the_app_alive() {
    let (server, base) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/package-builder").await;
        let slow = |path: &str| Fault {
            method: Some("POST".into()),
            path: path.into(),
            kind: FaultKind::Latency { ms: 1500 },
        };
        s.set_faults(vec![slow("/package_builder"), slow("/campaigns"), slow("/backhaul")]);
        by_label(&c, "Select Munich shows Q3").await.click().await.expect("select");
        by_label(&c, "Select Families for the Gruffalo").await.click().await.expect("select");
        button(&c, "Merge selected (2)").await.click().await.expect("merge");
        link(&c, "Campaigns").await.click().await.expect("leave");
        heading(&c, "Campaigns").await;
        tokio::time::sleep(Duration::from_millis(2000)).await;
        assert_healthy(&c, "left during merge").await;

        c.goto(&format!("{base}/package-builder/results/104")).await.expect("goto");
        button(&c, "Regenerate").await.click().await.expect("regenerate");
        link(&c, "Package Builder").await.click().await.expect("leave");
        tokio::time::sleep(Duration::from_millis(2000)).await;
        assert_healthy(&c, "left during regenerate").await;

        c.goto(&format!("{base}/events/7002")).await.expect("goto");
        wait_for(&c, "//button[normalize-space()='Pause' or normalize-space()='Resume']")
            .await
            .click()
            .await
            .expect("toggle");
        link(&c, "Campaigns").await.click().await.expect("leave");
        tokio::time::sleep(Duration::from_millis(2000)).await;
        assert_healthy(&c, "left during pause").await;

        // The server failing instead: a message, and the page stays usable.
        s.set_faults(vec![Fault {
            method: Some("POST".into()),
            path: "/package_builder".into(),
            kind: FaultKind::Status { status: 500 },
        }]);
        c.goto(&format!("{base}/package-builder")).await.expect("goto");
        by_label(&c, "Select Munich shows Q3").await.click().await.expect("select");
        by_label(&c, "Select Families for the Gruffalo").await.click().await.expect("select");
        button(&c, "Merge selected (2)").await.click().await.expect("merge");
        text_appears(&c, "Merge failed", 10).await;
        assert_healthy(&c, "regenerate failed").await;
        s.set_faults(vec![]);
    })
    .await;
}

#[tokio::test]
async fn sign_in_never_returns_to_another_origin() {
    let (_server, base) = start_live().await;
    run(base, move |c, base, _| async move {
        for evil in ["/%5Cevil.example/x", "/%09/evil.example", "//evil.example/"] {
            c.goto(&format!("{base}/connect?return={evil}")).await.expect("goto");
            heading(&c, "Connect").await;
            c.execute("document.querySelectorAll('input[name=mode]')[1].click()", vec![]).await.expect("live");
            type_into(&c, "API token", "t0ken").await;
            type_into(&c, "Partner ID", "partner-42").await;
            button(&c, "Connect").await.click().await.expect("connect");
            heading(&c, "Packages").await;
            let url = c.current_url().await.expect("url");
            assert!(url.as_str().starts_with(&base), "{evil} led to {url}");
        }
    })
    .await;
}

#[tokio::test]
async fn the_token_stays_with_its_api() {
    let (_server, base) = start_live().await;
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/connect").await;
        heading(&c, "Connect").await;
        type_into(&c, "API base URL", "http://evil.example/api").await;
        button(&c, "Connect").await.click().await.expect("connect");
        text_appears(&c, "needs its own token", 10).await;
        let cleared = by_label(&c, "API token").await.prop("value").await.expect("value").unwrap_or_default();
        assert_eq!(cleared, "", "the old token left the form");
        type_into(&c, "API token", "other").await;
        button(&c, "Connect").await.click().await.expect("connect");
        text_appears(&c, "only allowed for localhost", 10).await;
        // Another https origin: the old token is not offered to it.
        type_into(&c, "API base URL", "https://other.example/api").await;
        let token = by_label(&c, "API token").await.prop("value").await.expect("value").unwrap_or_default();
        assert_eq!(token, "other", "the typed token stays while the user is on the form");
        let stored = js(&c, "return sessionStorage.getItem('waveApiToken')").await;
        assert_eq!(stored, serde_json::json!("t0ken"), "nothing saved until Connect succeeds");
    })
    .await;
}

#[tokio::test]
async fn a_tab_that_takes_over_gets_the_other_tabs_edits() {
    let (_server, base) = start_live().await;
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/campaigns/7001/setup").await;
        let first = c.window().await.expect("window");
        wait_for(&c, "//input[@id='total-budget' and not(@disabled)]").await;
        // A second tab of the same browser: it must not start as the owner.
        let second = c.new_window(true).await.expect("tab").handle;
        c.switch_to_window(second.clone()).await.expect("switch");
        // The token lives in this tab's sessionStorage only: a new tab signs in again.
        connect(&c, &base, "/campaigns/7001/setup").await;
        text_appears(&c, "open in another tab", 10).await;
        let disabled = by_label(&c, "Total budget").await.attr("disabled").await.expect("attr");
        assert!(disabled.is_some(), "the second tab is read-only");

        // Edit in the first tab, then take over in the second at once.
        c.switch_to_window(first.clone()).await.expect("switch");
        type_into(&c, "DSA payor", "Handed over GmbH").await;
        c.switch_to_window(second.clone()).await.expect("switch");
        button(&c, "Take over editing here").await.click().await.expect("take over");
        for _ in 0..50 {
            let value = by_label(&c, "DSA payor").await.prop("value").await.expect("value").unwrap_or_default();
            if value == "Handed over GmbH" {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let value = by_label(&c, "DSA payor").await.prop("value").await.expect("value").unwrap_or_default();
        assert_eq!(value, "Handed over GmbH", "the other tab's edit arrived");
        assert_healthy(&c, "after take-over").await;
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
        text_appears(&c, "4321 EUR", 10).await;
        text_appears(&c, "1500 EUR", 10).await;
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
async fn a_config_json_that_never_answers_still_starts_the_app() {
    let (server, base) = start_live().await;
    server.set_faults(vec![Fault { method: None, path: "/config.json".into(), kind: FaultKind::Hang }]);
    run(base, move |c, base, _| async move {
        c.goto(&format!("{base}/")).await.expect("goto");
        // Not "Starting…" forever: demo mode, and a notice that says why.
        text_appears(&c, "Couldn't load config.json", 20).await;
        heading(&c, "Overview").await;
        assert_healthy(&c, "config.json hangs").await;
    })
    .await;
}

#[tokio::test]
async fn nothing_is_saved_to_a_draft_after_it_was_cancelled() {
    let (server, base) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect(&c, &base, "/campaigns/7001/setup").await;
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
