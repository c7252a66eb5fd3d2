//! Component tests: the real app mounted into headless Chromium, asserting on the DOM.
#![cfg(target_arch = "wasm32")]

mod campaigns;
mod leaving;
mod packages;
mod shell;
mod support;
mod tabs;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
