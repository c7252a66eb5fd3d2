//! Request and response models, by surface: [`packages`] (Package Builder), [`events`],
//! [`attribution`] (package evaluation, campaign results) and [`campaigns`]. Campaign and
//! package models stay separate types even where they look alike.
//!
//! Every response model is tolerant (see [`lenient`]): unknown fields are ignored or, on the
//! models the app writes back, kept in `extra`; missing or `null` fields take their default;
//! numbers may arrive as numeric strings; ids may be numbers or strings; list elements that
//! cannot be read are skipped.

pub mod attribution;
pub mod campaigns;
pub mod events;
pub mod lenient;
pub mod packages;

pub use attribution::*;
pub use campaigns::*;
pub use events::*;
pub use lenient::Extra;
pub use packages::*;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An id the API may send as a number (`12345`) or a string (`"evt_abc"`). Numeric ids are
/// sent back as numbers (the create payload's `event_ids`), others as strings. Decoding never
/// fails: `null`, lists and objects give the empty id, `true` gives `"true"`.
///
/// The empty (or blank) id is the *missing* id ([`Id::is_missing`]): never put in a URL or a
/// request, never used as a list key or a selection key on its own. Lists of server rows key
/// and flag their rows with [`crate::rules::row_ids`], which also finds repeated ids.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(pub String);

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id the server sent nothing usable for.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// No usable id: empty or blank. Nothing that needs an id may be done with it.
    pub fn is_missing(&self) -> bool {
        is_missing_id(&self.0)
    }
}

/// Whether `id` counts as missing: empty or blank (a `null` id decodes to `""`).
pub fn is_missing_id(id: &str) -> bool {
    id.trim().is_empty()
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id(s.to_string())
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Id(lenient::text(serde_json::Value::deserialize(d)?).unwrap_or_default()))
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.parse::<i64>() {
            Ok(n) if n.to_string() == self.0 => s.serialize_i64(n),
            _ => s.serialize_str(&self.0),
        }
    }
}
