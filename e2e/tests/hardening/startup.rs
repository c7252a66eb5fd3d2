//! Start-up: one build's hashed files only, and a config.json that never answers.

use crate::support::start_live;
use e2e::*;
use mock_server::{Fault, FaultKind};

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
    assert!(
        chunks.len() >= 4,
        "a chunk each for create, results, the overview and the campaign pages at least: {chunks:?}"
    );
    for chunk in chunks {
        let hash = chunk.trim_end_matches(".wasm").rsplit('-').next().unwrap_or_default();
        assert!(hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()), "hashed chunk: {chunk}");
        assert!(loader_text.contains(chunk.as_str()), "{chunk} is named by the loader");
    }
    assert!(!dir.join("wave-console.js").exists() && !dir.join("wave-console_bg.wasm").exists(), "no unhashed copies");
    let inline = index.split("<script").skip(1).any(|s| {
        let start = s.trim_start();
        // A JSON data block (the chunk manifest) is never executed.
        !start.starts_with("type=\"module\" src=")
            && !s.contains(" src=")
            && !start.starts_with("type=\"application/json\"")
    });
    assert!(!inline, "no inline script");
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
async fn a_page_whose_code_cannot_download_says_so_and_retries() {
    use std::sync::Arc;
    let fault = Arc::new(ChunkFault::default());
    let base = serve_dist_with(dist(), fault.clone());
    run(base, move |c, base, _| async move {
        c.goto(&format!("{base}/package-builder")).await.expect("goto");
        heading(&c, "Packages").await;
        // Offline from here: the wizard's code has not been fetched yet.
        fault.set(true);
        link(&c, "Create package").await.click().await.expect("click");
        heading(&c, "This page could not be loaded").await;
        text_appears(&c, "Check your connection", 5).await;
        let focused: String = c
            .execute("return document.activeElement ? document.activeElement.textContent : ''", vec![])
            .await
            .expect("focus")
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert_eq!(focused, "This page could not be loaded", "focus on the message's heading");
        button(&c, "Reload page").await;
        assert_healthy(&c, "a chunk failed to download").await;
        // Still failing: Retry asks the server again and says so again; the app lives on.
        let refused = fault.refused();
        button(&c, "Retry").await.click().await.expect("retry");
        for _ in 0..100 {
            if fault.refused() > refused && appears(&c, "//button[normalize-space()='Retry']", 1).await.is_some() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(fault.refused() > refused, "Retry fetched the chunk again");
        heading(&c, "This page could not be loaded").await;
        button(&c, "Retry").await;
        // Back online: Retry shows the page, and the rest of the app still works.
        fault.set(false);
        button(&c, "Retry").await.click().await.expect("retry");
        heading(&c, "Create package").await;
        assert!(appears(&c, "//h1[normalize-space()='This page could not be loaded']", 1).await.is_none());
        c.back().await.expect("back");
        heading(&c, "Packages").await;
        assert_healthy(&c, "after the chunk loaded").await;
    })
    .await;
}

#[tokio::test]
async fn a_deep_link_fetches_its_route_code_with_the_main_module() {
    scenario(|c, base, _| async move {
        c.goto(&format!("{base}/package-builder/results/101")).await.expect("goto");
        text_appears(&c, "Attribution (backhaul evaluation)", 20).await;
        // boot.js preloads the route's chunk (initiator "link") while the main module downloads.
        let how = c
            .execute(
                "const e = performance.getEntriesByType('resource').filter(r => r.name.includes('split_results_page'));
                 return e.map(r => r.initiatorType).join(',');",
                vec![],
            )
            .await
            .expect("resource timing");
        assert_eq!(how.as_str(), Some("link"), "fetched once, by the preload link");
        assert_healthy(&c, "a deep link to a split route").await;
    })
    .await;
}

#[tokio::test]
async fn the_create_wizard_fetches_the_results_code_once_it_has_settled() {
    scenario(|c, base, _| async move {
        // The results page has a chunk of its own; a package made in the wizard opens it
        // without a link to point at, so the wizard fetches it once its page has settled.
        let entries = "return performance.getEntriesByType('resource').filter(r => r.name.includes('split_results_page')).map(r => r.startTime);";
        let starts = |v: serde_json::Value| -> Vec<f64> {
            v.as_array().map(|a| a.iter().filter_map(serde_json::Value::as_f64).collect()).unwrap_or_default()
        };
        let now = "return performance.now();";
        c.goto(&format!("{base}/package-builder")).await.expect("goto");
        heading(&c, "Packages").await;
        // Leaving the wizard before it has settled cancels the fetch.
        link(&c, "Create package").await.click().await.expect("click");
        heading(&c, "Create package").await;
        c.back().await.expect("back");
        heading(&c, "Packages").await;
        tokio::time::sleep(std::time::Duration::from_millis(2000)).await;
        let fetched = starts(c.execute(entries, vec![]).await.expect("timing"));
        assert!(fetched.is_empty(), "neither the list nor a wizard left at once fetches it: {fetched:?}");
        // Staying: fetched once, a while after the wizard has shown.
        link(&c, "Create package").await.click().await.expect("click");
        heading(&c, "Create package").await;
        let shown = c.execute(now, vec![]).await.expect("now").as_f64().unwrap_or(0.0);
        for _ in 0..100 {
            if !starts(c.execute(entries, vec![]).await.expect("timing")).is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
        let fetched = starts(c.execute(entries, vec![]).await.expect("timing"));
        assert_eq!(fetched.len(), 1, "the wizard fetched the results page's code once: {fetched:?}");
        assert!(fetched[0] >= shown + 500.0, "not at once but after settling: {fetched:?}, shown at {shown}");
        assert_healthy(&c, "the results chunk prefetched").await;
    })
    .await;
}
