//! The generic hooks on their own: use_load keeps its value while it reloads and says when a
//! reload fails; use_stored writes, follows another tab and writes on the way out.

use crate::support::{local_storage, wait_until, window};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen_test::*;
use wave_api::ApiError;
use wave_console::reactive::load::{use_load, use_load_with_options, UseLoadOptions};
use wave_console::reactive::stored::{use_stored, Restored, UseStoredOptions, Versioned};

type Answer = std::pin::Pin<Box<dyn std::future::Future<Output = Result<u32, ApiError>>>>;

/// A fetch that answers, after a short wait, with the next of `answers`.
fn answering(
    answers: &Rc<RefCell<VecDeque<Result<u32, ApiError>>>>,
) -> impl Fn(Option<web_sys::AbortSignal>) -> Answer {
    let answers = answers.clone();
    move |_| {
        let next = answers.borrow_mut().pop_front().unwrap_or(Err(ApiError::Timeout));
        Box::pin(async move {
            TimeoutFuture::new(30).await;
            next
        })
    }
}

#[wasm_bindgen_test]
async fn a_load_keeps_its_value_while_it_reloads_and_a_failed_reload_says_so() {
    let answers = Rc::new(RefCell::new(VecDeque::from([Ok(1), Err(ApiError::Timeout), Ok(3)])));
    let owner = Owner::new();
    let load = owner.with(|| use_load(answering(&answers)));
    assert_eq!(load.state(), None, "loading at first");
    wait_until("the first value", || load.value.get_untracked() == Some(1)).await;
    assert_eq!(load.state(), Some(Ok(1)));

    load.reload();
    assert!(load.loading.get_untracked(), "reloading");
    assert_eq!(load.state(), Some(Ok(1)), "the last value stays while it reloads");
    wait_until("the reload fails", || load.error.get_untracked().is_some()).await;
    assert_eq!(load.state(), Some(Err(ApiError::Timeout)), "a failed reload is said, not hidden");
    assert_eq!(load.value.get_untracked(), Some(1), "and the value is still there for a page that shows both");

    assert!(load.load_now().await, "Retry loads");
    assert_eq!(load.state(), Some(Ok(3)));

    owner.cleanup();
    assert!(!load.load_now().await, "nothing loads once the owner is gone (and nothing panics)");
}

#[wasm_bindgen_test]
async fn a_load_follows_what_it_reads_and_drops_an_overtaken_answer() {
    let answers = Rc::new(RefCell::new(VecDeque::from([Ok(10), Ok(20)])));
    let owner = Owner::new();
    let id = RwSignal::new(1u32);
    let load = owner.with(|| {
        let fetch = answering(&answers);
        use_load_with_options(
            move |abort| {
                id.track();
                fetch(abort)
            },
            UseLoadOptions { clear_on_change: true },
        )
    });
    // Another id before the first answer: the first answer is nobody's.
    TimeoutFuture::new(0).await;
    id.set(2);
    wait_until("the second id's value", || load.value.get_untracked().is_some()).await;
    assert_eq!(load.value.get_untracked(), Some(20), "only the answer for what is shown now counts");
    TimeoutFuture::new(60).await;
    assert_eq!(load.value.get_untracked(), Some(20));
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn a_stored_value_is_written_followed_across_tabs_and_written_on_the_way_out() {
    const KEY: &str = "waveTestStored";
    local_storage().remove_item(KEY).ok();
    let owner = Owner::new();
    let theirs = RwSignal::new(None::<Vec<String>>);
    let stored = owner.with(|| {
        use_stored::<Vec<String>, Versioned<1>>(
            KEY,
            UseStoredOptions { on_other_tab: Some(Callback::new(move |v| theirs.set(Some(v)))), on_refused: None },
        )
    });
    assert_eq!(stored.restored, Restored::Nothing);
    stored.value.set(vec!["a".into()]);
    wait_until("written", || local_storage().get_item(KEY).ok().flatten().is_some_and(|s| s.contains("\"a\""))).await;

    // Another tab writes: this one takes it (and is told), without writing it back.
    let other = r#"{"version":1,"data":["b"]}"#;
    local_storage().set_item(KEY, other).ok();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(KEY));
    init.set_new_value(Some(other));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).expect("event");
    window().dispatch_event(&event).expect("dispatch");
    wait_until("taken from the other tab", || stored.value.get_untracked() == vec!["b".to_string()]).await;
    assert_eq!(theirs.get_untracked(), Some(vec!["b".to_string()]));

    // Another version from a newer tab: ours stays.
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(KEY));
    init.set_new_value(Some(r#"{"version":2,"data":{}}"#));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).expect("event");
    window().dispatch_event(&event).expect("dispatch");
    TimeoutFuture::new(10).await;
    assert_eq!(
        stored.value.get_untracked(),
        vec!["b".to_string()],
        "a value this tab cannot read never replaces its own"
    );

    // A change made as the owner goes is written too.
    stored.value.set(vec!["c".into()]);
    owner.cleanup();
    assert!(
        local_storage().get_item(KEY).ok().flatten().is_some_and(|s| s.contains("\"c\"")),
        "written on the way out"
    );
    let owner = Owner::new();
    let again = owner.with(|| use_stored::<Vec<String>, Versioned<1>>(KEY, UseStoredOptions::default()));
    assert_eq!(again.restored, Restored::Value);
    assert_eq!(again.value.get_untracked(), vec!["c".to_string()]);
    owner.cleanup();
    local_storage().remove_item(KEY).ok();
}
