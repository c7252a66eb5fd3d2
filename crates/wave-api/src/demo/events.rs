//! Event search (`GET /events`): a case-insensitive match on title, venue and city (or the exact id), an optional
//! `since` date, and pages of [`crate::contract::assumptions::EVENTS_PAGE_SIZE`].

use super::{DemoPackages, Reply};
use crate::contract::http::{ApiRequest, ApiResponse};
use crate::contract::models::*;

impl DemoPackages {
    pub(super) fn list_events(&self, req: &ApiRequest) -> Reply {
        Ok(ApiResponse::json(200, &self.search_events(req)))
    }

    fn search_events(&self, req: &ApiRequest) -> Vec<Event> {
        let needle = req.query_value("search").unwrap_or("").trim().to_lowercase();
        let since = req.query_value("since").filter(|s| !s.is_empty());
        let page = req.query_value("page").and_then(|p| p.parse::<usize>().ok()).unwrap_or(1).max(1);
        let size = crate::contract::assumptions::EVENTS_PAGE_SIZE;
        self.events
            .iter()
            .filter(|e| {
                let hay =
                    format!("{} {} {}", e.title, e.venue.as_deref().unwrap_or(""), e.city.as_deref().unwrap_or(""));
                // ⚑ EVENT_LOOKUP_BY_ID_SEARCH: the demo search also finds an event by its id.
                hay.to_lowercase().contains(&needle) || e.id.as_str() == needle
            })
            .filter(|e| since.is_none_or(|s| e.date.as_deref().is_some_and(|d| d >= s)))
            .skip((page - 1) * size)
            .take(size)
            .cloned()
            .collect()
    }
}
