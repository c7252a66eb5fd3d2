//! Versioned JSON in localStorage (on [`crate::browser::storage`]). A value stored by an older shape, or corrupted, is
//! discarded and reported, never trusted and never a crash.

use crate::browser::storage::{self, Area};
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

pub fn load<T: DeserializeOwned>(key: &str, version: u32) -> Restored<T> {
    let Some(raw) = storage::get(Area::Local, key) else {
        return Restored::Nothing;
    };
    match decode(&raw, version) {
        Some(value) => Restored::Value(value),
        None => {
            remove(key);
            Restored::Discarded
        }
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
