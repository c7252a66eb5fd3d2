//! Component tests: the real app mounted into headless Chromium, asserting on the DOM.
#![cfg(target_arch = "wasm32")]

mod ad_preview;
mod campaigns;
mod exports;
mod hooks;
mod i18n;
mod leaving;
mod odd_ids;
mod packages;
mod product;
mod routes;
mod shell;
mod support;
mod tabs;
mod theme;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
