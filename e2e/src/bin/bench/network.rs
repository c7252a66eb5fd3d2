//! Section 4, network discipline (live mode, requests counted by the mock server): results
//! polling while building and after leaving, autosave PUTs while typing.

use crate::report::{median, Table};
use e2e::{type_into, wait_for};
use fantoccini::Client;
use mock_server::{LoggedRequest, Server};
use std::path::Path;
use std::time::Duration;

pub(crate) fn requests<'a>(
    log: &'a [LoggedRequest],
    method: &'a str,
    path: &'a str,
) -> impl Iterator<Item = &'a LoggedRequest> + 'a {
    log.iter().filter(move |r| r.method == method && r.path == path)
}

pub(crate) async fn section(t: &mut Table, c: &Client, app_dist: &Path) {
    // 4. Network discipline (live mode, counted by the mock server)
    let server = Server::new(Some(app_dist.to_path_buf()), "bench");
    let addr = mock_server::start(server.clone(), 0).await.expect("mock server");
    let live = format!("http://{addr}");
    let _ = c.goto(&format!("{live}/connect")).await;
    type_into(c, "API token", "bench-token").await;
    if let Ok(b) = c.find(fantoccini::Locator::XPath("//button[normalize-space()='Connect']")).await {
        let _ = b.click().await;
    }
    wait_for(c, "//h1[normalize-space()='Packages']").await;
    let _ = c.goto(&format!("{live}/package-builder/results/104")).await;
    if let Ok(b) = c.wait().for_element(fantoccini::Locator::XPath("//button[normalize-space()='Regenerate']")).await {
        let _ = b.click().await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let count = || requests(&server.log(), "GET", "/package_builder/packages/104").count();
    // The demo build lasts 20 s, too short to count a whole minute: time the polls instead.
    let mut seen = count();
    let mut arrivals = Vec::new();
    let watch = std::time::Instant::now();
    while watch.elapsed() < Duration::from_secs(16) {
        tokio::time::sleep(Duration::from_millis(20)).await;
        let now = count();
        if now > seen {
            arrivals.push(watch.elapsed().as_secs_f64());
            seen = now;
        }
    }
    let gaps: Vec<f64> = arrivals.windows(2).map(|w| w[1] - w[0]).collect();
    let per_minute = 60.0 / median(gaps);
    t.row(
        "network: results polls per minute while building (from the gaps between polls)",
        format!("{per_minute:.1}"),
        "",
    );
    let _ = c.goto(&format!("{live}/package-builder")).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let left = count();
    tokio::time::sleep(Duration::from_secs(15)).await;
    t.row("network: results polls per minute after leaving the page", format!("{}", (count() - left) * 4), "");

    let _ = c.goto(&format!("{live}/campaigns/7001/setup?step=3")).await;
    let headline = wait_for(c, "//input[@id=//label[normalize-space()='Headline']/@for]").await;
    let _ = headline.clear().await;
    server.clear_log();
    let text: String = "Continuous typing for ten seconds keeps the draft safe ".chars().cycle().take(100).collect();
    for ch in text.chars() {
        let _ = headline.send_keys(&ch.to_string()).await;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    let puts: Vec<LoggedRequest> = requests(&server.log(), "PUT", "/setup_processes/7001").cloned().collect();
    let completed: Vec<&LoggedRequest> = puts.iter().filter(|p| p.status.is_some() && !p.aborted).collect();
    let last_ok = completed.last().is_some_and(|p| {
        p.body.contains(&format!("\"headline\":\"{}\"", text.trim_end()))
            || p.body.contains(&format!("\"headline\":\"{text}\""))
    });
    t.row(
        "network: autosave PUTs started / completed / aborted in 10 s typing",
        format!("{} / {} / {}", puts.len(), completed.len(), puts.iter().filter(|p| p.aborted).count()),
        "",
    );
    t.row("network: last completed PUT carries the final text", if last_ok { "yes" } else { "NO" }, "");

    t.row(
        "network: draft reads (GET) in the same 10 s typing (an unversioned server is read before each save)",
        format!("{}", requests(&server.log(), "GET", "/setup_processes/7001").count()),
        "",
    );

    // An open draft, left alone: the checks for a colleague's changes (⚑ one GET per ~10 s
    // while visible, none while hidden).
    tokio::time::sleep(Duration::from_secs(2)).await;
    server.clear_log();
    tokio::time::sleep(Duration::from_secs(60)).await;
    let visible = requests(&server.log(), "GET", "/setup_processes/7001").count();
    t.row("network: draft checks per minute, editor open and visible", format!("{visible}"), "≤ 6");
    // Hidden: another tab in front (the app's tab stays open behind it).
    let app_tab = c.window().await.ok();
    let hidden_tab = c.new_window(true).await.ok();
    if let Some(tab) = &hidden_tab {
        let _ = c.switch_to_window(tab.handle.clone()).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    server.clear_log();
    tokio::time::sleep(Duration::from_secs(30)).await;
    let hidden = requests(&server.log(), "GET", "/setup_processes/7001").count() * 2;
    t.row("network: draft checks per minute, editor's tab hidden", format!("{hidden}"), "0");
    if let (Some(_), Some(app)) = (hidden_tab, app_tab) {
        let _ = c.close_window().await;
        let _ = c.switch_to_window(app).await;
    }
}
