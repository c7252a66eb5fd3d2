//! Several people on one draft, and what a newer server sends (live mode against the mock Wave
//! API): a colleague's change named, the conflict panel, unsaved edits of a draft that closed,
//! a status the app does not know, a published campaign changed elsewhere. The notice and the
//! panel are shot in the light and the dark theme.

use crate::shots::{scroll_to, Shots};
use crate::table::Step::Text;
use crate::table::{Site, State};
use e2e::team::{
    campaign_changed_elsewhere, closed_under_unsaved_edits, colleague, conflict_panel, unknown_status, SAVED,
};
use e2e::{button, editable, text_appears, wait_for};
use serde_json::json;

async fn theme(c: &fantoccini::Client, dark: bool) {
    let script =
        if dark { "localStorage.setItem('waveTheme', 'dark')" } else { "localStorage.removeItem('waveTheme')" };
    c.execute(script, vec![]).await.expect("theme");
}

pub(crate) async fn team_states(s: &mut Shots, site: &Site) {
    for (n, dark) in [false, true].into_iter().enumerate() {
        let suffix = if dark { "-dark" } else { "" };
        let (here, budget) = (site.clone(), 2500 + n as u64);
        s.state(&format!("draft-colleague-notice{suffix}"), |c| async move {
            here.open(&c, "/campaigns/7001/setup?step=3").await;
            theme(&c, dark).await;
            c.refresh().await.expect("reload");
            let headline = editable(&c, "Headline").await;
            headline.send_keys(" tonight").await.expect("type");
            colleague(here.server(), "7001", json!({"total_budget": budget}));
            text_appears(&c, "Someone else changed this draft", 20).await;
        })
        .await;

        let here = site.clone();
        s.state(&format!("draft-conflict-panel{suffix}"), |c| async move {
            here.open(&c, "/campaigns/7001/setup?step=4").await;
            let (mine, theirs) =
                if dark { ("Mine GmbH (dark)", "Theirs AG (dark)") } else { ("Mine GmbH", "Theirs AG") };
            conflict_panel(&c, here.server(), mine, theirs).await;
        })
        .await;
        // Leave the draft as it was for the next state: take theirs.
        s.state(&format!("draft-conflict-chosen{suffix}"), |c| async move {
            wait_for(&c, "//fieldset[legend='DSA payor']//label[contains(., 'Theirs')]/input")
                .await
                .click()
                .await
                .expect("theirs");
            button(&c, "Keep these values").await.click().await.expect("keep");
            wait_for(&c, SAVED).await;
        })
        .await;
    }

    let here = site.clone();
    s.state("draft-unsaved-edits-of-a-closed-draft", |c| async move {
        theme(&c, false).await;
        here.open(&c, "/campaigns/7001/setup?step=4").await;
        closed_under_unsaved_edits(&c, here.server(), "Kept GmbH").await;
    })
    .await;

    let here = site.clone();
    s.state("draft-unknown-status", |c| async move {
        unknown_status(here.server());
        here.open(&c, "/campaigns/7001/setup?step=1").await;
        text_appears(&c, "a status this app does not know", 15).await;
    })
    .await;
    site.fail(None);

    let here = site.clone();
    s.state("event-campaign-changed-elsewhere", |c| async move {
        here.open(&c, "/events/7002").await;
        campaign_changed_elsewhere(&c, here.server(), "opera first-timers", 999.0).await;
        scroll_to(&c, "//p[contains(., 'Someone else changed this campaign')]", "start").await;
    })
    .await;
}

/// A list whose rows lack ids or repeat them, and a draft that repeats a cluster (what an odd
/// server sends).
pub(crate) async fn odd_id_states(s: &mut Shots, site: &Site) {
    let server = site.server();
    let list = server.answer(&wave_api::contract::calls::list_packages().request);
    let mut rows: serde_json::Value = serde_json::from_str(&list.body).expect("packages");
    if let Some(rows) = rows.as_array_mut() {
        rows[0]["id"] = serde_json::Value::Null;
        let repeated = rows[1]["id"].clone();
        rows[2]["id"] = repeated;
    }
    server.set_faults(vec![mock_server::Fault {
        method: Some("GET".into()),
        path: "/package_builder/packages/".into(),
        kind: mock_server::FaultKind::Body {
            status: 200,
            body: rows.to_string(),
            content_type: "application/json".into(),
        },
    }]);
    s.shoot(site, State::open("package-list-odd-ids", "/package-builder", &[Text("No id from the server", 15)])).await;
    let mut draft = e2e::team::server_draft(server, "7001");
    if let Some(clusters) = draft["clusters"].as_array_mut() {
        let copy = clusters[0].clone();
        clusters.push(copy);
    }
    server.set_faults(vec![e2e::team::serve_draft("7001", &draft)]);
    let here = site.clone();
    s.state("draft-repeated-cluster", |c| async move {
        // The closed-draft state above left its unsaved edits in this tab, as it should: they
        // would be offered first. This state is about the editor, so they go.
        here.open(&c, "/").await;
        c.execute(
            "Object.keys(sessionStorage).filter(k => k.startsWith('waveDraftBackup')).forEach(k => sessionStorage.removeItem(k))",
            vec![],
        )
        .await
        .expect("clear backups");
        here.open(&c, "/campaigns/7001/setup?step=3").await;
        text_appears(&c, "copy 2 of 2", 15).await;
    })
    .await;
    site.fail(None);
}
