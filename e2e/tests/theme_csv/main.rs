//! End-to-end for the dark theme (header toggle, remembered, axe-clean in dark) and the CSV
//! downloads of the tables (event attribution, the package list as filtered, campaigns), in
//! demo and live mode, either browser (env `E2E_BROWSER`); after each step the app must be
//! healthy.

mod csv;
mod support;
mod theme;

#[tokio::test]
async fn dark_theme_is_remembered_across_reloads_and_passes_axe() {
    theme::dark_theme_is_remembered_across_reloads_and_passes_axe().await;
}

#[tokio::test]
async fn the_theme_toggle_works_by_keyboard() {
    theme::the_theme_toggle_works_by_keyboard().await;
}

#[tokio::test]
async fn attribution_and_the_filtered_package_list_download_as_csv() {
    csv::attribution_and_the_filtered_package_list_download_as_csv().await;
}

#[tokio::test]
async fn tables_download_as_csv_in_live_mode_too() {
    csv::tables_download_as_csv_in_live_mode_too().await;
}

#[tokio::test]
async fn the_customer_list_csv_cannot_run_formulas() {
    csv::the_customer_list_csv_cannot_run_formulas().await;
}
