//! Campaign endpoints: setup processes (the per-event drafts: open, read, save, cancel), boost
//! (publishing a draft as one campaign per cluster), editing published campaigns (creative and
//! targeting, status, budget), listing campaigns, one-off campaigns, and campaign results.

use super::generators::{available_clusters, campaign_result};
use super::{not_found, ok, parse, DemoCampaigns, Reply};
use crate::contract::http::{ApiRequest, ApiResponse};
use crate::contract::models::*;
use crate::flows::setup::validate_setup;

impl DemoCampaigns {
    pub(super) fn get_draft(&self, eid: &str) -> Reply {
        Ok(ApiResponse::json(200, self.drafts.get(eid).ok_or_else(|| not_found("Setup process"))?))
    }

    /// Opens the event's draft, creating it on first use.
    pub(super) fn open_draft(&mut self, eid: &str, events: &[Event]) -> Reply {
        let eid = Id(eid.into());
        if !events.iter().any(|e| e.id == eid) {
            return Err(not_found("Event"));
        }
        let available = available_clusters(&eid);
        let draft = self.drafts.entry(eid.0.clone()).or_insert_with(|| SetupProcess {
            eid,
            tc_run_id: "run-2026-05".into(),
            goal: "TICKET_SALES".into(),
            currency: "EUR".into(),
            available_clusters: available,
            ..SetupProcess::default()
        });
        Ok(ApiResponse::json(200, draft))
    }

    pub(super) fn save_draft(&mut self, eid: &str, body: Option<&str>) -> Reply {
        let incoming: SetupProcess = parse(body)?;
        let draft = self.drafts.get_mut(eid).ok_or_else(|| not_found("Setup process"))?;
        if draft.status == DraftStatus::Closed {
            return Err(ApiResponse::detail(409, "This draft is closed and can no longer be edited"));
        }
        // The server owns eid, tc_run_id, available_clusters and status.
        *draft = SetupProcess {
            eid: draft.eid.clone(),
            status: draft.status.clone(),
            tc_run_id: draft.tc_run_id.clone(),
            available_clusters: draft.available_clusters.clone(),
            closed_reason: draft.closed_reason.clone(),
            ..incoming
        };
        Ok(ApiResponse::json(200, draft))
    }

    pub(super) fn cancel_draft(&mut self, req: &ApiRequest, eid: &str) -> Reply {
        if req.query_value("cancel") != Some("true") {
            return Err(ApiResponse::detail(400, "cancel=true is required"));
        }
        self.drafts.remove(eid).ok_or_else(|| not_found("Setup process"))?;
        Ok(ok())
    }

    pub(super) fn boost(&mut self, eid: &str) -> Reply {
        let draft = self.drafts.get(eid).ok_or_else(|| not_found("Setup process"))?;
        if draft.status == DraftStatus::Closed {
            return Err(ApiResponse::detail(409, "This draft is closed and cannot be published"));
        }
        // The server speaks English.
        let problems = validate_setup(draft, crate::rules::Lang::En);
        if !problems.is_empty() {
            let list: Vec<String> = problems.iter().map(|p| format!("{}: {}", p.field, p.message)).collect();
            return Err(ApiResponse::detail(
                422,
                &format!("{} — {}", crate::contract::assumptions::INVALID_SETUP_MARKER, list.join("; ")),
            ));
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
            self.results.push(campaign_result(&c, draft.start_date.clone().unwrap_or_default()));
            self.campaigns.retain(|old| !(old.eid == c.eid && old.tc == c.tc && old.tc_run_id == c.tc_run_id));
            self.campaigns.push(c);
        }
        self.drafts.remove(eid);
        Ok(ok())
    }

    /// `POST /campaigns_setup`: replaces a published campaign's creative and targeting.
    pub(super) fn edit_published(&mut self, body: Option<&str>) -> Reply {
        let edit: PublishedClusterEdit = parse(body).map_err(|_| {
            ApiResponse::detail(400, "eid, tc, tc_run_id, creative and targeting are required in the body")
        })?;
        let c = self
            .campaigns
            .iter_mut()
            .find(|c| c.eid == edit.eid && c.tc == edit.tc && c.tc_run_id == edit.tc_run_id)
            .ok_or_else(|| not_found("Campaign"))?;
        c.creative = edit.creative;
        c.targeting = edit.targeting;
        Ok(ok())
    }

    pub(super) fn event_campaigns(&self, eid: &str) -> Reply {
        let list: Vec<&Campaign> = self.campaigns.iter().filter(|c| c.eid.as_str() == eid).collect();
        Ok(ApiResponse::json(200, &list))
    }

    pub(super) fn partner_campaigns(&self, req: &ApiRequest) -> Reply {
        if req.query_value("partner_id").is_none_or(str::is_empty) {
            return Err(ApiResponse::detail(400, "partner_id is required"));
        }
        let event = req.query_value("event_id").filter(|e| !e.is_empty());
        let list: Vec<&Campaign> =
            self.campaigns.iter().filter(|c| event.is_none_or(|e| c.eid.as_str() == e)).collect();
        Ok(ApiResponse::json(200, &list))
    }

    /// `PUT /campaigns/{eid}/{tc}/{run}/{status|budget}`.
    pub(super) fn update_campaign(
        &mut self,
        eid: &str,
        tc: &str,
        run: &str,
        suffix: &str,
        body: Option<&str>,
    ) -> Reply {
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

    /// `POST /campaigns/`: a one-off campaign, every field in the query string.
    pub(super) fn one_off(&mut self, req: &ApiRequest) -> Reply {
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
            creative: Creative {
                headline: q("headline"),
                body: q("body"),
                media_url: q("media_url"),
                cta: q("cta"),
                ..Creative::default()
            },
            targeting: Targeting::default(),
            extra: Extra::new(),
        };
        if self
            .campaigns
            .iter()
            .any(|c| c.eid == campaign.eid && c.tc == campaign.tc && c.tc_run_id == campaign.tc_run_id)
        {
            return Err(ApiResponse::detail(409, "A campaign for this cluster and run already exists"));
        }
        self.campaigns.push(campaign.clone());
        Ok(ApiResponse::json(200, &campaign))
    }

    pub(super) fn campaign_results(&self, req: &ApiRequest) -> Reply {
        let eid = req.query_value("eid").unwrap_or("");
        let rows: Vec<&CampaignResult> = self.results.iter().filter(|r| r.eid.as_str() == eid).collect();
        Ok(ApiResponse::json(200, &rows))
    }
}
