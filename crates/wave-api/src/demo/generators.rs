//! Deterministic fake data: every number the demo makes up comes from a hash of stable inputs
//! (package id, cluster, event id, description), so it is the same across runs and reloads.
//! Cluster content and preview rows, the clusters an event offers, a new package's cluster
//! names, NLQ customer ids, campaign results, and ISO dates from Unix milliseconds.

use crate::contract::models::*;

/// A small deterministic hash (FNV-1a): demo numbers stay the same across runs.
pub(super) fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// One cluster of a DONE package: its counts and `rows` preview rows.
pub(super) fn cluster_content(package: &Id, tc: &str, rows: usize) -> ClusterContent {
    let h = hash(&[package.as_str(), tc]);
    // Never fewer customers than preview rows: the large-data switch asks for 500 rows each.
    let customers = (80 + (h % 400) as usize).max(rows);
    let preview = (0..rows.min(customers))
        .map(|i| {
            let mut row = serde_json::Map::new();
            let n = (h >> 8) % 90_000 + i as u64;
            row.insert("id".into(), format!("cust_{n}").into());
            row.insert("email".into(), format!("customer{n}@example.com").into());
            row.insert("score".into(), serde_json::json!(((h >> (i % 32)) % 100) as f64 / 100.0));
            row
        })
        .collect();
    ClusterContent {
        counts: ClusterCounts {
            customers: customers as f64,
            items: (customers * 2 + (h % 50) as usize) as f64,
            purchase: (customers as u64 * (60 + h % 90)) as f64,
        },
        preview,
    }
}

/// The clusters a draft for event `eid` can choose from: always the first three, some others.
pub(super) fn available_clusters(eid: &Id) -> Vec<AvailableCluster> {
    const NAMES: [(&str, &str); 5] = [
        ("family outings/münchen", "Family outings München"),
        ("classical lovers 50+", "Classical lovers 50+"),
        ("students / night owls", "Students & night owls"),
        ("jazz & blues: Schwabing", "Jazz & blues, Schwabing"),
        ("first-time visitors", "First-time visitors"),
    ];
    let h = hash(&[eid.as_str()]);
    NAMES
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < 3 || (h >> i) & 1 == 1)
        .map(|(i, (tc, name))| AvailableCluster {
            tc: (*tc).into(),
            name: (*name).into(),
            size: (5_000 + (h >> (i * 4)) % 20_000) as f64,
            extra: Default::default(),
        })
        .collect()
}

/// The cluster names of a new package asking for `num_packages` clusters (1 to 10).
pub(super) fn new_package_clusters(num_packages: u8) -> Vec<String> {
    (0..num_packages.clamp(1, 10))
        .map(|i| {
            let base = [
                "family outings/münchen",
                "classical lovers 50+",
                "students / night owls",
                "jazz & blues: Schwabing",
                "first-time visitors",
            ];
            let name = base[usize::from(i) % base.len()];
            if i < 5 {
                name.to_string()
            } else {
                format!("{name} #{}", i / 5 + 1)
            }
        })
        .collect()
}

/// Three to six customer ids for an NLQ description.
pub(super) fn customer_ids(description: &str) -> Vec<String> {
    let h = hash(&[description]);
    (0..3 + h % 4).map(|i| format!("cust_{}", (h >> (i * 5)) % 90_000)).collect()
}

/// The result row a just-boosted campaign reports for `date`.
pub(super) fn campaign_result(c: &Campaign, date: String) -> CampaignResult {
    let h = hash(&[c.eid.as_str(), &c.tc]);
    let sales = (20 + h % 60) as f64;
    let adjustment = ((h >> 7) % 40) as f64 / 100.0 - 0.25;
    CampaignResult {
        eid: c.eid.clone(),
        tc: c.tc.clone(),
        tc_run_id: c.tc_run_id.clone(),
        date,
        sales,
        adjusted_sales: (sales * (1.0 + adjustment)).round(),
        sales_adjustment: adjustment,
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` from Unix milliseconds (civil-from-days, proleptic Gregorian).
pub fn iso_from_ms(ms: f64) -> String {
    let secs = (ms / 1000.0).floor() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}
