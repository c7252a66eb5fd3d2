//! Start-up: one build's hashed files only, and a config.json that never answers.

use crate::support::start_live;
use e2e::*;
use mock_server::{Fault, FaultKind};

pub(crate) async fn one_build_only_hashed_files_named_by_index_html() {
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

pub(crate) async fn a_config_json_that_never_answers_still_starts_the_app() {
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
