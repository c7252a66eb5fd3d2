//! What each table of the app downloads as CSV: the same columns as on screen, written for
//! spreadsheets (figures as plain decimals without grouping, dates as ISO text, statuses by
//! their labels), through the one writer [`to_csv`].

use super::csv::{number, one_decimal, to_csv};
use crate::contract::models::{Campaign, CampaignResult, Evaluation, Id, PackageSummary};

/// The event page's attribution table; the adjustment in percent with one decimal, as shown.
pub fn attribution_csv(rows: &[CampaignResult]) -> String {
    let headers = ["Cluster", "Run", "Date", "Sales", "Adjusted sales", "Adjustment (%)"];
    to_csv(
        &headers,
        rows.iter().map(|r| {
            vec![
                r.tc.clone(),
                r.tc_run_id.clone(),
                r.date.clone(),
                number(r.sales),
                number(r.adjusted_sales),
                one_decimal(r.sales_adjustment * 100.0),
            ]
        }),
    )
}

/// A package's backhaul evaluation: one row per cluster.
pub fn evaluation_csv(evaluation: &Evaluation) -> String {
    let headers = ["Cluster", "Customers", "Items", "Purchase (EUR)"];
    to_csv(
        &headers,
        evaluation
            .clusters
            .iter()
            .map(|(tc, c)| vec![tc.clone(), number(c.customers), number(c.items), number(c.purchase)]),
    )
}

/// The package list's rows, in the order given (the list as filtered and sorted).
pub fn packages_csv<'a>(packages: impl IntoIterator<Item = &'a PackageSummary>) -> String {
    let headers = ["Id", "Title", "Status", "Events", "Event ids", "Targeting", "Created", "Merged from"];
    to_csv(
        &headers,
        packages.into_iter().map(|p| {
            let join = |f: fn(&crate::contract::models::EventRef) -> String| {
                p.events.iter().map(f).collect::<Vec<_>>().join("; ")
            };
            vec![
                p.id.as_str().to_string(),
                p.title.clone(),
                p.status.label(crate::rules::Lang::En).to_string(),
                join(|e| e.title.clone()),
                join(|e| e.id.as_str().to_string()),
                p.targeting_mode.clone().unwrap_or_default(),
                p.created_at.clone().unwrap_or_default(),
                p.merge_id.clone().unwrap_or_default(),
            ]
        }),
    )
}

/// Published campaigns; `event_title` names an event when the app knows it (else empty).
pub fn campaigns_csv(campaigns: &[Campaign], event_title: impl Fn(&Id) -> Option<String>) -> String {
    let headers = ["Event id", "Event", "Cluster", "Run", "Status", "Budget"];
    to_csv(
        &headers,
        campaigns.iter().map(|c| {
            vec![
                c.eid.as_str().to_string(),
                event_title(&c.eid).unwrap_or_default(),
                c.tc.clone(),
                c.tc_run_id.clone(),
                c.status.label(crate::rules::Lang::En).to_string(),
                c.budget.map(number).unwrap_or_default(),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::models::{ClusterCounts, EventRef, PackageStatus};

    #[test]
    fn attribution_rows_keep_negative_figures_as_numbers() {
        let r = CampaignResult {
            eid: Id::from("7002"),
            tc: "opera first-timers".into(),
            tc_run_id: "run-2026-05".into(),
            date: "2026-06-01".into(),
            sales: 42.0,
            adjusted_sales: 35.0,
            sales_adjustment: -0.1667,
        };
        assert_eq!(
            attribution_csv(&[r]),
            "Cluster,Run,Date,Sales,Adjusted sales,Adjustment (%)\r\nopera first-timers,run-2026-05,2026-06-01,42,35,-16.7\r\n"
        );
    }

    #[test]
    fn evaluation_has_one_row_per_cluster() {
        let mut e = Evaluation::default();
        e.clusters.insert(
            "jazz & blues: Schwabing".into(),
            ClusterCounts { customers: 1200.0, items: 3.0, purchase: 4567.5 },
        );
        assert_eq!(
            evaluation_csv(&e),
            "Cluster,Customers,Items,Purchase (EUR)\r\njazz & blues: Schwabing,1200,3,4567.5\r\n"
        );
    }

    #[test]
    fn packages_list_events_and_guard_formulas() {
        let p = PackageSummary {
            id: Id::from("101"),
            title: "=cmd|' /C calc'!A0".into(),
            status: PackageStatus::Done,
            merge_id: Some("101_102".into()),
            created_at: Some("2026-05-15T10:30:00Z".into()),
            events: vec![
                EventRef { id: Id::from("12345"), title: "Mahler 5, live".into() },
                EventRef { id: Id::from("23456"), title: "Jazz".into() },
            ],
            targeting_mode: Some("lookalike".into()),
        };
        let csv = packages_csv([&p]);
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some("Id,Title,Status,Events,Event ids,Targeting,Created,Merged from"));
        assert_eq!(
            lines.next(),
            Some("101,'=cmd|' /C calc'!A0,Done,\"Mahler 5, live; Jazz\",12345; 23456,lookalike,2026-05-15T10:30:00Z,101_102")
        );
    }

    #[test]
    fn campaigns_name_their_event_when_known() {
        let c = Campaign {
            eid: Id::from("7002"),
            tc: "opera".into(),
            tc_run_id: "r1".into(),
            budget: Some(800.0),
            ..Default::default()
        };
        let unknown = Campaign { eid: Id::from("9"), budget: None, ..c.clone() };
        let csv = campaigns_csv(&[c, unknown], |eid| (eid.as_str() == "7002").then(|| "Opera Gala".to_string()));
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "Event id,Event,Cluster,Run,Status,Budget");
        assert!(lines[1].starts_with("7002,Opera Gala,opera,r1,") && lines[1].ends_with(",800"), "{}", lines[1]);
        assert!(lines[2].starts_with("9,,opera,r1,") && lines[2].ends_with(','), "{}", lines[2]);
    }
}
