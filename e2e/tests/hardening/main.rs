//! The defects a new user met, each as the user met it (hardening issue): the pager, dialogs
//! that were not modal, one build's files only, status icons without emoji fonts, leaving
//! during an action, open redirects, where the token may go, and draft safety across tabs.
//!
//! Each test is listed here and runs the scenario of the same name in its module: [`ui`],
//! [`startup`], [`slow_actions`], [`sign_in`] and [`drafts`]; [`support`] holds what they share.

mod colleagues;
mod drafts;
mod server_data;
mod sign_in;
mod slow_actions;
mod startup;
mod support;
mod ui;

#[tokio::test]
async fn the_pager_reaches_every_page_and_hides_with_one() {
    ui::the_pager_reaches_every_page_and_hides_with_one().await;
}

#[tokio::test]
async fn dialogs_are_modal_close_on_escape_and_give_focus_back() {
    ui::dialogs_are_modal_close_on_escape_and_give_focus_back().await;
}

#[tokio::test]
async fn one_build_only_hashed_files_named_by_index_html() {
    startup::one_build_only_hashed_files_named_by_index_html().await;
}

#[tokio::test]
async fn a_page_whose_code_cannot_download_says_so_and_retries() {
    startup::a_page_whose_code_cannot_download_says_so_and_retries().await;
}

#[tokio::test]
async fn a_deep_link_fetches_its_route_code_with_the_main_module() {
    startup::a_deep_link_fetches_its_route_code_with_the_main_module().await;
}

#[tokio::test]
async fn the_create_wizard_fetches_the_results_code_once_it_has_settled() {
    startup::the_create_wizard_fetches_the_results_code_once_it_has_settled().await;
}

#[tokio::test]
async fn unfinished_chip_text_is_kept_when_the_page_is_left() {
    ui::unfinished_chip_text_is_kept_when_the_page_is_left().await;
}

#[tokio::test]
async fn the_package_wizard_follows_another_tab_and_never_writes_an_older_state() {
    ui::the_package_wizard_follows_another_tab_and_never_writes_an_older_state().await;
}

#[tokio::test]
async fn status_icons_need_no_emoji_font() {
    ui::status_icons_need_no_emoji_font().await;
}

#[tokio::test]
async fn leaving_during_slow_actions_keeps_the_app_alive() {
    slow_actions::leaving_during_slow_actions_keeps_the_app_alive().await;
}

#[tokio::test]
async fn sign_in_never_returns_to_another_origin() {
    sign_in::sign_in_never_returns_to_another_origin().await;
}

#[tokio::test]
async fn the_token_stays_with_its_api() {
    sign_in::the_token_stays_with_its_api().await;
}

#[tokio::test]
async fn a_tab_that_takes_over_gets_the_other_tabs_edits() {
    drafts::a_tab_that_takes_over_gets_the_other_tabs_edits().await;
}

#[tokio::test]
async fn unsaved_edits_that_differ_from_the_server_are_offered_not_forced() {
    drafts::unsaved_edits_that_differ_from_the_server_are_offered_not_forced().await;
}

#[tokio::test]
async fn a_config_json_that_never_answers_still_starts_the_app() {
    startup::a_config_json_that_never_answers_still_starts_the_app().await;
}

#[tokio::test]
async fn kept_edits_survive_a_take_over_that_reloads_the_server_copy() {
    drafts::kept_edits_survive_a_take_over_that_reloads_the_server_copy().await;
}

#[tokio::test]
async fn the_form_is_read_only_while_a_take_over_reloads_the_server_copy() {
    drafts::the_form_is_read_only_while_a_take_over_reloads_the_server_copy().await;
}

#[tokio::test]
async fn nothing_is_saved_to_a_draft_after_it_was_cancelled() {
    drafts::nothing_is_saved_to_a_draft_after_it_was_cancelled().await;
}

#[tokio::test]
async fn a_published_location_with_a_comma_goes_back_whole() {
    server_data::a_published_location_with_a_comma_goes_back_whole().await;
}

#[tokio::test]
async fn a_versioned_server_takes_every_save_and_a_colleagues_change() {
    server_data::a_versioned_server_takes_every_save_and_a_colleagues_change().await;
}

#[tokio::test]
async fn a_draft_status_the_app_does_not_know_is_read_only_and_says_so() {
    server_data::a_draft_status_the_app_does_not_know_is_read_only_and_says_so().await;
}

#[tokio::test]
async fn saves_go_to_the_draft_of_the_route_whatever_the_answer_says() {
    server_data::saves_go_to_the_draft_of_the_route_whatever_the_answer_says().await;
}

#[tokio::test]
async fn unsaved_edits_to_a_draft_that_closed_are_kept_shown_and_downloadable() {
    server_data::unsaved_edits_to_a_draft_that_closed_are_kept_shown_and_downloadable().await;
}

#[tokio::test]
async fn a_colleagues_budget_and_my_headline_both_survive() {
    colleagues::a_colleagues_budget_and_my_headline_both_survive().await;
}

#[tokio::test]
async fn an_offline_edit_meets_a_colleagues_edit_of_the_same_field() {
    colleagues::an_offline_edit_meets_a_colleagues_edit_of_the_same_field().await;
}

#[tokio::test]
async fn publish_after_a_colleagues_change_shows_what_changed() {
    colleagues::publish_after_a_colleagues_change_shows_what_changed().await;
}

#[tokio::test]
async fn a_published_campaign_changed_elsewhere_is_shown_before_saving() {
    colleagues::a_published_campaign_changed_elsewhere_is_shown_before_saving().await;
}
