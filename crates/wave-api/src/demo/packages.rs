//! Package-builder endpoints: list, get, create, merge, regenerate, evaluation settings and the
//! evaluation, the customer list CSV; plus the NLQ customer lookup and CRM exports, which work
//! on packages too. A package's content only exists once it is DONE.

use super::generators::{cluster_content, customer_ids, new_package_clusters};
use super::state::{DemoPackage, Lifecycle};
use super::{iso_from_ms, not_found, ok, parse, DemoPackages, Reply};
use crate::contract::http::{ApiRequest, ApiResponse};
use crate::contract::models::*;
use crate::rules::join_merge_id;
use std::collections::BTreeMap;

const PREVIEW_ROWS: usize = 5;

impl DemoPackages {
    pub(super) fn list_packages(&self, now_ms: f64) -> Reply {
        let list: Vec<PackageSummary> = self.packages.iter().map(|p| self.package_view(p, now_ms).summary).collect();
        Ok(ApiResponse::json(200, &list))
    }

    pub(super) fn get_package(&self, id: &str, now_ms: f64) -> Reply {
        let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
        Ok(ApiResponse::json(200, &self.package_view(&self.packages[i], now_ms)))
    }

    pub(super) fn regenerate(&mut self, id: &str, now_ms: f64) -> Reply {
        let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
        let (status, _) = self.packages[i].lifecycle.status_at(now_ms, self.build_ms);
        if status != PackageStatus::Expired {
            return Err(ApiResponse::detail(409, "Only expired packages can be regenerated"));
        }
        self.packages[i].lifecycle = Lifecycle::Building { started_ms: now_ms };
        Ok(ApiResponse::json(200, &Created { id: Id(id.into()) }))
    }

    pub(super) fn get_evaluation_settings(&self, id: &str) -> Reply {
        let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
        Ok(ApiResponse::json(200, &self.packages[i].settings.clone().unwrap_or_else(default_settings)))
    }

    pub(super) fn put_evaluation_settings(&mut self, id: &str, body: Option<&str>) -> Reply {
        let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
        let settings: EvaluationSettings = parse(body)?;
        if settings.backhaul_evaluation_attribution_window == 0 {
            return Err(ApiResponse::detail(400, "The attribution window must be at least 1 day"));
        }
        self.packages[i].settings = Some(settings.clone());
        Ok(ApiResponse::json(200, &settings))
    }

    pub(super) fn get_evaluation(&self, id: &str, now_ms: f64) -> Reply {
        let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
        Ok(ApiResponse::json(200, &self.evaluation(&self.packages[i], now_ms)))
    }

    pub(super) fn customer_list(&self, id: &str, tc: &str, now_ms: f64) -> Reply {
        let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
        let view = self.package_view(&self.packages[i], now_ms);
        let content = view.content.get(tc).ok_or_else(|| not_found("Cluster"))?;
        let full = cluster_content(&view.summary.id, tc, content.counts.customers as usize);
        let mut csv = String::from("customer_id,email,score\n");
        for row in &full.preview {
            let cell = |k: &str| {
                row.get(k).map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())).unwrap_or_default()
            };
            csv.push_str(&format!("{},{},{}\n", cell("id"), cell("email"), cell("score")));
        }
        Ok(ApiResponse::text(200, csv))
    }

    pub(super) fn crm_export(&mut self, body: Option<&str>) -> Reply {
        let export: CrmExport = parse(body)?;
        if export.secret_id.trim().is_empty() || export.container_name.trim().is_empty() {
            return Err(ApiResponse::detail(400, "secret_id and container_name are required"));
        }
        self.find_package(export.package_id.as_str()).ok_or_else(|| not_found("Package"))?;
        self.crm_exports += 1;
        Ok(ok())
    }

    pub(super) fn create_package(&mut self, body: Option<&str>, now_ms: f64) -> Reply {
        let payload: CreatePackage = parse(body)?;
        if payload.package_title.trim().is_empty() || payload.event_ids.is_empty() {
            return Err(ApiResponse::detail(400, "package_title and at least one event id are required"));
        }
        let events: Vec<EventRef> = payload
            .event_ids
            .iter()
            .map(|id| EventRef {
                id: id.clone(),
                title: self.events.iter().find(|e| &e.id == id).map(|e| e.title.clone()).unwrap_or_default(),
            })
            .collect();
        let id = self.fresh_id();
        let clusters = new_package_clusters(payload.num_packages);
        self.packages.push(DemoPackage {
            summary: PackageSummary {
                id: id.clone(),
                title: payload.package_title.clone(),
                status: PackageStatus::Initializing,
                merge_id: None,
                created_at: Some(iso_from_ms(now_ms)),
                events,
                targeting_mode: Some(match payload.targeting_mode {
                    TargetingMode::Lookalike => "lookalike".into(),
                    TargetingMode::Intent => "intent".into(),
                }),
            },
            clusters,
            filter_settings: serde_json::to_value(&payload.filters).ok(),
            lifecycle: Lifecycle::Building { started_ms: now_ms },
            settings: None,
        });
        Ok(ApiResponse::json(200, &Created { id }))
    }

    pub(super) fn merge(&mut self, req: &ApiRequest, now_ms: f64) -> Reply {
        if req.body.as_deref().is_some_and(|b| !b.trim().is_empty()) {
            return Err(ApiResponse::detail(400, "merge takes no body: pass packages_ids in the query"));
        }
        let ids: Vec<Id> = req.query_values("packages_ids").map(Id::from).collect();
        if ids.iter().any(Id::is_missing) {
            return Err(ApiResponse::detail(400, "packages_ids must not be empty"));
        }
        if crate::rules::merge_ids(&ids).len() != ids.len() {
            return Err(ApiResponse::detail(400, "each package may be merged once: packages_ids repeats an id"));
        }
        if ids.len() < 2 {
            return Err(ApiResponse::detail(400, "merge needs at least two repeated packages_ids"));
        }
        let mut sources = Vec::new();
        for id in &ids {
            let i = self.find_package(id.as_str()).ok_or_else(|| not_found("Package"))?;
            sources.push(self.packages[i].clone());
        }
        let mut clusters: Vec<String> = sources.iter().flat_map(|p| p.clusters.clone()).collect();
        clusters.sort();
        clusters.dedup();
        let mut events: Vec<EventRef> = sources.iter().flat_map(|p| p.summary.events.clone()).collect();
        events.dedup_by(|a, b| a.id == b.id);
        let titles: Vec<&str> = sources.iter().map(|p| p.summary.title.as_str()).collect();
        let id = self.fresh_id();
        let summary = PackageSummary {
            id,
            title: format!("Merged: {}", titles.join(" + ")),
            status: PackageStatus::Initializing,
            merge_id: Some(join_merge_id(&ids)),
            created_at: Some(iso_from_ms(now_ms)),
            events,
            targeting_mode: sources[0].summary.targeting_mode.clone(),
        };
        self.packages.push(DemoPackage {
            summary: summary.clone(),
            clusters,
            filter_settings: None,
            lifecycle: Lifecycle::Building { started_ms: now_ms },
            settings: None,
        });
        Ok(ApiResponse::json(200, &summary))
    }

    /// A stored package as the API shows it at `now_ms`: current status, and content once DONE.
    fn package_view(&self, p: &DemoPackage, now_ms: f64) -> Package {
        let (status, progress) = p.lifecycle.status_at(now_ms, self.build_ms);
        let rows = if p.clusters.len() > 10 { 500 } else { PREVIEW_ROWS };
        let content = if status == PackageStatus::Done {
            p.clusters.iter().map(|tc| (tc.clone(), cluster_content(&p.summary.id, tc, rows))).collect()
        } else {
            BTreeMap::new()
        };
        Package {
            summary: PackageSummary { status, ..p.summary.clone() },
            filter_settings: p.filter_settings.clone(),
            content,
            progress,
        }
    }

    fn evaluation(&self, p: &DemoPackage, now_ms: f64) -> Evaluation {
        let view = self.package_view(p, now_ms);
        let settings = p.settings.clone().unwrap_or_else(default_settings);
        // A longer attribution window attributes more of each cluster's activity.
        let share = (f64::from(settings.backhaul_evaluation_attribution_window.min(90)) / 90.0) * 0.8 + 0.05;
        Evaluation {
            clusters: view
                .content
                .into_iter()
                .map(|(tc, c)| {
                    let counts = ClusterCounts {
                        customers: (c.counts.customers * share).round(),
                        items: (c.counts.items * share).round(),
                        purchase: (c.counts.purchase * share).round(),
                    };
                    (tc, counts)
                })
                .collect(),
        }
    }
}

/// `GET /nlq/ids_from_nl_description`: a few customer ids for a plain-language description.
pub(super) fn nlq_ids(req: &ApiRequest) -> Reply {
    let description = req.query_value("description").unwrap_or("").trim();
    if description.is_empty() {
        return Err(ApiResponse::detail(400, "Describe the customers you are looking for"));
    }
    Ok(ApiResponse::json(200, &NlqIds { ids: customer_ids(description) }))
}

fn default_settings() -> EvaluationSettings {
    EvaluationSettings {
        backhaul_evaluation_attribution_window: 14,
        backhaul_evaluation_model: crate::contract::assumptions::EVALUATION_MODELS[0].into(),
        email_sent_date: Some("2026-06-01".into()),
        extra: Extra::new(),
    }
}
