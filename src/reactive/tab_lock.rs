//! "Two tabs, one draft": tabs of this browser that open the same draft talk over a
//! BroadcastChannel.
//!
//! - A tab starts read-only and asks who owns the draft; it owns it only when nobody answers
//!   within [`HANDSHAKE_MS`] (two tabs opening at once: the one with the smaller id wins).
//! - "Take over" asks the owner to hand over: the owner answers with its unsaved edits (or
//!   none) and becomes read-only; the new owner adopts those edits, so nothing is stranded.
//!
//! ```ignore
//! let lock = use_tab_lock("wave-draft-demo-12345");
//! let read_only = Signal::derive(move || !lock.owner.get());
//! // The owner hands its unsaved edits over when another tab takes over:
//! Effect::watch(move || lock.asked_to_release.get(), move |_, _, _| lock.release(unsaved_json()), false);
//! ```

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use serde::{Deserialize, Serialize};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

/// How long a new tab waits for an owner to answer before it owns the draft.
/// (A tab in the background of a busy machine can take a while to answer.)
pub const HANDSHAKE_MS: u32 = 800;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum Message {
    Hello {
        from: f64,
    },
    /// The answer to `to`'s hello: this draft has an owner.
    Owned {
        from: f64,
        to: f64,
    },
    Takeover {
        from: f64,
    },
    /// The previous owner's unsaved edits (JSON), if it had any, for the tab `to` that took over.
    Released {
        from: f64,
        to: f64,
        unsaved: Option<String>,
    },
    /// A tab closed the draft.
    Bye {
        from: f64,
    },
}

#[derive(Clone, Copy)]
pub struct TabLock {
    /// This tab may edit.
    pub owner: RwSignal<bool>,
    /// The handshake is over: `owner` is the answer, not a guess.
    pub settled: RwSignal<bool>,
    /// Another tab opened the draft after this one.
    pub other_opened: RwSignal<bool>,
    /// Bumped when another tab takes over: answer with [`TabLock::release`].
    pub asked_to_release: RwSignal<u64>,
    /// After [`TabLock::take_over`]: the previous owner's answer (`Some(None)`: nothing unsaved).
    pub handed_over: RwSignal<Option<Option<String>>>,
    id: f64,
    /// The tab that took over last: where [`TabLock::release`] sends the edits.
    taker: StoredValue<f64>,
    /// This tab owns the draft because the user took over (not because nobody answered).
    took_over: StoredValue<bool>,
    channel: StoredValue<Option<SendWrapper<BroadcastChannel>>>,
}

impl TabLock {
    fn post(&self, message: &Message) {
        let Ok(json) = serde_json::to_string(message) else { return };
        self.channel.try_with_value(|c| {
            if let Some(c) = c {
                let _ = c.post_message(&json.into());
            }
        });
    }

    /// Asks the owner to hand over; this tab owns the draft from now on.
    pub fn take_over(&self) {
        self.took_over.set_value(true);
        self.handed_over.set(None);
        self.post(&Message::Takeover { from: self.id });
        self.owner.set(true);
        self.settled.set(true);
    }

    /// The answer to a take-over: this tab's unsaved edits go to the new owner.
    pub fn release(&self, unsaved: Option<String>) {
        let to = self.taker.try_get_value().unwrap_or_default();
        self.post(&Message::Released { from: self.id, to, unsaved });
    }
}

/// Joins the channel `name` for as long as the calling component lives.
pub fn use_tab_lock(name: &str) -> TabLock {
    let lock = TabLock {
        owner: RwSignal::new(false),
        settled: RwSignal::new(false),
        other_opened: RwSignal::new(false),
        asked_to_release: RwSignal::new(0),
        handed_over: RwSignal::new(None),
        id: js_sys::Math::random(),
        taker: StoredValue::new(0.0),
        took_over: StoredValue::new(false),
        channel: StoredValue::new(None),
    };
    // Without BroadcastChannel the tab simply owns the draft.
    let Ok(channel) = BroadcastChannel::new(name) else {
        lock.owner.set(true);
        lock.settled.set(true);
        return lock;
    };
    // Another new tab said hello first with a smaller id: it will own the draft, not this one.
    let deferred = StoredValue::new(false);
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let Some(message) = ev.data().as_string().and_then(|json| serde_json::from_str::<Message>(&json).ok()) else {
            return;
        };
        let settled = lock.settled.try_get_untracked().unwrap_or(true);
        match message {
            Message::Hello { from } if lock.owner.try_get_untracked() == Some(true) => {
                lock.other_opened.try_set(true);
                lock.post(&Message::Owned { from: lock.id, to: from });
            }
            Message::Hello { from } if !settled && from < lock.id => {
                let _ = deferred.try_set_value(true);
            }
            Message::Hello { .. } => {}
            // The answer to this tab's own hello, even a late one (the owner was slow), unless
            // this tab took over meanwhile.
            Message::Owned { to, .. } if to == lock.id && !lock.took_over.try_get_value().unwrap_or(false) => {
                lock.owner.try_set(false);
                lock.settled.try_set(true);
            }
            Message::Owned { .. } => {}
            Message::Takeover { from } => {
                let _ = lock.taker.try_set_value(from);
                let was_owner = lock.owner.try_get_untracked() == Some(true);
                lock.owner.try_set(false);
                lock.other_opened.try_set(false);
                lock.settled.try_set(true);
                if was_owner {
                    lock.asked_to_release.try_update(|n| *n += 1);
                }
            }
            Message::Released { to, unsaved, .. } if to == lock.id => {
                lock.handed_over.try_set(Some(unsaved));
            }
            Message::Released { .. } => {}
            Message::Bye { .. } => {
                lock.other_opened.try_set(false);
            }
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    lock.channel.set_value(Some(SendWrapper::new(channel)));
    lock.post(&Message::Hello { from: lock.id });
    super::timer::timeout_owned(HANDSHAKE_MS, move || {
        if lock.settled.try_get_untracked() == Some(false) {
            let defer = deferred.try_get_value().unwrap_or(false);
            lock.owner.try_set(!defer);
            lock.settled.try_set(true);
        }
    });
    let on_message = SendWrapper::new(on_message);
    on_cleanup(move || {
        lock.post(&Message::Bye { from: lock.id });
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
