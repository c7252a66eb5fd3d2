//! Screenshots of every route and state of the release build, at desktop (1366×900) and
//! phone (390×844) size, into one folder with readable names (`desktop-package-list.png`,
//! `phone-results-expired.png`, …). Demo mode from a static server for most states; live
//! mode against the mock Wave API for errors, loading, empty and sign-in states.
//!
//! `bash scripts/screenshots.sh [dist] [out-dir]` (defaults: dist, screenshots). Pages are
//! only ever loaded by URL, so hashed wasm/js file names in dist/ do not matter.

use e2e::{
    browser_sized, button, by_label, editable, heading, health, pick_event, serve_dist, set_viewport, settled, tempdir,
    text_appears, type_into, wait_for, BrowserKind, OPEN_DIALOG,
};
use fantoccini::Client;
use mock_server::{Fault, FaultKind, Server};
use std::future::Future;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const VIEWPORTS: [(&str, u32, u32); 2] = [("desktop", 1366, 900), ("phone", 390, 844)];

struct Shots {
    c: Client,
    out: PathBuf,
    prefix: &'static str,
    saved: Vec<String>,
    problems: Vec<String>,
}

/// Makes the app return an empty package list from the next request on, in this page only
/// (the mock server always has its fixtures): the real empty state, reached by a link.
const EMPTY_LIST_JS: &str = "const original = window.fetch;
    window.fetch = function (input, init) {
      const url = new URL(typeof input === 'string' ? input : input.url, location.href);
      if (/\\/package_builder\\/packages\\/?$/.test(url.pathname) && !(init && init.method && init.method !== 'GET')) {
        return Promise.resolve(new Response('[]', {status: 200, headers: {'content-type': 'application/json'}}));
      }
      return original.apply(this, arguments);
    };";

impl Shots {
    /// Runs `prepare` (navigate, click, wait) and saves a screenshot named `name`. A state that
    /// cannot be reached is reported and skipped; the others still run.
    async fn state<F, Fut>(&mut self, name: &str, prepare: F)
    where
        F: FnOnce(Client) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
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

async fn goto(c: &Client, url: &str) {
    c.goto(url).await.unwrap_or_else(|e| panic!("goto {url}: {e}"));
}

/// Scrolls the element at `xpath` into view (the part of the page the state is about).
async fn scroll_to(c: &Client, xpath: &str, block: &str) {
    let el = wait_for(c, xpath).await;
    let el = serde_json::to_value(&el).expect("element");
    let _ =
        c.execute("arguments[0].scrollIntoView({block: arguments[1]})", vec![el, serde_json::Value::from(block)]).await;
}

async fn demo_states(s: &mut Shots, base: &str) {
    let b = base.to_string();
    s.state("overview", |c| async move {
        goto(&c, &format!("{b}/")).await;
        heading(&c, "Overview").await;
        settled(&c).await;
    })
    .await;
    let b = base.to_string();
    s.state("package-list", |c| async move {
        goto(&c, &format!("{b}/package-builder")).await;
        wait_for(&c, "//a[normalize-space()='Munich shows Q3']").await;
    })
    .await;
    let b = base.to_string();
    s.state("package-list-pager", |c| async move {
        goto(&c, &format!("{b}/package-builder?demo_packages=120")).await;
        wait_for(&c, "//nav[@aria-label='Pages'][not(@hidden)]").await;
        scroll_to(&c, "//nav[@aria-label='Pages']", "end").await;
    })
    .await;

    // The create wizard, from a clean start.
    let b = base.to_string();
    s.state("create-step1", |c| async move {
        goto(&c, &format!("{b}/package-builder/create")).await;
        let _ = c.execute("localStorage.removeItem('packageBuilderState')", vec![]).await;
        c.refresh().await.expect("reload");
        heading(&c, "Create package").await;
        by_label(&c, "Search events").await;
    })
    .await;
    s.state("create-step1-validation-error", |c| async move {
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Select at least one event.", 10).await;
    })
    .await;
    s.state("create-step1-event-picked", |c| async move {
        pick_event(&c, "jazz", "Summer Jazz Nights").await;
        button(&c, "Remove Summer Jazz Nights").await;
    })
    .await;
    s.state("create-step2", |c| async move {
        button(&c, "Next").await.click().await.expect("next");
        by_label(&c, "Package title").await;
    })
    .await;
    s.state("create-step2-validation-error", |c| async move {
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "Please fix the highlighted fields", 10).await;
        scroll_to(&c, "//*[@aria-invalid='true']", "center").await;
    })
    .await;
    s.state("create-step3", |c| async move {
        type_into(&c, "Package title", "Jazz fans 2026").await;
        type_into(&c, "Number of packages (1–10)", "2").await;
        button(&c, "Next").await.click().await.expect("next");
        text_appears(&c, "num_packages", 10).await;
    })
    .await;
    s.state("results-initializing", |c| async move {
        button(&c, "Create package").await.click().await.expect("create");
        heading(&c, "Jazz fans 2026").await;
        text_appears(&c, "Building the package", 10).await;
    })
    .await;

    // Results in every status (ids from crates/wave-api/fixtures/packages.json).
    for (name, id, shows) in [
        ("results-done", "101", "Clusters ("),
        ("results-inprogress", "106", "Building the package"),
        ("results-failed", "103", "Building this package failed"),
        ("results-expired", "104", "This package has expired"),
        ("results-merged", "105", "Merged from"),
    ] {
        let b = base.to_string();
        s.state(name, move |c| async move {
            goto(&c, &format!("{b}/package-builder/results/{id}")).await;
            text_appears(&c, shows, 15).await;
            settled(&c).await;
        })
        .await;
    }
    let b = base.to_string();
    s.state("results-done-evaluation", |c| async move {
        goto(&c, &format!("{b}/package-builder/results/101")).await;
        text_appears(&c, "Attributed per cluster", 15).await;
        scroll_to(&c, "//*[@id='evaluation-heading']", "start").await;
    })
    .await;
    s.state("results-done-crm-export-dialog", |c| async move {
        button(&c, "Export to CRM: family outings/münchen").await.click().await.expect("open");
        wait_for(&c, OPEN_DIALOG).await;
    })
    .await;
    let b = base.to_string();
    s.state("results-not-found", |c| async move {
        goto(&c, &format!("{b}/package-builder/results/nope")).await;
        wait_for(&c, "//div[contains(@class,'error-panel')]").await;
    })
    .await;

    // Campaigns.
    let b = base.to_string();
    s.state("campaigns-overview", |c| async move {
        goto(&c, &format!("{b}/campaigns")).await;
        heading(&c, "Campaigns").await;
        settled(&c).await;
    })
    .await;
    let b = base.to_string();
    s.state("campaign-setup-draft", |c| async move {
        goto(&c, &format!("{b}/campaigns/7001/setup")).await;
        editable(&c, "Total budget").await;
        settled(&c).await;
    })
    .await;
    s.state("campaign-setup-cancel-dialog", |c| async move {
        button(&c, "Cancel draft").await.click().await.expect("cancel");
        wait_for(&c, OPEN_DIALOG).await;
    })
    .await;
    let b = base.to_string();
    s.state("campaign-setup-validation-errors", |c| async move {
        goto(&c, &format!("{b}/campaigns/7005/setup")).await;
        editable(&c, "Total budget").await;
        button(&c, "Publish").await.click().await.expect("publish");
        text_appears(&c, "Before publishing:", 10).await;
        scroll_to(&c, "//*[contains(@class,'error-panel')][contains(., 'Before publishing:')]", "center").await;
    })
    .await;
    let b = base.to_string();
    s.state("event", |c| async move {
        goto(&c, &format!("{b}/events/7002")).await;
        heading(&c, "Event #7002").await;
        text_appears(&c, "opera first-timers", 15).await;
        settled(&c).await;
    })
    .await;
    s.state("event-edit-dialog", |c| async move {
        wait_for(&c, "//article[h3='opera first-timers']//button[normalize-space()='Edit creative']")
            .await
            .click()
            .await
            .expect("edit");
        wait_for(&c, OPEN_DIALOG).await;
    })
    .await;
    let b = base.to_string();
    s.state("connect", |c| async move {
        goto(&c, &format!("{b}/connect")).await;
        heading(&c, "Connect").await;
    })
    .await;
    let b = base.to_string();
    s.state("not-found", |c| async move {
        goto(&c, &format!("{b}/no/such/page")).await;
        heading(&c, "Page not found").await;
    })
    .await;
}

fn fault(method: &str, path: &str, kind: FaultKind) -> Fault {
    Fault { method: Some(method.into()), path: path.into(), kind }
}

async fn live_states(s: &mut Shots, server: &Server, base: &str) {
    let b = base.to_string();
    s.state("live-package-list", |c| async move {
        goto(&c, &format!("{b}/connect")).await;
        heading(&c, "Connect").await;
        wait_for(&c, "//label[contains(., 'Live')]/input").await.click().await.expect("live");
        type_into(&c, "API token", "screenshot-token").await;
        type_into(&c, "Partner ID", "partner-42").await;
        button(&c, "Connect").await.click().await.expect("connect");
        heading(&c, "Packages").await;
        wait_for(&c, "//a[normalize-space()='Munich shows Q3']").await;
    })
    .await;

    server.set_faults(vec![fault("GET", "/package_builder/packages/", FaultKind::Latency { ms: 8_000 })]);
    let b = base.to_string();
    s.state("package-list-loading", |c| async move {
        goto(&c, &format!("{b}/package-builder")).await;
        wait_for(&c, "//main//*[@aria-busy='true']").await;
    })
    .await;

    server.set_faults(vec![fault("GET", "/package_builder/packages/", FaultKind::Status { status: 503 })]);
    let b = base.to_string();
    s.state("package-list-error", |c| async move {
        goto(&c, &format!("{b}/package-builder")).await;
        wait_for(&c, "//div[contains(@class,'error-panel')]//button[normalize-space()='Retry']").await;
    })
    .await;

    server.set_faults(vec![fault("GET", "/package_builder/packages/", FaultKind::Malformed)]);
    let b = base.to_string();
    s.state("package-list-unreadable-answer", |c| async move {
        goto(&c, &format!("{b}/package-builder")).await;
        wait_for(&c, "//div[contains(@class,'error-panel')]").await;
    })
    .await;
    server.set_faults(Vec::new());

    let b = base.to_string();
    s.state("package-list-empty", |c| async move {
        goto(&c, &format!("{b}/")).await;
        heading(&c, "Overview").await;
        c.execute(EMPTY_LIST_JS, vec![]).await.expect("patch fetch");
        wait_for(&c, "//header//a[normalize-space()='Package Builder']").await.click().await.expect("click");
        text_appears(&c, "No packages yet", 15).await;
    })
    .await;

    server.set_faults(vec![fault("GET", "/package_builder/packages/101", FaultKind::Status { status: 500 })]);
    let b = base.to_string();
    s.state("results-error", |c| async move {
        goto(&c, &format!("{b}/package-builder/results/101")).await;
        wait_for(&c, "//div[contains(@class,'error-panel')]//button[normalize-space()='Retry']").await;
    })
    .await;
    server.set_faults(Vec::new());

    let b = base.to_string();
    let srv = server.clone();
    s.state("results-reconnecting", |c| async move {
        goto(&c, &format!("{b}/package-builder/results/106")).await;
        text_appears(&c, "Building the package", 15).await;
        srv.set_faults(vec![fault("GET", "/package_builder/packages/106", FaultKind::Status { status: 503 })]);
        text_appears(&c, "reconnecting", 20).await;
    })
    .await;
    server.set_faults(Vec::new());

    server.set_faults(vec![fault("GET", "/setup_processes/", FaultKind::Status { status: 503 })]);
    let b = base.to_string();
    s.state("campaign-setup-error", |c| async move {
        goto(&c, &format!("{b}/campaigns/7001/setup")).await;
        wait_for(&c, "//div[contains(@class,'error-panel')]").await;
    })
    .await;

    server.set_faults(vec![fault("GET", "/package_builder/packages/", FaultKind::Status { status: 401 })]);
    let b = base.to_string();
    s.state("connect-session-ended", |c| async move {
        goto(&c, &format!("{b}/package-builder")).await;
        heading(&c, "Connect").await;
        text_appears(&c, "Your session has ended", 15).await;
    })
    .await;
    server.set_faults(Vec::new());
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let dist = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let out = PathBuf::from(args.next().unwrap_or_else(|| "screenshots".into()));
    assert!(dist.join("index.html").is_file(), "no build in {} (trunk build --release first)", dist.display());
    let dist = dist.canonicalize().expect("dist path");
    std::fs::create_dir_all(&out).expect("create the output folder");
    for old in std::fs::read_dir(&out).expect("read the output folder").flatten() {
        if old.path().extension().is_some_and(|e| e == "png") {
            let _ = std::fs::remove_file(old.path());
        }
    }
    let demo = serve_dist(dist.clone());
    let mut saved = Vec::new();
    let mut problems = Vec::new();
    for (prefix, width, height) in VIEWPORTS {
        println!("{prefix} ({width}×{height}) in {}:", BrowserKind::current().name());
        let (driver, c) = browser_sized(&tempdir("screenshot-downloads"), width, height).await;
        set_viewport(&c, width, height).await;
        let inner = c.execute("return [innerWidth, innerHeight]", vec![]).await.unwrap_or_default();
        if inner != serde_json::json!([width, height]) {
            println!("  note: viewport is {inner} (asked for {width}×{height})");
        }
        let mut s = Shots { c: c.clone(), out: out.clone(), prefix, saved: Vec::new(), problems: Vec::new() };
        demo_states(&mut s, &demo).await;
        let server = Server::new(Some(dist.clone()), "partner-42");
        let addr = mock_server::start(server.clone(), 0).await.expect("mock server");
        live_states(&mut s, &server, &format!("http://{addr}")).await;
        saved.append(&mut s.saved);
        problems.append(&mut s.problems);
        let _ = c.close().await;
        drop(driver);
    }
    println!("\n{} screenshots in {}", saved.len(), out.canonicalize().unwrap_or(out).display());
    if !problems.is_empty() {
        println!("{} state(s) had problems:\n  {}", problems.len(), problems.join("\n  "));
        std::process::exit(1);
    }
}
