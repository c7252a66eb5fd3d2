//! Rules shared by the UI and the demo backend: a problem with a field, merge ids, download
//! names, the number parser for typed input ([`parse_number`]), the API base URL check
//! ([`api_base_problem`]), where sign-in may return to ([`is_app_path`]) and the keys of
//! rows whose ids may be missing or repeated ([`row_ids`], [`merge_ids`]).

mod api_base;
pub mod csv;
pub mod csv_tables;
mod lang;
mod number;
mod return_path;
mod row_keys;

pub use api_base::api_base_problem;
pub use csv::{guard_formulas, safe_file_stem, table_file_name, to_csv};
pub use lang::Lang;
pub use number::{parse_number, typed_number, NumberRule};
pub use return_path::is_app_path;
pub use row_keys::{is_missing_id, merge_ids, row_ids, IdState, RowId, RowKey, MISSING_ID_FLAG, REPEATED_ID_FLAG};

use crate::contract::assumptions::MERGE_ID_SEPARATOR;
use crate::contract::models::Id;

/// One problem with one field; `field` names the input the message belongs next to (a string
/// key in the package wizard, [`crate::flows::setup::SetupField`] in the campaign draft).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem<F = String> {
    pub field: F,
    pub message: String,
}

impl<F> Problem<F> {
    pub fn new(field: impl Into<F>, message: impl Into<String>) -> Self {
        Problem { field: field.into(), message: message.into() }
    }
}

/// The message for `field`, if any.
pub fn message_for<'a, F: PartialEq + ?Sized, G: std::borrow::Borrow<F>>(
    errors: &'a [Problem<G>],
    field: &F,
) -> Option<&'a str> {
    errors.iter().find(|e| e.field.borrow() == field).map(|e| e.message.as_str())
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
