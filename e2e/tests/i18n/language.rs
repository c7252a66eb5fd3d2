//! The language: the browser's first, then the header's choice, remembered; every route in
//! both languages without a machine timestamp on screen; axe in German.

use e2e::*;
use fantoccini::Client;

async fn open(c: &Client, base: &str, path: &str) {
    c.goto(&format!("{base}{path}")).await.expect("navigate");
    settled(c).await;
    assert_healthy(c, &format!("opening {path}")).await;
}

/// `<html lang>` and the stored choice.
async fn language(c: &Client) -> (String, Option<String>) {
    let v = c
        .execute("return [document.documentElement.lang, localStorage.getItem('waveLang')]", vec![])
        .await
        .expect("read the language");
    (v[0].as_str().unwrap_or_default().to_string(), v[1].as_str().map(str::to_string))
}

/// Text on screen that looks like a machine date or timestamp (`2026-07-20`, `T18:00:00`).
async fn machine_dates(c: &Client) -> Vec<String> {
    let found = c
        .execute(
            "const text = document.body.innerText;
             return [...text.matchAll(/\\b\\d{4}-\\d{2}-\\d{2}\\b|\\d{2}:\\d{2}:\\d{2}Z?|T\\d{2}:\\d{2}/g)].map(m => m[0]);",
            vec![],
        )
        .await
        .expect("read the page");
    found.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

#[tokio::test]
async fn pages_reached_by_links_follow_the_switch() {
    // Each page's words read a language of the page's own (src/i18n/mod.rs, PageLang), which
    // the switch sets: a page the router made, and the page Back brings back, switch too.
    let base = serve_dist(dist());
    run_speaking(base, Some("en-US,en"), |c, base, _| async move {
        open(&c, &base, "/package-builder").await;
        heading(&c, "Packages").await;
        link(&c, "Munich shows Q3").await.click().await.expect("open the package");
        wait_for(&c, "//h2[normalize-space()='Attribution (backhaul evaluation)']").await;
        button(&c, "Deutsch").await.click().await.expect("German");
        wait_for(&c, "//h2[normalize-space()='Attribution (Backhaul-Auswertung)']").await;
        c.back().await.expect("back");
        heading(&c, "Pakete").await;
        button(&c, "English").await.click().await.expect("English");
        heading(&c, "Packages").await;
        assert_healthy(&c, "switching on pages reached by links").await;
    })
    .await;
}

#[tokio::test]
async fn a_german_browser_starts_in_german_and_the_switch_is_remembered() {
    let base = serve_dist(dist());
    run_speaking(base, Some("de-DE,de"), |c, base, _| async move {
        open(&c, &base, "/").await;
        assert_eq!(language(&c).await, ("de".to_string(), None), "a German browser starts in German");
        wait_for(&c, "//nav//a[normalize-space()='Paketbaukasten']").await;
        wait_for(&c, "//button[normalize-space()='Deutsch'][@aria-pressed='true']").await;
        axe_check(&c, "the overview in German").await;

        // The switch: at once, without a reload (a marker on the page survives it).
        c.execute("window.__notReloaded = true", vec![]).await.expect("mark");
        button(&c, "English").await.click().await.expect("English");
        wait_for(&c, "//nav//a[normalize-space()='Package Builder']").await;
        assert_eq!(language(&c).await, ("en".to_string(), Some("en".to_string())), "English, remembered");
        let same_page = c.execute("return window.__notReloaded === true", vec![]).await.expect("marker");
        assert_eq!(same_page, serde_json::json!(true), "switching did not reload the page");
        assert_healthy(&c, "switching to English").await;

        // Remembered across a reload, over the browser's own language.
        c.refresh().await.expect("reload");
        settled(&c).await;
        wait_for(&c, "//nav//a[normalize-space()='Package Builder']").await;
        assert_eq!(language(&c).await.0, "en", "still English after a reload");
        button(&c, "Deutsch").await.click().await.expect("German");
        wait_for(&c, "//nav//a[normalize-space()='Paketbaukasten']").await;
        assert_eq!(language(&c).await, ("de".to_string(), Some("de".to_string())));
    })
    .await;
}

#[tokio::test]
async fn no_route_shows_a_machine_timestamp_and_german_passes_axe() {
    let base = serve_dist(dist());
    run_speaking(base, Some("de-DE,de"), |c, base, _| async move {
        for lang in ["de", "en"] {
            c.goto(&format!("{base}/")).await.expect("navigate");
            settled(&c).await;
            c.execute(&format!("localStorage.setItem('waveLang', '{lang}')"), vec![]).await.expect("choose");
            for path in EVERY_PAGE {
                open(&c, &base, path).await;
                assert_eq!(language(&c).await.0, lang, "{path} in {lang}");
                let dates = machine_dates(&c).await;
                assert!(dates.is_empty(), "{path} in {lang} shows machine dates: {dates:?}");
                if lang == "de" {
                    axe_check(&c, &format!("{path} in German")).await;
                }
            }
        }
    })
    .await;
}
