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
    // Route chunks and their loader (scripts/split.sh): hashed, and each one named by the
    // build's loader, so no file of another build can be fetched.
    let files: Vec<String> = std::fs::read_dir(&dir)
        .expect("dist")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let loader = files.iter().find(|f| f.starts_with("__wasm_split-") && f.ends_with(".js")).expect("a chunk loader");
    let glue = index.split("data-wave=\"js\"").next().and_then(|h| h.rsplit("href=\"/").next()).unwrap_or_default();
    let glue = glue.split('"').next().unwrap_or_default();
    let glue_text = std::fs::read_to_string(dir.join(glue)).expect("glue");
    assert!(glue_text.contains(loader.as_str()), "the glue imports this build's loader {loader}");
    let loader_text = std::fs::read_to_string(dir.join(loader)).expect("loader");
    assert!(loader_text.contains(glue), "the loader imports this build's glue");
    let chunks: Vec<&String> =
        files.iter().filter(|f| f.ends_with(".wasm") && !f.starts_with("wave-console-")).collect();
    assert!(chunks.len() >= 6, "one chunk per lazily loaded route at least: {chunks:?}");
    for chunk in chunks {
        let hash = chunk.trim_end_matches(".wasm").rsplit('-').next().unwrap_or_default();
        assert!(hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()), "hashed chunk: {chunk}");
        assert!(loader_text.contains(chunk.as_str()), "{chunk} is named by the loader");
    }
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

pub(crate) async fn a_page_whose_code_cannot_download_says_so_and_retries() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let chunks_fail = Arc::new(AtomicBool::new(false));
    let base = serve_dist_with(dist(), chunks_fail.clone());
    run(base, move |c, base, _| async move {
        c.goto(&format!("{base}/package-builder")).await.expect("goto");
        heading(&c, "Packages").await;
        // Offline from here: the wizard's code has not been fetched yet.
        chunks_fail.store(true, Ordering::SeqCst);
        link(&c, "Create package").await.click().await.expect("click");
        heading(&c, "This page could not be loaded").await;
        text_appears(&c, "Check your connection", 5).await;
        assert_healthy(&c, "a chunk failed to download").await;
        // Still failing: Retry says so again, and the app lives on.
        button(&c, "Retry").await.click().await.expect("retry");
        heading(&c, "This page could not be loaded").await;
        // Back online: Retry shows the page, and the rest of the app still works.
        chunks_fail.store(false, Ordering::SeqCst);
        button(&c, "Retry").await.click().await.expect("retry");
        heading(&c, "Create package").await;
        c.back().await.expect("back");
        heading(&c, "Packages").await;
        assert_healthy(&c, "after the chunk loaded").await;
    })
    .await;
}
