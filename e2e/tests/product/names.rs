//! Names, not numbers: event titles wherever the app has seen (or can look up) the event.

use crate::support::{connect, count, start_live};
use e2e::*;
use mock_server::LoggedRequest;

/// Event searches for exactly `text`.
fn searched(log: &[LoggedRequest], text: &str) -> usize {
    log.iter()
        .filter(|r| {
            r.path.trim_end_matches('/') == "/events" && r.query.iter().any(|(k, v)| k == "search" && v == text)
        })
        .count()
}

#[tokio::test]
async fn events_are_named_not_numbered_in_live_mode_too() {
    let (server, base) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        // A deep link to an event this browser never saw: its title is looked up once.
        connect(&c, &base, "/events/7002").await;
        heading(&c, "Opera Gala: La Traviata").await;
        text_appears(&c, "July 25, 2026 · Nationaltheater, München · event #7002", 10).await;
        assert_eq!(searched(&s.log(), "7002"), 1, "looked up by its id, once");
        assert_healthy(&c, "a named event page").await;
        // The campaigns overview groups by event title; the title is remembered now.
        let lookups = count(&s.log(), "GET", "/events");
        link(&c, "← All campaigns").await.click().await.expect("campaigns");
        heading(&c, "Campaigns").await;
        wait_for(&c, "//article/h3/a[contains(., 'Opera Gala: La Traviata')]").await;
        // An event the server does not know keeps its number, and nothing breaks.
        c.goto(&format!("{base}/events/99999")).await.expect("goto");
        heading(&c, "Event #99999").await;
        assert_healthy(&c, "an unknown event").await;
        c.goto(&format!("{base}/campaigns/7002/setup")).await.expect("goto");
        heading(&c, "Campaign setup — Opera Gala: La Traviata").await;
        assert_eq!(
            searched(&s.log(), "7002"),
            1,
            "a remembered title is not looked up again (lookups before: {lookups})"
        );
    })
    .await;
}
