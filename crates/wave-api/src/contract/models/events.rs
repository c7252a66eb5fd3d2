//! Events, as `GET /events` lists them.

use super::lenient::*;
use super::Id;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Event {
    pub id: Id,
    #[serde(deserialize_with = "lenient_string")]
    pub title: String,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub date: Option<String>,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub venue: Option<String>,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub city: Option<String>,
}
