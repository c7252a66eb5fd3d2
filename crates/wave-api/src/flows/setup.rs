//! The campaign wizard over one draft: its steps, the fields it edits ([`SetupField`], typed:
//! a field's step, its cluster and its problem all come from the one key), and what must hold
//! before a draft can be published ([`validate_setup`]).

use crate::contract::models::SetupProcess;
use crate::rules::{is_http_url, is_iso_date, row_ids, IdState, Problem};
use std::fmt;

/// The campaign wizard's steps, in order (the reference webapp's wizard, with a review).
pub const SETUP_STEPS: [&str; 5] =
    ["Goal, budget and dates", "Taste clusters", "Creative and targeting", "Integration and DSA", "Review and publish"];

/// A field of the campaign draft that the wizard edits and checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SetupField {
    Goal,
    TotalBudget,
    StartDate,
    EndDate,
    /// The choice of taste clusters (step 2).
    Clusters,
    /// A field of the cluster at this position of the draft's `clusters`.
    Cluster(usize, ClusterField),
    DsaPayor,
    DsaBeneficiary,
}

/// A field of one cluster's creative and targeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClusterField {
    /// Its taste cluster id (missing or repeated: the server's data, not the user's).
    Tc,
    Headline,
    Body,
    MediaUrl,
    Cta,
    /// Minimum and maximum age together.
    Age,
}

impl SetupField {
    /// The step (0-based index into [`SETUP_STEPS`]) whose form holds the field.
    pub fn step(self) -> usize {
        match self {
            SetupField::Goal | SetupField::TotalBudget | SetupField::StartDate | SetupField::EndDate => 0,
            SetupField::Clusters => 1,
            SetupField::Cluster(..) => 2,
            SetupField::DsaPayor | SetupField::DsaBeneficiary => 3,
        }
    }

    /// The position of the cluster the field belongs to.
    pub fn cluster(self) -> Option<usize> {
        match self {
            SetupField::Cluster(i, _) => Some(i),
            _ => None,
        }
    }
}

/// The draft's JSON path of the field (`clusters.2.headline`): how the demo backend names it.
impl fmt::Display for SetupField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            SetupField::Goal => "goal",
            SetupField::TotalBudget => "total_budget",
            SetupField::StartDate => "start_date",
            SetupField::EndDate => "end_date",
            SetupField::Clusters => "clusters",
            SetupField::DsaPayor => "dsa_payor",
            SetupField::DsaBeneficiary => "dsa_beneficiary",
            SetupField::Cluster(i, field) => {
                let field = match field {
                    ClusterField::Tc => "tc",
                    ClusterField::Headline => "headline",
                    ClusterField::Body => "body",
                    ClusterField::MediaUrl => "media_url",
                    ClusterField::Cta => "cta",
                    ClusterField::Age => "age",
                };
                return write!(f, "clusters.{i}.{field}");
            }
        };
        f.write_str(name)
    }
}

/// The step from the URL's `step` (1-based); anything else is the first step.
pub fn setup_step_from_query(step: Option<&str>) -> usize {
    step.and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|n| (1..=SETUP_STEPS.len()).contains(n))
        .map_or(0, |n| n - 1)
}

/// What must hold before a draft can be published.
pub fn validate_setup(draft: &SetupProcess) -> Vec<Problem<SetupField>> {
    use ClusterField as C;
    use SetupField as F;
    let mut errors = Vec::new();
    match draft.total_budget {
        Some(b) if b > 0.0 && b.is_finite() => {}
        _ => errors.push(Problem::new(F::TotalBudget, "Enter a total budget greater than 0.")),
    }
    match (draft.start_date.as_deref(), draft.end_date.as_deref()) {
        (Some(start), Some(end)) if is_iso_date(start) && is_iso_date(end) => {
            if end <= start {
                errors.push(Problem::new(F::EndDate, "The end date must be after the start date."));
            }
        }
        (start, end) => {
            if !start.is_some_and(is_iso_date) {
                errors.push(Problem::new(F::StartDate, "Choose a start date."));
            }
            if !end.is_some_and(is_iso_date) {
                errors.push(Problem::new(F::EndDate, "Choose an end date."));
            }
        }
    }
    if draft.clusters.is_empty() {
        errors.push(Problem::new(F::Clusters, "Select at least one taste cluster."));
    }
    // A cluster is published as the campaign `(eid, tc, tc_run_id)`: one without a `tc` has
    // no campaign to become, and two with the same `tc` would become one.
    let ids = row_ids(draft.clusters.iter().map(|c| c.tc.as_str()));
    for (i, id) in ids.iter().enumerate() {
        match id.state {
            IdState::Missing => errors.push(Problem::new(
                F::Cluster(i, C::Tc),
                "This cluster has no taste cluster id from the server: remove it.",
            )),
            IdState::Repeated { .. } if id.key.occurrence() > 0 => errors.push(Problem::new(
                F::Cluster(i, C::Tc),
                "This taste cluster is in the draft more than once: keep one copy and remove the others.",
            )),
            _ => {}
        }
    }
    for (i, cluster) in draft.clusters.iter().enumerate() {
        let c = &cluster.creative;
        if c.headline.trim().is_empty() {
            errors.push(Problem::new(F::Cluster(i, C::Headline), "Write a headline."));
        }
        if c.body.trim().is_empty() {
            errors.push(Problem::new(F::Cluster(i, C::Body), "Write the ad text."));
        }
        if !c.media_url.trim().is_empty() && !is_http_url(c.media_url.trim()) {
            errors.push(Problem::new(F::Cluster(i, C::MediaUrl), "Use a full http(s):// address."));
        }
        if c.cta.trim().is_empty() {
            errors.push(Problem::new(F::Cluster(i, C::Cta), "Choose a call to action."));
        }
        let t = &cluster.targeting;
        if let (Some(min), Some(max)) = (t.age_min, t.age_max) {
            if min > max {
                errors.push(Problem::new(F::Cluster(i, C::Age), "The minimum age must not exceed the maximum."));
            }
        }
    }
    if draft.dsa_payor.trim().is_empty() {
        errors.push(Problem::new(F::DsaPayor, "Name who pays for the ads (EU Digital Services Act)."));
    }
    if draft.dsa_beneficiary.trim().is_empty() {
        errors.push(Problem::new(F::DsaBeneficiary, "Name who benefits from the ads (EU Digital Services Act)."));
    }
    errors
}
