//! "Two tabs, one draft": tabs of this browser that open the same draft talk over a
//! BroadcastChannel. The first tab owns the draft; a later one is told so and stays
//! read-only until the user takes over, which makes the other tab read-only instead.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const HELLO: &str = "hello";
const OWNED: &str = "owned";
const TAKEOVER: &str = "takeover";

#[derive(Clone, Copy)]
pub struct TabLock {
    /// This tab may edit.
    pub owner: RwSignal<bool>,
    /// Another tab opened the draft after this one.
    pub other_opened: RwSignal<bool>,
    channel: StoredValue<Option<SendWrapper<BroadcastChannel>>>,
}

impl TabLock {
    fn post(&self, message: &str) {
        self.channel.with_value(|c| {
            if let Some(c) = c {
                let _ = c.post_message(&message.into());
            }
        });
    }

    pub fn take_over(&self) {
        self.post(TAKEOVER);
        self.owner.set(true);
    }
}

/// Joins the channel `name` for as long as the calling component lives.
pub fn use_tab_lock(name: &str) -> TabLock {
    let lock = TabLock { owner: RwSignal::new(true), other_opened: RwSignal::new(false), channel: StoredValue::new(None) };
    // Without BroadcastChannel the tab simply owns the draft.
    let Ok(channel) = BroadcastChannel::new(name) else { return lock };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        match ev.data().as_string().as_deref() {
            Some(HELLO) => {
                if lock.owner.get_untracked() {
                    lock.other_opened.set(true);
                    lock.post(OWNED);
                }
            }
            Some(OWNED) => lock.owner.set(false),
            Some(TAKEOVER) => {
                lock.owner.set(false);
                lock.other_opened.set(false);
            }
            _ => {}
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let _ = channel.post_message(&HELLO.into());
    lock.channel.set_value(Some(SendWrapper::new(channel)));
    let on_message = SendWrapper::new(on_message);
    on_cleanup(move || {
        lock.channel.try_update_value(|c| {
            if let Some(c) = c.take() {
                c.set_onmessage(None);
                c.close();
            }
        });
        drop(on_message);
    });
    lock
}
