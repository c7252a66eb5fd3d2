//! Rules shared by the UI and the demo backend: validation, merge ids, download names, the
//! number parser for typed input ([`parse_number`]), the API base URL check
//! ([`api_base_problem`]), where sign-in may return to ([`is_app_path`]) and the keys of
//! rows whose ids may be missing or repeated ([`row_ids`], [`merge_ids`]).

mod api_base;
pub mod csv;
pub mod csv_tables;
mod number;
mod return_path;
mod row_keys;

pub use api_base::api_base_problem;
pub use csv::{guard_formulas, safe_file_stem, table_file_name, to_csv};
pub use number::{parse_number, NumberRule};
pub use return_path::is_app_path;
pub use row_keys::{is_missing_id, merge_ids, row_ids, IdState, RowId, RowKey, MISSING_ID_FLAG, REPEATED_ID_FLAG};

use crate::assumptions::MERGE_ID_SEPARATOR;
use crate::models::{Id, SetupProcess};

/// One problem with one field; `field` names the input the message belongs next to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { field: field.into(), message: message.into() }
    }
}

/// The campaign wizard's steps, in order (the reference webapp's wizard, with a review).
pub const SETUP_STEPS: [&str; 5] =
    ["Goal, budget and dates", "Taste clusters", "Creative and targeting", "Integration and DSA", "Review and publish"];

/// The step (0-based index into [`SETUP_STEPS`]) whose form holds `field` of a [`Problem`].
pub fn setup_step_of(field: &str) -> usize {
    match field {
        "goal" | "total_budget" | "start_date" | "end_date" => 0,
        "clusters" => 1,
        f if f.starts_with("clusters.") => 2,
        _ => 3,
    }
}

/// The step from the URL's `step` (1-based); anything else is the first step.
pub fn setup_step_from_query(step: Option<&str>) -> usize {
    step.and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|n| (1..=SETUP_STEPS.len()).contains(n))
        .map_or(0, |n| n - 1)
}

/// The message for `field`, if any.
pub fn message_for<'a>(errors: &'a [Problem], field: &str) -> Option<&'a str> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.as_str())
}

/// `"123_456_789"` → `[123, 456, 789]`; empty parts are dropped.
pub fn split_merge_id(merge_id: &str) -> Vec<Id> {
    merge_id.split(MERGE_ID_SEPARATOR).map(str::trim).filter(|part| !part.is_empty()).map(Id::from).collect()
}

pub fn join_merge_id(ids: &[Id]) -> String {
    ids.iter().map(Id::as_str).collect::<Vec<_>>().join(&MERGE_ID_SEPARATOR.to_string())
}

/// `{tc}-customers.csv`, with every character that is unsafe in a file name (path
/// separators, reserved characters, control characters) replaced by `_`, and no leading dot.
pub fn csv_file_name(tc: &str) -> String {
    let stem = safe_file_stem(tc).unwrap_or_else(|| "cluster".into());
    format!("{stem}-customers.csv")
}

/// Plain `YYYY-MM-DD` check; ISO dates compare correctly as strings.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && matches!(s[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(s[8..10].parse::<u8>(), Ok(1..=31))
}

pub fn is_http_url(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && s.len() > 8 && !s.contains(char::is_whitespace)
}

/// What must hold before a draft can be published.
pub fn validate_setup(draft: &SetupProcess) -> Vec<Problem> {
    let mut errors = Vec::new();
    match draft.total_budget {
        Some(b) if b > 0.0 && b.is_finite() => {}
        _ => errors.push(Problem::new("total_budget", "Enter a total budget greater than 0.")),
    }
    match (draft.start_date.as_deref(), draft.end_date.as_deref()) {
        (Some(start), Some(end)) if is_iso_date(start) && is_iso_date(end) => {
            if end <= start {
                errors.push(Problem::new("end_date", "The end date must be after the start date."));
            }
        }
        (start, end) => {
            if !start.is_some_and(is_iso_date) {
                errors.push(Problem::new("start_date", "Choose a start date."));
            }
            if !end.is_some_and(is_iso_date) {
                errors.push(Problem::new("end_date", "Choose an end date."));
            }
        }
    }
    if draft.clusters.is_empty() {
        errors.push(Problem::new("clusters", "Select at least one taste cluster."));
    }
    // A cluster is published as the campaign `(eid, tc, tc_run_id)`: one without a `tc` has
    // no campaign to become, and two with the same `tc` would become one.
    let ids = row_ids(draft.clusters.iter().map(|c| c.tc.as_str()));
    for (i, id) in ids.iter().enumerate() {
        match id.state {
            IdState::Missing => errors.push(Problem::new(
                format!("clusters.{i}.tc"),
                "This cluster has no taste cluster id from the server: remove it.",
            )),
            IdState::Repeated { .. } if id.key.occurrence() > 0 => errors.push(Problem::new(
                format!("clusters.{i}.tc"),
                "This taste cluster is in the draft more than once: keep one copy and remove the others.",
            )),
            _ => {}
        }
    }
    for (i, cluster) in draft.clusters.iter().enumerate() {
        let c = &cluster.creative;
        if c.headline.trim().is_empty() {
            errors.push(Problem::new(format!("clusters.{i}.headline"), "Write a headline."));
        }
        if c.body.trim().is_empty() {
            errors.push(Problem::new(format!("clusters.{i}.body"), "Write the ad text."));
        }
        if !c.media_url.trim().is_empty() && !is_http_url(c.media_url.trim()) {
            errors.push(Problem::new(format!("clusters.{i}.media_url"), "Use a full http(s):// address."));
        }
        if c.cta.trim().is_empty() {
            errors.push(Problem::new(format!("clusters.{i}.cta"), "Choose a call to action."));
        }
        let t = &cluster.targeting;
        if let (Some(min), Some(max)) = (t.age_min, t.age_max) {
            if min > max {
                errors.push(Problem::new(format!("clusters.{i}.age"), "The minimum age must not exceed the maximum."));
            }
        }
    }
    if draft.dsa_payor.trim().is_empty() {
        errors.push(Problem::new("dsa_payor", "Name who pays for the ads (EU Digital Services Act)."));
    }
    if draft.dsa_beneficiary.trim().is_empty() {
        errors.push(Problem::new("dsa_beneficiary", "Name who benefits from the ads (EU Digital Services Act)."));
    }
    errors
}
