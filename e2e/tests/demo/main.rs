//! End-to-end in demo mode: the release build, a real browser (Chromium or Firefox, env
//! `E2E_BROWSER`), elements found by role and label like a user finds them. After each step
//! the app must be healthy (no panic, no source text on screen); axe-core checks the main
//! routes and states for WCAG 2.1 A/AA violations.
//!
//! Each test is listed here and runs the scenario of the same name in its module:
//! [`navigation`], [`packages`], [`campaigns`] and [`ad_preview`]; [`support`] holds what they share.

mod ad_preview;
mod campaigns;
mod navigation;
mod packages;
mod support;

#[tokio::test]
async fn every_route_renders_and_deep_links_reload() {
    navigation::every_route_renders_and_deep_links_reload().await;
}

#[tokio::test]
async fn navigate_by_clicking_links() {
    navigation::navigate_by_clicking_links().await;
}

#[tokio::test]
async fn create_a_package_through_three_steps_and_see_it_build() {
    packages::create_a_package_through_three_steps_and_see_it_build().await;
}

#[tokio::test]
async fn merge_two_packages() {
    packages::merge_two_packages().await;
}

#[tokio::test]
async fn download_a_csv_regenerate_and_change_evaluation() {
    packages::download_a_csv_regenerate_and_change_evaluation().await;
}

#[tokio::test]
async fn large_previews_show_ten_rows_then_more_on_request() {
    packages::large_previews_show_ten_rows_then_more_on_request().await;
}

#[tokio::test]
async fn campaign_draft_autosaves_and_survives_reload_then_publishes() {
    campaigns::campaign_draft_autosaves_and_survives_reload_then_publishes().await;
}

#[tokio::test]
async fn cancel_a_draft_and_edit_a_published_cluster() {
    campaigns::cancel_a_draft_and_edit_a_published_cluster().await;
}

#[tokio::test]
async fn same_draft_in_two_tabs_makes_the_second_read_only() {
    campaigns::same_draft_in_two_tabs_makes_the_second_read_only().await;
}

#[tokio::test]
async fn the_ad_preview_follows_the_creative_and_shows_on_published_campaigns() {
    ad_preview::the_ad_preview_follows_the_creative_and_shows_on_published_campaigns().await;
}
