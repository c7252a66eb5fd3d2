//! Bringing about what several people and a newer server do to a draft, in live mode against
//! the mock Wave API: a colleague's change, a conflict after an offline edit, a draft that
//! closed under unsaved edits, a status the app does not know, a published campaign changed
//! elsewhere. Shared by the tests, the markup check and the screenshots.

use crate::find::{editable, text_appears, wait_for};
use fantoccini::Client;
use mock_server::newer::ColleagueEdit;
use mock_server::{Fault, FaultKind, Server};
use serde_json::{json, Value};
use wave_api::contract::calls;
use wave_api::contract::models::{Campaign, Id};

/// The save indicator once everything is saved.
pub const SAVED: &str = "//div[contains(@class,'save-state')][normalize-space()='Saved']";

/// A colleague on another device changes the draft of `eid` (a JSON merge patch).
pub fn colleague(server: &Server, eid: &str, patch: Value) {
    let edit: ColleagueEdit = serde_json::from_value(json!({"eid": eid, "patch": patch})).expect("edit");
    server.colleague(&edit).expect("a colleague's change");
}

/// The draft of `eid` as the server holds it now (opened if it has none).
pub fn server_draft(server: &Server, eid: &str) -> Value {
    let id = Id::from(eid);
    let mut answer = server.answer(&calls::get_setup(&id).request);
    if !answer.is_success() {
        answer = server.answer(&calls::start_setup(&id).request);
    }
    serde_json::from_str(&answer.body).expect("a draft")
}

/// Answers `GET /setup_processes/{eid}` with `draft` (what an odder or newer server sends).
pub fn serve_draft(eid: &str, draft: &Value) -> Fault {
    Fault {
        method: Some("GET".into()),
        path: format!("/setup_processes/{eid}"),
        kind: FaultKind::Body { status: 200, body: draft.to_string(), content_type: "application/json".into() },
    }
}

/// On `/campaigns/7001/setup?step=4` (open): offline, the DSA payor becomes `mine`; a
/// colleague sets it to `theirs`; back online, the conflict panel shows.
pub async fn conflict_panel(c: &Client, server: &Server, mine: &str, theirs: &str) {
    // The draft is open before the network goes.
    let payor = editable(c, "DSA payor").await;
    let drop = Fault { method: None, path: "/setup_processes/7001".into(), kind: FaultKind::Drop };
    server.set_faults(vec![drop]);
    payor.clear().await.expect("clear");
    payor.send_keys(mine).await.expect("type");
    text_appears(c, "Offline", 20).await;
    colleague(server, "7001", json!({"dsa_payor": theirs}));
    server.set_faults(Vec::new());
    text_appears(c, "Someone else changed the same fields", 20).await;
}

/// On `/campaigns/7001/setup?step=4` (open): an edit that cannot be saved (saves hang) and a
/// server that closed the draft meanwhile; reloaded, the page shows the kept edits.
pub async fn closed_under_unsaved_edits(c: &Client, server: &Server, typed: &str) {
    let payor = editable(c, "DSA payor").await;
    let hang = Fault { method: Some("PUT".into()), path: "/setup_processes".into(), kind: FaultKind::Hang };
    server.set_faults(vec![hang.clone()]);
    payor.clear().await.expect("clear");
    payor.send_keys(typed).await.expect("type");
    wait_for(c, "//div[contains(@class,'save-state')][normalize-space()='Saving…']").await;
    let mut closed = server_draft(server, "7001");
    closed["status"] = json!("CLOSED");
    server.set_faults(vec![hang, serve_draft("7001", &closed)]);
    c.refresh().await.expect("reload");
    text_appears(c, "Your unsaved edits could not be saved", 15).await;
}

/// The draft of 7001 is answered with a status this app does not know.
pub fn unknown_status(server: &Server) {
    let mut draft = server_draft(server, "7001");
    draft["status"] = json!("ARCHIVED");
    server.set_faults(vec![serve_draft("7001", &draft)]);
}

/// The event's published campaigns, as the server has them.
pub fn campaigns_of(server: &Server, eid: &str) -> Vec<Campaign> {
    let list = server.answer(&calls::event_campaigns(&Id::from(eid)).request);
    serde_json::from_str(&list.body).expect("campaigns")
}

/// On `/events/7002` (open): someone else sets the budget of `tc`'s campaign to `budget`
/// after the page showed it; Save budget on its card then shows theirs.
pub async fn campaign_changed_elsewhere(c: &Client, server: &Server, tc: &str, budget: f64) {
    let card = format!("//article[.//h3[normalize-space()='{tc}']]");
    wait_for(c, &format!("{card}//button[normalize-space()='Save budget'][not(@disabled)]")).await;
    let campaign = campaigns_of(server, "7002").into_iter().find(|c| c.tc == tc).expect("the campaign");
    assert!(server.answer(&calls::set_campaign_budget(&campaign, budget).request).is_success());
    wait_for(c, &format!("{card}//button[normalize-space()='Save budget']")).await.click().await.expect("save");
    text_appears(c, "Someone else changed this campaign since this page showed it.", 10).await;
}
