//! Values in localStorage as text: [`StoredCodec`], and versioned JSON ([`Versioned`]). A
//! value stored by an older shape, or corrupted, is discarded and reported, never trusted and
//! never a crash.

use crate::browser::storage::{self, Area};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    version: u32,
    data: T,
}

/// How a value is stored as text (for the `use_stored` hook).
pub trait StoredCodec<T> {
    /// The value of the stored text (`None`: the key is absent); `None` when it cannot be used
    /// (damaged, another version, or absent where absence means nothing).
    fn decode(raw: Option<&str>) -> Option<T>;
    /// The text to store; `None` removes the key (absence is the value).
    fn encode(value: &T) -> Option<String>;
}

/// Version `V` of a JSON value, in an envelope: another version reads as unusable.
pub struct Versioned<const V: u32>;

impl<T: Serialize + DeserializeOwned, const V: u32> StoredCodec<T> for Versioned<V> {
    fn decode(raw: Option<&str>) -> Option<T> {
        decode(raw?, V)
    }

    fn encode(value: &T) -> Option<String> {
        serde_json::to_string(&Envelope { version: V, data: value }).ok()
    }
}

/// A stored value's text (as a `storage` event from another tab carries it): `None` if it is
/// of another version or damaged.
pub fn decode<T: DeserializeOwned>(raw: &str, version: u32) -> Option<T> {
    match wave_api::contract::models::lenient::decode::<Envelope<T>>(raw) {
        Ok(envelope) if envelope.version == version => Some(envelope.data),
        _ => None,
    }
}

/// Saves `data`; `Err` says why the browser refused (the previous value stays).
pub fn save<T: Serialize>(key: &str, version: u32, data: &T) -> Result<(), String> {
    storage::set_json(Area::Local, key, &Envelope { version, data })
}

pub fn remove(key: &str) {
    storage::remove(Area::Local, key);
}
