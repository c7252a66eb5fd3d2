//! English and German: the formatters (the browser's Intl, in either language), the number
//! field in German, and a switch that keeps what was typed.

use crate::support::{input_value, local_storage, mount_at, query, text, type_keys, wait_until, window};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wave_console::api::{calls, models, Client};
use wave_console::config::Session;
use wave_console::i18n::format::{date, date_time, money, number, percent, relative, short_date};
use wave_console::i18n::{Lang, LANG_KEY};

/// Intl separates some parts with no-break spaces: compared as plain spaces.
fn plain(s: String) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
}

#[wasm_bindgen_test]
fn dates_numbers_money_and_relative_times_in_both_languages() {
    assert_eq!(date(Lang::En, "2026-07-20"), "July 20, 2026");
    assert_eq!(date(Lang::De, "2026-07-20"), "20. Juli 2026");
    assert_eq!(short_date(Lang::En, "2026-07-20"), "07/20/2026");
    assert_eq!(short_date(Lang::De, "2026-07-20"), "20.07.2026");
    // A moment is shown in the user's time zone: the day and the time, never the ISO text.
    let moment = date_time(Lang::De, "2026-07-20T18:00:00Z");
    assert!(moment.contains("Juli 2026") && moment.contains(':') && !moment.contains('T'), "{moment}");
    let moment = date_time(Lang::En, "2026-07-20T18:00:00Z");
    assert!(moment.contains("2026") && (moment.contains("AM") || moment.contains("PM")), "{moment}");
    assert_eq!(number(Lang::En, 18540.0), "18,540");
    assert_eq!(number(Lang::De, 18540.0), "18.540");
    assert_eq!(number(Lang::De, 12.5), "12,5");
    assert_eq!(plain(money(Lang::En, 1500.0, "EUR")), "€1,500");
    assert_eq!(plain(money(Lang::De, 1500.0, "EUR")), "1.500 €");
    assert_eq!(plain(money(Lang::De, 12.5, "EUR")), "12,50 €");
    // A currency that is not a code Intl takes is written as it came.
    assert_eq!(plain(money(Lang::De, 1500.0, "Euro")), "1.500 Euro");
    assert_eq!(plain(money(Lang::En, 1500.0, "")), "1,500");
    assert_eq!(plain(percent(Lang::En, 0.125)), "12.5%");
    assert_eq!(plain(percent(Lang::De, 0.125)), "12,5 %");
    let now = js_sys::Date::parse("2026-07-20T18:02:00Z");
    assert_eq!(relative(Lang::En, "2026-07-20T18:00:00Z", now), "2 minutes ago");
    assert_eq!(relative(Lang::De, "2026-07-20T18:00:00Z", now), "vor 2 Minuten");
    // What is not a date stays as it came; nothing made up.
    assert_eq!(date(Lang::De, "soon"), "soon");
    assert_eq!(number(Lang::De, f64::NAN), "—");
}

#[wasm_bindgen_test]
async fn a_german_budget_reads_as_german_and_a_switch_keeps_it() {
    local_storage().clear().ok();
    local_storage().set_item(LANG_KEY, "de").ok();
    let (root, _app) = mount_at("/campaigns/7002/setup");
    wait_until("the draft, editable", || query(&root, "#total-budget").is_some_and(|b| !b.has_attribute("disabled")))
        .await;
    let html = window().document().and_then(|d| d.document_element()).expect("html");
    assert_eq!(html.get_attribute("lang").as_deref(), Some("de"), "<html lang> follows the language");
    assert!(text(&root).contains("Paketbaukasten"), "the header speaks German");
    // Grouping point and decimal comma, key by key.
    type_keys(&root, "#total-budget", "1.500,5");
    TimeoutFuture::new(50).await;
    assert_eq!(input_value(&root, "#total-budget"), "1.500,5", "the field keeps what was typed");
    wait_until("saved", || {
        let state = text(&query(&root, ".save-state").expect("state"));
        state.contains("Gespeichert")
    })
    .await;
    let client = Client::new(Session::default(), RwSignal::new(false));
    let stored = client.send(calls::get_setup(&models::Id("7002".into()))).await.expect("draft");
    assert_eq!(stored.total_budget, Some(1500.5), "the model got the number, the wire a number");

    // A point decimal in German is never guessed: the field says how to write it.
    type_keys(&root, "#total-budget", "12.5");
    query(&root, "#total-budget")
        .expect("budget")
        .dispatch_event(&web_sys::Event::new("blur").expect("event"))
        .expect("blur");
    wait_until("the German message", || text(&query(&root, "#total-budget-error").expect("error")).contains("Komma"))
        .await;
    type_keys(&root, "#total-budget", "1500,5");
    TimeoutFuture::new(50).await;

    // Switch to English: the page follows at once, nothing reloads, the value reads in English.
    let english = root
        .query_selector("button[lang='en']")
        .ok()
        .flatten()
        .expect("the English button")
        .unchecked_into::<web_sys::HtmlElement>();
    english.click();
    wait_until("English on screen", || text(&root).contains("Package Builder")).await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(input_value(&root, "#total-budget"), "1500.5", "the value is shown as English writes it");
    assert_eq!(local_storage().get_item(LANG_KEY).ok().flatten().as_deref(), Some("en"), "the choice is remembered");
    local_storage().remove_item(LANG_KEY).ok();
}
