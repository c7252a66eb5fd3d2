//! The routes in one place: `public/boot.js`'s preload table is the one src/routes.rs and
//! src/pages/split.rs make, and every link leads to its page.

use wasm_bindgen_test::*;
use wave_api::contract::models::Id;
use wave_console::pages::split::chunk_of;
use wave_console::routes::{Page, Route};

/// The `ROUTE_CHUNKS` table of boot.js, read as the JSON it is written in.
fn boot_table() -> Vec<(String, String)> {
    let boot = include_str!("../../public/boot.js");
    let start =
        boot.find("const ROUTE_CHUNKS = ").expect("boot.js has a ROUTE_CHUNKS table") + "const ROUTE_CHUNKS = ".len();
    let end = start + boot[start..].find("];").expect("the table ends") + 1;
    serde_json::from_str(&boot[start..end]).expect("the table is JSON: [[pattern, chunk], …]")
}

#[wasm_bindgen_test]
fn boot_js_preloads_the_chunk_of_every_split_route_and_no_other() {
    let ours: Vec<(String, String)> =
        Page::ALL.into_iter().filter_map(|page| Some((page.pattern(), chunk_of(page)?.to_string()))).collect();
    assert_eq!(boot_table(), ours, "public/boot.js's ROUTE_CHUNKS differs from src/routes.rs and split.rs");
    // Each pattern is a path of its page.
    for (pattern, _) in boot_table() {
        assert!(Page::of_path(&pattern.replace(":id", "7")).is_some(), "{pattern}");
    }
}

#[wasm_bindgen_test]
fn every_link_leads_to_its_page_whatever_its_id() {
    for raw in ["7", "a/b", "?x=1#y", "münchen 2026", ".."] {
        let id = Id(raw.into());
        for (route, page) in [
            (Route::Results(id.clone()), Page::Results),
            (Route::Setup(id.clone(), Some(4)), Page::Setup),
            (Route::Event(id.clone()), Page::Event),
        ] {
            assert_eq!(Page::of_path(&route.href()), Some(page), "{route:?} → {}", route.href());
        }
    }
    assert_eq!(Page::of_path(&Route::Overview.href()), Some(Page::Overview));
    assert_eq!(Page::of_path(&Route::Connect(Some("/campaigns?x=/y".into())).href()), Some(Page::Connect));
}
