//! A German user's flows send the server exactly what an English user's do: the same package
//! created, the same draft saved and published. Numbers are numbers on the wire (typed
//! `2.500,5` in German, `2,500.5` in English), dates are ISO. Each language gets a fresh mock
//! Wave API, and the bodies of the requests that matter are compared.

use e2e::*;
use fantoccini::Client;
use mock_server::Server;
use serde_json::Value;

/// What a user of each language reads and types.
struct Words {
    lang: &'static str,
    search_events: &'static str,
    remove_event: &'static str,
    next: &'static str,
    package_title: &'static str,
    number_of_packages: &'static str,
    create_package: &'static str,
    total_budget: &'static str,
    budget_typed: &'static str,
    start_date: &'static str,
    end_date: &'static str,
    headline: &'static str,
    body: &'static str,
    dsa_payor: &'static str,
    dsa_beneficiary: &'static str,
    saved: &'static str,
    publish: &'static str,
}

const ENGLISH: Words = Words {
    lang: "en",
    search_events: "Search events",
    remove_event: "Remove Summer Jazz Nights",
    next: "Next",
    package_title: "Package title",
    number_of_packages: "Number of packages (1–10)",
    create_package: "Create package",
    total_budget: "Total budget",
    budget_typed: "2,500.5",
    start_date: "Start date",
    end_date: "End date",
    headline: "Headline",
    body: "Body",
    dsa_payor: "DSA payor",
    dsa_beneficiary: "DSA beneficiary",
    saved: "Saved",
    publish: "Publish",
};

const GERMAN: Words = Words {
    lang: "de",
    search_events: "Veranstaltungen suchen",
    remove_event: "Summer Jazz Nights entfernen",
    next: "Weiter",
    package_title: "Pakettitel",
    number_of_packages: "Anzahl der Pakete (1–10)",
    create_package: "Paket erstellen",
    total_budget: "Gesamtbudget",
    budget_typed: "2.500,5",
    start_date: "Startdatum",
    end_date: "Enddatum",
    headline: "Überschrift",
    body: "Text",
    dsa_payor: "DSA-Zahler",
    dsa_beneficiary: "DSA-Begünstigter",
    saved: "Gespeichert",
    publish: "Veröffentlichen",
};

/// The request bodies of one run that must not depend on the language, byte for byte.
#[derive(Debug, PartialEq)]
struct Sent {
    package: String,
    last_draft_save: String,
    boosted: bool,
}

fn json(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

/// Picks an event in the create wizard as a user of `w`'s language does.
async fn pick(c: &Client, w: &Words) {
    type_into(c, w.search_events, "jazz").await;
    let option = "//li[@role='option'][contains(., 'Summer Jazz Nights')]";
    let picked = format!("//button[@aria-label='{}']", w.remove_event);
    for _ in 0..3 {
        wait_for(c, option).await;
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        if let Some(o) = appears(c, option, 1).await {
            let _ = o.click().await;
        }
        if appears(c, &picked, 3).await.is_some() {
            return;
        }
    }
    panic!("the event was not picked");
}

async fn run_flow(w: &'static Words) -> Sent {
    let (server, base): (Server, String) = start_live().await;
    let s = server.clone();
    run(base, move |c, base, _| async move {
        connect_live(&c, &base, "/package-builder/create").await;
        if w.lang == "de" {
            button(&c, "Deutsch").await.click().await.expect("German");
            wait_for(&c, "//nav//a[normalize-space()='Paketbaukasten']").await;
        }
        // The package: three steps.
        pick(&c, w).await;
        button(&c, w.next).await.click().await.expect("next");
        type_into(&c, w.package_title, "Flow audience").await;
        type_into(&c, w.number_of_packages, "2").await;
        button(&c, w.next).await.click().await.expect("next");
        button(&c, w.create_package).await.click().await.expect("create");
        heading(&c, "Flow audience").await;
        assert_healthy(&c, &format!("creating a package in {}", w.lang)).await;

        // The campaign: every step, then Publish.
        c.goto(&format!("{base}/campaigns/7005/setup")).await.expect("goto");
        settled(&c).await;
        editable(&c, w.total_budget).await;
        type_into(&c, w.total_budget, w.budget_typed).await;
        type_into(&c, w.start_date, "2026-08-01").await;
        type_into(&c, w.end_date, "2026-08-14").await;
        button(&c, w.next).await.click().await.expect("next");
        wait_for(&c, "//label[contains(., 'Classical lovers 50+')]/input").await.click().await.expect("cluster");
        button(&c, w.next).await.click().await.expect("next");
        type_into(&c, w.headline, "Strings at noon").await;
        by_label(&c, w.body).await.send_keys("A matinee for the whole family.").await.expect("type");
        button(&c, w.next).await.click().await.expect("next");
        by_label(&c, w.dsa_payor).await.send_keys("Wave Partner GmbH").await.expect("type");
        by_label(&c, w.dsa_beneficiary).await.send_keys("Quartet e.V.").await.expect("type");
        button(&c, w.next).await.click().await.expect("next");
        wait_for(&c, &format!("//div[contains(@class,'save-state')][contains(., '{}')]", w.saved)).await;
        button(&c, w.publish).await.click().await.expect("publish");
        heading(&c, "String Quartet Matinee").await;
        assert_healthy(&c, &format!("publishing in {}", w.lang)).await;
    })
    .await;
    let log = s.log();
    let package = log
        .iter()
        .rfind(|r| r.method == "POST" && r.path == "/package_builder/packages")
        .map(|r| r.body.clone())
        .expect("the package was created");
    let last_draft_save = log
        .iter()
        .rfind(|r| r.method == "PUT" && r.path == "/setup_processes/7005")
        .map(|r| r.body.clone())
        .expect("the draft was saved");
    let boosted = log.iter().any(|r| r.method == "POST" && r.path == "/setup_processes/7005/boost");
    Sent { package, last_draft_save, boosted }
}

#[tokio::test]
async fn a_german_flow_sends_what_an_english_flow_sends() {
    let english = run_flow(&ENGLISH).await;
    let german = run_flow(&GERMAN).await;
    assert!(english.boosted && german.boosted, "both published");
    let draft = json(&english.last_draft_save);
    assert_eq!(draft["total_budget"], serde_json::json!(2500.5), "a number on the wire");
    assert_eq!(draft["start_date"], "2026-08-01", "an ISO date on the wire");
    assert_eq!(json(&english.package)["package_title"], "Flow audience");
    assert_eq!(german, english, "the same request bodies, byte for byte, whatever the language");
}
