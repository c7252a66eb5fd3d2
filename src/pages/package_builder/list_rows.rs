//! The package list's rows: search keys prepared once, row keys (an id may be missing or
//! repeated), the four sort orders, and statuses refreshed from a newer list answer.

use crate::i18n::Tx;
use wave_api::contract::models::{PackageStatus, PackageSummary};
use wave_api::rules::{row_ids, RowId, RowKey};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    NewestFirst,
    OldestFirst,
    TitleAz,
    TitleZa,
}

impl Sort {
    /// Each order with its code (in the URL).
    pub const ALL: [(Sort, &'static str); 4] = [
        (Sort::NewestFirst, "created_desc"),
        (Sort::OldestFirst, "created_asc"),
        (Sort::TitleAz, "title_asc"),
        (Sort::TitleZa, "title_desc"),
    ];

    pub fn code(self) -> &'static str {
        Self::ALL.iter().find(|(s, _)| *s == self).map(|(_, c)| *c).unwrap_or("created_desc")
    }

    pub fn from_code(code: &str) -> Sort {
        Self::ALL.iter().find(|(_, c)| *c == code).map(|(s, _)| *s).unwrap_or(Sort::NewestFirst)
    }

    /// The order's name in the language of `tx`.
    pub fn label(self, tx: Tx) -> &'static str {
        match self {
            Sort::NewestFirst => tx.pkg_sort_newest(),
            Sort::OldestFirst => tx.pkg_sort_oldest(),
            Sort::TitleAz => tx.pkg_sort_title_az(),
            Sort::TitleZa => tx.pkg_sort_title_za(),
        }
    }

    /// Orders row indices; keys were lower-cased once, so a re-sort allocates nothing per row.
    /// One comparator for all four orders: each `sort_by` closure is its own copy of the sort.
    pub fn order(self, rows: &[Row]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..rows.len()).collect();
        let key = |i: usize| match self {
            Sort::NewestFirst | Sort::OldestFirst => rows[i].summary.created_at.as_deref().unwrap_or_default(),
            Sort::TitleAz | Sort::TitleZa => rows[i].title.as_str(),
        };
        let descending = matches!(self, Sort::NewestFirst | Sort::TitleZa);
        order.sort_by(|a, b| if descending { key(*b).cmp(key(*a)) } else { key(*a).cmp(key(*b)) });
        order
    }
}

/// A package with its search keys prepared once: filtering 10,000 rows per keystroke then
/// searches strings without allocating.
pub struct Row {
    pub summary: PackageSummary,
    /// The row's own key, and whether its id is missing or repeated in this answer.
    pub id: RowId,
    title: String,
    /// The title and every event title, lower-cased, one per line: one search per row.
    text: String,
}

impl Row {
    /// The rows of one list answer, in the server's order: each keyed on its own, even when
    /// the server left an id out or sent one twice.
    pub fn all(list: Vec<PackageSummary>) -> Vec<Row> {
        let ids = row_ids(list.iter().map(|p| p.id.as_str()));
        list.into_iter().zip(ids).map(|(summary, id)| Row::new(summary, id)).collect()
    }

    fn new(summary: PackageSummary, id: RowId) -> Self {
        let title = summary.title.to_lowercase();
        let text = std::iter::once(title.clone())
            .chain(summary.events.iter().map(|e| e.title.to_lowercase()))
            .collect::<Vec<_>>()
            .join("\n");
        Row { summary, id, title, text }
    }

    pub fn matches(&self, filter: &Filter) -> bool {
        filter.status.is_none_or(|s| self.summary.status == s)
            && (filter.needle.is_empty() || filter.finder.find(self.text.as_bytes()).is_some())
    }
}

/// What the status and text filters ask for, with the text search prepared once for every row
/// (`str::contains` would set up its searcher again per row: a third of a keystroke on 10,000).
pub struct Filter {
    status: Option<PackageStatus>,
    needle: String,
    finder: memchr::memmem::Finder<'static>,
}

impl Filter {
    /// `text` as typed or read from the URL: line breaks dropped (as a search input drops
    /// them, so a needle never spans two of a row's lines), trimmed and lower-cased.
    pub fn new(status: Option<PackageStatus>, text: &str) -> Self {
        let needle = text.replace(['\n', '\r'], "").trim().to_lowercase();
        let finder = memchr::memmem::Finder::new(needle.as_bytes()).into_owned();
        Filter { status, needle, finder }
    }

    /// Every row this filter passes also passed `previous`: the same status, and a text that
    /// contains the previous one (typing on). The previous matches can then be narrowed.
    pub fn narrows(&self, previous: &Filter) -> bool {
        self.status == previous.status && self.needle.contains(previous.needle.as_str())
    }
}

/// Takes the statuses of `latest` (the watcher's answer of the list endpoint) into the rows that
/// are building; true when one changed. Only building rows move on: an answer older than the
/// page's own (the watcher's last one, kept after it stopped) can never turn a status back.
/// Rows are matched by their row key: a repeated id's rows each by their own, and rows without
/// an id not at all (nothing says which is which).
pub fn refresh_statuses(rows: &mut [Row], latest: &[PackageSummary]) -> bool {
    let newer: std::collections::HashMap<RowKey, PackageStatus> = row_ids(latest.iter().map(|p| p.id.as_str()))
        .into_iter()
        .zip(latest)
        .filter(|(id, _)| !id.is_missing())
        .map(|(id, p)| (id.key, p.status))
        .collect();
    let mut changed = false;
    for row in rows.iter_mut().filter(|r| r.summary.status.is_building() && !r.id.is_missing()) {
        if let Some(status) = newer.get(&row.id.key).copied().filter(|s| *s != row.summary.status) {
            row.summary.status = status;
            changed = true;
        }
    }
    changed
}
