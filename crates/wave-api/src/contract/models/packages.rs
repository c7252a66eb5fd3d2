//! Package Builder: packages, their clusters, the create payload, CRM export.

use super::lenient::*;
use super::Id;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PackageStatus {
    Initializing,
    Inprogress,
    Done,
    Failed,
    Expired,
    #[default]
    #[serde(other)]
    Unknown,
}

impl PackageStatus {
    pub const ALL: [PackageStatus; 5] = [
        PackageStatus::Initializing,
        PackageStatus::Inprogress,
        PackageStatus::Done,
        PackageStatus::Failed,
        PackageStatus::Expired,
    ];

    /// Still building: the results page polls.
    pub fn is_building(self) -> bool {
        matches!(self, PackageStatus::Initializing | PackageStatus::Inprogress)
    }

    pub fn label(self, lang: crate::rules::Lang) -> &'static str {
        match self {
            PackageStatus::Initializing => lang.pick("Initializing", "Wird vorbereitet"),
            PackageStatus::Inprogress => lang.pick("In progress", "In Arbeit"),
            PackageStatus::Done => lang.pick("Done", "Fertig"),
            PackageStatus::Failed => lang.pick("Failed", "Fehlgeschlagen"),
            PackageStatus::Expired => lang.pick("Expired", "Abgelaufen"),
            PackageStatus::Unknown => lang.pick("Unknown", "Unbekannt"),
        }
    }

    /// The wire name, used in URL filters.
    pub fn code(self) -> &'static str {
        match self {
            PackageStatus::Initializing => "INITIALIZING",
            PackageStatus::Inprogress => "INPROGRESS",
            PackageStatus::Done => "DONE",
            PackageStatus::Failed => "FAILED",
            PackageStatus::Expired => "EXPIRED",
            PackageStatus::Unknown => "UNKNOWN",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventRef {
    pub id: Id,
    #[serde(deserialize_with = "lenient_string")]
    pub title: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PackageSummary {
    pub id: Id,
    #[serde(deserialize_with = "lenient_string")]
    pub title: String,
    #[serde(deserialize_with = "or_default")]
    pub status: PackageStatus,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub merge_id: Option<String>,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub created_at: Option<String>,
    #[serde(deserialize_with = "lenient_vec")]
    pub events: Vec<EventRef>,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub targeting_mode: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClusterContent {
    /// Customers, items and purchase: the same counts the evaluation reports per cluster.
    #[serde(flatten)]
    pub counts: super::ClusterCounts,
    /// Rows of arbitrary columns (`id` first by convention); rows that are not objects are skipped.
    #[serde(deserialize_with = "lenient_vec")]
    pub preview: Vec<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Package {
    #[serde(flatten)]
    pub summary: PackageSummary,
    pub filter_settings: Option<serde_json::Value>,
    /// Keyed by taste cluster `tc`, exactly as the server names it; unreadable clusters are skipped.
    #[serde(deserialize_with = "lenient_map")]
    pub content: BTreeMap<String, ClusterContent>,
    /// ⚑ Optional build progress, 0–100.
    #[serde(deserialize_with = "lenient_opt_f64")]
    pub progress: Option<f64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetingMode {
    #[default]
    Lookalike,
    Intent,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PackageFilters {
    #[serde(deserialize_with = "lenient_strings")]
    pub included_customers: Vec<String>,
    #[serde(deserialize_with = "lenient_strings")]
    pub excluded_customers: Vec<String>,
    #[serde(deserialize_with = "lenient_opt_f64")]
    pub exclude_buying_behavior_above: Option<f64>,
    #[serde(deserialize_with = "lenient_opt_f64")]
    pub exclude_buying_behavior_below: Option<f64>,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub exclude_old_purchases_before: Option<String>,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub exclude_recent_purchases_after: Option<String>,
    #[serde(deserialize_with = "lenient_strings")]
    pub exclude_ticket_categories: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CreatePackage {
    #[serde(deserialize_with = "lenient_int")]
    pub num_packages: u8,
    #[serde(deserialize_with = "lenient_int")]
    pub n_top_events: u8,
    #[serde(deserialize_with = "lenient_vec")]
    pub event_ids: Vec<Id>,
    #[serde(deserialize_with = "lenient_string")]
    pub package_title: String,
    #[serde(deserialize_with = "or_default")]
    pub targeting_mode: TargetingMode,
    #[serde(deserialize_with = "nullable")]
    pub filters: PackageFilters,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Created {
    pub id: Id,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NlqIds {
    /// Numeric ids become their text; anything else in the list is skipped.
    #[serde(deserialize_with = "lenient_strings")]
    pub ids: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CrmExport {
    pub crm_name: String,
    pub secret_id: String,
    pub container_name: String,
    #[serde(rename = "packageId")]
    pub package_id: Id,
    pub tc: String,
}
