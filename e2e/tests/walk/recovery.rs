//! The end of a walk: faults off, reload, and the page must recover (Retry gives content).

use crate::walker::Walk;
use crate::PARTNER;
use e2e::*;
use serde_json::Value;
use std::time::{Duration, Instant};

impl Walk {
    /// Faults off, reload: the page shows an h1; an error panel's Retry gives content (or
    /// the server's real answer, e.g. a 404 for an unknown id).
    pub(crate) async fn recover(&mut self) -> Result<(), String> {
        self.faults.clear();
        self.server.set_faults(Vec::new());
        self.note("end: faults off, reload".into());
        self.c.refresh().await.map_err(|e| format!("reload: {e}"))?;
        self.settled_h1().await?;
        health(&self.c).await?;
        if self.path().await == "/connect" && self.session_ended().await {
            let done = self.sign_in().await?;
            self.note(format!("end: {done}"));
            self.settled_h1().await?;
        }
        if !self.retry_until_content().await? && !self.connection_is_default().await {
            // The walk typed another base URL or partner on /connect: errors are then right.
            let here = self.c.current_url().await.map_err(|e| e.to_string())?.to_string();
            let done = self.sign_in().await?;
            self.note(format!("end: the walk changed the connection settings; {done}; back to {here}"));
            self.c.goto(&here).await.map_err(|e| e.to_string())?;
            self.settled_h1().await?;
            if !self.retry_until_content().await? {
                return Err("after signing in properly, Retry still shows an error".into());
            }
        }
        health(&self.c).await?;
        Ok(())
    }

    pub(crate) async fn settled_h1(&self) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let v = self.c.execute("const h = document.querySelector('main h1'); return [!!h, !!document.querySelector('main [aria-busy=true]')];", vec![]).await;
            if let Ok(v) = v {
                if v[0].as_bool() == Some(true) && v[1].as_bool() == Some(false) {
                    return Ok(());
                }
            }
            if Instant::now() > deadline {
                let text = self.c.execute("return document.body.innerText", vec![]).await.unwrap_or_default();
                return Err(format!("no settled page with an h1 15 s after the reload; page text: {text}"));
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Clicks Retry on every error panel; true when the page then shows content, or the
    /// server itself (faults are off) answered the retried calls with a 4xx.
    pub(crate) async fn retry_until_content(&self) -> Result<bool, String> {
        let error_panels = "//div[contains(@class,'error-panel')][.//button[normalize-space()='Retry']]";
        if appears(&self.c, error_panels, 1).await.is_none() {
            return Ok(true);
        }
        let from = self.server.log().len();
        let retry = wait_for(&self.c, &format!("{error_panels}//button")).await;
        retry.click().await.map_err(|e| format!("clicking Retry: {e}"))?;
        self.note("end: Retry".into());
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            tokio::time::sleep(Duration::from_millis(300)).await;
            let still =
                self.c.find_all(fantoccini::Locator::XPath(error_panels)).await.map(|v| !v.is_empty()).unwrap_or(true);
            if !still {
                return Ok(true);
            }
            let log = self.server.log();
            let retried = &log[from.min(log.len())..];
            if !retried.is_empty() && retried.iter().all(|r| r.status.is_some()) {
                if retried.iter().any(|r| r.status.is_some_and(|s| (400..500).contains(&s))) {
                    return Ok(true);
                }
                if Instant::now() > deadline {
                    return Ok(false);
                }
            } else if Instant::now() > deadline {
                return Ok(false);
            }
        }
    }

    pub(crate) async fn connection_is_default(&self) -> bool {
        let v = self.c.execute("return localStorage.getItem('waveConnection') || ''", vec![]).await.unwrap_or_default();
        let saved: Value = serde_json::from_str(v.as_str().unwrap_or_default()).unwrap_or(Value::Null);
        saved.is_null()
            || (saved["mode"] == "live" && saved["api_base_url"] == "/api" && saved["partner_id"] == PARTNER)
    }
}
