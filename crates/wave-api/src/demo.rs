//! The demo world: an in-memory Wave API that answers [`ApiRequest`]s with [`ApiResponse`]s,
//! seeded from `fixtures/*.json`. Time is passed in (`now_ms`), so lifecycles really progress
//! in the app and are deterministic in tests. The whole state serialises, so the app can keep
//! it across reloads (sessionStorage).

use crate::http::{ApiRequest, ApiResponse, Method};
use crate::models::*;
use crate::rules::{join_merge_id, validate_setup};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How long a new package takes: INITIALIZING for the first part, then INPROGRESS to DONE.
pub const BUILD_MS: f64 = 20_000.0;
const INITIALIZING_MS: f64 = 3_000.0;
pub const DEMO_PARTNER_ID: &str = "demo-partner";
const PREVIEW_ROWS: usize = 5;

#[derive(Clone, Debug, Serialize, Deserialize)]
enum Lifecycle {
    Fixed(PackageStatus),
    Building { started_ms: f64 },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct DemoPackage {
    summary: PackageSummary,
    clusters: Vec<String>,
    filter_settings: Option<serde_json::Value>,
    lifecycle: Lifecycle,
    settings: Option<EvaluationSettings>,
}

/// A package as `fixtures/packages.json` describes it: the summary plus its cluster names.
#[derive(Deserialize)]
struct PackageSeed {
    #[serde(flatten)]
    summary: PackageSummary,
    #[serde(default)]
    clusters: Vec<String>,
}

#[derive(Deserialize)]
struct CampaignSeed {
    drafts: Vec<SetupProcess>,
    campaigns: Vec<Campaign>,
    results: Vec<CampaignResult>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DemoBackend {
    packages: Vec<DemoPackage>,
    events: Vec<Event>,
    drafts: BTreeMap<String, SetupProcess>,
    campaigns: Vec<Campaign>,
    results: Vec<CampaignResult>,
    next_id: u64,
    crm_exports: u32,
}

/// A small deterministic hash (FNV-1a): demo numbers stay the same across runs.
fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn parse<T: serde::de::DeserializeOwned>(body: Option<&str>) -> Result<T, ApiResponse> {
    serde_json::from_str(body.unwrap_or("")).map_err(|e| ApiResponse::detail(400, &format!("Invalid JSON body: {e}")))
}

fn not_found(what: &str) -> ApiResponse {
    ApiResponse::detail(404, &format!("{what} not found"))
}

fn ok() -> ApiResponse {
    ApiResponse::json(200, &serde_json::json!({ "ok": true }))
}

impl DemoBackend {
    /// The seeded demo world. `now_ms` anchors the package that is building at start.
    pub fn seeded(now_ms: f64) -> Self {
        // The fixtures ship with the crate and are checked by tests: a failure here is a
        // build defect, not external data, so falling back to an empty world is enough.
        let seeds: Vec<PackageSeed> = serde_json::from_str(include_str!("../fixtures/packages.json")).unwrap_or_default();
        let packages = seeds
            .into_iter()
            .map(|seed| DemoPackage {
                lifecycle: if seed.summary.status.is_building() {
                    Lifecycle::Building { started_ms: now_ms - 8_000.0 }
                } else {
                    Lifecycle::Fixed(seed.summary.status)
                },
                summary: seed.summary,
                clusters: seed.clusters,
                filter_settings: None,
                settings: None,
            })
            .collect();
        let events = serde_json::from_str(include_str!("../fixtures/events.json")).unwrap_or_default();
        let seed: CampaignSeed = serde_json::from_str(include_str!("../fixtures/campaigns.json"))
            .unwrap_or(CampaignSeed { drafts: vec![], campaigns: vec![], results: vec![] });
        let mut backend = DemoBackend {
            packages,
            events,
            drafts: BTreeMap::new(),
            campaigns: seed.campaigns,
            results: seed.results,
            next_id: 200,
            crm_exports: 0,
        };
        for mut draft in seed.drafts {
            draft.available_clusters = backend.available_clusters(&draft.eid);
            backend.drafts.insert(draft.eid.0.clone(), draft);
        }
        backend
    }

    /// Adds `count` generated DONE packages (the benchmark's large-data switch).
    pub fn with_extra_packages(mut self, count: usize) -> Self {
        for i in 0..count {
            let id = format!("{}", 10_000 + i);
            let summary = PackageSummary {
                id: Id(id.clone()),
                title: format!("Generated audience #{i}"),
                status: PackageStatus::ALL[i % 5],
                created_at: Some(format!("2026-0{}-{:02}T10:00:00Z", 1 + i % 9, 1 + i % 28)),
                events: vec![EventRef { id: Id("12345".into()), title: "Munich Philharmonic: Mahler 5".into() }],
                targeting_mode: Some(if i % 2 == 0 { "lookalike" } else { "intent" }.into()),
                merge_id: None,
            };
            self.packages.push(DemoPackage {
                lifecycle: Lifecycle::Fixed(summary.status),
                summary,
                clusters: vec!["generated cluster".into()],
                filter_settings: None,
                settings: None,
            });
        }
        self
    }

    /// Makes the first DONE package carry `clusters` clusters with `rows` preview rows each.
    pub fn with_large_package(mut self, clusters: usize) -> Self {
        if let Some(p) = self.packages.iter_mut().find(|p| matches!(p.lifecycle, Lifecycle::Fixed(PackageStatus::Done))) {
            p.clusters = (0..clusters).map(|i| format!("cluster {i:03}")).collect();
        }
        self
    }

    pub fn crm_exports(&self) -> u32 {
        self.crm_exports
    }

    fn fresh_id(&mut self) -> Id {
        self.next_id += 1;
        Id(self.next_id.to_string())
    }

    fn status_at(lifecycle: &Lifecycle, now_ms: f64) -> (PackageStatus, Option<f64>) {
        match lifecycle {
            Lifecycle::Fixed(status) => (*status, None),
            Lifecycle::Building { started_ms } => {
                let elapsed = now_ms - started_ms;
                if elapsed < INITIALIZING_MS {
                    (PackageStatus::Initializing, Some(0.0))
                } else if elapsed < BUILD_MS {
                    (PackageStatus::Inprogress, Some((elapsed / BUILD_MS * 100.0).floor()))
                } else {
                    (PackageStatus::Done, None)
                }
            }
        }
    }

    fn cluster_content(package: &Id, tc: &str, rows: usize) -> ClusterContent {
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
            customers: customers as f64,
            items: (customers * 2 + (h % 50) as usize) as f64,
            purchase: (customers as u64 * (60 + h % 90)) as f64,
            preview,
        }
    }

    fn package_view(&self, p: &DemoPackage, now_ms: f64) -> Package {
        let (status, progress) = Self::status_at(&p.lifecycle, now_ms);
        let rows = if p.clusters.len() > 10 { 500 } else { PREVIEW_ROWS };
        let content = if status == PackageStatus::Done {
            p.clusters.iter().map(|tc| (tc.clone(), Self::cluster_content(&p.summary.id, tc, rows))).collect()
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

    fn find_package(&self, id: &str) -> Option<usize> {
        self.packages.iter().position(|p| p.summary.id.as_str() == id)
    }

    fn default_settings() -> EvaluationSettings {
        EvaluationSettings {
            backhaul_evaluation_attribution_window: 14,
            backhaul_evaluation_model: crate::assumptions::EVALUATION_MODELS[0].into(),
            email_sent_date: Some("2026-06-01".into()),
            extra: Extra::new(),
        }
    }

    fn evaluation(&self, p: &DemoPackage, now_ms: f64) -> Evaluation {
        let view = self.package_view(p, now_ms);
        let settings = p.settings.clone().unwrap_or_else(Self::default_settings);
        // A longer attribution window attributes more of each cluster's activity.
        let share = (f64::from(settings.backhaul_evaluation_attribution_window.min(90)) / 90.0) * 0.8 + 0.05;
        Evaluation {
            clusters: view
                .content
                .into_iter()
                .map(|(tc, c)| {
                    let counts = ClusterCounts {
                        customers: (c.customers * share).round(),
                        items: (c.items * share).round(),
                        purchase: (c.purchase * share).round(),
                    };
                    (tc, counts)
                })
                .collect(),
        }
    }

    fn available_clusters(&self, eid: &Id) -> Vec<AvailableCluster> {
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
            })
            .collect()
    }

    /// Answers one request as the Wave API would.
    pub fn handle(&mut self, req: &ApiRequest, now_ms: f64) -> ApiResponse {
        match self.route(req, now_ms) {
            Ok(response) | Err(response) => response,
        }
    }

    fn route(&mut self, req: &ApiRequest, now_ms: f64) -> Result<ApiResponse, ApiResponse> {
        let segments: Vec<&str> = req.segments.iter().map(String::as_str).collect();
        let body = req.body.as_deref();
        use Method::*;
        Ok(match (req.method, segments.as_slice()) {
            (Get, ["package_builder", "packages"]) => {
                let list: Vec<PackageSummary> =
                    self.packages.iter().map(|p| self.package_view(p, now_ms).summary).collect();
                ApiResponse::json(200, &list)
            }
            (Post, ["package_builder", "packages"]) => self.create_package(parse(body)?, now_ms)?,
            (Post, ["package_builder", "packages", "merge"]) => self.merge(req, now_ms)?,
            (Get, ["package_builder", "packages", id]) => {
                let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
                ApiResponse::json(200, &self.package_view(&self.packages[i], now_ms))
            }
            (Post, ["package_builder", "packages", id, "regenerate"]) => {
                let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
                let (status, _) = Self::status_at(&self.packages[i].lifecycle, now_ms);
                if status != PackageStatus::Expired {
                    return Err(ApiResponse::detail(409, "Only expired packages can be regenerated"));
                }
                self.packages[i].lifecycle = Lifecycle::Building { started_ms: now_ms };
                ApiResponse::json(200, &Created { id: Id((*id).into()) })
            }
            (Get, ["package_builder", "packages", id, "backhaul_evaluation_details"]) => {
                let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
                ApiResponse::json(200, &self.packages[i].settings.clone().unwrap_or_else(Self::default_settings))
            }
            (Put, ["package_builder", "packages", id, "backhaul_evaluation_details"]) => {
                let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
                let settings: EvaluationSettings = parse(body)?;
                if settings.backhaul_evaluation_attribution_window == 0 {
                    return Err(ApiResponse::detail(400, "The attribution window must be at least 1 day"));
                }
                self.packages[i].settings = Some(settings.clone());
                ApiResponse::json(200, &settings)
            }
            (Get, ["package_builder", "packages", id, "backhaul_evaluation"]) => {
                let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
                ApiResponse::json(200, &self.evaluation(&self.packages[i], now_ms))
            }
            (Get, ["package_builder", "packages", id, tc, "customer_list"]) => {
                let i = self.find_package(id).ok_or_else(|| not_found("Package"))?;
                let view = self.package_view(&self.packages[i], now_ms);
                let content = view.content.get(*tc).ok_or_else(|| not_found("Cluster"))?;
                let full = Self::cluster_content(&view.summary.id, tc, content.customers as usize);
                let mut csv = String::from("customer_id,email,score\n");
                for row in &full.preview {
                    let cell = |k: &str| row.get(k).map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())).unwrap_or_default();
                    csv.push_str(&format!("{},{},{}\n", cell("id"), cell("email"), cell("score")));
                }
                ApiResponse::text(200, csv)
            }
            (Get, ["events"]) => ApiResponse::json(200, &self.search_events(req)),
            (Get, ["nlq", "ids_from_nl_description"]) => {
                let description = req.query_value("description").unwrap_or("").trim();
                if description.is_empty() {
                    return Err(ApiResponse::detail(400, "Describe the customers you are looking for"));
                }
                let h = hash(&[description]);
                let ids: Vec<String> = (0..3 + h % 4).map(|i| format!("cust_{}", (h >> (i * 5)) % 90_000)).collect();
                ApiResponse::json(200, &NlqIds { ids })
            }
            (Post, ["data_integrations", "crm_exports"]) => {
                let export: CrmExport = parse(body)?;
                if export.secret_id.trim().is_empty() || export.container_name.trim().is_empty() {
                    return Err(ApiResponse::detail(400, "secret_id and container_name are required"));
                }
                self.find_package(export.package_id.as_str()).ok_or_else(|| not_found("Package"))?;
                self.crm_exports += 1;
                ok()
            }
            (Get, ["setup_processes", eid]) => {
                ApiResponse::json(200, self.drafts.get(*eid).ok_or_else(|| not_found("Setup process"))?)
            }
            (Post, ["setup_processes", eid]) => {
                let eid = Id((*eid).into());
                if !self.events.iter().any(|e| e.id == eid) {
                    return Err(not_found("Event"));
                }
                let available = self.available_clusters(&eid);
                let draft = self.drafts.entry(eid.0.clone()).or_insert_with(|| SetupProcess {
                    eid,
                    tc_run_id: "run-2026-05".into(),
                    goal: "TICKET_SALES".into(),
                    currency: "EUR".into(),
                    available_clusters: available,
                    ..SetupProcess::default()
                });
                ApiResponse::json(200, draft)
            }
            (Put, ["setup_processes", eid]) => {
                let incoming: SetupProcess = parse(body)?;
                let draft = self.drafts.get_mut(*eid).ok_or_else(|| not_found("Setup process"))?;
                if draft.status == DraftStatus::Closed {
                    return Err(ApiResponse::detail(409, "This draft is closed and can no longer be edited"));
                }
                // The server owns eid, tc_run_id, available_clusters and status.
                *draft = SetupProcess {
                    eid: draft.eid.clone(),
                    status: draft.status,
                    tc_run_id: draft.tc_run_id.clone(),
                    available_clusters: draft.available_clusters.clone(),
                    closed_reason: draft.closed_reason.clone(),
                    ..incoming
                };
                ApiResponse::json(200, draft)
            }
            (Delete, ["setup_processes", eid]) => {
                if req.query_value("cancel") != Some("true") {
                    return Err(ApiResponse::detail(400, "cancel=true is required"));
                }
                self.drafts.remove(*eid).ok_or_else(|| not_found("Setup process"))?;
                ok()
            }
            (Post, ["setup_processes", eid, "boost"]) => self.boost(eid)?,
            (Post, ["campaigns_setup"]) => {
                let edit: PublishedClusterEdit = parse(body)
                    .map_err(|_| ApiResponse::detail(400, "eid, tc, tc_run_id, creative and targeting are required in the body"))?;
                let c = self
                    .campaigns
                    .iter_mut()
                    .find(|c| c.eid == edit.eid && c.tc == edit.tc && c.tc_run_id == edit.tc_run_id)
                    .ok_or_else(|| not_found("Campaign"))?;
                c.creative = edit.creative;
                c.targeting = edit.targeting;
                ok()
            }
            (Get, ["events", eid, "campaigns"]) => {
                let list: Vec<&Campaign> = self.campaigns.iter().filter(|c| c.eid.as_str() == *eid).collect();
                ApiResponse::json(200, &list)
            }
            (Get, ["campaigns", "by_partner_id"]) => {
                if req.query_value("partner_id").is_none_or(str::is_empty) {
                    return Err(ApiResponse::detail(400, "partner_id is required"));
                }
                let event = req.query_value("event_id").filter(|e| !e.is_empty());
                let list: Vec<&Campaign> =
                    self.campaigns.iter().filter(|c| event.is_none_or(|e| c.eid.as_str() == e)).collect();
                ApiResponse::json(200, &list)
            }
            (Put, ["campaigns", eid, tc, run, suffix]) => self.update_campaign(eid, tc, run, suffix, body)?,
            (Post, ["campaigns"]) => self.one_off(req)?,
            (Get, ["campaign_results"]) => {
                let eid = req.query_value("eid").unwrap_or("");
                let rows: Vec<&CampaignResult> = self.results.iter().filter(|r| r.eid.as_str() == eid).collect();
                ApiResponse::json(200, &rows)
            }
            _ => not_found("Route"),
        })
    }

    fn create_package(&mut self, payload: CreatePackage, now_ms: f64) -> Result<ApiResponse, ApiResponse> {
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
        let clusters = (0..payload.num_packages.clamp(1, 10))
            .map(|i| {
                let base = ["family outings/münchen", "classical lovers 50+", "students / night owls", "jazz & blues: Schwabing", "first-time visitors"];
                let name = base[usize::from(i) % base.len()];
                if i < 5 { name.to_string() } else { format!("{name} #{}", i / 5 + 1) }
            })
            .collect();
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

    fn merge(&mut self, req: &ApiRequest, now_ms: f64) -> Result<ApiResponse, ApiResponse> {
        if req.body.as_deref().is_some_and(|b| !b.trim().is_empty()) {
            return Err(ApiResponse::detail(400, "merge takes no body: pass packages_ids in the query"));
        }
        let ids: Vec<Id> = req.query_values("packages_ids").map(Id::from).collect();
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

    fn search_events(&self, req: &ApiRequest) -> Vec<Event> {
        let needle = req.query_value("search").unwrap_or("").trim().to_lowercase();
        let since = req.query_value("since").filter(|s| !s.is_empty());
        let page = req.query_value("page").and_then(|p| p.parse::<usize>().ok()).unwrap_or(1).max(1);
        let size = crate::assumptions::EVENTS_PAGE_SIZE;
        self.events
            .iter()
            .filter(|e| {
                let hay = format!("{} {} {}", e.title, e.venue.as_deref().unwrap_or(""), e.city.as_deref().unwrap_or(""));
                hay.to_lowercase().contains(&needle)
            })
            .filter(|e| since.is_none_or(|s| e.date.as_deref().is_some_and(|d| d >= s)))
            .skip((page - 1) * size)
            .take(size)
            .cloned()
            .collect()
    }

    fn boost(&mut self, eid: &str) -> Result<ApiResponse, ApiResponse> {
        let draft = self.drafts.get(eid).ok_or_else(|| not_found("Setup process"))?;
        if draft.status == DraftStatus::Closed {
            return Err(ApiResponse::detail(409, "This draft is closed and cannot be published"));
        }
        let problems = validate_setup(draft);
        if !problems.is_empty() {
            let list: Vec<String> = problems.iter().map(|p| format!("{}: {}", p.field, p.message)).collect();
            return Err(ApiResponse::detail(422, &format!("{} — {}", crate::assumptions::INVALID_SETUP_MARKER, list.join("; "))));
        }
        let budget = draft.total_budget.unwrap_or(0.0) / draft.clusters.len().max(1) as f64;
        let created: Vec<Campaign> = draft
            .clusters
            .iter()
            .map(|c| Campaign {
                eid: draft.eid.clone(),
                tc: c.tc.clone(),
                tc_run_id: draft.tc_run_id.clone(),
                status: CampaignStatus::Active,
                budget: Some((budget * 100.0).round() / 100.0),
                creative: c.creative.clone(),
                targeting: c.targeting.clone(),
                extra: Extra::new(),
            })
            .collect();
        for c in created {
            let h = hash(&[c.eid.as_str(), &c.tc]);
            let sales = (20 + h % 60) as f64;
            let adjustment = ((h >> 7) % 40) as f64 / 100.0 - 0.25;
            self.results.push(CampaignResult {
                eid: c.eid.clone(),
                tc: c.tc.clone(),
                tc_run_id: c.tc_run_id.clone(),
                date: draft.start_date.clone().unwrap_or_default(),
                sales,
                adjusted_sales: (sales * (1.0 + adjustment)).round(),
                sales_adjustment: adjustment,
            });
            self.campaigns.retain(|old| !(old.eid == c.eid && old.tc == c.tc && old.tc_run_id == c.tc_run_id));
            self.campaigns.push(c);
        }
        self.drafts.remove(eid);
        Ok(ok())
    }

    fn update_campaign(&mut self, eid: &str, tc: &str, run: &str, suffix: &str, body: Option<&str>) -> Result<ApiResponse, ApiResponse> {
        let c = self
            .campaigns
            .iter_mut()
            .find(|c| c.eid.as_str() == eid && c.tc == tc && c.tc_run_id == run)
            .ok_or_else(|| not_found("Campaign"))?;
        let value: serde_json::Value = parse(body)?;
        match suffix {
            "status" => {
                c.status = match value.get("status").and_then(|s| s.as_str()) {
                    Some("ACTIVE") => CampaignStatus::Active,
                    Some("PAUSED") => CampaignStatus::Paused,
                    _ => return Err(ApiResponse::detail(400, "status must be ACTIVE or PAUSED")),
                }
            }
            "budget" => match value.get("budget").and_then(|b| b.as_f64()) {
                Some(b) if b > 0.0 => c.budget = Some(b),
                _ => return Err(ApiResponse::detail(400, "budget must be a number greater than 0")),
            },
            _ => return Err(not_found("Route")),
        }
        Ok(ApiResponse::json(200, &*c))
    }

    fn one_off(&mut self, req: &ApiRequest) -> Result<ApiResponse, ApiResponse> {
        if req.body.as_deref().is_some_and(|b| !b.trim().is_empty()) {
            return Err(ApiResponse::detail(400, "POST /campaigns/ takes every field in the query string, not a body"));
        }
        let q = |k: &str| req.query_value(k).unwrap_or("").to_string();
        let budget = q("budget").parse::<f64>().unwrap_or(0.0);
        if q("eid").is_empty() || q("tc").is_empty() || q("tc_run_id").is_empty() || budget <= 0.0 {
            return Err(ApiResponse::detail(400, "eid, tc, tc_run_id and a budget > 0 are required"));
        }
        let campaign = Campaign {
            eid: Id(q("eid")),
            tc: q("tc"),
            tc_run_id: q("tc_run_id"),
            status: CampaignStatus::Active,
            budget: Some(budget),
            creative: Creative { headline: q("headline"), body: q("body"), media_url: q("media_url"), cta: q("cta"), ..Creative::default() },
            targeting: Targeting::default(),
            extra: Extra::new(),
        };
        if self.campaigns.iter().any(|c| c.eid == campaign.eid && c.tc == campaign.tc && c.tc_run_id == campaign.tc_run_id) {
            return Err(ApiResponse::detail(409, "A campaign for this cluster and run already exists"));
        }
        self.campaigns.push(campaign.clone());
        Ok(ApiResponse::json(200, &campaign))
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
