//! One walk: signing in, a random step, and the check after every step.

use crate::inputs::{describe_fault, random_fault, ROUTES, TEXTS};
use crate::rng::Rng;
use crate::targets::{counts, outcome, paste, pick};
use crate::{PARTNER, TOKEN};
use e2e::*;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::Client;
use mock_server::{Fault, Server};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub(crate) struct Walk {
    pub(crate) seed: u64,
    pub(crate) c: Client,
    pub(crate) server: Server,
    pub(crate) base: String,
    pub(crate) rng: Rng,
    pub(crate) log: Arc<Mutex<Vec<String>>>,
    pub(crate) faults: Vec<Fault>,
}

impl Walk {
    pub(crate) fn note(&self, line: String) {
        if std::env::var_os("WALK_VERBOSE").is_some() {
            println!("  [{}] {line}", self.seed);
        }
        self.log.lock().unwrap_or_else(|p| p.into_inner()).push(line);
    }

    pub(crate) async fn path(&self) -> String {
        self.c.current_url().await.map(|u| u.path().to_string()).unwrap_or_default()
    }

    /// Signs in on /connect as a user: Live, base URL /api, a token, the partner id.
    pub(crate) async fn sign_in(&self) -> Result<String, String> {
        if self.path().await != "/connect" {
            self.c.goto(&format!("{}/connect", self.base)).await.map_err(|e| e.to_string())?;
        }
        heading(&self.c, "Connect").await;
        wait_for(&self.c, "//label[contains(., 'Live')]/input").await.click().await.map_err(|e| e.to_string())?;
        type_into(&self.c, "API base URL", "/api").await;
        type_into(&self.c, "API token", TOKEN).await;
        type_into(&self.c, "Partner ID", PARTNER).await;
        button(&self.c, "Connect").await.click().await.map_err(|e| e.to_string())?;
        tokio::time::sleep(Duration::from_millis(400)).await;
        Ok(format!("sign in on /connect → {}", self.path().await))
    }

    /// One random step; returns what it did, as a line for the log.
    pub(crate) async fn step(&mut self) -> Result<String, String> {
        let on_connect = self.path().await == "/connect";
        let available = counts(&self.c).await?;
        // Weights: click, type, toggle, select, back, forward, reload, deep link, escape,
        // faults on, faults off, wait, sign in, a colleague changes a draft.
        let mut weights = [30, 14, 6, 6, 5, 3, 4, 10, 3, 5, 4, 3, 0, 4];
        for (weight, n) in weights.iter_mut().zip(available) {
            if n == 0 {
                *weight = 0;
            }
        }
        if on_connect {
            weights[12] = 8;
        }
        if self.faults.is_empty() {
            weights[10] = 0;
        }
        let total: usize = weights.iter().sum();
        let mut roll = self.rng.below(total);
        let mut action = 0;
        while roll >= weights[action] {
            roll -= weights[action];
            action += 1;
        }
        let c = self.c.clone();
        Ok(match action {
            0..=3 => {
                let kind = ["click", "type", "toggle", "select"][action];
                let r = self.rng.next();
                let Some(target) = pick(&c, kind, r).await? else {
                    return Ok(format!("{kind}: nothing to {kind} here"));
                };
                match kind {
                    "click" => format!("click {}{}", target.desc, outcome(target.el.click().await)?),
                    "toggle" => format!("toggle {}{}", target.desc, outcome(target.el.click().await)?),
                    "select" => {
                        let index = self.rng.below(target.options.max(1));
                        format!(
                            "select option #{index} of {}{}",
                            target.desc,
                            outcome(target.el.select_by_index(index).await)?
                        )
                    }
                    _ => {
                        let text = *self.rng.pick(TEXTS);
                        let replace = text.is_empty() || self.rng.chance(70);
                        let enter = self.rng.chance(25);
                        let mut done = if replace { outcome(target.el.clear().await)? } else { String::new() };
                        if done.is_empty() && !text.is_empty() {
                            done = if text.chars().any(|ch| ch as u32 > 0xFFFF) {
                                outcome(paste(&c, &target.el, text).await)?
                            } else {
                                outcome(target.el.send_keys(text).await)?
                            };
                        }
                        if done.is_empty() && enter {
                            done = format!(
                                ", Enter{}",
                                outcome(target.el.send_keys(&char::from(Key::Enter).to_string()).await)?
                            );
                        }
                        format!("{} {text:?} into {}{done}", if replace { "type" } else { "append" }, target.desc)
                    }
                }
            }
            4 => {
                let mut line = format!("Back{}", outcome(c.back().await)?);
                // Back from the tab's first page goes to the browser's start page: not the app's
                // doing, so the walk returns (an app leaving its origin goes to http(s)).
                if let Ok(url) = c.current_url().await {
                    if !url.scheme().starts_with("http") {
                        line.push_str(&format!(
                            " (before the tab's first page: {url}; Forward{})",
                            outcome(c.forward().await)?
                        ));
                    }
                }
                line
            }
            5 => format!("Forward{}", outcome(c.forward().await)?),
            6 => format!("reload{}", outcome(c.refresh().await)?),
            7 => {
                let route = *self.rng.pick(ROUTES);
                format!("deep link {route}{}", outcome(c.goto(&format!("{}{route}", self.base)).await)?)
            }
            8 => {
                let keys = KeyActions::new("keyboard".into())
                    .then(KeyAction::Down { value: Key::Escape.into() })
                    .then(KeyAction::Up { value: Key::Escape.into() });
                format!("press Escape{}", outcome(c.perform_actions(keys).await)?)
            }
            9 => {
                let n = 1 + self.rng.below(2);
                self.faults = (0..n).map(|_| random_fault(&mut self.rng)).collect();
                self.server.set_faults(self.faults.clone());
                format!("faults on: {}", self.faults.iter().map(describe_fault).collect::<Vec<_>>().join("; "))
            }
            10 => {
                self.faults.clear();
                self.server.set_faults(Vec::new());
                "faults off".into()
            }
            11 => {
                tokio::time::sleep(Duration::from_millis(2_000)).await;
                "wait 2 s".into()
            }
            12 => self.sign_in().await?,
            _ => self.colleague(),
        })
    }

    /// Someone on another device changes a campaign draft (if it has one): a budget, a goal
    /// or the DSA payor (ordinary or hostile text).
    fn colleague(&mut self) -> String {
        let eid = *self.rng.pick(&["7001", "7002", "7004", "7006"]);
        let patch = match self.rng.below(3) {
            0 => serde_json::json!({"total_budget": 100 + self.rng.below(5_000)}),
            1 => serde_json::json!({"goal": *self.rng.pick(&["AWARENESS", "TICKET_SALES", "TRAFFIC"])}),
            _ => serde_json::json!({"dsa_payor": *self.rng.pick(TEXTS)}),
        };
        let edit =
            mock_server::newer::ColleagueEdit { eid: eid.into(), patch: patch.clone(), clusters: Default::default() };
        match self.server.colleague(&edit) {
            Ok(_) => format!("a colleague changes draft {eid}: {patch}"),
            Err(_) => format!("a colleague finds no draft {eid}"),
        }
    }

    /// After every step: healthy, on the app's origin; a 401 (or a deep link to a return
    /// address) on /connect is followed by signing in again.
    pub(crate) async fn check(&self) -> Result<Option<String>, String> {
        health(&self.c).await?;
        let url = self.c.current_url().await.map_err(|e| format!("cannot read the URL: {e}"))?;
        let origin = url.origin().ascii_serialization();
        if origin != self.base {
            return Err(format!("left the app's origin: now at {url}"));
        }
        if url.path() == "/connect" && self.session_ended().await {
            let done = self.sign_in().await?;
            health(&self.c).await?;
            let url = self.c.current_url().await.map_err(|e| format!("cannot read the URL: {e}"))?;
            if url.origin().ascii_serialization() != self.base {
                return Err(format!("signing in left the app's origin: now at {url}"));
            }
            return Ok(Some(format!("(auto) session ended → {done}")));
        }
        Ok(None)
    }

    pub(crate) async fn session_ended(&self) -> bool {
        self.c
            .execute("return document.body.innerText.includes('Your session has ended')", vec![])
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }
}
