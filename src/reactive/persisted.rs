//! Versioned JSON in localStorage. A value stored by an older shape, or corrupted, is
//! discarded and reported, never trusted and never a crash.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    version: u32,
    data: T,
}

#[derive(Debug, PartialEq)]
pub enum Restored<T> {
    Nothing,
    Value(T),
    /// Something was stored but could not be used; it has been removed.
    Discarded,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn load<T: DeserializeOwned>(key: &str, version: u32) -> Restored<T> {
    let Some(raw) = storage().and_then(|s| s.get_item(key).ok().flatten()) else {
        return Restored::Nothing;
    };
    match serde_json::from_str::<Envelope<T>>(&raw) {
        Ok(envelope) if envelope.version == version => Restored::Value(envelope.data),
        _ => {
            remove(key);
            Restored::Discarded
        }
    }
}

pub fn save<T: Serialize>(key: &str, version: u32, data: &T) {
    if let (Some(store), Ok(json)) = (storage(), serde_json::to_string(&Envelope { version, data })) {
        // Quota errors leave the previous value; the form itself keeps working.
        let _ = store.set_item(key, &json);
    }
}

pub fn remove(key: &str) {
    if let Some(store) = storage() {
        let _ = store.remove_item(key);
    }
}
