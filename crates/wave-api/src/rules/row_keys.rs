//! Row keys for lists whose ids come from the server. The server may leave an id out (`null`,
//! missing, `""` or blank all read as the missing id) or send one id on two rows. Every row
//! still gets a key of its own, so a keyed list never folds two rows into one, a selection
//! never ticks two rows at once, and the rows that cannot be acted on (no id) or that repeat
//! another row's id are known and can be flagged.
//!
//! ```
//! use wave_api::rules::{row_ids, IdState};
//! let rows = row_ids(["p1", "", "p2", "p1", ""]);
//! assert_eq!(rows[0].state, IdState::Repeated { count: 2 });
//! assert_eq!(rows[1].state, IdState::Missing);
//! assert_eq!(rows[2].state, IdState::Unique);
//! assert_ne!(rows[0].key, rows[3].key);
//! assert_ne!(rows[1].key, rows[4].key);
//! assert!(rows[0].selectable() && !rows[3].selectable() && !rows[1].selectable());
//! ```

use crate::contract::models::Id;
use std::collections::{HashMap, HashSet};

/// The flag shown on a row whose id the server left out.
pub const MISSING_ID_FLAG: &str = "No id";
/// The flag shown on each row whose id another row has too.
pub const REPEATED_ID_FLAG: &str = "Repeated id";

/// A row's key: its id as the server sent it, and which occurrence of that id the row is, in
/// the server's order (0 for the first). Unique within one list by construction. Stable: a
/// row with an id of its own keeps its key whatever else the list holds, and rows that share
/// an id (or have none) keep theirs while the server keeps their order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RowKey {
    id: String,
    occurrence: usize,
}

impl RowKey {
    pub fn new(id: impl Into<String>, occurrence: usize) -> Self {
        RowKey { id: id.into(), occurrence }
    }

    /// The id as the server sent it (`""` when it sent none).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Which row with this id this is: 0 for the first.
    pub fn occurrence(&self) -> usize {
        self.occurrence
    }

    /// The key as text, for a checkbox's `value`: `"{occurrence}:{id}"`, read back by
    /// [`RowKey::from_text`] (the id may contain `:`; the number before the first one cannot).
    pub fn to_text(&self) -> String {
        format!("{}:{}", self.occurrence, self.id)
    }

    pub fn from_text(text: &str) -> Option<RowKey> {
        let (occurrence, id) = text.split_once(':')?;
        if occurrence.is_empty() || !occurrence.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(RowKey { id: id.to_string(), occurrence: occurrence.parse().ok()? })
    }

    /// An HTML id for something of this row: `{prefix}-{occurrence}-{the id's bytes in hex}`.
    /// Only `[A-Za-z0-9_-]` besides what `prefix` brings, and unique per key (hex cannot
    /// make two ids one, as a slug would: `"a b"` and `"a-b"`).
    pub fn dom_id(&self, prefix: &str) -> String {
        let mut out = format!("{prefix}-{}-", self.occurrence);
        for b in self.id.bytes() {
            out.push_str(&format!("{b:02x}"));
        }
        out
    }
}

/// What a row's id allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IdState {
    /// The only row with this id.
    Unique,
    /// The server sent no id (missing, `null`, empty or blank): nothing that needs one (open,
    /// select, merge, download, change) can be done with this row.
    Missing,
    /// `count` rows (2 or more) have this id. The row is shown and flagged, never folded into
    /// another, and its id is never acted on twice.
    Repeated { count: usize },
}

/// One row's key and what its id allows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RowId {
    pub key: RowKey,
    pub state: IdState,
}

impl RowId {
    /// The id, when the server sent one.
    pub fn id(&self) -> Option<&str> {
        (self.state != IdState::Missing).then_some(self.key.id())
    }

    pub fn is_missing(&self) -> bool {
        self.state == IdState::Missing
    }

    pub fn is_repeated(&self) -> bool {
        matches!(self.state, IdState::Repeated { .. })
    }

    /// Whether the row may be picked for something done to its id (selected for a merge,
    /// chosen): it has an id, and it is the first row with that id, so no id is picked twice.
    pub fn selectable(&self) -> bool {
        match self.state {
            IdState::Unique => true,
            IdState::Missing => false,
            IdState::Repeated { .. } => self.key.occurrence == 0,
        }
    }

    /// The flag the row shows: [`MISSING_ID_FLAG`], [`REPEATED_ID_FLAG`] or none.
    pub fn flag(&self) -> Option<&'static str> {
        match self.state {
            IdState::Unique => None,
            IdState::Missing => Some(MISSING_ID_FLAG),
            IdState::Repeated { .. } => Some(REPEATED_ID_FLAG),
        }
    }
}

pub use crate::contract::models::is_missing_id;

/// Each row's key and id state, in the order given (the server's).
pub fn row_ids<I, S>(ids: I) -> Vec<RowId>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let ids: Vec<S> = ids.into_iter().collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for id in &ids {
        *counts.entry(id.as_ref()).or_default() += 1;
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    ids.iter()
        .map(|id| {
            let id = id.as_ref();
            let occurrence = seen.entry(id).or_default();
            let key = RowKey::new(id, *occurrence);
            *occurrence += 1;
            let state = match counts[id] {
                _ if is_missing_id(id) => IdState::Missing,
                1 => IdState::Unique,
                count => IdState::Repeated { count },
            };
            RowId { key, state }
        })
        .collect()
}

/// The ids to send in a merge, from what was selected: missing ids left out, each id once,
/// in the order first selected.
pub fn merge_ids<'a>(ids: impl IntoIterator<Item = &'a Id>) -> Vec<Id> {
    let mut seen = HashSet::new();
    ids.into_iter().filter(|id| !is_missing_id(id.as_str()) && seen.insert(id.as_str())).cloned().collect()
}
