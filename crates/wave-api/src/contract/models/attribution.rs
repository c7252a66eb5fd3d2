//! What was attributed: a package's backhaul evaluation (settings and per-cluster counts) and
//! a campaign's sales results. Two surfaces, two sets of types.

use super::lenient::*;
use super::Id;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

// ---------------------------------------------------------------- Package evaluation

/// Read, edited and written back (`PUT …/backhaul_evaluation_details`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EvaluationSettings {
    /// Days; `14`, `14.0` and `"14"` all read as 14.
    #[serde(deserialize_with = "lenient_int")]
    pub backhaul_evaluation_attribution_window: u32,
    #[serde(deserialize_with = "lenient_string")]
    pub backhaul_evaluation_model: String,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub email_sent_date: Option<String>,
    /// Fields this app does not know, sent back unchanged on save.
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClusterCounts {
    #[serde(deserialize_with = "lenient_f64")]
    pub customers: f64,
    #[serde(deserialize_with = "lenient_f64")]
    pub items: f64,
    #[serde(deserialize_with = "lenient_f64")]
    pub purchase: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evaluation {
    /// Keyed by taste cluster `tc`; unreadable clusters are skipped.
    #[serde(deserialize_with = "lenient_map")]
    pub clusters: BTreeMap<String, ClusterCounts>,
}

// ---------------------------------------------------------------- Campaign results

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CampaignResult {
    pub eid: Id,
    #[serde(deserialize_with = "lenient_string")]
    pub tc: String,
    #[serde(deserialize_with = "lenient_string")]
    pub tc_run_id: String,
    #[serde(deserialize_with = "lenient_string")]
    pub date: String,
    #[serde(deserialize_with = "lenient_f64")]
    pub sales: f64,
    #[serde(deserialize_with = "lenient_f64")]
    pub adjusted_sales: f64,
    /// A fraction: -0.2 = −20 %.
    #[serde(deserialize_with = "lenient_f64")]
    pub sales_adjustment: f64,
}
