//! Campaigns: the setup process (draft) of an event, published campaigns, one-off campaigns.
//!
//! The models the app reads and sends back ([`SetupProcess`], [`ClusterSetup`], [`Creative`],
//! [`Targeting`], [`Integration`], [`Campaign`]) keep the fields they do not know in `extra`,
//! so a write-back never drops what a newer server added.

use super::lenient::*;
use super::Id;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The status of a draft. A status this app does not know is kept exactly as the server
/// wrote it ([`DraftStatus::Other`]) and goes back unchanged; such a draft is shown read-only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum DraftStatus {
    /// `"DRAFT"`, and a missing or `null` status.
    #[default]
    Draft,
    /// `"CLOSED"`.
    Closed,
    /// Anything else, raw (`"ARCHIVED"`, `3`, …).
    Other(Value),
}

impl DraftStatus {
    /// Only a draft the app knows to be open may be edited.
    pub fn is_editable(&self) -> bool {
        *self == DraftStatus::Draft
    }

    /// The status as the server wrote it, for messages (`ARCHIVED`).
    pub fn raw_text(&self) -> String {
        match self {
            DraftStatus::Draft => "DRAFT".into(),
            DraftStatus::Closed => "CLOSED".into(),
            DraftStatus::Other(Value::String(s)) => s.clone(),
            DraftStatus::Other(v) => v.to_string(),
        }
    }
}

impl Serialize for DraftStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            DraftStatus::Draft => s.serialize_str("DRAFT"),
            DraftStatus::Closed => s.serialize_str("CLOSED"),
            DraftStatus::Other(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for DraftStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::Null => DraftStatus::Draft,
            Value::String(s) if s == "DRAFT" => DraftStatus::Draft,
            Value::String(s) if s == "CLOSED" => DraftStatus::Closed,
            other => DraftStatus::Other(other),
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AvailableCluster {
    #[serde(deserialize_with = "lenient_string")]
    pub tc: String,
    #[serde(deserialize_with = "lenient_string")]
    pub name: String,
    #[serde(deserialize_with = "lenient_f64")]
    pub size: f64,
    /// Fields this app does not know, sent back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Creative {
    #[serde(deserialize_with = "lenient_string")]
    pub headline: String,
    #[serde(deserialize_with = "lenient_string")]
    pub body: String,
    #[serde(deserialize_with = "lenient_string")]
    pub media_url: String,
    #[serde(deserialize_with = "lenient_string")]
    pub cta: String,
    /// Fields this app does not know, sent back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Targeting {
    #[serde(deserialize_with = "lenient_strings")]
    pub geo: Vec<String>,
    /// `25`, `25.0` and `"25"` read as 25; anything else (or outside 0–255) as `None`.
    #[serde(deserialize_with = "lenient_opt_int")]
    pub age_min: Option<u8>,
    #[serde(deserialize_with = "lenient_opt_int")]
    pub age_max: Option<u8>,
    #[serde(deserialize_with = "lenient_strings")]
    pub genders: Vec<String>,
    #[serde(deserialize_with = "lenient_strings")]
    pub custom_audiences: Vec<String>,
    /// Fields this app does not know, sent back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClusterSetup {
    #[serde(deserialize_with = "lenient_string")]
    pub tc: String,
    #[serde(deserialize_with = "nullable")]
    pub creative: Creative,
    #[serde(deserialize_with = "nullable")]
    pub targeting: Targeting,
    /// Fields this app does not know, sent back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Integration {
    #[serde(deserialize_with = "lenient_opt_string")]
    pub ad_account_id: Option<String>,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub pixel_id: Option<String>,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub lead_form_id: Option<String>,
    /// Fields this app does not know, sent back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The setup process (draft) of one event. Autosave PUTs it whole.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SetupProcess {
    pub eid: Id,
    pub status: DraftStatus,
    #[serde(deserialize_with = "lenient_string")]
    pub tc_run_id: String,
    #[serde(deserialize_with = "lenient_string")]
    pub goal: String,
    #[serde(deserialize_with = "lenient_opt_f64")]
    pub total_budget: Option<f64>,
    #[serde(deserialize_with = "lenient_string")]
    pub currency: String,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub start_date: Option<String>,
    #[serde(deserialize_with = "lenient_opt_string")]
    pub end_date: Option<String>,
    /// Unreadable entries are skipped.
    #[serde(deserialize_with = "lenient_vec")]
    pub available_clusters: Vec<AvailableCluster>,
    /// Unreadable entries are skipped (and so are left out of the next save).
    #[serde(deserialize_with = "lenient_vec")]
    pub clusters: Vec<ClusterSetup>,
    #[serde(deserialize_with = "nullable")]
    pub integration: Integration,
    #[serde(deserialize_with = "lenient_string")]
    pub dsa_payor: String,
    #[serde(deserialize_with = "lenient_string")]
    pub dsa_beneficiary: String,
    /// Why a CLOSED draft was closed, when the server says.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "lenient_opt_string")]
    pub closed_reason: Option<String>,
    /// Fields this app does not know, sent back unchanged by autosave.
    #[serde(flatten)]
    pub extra: Extra,
}

impl SetupProcess {
    /// Whether the fields the user edits are equal, for comparing a server echo or a local
    /// backup with the current draft. Server-owned fields (`eid`, `status`, `tc_run_id`,
    /// `available_clusters`, `closed_reason`) and every `extra` (top level, integration,
    /// clusters, creatives, targetings) are left out: the user cannot edit unknown fields, so a
    /// server that stamps one (say `updated_at`) must not make an echo look like an edit.
    pub fn editable_eq(&self, other: &SetupProcess) -> bool {
        fn strip(d: &SetupProcess) -> SetupProcess {
            let mut d = SetupProcess {
                eid: Id::default(),
                status: DraftStatus::Draft,
                tc_run_id: String::new(),
                available_clusters: Vec::new(),
                closed_reason: None,
                extra: Extra::new(),
                ..d.clone()
            };
            d.integration.extra.clear();
            for c in &mut d.clusters {
                c.extra.clear();
                c.creative.extra.clear();
                c.targeting.extra.clear();
            }
            d
        }
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
    pub fn label(self, lang: crate::rules::Lang) -> &'static str {
        match self {
            CampaignStatus::Active => lang.pick("Active", "Aktiv"),
            CampaignStatus::Paused => lang.pick("Paused", "Pausiert"),
            CampaignStatus::Closed => lang.pick("Closed", "Beendet"),
            CampaignStatus::Unknown => lang.pick("Unknown", "Unbekannt"),
        }
    }
}

/// A published campaign: identity `(eid, tc, tc_run_id)`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Campaign {
    pub eid: Id,
    #[serde(deserialize_with = "lenient_string")]
    pub tc: String,
    #[serde(deserialize_with = "lenient_string")]
    pub tc_run_id: String,
    #[serde(deserialize_with = "or_default")]
    pub status: CampaignStatus,
    /// `300`, `300.0` and `"300"` read as 300.
    #[serde(deserialize_with = "lenient_opt_f64")]
    pub budget: Option<f64>,
    #[serde(deserialize_with = "nullable")]
    pub creative: Creative,
    #[serde(deserialize_with = "nullable")]
    pub targeting: Targeting,
    /// Fields this app does not know. Not part of [`PublishedClusterEdit`] (that body has
    /// only the identity, creative and targeting), but kept when the campaign is re-serialised.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Campaign {
    /// The campaign's identity `(eid, tc, tc_run_id)` as one id, for row keys: empty
    /// (missing) when any part is missing.
    pub fn identity(&self) -> String {
        if [self.eid.as_str(), &self.tc, &self.tc_run_id].iter().any(|part| super::is_missing_id(part)) {
            return String::new();
        }
        serde_json::json!([self.eid.as_str(), self.tc, self.tc_run_id]).to_string()
    }
}

/// `POST /campaigns_setup`: `eid` in the body, never in the URL. The creative's and
/// targeting's `extra` travel in the body too.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PublishedClusterEdit {
    pub eid: Id,
    pub tc: String,
    pub tc_run_id: String,
    pub creative: Creative,
    pub targeting: Targeting,
}

impl PublishedClusterEdit {
    /// The edit that changes nothing: the campaign's identity, creative and targeting, with
    /// their unknown fields. Change what the user edited with struct update syntax, keeping
    /// the rest: `Creative { headline, ..campaign.creative.clone() }`.
    pub fn from_campaign(campaign: &Campaign) -> Self {
        PublishedClusterEdit {
            eid: campaign.eid.clone(),
            tc: campaign.tc.clone(),
            tc_run_id: campaign.tc_run_id.clone(),
            creative: campaign.creative.clone(),
            targeting: campaign.targeting.clone(),
        }
    }
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
