//! Browser storage in one place: local or session storage and typed JSON. (Keys scoped to the
//! connection come from [`crate::config::Session::scoped_key`].) Nothing here panics:
//! unreadable values are treated as absent.

use serde::{de::DeserializeOwned, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// Survives closing the browser: preferences, the package wizard, remembered drafts.
    Local,
    /// This tab only: the token, draft backups, the demo world.
    Session,
}

fn store(area: Area) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match area {
        Area::Local => window.local_storage().ok()?,
        Area::Session => window.session_storage().ok()?,
    }
}

pub fn get(area: Area, key: &str) -> Option<String> {
    store(area)?.get_item(key).ok()?
}

/// Writes `value`; `Err` when the browser refused (storage full or disabled).
pub fn set(area: Area, key: &str, value: &str) -> Result<(), String> {
    let lang = super::document::page_lang();
    let store = store(area).ok_or_else(|| {
        lang.pick(
            "This browser does not allow saving data for this site.",
            "Dieser Browser erlaubt dieser Website nicht, Daten zu speichern.",
        )
        .to_string()
    })?;
    store.set_item(key, value).map_err(|_| {
        lang.pick("The browser's storage for this site is full.", "Der Browserspeicher dieser Website ist voll.")
            .to_string()
    })
}

pub fn remove(area: Area, key: &str) {
    if let Some(store) = store(area) {
        let _ = store.remove_item(key);
    }
}

pub fn get_json<T: DeserializeOwned>(area: Area, key: &str) -> Option<T> {
    wave_api::contract::models::lenient::decode(&get(area, key)?).ok()
}

pub fn set_json<T: Serialize>(area: Area, key: &str, value: &T) -> Result<(), String> {
    let json = serde_json::to_string(value).map_err(|_| {
        super::document::page_lang()
            .pick("The data could not be saved.", "Die Daten konnten nicht gespeichert werden.")
            .to_string()
    })?;
    set(area, key, &json)
}
