//! User walks: seeded random walks through the release build in LIVE mode against the mock
//! Wave API. Each step clicks, types (ordinary and hostile text), toggles, selects, goes
//! Back/Forward, reloads, deep-links, presses Escape or switches server faults on and off,
//! while a "colleague" changes drafts on the server (every other seed versions them);
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
//!
//! Where things are: [`rng`] (seeded randomness), [`inputs`] (routes, texts, faults),
//! [`targets`] (what a step acts on), [`walker`] (signing in, one step, the check after it)
//! and [`recovery`] (the end-of-walk recovery).

mod inputs;
mod recovery;
mod rng;
mod targets;
mod walker;

use e2e::*;
use mock_server::Server;
use rng::Rng;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use walker::Walk;

/// Seeds that once failed; run with every default or WALK_SEED_COUNT run.
const REGRESSIONS: &[u64] = &[];
/// Without WALK_SEEDS / WALK_SEED_COUNT: about five minutes on two cores.
const DEFAULT_SEEDS: &[u64] = &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const DEFAULT_STEPS: usize = 40;
/// Steps shown when a walk fails.
const TAIL: usize = 15;
pub(crate) const TOKEN: &str = "walk-token";
pub(crate) const PARTNER: &str = "partner-42";

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

struct Failure {
    seed: u64,
    step: usize,
    why: String,
    tail: Vec<String>,
}

async fn walk_seed(seed: u64, steps: usize) -> Result<Duration, Failure> {
    let started = Instant::now();
    let server = Server::new(Some(dist()), PARTNER);
    // Walks meet hostile server strings too (package 107, event 7017).
    server.add_hostile_strings();
    // Every other seed meets a server that versions drafts (stale saves refused with 409).
    server.set_newer(mock_server::newer::NewerApi { versions: seed.is_multiple_of(2) });
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
    // Bounded: Firefox waits forever on a page that asks before unloading.
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), c.close()).await;
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
