//! One screenshot session ([`Shots`]): reach a state, check the app is healthy, save a PNG;
//! and the small helpers the states share.

use e2e::{health, wait_for};
use fantoccini::Client;
use std::future::Future;
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub(crate) struct Shots {
    pub(crate) c: Client,
    pub(crate) out: PathBuf,
    pub(crate) prefix: &'static str,
    pub(crate) saved: Vec<String>,
    pub(crate) problems: Vec<String>,
}

impl Shots {
    /// Runs `prepare` (navigate, click, wait) and saves a screenshot named `name`. A state that
    /// cannot be reached is reported and skipped; the others still run.
    pub(crate) async fn state<F, Fut>(&mut self, name: &str, prepare: F)
    where
        F: FnOnce(Client) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
        // SHOTS_ONLY=a,b: only the states whose names hold one of these (the first state signs
        // in: keep `live-package-list` for the live ones).
        if let Ok(only) = std::env::var("SHOTS_ONLY") {
            if !only.split(',').any(|part| !part.is_empty() && name.contains(part)) {
                return;
            }
        }
        let started = Instant::now();
        if let Err(e) = tokio::spawn(prepare(self.c.clone())).await {
            let why = if e.is_panic() {
                let p = e.into_panic();
                p.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            } else {
                e.to_string()
            };
            let first = why.lines().take(3).collect::<Vec<_>>().join(" / ");
            println!("  FAILED {}-{name}: {first}", self.prefix);
            self.problems.push(format!("{}-{name}: {first}", self.prefix));
            return;
        }
        // Let transitions, fonts and late renders settle.
        tokio::time::sleep(Duration::from_millis(400)).await;
        if let Err(why) = health(&self.c).await {
            println!("  UNHEALTHY {}-{name}: {why}", self.prefix);
            self.problems.push(format!("{}-{name}: unhealthy: {why}", self.prefix));
        }
        self.save(&format!("{}-{name}.png", self.prefix), started).await;
        // The same state in German (SHOTS_GERMAN=0: English only): switched in place, as the
        // header's switch does, then back, so the next state's steps read English again.
        if std::env::var("SHOTS_GERMAN").as_deref() != Ok("0") {
            switch_language(&self.c, "de").await;
            if let Err(why) = health(&self.c).await {
                println!("  UNHEALTHY {}-{name}-de: {why}", self.prefix);
                self.problems.push(format!("{}-{name}-de: unhealthy: {why}", self.prefix));
            }
            // German words are long: nothing may stick out of the page or of its control.
            for what in overflow(&self.c).await {
                println!("  OVERFLOW {}-{name}-de: {what}", self.prefix);
                self.problems.push(format!("{}-{name}-de: overflow: {what}", self.prefix));
            }
            self.save(&format!("{}-{name}-de.png", self.prefix), Instant::now()).await;
            switch_language(&self.c, "en").await;
        }
    }

    async fn save(&mut self, file: &str, started: Instant) {
        match self.c.screenshot().await {
            Ok(png) => {
                std::fs::write(self.out.join(file), png).expect("write screenshot");
                println!("  {file} ({} ms)", started.elapsed().as_millis());
                self.saved.push(file.to_string());
            }
            Err(e) => {
                println!("  FAILED {file}: screenshot: {e}");
                self.problems.push(format!("{file}: screenshot: {e}"));
            }
        }
    }
}

/// What sticks out: the page wider than the window, or a button, label, heading or badge whose
/// text is wider than its box (clipped or spilling). Tables in their scroll regions may scroll.
async fn overflow(c: &Client) -> Vec<String> {
    let script = "
        const out = [];
        const root = document.scrollingElement;
        if (root.scrollWidth > window.innerWidth + 1) out.push(`page ${root.scrollWidth}px wide in ${window.innerWidth}px`);
        for (const el of document.querySelectorAll('button, label, h1, h2, h3, legend, .badge, .chip, a.button, th')) {
          if (el.closest('.table-scroll, [hidden], dialog:not([open])') || el.offsetParent === null) continue;
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
            out.push(`${el.tagName.toLowerCase()} “${el.textContent.trim().slice(0, 40)}” clipped`);
          const r = el.getBoundingClientRect();
          if (r.right > window.innerWidth + 1) out.push(`${el.tagName.toLowerCase()} “${el.textContent.trim().slice(0, 40)}” past the right edge`);
        }
        return out;";
    c.execute(script, vec![])
        .await
        .ok()
        .and_then(|v| v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()))
        .unwrap_or_default()
}

/// Switches the page to `lang` in place: the stored choice and the storage event another tab
/// would send (so it works under a modal dialog too, where the header cannot be clicked).
async fn switch_language(c: &Client, lang: &str) {
    let script = "localStorage.setItem('waveLang', arguments[0]);
                  window.dispatchEvent(new StorageEvent('storage', {key: 'waveLang', newValue: arguments[0]}));";
    let _ = c.execute(script, vec![serde_json::Value::from(lang)]).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
}

pub(crate) async fn goto(c: &Client, url: &str) {
    c.goto(url).await.unwrap_or_else(|e| panic!("goto {url}: {e}"));
}

/// Scrolls the element at `xpath` into view (the part of the page the state is about).
pub(crate) async fn scroll_to(c: &Client, xpath: &str, block: &str) {
    let el = wait_for(c, xpath).await;
    let el = serde_json::to_value(&el).expect("element");
    let _ =
        c.execute("arguments[0].scrollIntoView({block: arguments[1]})", vec![el, serde_json::Value::from(block)]).await;
}
