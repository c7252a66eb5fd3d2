//! End-to-end for what a partner team uses every day: names instead of event numbers, the
//! overview, "your package is ready" anywhere in the app. Demo and live mode, either browser
//! (env `E2E_BROWSER`); after each step the app must be healthy.

mod names;
mod overview;
mod support;
mod watcher;

#[tokio::test]
async fn the_overview_shows_each_section_and_links_to_its_page() {
    overview::the_overview_shows_each_section_and_links_to_its_page().await;
}

#[tokio::test]
async fn the_overview_says_when_a_section_fails_and_the_others_still_show() {
    overview::the_overview_says_when_a_section_fails_and_the_others_still_show().await;
}

#[tokio::test]
async fn events_are_named_not_numbered_in_live_mode_too() {
    names::events_are_named_not_numbered_in_live_mode_too().await;
}

#[tokio::test]
async fn a_package_that_finishes_elsewhere_is_announced_and_only_the_list_is_polled() {
    watcher::a_package_that_finishes_elsewhere_is_announced_and_only_the_list_is_polled().await;
}

#[tokio::test]
async fn the_overview_announces_a_demo_build_that_finishes() {
    watcher::the_overview_announces_a_demo_build_that_finishes().await;
}
