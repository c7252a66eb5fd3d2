//! Leaving a page while a mutation is in flight never panics.

use super::support::{button, local_storage, mount_at, no_panic, query, wait_until};
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn leaving_during_a_mutation_never_panics() {
    local_storage().clear().ok();
    // (Regenerate is left mid-request in e2e/tests/hardening.rs: here it would use up the one
    // expired package of this page's shared demo world.)
    // Merge two packages, then leave.
    let (root, app) = mount_at("/package-builder");
    wait_until("rows", || query(&root, "tbody tr").is_some()).await;
    for label in ["Select Munich shows Q3", "Select Families for the Gruffalo"] {
        query(&root, &format!("input[aria-label='{label}']")).expect(label).click();
    }
    leptos::task::tick().await;
    button(&root, "Merge selected (2)").expect("merge").click();
    drop(app);
    TimeoutFuture::new(400).await;
    no_panic();

    // Save the evaluation settings, then leave.
    let (root, app) = mount_at("/package-builder/results/101");
    wait_until("evaluation form", || button(&root, "Save settings").is_some()).await;
    button(&root, "Save settings").expect("save").click();
    drop(app);
    TimeoutFuture::new(400).await;
    no_panic();

    // Pause a published campaign, then leave.
    let (root, app) = mount_at("/events/7002");
    wait_until("campaign actions", || button(&root, "Pause").is_some() || button(&root, "Resume").is_some()).await;
    button(&root, "Pause").or_else(|| button(&root, "Resume")).expect("toggle").click();
    drop(app);
    TimeoutFuture::new(400).await;
    no_panic();
}
