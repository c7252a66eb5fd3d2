//! The Web Locks API (`navigator.locks`): an exclusive lock per name, shared by every tab of
//! this origin, released by the browser when the holder lets go, navigates away or crashes.
//! web-sys only has it behind `web_sys_unstable_apis`, so the three calls we need are bound here.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    type LockManager;
    #[wasm_bindgen(method, catch)]
    fn request(this: &LockManager, name: &str, options: &Object, callback: &Function) -> Result<Promise, JsValue>;
}

/// How to ask for the lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Only if nobody holds it (never waits).
    IfFree,
    /// Take it from whoever holds it: their request fails with an `AbortError`.
    Steal,
}

/// A held lock: dropping it does not release it; [`Held::release`] does.
pub struct Held {
    resolve: Function,
}

impl Held {
    pub fn release(self) {
        let _ = self.resolve.call0(&JsValue::NULL);
    }
}

/// What came of a request.
pub enum Outcome {
    /// This tab holds the lock until [`Held::release`] (then `ended` resolves) or until another
    /// tab steals it (then `ended` rejects).
    Held { held: Held, ended: Promise },
    /// Another tab holds it.
    Busy,
}

/// This browser has Web Locks (a secure context: https or localhost).
pub fn available() -> bool {
    web_sys::window().and_then(|w| Reflect::get(&w.navigator(), &"locks".into()).ok()).is_some_and(|l| l.is_object())
}

/// Asks for the lock `name`; `None` when this browser has no Web Locks (or no secure context).
pub async fn request_lock(name: &str, ask: Ask) -> Option<Outcome> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok().filter(|l| l.is_object())?;
    let locks: LockManager = locks.unchecked_into();
    let options = Object::new();
    let key = if ask == Ask::Steal { "steal" } else { "ifAvailable" };
    Reflect::set(&options, &key.into(), &JsValue::TRUE).ok()?;
    // The callback gets the lock (or null); the promise it returns keeps the lock until resolved.
    let (granted_tx, granted_rx) = answer_slot();
    let refuse_tx = granted_tx.clone();
    let callback = Closure::once_into_js(move |lock: JsValue| -> Promise {
        if lock.is_null() {
            let _ = granted_tx.call1(&JsValue::NULL, &JsValue::NULL);
            return Promise::resolve(&JsValue::UNDEFINED);
        }
        let mut resolve_fn = JsValue::UNDEFINED;
        let keep = Promise::new(&mut |resolve, _| resolve_fn = resolve.into());
        let _ = granted_tx.call1(&JsValue::NULL, &resolve_fn);
        keep
    });
    let request = locks.request(name, &options, callback.unchecked_ref()).ok()?;
    // A request refused before the callback ran (a sandboxed page, say) answers `false`: the
    // slot must not wait forever. (A rejection after the grant is a steal: the slot is settled.)
    let watched = request.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(watched).await.is_err() {
            let _ = refuse_tx.call1(&JsValue::NULL, &JsValue::FALSE);
        }
    });
    let granted = wasm_bindgen_futures::JsFuture::from(granted_rx).await.ok()?;
    if granted == JsValue::FALSE {
        return None;
    }
    match granted.dyn_into::<Function>() {
        Ok(resolve) => Some(Outcome::Held { held: Held { resolve }, ended: request }),
        Err(_) => Some(Outcome::Busy),
    }
}

/// A promise and its resolve function: the lock callback hands its answer to the awaiting code.
fn answer_slot() -> (Function, Promise) {
    let mut tx = JsValue::UNDEFINED;
    let rx = Promise::new(&mut |resolve, _| tx = resolve.into());
    (tx.unchecked_into(), rx)
}
