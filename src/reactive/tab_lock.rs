//! "Two tabs, one draft": tabs of this browser that open the same draft share one Web Lock
//! (`navigator.locks`) and talk over a BroadcastChannel.
//!
//! - The tab that holds the lock owns the draft; a tab that finds it taken is read-only. The
//!   browser answers at once and frees the lock when its holder closes or crashes, so nothing
//!   depends on a background tab answering in time.
//! - "Take over" steals the lock and asks the owner, over the channel, to hand over: the owner
//!   answers with its unsaved edits (or none) and becomes read-only; the new owner adopts those
//!   edits, so nothing is stranded.
//! - Without Web Locks, the channel alone decides: a tab owns the draft when nobody answers its
//!   hello within [`HANDSHAKE_MS`] (two tabs opening at once: the one with the smaller id wins).
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

use crate::browser::web_lock::{self, Ask, Held, Outcome};

/// Without Web Locks: how long a new tab waits for an owner to answer before it owns the draft.
/// (A tab in the background of a busy machine can take a while to answer.)
pub const HANDSHAKE_MS: u32 = 800;
/// A busy lock is asked for again this often before the tab settles as read-only.
const BUSY_RETRIES: u32 = 2;
const BUSY_RETRY_MS: u32 = 100;

#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum Message {
    Hello {
        from: u64,
    },
    /// The answer to `to`'s hello: this draft has an owner.
    Owned {
        from: u64,
        to: u64,
    },
    Takeover {
        from: u64,
    },
    /// The previous owner's unsaved edits (JSON), if it had any, for the tab `to` that took over
    /// (`0`: the owner lost its lock before it learnt who took it; whoever is taking over).
    Released {
        from: u64,
        to: u64,
        unsaved: Option<String>,
    },
    /// A tab closed the draft.
    Bye {
        from: u64,
    },
}

/// A [`Message`] as it arrives, read flat from the decoded JSON. serde's reader for an internally
/// tagged enum makes a second, generic copy of every message first (12 KB of wasm before
/// optimisation for these five); this struct and [`Wire::message`] do without it.
#[derive(Deserialize)]
struct Wire {
    kind: String,
    from: Option<u64>,
    to: Option<u64>,
    unsaved: Option<String>,
}

impl Wire {
    /// The message, or `None` when a field it needs is missing or the kind is unknown.
    fn message(self) -> Option<Message> {
        let from = self.from?;
        Some(match self.kind.as_str() {
            "hello" => Message::Hello { from },
            "owned" => Message::Owned { from, to: self.to? },
            "takeover" => Message::Takeover { from },
            "released" => Message::Released { from, to: self.to?, unsaved: self.unsaved },
            "bye" => Message::Bye { from },
            _ => return None,
        })
    }
}

/// Reads a message another tab posted (JSON): `None` for anything else.
fn read_message(json: &str) -> Option<Message> {
    wave_api::contract::models::lenient::decode::<Wire>(json).ok().and_then(Wire::message)
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
    /// Whole numbers: they survive the JSON round trip exactly (an f64 may not).
    id: u64,
    /// The tab that took over last: where [`TabLock::release`] sends the edits.
    taker: StoredValue<u64>,
    /// This tab owns the draft because the user took over (not because nobody answered).
    took_over: StoredValue<bool>,
    channel: StoredValue<Option<SendWrapper<BroadcastChannel>>>,
    name: StoredValue<String>,
    /// The Web Lock while this tab holds it.
    held: StoredValue<Option<SendWrapper<Held>>>,
    /// How many holds were asked for (the newest one counts).
    holds: StoredValue<u64>,
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
        if web_lock::available() {
            wasm_bindgen_futures::spawn_local(hold(*self, Ask::Steal));
        }
    }

    /// The answer to a take-over: this tab's unsaved edits go to the new owner.
    pub fn release(&self, unsaved: Option<String>) {
        let to = self.taker.try_get_value().unwrap_or_default();
        self.post(&Message::Released { from: self.id, to, unsaved });
    }

    /// Another tab took the draft (its take-over message or the stolen lock, whichever comes
    /// first): an owner stops editing and is asked to hand its edits over, once.
    fn lost(&self) {
        let was_owner = self.owner.try_get_untracked() == Some(true);
        self.owner.try_set(false);
        self.other_opened.try_set(false);
        self.settled.try_set(true);
        if was_owner {
            self.asked_to_release.try_update(|n| *n += 1);
        }
    }
}

/// Holds the draft's Web Lock for as long as this tab may edit.
async fn hold(lock: TabLock, ask: Ask) {
    let Some(name) = lock.name.try_get_value() else { return };
    // Each hold has its number: a late "stolen" answer for an older hold must not touch a newer one.
    let Some(generation) = lock.holds.try_update_value(|n| {
        *n += 1;
        *n
    }) else {
        return;
    };
    let mut outcome = web_lock::request_lock(&name, ask).await;
    // A lock this tab just let go (the editor left and came back) is freed a moment later.
    for _ in 0..BUSY_RETRIES {
        if !matches!(outcome, Some(Outcome::Busy)) || lock.owner.try_get_untracked().is_none() {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(BUSY_RETRY_MS).await;
        outcome = web_lock::request_lock(&name, ask).await;
    }
    // The page may be gone by now: a lock granted to nobody is let go at once.
    if lock.owner.try_get_untracked().is_none() {
        if let Some(Outcome::Held { held, .. }) = outcome {
            held.release();
        }
        return;
    }
    match outcome {
        // No lock to be had (the API failed): this tab edits rather than locking the user out.
        None => {
            lock.owner.try_set(true);
            lock.settled.try_set(true);
        }
        Some(Outcome::Busy) => {
            if !lock.took_over.try_get_value().unwrap_or(false) {
                lock.owner.try_set(false);
            }
            lock.settled.try_set(true);
        }
        Some(Outcome::Held { held, ended }) => {
            let _ = lock.held.try_set_value(Some(SendWrapper::new(held)));
            lock.owner.try_set(true);
            lock.settled.try_set(true);
            // Released by this tab: fine. Rejected: another tab stole it.
            let stolen = wasm_bindgen_futures::JsFuture::from(ended).await.is_err();
            if stolen && lock.holds.try_get_value() == Some(generation) {
                let _ = lock.held.try_set_value(None);
                lock.lost();
            }
        }
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
        // 1 ..= 2^53 − 1 (0 means "unknown" in `Released`).
        id: 1 + (js_sys::Math::random() * 9_007_199_254_740_990.0) as u64,
        taker: StoredValue::new(0),
        took_over: StoredValue::new(false),
        channel: StoredValue::new(None),
        name: StoredValue::new(name.to_string()),
        held: StoredValue::new(None),
        holds: StoredValue::new(0),
    };
    let locks = web_lock::available();
    // Without BroadcastChannel (nor Web Locks) the tab simply owns the draft.
    let Ok(channel) = BroadcastChannel::new(name) else {
        lock.owner.set(true);
        lock.settled.set(true);
        return lock;
    };
    // Another new tab said hello first with a smaller id: it will own the draft, not this one.
    let deferred = StoredValue::new(false);
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let Some(message) = ev.data().as_string().and_then(|json| read_message(&json)) else {
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
            // Without Web Locks: the answer to this tab's own hello, even a late one (the owner
            // was slow), unless this tab took over meanwhile. (With them, the lock decides.)
            Message::Owned { to, .. }
                if !locks && to == lock.id && !lock.took_over.try_get_value().unwrap_or(false) =>
            {
                lock.owner.try_set(false);
                lock.settled.try_set(true);
            }
            Message::Owned { .. } => {}
            Message::Takeover { from } => {
                let _ = lock.taker.try_set_value(from);
                lock.lost();
            }
            Message::Released { to, unsaved, .. } if to == lock.id || to == 0 => {
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
    if locks {
        wasm_bindgen_futures::spawn_local(hold(lock, Ask::IfFree));
    } else {
        super::timer::timeout_owned(HANDSHAKE_MS, move || {
            if lock.settled.try_get_untracked() == Some(false) {
                let defer = deferred.try_get_value().unwrap_or(false);
                lock.owner.try_set(!defer);
                lock.settled.try_set(true);
            }
        });
    }
    let on_message = SendWrapper::new(on_message);
    on_cleanup(move || {
        if let Some(held) = lock.held.try_update_value(Option::take).flatten() {
            held.take().release();
        }
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
