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
        let file = format!("{}-{name}.png", self.prefix);
        match self.c.screenshot().await {
            Ok(png) => {
                std::fs::write(self.out.join(&file), png).expect("write screenshot");
                println!("  {file} ({} ms)", started.elapsed().as_millis());
                self.saved.push(file);
            }
            Err(e) => {
                println!("  FAILED {file}: screenshot: {e}");
                self.problems.push(format!("{file}: screenshot: {e}"));
            }
        }
    }
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
