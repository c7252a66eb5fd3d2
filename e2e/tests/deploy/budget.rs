//! The size budget (size-budget.json, one file for every limit): the bytes a phone downloads,
//! brotli-compressed as the build ships them, for the first route before its first content,
//! and for the whole build. Over a limit, the failure names every file and its size.

use crate::support::*;
use e2e::*;
use std::path::{Path, PathBuf};

struct Budget {
    first_route: String,
    first_route_max: u64,
    whole_build_max: u64,
}

fn budget() -> Budget {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../size-budget.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: serde_json::Value = serde_json::from_str(&text).expect("size-budget.json is JSON");
    let bytes = |k: &str| v[k].as_u64().unwrap_or_else(|| panic!("size-budget.json: {k} is a number of bytes"));
    Budget {
        first_route: v["first_route"].as_str().expect("size-budget.json: first_route").to_string(),
        first_route_max: bytes("first_route_max_brotli_bytes"),
        whole_build_max: bytes("whole_build_max_brotli_bytes"),
    }
}

/// Passes when `files` fit in `max`; otherwise fails naming each file, largest first.
fn hold(what: &str, max: u64, mut files: Vec<(String, u64)>) {
    let total: u64 = files.iter().map(|f| f.1).sum();
    files.sort_by_key(|f| std::cmp::Reverse(f.1));
    let list: String = files.iter().map(|(f, b)| format!("\n  {b:>9} {f}")).collect();
    println!("size budget, {what}: {total} of {max} brotli bytes{list}");
    assert!(
        total <= max,
        "{what} is {total} brotli bytes, over its budget of {max} (size-budget.json) by {}:{list}",
        total - max
    );
}

#[test]
fn the_whole_build_fits_its_budget() {
    let dist = dist();
    let files = build_files(&dist).into_iter().map(|f| (f.display().to_string(), brotli_bytes(&dist, &f))).collect();
    hold("the whole build", budget().whole_build_max, files);
}

#[tokio::test]
async fn the_first_route_fits_its_budget() {
    if skip_unless_chromium("the first route's size budget (the same files in every browser)") {
        return;
    }
    let b = budget();
    let dist: PathBuf = dist();
    scenario(move |c, base, _| async move {
        c.goto(&format!("{base}{}", b.first_route)).await.expect("navigate");
        // Its first content: the list of packages, not a skeleton.
        wait_for(&c, "//main//table//tbody/tr[.//a]").await;
        let fetched = c
            .execute(
                "return [location.pathname, ...performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)]",
                vec![],
            )
            .await
            .expect("read resource timing");
        let mut files: Vec<(String, u64)> = Vec::new();
        for path in fetched.as_array().into_iter().flatten().filter_map(|p| p.as_str()) {
            let file = Path::new(path.trim_start_matches('/'));
            // The document itself is index.html, whatever the route.
            let file = if dist.join(file).is_file() { file.to_path_buf() } else { PathBuf::from("index.html") };
            let name = file.display().to_string();
            if !files.iter().any(|f| f.0 == name) {
                files.push((name, brotli_bytes(&dist, &file)));
            }
        }
        assert!(files.iter().any(|f| f.0.ends_with("_bg.wasm")), "the main module is among them: {files:?}");
        hold(&format!("the first route ({})", b.first_route), b.first_route_max, files);
    })
    .await;
}
