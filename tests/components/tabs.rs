//! Two tabs, one draft: the tab lock decided by the browser's Web Lock, not by timing.

use crate::support::wait_until;
use leptos::prelude::*;
use wasm_bindgen_test::*;
use wave_console::reactive::tab_lock::use_tab_lock;

#[wasm_bindgen_test]
async fn one_owner_per_draft_and_take_over_moves_it() {
    let name = format!("wave-test-lock-{}", js_sys::Math::random());
    // Two "tabs": two owners in one page contend for the same lock like two tabs would.
    let first_owner = Owner::new();
    let first = first_owner.with(|| use_tab_lock(&name));
    wait_until("the first tab settles", || first.settled.get_untracked()).await;
    assert!(first.owner.get_untracked(), "the first tab owns the draft");
    let second_owner = Owner::new();
    let second = second_owner.with(|| use_tab_lock(&name));
    wait_until("the second tab settles", || second.settled.get_untracked()).await;
    assert!(!second.owner.get_untracked(), "the second tab is read-only");

    second.take_over();
    assert!(second.owner.get_untracked(), "taking over makes this tab the owner at once");
    wait_until("the first tab is asked to hand over", || first.asked_to_release.get_untracked() == 1).await;
    assert!(!first.owner.get_untracked(), "the first tab is read-only now");
    first.release(Some("{\"unsaved\":true}".into()));
    wait_until("the edits arrive", || second.handed_over.get_untracked().is_some()).await;
    assert_eq!(second.handed_over.get_untracked(), Some(Some("{\"unsaved\":true}".into())));
    // Handed over once, even though both the message and the stolen lock said so.
    assert_eq!(first.asked_to_release.get_untracked(), 1);

    // The owner leaves: the lock is free for a tab that opens the draft next.
    second_owner.cleanup();
    let third_owner = Owner::new();
    let third = third_owner.with(|| use_tab_lock(&name));
    wait_until("the third tab settles", || third.settled.get_untracked()).await;
    assert!(third.owner.get_untracked(), "a tab opened after the owner left owns the draft");
    // The owner hears another tab open the draft (its hello) and close it again (its bye).
    let fourth_owner = Owner::new();
    let fourth = fourth_owner.with(|| use_tab_lock(&name));
    wait_until("the owner hears the fourth tab", || third.other_opened.get_untracked()).await;
    wait_until("the fourth tab settles", || fourth.settled.get_untracked()).await;
    assert!(!fourth.owner.get_untracked(), "the fourth tab is read-only");
    fourth_owner.cleanup();
    wait_until("the owner hears it leave", || !third.other_opened.get_untracked()).await;
    first_owner.cleanup();
    third_owner.cleanup();
}
