//! User walks: seeded random walks through the release build in LIVE mode against the mock
//! Wave API. Each step clicks, types (ordinary and hostile text), toggles, selects, goes
//! Back/Forward, reloads, deep-links, presses Escape or switches server faults on and off;
//! after every step the app must be healthy and still on its own origin. Each seed ends by
//! clearing the faults, reloading and checking that the page recovers.
//!
//! ```text
//! cargo test -p e2e --test walk -- --nocapture                  # the default seeds (~5 min)
//! WALK_SEEDS=7 cargo test -p e2e --test walk -- --nocapture     # one seed, exactly again
//! WALK_SEED_COUNT=300 cargo test -p e2e --test walk -- --nocapture   # seeds 1..=300
//! WALK_STEPS=80 …                                               # steps per seed (default 40)
//! WALK_VERBOSE=1 …                                              # print every step as it runs
//! ```
//!
//! A failure prints the seed, the step and the last steps; the same seed and WALK_STEPS walk
//! the same way again (timing aside). Seeds that once failed go into [`REGRESSIONS`].

use e2e::*;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::{Element, ElementRef};
use fantoccini::error::{CmdError, ErrorStatus};
use fantoccini::key::Key;
use fantoccini::Client;
use mock_server::{Fault, FaultKind, Server};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Seeds that once failed; run with every default or WALK_SEED_COUNT run.
const REGRESSIONS: &[u64] = &[];
/// Without WALK_SEEDS / WALK_SEED_COUNT: about five minutes on two cores.
const DEFAULT_SEEDS: &[u64] = &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const DEFAULT_STEPS: usize = 40;
/// Steps shown when a walk fails.
const TAIL: usize = 15;
const TOKEN: &str = "walk-token";
const PARTNER: &str = "partner-42";

/// splitmix64: tiny, deterministic, good enough to pick actions.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    Some(value.trim().parse().unwrap_or_else(|_| panic!("{name}={value:?} is not a number")))
}

fn seeds() -> Vec<u64> {
    let mut seeds: Vec<u64> = if let Ok(list) = std::env::var("WALK_SEEDS") {
        return list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap_or_else(|_| panic!("WALK_SEEDS: {s:?} is not a number")))
            .collect();
    } else if let Some(n) = env_number("WALK_SEED_COUNT") {
        (1..=n).collect()
    } else {
        DEFAULT_SEEDS.to_vec()
    };
    for seed in REGRESSIONS {
        if !seeds.contains(seed) {
            seeds.push(*seed);
        }
    }
    seeds
}

/// Deep links: every route, unknown ids, and a return address that would leave the origin.
const ROUTES: &[&str] = &[
    "/",
    "/package-builder",
    "/package-builder?q=jazz&status=DONE&sort=title_asc",
    "/package-builder?page=9999",
    "/package-builder/create",
    "/package-builder/results/101",
    "/package-builder/results/102",
    "/package-builder/results/103",
    "/package-builder/results/104",
    "/package-builder/results/105",
    "/package-builder/results/106",
    "/package-builder/results/107",
    "/package-builder/results/nope",
    "/package-builder/results/999999",
    "/package-builder/results/%F0%9F%8E%9F",
    "/campaigns",
    "/campaigns/7001/setup",
    "/campaigns/7003/setup",
    "/campaigns/7005/setup",
    "/campaigns/12345/setup",
    "/campaigns/nope/setup",
    "/events/7002",
    "/events/7001",
    "/events/nope",
    "/connect",
    "/connect?return=/%5Cevil.example/x",
    "/connect?return=//evil.example/x",
    "/connect?return=/package-builder/create",
    "/no/such/page",
];

/// Typed into inputs: ordinary, unicode, markup, odd numbers, huge, empty.
const TEXTS: &[&str] = &[
    "jazz",
    "Munich",
    "2",
    "42",
    "Zoë 北京 🎟",
    "<img src=x onerror=alert(1)>",
    "12.5",
    "1e3",
    "-",
    "99999999999999999999",
    "",
    "2026-08-01",
    "' OR 1=1 --",
    "a/b%2Fc?d=e#f",
];

/// Route parts a fault applies to (the mock matches paths containing it; "" = every call).
const FAULT_PATHS: &[&str] = &[
    "",
    "/package_builder",
    "/package_builder/packages/",
    "/backhaul_evaluation",
    "/events",
    "/nlq",
    "/campaigns",
    "/setup_processes",
    "/campaigns_setup",
    "/data_integrations",
    // Not the API: the app's start-up (the mock faults exactly this path; seen on reload).
    "/config.json",
];

fn random_fault(rng: &mut Rng) -> Fault {
    let method = rng.pick(&[None, None, Some("GET"), Some("PUT"), Some("POST")]).map(str::to_string);
    let path = rng.pick(FAULT_PATHS).to_string();
    let kind = match rng.below(10) {
        0 => FaultKind::Status { status: 401 },
        1 => FaultKind::Status { status: 403 },
        2 => FaultKind::Status { status: 500 },
        3 => FaultKind::Status { status: 503 },
        4 => FaultKind::Malformed,
        5 => FaultKind::Empty,
        6 | 7 => FaultKind::Latency { ms: 1500 },
        8 => FaultKind::Hang,
        _ => FaultKind::Drop,
    };
    Fault { method, path, kind }
}

fn describe_fault(f: &Fault) -> String {
    let kind = match &f.kind {
        FaultKind::Status { status } => format!("HTTP {status}"),
        FaultKind::Latency { ms } => format!("latency {ms} ms"),
        FaultKind::Malformed => "malformed JSON".into(),
        FaultKind::Empty => "empty body".into(),
        FaultKind::Hang => "hang".into(),
        FaultKind::Drop => "dropped connection".into(),
    };
    format!(
        "{} {} → {kind}",
        f.method.as_deref().unwrap_or("*"),
        if f.path.is_empty() { "(every call)" } else { &f.path }
    )
}

/// Finds a random visible, enabled control of `kind` in the app's own UI (header, main,
/// notices, or only the open dialog) and returns it with a readable description.
const PICK_JS: &str = r#"
const [kind, r] = arguments;
const visible = el => {
  if (el.closest('[hidden]') || el.closest('[inert]')) return false;
  const s = getComputedStyle(el);
  if (s.visibility === 'hidden' || s.display === 'none') return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
};
const dialog = [...document.querySelectorAll('dialog[open], [role=dialog]')].find(visible);
const roots = dialog ? [dialog] : [...document.querySelectorAll('header, main, .notices')];
const selectors = {
  click: 'a[href], button, [role=option], [role=button], [role=tab], summary',
  type: 'input:not([type]), input[type=text], input[type=search], input[type=number], input[type=password], input[type=email], input[type=url], input[type=tel], input[type=date], textarea',
  toggle: 'input[type=checkbox], input[type=radio]',
  select: 'select',
};
const candidates = kind => {
  const seen = new Set();
  let els = [];
  for (const root of roots) for (const el of root.querySelectorAll(selectors[kind])) if (!seen.has(el)) { seen.add(el); els.push(el); }
  els = els.filter(el => visible(el) && !el.disabled && !el.closest('fieldset[disabled]') && el.getAttribute('aria-disabled') !== 'true' && !el.readOnly);
  if (kind === 'click') els = els.filter(el => {
    if (el.tagName !== 'A') return true;
    const u = new URL(el.getAttribute('href'), location.href);
    return u.origin === location.origin && !el.hasAttribute('download') && (!el.target || el.target === '_self');
  });
  return els;
};
if (kind === 'count') return Object.keys(selectors).map(k => candidates(k).length);
const els = candidates(kind);
if (!els.length) return null;
const el = els[r % els.length];
const label = ((el.labels && el.labels[0] && el.labels[0].innerText) || el.getAttribute('aria-label') || el.innerText || el.value || el.id || '')
  .trim().replace(/\s+/g, ' ').slice(0, 60);
const where = dialog ? 'dialog' : el.closest('header') ? 'header' : el.closest('.notices') ? 'notices' : 'main';
const type = el.tagName === 'INPUT' ? `[${el.type}]` : '';
return {el, desc: `${el.tagName.toLowerCase()}${type} “${label}” in ${where}`, options: el.tagName === 'SELECT' ? el.options.length : 0, n: els.length};
"#;

struct Picked {
    el: Element,
    desc: String,
    options: usize,
}

/// How many click, type, toggle and select targets the page offers now.
async fn counts(c: &Client) -> Result<[usize; 4], String> {
    let v = c.execute(PICK_JS, vec![json!("count"), json!(0)]).await.map_err(|e| format!("counting targets: {e}"))?;
    let n = |i: usize| v.get(i).and_then(Value::as_u64).unwrap_or(0) as usize;
    Ok([n(0), n(1), n(2), n(3)])
}

async fn pick(c: &Client, kind: &str, r: u64) -> Result<Option<Picked>, String> {
    let v = c
        .execute(PICK_JS, vec![json!(kind), json!(r % 1_000_000)])
        .await
        .map_err(|e| format!("picking a {kind} target: {e}"))?;
    if v.is_null() {
        return Ok(None);
    }
    let id =
        v["el"].as_object().and_then(|o| o.values().next()).and_then(Value::as_str).ok_or("no element reference")?;
    Ok(Some(Picked {
        el: Element::from_element_id(c.clone(), ElementRef::from(id.to_string())),
        desc: v["desc"].as_str().unwrap_or_default().to_string(),
        options: v["options"].as_u64().unwrap_or(0) as usize,
    }))
}

/// What a user can fail to do without the app being at fault: the target moved, went away,
/// or is covered (a backdrop, a notice).
fn harmless(e: &CmdError) -> Option<String> {
    match e {
        CmdError::Standard(w)
            if matches!(
                w.error,
                ErrorStatus::StaleElementReference
                    | ErrorStatus::ElementClickIntercepted
                    | ErrorStatus::ElementNotInteractable
                    | ErrorStatus::InvalidElementState
                    | ErrorStatus::NoSuchElement
                    | ErrorStatus::MoveTargetOutOfBounds
            ) =>
        {
            Some(format!("{}", w.error))
        }
        _ => None,
    }
}

fn outcome(result: Result<(), CmdError>) -> Result<String, String> {
    match result {
        Ok(()) => Ok(String::new()),
        Err(e) => match harmless(&e) {
            Some(why) => Ok(format!(" (not done: {why})")),
            None => Err(format!("WebDriver: {e}")),
        },
    }
}

/// Types like a paste when WebDriver cannot send the text (Chromium: no characters beyond
/// the BMP, such as emoji).
async fn paste(c: &Client, el: &Element, text: &str) -> Result<(), CmdError> {
    let el = serde_json::to_value(el).map_err(|e| CmdError::NotJson(e.to_string()))?;
    c.execute(
        "const [el, text] = arguments; el.focus();
         const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set;
         setter.call(el, el.value + text);
         el.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste', data: text}));
         el.dispatchEvent(new Event('change', {bubbles: true}));",
        vec![el, json!(text)],
    )
    .await
    .map(|_| ())
}

struct Walk {
    seed: u64,
    c: Client,
    server: Server,
    base: String,
    rng: Rng,
    log: Arc<Mutex<Vec<String>>>,
    faults: Vec<Fault>,
}

impl Walk {
    fn note(&self, line: String) {
        if std::env::var_os("WALK_VERBOSE").is_some() {
            println!("  [{}] {line}", self.seed);
        }
        self.log.lock().unwrap_or_else(|p| p.into_inner()).push(line);
    }

    async fn path(&self) -> String {
        self.c.current_url().await.map(|u| u.path().to_string()).unwrap_or_default()
    }

    /// Signs in on /connect as a user: Live, base URL /api, a token, the partner id.
    async fn sign_in(&self) -> Result<String, String> {
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
    async fn step(&mut self) -> Result<String, String> {
        let on_connect = self.path().await == "/connect";
        let available = counts(&self.c).await?;
        // Weights: click, type, toggle, select, back, forward, reload, deep link, escape,
        // faults on, faults off, wait, sign in.
        let mut weights = [30, 14, 6, 6, 5, 3, 4, 10, 3, 5, 4, 3, 0];
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
            _ => self.sign_in().await?,
        })
    }

    /// After every step: healthy, on the app's origin; a 401 (or a deep link to a return
    /// address) on /connect is followed by signing in again.
    async fn check(&self) -> Result<Option<String>, String> {
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

    async fn session_ended(&self) -> bool {
        self.c
            .execute("return document.body.innerText.includes('Your session has ended')", vec![])
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }

    /// Faults off, reload: the page shows an h1; an error panel's Retry gives content (or
    /// the server's real answer, e.g. a 404 for an unknown id).
    async fn recover(&mut self) -> Result<(), String> {
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

    async fn settled_h1(&self) -> Result<(), String> {
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
    async fn retry_until_content(&self) -> Result<bool, String> {
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

    async fn connection_is_default(&self) -> bool {
        let v = self.c.execute("return localStorage.getItem('waveConnection') || ''", vec![]).await.unwrap_or_default();
        let saved: Value = serde_json::from_str(v.as_str().unwrap_or_default()).unwrap_or(Value::Null);
        saved.is_null()
            || (saved["mode"] == "live" && saved["api_base_url"] == "/api" && saved["partner_id"] == PARTNER)
    }
}

struct Failure {
    seed: u64,
    step: usize,
    why: String,
    tail: Vec<String>,
}

async fn walk_seed(seed: u64, steps: usize) -> Result<Duration, Failure> {
    let started = Instant::now();
    let server = Server::new(Some(dist()), PARTNER);
    let addr = mock_server::start(server.clone(), 0).await.expect("mock server");
    let base = format!("http://{addr}");
    let (_driver, c) = browser(&tempdir("walk-downloads")).await;
    let log = Arc::new(Mutex::new(Vec::<String>::new()));
    let step_no = Arc::new(Mutex::new(0usize));
    let task = {
        let (c, log, step_no) = (c.clone(), log.clone(), step_no.clone());
        tokio::spawn(async move {
            let mut walk = Walk { seed, c, server, base, rng: Rng::new(seed), log, faults: Vec::new() };
            let line = walk.sign_in().await?;
            walk.note(format!("  0. {line}"));
            for n in 1..=steps {
                *step_no.lock().unwrap_or_else(|p| p.into_inner()) = n;
                let line = walk.step().await?;
                walk.note(format!("{n:>3}. {line}"));
                tokio::time::sleep(Duration::from_millis(300)).await;
                if let Some(auto) = walk.check().await? {
                    walk.note(format!("     {auto}"));
                }
            }
            *step_no.lock().unwrap_or_else(|p| p.into_inner()) = steps + 1;
            walk.recover().await
        })
    };
    let result = task.await;
    let _ = c.close().await;
    let why = match result {
        Ok(Ok(())) => return Ok(started.elapsed()),
        Ok(Err(why)) => why,
        Err(e) if e.is_panic() => {
            let p = e.into_panic();
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "panic".into())
        }
        Err(e) => format!("walk task: {e}"),
    };
    let lines = log.lock().unwrap_or_else(|p| p.into_inner()).clone();
    let step = *step_no.lock().unwrap_or_else(|p| p.into_inner());
    Err(Failure { seed, step, why, tail: lines[lines.len().saturating_sub(TAIL)..].to_vec() })
}

#[tokio::test]
async fn seeded_user_walks() {
    let steps = env_number("WALK_STEPS").map(|n| n as usize).unwrap_or(DEFAULT_STEPS);
    let seeds = seeds();
    println!("user walks in {}: seeds {seeds:?}, {steps} steps each", BrowserKind::current().name());
    let mut failures = Vec::new();
    for seed in &seeds {
        match walk_seed(*seed, steps).await {
            Ok(took) => println!("seed {seed}: ok ({:.0} s)", took.as_secs_f64()),
            Err(f) => {
                let at =
                    if f.step > steps { "the end-of-walk recovery".to_string() } else { format!("step {}", f.step) };
                let report = format!(
                    "seed {} FAILED at {at}: {}\n  last steps:\n    {}\n  reproduce: WALK_SEEDS={} WALK_STEPS={steps} E2E_BROWSER={} cargo test -p e2e --test walk -- --nocapture",
                    f.seed,
                    f.why,
                    f.tail.join("\n    "),
                    f.seed,
                    BrowserKind::current().name()
                );
                println!("{report}");
                failures.push(report);
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} walks failed:\n\n{}", failures.len(), seeds.len(), failures.join("\n\n"));
}
