//! A published campaign is read again before it is changed: if someone else changed it since
//! this page showed it, the user sees theirs and chooses (never overwritten unseen).

use crate::api::{calls, ApiError, Client};
use crate::components::CompareTable;
use leptos::prelude::*;
use wave_api::contract::models::{Campaign, Creative, PublishedClusterEdit, Targeting};

/// One line that differs: (what, as this page showed it, as the server has it now).
pub type ChangeRow = (String, String, String);

fn lines(c: &Campaign) -> Vec<(String, String)> {
    let or_dash = |s: &str| if s.trim().is_empty() { "—".to_string() } else { s.to_string() };
    let t = &c.targeting;
    let age = |a: Option<u8>| a.map(|a| a.to_string()).unwrap_or_else(|| "—".into());
    vec![
        ("Status".into(), c.status.label().to_string()),
        ("Budget".into(), c.budget.map(|b| b.to_string()).unwrap_or_else(|| "—".into())),
        ("Headline".into(), or_dash(&c.creative.headline)),
        ("Body".into(), or_dash(&c.creative.body)),
        ("Media URL".into(), or_dash(&c.creative.media_url)),
        ("Call to action".into(), or_dash(&c.creative.cta)),
        ("Locations".into(), or_dash(&t.geo.join("; "))),
        ("Ages".into(), format!("{}–{}", age(t.age_min), age(t.age_max))),
        ("Genders".into(), or_dash(&t.genders.join(", "))),
        ("Custom audiences".into(), or_dash(&t.custom_audiences.join(", "))),
    ]
}

/// What differs between the campaign as shown and as it is now, in what the page shows (fields
/// this app does not know, counters a newer server might add, do not stop a change).
pub fn differences(shown: &Campaign, now: &Campaign) -> Vec<ChangeRow> {
    lines(shown)
        .into_iter()
        .zip(lines(now))
        .filter(|((_, a), (_, b))| a != b)
        .map(|((what, a), (_, b))| (what, a, b))
        .collect()
}

/// Someone else changed a campaign: what differs, and the campaign now (`None`: gone).
#[derive(Clone, Debug, PartialEq)]
pub struct ChangedCampaign {
    pub rows: Vec<ChangeRow>,
    pub now: Option<Campaign>,
}

/// Reads the event's campaigns again: the campaign as it is now (the `nth` with `shown`'s
/// cluster and run: the server may list one twice), and what differs from `shown` in what
/// the page shows (empty: unchanged; a campaign gone is one row).
pub async fn read_again(client: &Client, shown: &Campaign, nth: usize) -> Result<ChangedCampaign, ApiError> {
    let list = client.send(calls::event_campaigns(&shown.eid)).await?;
    let same_campaign = |c: &&Campaign| c.tc == shown.tc && c.tc_run_id == shown.tc_run_id;
    Ok(match list.iter().filter(same_campaign).nth(nth) {
        None => ChangedCampaign {
            rows: vec![("Campaign".into(), "published".into(), "no longer listed".into())],
            now: None,
        },
        Some(now) => ChangedCampaign { rows: differences(shown, now), now: Some(now.clone()) },
    })
}

/// "Save mine anyway" of an edit: what the user changed (against the campaign as shown) over
/// the campaign as it is now, so that nothing else someone changed meanwhile goes back.
pub fn rebase(edit: &PublishedClusterEdit, shown: &Campaign, now: &Campaign) -> PublishedClusterEdit {
    let pick = |mine: &String, was: &String, theirs: &String| if mine != was { mine.clone() } else { theirs.clone() };
    let (c, s, n) = (&edit.creative, &shown.creative, &now.creative);
    let geo =
        if edit.targeting.geo != shown.targeting.geo { edit.targeting.geo.clone() } else { now.targeting.geo.clone() };
    PublishedClusterEdit {
        creative: Creative {
            headline: pick(&c.headline, &s.headline, &n.headline),
            body: pick(&c.body, &s.body, &n.body),
            media_url: pick(&c.media_url, &s.media_url, &n.media_url),
            ..n.clone()
        },
        targeting: Targeting { geo, ..now.targeting.clone() },
        ..PublishedClusterEdit::from_campaign(now)
    }
}

/// Someone else changed the campaign: theirs beside what this page showed, and the choice.
#[component]
pub fn ChangedElsewhere(rows: Vec<ChangeRow>, save_mine: Callback<()>, show_theirs: Callback<()>) -> impl IntoView {
    view! {
        <div class="callout">
            <p role="alert"><strong>"Someone else changed this campaign since this page showed it."</strong></p>
            <CompareTable caption="What changed" columns=["Field", "As shown here", "Now"] rows=rows/>
            <div class="actions">
                <button type="button" on:click=move |_| show_theirs.run(())>"Discard mine and show theirs"</button>
                <button type="button" on:click=move |_| save_mine.run(())>"Save mine anyway"</button>
            </div>
        </div>
    }
}

/// A change to a published campaign, guarded by [`read_again`].
#[derive(Clone, Debug, PartialEq)]
pub enum Guarded<T> {
    /// Sent; what the request answered.
    Sent(T),
    /// Not sent: someone else changed the campaign since it was shown.
    ChangedElsewhere(ChangedCampaign),
}

/// Sends what `send` makes of the campaign as it is now (read again first; `None` when the
/// user chose to save anyway and nothing was read), unless what the page shows of it changed
/// since `shown`. `force`: the user saw theirs and chose to save anyway.
pub async fn unless_changed<T, F, Fut>(
    client: &Client,
    shown: &Campaign,
    nth: usize,
    force: bool,
    send: F,
) -> Result<Guarded<T>, ApiError>
where
    F: FnOnce(Option<Campaign>) -> Fut,
    Fut: std::future::Future<Output = Result<T, ApiError>>,
{
    if force {
        return send(None).await.map(Guarded::Sent);
    }
    let now = read_again(client, shown, nth).await?;
    if !now.rows.is_empty() {
        return Ok(Guarded::ChangedElsewhere(now));
    }
    send(now.now).await.map(Guarded::Sent)
}
