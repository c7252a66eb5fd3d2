//! Three copies of a campaign draft meet: the **base** (the server's copy this tab last saw, or
//! the copy a save sent), **mine** (this tab now) and **theirs** (the server's answer now).
//! [`three_way`] merges them field by field, on the JSON the server speaks, so fields this app
//! does not know take part like the others:
//!
//! - a field only they changed is taken (and listed in [`Merge::taken`]);
//! - a field only I changed is kept;
//! - a field both changed to different values is a [`Conflict`];
//! - clusters are matched by `tc` (a draft that repeats a `tc` cannot be matched: the whole
//!   list is one field);
//! - lists of plain strings (locations, genders, custom audiences) merge as sets: what either
//!   side added is in, what either side removed is out.
//!
//! The answer to this tab's own save is merged the same way, with the copy it sent as the
//! base and [`Prefer::Mine`]: what the server owns or normalised follows the server, and
//! nothing typed since the save was sent is overwritten.
//!
//! Free of I/O, tested natively (`tests/draft_merge.rs`).

use crate::contract::models::SetupProcess;
use serde_json::{Map, Value};

/// One step of a [`FieldPath`]: an object key, or the cluster whose `tc` is this.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Cluster(String),
}

/// Where a field is in a draft: `["total_budget"]`,
/// `["clusters", Cluster("tc1"), "creative", "headline"]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldPath(pub Vec<Step>);

impl FieldPath {
    /// For people and logs: `total_budget`, `clusters[tc1].creative.headline`.
    pub fn dotted(&self) -> String {
        let mut out = String::new();
        for step in &self.0 {
            match step {
                Step::Key(k) if out.is_empty() => out.push_str(k),
                Step::Key(k) => {
                    out.push('.');
                    out.push_str(k);
                }
                Step::Cluster(tc) => out.push_str(&format!("[{tc}]")),
            }
        }
        out
    }

    fn with(&self, step: Step) -> FieldPath {
        let mut steps = self.0.clone();
        steps.push(step);
        FieldPath(steps)
    }
}

/// A field both sides changed, to different values. `None`: that side removed it (a cluster).
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub path: FieldPath,
    pub mine: Option<Value>,
    pub theirs: Option<Value>,
}

/// Which side a conflict takes in [`Merge::draft`] until someone chooses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefer {
    /// The answer to this tab's own save: nothing typed since is overwritten.
    Mine,
    /// Another person's change: nothing is saved over it until the user has chosen.
    Theirs,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    /// The merged draft; conflicts hold the preferred side.
    pub draft: SetupProcess,
    /// The fields taken from theirs (changed only there).
    pub taken: Vec<FieldPath>,
    pub conflicts: Vec<Conflict>,
}

impl Merge {
    /// Whether mine and theirs agreed everywhere they differ from the base.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// Merges mine and theirs over their base; see the module documentation.
pub fn three_way(base: &SetupProcess, mine: &SetupProcess, theirs: &SetupProcess, prefer: Prefer) -> Merge {
    three_way_after_sends(base, &[], mine, theirs, prefer)
}

/// [`three_way`], where `sent` are the copies this tab sent since `base` whose answers it did
/// not see (aborted, or refused): a value of theirs that one of them holds is this tab's own
/// save, not someone else's change.
pub fn three_way_after_sends(
    base: &SetupProcess,
    sent: &[SetupProcess],
    mine: &SetupProcess,
    theirs: &SetupProcess,
    prefer: Prefer,
) -> Merge {
    let values: Vec<Value> = std::iter::once(base).chain(sent).map(to_value).collect();
    let bases: Vec<Option<&Value>> = values.iter().map(Some).collect();
    let (m, t) = (to_value(mine), to_value(theirs));
    let mut out = Outcome { taken: Vec::new(), conflicts: Vec::new(), prefer };
    let merged = merge(&FieldPath(Vec::new()), &bases, Some(&m), Some(&t), &mut out);
    // Built from drafts' JSON: it reads back as a draft. Should it not, mine stays.
    let draft = merged.and_then(|v| serde_json::from_value::<SetupProcess>(v).ok()).unwrap_or_else(|| mine.clone());
    Merge { draft, taken: out.taken, conflicts: out.conflicts }
}

/// `value` with the field at `path` set to `to` (`None`: a cluster removed): how a choice in
/// the conflict panel is applied to the merged draft.
pub fn with_field(draft: &SetupProcess, path: &FieldPath, to: Option<&Value>) -> SetupProcess {
    let mut value = to_value(draft);
    set_at(&mut value, &path.0, to);
    serde_json::from_value(value).unwrap_or_else(|_| draft.clone())
}

/// The value at `path`, if there is one.
pub fn field(draft: &SetupProcess, path: &FieldPath) -> Option<Value> {
    let mut at = to_value(draft);
    for step in &path.0 {
        at = match (step, at) {
            (Step::Key(k), Value::Object(mut o)) => o.remove(k)?,
            (Step::Cluster(tc), Value::Array(items)) => items.into_iter().find(|c| tc_of(c) == Some(tc.as_str()))?,
            _ => return None,
        };
    }
    Some(at)
}

fn to_value(d: &SetupProcess) -> Value {
    serde_json::to_value(d).unwrap_or(Value::Null)
}

struct Outcome {
    taken: Vec<FieldPath>,
    conflicts: Vec<Conflict>,
    prefer: Prefer,
}

impl Outcome {
    fn conflict(&mut self, path: &FieldPath, mine: Option<&Value>, theirs: Option<&Value>) -> Option<Value> {
        self.conflicts.push(Conflict { path: path.clone(), mine: mine.cloned(), theirs: theirs.cloned() });
        match self.prefer {
            Prefer::Mine => mine.cloned(),
            Prefer::Theirs => theirs.cloned(),
        }
    }
}

/// `None` on a side: the field (or cluster) is not there. `bases[0]` is the base; the others
/// are this tab's unanswered saves (see [`three_way_after_sends`]).
fn merge(
    path: &FieldPath,
    bases: &[Option<&Value>],
    mine: Option<&Value>,
    theirs: Option<&Value>,
    out: &mut Outcome,
) -> Option<Value> {
    if mine == theirs {
        return mine.cloned();
    }
    let clusters = path.0 == [Step::Key("clusters".into())];
    match (mine, theirs) {
        // Containers are merged inside, so that what was taken or conflicts is named field by field.
        (Some(Value::Object(m)), Some(Value::Object(t))) => {
            return Some(Value::Object(merge_objects(path, bases, m, t, out)));
        }
        (Some(Value::Array(m)), Some(Value::Array(t))) if clusters => {
            if let Some(merged) = merge_clusters(path, bases, m, t, out) {
                return Some(Value::Array(merged));
            }
        }
        _ => {}
    }
    // Theirs is the base or what this tab sent itself: nobody else changed it (even if mine
    // went back to the base since, as when the user undoes what a save had sent).
    if bases.contains(&theirs) {
        return mine.cloned();
    }
    if mine == bases.first().copied().flatten() {
        out.taken.push(path.clone());
        return theirs.cloned();
    }
    if let (Some(Value::Array(m)), Some(Value::Array(t))) = (mine, theirs) {
        let lists: Vec<&[Value]> =
            bases.iter().map(|b| b.and_then(Value::as_array).map_or(&[][..], Vec::as_slice)).collect();
        let strings = |list: &[Value]| list.iter().all(Value::is_string);
        if !clusters && strings(m) && strings(t) && lists.iter().all(|l| strings(l)) {
            return Some(Value::Array(merge_sets(&lists, m, t)));
        }
    }
    out.conflict(path, mine, theirs)
}

fn merge_objects(
    path: &FieldPath,
    bases: &[Option<&Value>],
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
    out: &mut Outcome,
) -> Map<String, Value> {
    let base_objects: Vec<Option<&Map<String, Value>>> = bases.iter().map(|b| b.and_then(Value::as_object)).collect();
    // Mine's order first, then keys only they (or only the base) have.
    let mut keys: Vec<&String> = mine.keys().collect();
    for k in theirs.keys().chain(base_objects.first().copied().flatten().into_iter().flat_map(Map::keys)) {
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    let mut merged = Map::new();
    for k in keys {
        let at = path.with(Step::Key(k.clone()));
        let at_bases: Vec<Option<&Value>> = base_objects.iter().map(|b| b.and_then(|b| b.get(k))).collect();
        if let Some(v) = merge(&at, &at_bases, mine.get(k), theirs.get(k), out) {
            merged.insert(k.clone(), v);
        }
    }
    merged
}

fn tc_of(cluster: &Value) -> Option<&str> {
    cluster.get("tc").and_then(Value::as_str)
}

/// The `tc`s of a cluster list, when each cluster has one and none repeats (a safe match).
fn keyed(list: &[Value]) -> Option<Vec<&str>> {
    let tcs: Vec<&str> = list.iter().map(tc_of).collect::<Option<_>>()?;
    let mut seen = tcs.clone();
    seen.sort_unstable();
    seen.dedup();
    (seen.len() == tcs.len()).then_some(tcs)
}

fn find<'a>(list: &'a [Value], keys: &[&str], tc: &str) -> Option<&'a Value> {
    keys.iter().position(|k| *k == tc).and_then(|i| list.get(i))
}

/// Clusters by `tc`; `None` when a side repeats a `tc` or has one without it (no safe match).
fn merge_clusters(
    path: &FieldPath,
    bases: &[Option<&Value>],
    mine: &[Value],
    theirs: &[Value],
    out: &mut Outcome,
) -> Option<Vec<Value>> {
    let base_lists: Vec<&[Value]> =
        bases.iter().map(|b| b.and_then(Value::as_array).map_or(&[][..], Vec::as_slice)).collect();
    let mut base_keys = Vec::new();
    for list in &base_lists {
        base_keys.push(keyed(list)?);
    }
    let (mk, tk) = (keyed(mine)?, keyed(theirs)?);
    let mut order: Vec<&str> = mk.clone();
    for tc in tk.iter().chain(base_keys.first().into_iter().flatten()) {
        if !order.contains(tc) {
            order.push(tc);
        }
    }
    let mut merged = Vec::new();
    for tc in order {
        let at_bases: Vec<Option<&Value>> =
            base_lists.iter().zip(&base_keys).map(|(list, keys)| find(list, keys, tc)).collect();
        let at = path.with(Step::Cluster(tc.to_string()));
        if let Some(v) = merge(&at, &at_bases, find(mine, &mk, tc), find(theirs, &tk, tc), out) {
            merged.push(v.clone());
        }
    }
    Some(merged)
}

/// Lists of strings as sets: kept where both kept, in if either side added, out if either
/// removed. Mine's order, then what only they added. `bases[0]` is the base; a value one of
/// this tab's unanswered saves (the others) added or removed is this tab's doing.
fn merge_sets(bases: &[&[Value]], mine: &[Value], theirs: &[Value]) -> Vec<Value> {
    let base = bases.first().copied().unwrap_or_default();
    let sent = bases.get(1..).unwrap_or_default();
    let removed_by_them = |v: &Value| base.contains(v) && !theirs.contains(v) && sent.iter().all(|s| s.contains(v));
    let added_by_them = |v: &Value| !base.contains(v) && !sent.iter().any(|s| s.contains(v));
    let mut merged: Vec<Value> = mine.iter().filter(|v| !removed_by_them(v)).cloned().collect();
    for v in theirs {
        if added_by_them(v) && !merged.contains(v) {
            merged.push(v.clone());
        }
    }
    merged
}

fn set_at(value: &mut Value, steps: &[Step], to: Option<&Value>) {
    let Some((first, rest)) = steps.split_first() else {
        if let Some(to) = to {
            *value = to.clone();
        }
        return;
    };
    match (first, value) {
        (Step::Key(k), Value::Object(object)) if rest.is_empty() => match to {
            Some(to) => {
                object.insert(k.clone(), to.clone());
            }
            None => {
                object.remove(k);
            }
        },
        (Step::Key(k), Value::Object(object)) => {
            if let Some(inner) = object.get_mut(k) {
                set_at(inner, rest, to);
            }
        }
        (Step::Cluster(tc), Value::Array(clusters)) => {
            let at = clusters.iter().position(|c| tc_of(c) == Some(tc.as_str()));
            match (at, rest.is_empty(), to) {
                (Some(i), true, None) => {
                    clusters.remove(i);
                }
                (Some(i), _, _) => set_at(&mut clusters[i], rest, to),
                (None, true, Some(to)) => clusters.push(to.clone()),
                (None, _, _) => {}
            }
        }
        _ => {}
    }
}

/// Edits kept from an older copy (this tab's backup, or another tab's hand-over) over the
/// server's copy: what the user edits comes from `mine`; what the server owns (see
/// [`crate::contract::assumptions::DRAFT_SERVER_OWNED`]) and every field this app does not know, at
/// every level (clusters matched by `tc`), from `server`.
pub fn edits_over(mine: &SetupProcess, server: &SetupProcess) -> SetupProcess {
    use crate::contract::models::{ClusterSetup, Creative, Integration, Targeting};
    // The n-th cluster with a `tc` on one side pairs with the n-th with that `tc` on the other
    // (a draft may repeat one).
    let clusters = mine
        .clusters
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let nth = mine.clusters[..i].iter().filter(|o| o.tc == c.tc).count();
            (c, server.clusters.iter().filter(|s| s.tc == c.tc).nth(nth))
        })
        .map(|(c, theirs)| match theirs {
            Some(s) => ClusterSetup {
                tc: c.tc.clone(),
                creative: Creative { extra: s.creative.extra.clone(), ..c.creative.clone() },
                targeting: Targeting { extra: s.targeting.extra.clone(), ..c.targeting.clone() },
                extra: s.extra.clone(),
            },
            None => c.clone(),
        })
        .collect();
    SetupProcess {
        eid: server.eid.clone(),
        status: server.status.clone(),
        tc_run_id: server.tc_run_id.clone(),
        available_clusters: server.available_clusters.clone(),
        closed_reason: server.closed_reason.clone(),
        integration: Integration { extra: server.integration.extra.clone(), ..mine.integration.clone() },
        clusters,
        extra: server.extra.clone(),
        ..mine.clone()
    }
}
