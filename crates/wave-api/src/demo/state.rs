//! What the demo world stores and where it starts: the stored package (summary, clusters,
//! lifecycle, settings), seeding from `fixtures/*.json`, the benchmark's large-data switches,
//! the hostile-strings switch, the demo images' addresses, how a lifecycle turns into a status
//! at a given time, and id allocation. These types serialise with the world's halves, so the app
//! can keep the world across reloads.

use super::generators::available_clusters;
use super::{DemoCampaigns, DemoPackages, BUILD_MS};
use crate::contract::models::lenient::decode;
use crate::contract::models::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const INITIALIZING_MS: f64 = 3_000.0;

/// Where the demo creatives' images are: `public/demo-media/`, served with the app.
pub const DEMO_MEDIA_PATH: &str = "/demo-media/";
/// The hostile package title of [`DemoPackages::add_hostile_strings`].
pub const HOSTILE_PACKAGE_TITLE: &str = "<img src=x onerror=alert(1)> Open air cinema";
/// The hostile event title of [`DemoPackages::add_hostile_strings`].
pub const HOSTILE_EVENT_TITLE: &str = "<script>alert('x')</script> Tribute Night";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) enum Lifecycle {
    Fixed(PackageStatus),
    Building { started_ms: f64 },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) struct DemoPackage {
    pub(super) summary: PackageSummary,
    pub(super) clusters: Vec<String>,
    pub(super) filter_settings: Option<serde_json::Value>,
    pub(super) lifecycle: Lifecycle,
    pub(super) settings: Option<EvaluationSettings>,
}

/// A package as `fixtures/packages.json` describes it: the summary plus its cluster names.
/// Read field by field rather than with `#[serde(flatten)]`, whose buffering deserialiser the
/// app would otherwise ship once more for the summary (measured: about 1 KB brotli).
struct PackageSeed {
    summary: PackageSummary,
    clusters: Vec<String>,
}

impl PackageSeed {
    fn all(json: &str) -> Vec<PackageSeed> {
        let seeds: Vec<serde_json::Value> = decode(json).unwrap_or_default();
        seeds
            .into_iter()
            .filter_map(|mut seed| {
                let clusters = seed.as_object_mut()?.remove("clusters");
                Some(PackageSeed {
                    clusters: clusters.and_then(|c| serde_json::from_value(c).ok()).unwrap_or_default(),
                    summary: serde_json::from_value(seed).ok()?,
                })
            })
            .collect()
    }
}

#[derive(Deserialize)]
struct CampaignSeed {
    drafts: Vec<SetupProcess>,
    campaigns: Vec<Campaign>,
    results: Vec<CampaignResult>,
}

impl Lifecycle {
    /// The status (and build progress, in percent) at `now_ms`.
    pub(super) fn status_at(&self, now_ms: f64, build_ms: f64) -> (PackageStatus, Option<f64>) {
        match self {
            Lifecycle::Fixed(status) => (*status, None),
            Lifecycle::Building { started_ms } => {
                let elapsed = now_ms - started_ms;
                if elapsed < INITIALIZING_MS {
                    (PackageStatus::Initializing, Some(0.0))
                } else if elapsed < build_ms {
                    (PackageStatus::Inprogress, Some((elapsed / build_ms * 100.0).floor()))
                } else {
                    (PackageStatus::Done, None)
                }
            }
        }
    }
}

impl DemoPackages {
    /// Builds started from now on take `ms` (tests that need a package to keep building).
    pub fn set_build_ms(&mut self, ms: f64) {
        self.build_ms = ms;
    }

    /// The seeded package half. `now_ms` anchors the package that is building at start.
    pub fn seeded(now_ms: f64) -> Self {
        // The fixtures ship with the crate and are checked by tests: a failure here is a
        // build defect, not external data, so falling back to an empty world is enough.
        let seeds = PackageSeed::all(include_str!("../../fixtures/packages.json"));
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
        DemoPackages {
            packages,
            events: decode(include_str!("../../fixtures/events.json")).unwrap_or_default(),
            next_id: 200,
            crm_exports: 0,
            build_ms: BUILD_MS,
        }
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
        if let Some(p) = self.packages.iter_mut().find(|p| matches!(p.lifecycle, Lifecycle::Fixed(PackageStatus::Done)))
        {
            p.clusters = (0..clusters).map(|i| format!("cluster {i:03}")).collect();
        }
        self
    }

    /// Markup where server strings go, as an attacker would send it: package 107 and event
    /// 7017 get [`HOSTILE_PACKAGE_TITLE`] and [`HOSTILE_EVENT_TITLE`]. Not in the default world
    /// (a newcomer's first screen); the demo's `?demo_hostile=1`, the live tests and the walks
    /// switch it on, and the app must show both as text.
    pub fn add_hostile_strings(&mut self) {
        for p in self.packages.iter_mut().filter(|p| p.summary.id.as_str() == "107") {
            p.summary.title = HOSTILE_PACKAGE_TITLE.into();
        }
        for e in self.events.iter_mut().filter(|e| e.id.as_str() == "7017") {
            e.title = HOSTILE_EVENT_TITLE.into();
        }
    }

    pub(super) fn fresh_id(&mut self) -> Id {
        self.next_id += 1;
        Id(self.next_id.to_string())
    }

    pub(super) fn find_package(&self, id: &str) -> Option<usize> {
        self.packages.iter().position(|p| p.summary.id.as_str() == id)
    }
}

impl DemoCampaigns {
    /// The seeded campaign half: drafts, published campaigns and results from the fixtures.
    pub fn seeded() -> Self {
        let seed: CampaignSeed = decode(include_str!("../../fixtures/campaigns.json")).unwrap_or(CampaignSeed {
            drafts: vec![],
            campaigns: vec![],
            results: vec![],
        });
        let mut world = DemoCampaigns { drafts: BTreeMap::new(), campaigns: seed.campaigns, results: seed.results };
        for mut draft in seed.drafts {
            draft.available_clusters = available_clusters(&draft.eid);
            world.drafts.insert(draft.eid.0.clone(), draft);
        }
        world
    }

    /// Resolves the demo creatives' images (root-relative, under [`DEMO_MEDIA_PATH`]: files
    /// the app ships in `public/`) against `origin`, the address the app is served from
    /// (`http://127.0.0.1:8080`). The ad network needs a full address, so the setup's media
    /// rule asks for one: demo drafts then publish as they are, and the preview shows the
    /// image from this origin. Other addresses stay as they are; resolving twice changes nothing.
    pub fn resolve_demo_media(&mut self, origin: &str) {
        let origin = origin.trim_end_matches('/');
        if origin.is_empty() {
            return;
        }
        let creatives = self
            .campaigns
            .iter_mut()
            .map(|c| &mut c.creative)
            .chain(self.drafts.values_mut().flat_map(|d| d.clusters.iter_mut().map(|c| &mut c.creative)));
        for creative in creatives {
            if creative.media_url.starts_with(DEMO_MEDIA_PATH) {
                creative.media_url = format!("{origin}{}", creative.media_url);
            }
        }
    }
}
