//! Request and response models. Every response model is tolerant: unknown fields are ignored,
//! missing or `null` fields take their default, and ids may be numbers or strings.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// `null` or absent → `T::default()`; used on every non-optional response field.
fn nullable<'de, D: Deserializer<'de>, T: Default + Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// An id the API may send as a number (`12345`) or a string (`"evt_abc"`). Numeric ids are
/// sent back as numbers (the create payload's `event_ids`), others as strings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(pub String);

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }
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
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Int(i64),
            Float(f64),
        }
        Ok(Id(match Raw::deserialize(d)? {
            Raw::Text(s) => s,
            Raw::Int(n) => n.to_string(),
            Raw::Float(f) => f.to_string(),
        }))
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

// ---------------------------------------------------------------- Package Builder

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

    pub fn label(self) -> &'static str {
        match self {
            PackageStatus::Initializing => "Initializing",
            PackageStatus::Inprogress => "In progress",
            PackageStatus::Done => "Done",
            PackageStatus::Failed => "Failed",
            PackageStatus::Expired => "Expired",
            PackageStatus::Unknown => "Unknown",
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
    #[serde(deserialize_with = "nullable")]
    pub title: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PackageSummary {
    pub id: Id,
    #[serde(deserialize_with = "nullable")]
    pub title: String,
    #[serde(deserialize_with = "nullable")]
    pub status: PackageStatus,
    pub merge_id: Option<String>,
    pub created_at: Option<String>,
    #[serde(deserialize_with = "nullable")]
    pub events: Vec<EventRef>,
    pub targeting_mode: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClusterContent {
    #[serde(deserialize_with = "nullable")]
    pub customers: f64,
    #[serde(deserialize_with = "nullable")]
    pub items: f64,
    #[serde(deserialize_with = "nullable")]
    pub purchase: f64,
    /// Rows of arbitrary columns (`id` first by convention).
    #[serde(deserialize_with = "nullable")]
    pub preview: Vec<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Package {
    #[serde(flatten)]
    pub summary: PackageSummary,
    pub filter_settings: Option<serde_json::Value>,
    /// Keyed by taste cluster `tc`, exactly as the server names it.
    #[serde(deserialize_with = "nullable")]
    pub content: BTreeMap<String, ClusterContent>,
    /// ⚑ Optional build progress, 0–100.
    pub progress: Option<f64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetingMode {
    #[default]
    Lookalike,
    Intent,
}

impl TargetingMode {
    pub fn explanation(self) -> &'static str {
        match self {
            TargetingMode::Lookalike => "Find new customers who resemble the people who bought tickets to these events.",
            TargetingMode::Intent => "Find customers whose recent behaviour shows they are likely to buy tickets like these now.",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PackageFilters {
    pub included_customers: Vec<String>,
    pub excluded_customers: Vec<String>,
    pub exclude_buying_behavior_above: Option<f64>,
    pub exclude_buying_behavior_below: Option<f64>,
    pub exclude_old_purchases_before: Option<String>,
    pub exclude_recent_purchases_after: Option<String>,
    pub exclude_ticket_categories: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CreatePackage {
    pub num_packages: u8,
    pub n_top_events: u8,
    pub event_ids: Vec<Id>,
    pub package_title: String,
    pub targeting_mode: TargetingMode,
    pub filters: PackageFilters,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Created {
    pub id: Id,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EvaluationSettings {
    #[serde(deserialize_with = "nullable")]
    pub backhaul_evaluation_attribution_window: u32,
    #[serde(deserialize_with = "nullable")]
    pub backhaul_evaluation_model: String,
    pub email_sent_date: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClusterCounts {
    #[serde(deserialize_with = "nullable")]
    pub customers: f64,
    #[serde(deserialize_with = "nullable")]
    pub items: f64,
    #[serde(deserialize_with = "nullable")]
    pub purchase: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evaluation {
    #[serde(deserialize_with = "nullable")]
    pub clusters: BTreeMap<String, ClusterCounts>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Event {
    pub id: Id,
    #[serde(deserialize_with = "nullable")]
    pub title: String,
    pub date: Option<String>,
    pub venue: Option<String>,
    pub city: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NlqIds {
    #[serde(deserialize_with = "nullable")]
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

// ---------------------------------------------------------------- Campaigns

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DraftStatus {
    #[default]
    Draft,
    Closed,
    #[serde(other)]
    Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AvailableCluster {
    #[serde(deserialize_with = "nullable")]
    pub tc: String,
    #[serde(deserialize_with = "nullable")]
    pub name: String,
    #[serde(deserialize_with = "nullable")]
    pub size: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Creative {
    #[serde(deserialize_with = "nullable")]
    pub headline: String,
    #[serde(deserialize_with = "nullable")]
    pub body: String,
    #[serde(deserialize_with = "nullable")]
    pub media_url: String,
    #[serde(deserialize_with = "nullable")]
    pub cta: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Targeting {
    #[serde(deserialize_with = "nullable")]
    pub geo: Vec<String>,
    pub age_min: Option<u8>,
    pub age_max: Option<u8>,
    #[serde(deserialize_with = "nullable")]
    pub genders: Vec<String>,
    #[serde(deserialize_with = "nullable")]
    pub custom_audiences: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClusterSetup {
    #[serde(deserialize_with = "nullable")]
    pub tc: String,
    #[serde(deserialize_with = "nullable")]
    pub creative: Creative,
    #[serde(deserialize_with = "nullable")]
    pub targeting: Targeting,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Integration {
    pub ad_account_id: Option<String>,
    pub pixel_id: Option<String>,
    pub lead_form_id: Option<String>,
}

/// The setup process (draft) of one event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SetupProcess {
    pub eid: Id,
    #[serde(deserialize_with = "nullable")]
    pub status: DraftStatus,
    #[serde(deserialize_with = "nullable")]
    pub tc_run_id: String,
    #[serde(deserialize_with = "nullable")]
    pub goal: String,
    pub total_budget: Option<f64>,
    #[serde(deserialize_with = "nullable")]
    pub currency: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    #[serde(deserialize_with = "nullable")]
    pub available_clusters: Vec<AvailableCluster>,
    #[serde(deserialize_with = "nullable")]
    pub clusters: Vec<ClusterSetup>,
    #[serde(deserialize_with = "nullable")]
    pub integration: Integration,
    #[serde(deserialize_with = "nullable")]
    pub dsa_payor: String,
    #[serde(deserialize_with = "nullable")]
    pub dsa_beneficiary: String,
    /// Why a CLOSED draft was closed, when the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_reason: Option<String>,
}

impl SetupProcess {
    /// The fields the user edits, for comparing a server echo with local edits.
    pub fn editable_eq(&self, other: &SetupProcess) -> bool {
        let strip = |d: &SetupProcess| SetupProcess {
            eid: Id::default(),
            status: DraftStatus::Draft,
            tc_run_id: String::new(),
            available_clusters: Vec::new(),
            closed_reason: None,
            ..d.clone()
        };
        strip(self) == strip(other)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CampaignStatus {
    Active,
    Paused,
    Closed,
    #[default]
    #[serde(other)]
    Unknown,
}

impl CampaignStatus {
    pub fn label(self) -> &'static str {
        match self {
            CampaignStatus::Active => "Active",
            CampaignStatus::Paused => "Paused",
            CampaignStatus::Closed => "Closed",
            CampaignStatus::Unknown => "Unknown",
        }
    }
}

/// A published campaign: identity `(eid, tc, tc_run_id)`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Campaign {
    pub eid: Id,
    #[serde(deserialize_with = "nullable")]
    pub tc: String,
    #[serde(deserialize_with = "nullable")]
    pub tc_run_id: String,
    #[serde(deserialize_with = "nullable")]
    pub status: CampaignStatus,
    pub budget: Option<f64>,
    #[serde(deserialize_with = "nullable")]
    pub creative: Creative,
    #[serde(deserialize_with = "nullable")]
    pub targeting: Targeting,
}

/// `POST /campaigns_setup`: `eid` in the body, never in the URL.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PublishedClusterEdit {
    pub eid: Id,
    pub tc: String,
    pub tc_run_id: String,
    pub creative: Creative,
    pub targeting: Targeting,
}

/// ⚑ A one-off campaign for one cluster: every field travels in the query string.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OneOffCampaign {
    pub eid: Id,
    pub tc: String,
    pub tc_run_id: String,
    pub budget: f64,
    pub headline: String,
    pub body: String,
    pub media_url: String,
    pub cta: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CampaignResult {
    pub eid: Id,
    #[serde(deserialize_with = "nullable")]
    pub tc: String,
    #[serde(deserialize_with = "nullable")]
    pub tc_run_id: String,
    #[serde(deserialize_with = "nullable")]
    pub date: String,
    #[serde(deserialize_with = "nullable")]
    pub sales: f64,
    #[serde(deserialize_with = "nullable")]
    pub adjusted_sales: f64,
    /// A fraction: -0.2 = −20 %.
    #[serde(deserialize_with = "nullable")]
    pub sales_adjustment: f64,
}
