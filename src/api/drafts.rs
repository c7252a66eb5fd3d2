//! Campaign drafts as the pages use them: the API calls that belong together.

use super::Client;
use wave_api::contract::calls;
use wave_api::contract::models::{Id, SetupProcess};
use wave_api::ApiError;

/// GET the event's draft; when it has none (404), start one.
pub async fn open_draft(client: &Client, eid: &Id) -> Result<SetupProcess, ApiError> {
    match client.send(calls::get_setup(eid)).await {
        Err(e) if e.is_not_found() => client.send(calls::start_setup(eid)).await,
        other => other,
    }
}

/// Publishing is "save exactly what is on screen, then boost".
pub async fn publish_draft(client: &Client, eid: &Id, draft: &SetupProcess) -> Result<(), ApiError> {
    client.send(calls::save_setup(eid, draft)).await?;
    client.send(calls::boost_setup(eid)).await
}
