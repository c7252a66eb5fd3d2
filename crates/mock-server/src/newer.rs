//! What a newer Wave API might do with drafts, switched on at run time (`/__newer`), so that
//! live tests can drive it:
//!
//! - **versions**: every draft answer carries `version` (a number bumped on every change) and
//!   `updated_at`; a `PUT` whose `version` is not the current one is refused with 409, as a
//!   server with optimistic locking would.
//! - **a colleague** (`POST /__colleague`): changes a draft as another person on another device
//!   would, with a JSON merge patch (RFC 7396) over the stored draft; the version moves on.
//!
//! The demo backend itself knows nothing of this (demo mode needs nothing new): versions are
//! kept here, beside it, and stamped onto its answers.

use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use wave_api::{ApiRequest, ApiResponse, Method};

#[derive(Clone, Debug, Default, Deserialize)]
pub struct NewerApi {
    /// Drafts carry `version` and `updated_at`; stale `PUT`s are refused with 409.
    #[serde(default)]
    pub versions: bool,
}

#[derive(Default)]
pub struct Versions {
    pub settings: NewerApi,
    current: HashMap<String, u64>,
}

/// The event id of a draft request (`/setup_processes/{eid}`), not of its `boost`.
fn draft_eid(req: &ApiRequest) -> Option<&str> {
    match req.segments.as_slice() {
        [first, eid] if first == "setup_processes" => Some(eid.as_str()),
        _ => None,
    }
}

impl Versions {
    fn version(&mut self, eid: &str) -> u64 {
        *self.current.entry(eid.to_string()).or_insert(1)
    }

    /// A draft changed (a save, a colleague): its version moves on.
    pub fn bump(&mut self, eid: &str) {
        *self.current.entry(eid.to_string()).or_insert(1) += 1;
    }

    /// Before the backend: a stale `PUT` is refused.
    pub fn refuse(&mut self, req: &ApiRequest) -> Option<ApiResponse> {
        if !self.settings.versions || req.method != Method::Put {
            return None;
        }
        let eid = draft_eid(req)?;
        let sent = req.body.as_deref().and_then(|b| serde_json::from_str::<Value>(b).ok())?.get("version").cloned();
        let current = self.version(eid);
        (sent != Some(json!(current))).then(|| {
            ApiResponse::detail(
                409,
                &format!("This draft changed since the version you sent (now version {current}). Read it again."),
            )
        })
    }

    /// After the backend: a successful draft answer carries the version (bumped by a `PUT`).
    pub fn stamp(&mut self, req: &ApiRequest, answer: ApiResponse) -> ApiResponse {
        let Some(eid) = draft_eid(req).filter(|_| self.settings.versions && answer.is_success()) else {
            return answer;
        };
        if req.method == Method::Put {
            self.bump(eid);
        }
        let version = self.version(eid);
        match serde_json::from_str::<Value>(&answer.body) {
            Ok(Value::Object(mut draft)) => {
                draft.insert("version".into(), json!(version));
                draft.insert("updated_at".into(), json!(format!("2026-12-07T10:00:{:02}Z", version % 60)));
                ApiResponse::json(answer.status, &draft)
            }
            _ => answer,
        }
    }
}

/// RFC 7396: `null` removes, objects merge, anything else replaces.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if let Value::Object(target) = target {
        for (k, v) in patch {
            if v.is_null() {
                target.remove(k);
            } else {
                merge_patch(target.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
    }
}

/// `POST /__colleague`: `{ "eid": "7002", "patch": { … } }`. Clusters are a list: a patch's
/// `clusters` replaces the list, so give it whole (`GET` the draft first).
#[derive(Debug, Deserialize)]
pub struct ColleagueEdit {
    pub eid: String,
    /// Over the whole draft.
    #[serde(default)]
    pub patch: Value,
    /// Over one cluster each, by `tc`.
    #[serde(default)]
    pub clusters: HashMap<String, Value>,
}

impl ColleagueEdit {
    /// The draft after this edit.
    pub fn apply(&self, draft: &mut Value) {
        if !self.patch.is_null() {
            merge_patch(draft, &self.patch);
        }
        if let Some(Value::Array(clusters)) = draft.get_mut("clusters") {
            for cluster in clusters {
                let tc = cluster.get("tc").and_then(Value::as_str).unwrap_or_default().to_string();
                if let Some(patch) = self.clusters.get(&tc) {
                    merge_patch(cluster, patch);
                }
            }
        }
    }
}
